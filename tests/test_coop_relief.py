"""Humanitarian aid handed out or readied (CAMEO 073) in news: the rows of the
"coop" relief block of verbs.tsv with the goods of ``relief_noun`` (sentences
written for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, events

RELIEF: list[tuple[str, set[Triple]]] = [
    ("Aid agencies distributed food to displaced people in Chad.", {("NGO", "073", "TCDREF")}),
    ("The Red Cross distributed blankets to refugees in Sudan.", {("NGO", "073", "SDNREF")}),
    (
        "Oxfam has prepositioned food supplies for refugees in Mozambique.",
        {("NGO", "073", "MOZREF")},
    ),
    ("Doctors Without Borders treated refugees in Sudan.", {("NGO", "073", "SDNREF")}),
    ("UNICEF handed out food to children in Yemen.", {("UNO", "073", "YEMCVL")}),
    ("Jordan airdropped food to civilians in Gaza.", {("JOR", "073", "PSECVL")}),
    # leaflets are no relief
    ("The army distributed leaflets to residents of Gaza.", set()),
]


@pytest.mark.parametrize(("text", "expected"), RELIEF)
def test_relief_handed_out(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected
