"""Violence by a non-state armed group is unconventional (CAMEO 18: 1823 a killing,
180 an attack on people, 182 a wounding); a state's forces and fighting between armed
sides keep root 19 (``codebooks/unconventional.tsv``; sentences written for these
tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, events

UNCONVENTIONAL: list[tuple[str, set[Triple]]] = [
    ("Militants killed five villagers in Niger.", {("NERINS", "1823", "NERCVL")}),
    ("Gunmen stormed a school in Nigeria.", {("NGAINS", "180", "NGACVL")}),
    # an armed group's killing of soldiers, as its attack on them, is fighting (root 19)
    ("Al-Shabab militants killed 12 Somali soldiers.", {("SOMINS", "190", "SOMMIL")}),
    ("Rebels attacked an army base in Chad.", {("TCDREB", "190", "TCDMIL")}),
    # a state's forces keep root 19
    ("The army killed 30 militants in Mali.", {("MLIMIL", "190", "MLIINS")}),
]


@pytest.mark.parametrize(("text", "expected"), UNCONVENTIONAL)
def test_unconventional_violence(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected
