"""The rows of the "requirement" block of verbs.tsv (default rows of triggers that had
only rows with required words) and the lemma fixes of lemmas.tsv. One table per code
family; the sentences are written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, events

CASES: list[tuple[str, set[Triple]]] = [
    # 043: a person received by a host; a call or weapons received stay no visit (a
    # call received is a telephone talk, 041, both ways)
    (
        "Erdogan received Putin in Ankara on Monday.",
        {("TURGOV", "043", "RUSGOV"), ("RUSGOV", "042", "TURGOV")},
    ),
    (
        "Erdogan received a call from Putin.",
        {("TURGOV", "041", "RUSGOV"), ("RUSGOV", "041", "TURGOV")},
    ),
    # 173: people held, persons tried; "tried to" is no trial
    ("Police in Minsk held two opposition activists overnight.", {("BLRCOP", "173", "BLROPP")}),
    ("Iran tried to block the deal.", set()),
    # 180: violence wreaked on a place
    ("The rebels wreaked a wave of violence across Mali.", {("MLIREB", "180", "MLICVL")}),
    # 141: a crowd marching; soldiers marching into a town are no demonstration
    ("Thousands of students marched in Dhaka on Sunday.", {("BGDCVL", "141", "BGDGOV")}),
    ("Russian soldiers marched into the town.", set()),
    # 181: a train taken over
    ("Militants took over a passenger train in Balochistan.", {("PAKINS", "181", "PAKCVL")}),
    # 1821: "raped" is rape, not "rap" (criticise)
    ("Soldiers raped women in the village in Sudan.", {("SDNMIL", "1821", "SDNCVL")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_requirement_defaults(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected
