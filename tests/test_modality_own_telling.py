"""Modality of verbal acts: an accusation, statement or demand told as its speaker's
own act is asserted (what it claims is the speaker's: reported); a claim hung on
another act as a side remark ("..., claiming that") stays reported; an act with a
named doer under a negated reaction ("never condemned X's invasion") happened."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyadline.annotate import annotate
from dyadline.model import Document

Row = tuple[str, str, str | None, str]


def _rows(nlp: Language, text: str) -> set[Row]:
    annotated = annotate(Document(text=text), nlp)
    return {
        (e.source.code, e.cameo, e.target.code if e.target else None, e.modality)
        for e in annotated.events
    }


TABLE: list[tuple[str, set[Row]]] = [
    # the speaker's own verbal act, finite, present perfect or present
    (
        "France accused Rwanda of attacking Uganda.",
        {("FRA", "1123", "RWA", "asserted"), ("RWA", "190", "UGA", "reported")},
    ),
    (
        "The United States has accused China of genocide.",
        {("USA", "1124", "CHN", "asserted")},
    ),
    (
        "Washington alleges that Iran has not kept its commitment.",
        {("USAGOV", "112", "IRN", "asserted")},
    ),
    (
        "Israel blamed Iran for the attack on Saudi Arabia.",
        {("ISR", "112", "IRN", "asserted"), ("IRN", "190", "SAU", "reported")},
    ),
    (
        "France said Germany attacked Poland.",
        {("FRA", "112", "DEU", "asserted"), ("DEU", "190", "POL", "reported")},
    ),
    # a claim told as a side remark of another act, or a passive accusation (the
    # activists' country is named: two states of equal standing leave a bare
    # "activists" unresolved)
    (
        "Activists in Israel filed a petition, claiming that Azerbaijan was committing war crimes.",
        # (the petition itself asks their own government: domestic5 home targets)
        {("ISRCVL", "1124", "AZE", "reported"), ("ISRCVL", "0242", "ISRGOV", "asserted")},
    ),
    # the doer's claim of its own attack stays its claim
    (
        "Iran claimed that it had attacked Israel.",
        {("IRN", "015", "ISR", "asserted"), ("IRN", "190", "ISR", "reported")},
    ),
    # a verbal act in its own doer's words is done by saying it; a material act so
    # told stays the speaker's claim
    (
        '"We reject the charges made by Pakistan," the Indian spokesperson told reporters.',
        {("INDGOV", "016", "PAK", "asserted")},
    ),
    ("Iran said it condemns the attack by Israel.", {("IRN", "111", "ISR", "asserted")}),
    ("The Nigerian army said it killed 21 militants.", {("NGAMIL", "190", "NGAINS", "reported")}),
    # a named doer's act under a negated reaction, or in a phrase of time under a
    # suggestion, happened; a pronoun doer's under a negation did not
    (
        "Brazil has never condemned Peru's invasion of Bolivia.",
        {("BRA", "111", "PER", "negated"), ("PER", "192", "BOL", "asserted")},
    ),
    (
        "Experts suggested that Iran learned lessons during Russia's war in Georgia.",
        {("RUS", "190", "GEO", "asserted")},
    ),
    (
        "Iran did not carry out its attack on Israel.",
        {("IRN", "190", "ISR", "negated")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), TABLE)
def test_modality_of_verbal_acts(nlp: Language, text: str, expected: set[Row]) -> None:
    assert _rows(nlp, text) == expected
