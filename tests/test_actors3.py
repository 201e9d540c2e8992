"""Actor resolution of the whole world: a name that only ends a longer proper name
(``dyadline.coder.compounds``), place names joined by hyphens
(``dyadline.coder.locations``), state names several states share, settled by a place
(``dyadline.coder.ambiguous``), groups whose code depends on the date, and deputy
heads of state by tenure. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

import eventsets
from eventsets import Triple, both, events

# a match that ends a longer proper name is that actor only when the other words
# name its own country; a state's name stays unless the whole name is a place abroad
COMPOUNDS: list[tuple[str, set[Triple]]] = [
    ("Congress criticized China.", {("USALEG", "111", "CHN")}),
    ("The U.S. Congress criticized China.", {("USALEG", "111", "CHN")}),
    ("The Uyghur Congress criticized China.", {("CHNLEG", "111", "CHN")}),
    ("The Kenya Teachers Congress criticized the government.", {("KENLEG", "111", "KENGOV")}),
    ("The Russian Security Council criticized NATO.", {("RUSGOV", "111", "NAT")}),
    ("The UN Security Council condemned Russia.", {("UNO", "111", "RUS")}),
    ("Washington praised France.", {("USAGOV", "051", "FRA")}),
    ("George Washington praised France.", set()),
    ("Lebanese Hezbollah fighters attacked Israeli troops.", {("LBNINS", "190", "ISRMIL")}),
    ("Nazi Germany invaded Poland.", {("DEU", "192", "POL")}),
    ("Police in New Mexico arrested protesters.", {("USACOP", "173", "USAOPP")}),
]


@pytest.mark.parametrize(("text", "expected"), COMPOUNDS)
def test_a_longer_proper_name_is_another_actor(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


# a hyphenated place name is read whole, not by its last word
HYPHENATED: list[tuple[str, set[Triple]]] = [
    ("Gangs attacked police in Port-au-Prince.", {("HTICRM", "190", "HTICOP")}),
    ("Gunmen killed villagers near Port-au-Prince.", {("HTIINS", "1823", "HTICVL")}),
    # a sea named like a province is no country; the Gaza Strip is a place
    ("The Houthis attacked a ship in the Red Sea.", {("YEMREB", "180", "YEMCVL")}),
    ("Militants in the Gaza Strip fired rockets at Israel.", {("PSEINS", "195", "ISR")}),
]


@pytest.mark.parametrize(("text", "expected"), HYPHENATED)
def test_hyphenated_place_names(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# a state name several states share: a place named with it settles it
SHARED_NAMES: list[tuple[str, set[Triple]]] = [
    ("GOMA, Congo — Rebels attacked the army.", {("CODREB", "190", "CODMIL")}),
    ("Rebels attacked the army near Goma in eastern Congo.", {("CODREB", "190", "CODMIL")}),
    # "Congo" alone is the DR Congo, as news agencies write it
    ("Congo and Angola signed a deal.", both("COD", "057", "AGO")),
    ("BRAZZAVILLE, Congo — Police arrested protesters.", {("COGCOP", "173", "COGOPP")}),
    ("Congo Republic and Angola signed a deal.", both("COG", "057", "AGO")),
    ("ATLANTA, Georgia — Police arrested protesters.", {("USACOP", "173", "USAOPP")}),
    ("Georgia and Armenia signed a deal.", both("GEO", "057", "ARM")),
    ("BISSAU, Guinea — Soldiers arrested the president.", {("GNBMIL", "173", "GNBGOV")}),
    ("Guinea and Mali signed a deal.", both("GIN", "057", "MLI")),
    ("JUBA, Sudan — Soldiers arrested journalists.", {("SSDMIL", "173", "SSDMED")}),
    ("KHARTOUM, Sudan — Soldiers arrested journalists.", {("SDNMIL", "173", "SDNMED")}),
    # a town below 100,000 people, by the whole gazetteer
    ("BENI, Congo — Rebels attacked the army.", {("CODREB", "190", "CODMIL")}),
    ("BUNIA — Rebels attacked soldiers.", {("CODREB", "190", "CODMIL")}),
]


@pytest.mark.parametrize(("text", "expected"), SHARED_NAMES)
def test_shared_state_names(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# across a story: a place in an earlier paragraph settles the name in a later one
SHARED_IN_STORY: list[tuple[str, set[Triple]]] = [
    (
        "GOMA, Congo — Fighting went on in the hills.\n\nCongo accused Rwanda of arming rebels.",
        {("COD", "112", "RWA"), ("RWA", "072", "CODREB")},
    ),
    (
        "Fighting went on near Goma.\n\nCongo accused Rwanda of arming rebels.",
        {("COD", "112", "RWA"), ("RWA", "072", "CODREB")},
    ),
    (
        "Fighting went on in the hills.\n\nCongo accused Rwanda of arming rebels.",
        {("COD", "112", "RWA"), ("RWA", "072", "CODREB")},
    ),
    (
        "BRAZZAVILLE, Congo — Rain fell all day.\n\nCongo accused Rwanda of arming rebels.",
        {("COG", "112", "RWA"), ("RWA", "072", "COGREB")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHARED_IN_STORY)
def test_shared_state_names_in_a_story(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert eventsets.story_events(nlp, text, "2025-01-10") == expected


# a group whose status changed: the story's date decides
DATED_GROUPS: list[tuple[str, str, set[Triple]]] = [
    ("2010-05-04", "The Taliban attacked Pakistani troops.", {("AFGINS", "190", "PAKMIL")}),
    ("2023-05-04", "The Taliban attacked Pakistani troops.", {("AFGGOV", "190", "PAKMIL")}),
    ("1998-05-04", "The Taliban attacked Pakistani troops.", {("AFGGOV", "190", "PAKMIL")}),
    ("2013-01-04", "The Muslim Brotherhood criticized Israel.", {("EGYGOV", "111", "ISR")}),
    ("2015-01-04", "The Muslim Brotherhood criticized Israel.", {("EGYOPP", "111", "ISR")}),
]


@pytest.mark.parametrize(("date", "text", "expected"), DATED_GROUPS)
def test_groups_by_date(nlp: Language, date: str, text: str, expected: set[Triple]) -> None:
    assert eventsets.story_events(nlp, text, date) == expected


# deputy heads of state and government by tenure
DEPUTIES: list[tuple[str, str, set[Triple]]] = [
    ("2023-05-04", "Gachagua criticized the opposition.", {("KENGOV", "111", "KENOPP")}),
    ("2016-05-04", "Ruto criticized Museveni.", {("KENGOV", "111", "UGAGOV")}),
    ("2019-05-04", "Mabuza visited Zimbabwe.", {("ZAFGOV", "042", "ZWE")}),
    ("2025-04-04", "Witkoff criticized Hamas.", {("USAGOV", "111", "PSEINS")}),
]


@pytest.mark.parametrize(("date", "text", "expected"), DEPUTIES)
def test_deputies_by_tenure(nlp: Language, date: str, text: str, expected: set[Triple]) -> None:
    assert eventsets.story_events(nlp, text, date) == expected
