"""Consultations, visits and their mutual forms in news: coordinated actors of a
mutual act, a visitor named by "visiting" before the noun, a meeting named in a
setting phrase of a verb of saying, a host receiving a titled person (sentences
written for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, both, events

# a mutual act ("mutual" rows: coded both ways with one actor on each side) of
# coordinated actors: each with the other
MUTUAL_COORDINATED: list[tuple[str, set[Triple]]] = [
    ("Macron and Scholz spoke by phone on Friday.", both("FRAGOV", "041", "DEUGOV")),
    ("Lula and Milei spoke by telephone on Sunday.", both("BRAGOV", "041", "ARGGOV")),
    ("Armenia and Azerbaijan exchanged prisoners on Friday.", both("ARM", "0841", "AZE")),
]


@pytest.mark.parametrize(("text", "expected"), MUTUAL_COORDINATED)
def test_mutual_act_of_coordinated_actors(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# "met visiting Minister X": the participle describes X (the parser takes it for a
# verb of its own); X is what the main verb acts on and X visits its subject
VISITING: list[tuple[str, set[Triple]]] = [
    (
        "Putin met visiting Chinese Foreign Minister Wang Yi in Moscow.",
        {("RUSGOV", "040", "CHNGOV"), ("CHNGOV", "042", "RUSGOV")},
    ),
    (
        "Erdogan welcomed visiting Iraqi Prime Minister al-Sudani.",
        {("TURGOV", "043", "IRQGOV"), ("IRQGOV", "042", "TURGOV")},
    ),
    (
        "Blinken assured visiting Indian Foreign Minister Jaishankar that the alliance was strong.",
        {("USAGOV", "030", "INDGOV"), ("INDGOV", "042", "USAGOV")},
    ),
    # a place visited is no visitor
    ("China is visiting Russia.", {("CHN", "042", "RUS")}),
]


@pytest.mark.parametrize(("text", "expected"), VISITING)
def test_visiting_before_a_title(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# "X told Y in a phone call": a consultation in a setting phrase of a verb of saying
# that names no partner takes the verb's addressee
SETTING_ADDRESSEE: list[tuple[str, set[Triple]]] = [
    ("Modi told Biden in a phone call that India wanted peace.", both("INDGOV", "041", "USAGOV")),
    (
        "Ramaphosa told Macron during a phone call that the talks would go on.",
        both("ZAFGOV", "041", "FRAGOV"),
    ),
    # the phrase names the partner: as before
    (
        "Modi said in a phone call with Biden that India wanted peace.",
        both("INDGOV", "041", "USAGOV"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SETTING_ADDRESSEE)
def test_setting_phrase_takes_the_addressee(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


# "received Prime Minister X": the object's title meets the row's object words
TITLED_OBJECT: list[tuple[str, set[Triple]]] = [
    (
        "Xi received Prime Minister Sharif in Beijing.",
        {("CHNGOV", "043", "PAKGOV"), ("PAKGOV", "042", "CHNGOV")},
    ),
    (
        "Xi received a delegation from Pakistan.",
        {("CHNGOV", "043", "PAKGOV"), ("PAKGOV", "042", "CHNGOV")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), TITLED_OBJECT)
def test_titled_object(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected
