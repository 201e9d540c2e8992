"""Noun triggers take their arguments from the noun phrase: a possessive or an
adjective names the source ("Russia's aggression against", "Chinese tariffs on"),
"by X" on the noun or on a support participle names it too ("an offensive launched
by X against Y"), a support verb's subject acts ("imposed tariffs on", "conducted a
string of raids on"), and an act done to someone named by its possessive or
"of" phrase ("the journalist's arrest") is done by that person's state (sentences
written for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, both, events

MODIFIER_SOURCE: list[tuple[str, set[Triple]]] = [
    ("Russia's aggression against Ukraine continued.", {("RUS", "190", "UKR")}),
    ("Israel's strikes on Gaza continued overnight.", {("ISR", "190", "PSE")}),
    ("Israeli strikes against Hezbollah continued.", {("ISR", "190", "LBNINS")}),
    ("U.S. sanctions on Iran took effect.", {("USA", "163", "IRN")}),
    ("Chinese tariffs on Australian wine hurt exporters.", {("CHN", "163", "AUS")}),
    # a labour strike is no attack
    ("Ukrainian workers went on strike over wages.", set()),
]


@pytest.mark.parametrize(("text", "expected"), MODIFIER_SOURCE)
def test_possessive_or_adjective_source(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


SUPPORT_VERB: list[tuple[str, set[Triple]]] = [
    ("Russia launched an offensive against Ukraine.", {("RUS", "190", "UKR")}),
    ("The United States imposed tariffs on Canada.", {("USA", "163", "CAN")}),
    ("Kenya reached an agreement with Somalia.", {("KEN", "057", "SOM")}),
    # a container noun between the support verb and the act noun
    ("Israel conducted a string of airstrikes on Hezbollah.", {("ISR", "195", "LBNINS")}),
    ("Russia launched a wave of drone attacks on Ukraine.", {("RUS", "195", "UKR")}),
    ("Syria began a new round of talks with Turkey.", both("SYR", "040", "TUR")),
    (
        "Police took three opposition activists into custody in Uganda.",
        {("UGACOP", "173", "UGAOPP")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SUPPORT_VERB)
def test_support_verb_subject(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


PARTICIPLE: list[tuple[str, set[Triple]]] = [
    ("An offensive launched by Russia against Ukraine failed.", {("RUS", "190", "UKR")}),
    ("Sanctions imposed by the EU on Russia took effect.", {("EUN", "163", "RUS")}),
    # a verb of aiming: the act noun's target is its object
    ("New U.S. sanctions target Iran's oil sector.", {("USA", "163", "IRN")}),
    ("U.S. sanctions targeting Iranian oil exports took effect.", {("USA", "163", "IRN")}),
    ("Israeli airstrikes targeted Hamas commanders in Gaza.", {("ISR", "195", "PSEINS")}),
]


@pytest.mark.parametrize(("text", "expected"), PARTICIPLE)
def test_act_noun_with_support_participle(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


PATIENT: list[tuple[str, set[Triple]]] = [
    # whom the act was done to, the doer unnamed: that person's state
    ("The journalist's arrest drew condemnation in Cambodia.", {("KHMGOV", "173", "KHMMED")}),
    ("The release of two Kenyan journalists was welcomed.", {("KENGOV", "0841", "KENMED")}),
    # with an "of" phrase the possessive is the doer
    ("Kenya's arrest of the journalist drew condemnation.", {("KEN", "173", "KENMED")}),
    # diplomats expelled reduce relations (161), as the verb "expelled diplomats" codes
    ("Kenya's expulsion of the Somali diplomats angered Mogadishu.", {("KEN", "161", "SOMGOV")}),
]


@pytest.mark.parametrize(("text", "expected"), PATIENT)
def test_act_done_to_the_possessive(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


SETTING: list[tuple[str, set[Triple]]] = [
    ("Kenya's president is on a two-day visit to Uganda.", {("KENGOV", "042", "UGA")}),
    ("Peru said during talks with Chile that it wants peace.", both("PER", "040", "CHL")),
    (
        "Peru's president said after talks with Chile's president that ties were strong.",
        both("PERGOV", "040", "CHLGOV"),
    ),
    # only meetings: whoever died during an attack did not attack
    ("A Kenyan soldier died during an attack on the base.", set()),
]


@pytest.mark.parametrize(("text", "expected"), SETTING)
def test_meeting_the_subject_took_part_in(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected
