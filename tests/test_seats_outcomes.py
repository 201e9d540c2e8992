"""Where a group sits, the outcome of an attack and vague words that name no act
(sentences written for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, events

# "a UK-based group": the seat of a group is neither its
# country nor a state the sentence is about, so other actors take no country from it
SEATS: list[tuple[str, set[Triple]]] = [
    ("The UK-based group said soldiers killed five civilians.", set()),
    ("A London-based rights group criticized Syria.", {("NGO", "111", "SYR")}),
    (
        "A Paris-based monitor said Malian troops killed ten villagers.",
        {("MLIMIL", "190", "MLICVL")},
    ),
    # a state that acts is still one
    ("The UK criticized Syria.", {("GBR", "111", "SYR")}),
    ("Pro-Russian rebels attacked Ukrainian troops.", {("UKRREB", "190", "UKRMIL")}),
]


@pytest.mark.parametrize(("text", "expected"), SEATS)
def test_a_seat_is_no_actor(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# "stormed a hotel, leaving five dead": a participle of result after a violent act
# is that act's outcome, not a second act of its doer
OUTCOMES: list[tuple[str, set[Triple]]] = [
    (
        "Gunmen stormed a school in Mogadishu on Friday, leaving at least four people dead.",
        {("SOMINS", "180", "SOMCVL")},
    ),
    (
        "Rebels attacked a village in Mali, killing ten civilians and wounding five.",
        {("MLIREB", "180", "MLICVL")},
    ),
    # two acts told as two: both
    (
        "Rebels attacked a village in Mali and killed ten civilians.",
        {("MLIREB", "180", "MLICVL"), ("MLIREB", "1823", "MLICVL")},
    ),
    # not an outcome of violence: both
    (
        "Police arrested ten protesters in Nairobi, injuring two.",
        {("KENCOP", "173", "KENOPP"), ("KENCOP", "190", None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), OUTCOMES)
def test_an_outcome_is_its_act(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# "acted against X", "its campaign against X" name no act of their own
NO_ACT: list[tuple[str, set[Triple]]] = [
    ("Syrian activists acted against Damascus.", set()),
    (
        "Russian activists jailed for acting against the Kremlin were freed by Putin.",
        {("RUSGOV", "173", "RUSCVL"), ("RUSGOV", "0841", "RUSCVL")},
    ),
    ("France widened its campaign against the militants in Mali.", set()),
]


@pytest.mark.parametrize(("text", "expected"), NO_ACT)
def test_vague_words_name_no_act(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# a sentence coded alone has no date: a group with dated roles is taken in its
# current one (the Taliban govern Afghanistan since 2021), as a person is in office
UNDATED: list[tuple[str, set[Triple]]] = [
    ("The Taliban barred women from universities.", {("AFGGOV", "1721", "AFGCVL")}),
    ("A spokesman for the Taliban criticized Pakistan.", {("AFGGOV", "111", "PAK")}),
    # dated: the role on that date
    ("In 2019 a spokesman for the Taliban criticized Pakistan.", {("AFGINS", "111", "PAK")}),
]


@pytest.mark.parametrize(("text", "expected"), UNDATED)
def test_an_undated_group_in_its_current_role(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


# what a state's statement is about, at home ("sorrow for the shootings in Texas"):
# the people there are its target, a domestic dyad; abroad, the state
OCCASION_AT_HOME: list[tuple[str, set[Triple]]] = [
    (
        "In 2015 Obama expressed sorrow for the shootings in Texas.",
        {("USAGOV", "018", "USACVL")},
    ),
    (
        "Putin expressed condolences over the attack in Moscow.",
        {("RUSGOV", "018", "RUSCVL")},
    ),
    ("Putin expressed condolences over the attack in Paris.", {("RUSGOV", "018", "FRA")}),
    # where the statement was made is no occasion
    ("Putin expressed sorrow in Moscow.", set()),
]


@pytest.mark.parametrize(("text", "expected"), OCCASION_AT_HOME)
def test_an_occasion_at_home_aims_at_its_people(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected
