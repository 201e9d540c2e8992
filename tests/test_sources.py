"""Sources and targets named by a role, a title or a pronoun rather than a codebook
name (``dyadline.coder.roles``; sentences written for these tests): an office of a
state with no country, people introduced with a role, "he"/"she" for the person
meant, organisations' offices."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import pytest
from spacy.language import Language

import eventsets
from eventsets import Triple


@pytest.fixture
def story_events(nlp: Language) -> Callable[[str], set[Triple]]:
    """The events of a news story dated 2025-03-12."""
    return partial(eventsets.story_events, nlp)


# an office of a state written with no country: its adjective or of-phrase if any,
# else the state its context gives (the story's main state); its sector by the office
OFFICES: list[tuple[str, set[Triple]]] = [
    ("Kenya's foreign minister criticized Uganda.", {("KENGOV", "111", "UGA")}),
    ("Floods hit Sudan. The foreign minister criticized Chad.", {("SDNGOV", "111", "TCD")}),
    ("Storms hit Peru. The president accused Bolivia of meddling.", {("PERGOV", "112", "BOL")}),
    # (riots with no doer named: Egypt's people against their government, domestic5)
    (
        "Riots broke out in Egypt. The prime minister praised Jordan.",
        {("EGYGOV", "051", "JOR"), ("EGYOPP", "145", "EGYGOV")},
    ),
    ("Floods hit Sudan. The spokesman criticized Chad.", {("SDNGOV", "111", "TCD")}),
    ("Floods hit Sudan. A government spokesman criticized Chad.", {("SDNGOV", "111", "TCD")}),
    ("Floods hit Sudan. The defense minister criticized Chad.", {("SDNMIL", "111", "TCD")}),
    ("Floods hit Sudan. The interior minister criticized Chad.", {("SDNGOV", "111", "TCD")}),
    ("Floods hit Sudan. The chief minister criticized Chad.", {("SDNGOV", "111", "TCD")}),
    # bodies and plural offices take the same context
    ("Floods hit Nigeria. Officials criticized Cameroon.", {("NGAGOV", "111", "CMR")}),
    ("Floods hit Sudan. Lawmakers criticized Chad.", {("SDNLEG", "111", "TCD")}),
    ("Floods hit Sudan. The ministry criticized Chad.", {("SDNGOV", "111", "TCD")}),
    ("Floods hit Sudan. The military accused Chad of meddling.", {("SDNMIL", "1123", "TCD")}),
]


@pytest.mark.parametrize(("text", "expected"), OFFICES)
def test_office_without_country(
    story_events: Callable[[str], set[Triple]], text: str, expected: set[Triple]
) -> None:
    assert story_events(text) == expected


# two states of equal standing (named as often, and together in the sentence before)
# leave an office or a sector-only body unresolved
EQUAL: list[tuple[str, set[Triple]]] = [
    (
        "Peru and Bolivia signed a trade deal. The president criticized Chile.",
        {("PER", "057", "BOL"), ("BOL", "057", "PER")},
    ),
    # named equally often, but only one as the subject of the sentence before
    (
        "Kenya closed its border with Uganda. Kenya accused Uganda of smuggling. "
        "The foreign minister criticized Tanzania.",
        {("KEN", "191", "UGA"), ("KEN", "1121", "UGA"), ("KENGOV", "111", "TZA")},
    ),
    # a sector-only body alike: two subjects of equal standing leave it unresolved
    (
        "Peru and Bolivia signed a trade deal. Police arrested two journalists.",
        {("PER", "057", "BOL"), ("BOL", "057", "PER")},
    ),
    # one of them named more often: the main state
    (
        "Peru and Bolivia signed a trade deal. Peru praised the deal. "
        "The president criticized Chile.",
        {("PER", "057", "BOL"), ("BOL", "057", "PER"), ("PERGOV", "111", "CHL")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), EQUAL)
def test_two_states_of_equal_standing(
    story_events: Callable[[str], set[Triple]], text: str, expected: set[Triple]
) -> None:
    assert story_events(text) == expected


# a name the codebooks do not know, written with a role: that role's actor, and
# the same actor when its surname comes again
INTRODUCED: list[tuple[str, set[Triple]]] = [
    (
        "John Okafor, a spokesman for the Kenyan army, accused Somalia of meddling. "
        "Okafor also criticized Ethiopia.",
        {("KENGOV", "1123", "SOM"), ("KENGOV", "111", "ETH")},
    ),
    (
        "Kenyan Foreign Minister John Okafor criticized Uganda. Okafor later praised Tanzania.",
        {("KENGOV", "111", "UGA"), ("KENGOV", "051", "TZA")},
    ),
    (
        "Uganda's trade minister, Grace Achieng, arrived in Nairobi. Achieng criticized Tanzania.",
        {("UGAGOV", "042", "KENGOV"), ("UGAGOV", "111", "TZA")},
    ),
]


# a role with a sector but no country: the state the context gives, as for an office
INTRODUCED_SECTOR: list[tuple[str, set[Triple]]] = [
    (
        "Protests spread across Somalia. Ahmed Farah, a member of the national assembly, "
        "criticized Ethiopia. He also praised Kenya.",
        {("SOMLEG", "111", "ETH"), ("SOMLEG", "051", "KEN"), ("SOMOPP", "141", "SOMGOV")},
    ),
    (
        "Protests spread across Somalia. Ahmed Farah, a senior police officer, accused "
        "Ethiopia of meddling. Farah also criticized Kenya.",
        {("SOMCOP", "1123", "ETH"), ("SOMCOP", "111", "KEN"), ("SOMOPP", "141", "SOMGOV")},
    ),
    # the role of a body the story names ("the court" of a UN court): no state's office
    (
        "The International Court of Justice heard Somalia's case against Kenya. "
        "The court's president, Judge Anna Berg, criticized Kenya.",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected"), INTRODUCED_SECTOR)
def test_person_introduced_with_sector_role(
    story_events: Callable[[str], set[Triple]], text: str, expected: set[Triple]
) -> None:
    assert story_events(text) == expected


@pytest.mark.parametrize(("text", "expected"), INTRODUCED)
def test_person_introduced_with_role(
    story_events: Callable[[str], set[Triple]], text: str, expected: set[Triple]
) -> None:
    assert story_events(text) == expected


# "he"/"she": the last person not known to be of the other gender (a title, or a
# pronoun used before for that person, tells it); not a state; an unknown person
# named last keeps the pronoun unresolved; names inside a quotation are skipped
PRONOUNS: list[tuple[str, set[Triple]]] = [
    (
        "Mr. Okafor, Kenya's foreign minister, met Mrs. Achieng, Uganda's trade minister. "
        "She later criticized Tanzania.",
        # a meeting in news: each side's with the other
        {("KENGOV", "040", "UGAGOV"), ("UGAGOV", "040", "KENGOV"), ("UGAGOV", "111", "TZA")},
    ),
    (
        "Mr. Okafor, Kenya's foreign minister, met Mrs. Achieng, Uganda's trade minister. "
        "He later criticized Tanzania.",
        {("KENGOV", "040", "UGAGOV"), ("UGAGOV", "040", "KENGOV"), ("KENGOV", "111", "TZA")},
    ),
    # "she" used before for Achieng: the later "she" passes over Mr. Okafor
    (
        "Achieng, Uganda's trade minister, said she would visit Kenya. "
        "Mr. Okafor, Kenya's foreign minister, welcomed the plan. She also criticized Tanzania.",
        {("UGAGOV", "036", "KEN"), ("UGAGOV", "111", "TZA")},
    ),
    (
        "The Ugandan foreign minister spoke on Monday. He criticized Tanzania.",
        {("UGAGOV", "111", "TZA")},
    ),
    # the person named last is one the codebooks do not know: no actor for "he"
    (
        "Kenyan Foreign Minister John Okafor visited Uganda. Local farmer Peter Kamau "
        "watched the talks. He later criticized Tanzania.",
        {("KENGOV", "042", "UGA")},
    ),
    # outside the quotation, "he" is not the president named inside it
    (
        "Kenyan Foreign Minister John Okafor spoke to reporters. "
        '"We respect President Museveni," he said. He also criticized Tanzania.',
        {("KENGOV", "111", "TZA")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PRONOUNS)
def test_personal_pronoun(
    story_events: Callable[[str], set[Triple]], text: str, expected: set[Triple]
) -> None:
    assert story_events(text) == expected


# an organisation's office named without a person: the organisation
ORGANISATION_OFFICES: list[tuple[str, set[Triple]]] = [
    ("The UN Secretary General condemned Russia.", {("UNO", "111", "RUS")}),
    ("NATO's secretary general criticized Russia.", {("NAT", "111", "RUS")}),
    ("The IAEA chief criticized Iran.", {("IAE", "111", "IRN")}),
    # a title before an unknown name and an of-phrase: the of-phrase's actor, found
    # again by the surname
    (
        "Secretary-General John Doe of the UN criticized Russia. Doe also praised Ukraine.",
        {("UNO", "111", "RUS"), ("UNO", "051", "UKR")},
    ),
    ("Secretary-General John Doe of NATO criticized Russia.", {("NAT", "111", "RUS")}),
    ("General John Doe of the Kenyan army criticized Somalia.", {("KENMIL", "111", "SOM")}),
    # a rapporteur named with the organisation that appointed them
    (
        "UN-appointed special rapporteur Maria Lund criticized the Taliban. "
        "Lund also criticized Pakistan.",
        {("UNO", "111", "AFGGOV"), ("UNO", "111", "PAK")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ORGANISATION_OFFICES)
def test_organisation_office(
    story_events: Callable[[str], set[Triple]], text: str, expected: set[Triple]
) -> None:
    assert story_events(text) == expected
