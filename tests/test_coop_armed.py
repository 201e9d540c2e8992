"""Support between armed forces is military cooperation (062), not praise (051):
``codebooks/armed_acts.tsv`` (sentences written for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, events

ARMED_SUPPORT: list[tuple[str, set[Triple]]] = [
    (
        "Kenyan soldiers backed by Ugandan troops surrounded the town.",
        {("UGAMIL", "062", "KENMIL")},
    ),
    (
        "Malian soldiers, supported by the French military, attacked the camp.",
        {("FRAMIL", "062", "MLIMIL")},
    ),
    # between other actors the same verbs endorse
    ("The United States backed Israel.", {("USA", "051", "ISR")}),
]


@pytest.mark.parametrize(("text", "expected"), ARMED_SUPPORT)
def test_support_between_armed_forces(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected
