"""A story's own date dates what it reports; where a story gets its date from."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyadline.annotate import annotate
from dyadline.coder.dategrammar import parse_date
from dyadline.model import DateSpan, Document
from dyadline.read import read_text
from dyadline.read.dates import dateline_date

WED = "2021-03-10"  # a Wednesday
SAT = "2021-03-13"


def _day(iso: str, text: str) -> DateSpan:
    return DateSpan(iso, iso, "day", text)


# story date, sentence (one event), the event's date
TABLE: list[tuple[str, str, DateSpan | None]] = [
    (WED, "Germany condemned Russia on Friday.", _day("2021-03-05", "on Friday")),
    (WED, "France criticized Italy last Friday.", _day("2021-03-05", "last Friday")),
    (WED, "Norway met Sweden next Friday.", _day("2021-03-12", "next Friday")),
    (SAT, "Germany condemned Russia on Saturday.", _day("2021-03-13", "on Saturday")),
    (WED, "Iran accused the United States of sabotage yesterday.", _day("2021-03-09", "yesterday")),
    (WED, "Germany condemned Russia today.", _day("2021-03-10", "today")),
    (
        WED,
        "Turkey accused Greece of provocations last week.",
        DateSpan("2021-03-01", "2021-03-07", "range", "last week"),
    ),
    (
        WED,
        "Brazil signed a trade deal with Argentina this week.",
        DateSpan("2021-03-08", "2021-03-14", "range", "this week"),
    ),
    (
        WED,
        "Japan criticized China earlier this month.",
        DateSpan("2021-03-01", "2021-03-10", "range", "earlier this month"),
    ),
    (
        WED,
        "India condemned Pakistan earlier this year.",
        DateSpan("2021-01-01", "2021-03-10", "range", "earlier this year"),
    ),
    (
        WED,
        "India condemned Pakistan last month.",
        DateSpan("2021-02-01", "2021-02-28", "month", "last month"),
    ),
    (
        WED,
        "India condemned Pakistan last year.",
        DateSpan("2020-01-01", "2020-12-31", "year", "last year"),
    ),
    (WED, "Egypt hosted Israeli negotiators on March 6.", _day("2021-03-06", "on March 6")),
    (WED, "Egypt hosted Israeli negotiators on March 12.", _day("2020-03-12", "on March 12")),
    (
        WED,
        "Poland expelled Belarusian diplomats in July.",
        DateSpan("2020-07-01", "2020-07-31", "month", "in July"),
    ),
    (
        WED,
        "Poland expelled Belarusian diplomats in February.",
        DateSpan("2021-02-01", "2021-02-28", "month", "in February"),
    ),
    (
        WED,
        "Poland expelled Belarusian diplomats in 2019.",
        DateSpan("2019-01-01", "2019-12-31", "year", "in 2019"),
    ),
    (WED, "Kenya praised Uganda.", DateSpan(WED, WED, "day", "", inferred=True)),
    # a threat (1312) or an intent (036) is an act of the telling: the story's day; an
    # act only planned or imagined, coded as the act itself (190), has no day
    (WED, "Canada will sanction Iran.", DateSpan(WED, WED, "day", "", inferred=True)),
    (WED, "Kenya will meet Uganda.", DateSpan(WED, WED, "day", "", inferred=True)),
    # a "would" of the text's own is a possibility (hedged), dated like "could attack"
    (WED, "Kenya would attack Uganda.", DateSpan(WED, WED, "day", "", inferred=True)),
    (WED, "Kenya could have attacked Uganda.", None),
]


@pytest.mark.parametrize(("story", "sentence", "expected"), TABLE)
def test_a_story_date_dates_what_it_reports(
    nlp: Language, story: str, sentence: str, expected: DateSpan | None
) -> None:
    annotated = annotate(Document(text=sentence, date=story, news=True), nlp)
    # a meeting or a signed deal is coded both ways in news: each record has the date
    dates = [e.date for e in annotated.events]
    assert dates
    assert all(d == expected for d in dates)


def test_a_year_named_by_the_story_dates_its_year_less_days(nlp: Language) -> None:
    text = "In 2019 the talks failed. Later, Egypt hosted Israeli negotiators on March 12."
    annotated = annotate(Document(text=text, date=WED, news=True), nlp)
    assert [e.date for e in annotated.events] == [_day("2019-03-12", "on March 12")]


def test_a_dateline_names_no_year_for_the_story(nlp: Language) -> None:
    text = "BERLIN, March 10, 2021 — Egypt hosted Israeli negotiators on March 12."
    doc = read_text(text)
    assert (doc.date, doc.news) == (WED, True)
    annotated = annotate(doc, nlp)
    assert [e.date for e in annotated.events] == [_day("2020-03-12", "on March 12")]


def test_without_a_date_of_its_own_a_document_is_not_news(nlp: Language) -> None:
    annotated = annotate(Document(text="Kenya praised Uganda on Friday."), nlp)
    assert [e.date for e in annotated.events] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "The year was 2019. Russia attacked Ukraine on February 29.",
        "Russia attacked Ukraine on 0000-01-01.",
        "The ceasefire ended on 9999-12-01. Russia attacked Ukraine 999 weeks later.",
    ],
)
def test_a_date_that_names_no_day_is_no_date_and_the_document_is_kept(
    nlp: Language, text: str
) -> None:
    annotated = annotate(Document(text=text), nlp)
    assert [(e.cameo, e.date) for e in annotated.events if e.cameo == "190"] == [("190", None)]


# ------------------------------------------------------------------ where the date comes from


def test_markdown_front_matter_date_title_and_url_make_news() -> None:
    doc = read_text(
        "---\ntitle: Berlin rebukes Moscow\ndate: 2021-03-10T09:30:00Z\n"
        "url: https://news.example/1\n---\n\nGermany condemned Russia on Friday.\n",
        fmt="md",
    )
    assert (doc.title, doc.date, doc.url, doc.news) == (
        "Berlin rebukes Moscow",
        "2021-03-10",
        "https://news.example/1",
        True,
    )


def test_a_front_matter_date_that_is_not_a_date_is_ignored() -> None:
    doc = read_text("---\ndate: TBD\n---\n\nGermany condemned Russia.\n", fmt="md")
    assert (doc.date, doc.news) == (None, False)


_BODY = "<article><h1>Talks</h1><p>" + "The ministers met and agreed to continue. " * 6
_BODY += "</p></article>"


@pytest.mark.parametrize(
    ("head", "body", "date", "url"),
    [
        (
            '<meta property="article:published_time" content="2021-03-05T10:00:00Z">'
            '<link rel="canonical" href="https://news.example/a">',
            "",
            "2021-03-05",
            "https://news.example/a",
        ),
        ("", '<time datetime="2021-03-06">March 6</time>', "2021-03-06", None),
        (
            '<script type="application/ld+json">{"@type": "NewsArticle", '
            '"datePublished": "2021-03-07T08:00:00Z"}</script>',
            "",
            "2021-03-07",
            None,
        ),
    ],
)
def test_html_metadata_dates_make_news(head: str, body: str, date: str, url: str | None) -> None:
    html = f"<html><head>{head}</head><body>{body}{_BODY}</body></html>"
    doc = read_text(html, fmt="html")
    assert (doc.date, doc.url, doc.news) == (date, url, True)


def test_a_dateline_gives_a_plain_text_its_date() -> None:
    doc = read_text("WASHINGTON, March 3, 2021 — Germany condemned Russia on Monday.\n")
    assert (doc.date, doc.news) == ("2021-03-03", True)


@pytest.mark.parametrize(
    ("text", "known", "expected"),
    [
        ("WASHINGTON, March 3, 2021 — The talks", None, "2021-03-03"),
        ("UNITED NATIONS, Jan. 5, 2020 - The talks", None, "2020-01-05"),
        ("March 3 (Reuters) - The talks", "2021-03-04", "2021-03-03"),
        ("March 5 (Reuters) - The talks", "2021-03-04", "2020-03-05"),
        ("March 3 (Reuters) - The talks", None, None),  # no year anywhere
        ("March 3, 2021 was a quiet day", None, None),  # no dash: not a dateline
        ("In March 3, 2021 — the talks", None, None),
    ],
)
def test_datelines(text: str, known: str | None, expected: str | None) -> None:
    assert dateline_date(text, known) == expected


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("0000-01-01", None),
        ("0000-12-31", None),
        ("before 0001-01-01", None),
        ("three years", DateSpan("9998-03-19", None, "range")),
        ("999 week", DateSpan("9998-03-19", None, "range")),
        ("999 weeks ago", DateSpan("0002-01-01", "0002-01-01", "day")),
        ("on February 29", DateSpan("2019-06-01", "2019-06-01", "day")),
        ("on Friday", DateSpan("0001-01-01", "0001-01-01", "day")),
    ],
)
def test_dates_beyond_the_calendar_are_no_date(text: str, anchor: DateSpan | None) -> None:
    assert parse_date(text, anchor) is None
