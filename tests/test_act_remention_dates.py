"""An act's noun that names an act told before takes that act's date: "Rebels bombed
a market in 2012. ... The bombing killed 20" dates the killing in 2012, not on the
story's day; an indefinite noun ("A bombing killed 20") is a new act and keeps the
story's day. And a month written like a town ("on March 3"; March is also an
English town) places nothing; and the side a person's own clause says the person
served ("a man convicted of spying for Israel") does not place the person."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyadline.annotate import annotate
from dyadline.model import DateSpan, Document

Row = tuple[str, str | None, str, DateSpan | None]

WED = "2023-01-18"  # a Wednesday
Y2012 = DateSpan("2012-01-01", "2012-12-31", "year", "in 2012")
Y2012_NAMED_AGAIN = DateSpan("2012-01-01", "2012-12-31", "year", "", inferred=True)
STORY = DateSpan(WED, WED, "day", "", inferred=True)
MARCH3 = DateSpan("2022-03-03", "2022-03-03", "day", "on March 3")


def _rows(nlp: Language, text: str) -> set[Row]:
    annotated = annotate(Document(text=text, date=WED, news=True), nlp)
    return {
        (e.source.code, e.target.code if e.target else None, e.cameo, e.date)
        for e in annotated.events
    }


REMENTIONS: list[tuple[str, set[Row]]] = [
    (
        "Rebels bombed a market in Mali in 2012. The bombing killed 20 civilians.",
        {
            ("MLIREB", "MLICVL", "195", Y2012),
            ("MLIREB", "MLICVL", "1823", Y2012_NAMED_AGAIN),
        },
    ),
    (
        # a new bombing, not the one told before
        "Rebels bombed a market in Mali in 2012. A bombing killed 20 civilians.",
        {
            ("MLIREB", "MLICVL", "195", Y2012),
            ("MLIREB", "MLICVL", "1823", STORY),
        },
    ),
    (
        # another act's noun names no act told before
        "Rebels bombed a market in Mali in 2012. The attack killed 20 civilians.",
        {
            ("MLIREB", "MLICVL", "195", Y2012),
            ("MLIREB", "MLICVL", "1823", STORY),
        },
    ),
    (
        # a reaction is news of the story's day, whatever it reacts to
        "Rebels attacked a French base in Ivory Coast in 2004. France condemned the attack.",
        {
            ("CIVREB", "FRA", "190", DateSpan("2004-01-01", "2004-12-31", "year", "in 2004")),
            ("FRA", "CIVREB", "111", STORY),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), REMENTIONS)
def test_act_named_again_takes_its_date(nlp: Language, text: str, expected: set[Row]) -> None:
    assert _rows(nlp, text) == expected


MONTHS: list[tuple[str, set[Row]]] = [
    (
        "Rebels attacked a police station in Mali on March 3.",
        {("MLIREB", "MLICOP", "190", MARCH3)},
    ),
    (
        "Rebels attacked a school in Mali on March 3.",
        {("MLIREB", "MLICVL", "180", MARCH3)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), MONTHS)
def test_month_is_no_place(nlp: Language, text: str, expected: set[Row]) -> None:
    assert _rows(nlp, text) == expected


# the side a person's own clause says the person served is no sign of the person's
# home; where the person is from still places the person
SERVED: list[tuple[str, set[tuple[str, str | None, str]]]] = [
    ("Iran executed a man convicted of spying for Israel.", {("IRN", "IRNCVL", "1823")}),
    ("Iran arrested a woman who worked for Israel.", {("IRN", "IRNCVL", "173")}),
    (
        "Iran hanged a man accused of spying for the United States.",
        {("IRN", "IRNCVL", "1823")},
    ),
    ("Police in Iran arrested a man from Israel.", {("IRNCOP", "ISRCVL", "173")}),
]


@pytest.mark.parametrize(("text", "expected"), SERVED)
def test_the_side_served_is_no_home(
    nlp: Language, text: str, expected: set[tuple[str, str | None, str]]
) -> None:
    assert {row[:3] for row in _rows(nlp, text)} == expected
