"""News dates carried from sentence to sentence (and into quotations), acts of the
telling told in the future, clauses of another time, durations counted from the date
before them, and planned acts dated by the telling."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyadline.annotate import annotate
from dyadline.model import DateSpan, Document

WED = "2021-03-10"  # a Wednesday

Row = tuple[str, str | None, str, DateSpan | None]

STORY = DateSpan(WED, WED, "day", "", inferred=True)


def _day(iso: str, text: str, inferred: bool = False) -> DateSpan:
    return DateSpan(iso, iso, "day", text, inferred=inferred)


def _span(
    start: str, end: str | None, precision: str, text: str, inferred: bool = False
) -> DateSpan:
    return DateSpan(start, end, precision, text, inferred=inferred)


TABLE: list[tuple[str, set[Row]]] = [
    # narrative time carries a recent day (in the month before the story) on to an
    # undated act told after it ...
    (
        "Turkey accused Greece of provocations on Monday. Greece criticized Turkey.",
        {
            ("TUR", "GRC", "1123", _day("2021-03-08", "on Monday")),
            ("GRC", "TUR", "111", _day("2021-03-08", "on Monday", inferred=True)),
        },
    ),
    (
        "Turkey accused Greece of provocations on Feb. 20. Greece criticized Turkey.",
        {
            ("TUR", "GRC", "1123", _day("2021-02-20", "on Feb. 20")),
            ("GRC", "TUR", "111", _day("2021-02-20", "on Feb. 20", inferred=True)),
        },
    ),
    # ... but a background time long before the story dates only its own sentence
    (
        "In 2019, Turkey criticized Greece. Greece condemned Turkey.",
        {
            ("TUR", "GRC", "111", _span("2019-01-01", "2019-12-31", "year", "In 2019")),
            ("GRC", "TUR", "111", STORY),
        },
    ),
    (
        "Last year Turkey criticized Greece. Greece condemned Turkey.",
        {
            ("TUR", "GRC", "111", _span("2020-01-01", "2020-12-31", "year", "Last year")),
            ("GRC", "TUR", "111", STORY),
        },
    ),
    (
        "In December, Turkey criticized Greece. Greece condemned Turkey.",
        {
            ("TUR", "GRC", "111", _span("2020-12-01", "2020-12-31", "month", "In December")),
            ("GRC", "TUR", "111", STORY),
        },
    ),
    # a speaker's present tense, in a quotation, is the time of the telling; outside
    # one, the story's day
    (
        'Turkey accused Greece of provocations on Monday. "We condemn Greece," the '
        "Turkish minister said.",
        {
            ("TUR", "GRC", "1123", _day("2021-03-08", "on Monday")),
            ("TURGOV", "GRC", "111", _day("2021-03-08", "on Monday", inferred=True)),
        },
    ),
    (
        "Turkey accused Greece of provocations on Monday. Turkey condemns Greece.",
        {
            ("TUR", "GRC", "1123", _day("2021-03-08", "on Monday")),
            ("TUR", "GRC", "111", STORY),
        },
    ),
    # so is a refusal or a threat told in the future: acts of the telling
    (
        'Turkey accused Greece of provocations on Monday. "We will not cooperate with '
        'Greece," the Turkish minister said.',
        {
            ("TUR", "GRC", "1123", _day("2021-03-08", "on Monday")),
            ("TURGOV", "GRC", "121", _day("2021-03-08", "on Monday", inferred=True)),
        },
    ),
    (
        'Turkey accused Greece of provocations on Monday. "We will attack Greece," the '
        "Turkish minister said.",
        {
            ("TUR", "GRC", "1123", _day("2021-03-08", "on Monday")),
            ("TURGOV", "GRC", "138", _day("2021-03-08", "on Monday", inferred=True)),
        },
    ),
    (
        "Turkey accused Greece of provocations on Monday. Turkey will not cooperate with Greece.",
        {
            ("TUR", "GRC", "1123", _day("2021-03-08", "on Monday")),
            ("TUR", "GRC", "121", STORY),
        },
    ),
    # a clause of another time is not dated by its host's date
    (
        "Greece is weaker today than before Turkey attacked Cyprus.",
        {("TUR", "CYP", "190", STORY)},
    ),
    (
        "On Monday, Greece said trade grew after Turkey attacked Cyprus.",
        {("TUR", "CYP", "190", STORY)},
    ),
    # a length counts from the date named before it, not from one named after it
    (
        "Last month, Turkey criticized Greece and blockaded Greek ports for six days, "
        "which broke a treaty signed in 1995.",
        {
            ("TUR", "GRC", "111", _span("2021-02-01", "2021-02-28", "month", "Last month")),
            ("TUR", "GRC", "191", _span("2021-02-01", "2021-02-06", "range", "for six days")),
        },
    ),
    # an act only planned, dated by the clause that tells of it: the day it was said
    (
        "On Monday, Greece said it would ask Turkey for help.",
        {("GRC", "TUR", "023", _day("2021-03-08", "On Monday", inferred=True))},
    ),
    # a promise or threat made that day is dated to it
    (
        "On Monday, Canada said it would sanction Iran.",
        {("CAN", "IRN", "1312", _day("2021-03-08", "On Monday"))},
    ),
]


@pytest.mark.parametrize(("text", "expected"), TABLE)
def test_news_dates_across_sentences_and_clauses(
    nlp: Language, text: str, expected: set[Row]
) -> None:
    annotated = annotate(Document(text=text, date=WED, news=True), nlp)
    got = {
        (e.source.code, e.target.code if e.target else None, e.cameo, e.date)
        for e in annotated.events
    }
    assert got == expected
