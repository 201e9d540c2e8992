"""News dates and modality, session 6: "overnight", the weekend, "in recent weeks",
a part of a named month or year ("late last month"), "January of this year", a
month after a determiner ("a November report"); dates that belong to another
clause (a relative clause on a participant, a clause of another time for a present
act, a year that describes a noun); acts told as earlier than the clause that dates
them (past perfect, "jailed for insulting"); no past act after the story's day; and
the modality of claimed acts ("reportedly"), a "would" of the text's own, yes/no
questions and verbs of perception under "could"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyadline.annotate import annotate
from dyadline.coder.modality import modality_of
from dyadline.model import DateSpan, Document

Row = tuple[str, str | None, str, DateSpan | None]

WED = "2021-03-10"  # a Wednesday


def _rng(start: str | None, end: str | None, text: str, precision: str = "range") -> DateSpan:
    return DateSpan(start, end, precision, text)


def _story(iso: str = WED) -> DateSpan:
    return DateSpan(iso, iso, "day", "", inferred=True)


def _rows(nlp: Language, text: str, day: str = WED) -> set[Row]:
    annotated = annotate(Document(text=text, date=day, news=True), nlp)
    return {
        (e.source.code, e.target.code if e.target else None, e.cameo, e.date)
        for e in annotated.events
    }


def _dates(nlp: Language, text: str, day: str = WED) -> set[DateSpan | None]:
    return {row[3] for row in _rows(nlp, text, day)}


# words relative to the story's day
RELATIVE: list[tuple[str, str, DateSpan]] = [
    # "overnight": the night before the story's day
    ("Turkey shelled Greek positions overnight.", WED, _rng("2021-03-09", WED, "overnight")),
    # the weekend: the latest Saturday and Sunday, on a Saturday only that day
    (
        "Turkey criticized Greece over the weekend.",
        WED,
        _rng("2021-03-06", "2021-03-07", "the weekend"),
    ),
    (
        "Turkey criticized Greece last weekend.",
        "2021-03-08",
        _rng("2021-03-06", "2021-03-07", "last weekend"),
    ),
    (
        "Turkey criticized Greece over the weekend.",
        "2021-03-13",
        _rng("2021-03-13", "2021-03-13", "the weekend"),
    ),
    # "in recent days / weeks": back from the story's day
    ("Turkey criticized Greece in recent days.", WED, _rng("2021-03-03", WED, "in recent days")),
    ("Turkey criticized Greece in recent weeks.", WED, _rng("2021-02-10", WED, "in recent weeks")),
    # a part of a month or year named relative to the story's
    (
        "Turkey criticized Greece late last month.",
        WED,
        _rng("2021-02-21", "2021-02-28", "late last month"),
    ),
    (
        "Turkey criticized Greece early this month.",
        WED,
        _rng("2021-03-01", WED, "early this month"),
    ),
    (
        "Turkey criticized Greece late last year.",
        WED,
        _rng("2020-09-01", "2020-12-31", "late last year"),
    ),
    # a month of a year named relative to the story's
    (
        "Turkey criticized Greece in January of this year.",
        WED,
        _rng("2021-01-01", "2021-01-31", "in January of this year", "month"),
    ),
    # a month after a determiner is a date ("a November report"), read as most recent
    (
        "Turkey criticized Greece in a November report.",
        WED,
        _rng("2020-11-01", "2020-11-30", "November", "month"),
    ),
]


@pytest.mark.parametrize(("text", "day", "span"), RELATIVE)
def test_relative_words_of_news(nlp: Language, text: str, day: str, span: DateSpan) -> None:
    assert _dates(nlp, text, day) == {span}


# a date of another clause does not date the act
ELSEWHERE: list[tuple[str, set[DateSpan | None]]] = [
    # a relative clause describing a participant dates only what it describes
    (
        "The rebels, who seized the port in August 2019, are attacking Greek ships.",
        {_story()},
    ),
    # a clause of another time does not date a present act
    (
        "Greece is urging Turkey to talk, after clashes erupted on the border last week.",
        {_story()},
    ),
    # but it still dates a past one as the sentence's only date
    (
        "Greece urged Turkey to talk after clashes erupted on the border last week.",
        {_rng("2021-03-01", "2021-03-07", "last week")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ELSEWHERE)
def test_a_date_of_another_clause(nlp: Language, text: str, expected: set[DateSpan | None]) -> None:
    assert _dates(nlp, text) == expected


# a year that describes a noun ("a 2016 repeat") names no year for the day after it
def test_a_year_describing_a_noun_names_no_year(nlp: Language) -> None:
    text = "Greece fears a 2016 repeat. Turkey criticized Greece on Dec. 12."
    assert _dates(nlp, text, "2019-12-23") == {
        DateSpan("2019-12-12", "2019-12-12", "day", "on Dec. 12")
    }


def test_a_year_adverbial_still_names_the_year(nlp: Language) -> None:
    text = "In 2016, the two sides talked. Turkey criticized Greece on Dec. 12."
    assert DateSpan("2016-12-12", "2016-12-12", "day", "on Dec. 12") in _dates(
        nlp, text, "2019-12-23"
    )


# an act told as earlier than the clause that dates it: on or before that day, inferred
EARLIER: list[tuple[str, set[Row]]] = [
    # past perfect under a dated telling
    (
        "Turkey said on Monday that Greece had attacked Turkish ships.",
        {
            ("TUR", "GRC", "112", DateSpan("2021-03-08", "2021-03-08", "day", "on Monday")),
            (
                "GRC",
                "TUR",
                "190",
                DateSpan(None, "2021-03-08", "range", "on Monday", inferred=True),
            ),
        },
    ),
    # past perfect after a dated sentence: narrative time is its latest day
    (
        "Turkey condemned Greece on Monday. Turkey had criticized Greece for months.",
        {
            ("TUR", "GRC", "111", DateSpan("2021-03-08", "2021-03-08", "day", "on Monday")),
            (
                "TUR",
                "GRC",
                "111",
                DateSpan(None, "2021-03-08", "range", "on Monday", inferred=True),
            ),
        },
    ),
    # an own date still dates a past perfect act
    (
        "Turkey said on Monday that it had attacked Greece on Saturday.",
        {("TUR", "GRC", "190", DateSpan("2021-03-06", "2021-03-06", "day", "on Saturday"))},
    ),
]


@pytest.mark.parametrize(("text", "expected"), EARLIER)
def test_an_earlier_act_is_not_dated_by_the_telling(
    nlp: Language, text: str, expected: set[Row]
) -> None:
    assert {r for r in _rows(nlp, text) if r[2] != "010"} == expected


# a past act is never dated after the story's day
def test_no_past_act_after_the_story(nlp: Language) -> None:
    text = "In 2021, the talks began. On March 20, Turkey criticized Greece."
    assert _dates(nlp, text) == {_story()}


def test_a_future_act_may_be_after_the_story(nlp: Language) -> None:
    text = "Turkey will meet Greece on Friday."
    assert _dates(nlp, text) == {DateSpan("2021-03-12", "2021-03-12", "day", "on Friday")}


# modality of the coded event
MODALITY: list[tuple[str, str]] = [
    # an act someone claims happened, not asserted by the text
    ("Turkey reportedly attacked Greece.", "reported"),
    ("Turkey allegedly attacked Greece.", "reported"),
    ("Turkey is said to have attacked Greece.", "reported"),
    # belief and appearance hedge
    ("Turkey is believed to have attacked Greece.", "hedged"),
    ("Turkey could attack Greece.", "hedged"),
    # "would" of the text's own is a possibility; a speaker's "would" their future
    ("Turkey would attack Greece.", "hedged"),
    ("Turkey said it would attack Greece.", "future"),
    ("Turkey will attack Greece.", "future"),
    ("Turkey failed to attack Greece.", "negated"),
    ("Turkey did not attack Greece.", "negated"),
]


@pytest.mark.parametrize(("text", "modality"), MODALITY)
def test_modality_of_the_act(nlp: Language, text: str, modality: str) -> None:
    annotated = annotate(Document(text=text, date=WED, news=True), nlp)
    assert {e.modality for e in annotated.events if e.cameo.startswith(("19", "13"))} == {modality}


# the trigger's modality read directly (questions are seldom coded as events)
TRIGGER: list[tuple[str, str, str]] = [
    ("Did Russia invade Ukraine?", "invade", "hedged"),
    ("Will Russia sanction Japan?", "sanction", "future"),
    ("Why did Turkey attack Greece?", "attack", "asserted"),
    ("Turkey attacked Greece?", "attacked", "asserted"),
    # a verb of perception under "could": what was seen is not a guess
    ("Soldiers could be seen firing on the crowd.", "firing", "asserted"),
    ("Soldiers could fire on the crowd.", "fire", "hedged"),
]


@pytest.mark.parametrize(("text", "word", "modality"), TRIGGER)
def test_modality_of_a_trigger(nlp: Language, text: str, word: str, modality: str) -> None:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert modality_of(tok)[0] == modality
