"""News dates: "last week" told on a weekend, a day of a clause told ahead (no
narrative time), a possessive day after "from" (a point, not a start), and a
possibility told in a clause dated only by the telling (inferred)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyadline.annotate import annotate
from dyadline.model import DateSpan, Document

Row = tuple[str, str | None, str, DateSpan | None]


def _day(iso: str, text: str, inferred: bool = False) -> DateSpan:
    return DateSpan(iso, iso, "day", text, inferred=inferred)


def _range(start: str, end: str, text: str, precision: str = "range") -> DateSpan:
    return DateSpan(start, end, precision, text)


def _story(iso: str) -> DateSpan:
    return DateSpan(iso, iso, "day", "", inferred=True)


def _rows(nlp: Language, text: str, day: str) -> set[Row]:
    annotated = annotate(Document(text=text, date=day, news=True), nlp)
    return {
        (e.source.code, e.target.code if e.target else None, e.cameo, e.date)
        for e in annotated.events
    }


LAST_WEEK = "Turkey accused Greece of provocations last week."

# "last week": the calendar week before the story's, and told on a Saturday or a
# Sunday also the working week just ended (up to the story's day)
WEEKS: list[tuple[str, DateSpan]] = [
    ("2021-03-10", _range("2021-03-01", "2021-03-07", "last week")),  # a Wednesday
    ("2021-03-08", _range("2021-03-01", "2021-03-07", "last week")),  # a Monday
    ("2021-03-12", _range("2021-03-01", "2021-03-07", "last week")),  # a Friday
    ("2021-03-13", _range("2021-03-01", "2021-03-13", "last week")),  # a Saturday
    ("2021-03-14", _range("2021-03-01", "2021-03-14", "last week")),  # a Sunday
]


@pytest.mark.parametrize(("day", "span"), WEEKS)
def test_last_week_by_the_story_weekday(nlp: Language, day: str, span: DateSpan) -> None:
    assert _rows(nlp, LAST_WEEK, day) == {("TUR", "GRC", "1123", span)}


TUE = "2021-03-09"  # a Tuesday

# a day of a clause told ahead ("would take effect Wednesday", "is due to ... on
# Friday") is when something is to happen: the acts told after it are not dated by
# it (they keep the narrative time before it, or take the story's day)
AHEAD: list[tuple[str, set[Row]]] = [
    (
        "On Monday, Canada said the tariffs would take effect Wednesday. Canada criticized Mexico.",
        {("CAN", "MEX", "111", _day("2021-03-08", "On Monday", inferred=True))},
    ),
    (
        "Canada said the tariffs would take effect Wednesday. Canada criticized Mexico.",
        {("CAN", "MEX", "111", _story(TUE))},
    ),
    (
        "The new rules are due to take effect on Friday. Canada criticized Mexico.",
        {("CAN", "MEX", "111", _story(TUE))},
    ),
    (
        "The ban is set to begin on Saturday. Canada criticized Mexico.",
        {("CAN", "MEX", "111", _story(TUE))},
    ),
    # a day told as past still carries
    (
        "The tariffs took effect on Friday. Canada criticized Mexico.",
        {("CAN", "MEX", "111", _day("2021-03-05", "on Friday", inferred=True))},
    ),
]


@pytest.mark.parametrize(("text", "expected"), AHEAD)
def test_a_day_told_ahead_is_no_narrative_time(
    nlp: Language, text: str, expected: set[Row]
) -> None:
    assert _rows(nlp, text, TUE) == expected


# "from Saturday's blasts": "from" tells what the possessed thing is, not a start;
# the day is a point, and narrative time
POSSESSIVE: list[tuple[str, set[Row]]] = [
    (
        "The death toll rose to 60 from Saturday's blasts. Turkey criticized Greece.",
        {("TUR", "GRC", "111", _day("2021-03-06", "Saturday", inferred=True))},
    ),
    (
        "The toll rose from Sunday’s attack. Turkey criticized Greece.",
        {("TUR", "GRC", "111", _day("2021-03-07", "Sunday", inferred=True))},
    ),
    # "from" before a bare day still opens a span
    (
        "Turkey blockaded Greek ports from Saturday.",
        {("TUR", "GRC", "191", DateSpan("2021-03-06", None, "range", "from Saturday"))},
    ),
]


@pytest.mark.parametrize(("text", "expected"), POSSESSIVE)
def test_from_a_possessive_day_is_a_point(nlp: Language, text: str, expected: set[Row]) -> None:
    assert _rows(nlp, text, TUE) == expected


WED = "2021-03-10"

# a possibility told in a clause ("said on Monday that Y could attack Z") is dated
# only by the telling: that day, inferred; a day of its own, or a past hedge's
# ("may have attacked ... on Monday"), dates it
HEDGED: list[tuple[str, set[Row]]] = [
    (
        "On Monday, Greece said Turkey could attack Cyprus.",
        {
            ("GRC", "TUR", "112", _day("2021-03-08", "On Monday")),
            ("TUR", "CYP", "190", _day("2021-03-08", "On Monday", inferred=True)),
        },
    ),
    (
        "Turkey may have attacked Cyprus on Monday.",
        {("TUR", "CYP", "190", _day("2021-03-08", "on Monday"))},
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEDGED)
def test_a_possibility_is_dated_by_its_telling(
    nlp: Language, text: str, expected: set[Row]
) -> None:
    assert _rows(nlp, text, WED) == expected


THU = "2025-03-13"

# a past participle describing a noun ("soldiers detained by its army") tells an act
# of a time of its own: the host clause's day does not date it
REDUCED: list[tuple[str, set[Row]]] = [
    (
        "On Monday, Turkey freed the Greek soldiers detained by its army.",
        {
            ("TUR", "GRCMIL", "0841", _day("2025-03-10", "On Monday")),
            ("TURMIL", "GRCMIL", "173", _story(THU)),
        },
    ),
    # a full relative clause is dated by its host (in the past perfect: on or before
    # the host's day, inferred)
    (
        "On Monday, Turkey freed the Greek soldiers whom its army had detained.",
        {
            ("TUR", "GRCMIL", "0841", _day("2025-03-10", "On Monday")),
            (
                "TURMIL",
                "GRCMIL",
                "173",
                DateSpan(None, "2025-03-10", "range", "On Monday", inferred=True),
            ),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), REDUCED)
def test_a_reduced_relative_is_not_dated_by_its_host(
    nlp: Language, text: str, expected: set[Row]
) -> None:
    assert _rows(nlp, text, THU) == expected
