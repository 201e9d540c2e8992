"""An act the speaker's own side is said to be going to do is the speaker's intent or
threat ("the minister said Tehran would strike ..." like "said it would strike ...");
an act said of another side keeps its code (sentences written for these tests; exact
event sets of (source, code, target, modality))."""

from __future__ import annotations

import pytest
from spacy.language import Language

Quad = tuple[str, str, str | None, str]


def events(nlp: Language, text: str) -> set[Quad]:
    return {
        (e.source.code, e.cameo, e.target.code if e.target else None, e.modality)
        for e in nlp(text)._.events
    }


OWN_SIDE: list[tuple[str, set[Quad]]] = [
    # the capital named in the clause is the speaker's own government: a threat of force
    (
        "The Iranian minister said Tehran would strike American bases.",
        {("IRNGOV", "138", "USA", "future")},
    ),
    (
        "A spokesman for the Kremlin said Moscow would retaliate against Britain.",
        {("RUSGOV", "138", "GBR", "future")},
    ),
    # a promise of aid: an intent to give aid
    (
        "The Chinese ambassador said Beijing will provide aid to Nepal.",
        {("CHNGOV", "033", "NPL", "future")},
    ),
    # announced and negated: a refusal (the refusal itself is told by the speaker)
    (
        "The Russian foreign minister said Moscow would not supply weapons to Iran.",
        {("RUSGOV", "121", "IRN", "reported")},
    ),
    # a pronoun subject, as before
    ("The Israeli army said it would strike Hezbollah.", {("ISRMIL", "138", "LBNINS", "future")}),
]


@pytest.mark.parametrize(("text", "expected"), OWN_SIDE)
def test_the_speakers_own_side_announced(nlp: Language, text: str, expected: set[Quad]) -> None:
    assert events(nlp, text) == expected


def test_an_act_said_of_another_side_is_not_the_speakers_threat(nlp: Language) -> None:
    # the other side's act is told (the speaker's accusation, asserted), not threatened
    assert events(nlp, "The Greek minister said Turkey would attack Cyprus.") == {
        ("GRCGOV", "112", "TUR", "asserted"),
        ("TUR", "190", "CYP", "future"),
    }
