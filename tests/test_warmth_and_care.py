"""Warmth shown toward an actor is praise (051); care received in a state is that
state's humanitarian aid (073, the state gives); "not afraid to" / "did not hesitate
to" affirm the act (sentences written for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

Quad = tuple[str, str, str | None, str]


def events(nlp: Language, text: str) -> set[Quad]:
    return {
        (e.source.code, e.cameo, e.target.code if e.target else None, e.modality)
        for e in nlp(text)._.events
    }


WARMTH: list[tuple[str, set[Quad]]] = [
    ("Bolivians expressed gratitude toward Chile.", {("BOLCVL", "051", "CHL", "asserted")}),
    (
        "Many Bolivians formed positive attitudes toward Chile.",
        {("BOLCVL", "051", "CHL", "asserted")},
    ),
    ("Bolivians have negative attitudes toward Chile.", set()),
    (
        "Peruvian soldiers underwent medical procedures in Chile.",
        {("CHL", "073", "PERMIL", "asserted")},
    ),
    ("Peruvian soldiers received treatment in Chile.", {("CHL", "073", "PERMIL", "asserted")}),
]


@pytest.mark.parametrize(("text", "expected"), WARMTH)
def test_warmth_and_care(nlp: Language, text: str, expected: set[Quad]) -> None:
    assert events(nlp, text) == expected


AFFIRMED: list[tuple[str, set[Quad]]] = [
    (
        "Many Bolivians were not afraid to express their gratitude toward Chile in public.",
        {("BOLCVL", "051", "CHL", "asserted")},
    ),
    ("Chile did not hesitate to attack Peru.", {("CHL", "190", "PER", "asserted")}),
    ("Chile did not attack Peru.", {("CHL", "190", "PER", "negated")}),
]


@pytest.mark.parametrize(("text", "expected"), AFFIRMED)
def test_a_negation_that_affirms(nlp: Language, text: str, expected: set[Quad]) -> None:
    assert events(nlp, text) == expected
