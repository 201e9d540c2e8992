"""News dates of unseen stories: a year-less day of a time limit read to the coming
day ("has until Feb. 4", "the deadline of June 30"), which dates no act told with it;
an act told at an unstated earlier time ("recently visited") that takes no carried
date; a count of days after a dated event ("three days after the March 3 vote");
a length given to do something ("gave Sweden 14 days to") that is no time; a unit
word written as a name ("ABC's This Week"); and a date describing a noun under
"before" / "after" ("before the election in November"), which dates the act only
relative to it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyadline.annotate import annotate
from dyadline.coder.time import TimeContext, find_dates
from dyadline.model import DateSpan, Document

Row = tuple[str, str | None, str, DateSpan | None]

WED = "2023-01-18"  # a Wednesday


def _rows(nlp: Language, text: str, day: str = WED) -> set[Row]:
    annotated = annotate(Document(text=text, date=day, news=True), nlp)
    return {
        (e.source.code, e.target.code if e.target else None, e.cameo, e.date)
        for e in annotated.events
    }


def _mentions(nlp: Language, text: str, day: str = WED) -> list[tuple[str, DateSpan | None]]:
    """Each date expression of ``text`` and its interval, read in a news story of ``day``."""
    ctx = TimeContext(day)
    out: list[tuple[str, DateSpan | None]] = []
    for sent in nlp(text).sents:
        found = find_dates(sent)
        ctx.observe(sent, found)
        out += [(m.text, ctx.resolve(m)) for m in found]
    return out


def _story(iso: str = WED) -> DateSpan:
    return DateSpan(iso, iso, "day", "", inferred=True)


# a day of a time limit: "until / by" in a clause not told in the past reads the
# coming day; the noun "deadline" the nearest one (on either side of the story's)
LIMITS: list[tuple[str, list[tuple[str, DateSpan | None]]]] = [
    (
        "Turkey has until Feb. 4 to respond.",
        [("until Feb. 4", DateSpan(None, "2023-02-04", "range", "until Feb. 4"))],
    ),
    (
        "The troops must leave by March 1.",
        [("by March 1", DateSpan(None, "2023-03-01", "range", "by March 1"))],
    ),
    (
        "Iran rejected the deadline of June 30.",
        [("June 30", DateSpan("2023-06-30", "2023-06-30", "day", "June 30"))],
    ),
    (
        "Iran missed the deadline of Dec. 30.",
        [("Dec. 30", DateSpan("2022-12-30", "2022-12-30", "day", "Dec. 30"))],
    ),
    (
        "Egypt accepted a March 15 deadline.",
        [("March 15", DateSpan("2023-03-15", "2023-03-15", "day", "March 15"))],
    ),
    # told in the past, "until" is a past day
    (
        "Police held him until Jan. 4.",
        [("until Jan. 4", DateSpan(None, "2023-01-04", "range", "until Jan. 4"))],
    ),
    (
        "Police held him until Jan. 14.",
        [("until Jan. 14", DateSpan(None, "2023-01-14", "range", "until Jan. 14"))],
    ),
    (
        "The rebels held the town until June 2.",
        [("until June 2", DateSpan(None, "2022-06-02", "range", "until June 2"))],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LIMITS)
def test_day_of_a_time_limit(
    nlp: Language, text: str, expected: list[tuple[str, DateSpan | None]]
) -> None:
    assert _mentions(nlp, text) == expected


# a time limit dates no act told with it, and no act told after it
LIMIT_ACTS: list[tuple[str, set[Row]]] = [
    ("Iran rejected the deadline of June 30 set by Israel.", {("IRN", "ISR", "120", _story())}),
    ("Turkey rejected a Feb. 4 deadline set by Sweden.", {("TUR", "SWE", "120", _story())}),
    (
        "Israel set a deadline of Feb. 4. Iran criticized Israel.",
        {("IRN", "ISR", "111", _story())},
    ),
]


@pytest.mark.parametrize(("text", "expected"), LIMIT_ACTS)
def test_time_limit_dates_no_act(nlp: Language, text: str, expected: set[Row]) -> None:
    assert _rows(nlp, text) == expected


THIS_WEEK = DateSpan("2023-01-16", "2023-01-22", "range", "This week")

# an act told at an unstated earlier time takes neither the carried date nor the
# story's day; without the adverb it does
INDEFINITE: list[tuple[str, set[Row]]] = [
    (
        "This week, Germany criticized Russia. France recently visited China.",
        {("DEU", "RUS", "111", THIS_WEEK), ("FRA", "CHN", "042", None)},
    ),
    (
        "This week, Germany criticized Russia. Iran had previously criticized Israel.",
        {("DEU", "RUS", "111", THIS_WEEK), ("IRN", "ISR", "111", None)},
    ),
    ("France recently visited China.", {("FRA", "CHN", "042", None)}),
    (
        "This week, Germany criticized Russia. France visited China.",
        {
            ("DEU", "RUS", "111", THIS_WEEK),
            ("FRA", "CHN", "042", DateSpan("2023-01-16", "2023-01-22", "range", "This week", True)),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), INDEFINITE)
def test_unstated_earlier_time(nlp: Language, text: str, expected: set[Row]) -> None:
    assert _rows(nlp, text) == expected


# a count of days after / before a dated event is that event's day moved; after an
# event no words date, the act has no time of its own (not a length from the
# story's day): the story's day, inferred
OFFSETS: list[tuple[str, set[Row]]] = [
    (
        "Three days after the March 3 vote, Iran criticized the United States.",
        {("IRN", "USA", "111", DateSpan("2022-03-06", "2022-03-06", "day", "Three days"))},
    ),
    (
        "Two weeks before the Jan. 15 summit, Iran criticized the United States.",
        {("IRN", "USA", "111", DateSpan("2023-01-01", "2023-01-01", "day", "Two weeks"))},
    ),
    (
        "Three days after the new president took office, Iran criticized the United States.",
        {("IRN", "USA", "111", _story())},
    ),
    # after an event told before with its date: from that date
    (
        "Rebels attacked the town on Jan. 2. Three days after the attack, Iran criticized Israel.",
        {("IRN", "ISR", "111", DateSpan("2023-01-05", "2023-01-05", "day", "Three days"))},
    ),
    # a length of the act is still one
    (
        "Russia invaded Ukraine for three days.",
        {("RUS", "UKR", "192", DateSpan("2023-01-18", "2023-01-20", "range", "for three days"))},
    ),
]


@pytest.mark.parametrize(("text", "expected"), OFFSETS)
def test_count_after_an_event(nlp: Language, text: str, expected: set[Row]) -> None:
    assert _rows(nlp, text) == expected


# no date: a length given to do something, a unit word written as a name
NO_DATE: list[tuple[str, list[tuple[str, DateSpan | None]]]] = [
    ("Turkey gave Sweden 14 days to extradite the suspects.", []),
    ("Turkey has 30 days to respond.", []),
    ("Blinken told ABC's This Week that Russia had lost.", []),
    ("She was named Person of the Year.", []),
    (
        "Blinken spoke this week.",
        [("this week", DateSpan("2023-01-16", "2023-01-22", "range", "this week"))],
    ),
    (
        "The army fought for 14 days.",
        [("for 14 days", DateSpan("2023-01-18", "2023-01-31", "range", "for 14 days"))],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NO_DATE)
def test_no_date(nlp: Language, text: str, expected: list[tuple[str, DateSpan | None]]) -> None:
    assert _mentions(nlp, text) == expected


def test_length_given_is_no_date_of_the_act(nlp: Language) -> None:
    rows = _rows(nlp, "Turkey gave Sweden 14 days to extradite the suspects.")
    assert all(date == _story() for *_, date in rows)


# a date describing a noun under "before" / "after" dates the act relative to it
RELATIVE: list[tuple[str, set[Row]]] = [
    (
        "Germany criticized Russia before the election in November.",
        {("DEU", "RUS", "111", DateSpan(None, "2022-10-31", "range", "in November"))},
    ),
    (
        "Iran criticized Israel after the attack on Monday.",
        {("IRN", "ISR", "111", DateSpan("2023-01-16", None, "range", "on Monday"))},
    ),
    # the date of the act itself
    (
        "Iran criticized Israel on Monday after the attack.",
        {("IRN", "ISR", "111", DateSpan("2023-01-16", "2023-01-16", "day", "on Monday"))},
    ),
    (
        "Germany criticized Russia in November.",
        {("DEU", "RUS", "111", DateSpan("2022-11-01", "2022-11-30", "month", "in November"))},
    ),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE)
def test_date_of_a_noun_under_before_or_after(nlp: Language, text: str, expected: set[Row]) -> None:
    assert _rows(nlp, text) == expected
