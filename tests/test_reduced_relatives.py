"""A reduced relative the tagger took for a past tense ("a reporter detained in
Russia") is a passive participle: the noun it describes underwent the act, and the
place's state did it (``arguments._passive_participle``). Sentences written for
these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, events

REDUCED: list[tuple[str, set[Triple]]] = [
    (
        "An American reporter detained in Russia was released in a prisoner swap.",
        {("RUSGOV", "173", "USAMED")},
    ),
    (
        "Two Chinese fishermen detained in Palau were freed on Monday.",
        {("PLWGOV", "173", "CHNCVL")},
    ),
    # an active past tense with its own subject stays active
    ("Russian police detained an American reporter.", {("RUSCOP", "173", "USAMED")}),
]


@pytest.mark.parametrize(("text", "expected"), REDUCED)
def test_a_reduced_relative_is_passive(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected
