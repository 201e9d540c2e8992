"""Domestic dyads in news constructions: two sectors of one country form an event,
the sector-only side taking its country from the sentence (sentences written for
these tests; see tests/test_domestic.py for the mechanisms' own table)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, events

# a country in an of-phrase, a genitive, or a place phrase of either side
NEWS: list[tuple[str, set[Triple]]] = [
    ("Police in Zimbabwe arrested the journalist.", {("ZWECOP", "173", "ZWEMED")}),
    ("The journalist criticized the president of Zimbabwe.", {("ZWEMED", "111", "ZWEGOV")}),
    ("Kenyan lawmakers criticized the court.", {("KENLEG", "111", "KENJUD")}),
    ("A court in Bosnia sentenced the opposition leader to prison.", {("BIHJUD", "116", "BIHOPP")}),
    ("Protesters in Kenya accused the police of brutality.", {("KENOPP", "112", "KENCOP")}),
    ("Prosecutors in Bosnia accused the government.", {("BIHJUD", "112", "BIHGOV")}),
    ("The president of Bosnia criticized prosecutors.", {("BIHGOV", "111", "BIHJUD")}),
    ("Police in Morocco arrested the militants.", {("MARCOP", "173", "MARINS")}),
    ("Militants attacked the police in Pakistan.", {("PAKINS", "190", "PAKCOP")}),
]


@pytest.mark.parametrize(("text", "expected"), NEWS)
def test_domestic_news(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected
