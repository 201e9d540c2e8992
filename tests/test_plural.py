"""Plural group references (plural): a definite counted group of states ("the three
countries", "all three nations", "the two neighbours", "both rivals") stands for the
states last named or coordinated, each with its own event (sentences written for
these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, both, events

THREE = both("JPN", "040", "IND") | both("JPN", "040", "AUS") | both("IND", "040", "AUS")

# a counted group of more than two states: the coordination of that many states
COUNTED: list[tuple[str, set[Triple]]] = [
    (
        "Japan, India and Australia met in Tokyo. All three nations condemned China.",
        THREE | {("JPN", "111", "CHN"), ("IND", "111", "CHN"), ("AUS", "111", "CHN")},
    ),
    (
        "Japan, India and Australia met in Tokyo. The three countries agreed to boost trade.",
        THREE
        | both("JPN", "0311", "IND")
        | both("JPN", "0311", "AUS")
        | both("IND", "0311", "AUS"),
    ),
    # the count does not fit the states named: no group
    (
        "Japan and India met in Tokyo. The three countries condemned China.",
        both("JPN", "040", "IND"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), COUNTED)
def test_counted_group(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# group nouns besides "countries": neighbours, rivals
GROUP_NOUN: list[tuple[str, set[Triple]]] = [
    (
        "Kenya and Uganda met on Monday. The two neighbours agreed to boost trade.",
        both("KEN", "040", "UGA") | both("KEN", "0311", "UGA"),
    ),
    (
        "Kenya and Uganda met on Monday. Both rivals condemned Sudan.",
        both("KEN", "040", "UGA") | {("KEN", "111", "SDN"), ("UGA", "111", "SDN")},
    ),
    # a pair already covered before this branch
    (
        "Japan and India signed a deal. The two countries agreed to boost trade.",
        both("JPN", "057", "IND") | both("JPN", "0311", "IND"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), GROUP_NOUN)
def test_group_noun(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# "the other" as a reciprocal object of two subjects, and a bare "both"/"each" subject
# standing for the coordinated states of the clause above or the pair last named
RECIPROCAL: list[tuple[str, set[Triple]]] = [
    ("Kenya and Uganda accused the other of violating the border.", both("KEN", "112", "UGA")),
    (
        "Kenya and Uganda met on Monday. Both sides accused the other of violating the border.",
        both("KEN", "040", "UGA") | both("KEN", "112", "UGA"),
    ),
    (
        "Kenya and Uganda met, each accusing the other of violating the border.",
        both("KEN", "040", "UGA") | both("KEN", "112", "UGA"),
    ),
    (
        "Kenya and Uganda met on Monday. Both accused the other of violating the border.",
        both("KEN", "040", "UGA") | both("KEN", "112", "UGA"),
    ),
    (
        "Kenya and Uganda met, both condemning Sudan.",
        both("KEN", "040", "UGA") | {("KEN", "111", "SDN"), ("UGA", "111", "SDN")},
    ),
    # one subject: "the other" names no one
    ("Kenya accused the other of violating the border.", set()),
]


@pytest.mark.parametrize(("text", "expected"), RECIPROCAL)
def test_reciprocal_and_bare_quantifier(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


def _among(codes: list[str], code: str) -> set[Triple]:
    """A mutual act among every pair of ``codes``, both ways."""
    return {(a, code, b) for a in codes for b in codes if a != b}


QUAD = ["USA", "JPN", "IND", "AUS"]

# a named grouping of states with no code of its own (groupings.tsv): its members
GROUPING: list[tuple[str, set[Triple]]] = [
    ("Leaders of the Quad condemned China.", {(c + "GOV", "111", "CHN") for c in QUAD}),
    ("The Quad condemned China.", {(c, "111", "CHN") for c in QUAD}),
    ("China condemned the Quad.", {("CHN", "111", c) for c in QUAD}),
    ("Quad leaders agreed to boost trade.", _among([c + "GOV" for c in QUAD], "0311")),
    # the grouping as a modifier of an act noun is not its members acting
    ("Japan attended a Quad summit with China.", {("JPN", "042", "CHN")}),
    # lower case: not the grouping
    ("He rode a quad bike.", set()),
    # an organisation with a code of its own keeps it
    ("G7 leaders condemned Russia.", {("G7GOV", "111", "RUS")}),
]


@pytest.mark.parametrize(("text", "expected"), GROUPING)
def test_named_grouping(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# "the other N countries" beside a member of a named grouping of N + 1 states: the rest
OTHER_MEMBERS: list[tuple[str, set[Triple]]] = [
    (
        "Japan criticised the other three countries of the Quad.",
        {("JPN", "111", c) for c in ("USA", "IND", "AUS")},
    ),
    (
        "The Quad met in Tokyo on Monday. Japan later criticised the other three countries.",
        _among(QUAD, "040") | {("JPN", "111", c) for c in ("USA", "IND", "AUS")},
    ),
    # no grouping named: no one
    ("Japan criticised the other three countries.", set()),
]


@pytest.mark.parametrize(("text", "expected"), OTHER_MEMBERS)
def test_other_members(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# plural pronouns whose antecedent is a coordination of states (the existing rule of
# ``actors._antecedent``, kept working beside the group rules above)
PRONOUNS: list[tuple[str, set[Triple]]] = [
    (
        "Kenya and Uganda met on Monday. China criticised them.",
        both("KEN", "040", "UGA") | {("CHN", "111", "KEN"), ("CHN", "111", "UGA")},
    ),
    (
        "Kenya and Uganda signed a deal on Monday. China welcomed their agreement.",
        both("KEN", "057", "UGA") | {("CHN", "051", "KEN"), ("CHN", "051", "UGA")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PRONOUNS)
def test_plural_pronoun(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


MET = both("JPN", "040", "IND")
FAR = " Exports rose sharply. Factories hired more workers. Prices fell in the shops."
FAR += " Wages grew in the cities. Farmers planted more rice."

# "they"/"them"/"their" stands for states coordinated a few sentences before; in a
# story printed as one paragraph, not for a pair named many sentences back
PRONOUN_DISTANCE: list[tuple[str, set[Triple]]] = [
    (
        "Japan and India met in Tokyo. Exports rose sharply. Brazil later criticized them.",
        MET | {("BRA", "111", "JPN"), ("BRA", "111", "IND")},
    ),
    ("Japan and India met in Tokyo." + FAR + " Brazil later criticized them.", MET),
    (
        "Japan and India met in Tokyo. Their leaders condemned Brazil.",
        MET | {("JPNGOV", "111", "BRA"), ("INDGOV", "111", "BRA")},
    ),
    ("Japan and India met in Tokyo." + FAR + " Their leaders condemned Brazil.", MET),
]


@pytest.mark.parametrize(("text", "expected"), PRONOUN_DISTANCE)
def test_pronoun_distance(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected
