"""News dating: which date of a sentence dates each act (dyadline.coder.time)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyadline.coder.time import TimeContext, find_dates

Span = tuple[str | None, str | None, bool]  # start, end, inferred

CASES: list[tuple[str, str, str, Span | None]] = [
    # a year that describes a noun dates that noun, not the clause it is in
    (
        "2023-06-14",
        "A court in Rome opened a hearing on Monday over the 2015 shooting of two guards.",
        "opened",
        ("2023-06-12", "2023-06-12", False),
    ),
    (
        "2023-06-14",
        "Three officers stand accused of the 2015 shooting of two guards.",
        "stand",
        ("2023-06-14", "2023-06-14", True),
    ),
    # ... and the verb it is the subject of
    (
        "2023-06-14",
        "A 2022 report by the ministry said the militia recruited children.",
        "said",
        ("2022-01-01", "2022-12-31", False),
    ),
    (
        "2023-06-14",
        "Monday's attack killed twelve villagers in Borno.",
        "killed",
        ("2023-06-12", "2023-06-12", False),
    ),
    # an act told as earlier than a dated clause: on or before its day
    (
        "2023-06-14",
        "Turkey condemned the strike on Monday after Israeli jets bombed a camp.",
        "bombed",
        (None, "2023-06-12", True),
    ),
    (
        "2023-06-14",
        "Police arrested twenty people on Friday after the protest.",
        "protest",
        (None, "2023-06-09", True),
    ),
    (
        "2023-06-14",
        "Turkey condemned the strike on Monday after Israeli jets bombed a camp.",
        "condemned",
        ("2023-06-12", "2023-06-12", False),
    ),
    # a concessive clause's date is its own
    (
        "2023-06-14",
        "Ethiopia said it would sign the deal, although it rejected a similar offer last month.",
        "said",
        ("2023-06-14", "2023-06-14", True),
    ),
    (
        "2023-06-14",
        "Ethiopia said it would sign the deal, although it rejected a similar offer last month.",
        "rejected",
        ("2023-05-01", "2023-05-31", False),
    ),
    # "is due / expected / set to" tells an act ahead: its day is read forward
    (
        "2023-06-14",
        "The Kenyan president is due to visit Egypt on Friday.",
        "visit",
        ("2023-06-16", "2023-06-16", False),
    ),
    (
        "2023-04-16",
        "The Japanese premier is expected to visit India in late April.",
        "visit",
        ("2023-04-21", "2023-04-30", False),
    ),
    # relative days and intervals
    (
        "2023-06-14",
        "Police arrested the opposition leader two weeks ago.",
        "arrested",
        ("2023-05-31", "2023-06-06", False),
    ),
    (
        "2023-06-14",
        "The army has shelled rebel positions since February.",
        "shelled",
        ("2023-02-01", None, False),
    ),
    (
        "2023-06-14",
        "Rebels killed ten soldiers on March 6, officials said.",
        "killed",
        ("2023-03-06", "2023-03-06", False),
    ),
]


def _dating(nlp: Language, day: str, text: str, word: str) -> Span | None:
    doc = nlp(text)
    ctx = TimeContext(day)
    for sent in doc.sents:
        mentions = find_dates(sent)
        ctx.observe(sent, mentions)
        for tok in sent:
            if tok.text == word:
                span = ctx.dating(tok, mentions).span
                return None if span is None else (span.start, span.end, span.inferred)
    raise AssertionError(f"no {word!r} in {text!r}")


@pytest.mark.parametrize(("day", "text", "word", "expected"), CASES)
def test_news_dates(nlp: Language, day: str, text: str, word: str, expected: Span | None) -> None:
    assert _dating(nlp, day, text, word) == expected
