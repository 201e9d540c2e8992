"""Argument slots left empty: an act under a noun of endeavour ("a move to", "an effort to",
"a drive by X to", "in order to"): the act is done by whoever undertakes the endeavour
(sentences written for these tests; exact event sets); and an earlier act named again by
an act noun with a possessive pronoun ("condemned his arrest")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, story_events

# the endeavour's owner: its possessive, its "by" phrase, its actor adjective
OWNER: list[tuple[str, set[Triple]]] = [
    (
        "Japan's move to strengthen ties with India was welcomed.",
        {("JPN", "050", "IND")},
    ),
    (
        "The sanctions are part of a drive by the U.S. administration to pressure Iran.",
        {("USAGOV", "100", "IRN")},
    ),
    ("The Turkish push to expel Greek diplomats failed.", {("TUR", "161", "GRC")}),
    ("Russia's campaign to attack Ukraine continued.", {("RUS", "190", "UKR")}),
    # no one named undertakes it: no event
    ("A move to attack Chad was reported.", set()),
]


@pytest.mark.parametrize(("text", "expected"), OWNER)
def test_endeavour_owner(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert story_events(nlp, text) == expected


# the subject of the verb whose object the endeavour is ("X made a move to ...")
MADE: list[tuple[str, set[Triple]]] = [
    ("Japan made a move to strengthen ties with India.", {("JPN", "050", "IND")}),
    (
        "Egypt launched an effort to mediate between Sudan and Chad.",
        {("EGY", "045", "SDN"), ("EGY", "045", "TCD")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), MADE)
def test_endeavour_made(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert story_events(nlp, text) == expected


# "X did Y in an effort to ...", "in order to", "X is expected to ..., in a move to ...":
# the own (or raised) subject of the verb the phrase hangs on
IN_AN_EFFORT: list[tuple[str, set[Triple]]] = [
    (
        "Kenya sent troops to the border in order to fight al-Shabab.",
        {("KEN", "190", "SOMINS")},
    ),
    (
        "Egypt closed the border in an effort to pressure Sudan.",
        {("EGY", "100", "SDN"), ("EGY", "191", "SDN")},
    ),
    (
        "The Kenyan president is expected to visit Ethiopia in May, in a move to deepen "
        "ties after meeting with Sudan's leader.",
        {("KENGOV", "042", "ETH"), ("KENGOV", "040", "SDNGOV"), ("SDNGOV", "040", "KENGOV")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), IN_AN_EFFORT)
def test_endeavour_in_an_effort(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert story_events(nlp, text) == expected


# an act noun with a possessive pronoun ("his arrest", "their detention") points back to
# the earlier act as "the arrest" does: a condemnation of it aims at whoever did it
POSSESSED_ACT: list[tuple[str, set[Triple]]] = [
    (
        "Zimbabwean police arrested a journalist on Monday. The United States condemned "
        "his arrest.",
        {("ZWECOP", "173", "ZWEMED"), ("USA", "111", "ZWECOP")},
    ),
    (
        "Pakistani police detained an opposition leader. His detention was condemned by "
        "the United States.",
        {("PAKCOP", "173", "PAKOPP"), ("USA", "111", "PAKCOP")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), POSSESSED_ACT)
def test_possessed_act(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert story_events(nlp, text) == expected
