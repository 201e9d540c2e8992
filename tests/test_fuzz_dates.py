"""Fuzzing the date grammar: whatever the words and the anchor, no exception at all.

A date that cannot be resolved is no date (None), never an error that would lose
the document it stands in. The inputs mix the grammar's own words (months,
weekdays, units, prepositions, numbers at the edges of the calendar) with
arbitrary text; anchors and story dates run from year 1 to 9999.
"""

from __future__ import annotations

import calendar
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dyadline.coder.dategrammar import hit_span, parse_date, scan
from dyadline.coder.time import TimeContext
from dyadline.model import DateSpan
from dyadline.read.dates import BadDate, dateline_date, document_date

# hypothesis' failure report imports a module that warns (a third-party deprecation)
pytestmark = pytest.mark.filterwarnings("ignore:mypy_extensions.TypedDict:DeprecationWarning")

EXAMPLES = 2000  # parse_date, the grammar's entry point
CONTEXT_EXAMPLES = 500  # story dates and metadata values

WORDS = [
    *calendar.month_name[1:],
    *calendar.month_abbr[1:],
    "Sept.",
    *calendar.day_name,
    "yesterday",
    "today",
    "tomorrow",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "ago",
    "later",
    "earlier",
    "previously",
    "last",
    "next",
    "this",
    "past",
    "coming",
    "the following",
    "the previous",
    "in",
    "on",
    "since",
    "until",
    "before",
    "after",
    "by",
    "early",
    "mid",
    "late",
    "the end of",
    "the beginning of",
    "the",
    "war",
    "stage",
    "phase",
    "one",
    "three",
    "999",
    "0",
    "00",
    "29",
    "30",
    "31",
    "32",
    "0000",
    "0001",
    "1800",
    "1999",
    "2019",
    "2099",
    "9999",
    "0000-01-01",
    "0000-12-31",
    "0001-01-01",
    "9999-12-31",
    "2019-02-29",
    "2020-13-01",
    "'90s",
    "1990s",
    "1992-94",
    "2012/13",
    "-",
    "–",
    "/",
    ",",
    ".",
    "(",
    ")",
]

texts = st.one_of(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=8).map(" ".join),
    st.text(max_size=40),
    st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=5)), max_size=6).map(" ".join),
)
days = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))
anchors = st.one_of(
    st.none(),
    st.builds(
        lambda d, e, p: DateSpan(d.isoformat(), e.isoformat() if e else None, p),
        days,
        st.one_of(st.none(), days),
        st.sampled_from(["day", "month", "year", "range", "decade"]),
    ),
    st.builds(lambda e: DateSpan(None, e.isoformat(), "range"), days),
)
story_dates = st.one_of(
    days.map(date.isoformat),
    days.map(lambda d: d.isoformat()[:7]),
    days.map(lambda d: d.isoformat()[:4]),
)
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FUZZ_CONTEXT = settings(FUZZ, max_examples=CONTEXT_EXAMPLES)


@FUZZ
@given(texts, anchors)
def test_parse_date_never_raises(text: str, anchor: DateSpan | None) -> None:
    span = parse_date(text, anchor)
    assert span is None or isinstance(span, DateSpan)


@FUZZ_CONTEXT
@given(texts, story_dates)
def test_every_expression_resolves_against_any_story_date(text: str, story: str) -> None:
    ctx = TimeContext(doc_date=story)
    for hit in scan(text):
        span = hit_span(hit, text, ctx)
        assert span is None or isinstance(span, DateSpan)


def _is_iso(value: str | None) -> bool:
    if value is None:
        return True
    full = {4: f"{value}-01-01", 7: f"{value}-01"}.get(len(value), value)
    return date.fromisoformat(full).isoformat() == full


@FUZZ_CONTEXT
@given(st.one_of(texts, st.integers(), st.floats(allow_nan=True), st.none()), story_dates)
def test_document_dates_are_a_date_none_or_bad_date(value: object, story: str) -> None:
    try:
        found = document_date(value)
    except BadDate:
        found = None
    assert _is_iso(found)
    assert _is_iso(dateline_date(f"{value} — text", story))
