"""Constructions of analytic prose about relations between states (branch chapter):
a path phrase the parser hangs on a time phrase, an owned war with a named side, an
"its" that owns the struggle of a helped state (sentences written for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, events

# "crossed during the night into X": the path belongs to the verb, not to the time noun
STRANDED_PATH: list[tuple[str, set[Triple]]] = [
    ("Turkish troops crossed during the night into Georgia.", {("TURMIL", "190", "GEO")}),
    (
        "Ghanaian soldiers also crossed twice during the crisis into Togo.",
        {("GHAMIL", "190", "TGO")},
    ),
    ("Chile sent troops during the crisis to Peru.", {("CHL", "074", "PER")}),
    # a time phrase with no path after it changes nothing
    ("Turkish troops crossed the river during the night.", set()),
]

# "Peru's war with Chile": the owner fights the named side; a war nobody owns is none
OWNED_WAR: list[tuple[str, set[Triple]]] = [
    ("Peru's war with Chile ended in 1884.", {("PER", "190", "CHL")}),
    (
        "Ecuador sent envoys to Bolivia before its 1932 war with Paraguay.",
        {("ECU", "042", "BOL"), ("ECU", "190", "PRY")},
    ),
    ("The war with Chile ended in 1884.", set()),
    ("Peru fears a war with Chile.", set()),
]

# "X backed Y in its war with Z": the struggle is the helped state's
HELPED_OWNER: list[tuple[str, set[Triple]]] = [
    (
        "Chile supported Bolivia in its first war with Peru.",
        {("CHL", "051", "BOL"), ("BOL", "190", "PER")},
    ),
    ("Chile warned Bolivia in its statement on Monday.", {("CHL", "130", "BOL")}),
]


@pytest.mark.parametrize(("text", "expected"), STRANDED_PATH)
def test_a_path_after_a_time_phrase_is_the_verbs(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), OWNED_WAR)
def test_an_owned_war_is_fighting_the_named_side(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), HELPED_OWNER)
def test_its_struggle_is_the_helped_states(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# "X dissuaded Y from doing Z": an appeal to Y, as persuading is
DISSUADE: list[tuple[str, set[Triple]]] = [
    ("Chile dissuaded Peru from cooperating with Bolivia.", {("CHL", "020", "PER")}),
]


@pytest.mark.parametrize(("text", "expected"), DISSUADE)
def test_dissuading_is_an_appeal(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected
