"""News dates that depend on where an expression stands: the year of a year-less date,
acts told in the future, month names and ranges relative to the story, spans back
from the story's day, and amounts that are no time."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyadline.annotate import annotate
from dyadline.model import DateSpan, Document

WED = "2021-03-10"  # a Wednesday

THIS_YEAR = "from January through February this year"

Row = tuple[str, str | None, str, DateSpan | None]


def _day(iso: str, text: str) -> DateSpan:
    return DateSpan(iso, iso, "day", text)


def _span(start: str, end: str | None, precision: str, text: str) -> DateSpan:
    return DateSpan(start, end, precision, text)


TABLE: list[tuple[str, set[Row]]] = [
    # a year-less date takes the year the sentence just before named ...
    (
        "In 2016 the court blocked the plan. Egypt hosted Israeli negotiators in mid-February.",
        {("EGY", "ISR", "043", _span("2016-02-11", "2016-02-20", "range", "in mid-February"))},
    ),
    # ... not one named further back, nor one named in another clause of its sentence
    (
        "In 2016 the court blocked the plan. Trade grew. "
        "Egypt hosted Israeli negotiators in mid-February.",
        {("EGY", "ISR", "043", _span("2021-02-11", "2021-02-20", "range", "in mid-February"))},
    ),
    (
        "Egypt, which broke ties in 2013, hosted Israeli negotiators on March 6.",
        {("EGY", "ISR", "043", _day("2021-03-06", "on March 6"))},
    ),
    # ... nor a year after the story's
    (
        "The 2024 elections loom. Poland expelled Belarusian diplomats in July.",
        {("POL", "BLR", "161", _span("2020-07-01", "2020-07-31", "month", "in July"))},
    ),
    # an act told in the future reads its own day forward; a clause above it, back
    (
        "Norway will meet Sweden on Friday.",
        {("NOR", "SWE", "036", _day("2021-03-12", "on Friday"))},
    ),
    (
        "Canada will sanction Iran on Monday.",
        {("CAN", "IRN", "1312", _day("2021-03-15", "on Monday"))},
    ),
    (
        "On Monday, Canada said it would sanction Iran.",
        {("CAN", "IRN", "1312", _day("2021-03-08", "On Monday"))},
    ),
    # month names relative to the story's month
    (
        "India condemned Pakistan last August.",
        {("IND", "PAK", "111", _span("2020-08-01", "2020-08-31", "month", "last August"))},
    ),
    (
        "India has condemned Pakistan since last August.",
        {("IND", "PAK", "111", _span("2020-08-01", None, "range", "since last August"))},
    ),
    # month ranges
    (
        "Poland expelled Belarusian diplomats from January through February this year.",
        {
            (
                "POL",
                "BLR",
                "161",
                _span(
                    "2021-01-01", "2021-02-28", "range", "from January through February this year"
                ),
            )
        },
    ),
    (
        "Poland expelled Belarusian diplomats between March and May 2019.",
        {
            (
                "POL",
                "BLR",
                "161",
                _span("2019-03-01", "2019-05-31", "range", "between March and May 2019"),
            )
        },
    ),
    # "the past two years" runs back from the story's day, not from a date named before
    (
        "In 2015 the war ended. In the past two years, Turkey accused Greece of provocations.",
        {
            (
                "TUR",
                "GRC",
                "1123",
                _span("2019-03-11", "2021-03-10", "range", "In the past two years"),
            )
        },
    ),
    # a day counted from the date named before it, read once
    (
        "Turkey accused Greece of provocations on Monday. "
        "The previous day, Greece criticized Turkey.",
        {
            ("TUR", "GRC", "1123", _day("2021-03-08", "on Monday")),
            ("GRC", "TUR", "111", _day("2021-03-07", "The previous day")),
        },
    ),
    (
        "Turkey accused Greece of provocations on Monday. A day earlier, Greece criticized Turkey.",
        {
            ("TUR", "GRC", "1123", _day("2021-03-08", "on Monday")),
            ("GRC", "TUR", "111", _day("2021-03-07", "A day earlier")),
        },
    ),
    (
        "Turkey accused Greece of provocations on Monday. Greece criticized Turkey the next day.",
        {
            ("TUR", "GRC", "1123", _day("2021-03-08", "on Monday")),
            ("GRC", "TUR", "111", _day("2021-03-09", "the next day")),
        },
    ),
    (
        "Turkey accused Greece of provocations on Monday. Greece will meet Turkey a day later.",
        {
            ("TUR", "GRC", "1123", _day("2021-03-08", "on Monday")),
            ("GRC", "TUR", "036", _day("2021-03-09", "a day later")),
        },
    ),
    # a term of years is an amount, not the act's time
    (
        "A Russian court sentenced two Ukrainian sailors to six years in prison.",
        {("RUSJUD", "UKR", "116", DateSpan(WED, WED, "day", "", inferred=True))},
    ),
]


@pytest.mark.parametrize(("text", "expected"), TABLE)
def test_news_dates_in_context(nlp: Language, text: str, expected: set[Row]) -> None:
    annotated = annotate(Document(text=text, date=WED, news=True), nlp)
    got = {
        (e.source.code, e.target.code if e.target else None, e.cameo, e.date)
        for e in annotated.events
    }
    assert got == expected
