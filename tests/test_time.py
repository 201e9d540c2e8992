"""Dates as intervals: expressions, their place in the parse, and document context."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dyadline.codebook import read_tsv
from dyadline.coder.episodes import episodes, episodes_from_rows, find_episodes
from dyadline.coder.time import DateMention, TimeContext, event_date, find_dates, parse_date
from dyadline.errors import CodebookError, QueryError
from dyadline.model import DateSpan

Y2020 = DateSpan("2020-01-01", "2020-12-31", "year")
OCT15 = DateSpan("2021-10-15", "2021-10-15", "day")
OCT17 = DateSpan("2020-10-17", "2020-10-17", "day")

# text, anchor, start, end, precision
TABLE: list[tuple[str, DateSpan | None, str | None, str | None, str]] = [
    ("December 25, 1991", None, "1991-12-25", "1991-12-25", "day"),
    ("25 December 1991", None, "1991-12-25", "1991-12-25", "day"),
    ("the 25th of December, 1991", None, "1991-12-25", "1991-12-25", "day"),
    ("Sept. 5, 2001", None, "2001-09-05", "2001-09-05", "day"),
    ("on October 17, 2020", None, "2020-10-17", "2020-10-17", "day"),
    ("2020-11-10", None, "2020-11-10", "2020-11-10", "day"),
    ("in July 2021", None, "2021-07-01", "2021-07-31", "month"),
    ("August 2020", None, "2020-08-01", "2020-08-31", "month"),
    ("September 2017", None, "2017-09-01", "2017-09-30", "month"),
    ("in February 2012", None, "2012-02-01", "2012-02-29", "month"),
    ("January, 2008", None, "2008-01-01", "2008-01-31", "month"),
    ("in 2014", None, "2014-01-01", "2014-12-31", "year"),
    ("in 2012-13", None, "2012-01-01", "2013-12-31", "range"),
    ("1992-94", None, "1992-01-01", "1994-12-31", "range"),
    ("1992-1994", None, "1992-01-01", "1994-12-31", "range"),
    ("1992–94", None, "1992-01-01", "1994-12-31", "range"),
    ("1995/96", None, "1995-01-01", "1996-12-31", "range"),
    ("1995/1996", None, "1995-01-01", "1996-12-31", "range"),
    ("during 2020-21", None, "2020-01-01", "2021-12-31", "range"),
    ("between 1992 and 1994", None, "1992-01-01", "1994-12-31", "range"),
    ("from 2003 to 2008", None, "2003-01-01", "2008-12-31", "range"),
    ("the 1990s", None, "1990-01-01", "1999-12-31", "decade"),
    ("the mid-1990s", None, "1994-01-01", "1996-12-31", "decade"),
    ("the early 1990s", None, "1990-01-01", "1993-12-31", "decade"),
    ("the late 1990s", None, "1997-01-01", "1999-12-31", "decade"),
    ("in the early 90s", None, "1990-01-01", "1993-12-31", "decade"),
    ("Throughout the 2010s", None, "2010-01-01", "2019-12-31", "decade"),
    ("as of October 2021", None, "2021-10-01", "2021-10-31", "month"),
    ("since 1993", None, "1993-01-01", None, "range"),
    ("until 2001", None, None, "2001-12-31", "range"),
    ("by 2001", None, None, "2001-12-31", "range"),
    ("beginning in 1995/96", None, "1995-01-01", None, "range"),
    ("in late September", Y2020, "2020-09-21", "2020-09-30", "range"),
    ("in early September", Y2020, "2020-09-01", "2020-09-10", "range"),
    ("mid-February 2016", None, "2016-02-11", "2016-02-20", "range"),
    ("in early 2020", None, "2020-01-01", "2020-04-30", "range"),
    ("late 2019", None, "2019-09-01", "2019-12-31", "range"),
    ("on July 12", Y2020, "2020-07-12", "2020-07-12", "day"),
    ("in September", Y2020, "2020-09-01", "2020-09-30", "month"),
    ("in the wake of the war of 2020 in Karabakh", None, "2020-11-10", None, "range"),
    ("during the 2020 war", None, "2020-07-12", "2020-11-10", "range"),
    ("the Second Karabakh War", None, "2020-07-12", "2020-11-10", "range"),
    ("the 44-day war", None, "2020-07-12", "2020-11-10", "range"),
    ("the first Armenia-Azerbaijan War", None, "1992-01-01", "1994-05-12", "range"),
    ("April 2016 Four-Day War", None, "2016-04-02", "2016-04-05", "range"),
    ("the 2008 Georgia–Russia War", None, "2008-08-07", "2008-08-12", "range"),
    ("before the Russo-Georgian War", None, None, "2008-08-06", "range"),
    ("during Operation Protective Edge", None, "2014-07-08", "2014-08-26", "range"),
    ("the Holocaust", None, "1941-01-01", "1945-12-31", "range"),
    ("since the 1994 ceasefire", None, "1994-05-12", None, "range"),
    ("the 1994 ceasefire", None, "1994-05-12", "1994-05-12", "day"),
    ("the end of the 2020 war", None, "2020-11-10", "2020-11-10", "day"),
    ("three days", OCT17, "2020-10-17", "2020-10-19", "range"),
    ("for two weeks", OCT17, "2020-10-17", "2020-10-30", "range"),
    ("15 months ago", OCT15, "2020-07-01", "2020-07-31", "month"),
    ("three days ago", OCT15, "2021-10-12", "2021-10-12", "day"),
    ("two years earlier", OCT17, "2018-01-01", "2018-12-31", "year"),
    ("a year later", OCT17, "2021-01-01", "2021-12-31", "year"),
    ("last year", OCT15, "2020-01-01", "2020-12-31", "year"),
    ("the following month", OCT17, "2020-11-01", "2020-11-30", "month"),
    ("on Monday", OCT15, "2021-10-11", "2021-10-11", "day"),
    ("yesterday", OCT15, "2021-10-14", "2021-10-14", "day"),
]


@pytest.mark.parametrize(("text", "anchor", "start", "end", "precision"), TABLE)
def test_parse_date_table(
    text: str, anchor: DateSpan | None, start: str | None, end: str | None, precision: str
) -> None:
    span = parse_date(text, anchor)
    assert span is not None, text
    assert (span.start, span.end, span.precision) == (start, end, precision)
    assert span.text == text


def test_table_is_large() -> None:
    assert len(TABLE) >= 40


@pytest.mark.parametrize(
    "text",
    [
        "in late September",
        "on July 12",
        "during the war",
        "the next stage",
        "three days",
        "15 months ago",
    ],
)
def test_context_dependent_expressions_need_an_anchor_or_document(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize("text", ["in his 40s", "about 300 people", "the ministry", ""])
def test_non_dates(text: str) -> None:
    assert parse_date(text) is None


# ------------------------------------------------------------------ sentences


def _doc(nlp: Language, text: str) -> Doc:
    return nlp(text)


def _dates(nlp: Language, text: str) -> list[DateMention]:
    doc = _doc(nlp, text)
    return [m for s in doc.sents for m in find_dates(s)]


def test_find_dates_offsets_kinds_and_heads(bare_nlp: Language) -> None:
    text = "Georgia opened a consulate in Baku in 2014 and closed it on March 3, 2019."
    doc = bare_nlp(text)
    ms = find_dates(doc[:])
    assert [m.text for m in ms] == ["in 2014", "on March 3, 2019"]
    assert all(text[m.start : m.end] == m.text for m in ms)
    assert ms[1].span == DateSpan("2019-03-03", "2019-03-03", "day", "on March 3, 2019")
    assert {m.kind for m in ms} == {"absolute"}
    assert doc[ms[0].token_i].text == "in"


def test_find_dates_in_a_later_sentence_uses_document_offsets(bare_nlp: Language) -> None:
    text = "The talks stalled. Turkey sent observers in August 2021."
    doc = bare_nlp(text)
    sents = list(doc.sents)
    (m,) = find_dates(sents[1])
    assert text[m.start : m.end] == "in August 2021"


def test_find_dates_skips_counts_and_modal_may(bare_nlp: Language) -> None:
    ms = _dates(bare_nlp, "Some 2000 soldiers may leave in May, says the ministry.")
    assert [m.text for m in ms] == ["in May"]
    assert ms[0].kind == "partial" and ms[0].span is None


def test_find_dates_marks_what_needs_context(bare_nlp: Language) -> None:
    ms = _dates(bare_nlp, "During the war, the convoy waited for three days near the border.")
    kinds = {m.text: m.kind for m in ms}
    assert kinds == {"During the war": "anaphoric", "for three days": "duration"}
    assert all(m.span is None for m in ms)


def test_find_dates_prefers_the_named_episode_over_its_year(bare_nlp: Language) -> None:
    (m,) = _dates(bare_nlp, "Drone sales grew in the wake of the war of 2020 in Karabakh.")
    assert m.kind == "episode"
    assert m.span is not None and (m.span.start, m.span.end) == ("2020-11-10", None)


# ------------------------------------------------------------------ event_date


def _verb(doc: Doc | Span, word: str) -> Token:
    return next(t for t in doc if t.text == word)


def test_event_date_picks_the_expression_of_each_verb(bare_nlp: Language) -> None:
    doc = bare_nlp(
        "The Israeli minister paid a visit to Baku in 2014, and later in September 2017 "
        "his Azerbaijani counterpart returned the gesture."
    )
    ms = find_dates(doc[:])
    first = event_date(_verb(doc, "paid"), ms)
    second = event_date(_verb(doc, "returned"), ms)
    assert first is not None and first.text == "in 2014"
    assert second is not None and second.text == "in September 2017"


def test_event_date_reads_a_parenthetical_date_after_the_trigger(bare_nlp: Language) -> None:
    doc = bare_nlp("Norway recognized (March 2, 1992) the new republic before most of Europe.")
    m = event_date(_verb(doc, "recognized"), find_dates(doc[:]))
    assert m is not None and m.text == "March 2, 1992"


def test_event_date_ignores_a_date_inside_an_unrelated_aside(bare_nlp: Language) -> None:
    doc = bare_nlp(
        "The envoy met several premiers (including a brief stop in Ankara in June 1999) "
        "and two foreign ministers."
    )
    assert event_date(_verb(doc, "met"), find_dates(doc[:])) is None


def test_event_date_takes_a_fronted_date_for_a_complement_verb(bare_nlp: Language) -> None:
    doc = bare_nlp("In 2016, Kazakhstan agreed to buy radar systems from Israel.")
    m = event_date(_verb(doc, "buy"), find_dates(doc[:]))
    assert m is not None and m.text == "In 2016"


def test_event_date_without_dates_is_none(bare_nlp: Language) -> None:
    doc = bare_nlp("Azerbaijan keeps buying drones from Israel.")
    assert event_date(_verb(doc, "buying"), find_dates(doc[:])) is None


# ------------------------------------------------------------------ TimeContext


def _sentences(
    nlp: Language, ctx: TimeContext, text: str
) -> Iterator[tuple[Span, list[DateMention]]]:
    """Sentences fed to the context one by one: observe, then the caller resolves."""
    for sent in nlp(text).sents:
        ms = find_dates(sent)
        ctx.observe(sent, ms)
        yield sent, ms


def _resolved(ctx: TimeContext, ms: list[DateMention], text: str) -> DateSpan | None:
    return ctx.resolve(next(m for m in ms if m.text == text))


def _bounds(span: DateSpan | None) -> tuple[str | None, str | None]:
    assert span is not None
    return span.start, span.end


def test_context_learns_the_stages_a_document_defines(bare_nlp: Language) -> None:
    ctx = TimeContext()
    story = _sentences(
        bare_nlp,
        ctx,
        "The 2020 war between the two neighbours was fought in two rounds. "
        "Stage one started on July 12 with shelling near the border. "
        "In the next stage of the conflict, starting September 27, drones did most of the work. "
        "Turkish advisers had arrived at the first stage. "
        "During the war, both capitals traded accusations.",
    )
    next(story)
    _, ms = next(story)
    assert _bounds(_resolved(ctx, ms, "Stage one")) == ("2020-07-12", "2020-11-10")
    _, ms = next(story)
    assert _bounds(_resolved(ctx, ms, "In the next stage of the conflict")) == (
        "2020-09-27",
        "2020-11-10",
    )
    _, ms = next(story)
    assert _bounds(_resolved(ctx, ms, "at the first stage")) == ("2020-07-12", "2020-09-26")
    _, ms = next(story)
    assert _bounds(_resolved(ctx, ms, "During the war")) == ("2020-07-12", "2020-11-10")


def test_document_dates_for_an_episode_take_precedence(bare_nlp: Language) -> None:
    ctx = TimeContext()
    story = _sentences(
        bare_nlp,
        ctx,
        "For this author the 2020 war began on September 27, 2020. "
        "Iran stayed neutral during the 2020 war.",
    )
    next(story)
    _, ms = next(story)
    assert _bounds(_resolved(ctx, ms, "during the 2020 war")) == ("2020-09-27", "2020-11-10")
    # another document still sees the codebook's dates
    assert _bounds(parse_date("during the 2020 war")) == ("2020-07-12", "2020-11-10")


def test_context_supplies_the_year_and_anchors(bare_nlp: Language) -> None:
    ctx = TimeContext(doc_date="2021-10-15")
    story = _sentences(
        bare_nlp,
        ctx,
        "Troops moved in on October 17, 2020. They stayed for three days. "
        "In late November the roads reopened. Talks resumed 15 months ago.",
    )
    next(story)
    _, ms = next(story)
    assert _bounds(_resolved(ctx, ms, "for three days")) == ("2020-10-17", "2020-10-19")
    _, ms = next(story)
    assert _bounds(_resolved(ctx, ms, "In late November")) == ("2020-11-21", "2020-11-30")
    _, ms = next(story)
    ago = _resolved(ctx, ms, "15 months ago")
    assert ago is not None and (ago.start, ago.end, ago.precision) == (
        "2020-07-01",
        "2020-07-31",
        "month",
    )


def test_narrative_time_is_carried_within_a_section_only(bare_nlp: Language) -> None:
    ctx = TimeContext()
    story = _sentences(
        bare_nlp, ctx, "In March 2019 the minister flew to Baku. He signed a gas deal."
    )
    next(story)
    sent, ms = next(story)
    span = ctx.event_span(_verb(sent, "signed"), ms)
    assert span is not None and span.inferred and span.start == "2019-03-01"
    ctx.new_section()
    sent, ms = next(_sentences(bare_nlp, ctx, "The embassy hosted a reception."))
    assert ctx.event_span(_verb(sent, "hosted"), ms) is None


def test_narrative_time_does_not_date_present_or_future_claims(bare_nlp: Language) -> None:
    ctx = TimeContext()
    story = _sentences(
        bare_nlp,
        ctx,
        "In 2015 Israel opened a trade office. Azerbaijan has not opened an embassy. "
        "In the future the two states will expand ties.",
    )
    next(story)
    sent, ms = next(story)
    assert ctx.event_span(_verb(sent, "opened"), ms) is None
    sent, ms = next(story)
    assert ctx.event_span(_verb(sent, "expand"), ms) is None


def test_bad_document_date_is_reported() -> None:
    with pytest.raises(QueryError, match="YYYY-MM-DD"):
        TimeContext(doc_date="last spring")


# ------------------------------------------------------------------ episodes codebook


def test_packaged_episodes_load_and_match() -> None:
    keys = {e.key for e in episodes()}
    assert {"karabakh-2020", "karabakh-1992", "four-day-war", "ceasefire-1994"} <= keys
    assert all(e.start <= e.end for e in episodes())
    assert len(read_tsv("episodes.tsv")) == len(episodes())
    found = [(ep.key, s) for s, _, ep in find_episodes("after 2016 April “Four-Day War”")]
    assert found == [("four-day-war", 6)]


def test_bad_episode_rows_are_reported() -> None:
    row = {"key": "x", "name": "X", "kind": "war", "aliases": "x war", "start": "2020", "end": ""}
    with pytest.raises(CodebookError, match="YYYY-MM-DD"):
        episodes_from_rows([row])


# ------------------------------------------------------------------ the reference chapter


def test_chapter_event_dates_agree_with_gold(
    bare_nlp: Language, chapter_path: Path, gold_path: Path
) -> None:
    """For gold events whose date the text states, the chosen interval overlaps gold's."""
    text = chapter_path.read_text("utf-8")
    gold = [json.loads(line) for line in gold_path.read_text("utf-8").splitlines() if line]
    dated = [g for g in gold if g.get("date_text")]
    ctx = TimeContext()
    hits = total = 0
    for doc in bare_nlp.pipe(p for p in text.split("\n\n") if p.strip()):
        ctx.new_paragraph()
        for sent in doc.sents:
            ms = find_dates(sent)
            ctx.observe(sent, ms)
            for g in dated:
                at = sent.text.find(g["trigger"])
                if g["sentence"][:40] not in sent.text or at < 0:
                    continue
                start = sent.start_char + at
                trig = doc.char_span(start, start + len(g["trigger"]), alignment_mode="expand")
                assert trig is not None
                span = ctx.event_span(trig.root, ms)
                total += 1
                gd = g["date"]
                hits += bool(
                    span
                    and (span.start or "0000") <= gd["end"]
                    and (span.end or "9999") >= gd["start"]
                )
    assert total >= 15
    assert hits / total >= 0.9
