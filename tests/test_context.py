"""One document context: dating first (a person read at the event's date), and no
state kept from one Doc to the next."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyadline.annotate import annotate
from dyadline.coder.context import DocumentContext
from dyadline.coder.docdata import events_of
from dyadline.coder.time import TimeContext
from dyadline.model import Document, Event
from dyadline.read import read_text

Row = tuple[str, str | None, str | None, str]


def _rows(events: list[Event]) -> set[Row]:
    return {
        (e.source.code, e.source.name, e.target.code if e.target else None, e.cameo) for e in events
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date carried from the sentence before chooses between people who share a name
        (
            "In 2002, relations warmed. Aliyev visited Israel.",
            {("AZEGOV", "Heydar Aliyev", "ISR", "042")},
        ),
        (
            "In 2010, relations warmed. Aliyev visited Israel.",
            {("AZEGOV", "Ilham Aliyev", "ISR", "042")},
        ),
        (
            "In 1991, the war ended. Bush visited Kuwait.",
            {("USAGOV", "George H. W. Bush", "KWT", "042")},
        ),
        (
            "In 2005, the talks resumed. Bush visited Kuwait.",
            {("USAGOV", "George W. Bush", "KWT", "042")},
        ),
        # the sentence's own date
        ("Aliyev visited Israel in 1998.", {("AZEGOV", "Heydar Aliyev", "ISR", "042")}),
        ("Aliyev visited Israel in 2016.", {("AZEGOV", "Ilham Aliyev", "ISR", "042")}),
        # no one of that name in office at the event's date: of the country's elites
        (
            "In 1985, trade was small. Aliyev visited Israel.",
            {("AZEELI", "Heydar Aliyev", "ISR", "042")},
        ),
        (
            "In 1993 Netanyahu praised Azerbaijan.",
            {("ISRELI", "Benjamin Netanyahu", "AZE", "051")},
        ),
        # a carried date does not take a name of one person out of his office
        (
            "In 1993, trade grew. Netanyahu praised Azerbaijan.",
            {("ISRGOV", "Benjamin Netanyahu", "AZE", "051")},
        ),
    ],
)
def test_a_person_is_read_at_the_events_date(nlp: Language, text: str, expected: set[Row]) -> None:
    assert _rows(annotate(read_text(text), nlp).events) == expected


@pytest.mark.parametrize(
    ("story", "text", "expected"),
    [
        (
            "2002-05-10",
            "Aliyev visited Israel on Monday.",
            {("AZEGOV", "Heydar Aliyev", "ISR", "042")},
        ),
        ("2002-05-10", "Aliyev visited Israel.", {("AZEGOV", "Heydar Aliyev", "ISR", "042")}),
        ("2012-05-10", "Aliyev visited Israel.", {("AZEGOV", "Ilham Aliyev", "ISR", "042")}),
    ],
)
def test_a_news_story_reads_a_person_at_its_day(
    nlp: Language, story: str, text: str, expected: set[Row]
) -> None:
    out = annotate(Document(text=text, date=story, news=True), nlp)
    assert _rows(out.events) == expected


PARAGRAPHS = [
    ("In 2002, relations warmed.", "Aliyev visited Israel."),
    ("Georgia and Ukraine share a Black Sea outlook.", "In 2017 the two countries signed a pact."),
]


@pytest.mark.parametrize(
    ("paragraphs", "alone", "together"),
    [
        (
            PARAGRAPHS[0],
            {("AZEGOV", "Ilham Aliyev", "ISR", "042")},
            {("AZEGOV", "Heydar Aliyev", "ISR", "042")},
        ),
        (
            PARAGRAPHS[1],
            set(),
            {("GEO", "Georgia", "UKR", "057"), ("UKR", "Ukraine", "GEO", "057")},
        ),
    ],
)
def test_only_paragraphs_given_one_context_share_it(
    nlp: Language, paragraphs: tuple[str, str], alone: set[Row], together: set[Row]
) -> None:
    first, second = paragraphs
    # a user's own nlp.pipe over unrelated Docs: each Doc has a fresh context
    assert _rows(events_of(nlp(second))) == alone
    assert _rows(events_of(list(nlp.pipe([first, second]))[1])) == alone
    assert _rows(events_of(list(nlp.pipe([second, first, second]))[2])) == alone
    # one document's paragraphs, given one context (as dyadline.annotate does)
    ctx = DocumentContext(time=TimeContext())
    docs = list(nlp.pipe(paragraphs, component_cfg={"dyadline_events": {"context": ctx}}))
    assert _rows(events_of(docs[1])) == together
    assert _rows(annotate(read_text(f"{first}\n\n{second}"), nlp).events) == together
