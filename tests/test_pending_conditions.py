"""An act in a clause of "until", "once", "when" or "before", in the present tense
under a main clause told ahead, is a condition not met yet: hedged, not asserted
(``codebooks/modality.tsv`` cue kind ``pending``); in the past it happened. And a
state sending police or a contingent abroad deploys it (074). Sentences written for
these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyadline.annotate import annotate
from dyadline.model import Document
from eventsets import Triple, events

Row = tuple[str, str, str | None, str]


def _rows(nlp: Language, text: str) -> set[Row]:
    annotated = annotate(Document(text=text), nlp)
    return {
        (e.source.code, e.cameo, e.target.code if e.target else None, e.modality)
        for e in annotated.events
    }


PENDING: list[tuple[str, set[Row]]] = [
    (
        "Peru will not sign the accord until Chile releases the fishermen.",
        {("PER", "127", None, "asserted"), ("CHL", "0841", "PERCVL", "hedged")},
    ),
    (
        "Kosovo will resume talks once Serbia releases the three policemen.",
        {("SRB", "0841", "XKXCOP", "hedged")},
    ),
    (
        "Israel will halt the strikes when Hamas frees the hostages.",
        {("ISR", "0356", "PSEINS", "future"), ("PSEINS", "0841", "PSECVL", "hedged")},
    ),
    # in the past the clause happened
    (
        "Chile held the fishermen until Peru paid the fine in May.",
        {("CHL", "173", "PERCVL", "asserted")},
    ),
    (
        "Once Serbian troops entered Kosovo, they arrested two Kosovar policemen.",
        {("SRBMIL", "173", "XKXCOP", "asserted")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PENDING)
def test_a_pending_condition_is_hedged(nlp: Language, text: str, expected: set[Row]) -> None:
    assert _rows(nlp, text) == expected


CONTINGENTS: list[tuple[str, set[Triple]]] = [
    ("Rwanda sent a battalion to Mozambique.", {("RWA", "074", "MOZ")}),
    ("Chad sent 500 police officers to Niger.", {("TCD", "074", "NER")}),
    ("The police sent officers to the scene.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CONTINGENTS)
def test_a_state_sends_police_abroad(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected
