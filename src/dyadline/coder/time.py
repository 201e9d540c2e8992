"""Dates as intervals: date expressions in a sentence -> ``DateSpan(start, end, precision)``.

Reads spaCy sentences (character offsets and the dependency parse) and the named
episodes of ``codebooks/episodes.tsv`` (``dyadline.coder.episodes``). Adds:

* ``find_dates(sent)``: every date expression of a sentence as a ``DateMention``
  (offsets, text, kind, head token, and its interval where the words alone fix it);
* ``parse_date(text, anchor)``: one expression on its own;
* ``event_date(trigger, mentions)``: the expression that dates one event trigger,
  found along the dependency parse;
* ``TimeContext``: the document-level pass, fed sentences in text order, that fills
  what needs context (year-less dates, "the war", "the next stage", "three days",
  "15 months ago"), learns the episodes a document defines ("Phase one began on
  July 12") and carries narrative time from sentence to sentence.

Why hand-written rather than ``dateparser``: dateparser reads single absolute dates
but not intervals; it fails on decades ("the mid-1990s") and year ranges
("1992-94", "1995/96"), turns "in 2012-13" into a wrong day, and knows nothing of
named episodes. It is also slow to import and to call, and this runs on every
sentence, so the grammar here is a handful of regular expressions compiled once.

Choices: "early/mid/late" split a decade into 0-3 / 4-6 / 7-9 and keep precision
``decade`` (the vagueness is at the decade's scale); they split a year into
Jan-Apr / May-Aug / Sep-Dec and a month into 1-10 / 11-20 / 21-end with precision
``range``. "as of October 2021" is the month itself (the state holds then);
"since X" is ``[X.start, None]``, "until/by X" ``[None, X.end]``, "before X"
``[None, X.start - 1 day]``, "after / following / in the wake of X" ``[X.end, None]``,
all with precision ``range``.

News: a document with a date of its own (``Document.news``) resolves what is
relative to its day: "on Friday" (the most recent Friday on or before it, unless
"next"), "yesterday", "last week" / "this week" (calendar weeks, Monday to Sunday;
on a weekend "last week" also covers the working week just ended),
"earlier this month" (the month's first day to the story's day), "last year",
"last August" (the latest August before the story's month), "in the past two
years" (back from the story's day); a day or month without a year ("on March 6",
"in July", "from May to August") is the most recent one not after the story's day,
unless the sentence just before named a year (not after the story's) — a year
named further back, or in another clause of the same sentence, dates something
else. An act told in the future reads the day attached to it forward ("will meet
on Friday": the first Friday on or after the story's day). An event the story
tells with no time of its own, and no narrative time to inherit, is dated to the
story's day (``inferred: true``), unless it is an act only planned or imagined
(future, counterfactual: "would attack", coded as the attack); a promise, threat
or refusal told in the future ("will sanction", "will not cooperate") is an act
of the telling. A term
of years ("sentenced to six years") is no time. Narrative time in news carries
only a date of the story's last month (``NEWS_WINDOW_DAYS``): a sentence of
background ("In 2019, rebels seized two towns") dates only itself, and the
undated reactions told after it take the story's day. A clause of another time
("before Chad closed the border", words of ``codebooks/time_cues.tsv``) is not dated by
its host clause's date. A length ("for six days") counts from the date named
before it in its sentence. A day of a clause told ahead ("the tariffs would take
effect Wednesday", words of ``time_cues.tsv`` kind ``ahead``) is no narrative time.
An act only planned and dated by the clause that
tells of it ("said on Monday it would ask Turkey") gets that day as
``inferred``: the day of the telling, not of the act. A speaker's present tense
inside a quotation is the time of the telling: narrative time carries to it as to
the past tense.

A year-less day of a time limit ("has until Feb. 4", "must leave by March 1", in
a clause not told in the past) is the coming one; one of a noun of kind
``deadline`` ("the deadline of June 30") the nearest to the story's day, and it
dates only that noun, never narrative time. An act with an adverb of kind
``indefinite`` ("recently visited") takes no carried date and not the story's day.
"Three days after the March 3 vote" is that day moved (from the last date named
when the phrase names none; else no time: the act is dated as one without its
own). A length given to do something ("gave Sweden 14 days to extradite") and a
unit word written as a name ("ABC's This Week") are no time. A date describing a
noun under "before" / "after" ("before the election in November") dates the act
only relative to it ("before": up to the day before).

Where the pass runs: ``dyadline.coder.coding`` walks one ``TimeContext`` per
document (the document context, ``dyadline.coder.context``) sentence by sentence,
dating each sentence before its events are coded; nothing dates them again.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from dyadline.coder import memo
from dyadline.coder.dategrammar import (
    NO_CONTEXT,
    Hit,
    Resolver,
    best_hit,
    count_word,
    hit_span,
    parse_date,
    relate,
    scan,
    shift_span,
    stage_of,
)
from dyadline.coder.episodes import Episode
from dyadline.coder.episodes import _packaged as _packaged_episodes
from dyadline.coder.time_cues import time_cues
from dyadline.errors import QueryError
from dyadline.model import DateSpan


@dataclass(frozen=True)
class DateMention:
    """A date expression found in a sentence."""

    start: int  # char offset in the spaCy Doc
    end: int
    text: str
    span: DateSpan | None  # resolved interval; None if it needs document context
    kind: str  # absolute | episode | partial | relative | duration | anaphoric | future | offset
    token_i: int  # index of the head token of the expression in the Doc
    # a day of a time limit: "forward" ("has until Feb. 4", "must leave by March 1":
    # the first such day on or after the story's), "nearest" ("the deadline of June
    # 30": the nearest such day to the story's, and a time of the noun only)
    deadline: str = ""
    # "three days after the March 3 vote": the count (negative before) and unit, and
    # the date it counts from (None when the words name no date: no time)
    offset: tuple[int, str] | None = None
    inner: DateMention | None = None


def _count(word: str) -> int:
    return count_word(word)


def _counted(span: Span) -> bool:
    """A bare number that counts things ("2000 soldiers"), not a year."""
    tok = span.root
    if tok.dep_ != "nummod" or tok.head.tag_ != "NNS" or tok.head.i < tok.i:
        return False
    before = tok.nbor(-1) if tok.i > tok.sent.start else None
    return before is None or before.dep_ not in ("det", "poss", "case")


def _title(hit: Hit, text: str) -> bool:
    """A relative expression written as a name ("ABC's This Week", "Person of the
    Year"): its unit word capitalized, which a date's never is."""
    unit = hit.match.groupdict().get("unit") or ""
    return unit[:1].isupper() and hit.rule.kind == "relative"


def _allowance(toks: Span) -> bool:
    """A length given to do something ("gave Sweden 14 days to extradite", "has 30 days
    to respond"): an amount of time, not a time of the act."""
    doc = toks.doc
    if toks.end + 1 >= len(doc) or toks.end >= toks.sent.end:
        return False
    return doc[toks.end].lower_ == "to" and doc[toks.end + 1].tag_ == "VB"


_LIMIT_PREPS = frozenset(("by", "until", "till", "up until", "no later than"))


def _deadline(hit: Hit, toks: Span) -> str:
    """How a year-less day of a time limit is read (``DateMention.deadline``)."""
    if hit.rule.kind != "partial":
        return ""
    nouns = time_cues().deadline
    tok = toks.root
    for _ in range(3):
        if tok.head.i == tok.i:
            break
        tok = tok.head
        if tok.lemma_.lower() in nouns or tok.lower_ in nouns:
            return "nearest"
        if tok.pos_ not in ("ADP", "NUM", "PROPN"):
            break
    if hit.prep in _LIMIT_PREPS and not _told_in_past(toks.root):
        return "forward"  # "has until Feb. 4", "must leave by March 1"
    return ""


def _offset_of(hit: Hit, text: str, toks: Span) -> int:
    """+1 / -1 for a length told as a distance from another time ("three days after
    the vote", "two weeks before the election"), else 0."""
    if hit.rule.kind != "duration" or hit.prep is not None or hit.match["rel"]:
        return 0
    doc = toks.doc
    if toks.end >= toks.sent.end:
        return 0
    word = doc[toks.end].lower_
    return {"after": 1, "following": 1, "before": -1}.get(word, 0)


def _with_offsets(out: list[DateMention], sent: Span) -> list[DateMention]:
    """Give each offset mention the date it counts from: the first mention inside
    the phrase of its "after" / "before"."""
    doc = sent.doc
    kept: list[DateMention] = []
    for m in out:
        if m.offset is None:
            kept.append(m)
            continue
        toks = doc.char_span(m.start, m.end, alignment_mode="expand")
        prep = doc[toks.end] if toks is not None else None
        inner = None
        if prep is not None:
            inside = {t.i for t in prep.subtree}
            inner = next(
                (o for o in out if o.start >= m.end and o.offset is None and o.token_i in inside),
                None,
            )
        kept.append(dataclasses.replace(m, inner=inner))
    return kept


def find_dates(sent: Span) -> list[DateMention]:
    """All date expressions of a sentence, left to right."""
    text, base, doc = sent.text, sent.start_char, sent.doc
    out: list[DateMention] = []
    for hit in scan(text):
        if _title(hit, text):
            continue
        if (
            hit.rule.name == "month"
            and hit.prep is None
            and not _DET_BEFORE.search(text, 0, hit.start)
        ):
            continue  # a bare month name ("May") is too often something else; not
            # after a determiner ("a November report", "its July meeting")
        toks = doc.char_span(base + hit.start, base + hit.end, alignment_mode="expand")
        if toks is None or len(toks) == 0:
            continue
        if hit.rule.name == "year" and hit.prep is None and _counted(toks):
            continue
        if hit.rule.kind == "duration" and hit.prep is None and _TO_END.search(text, 0, hit.start):
            continue  # "sentenced to six years", "cut to two weeks": an amount, no time
        if hit.rule.kind == "duration" and hit.prep is None and _allowance(toks):
            continue  # "gave Sweden 14 days to extradite": an amount, no time
        span = hit_span(hit, text, NO_CONTEXT)
        kind = "absolute" if hit.rule.kind == "partial" and span is not None else hit.rule.kind
        step = _offset_of(hit, text, toks)
        offset = None
        if step:
            kind, span = "offset", None
            offset = (step * _count(hit.match["n"]), hit.match["unit"].lower())
        out.append(
            DateMention(
                base + hit.start,
                base + hit.end,
                text[hit.start : hit.end],
                span,
                kind,
                toks.root.i,
                _deadline(hit, toks),
                offset,
            )
        )
    return _with_offsets(out, sent) if any(m.offset for m in out) else out


_DET_BEFORE = re.compile(r"(?<![\w-])(?:a|an|the|its|their|his|her|this|that)\s+$", re.IGNORECASE)
_DEFER = ("duration", "relative", "anaphoric", "future")
_TO_END = re.compile(r"\bto\s+$", re.IGNORECASE)


def _is_clause_head(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") or tok.dep_ == "ROOT"


def _open_paren(doc: Doc, start: int, end: int) -> int | None:
    """Index of the parenthesis still open at token ``end``, if any."""
    stack: list[int] = []
    for tok in doc[start:end]:
        if tok.text in ("(", "["):
            stack.append(tok.i)
        elif tok.text in (")", "]") and stack:
            stack.pop()
    return stack[-1] if stack else None


def _first_end(first: Span | None, head: Token) -> int:
    return first.end if first is not None else head.i + 1


def _attachment(trigger: Token, m: DateMention) -> int:
    """3: the date modifies the trigger; 2: a clause above it; 1: elsewhere; 0: an aside.
    Read once per trigger and expression while the Doc is coded (an event's date is
    asked for several times)."""
    kept = memo.table(trigger.doc, "attachment")
    if kept is None:
        return _read_attachment(trigger, m)
    key = (trigger.i, m.start, m.end, m.token_i)
    found = kept.get(key)
    if found is None:
        found = kept[key] = _read_attachment(trigger, m)
    return int(found)


def _read_attachment(trigger: Token, m: DateMention) -> int:
    doc = trigger.doc
    head = doc[m.token_i]
    if m.deadline == "nearest":
        # "rejected the deadline of June 30": the day of the limit, not of the act
        ups = [head, *head.ancestors][:4]
        return 3 if any(t.i == trigger.i for t in ups) else 0
    first = doc.char_span(m.start, m.end, alignment_mode="expand")
    inside = range(first.start, first.end) if first is not None else range(head.i, head.i + 1)
    opener = _open_paren(doc, trigger.sent.start, first.start if first is not None else head.i)
    if opener is not None and not opener < trigger.i < _first_end(first, head):
        # "recognized (December 25, 1991) ..." dates the trigger just before it;
        # "(including a visit in August 1997)" dates only what is inside.
        if first is None or first.start != opener + 1:
            return 0  # the date is part of an aside
        return 3 if 0 < opener - trigger.i <= 4 else 1
    noun = _modified_noun(head, m.text)
    if (
        noun is not None
        and noun.i != trigger.i
        and noun not in trigger.ancestors
        and not (noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == trigger.i)
    ):
        # "opened Monday over the 2004 bombing": a date that describes a noun dates
        # that noun (and what is told inside it) and the verb it is the subject of
        # ("Monday's attack killed 20", "a 2020 report said"), not the clause the
        # noun is otherwise in; for the verb whose object it is, only as the
        # sentence's one expression ("won the 2019 election")
        return 1 if noun.dep_ == "dobj" and noun.head.i == trigger.i else 0
    tok = head
    while True:
        if tok.i == trigger.i:
            return 3
        if tok.i not in inside and _is_clause_head(tok):
            break
        if tok.head.i == tok.i:
            break
        tok = tok.head
    if tok.i == trigger.i:
        return 3
    if any(_other_time(t) or _reduced_relative(t) for t in _path_up(trigger, tok)):
        # "is busier today than before Chad closed the border": a clause of another time
        # is not dated by its host's date (a relative clause is: "interviews in
        # November, in which he threatened ...")
        return 0
    above = any(a.i == tok.i for a in trigger.ancestors)
    if not above and _date_elsewhere(tok, trigger):
        return 0
    return 2 if above else 1


def _relation_word(trigger: Token, m: DateMention) -> str | None:
    """The preposition of time ("before", "after", "since", "until") whose noun the
    date describes, between the date and the trigger ("criticized Russia before the
    election in November": "before"; "after the attack on Monday": "after"): the act
    is told relative to that dated noun, not at its date."""
    doc = trigger.doc
    first = doc.char_span(m.start, m.end, alignment_mode="expand")
    inside = range(first.start, first.end) if first is not None else range(m.token_i, m.token_i + 1)
    tok = doc[m.token_i]
    for _ in range(6):
        if tok.head.i == tok.i or tok.i == trigger.i:
            break
        if (
            tok.i not in inside
            and tok.pos_ in ("NOUN", "PROPN")
            and tok.dep_ == "pobj"
            and tok.head.lower_ in _RELATIONS
        ):
            above = any(a.i == trigger.i for a in tok.head.ancestors)
            return str(tok.head.lower_) if above else None
        tok = tok.head
    if first is None or first[0].pos_ != "ADP":
        return None
    # the parse hangs "in November" on the verb: the words right before it are
    # "before the election" (a preposition of time and a noun phrase)
    i = first.start - 1
    while i > trigger.sent.start and first.start - i <= 4 and doc[i].pos_ in _NP:
        i -= 1
    prep = doc[i]
    if i < first.start - 1 and prep.lower_ in _RELATIONS and prep.i > trigger.i:
        return str(prep.lower_)
    return None


_NP = frozenset(("DET", "ADJ", "NOUN", "PROPN", "NUM"))
_RELATIONS = frozenset(("before", "after", "following", "since", "until", "till"))


def _indefinite(trigger: Token) -> bool:
    """Is the act told at an unstated earlier time ("recently visited", "had
    previously met"): an adverb of ``time_cues.tsv`` kind ``indefinite`` on its verb."""
    words = time_cues().indefinite
    tok = trigger
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return any(c.dep_ == "advmod" and c.lower_ in words for c in tok.children)


_SUBJECTS = ("nsubj", "nsubjpass")


def _act_key(tok: Token) -> str:
    """The word an act is named by, told by its verb or by its noun ("bombed", "the
    bombing": bomb)."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "NOUN" and lemma.endswith("ing") and len(lemma) > 6:
        return lemma[:-3]
    return lemma


def _re_mention(tok: Token) -> bool:
    """Does the noun name an act told before ("the attack", "this bombing")?"""
    words = time_cues().re_mention
    return tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in words for c in tok.children)


def _nearest_year(today: date, month: int, day: int | None) -> int | None:
    """The year of the day or month nearest ``today`` (the year before, its own, the next)."""
    best: tuple[int, int] | None = None
    for year in (today.year - 1, today.year, today.year + 1):
        try:
            first = date(year, month, day or 1)
            last = first if day else _month_last(first)
        except ValueError:
            continue
        gap = min(abs((first - today).days), abs((last - today).days))
        if first <= today <= last:
            gap = 0
        if best is None or gap < best[0]:
            best = (gap, year)
    return best[1] if best else None


def _modified_noun(head: Token, text: str) -> Token | None:
    """The noun a date describes as a modifier before it ("the 2004 bombing", "the
    previous day's blasts", "Monday's attack"), if it is one."""
    if _year_modifier(head, text) or (head.dep_ == "poss" and head.head.i > head.i):
        return head.head if head.head.pos_ in ("NOUN", "PROPN") else None
    return None


def _date_elsewhere(clause: Token, trigger: Token) -> bool:
    """Does the date's clause tell of another time than the trigger's? A relative
    clause or participle describing a participant ("the junta, which took over in
    2019, has banned ...") dates only what it describes; so does a clause of another
    time ("pleading with them, after they were displaced this week") for a trigger not
    told in the past: a present act is of the story's time."""
    if not any(a.i == trigger.i for a in clause.ancestors):
        return False
    for tok in _path_up(clause, trigger):
        if tok.dep_ in ("relcl", "acl") or _marked(tok, time_cues().concessive):
            return True
        if _other_time(tok) and not _told_in_past(trigger):
            return True
    return False


def _marked(tok: Token, words: frozenset[str]) -> bool:
    """An adverbial clause opened by one of ``words``."""
    return (
        tok.pos_ in ("VERB", "AUX")
        and tok.dep_ in ("advcl", "pcomp")
        and any(c.dep_ == "mark" and c.lower_ in words for c in tok.children)
    )


def _other_time(tok: Token) -> bool:
    """An adverbial clause of another time than its host's ("before Chad closed the
    border"), or of a fact of its own time ("although they spoke last year")."""
    cues = time_cues()
    return _marked(tok, cues.other_time) or _marked(tok, cues.concessive)


def _earlier_host(trigger: Token) -> Token | None:
    """The verb of the clause an act is told as earlier than: the host of the
    ``anterior`` clause the trigger is in ("condemned the strike on Monday after
    jets bombed a camp": "condemned" for "bombed")."""
    for tok in [trigger, *trigger.ancestors][:5]:
        if _marked(tok, time_cues().anterior):
            return tok.head
        if tok.dep_ in ("ccomp", "relcl", "acl", "advcl") and tok.i != trigger.i:
            return None  # the trigger's own clause is not the anterior one
    return None


def _reduced_relative(tok: Token) -> bool:
    """A past participle that describes a noun ("the trial of a blogger detained after
    a rally"): what it tells was done before, at a time of its own, not at the
    time of the clause the noun is in ("on Monday postponed the trial")."""
    return tok.dep_ == "acl" and tok.tag_ == "VBN"


def _path_up(trigger: Token, top: Token) -> list[Token]:
    """The trigger and its heads below ``top`` (all of them when ``top`` is not above it)."""
    out: list[Token] = []
    tok = trigger
    while tok.i != top.i:
        out.append(tok)
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return out


def event_date(
    trigger: Token, mentions: list[DateMention], *, attached: bool = False
) -> DateMention | None:
    """The date expression that dates the event whose trigger is ``trigger``.

    Prefers an expression attached to the trigger in the parse ("visited Baku in 2014"),
    then one attached to a clause governing it ("In 2014, Israel agreed to sell"),
    then the sentence's only expression; else None. ``attached``: only an expression
    attached to the trigger itself.
    """
    sent = trigger.sent
    own = [m for m in mentions if sent.start_char <= m.start < sent.end_char]
    counted = {m.inner.start for m in own if m.inner is not None}
    own = [m for m in own if m.start not in counted]  # "three days after [March 3]"
    if not own:
        return None
    scored = [
        (_attachment(trigger, m), m.kind not in _DEFER, -abs(m.token_i - trigger.i), m) for m in own
    ]
    best = max(scored, key=lambda t: t[:3])
    if attached:
        return best[3] if best[0] == 3 else None
    if best[0] >= 2:
        return best[3]
    return own[0] if len(own) == 1 and best[0] == 1 else None


# --------------------------------------------------------------------------- documents


def _told_in_past(trigger: Token) -> bool:
    """The clause of ``trigger`` is in the simple past or past perfect ("crossed", "had sent")."""
    tok = trigger
    for _ in range(4):
        while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
            tok = tok.head
        auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
        if any(a.tag_ in ("MD", "VBZ", "VBP") for a in auxes):
            return False  # will / may / has / is
        if tok.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
            return True
        if tok.tag_ in ("VBZ", "VBP") or tok.head.i == tok.i:
            return False
        tok = tok.head  # an infinitive or participle: ask the verb above it
    return False


def _told_in_past_perfect(trigger: Token) -> bool:
    """The clause of ``trigger`` is in the past perfect ("had attacked", "had been
    detained"): told as done before the time of the clause that dates it."""
    tok = trigger
    for _ in range(4):
        while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
            tok = tok.head
        auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
        if any(a.lemma_ == "have" and a.tag_ == "VBD" for a in auxes):
            return True
        if auxes or tok.tag_ != "VB" or tok.dep_ not in ("xcomp", "conj") or tok.head.i == tok.i:
            return False
        tok = tok.head  # "had agreed to ..." / "had met and signed"
    return False


def _anterior(trigger: Token) -> bool:
    """Is the trigger an earlier act told as the reason for its host ("jailed for
    insulting the king", "sentenced over the killing")? A gerund or noun under a
    preposition of ``time_cues.tsv`` kind ``anterior`` ("for" only with a gerund:
    "called for talks" asks for a later one) hung on a verb."""
    prep = trigger.head
    if prep.dep_ not in ("prep", "conj") or prep.lower_ not in time_cues().anterior:
        return False
    if prep.head.pos_ not in ("VERB", "AUX", "NOUN"):
        return False
    if trigger.dep_ == "pcomp" and trigger.tag_ == "VBG":
        return True
    return trigger.dep_ == "pobj" and trigger.pos_ == "NOUN" and prep.lower_ != "for"


def _before(span: DateSpan) -> DateSpan:
    """An act told as done before ``span`` (a past perfect under a dated telling or
    narrative time): on or before its last day, inferred."""
    end = span.end or span.start
    return DateSpan(None, end, "range", span.text, inferred=True)


_QUOTES = frozenset('"\u201c\u201d')


def _quoted(trigger: Token) -> bool:
    """Is the trigger inside a quotation (an odd number of quote marks before it in
    its sentence)?"""
    sent = trigger.sent
    return sum(1 for t in sent[: trigger.i - sent.start] if t.text in _QUOTES) % 2 == 1


def _told_in_future(trigger: Token) -> bool:
    """The clause of ``trigger`` (or a verb it completes) has "will" / "shall", or is
    "going to" do it."""
    tok = trigger
    for _ in range(4):
        while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
            tok = tok.head
        auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
        if any(a.lower_ in ("will", "shall", "'ll") for a in auxes):
            return True
        if tok.dep_ == "xcomp" and tok.head.lower_ in ("going", *time_cues().ahead):
            return True  # "is going to", "is expected / due / set to visit"
        if tok.dep_ not in ("xcomp", "conj") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _clause_ahead(tok: Token) -> bool:
    """Is the clause a date hangs on told ahead of its telling ("would take effect
    Wednesday", "is due to travel on Tuesday")? By the ``ahead`` words of
    ``codebooks/time_cues.tsv``: an auxiliary of its verb, or the word whose
    "to"-infinitive the verb is. Such a day is when something is to happen, not the
    time the story tells of, so it carries to no later sentence."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    ahead = time_cues().ahead
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in ahead for c in tok.children):
        return True
    return tok.dep_ == "xcomp" and str(tok.head.lower_) in ahead


def _year_modifier(tok: Token, text: str) -> bool:
    """A bare year that describes a noun ("a 2016 repeat", "the 2019 law"): it names
    no time of the story for a year-less day told after it."""
    return (
        text.isdigit()
        and tok.dep_ in ("compound", "amod", "nummod", "nmod")
        and tok.head.pos_ in ("NOUN", "PROPN")
        and tok.head.i > tok.i
    )


def _story_span(doc_date: str, first: date) -> DateSpan:
    """The document's own date as an interval: its day, month or year."""
    if len(doc_date) == 4:
        return DateSpan(f"{doc_date}-01-01", f"{doc_date}-12-31", "year", doc_date)
    if len(doc_date) == 7:
        last = date(first.year + first.month // 12, first.month % 12 + 1, 1) - timedelta(days=1)
        return DateSpan(first.isoformat(), last.isoformat(), "month", doc_date)
    return DateSpan(first.isoformat(), first.isoformat(), "day", doc_date)


NEWS_WINDOW_DAYS = 31
"""In news, narrative time carries on only a date ending at most this many days
before the story's (``TimeContext._in_news_window``)."""


class Dating(NamedTuple):
    """An event's interval and its source: ``own`` (an expression of its sentence),
    ``clause`` (one of a clause above it), ``carried`` (narrative time from earlier
    sentences), ``antecedent`` (the act it names again), ``story`` (a news story's
    day), ``none``."""

    span: DateSpan | None
    source: str


def _month_last(first: date) -> date:
    following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return following - timedelta(days=1)


def _iso_day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


class TimeContext(Resolver):
    """Document-level time: feed it every sentence in text order.

    Call ``observe(sent, find_dates(sent))`` first, then ``resolve`` the sentence's
    mentions (or ``event_span`` for its events); ``narrative()`` is the time carried
    from the sentences before it. Call ``new_paragraph()`` / ``new_section()`` at
    paragraph breaks and headings.
    """

    def __init__(self, doc_date: str | None = None) -> None:
        self.doc_date: date | None = None
        self._story: DateSpan | None = None  # the document's own date as an interval
        if doc_date:
            try:
                full = {4: f"{doc_date}-01-01", 7: f"{doc_date}-01"}.get(len(doc_date), doc_date)
                self.doc_date = date.fromisoformat(full[:10])
            except ValueError as exc:
                raise QueryError(
                    doc_date, "document date is not an ISO date", "give it as YYYY-MM-DD"
                ) from exc
            self._story = _story_span(doc_date[:10], self.doc_date)
        self._year: int | None = self.doc_date.year if self.doc_date else None
        self._named_year: int | None = None  # a year the current sentence names
        self._prior_year: int | None = None  # a year the sentence before it named
        self._forward = False  # resolving for an event told in the future
        self._nearest = False  # resolving a day of a time limit ("the deadline of June 30")
        # the sentence's mentions as read when it was observed (mention offset ->
        # interval): "the previous day" is read against the date before it, once
        self._read: dict[int, DateSpan | None] = {}
        self._anchor_at: dict[int, DateSpan | None] = {}  # the anchor it was read against
        self._last: DateSpan | None = None  # last bounded date seen: anchor for "three days"
        self._acts: dict[str, DateSpan] = {}  # an act's word -> the date its sentence gave it
        self._para: DateSpan | None = None
        self._section: DateSpan | None = None
        self._carried: DateSpan | None = None
        self._recent_war: Episode | None = None
        self._wars: Counter[Episode] = Counter()
        self._defined: dict[str, tuple[date | None, date | None]] = {}  # episode key -> bounds
        self._stages: dict[int, date] = {}
        self._stage_war: Episode | None = None
        self._last_stage: int | None = None
        self._stage_at: dict[int, int] = {}  # mention offset -> stage number
        self._resolving: int | None = None

    # -- structure
    def new_section(self) -> None:
        """A heading: narrative time starts afresh."""
        self._para = self._section = self._carried = None
        self._recent_war = None

    def new_paragraph(self) -> None:
        self._para = None
        self._carried = self._section

    def narrative(self) -> DateSpan | None:
        """Time carried from earlier sentences of this paragraph (else section), inferred."""
        return dataclasses.replace(self._carried, inferred=True) if self._carried else None

    # -- resolver hooks
    def _year_hint(self) -> int | None:
        return self._year

    def _partial_year(self, month: int, day: int | None) -> int | None:
        """Without a document date, the year in context. In news, the year the sentence
        before named (not after the story's: "In 2016 the court ruled. In March, ...");
        else the most recent such day or month on or before the story's day (the
        first on or after it for an event told in the future)."""
        today = self.doc_date
        if today is None:
            return self._year
        named = self._prior_year
        if named is not None and named <= today.year:
            return named
        if self._nearest:
            return _nearest_year(today, month, day)
        years = (today.year, today.year + 1) if self._forward else (today.year, today.year - 1)
        for year in years:
            try:
                first = date(year, month, day or 1)
                last = first if day else _month_last(first)
            except ValueError:
                continue  # "February 29" of a year without one
            if (last >= today) if self._forward else (first <= today):
                return year
        return None

    def _ahead(self) -> bool:
        return self._forward

    def _is_story_date(self, span: DateSpan) -> bool:
        story = self._story
        return story is not None and (span.start, span.end) == (story.start, story.end)

    def _anchor(self) -> DateSpan | None:
        return self._last

    def _today(self) -> date | None:
        return self.doc_date

    def _episode(self, ep: Episode) -> DateSpan:
        s, e = self._defined.get(ep.key, (None, None))
        if s is None and e is None:
            return ep.span
        start, end = s or ep.start, e or ep.end
        precision = "day" if start == end else "range"
        return DateSpan(start.isoformat(), end.isoformat(), precision, ep.name)

    def _war(self) -> DateSpan | None:
        war = self._recent_war or (self._wars.most_common(1)[0][0] if self._wars else None)
        return self._episode(war) if war else None

    def _stage_number(self, word: str) -> int | None:
        if self._resolving is not None and self._resolving in self._stage_at:
            return self._stage_at[self._resolving]
        stages = time_cues().stages
        if word in stages:
            return stages[word]
        if word == "next":
            return (self._last_stage or 0) + 1
        if word == "previous":
            return (self._last_stage or 2) - 1
        if word in ("final", "last"):
            return max(self._stages, default=None)
        return self._last_stage  # this / that stage

    def _stage(self, word: str) -> DateSpan | None:
        num = self._stage_number(word)
        if num is None or num not in self._stages:
            return None
        start = self._stages[num]
        nxt = self._stages.get(num + 1)
        war = self._episode(self._stage_war) if self._stage_war else None
        end = nxt - timedelta(days=1) if nxt else _iso_day(war.end if war else None)
        return DateSpan(
            start.isoformat(), end.isoformat() if end else None, "range", f"stage {num}"
        )

    # -- the pass
    def resolve(self, mention: DateMention) -> DateSpan | None:
        """The mention's interval, using what the document has said so far."""
        if mention.span is not None and mention.kind == "absolute":
            return mention.span
        if mention.start in self._read and not self._forward:
            return self._read[mention.start]  # as the sentence's pass read it
        if mention.offset is not None:
            # from the date inside its phrase, else from the last date named ("The
            # attack came on Monday. Two days after the attack, ...")
            base = self.resolve(mention.inner) if mention.inner is not None else self._last
            if base is None or not (base.start and base.end):
                return None  # "three days after he took office": no date to count from
            moved = shift_span(base, *mention.offset)
            if not self._forward and self._after_story(moved):
                return None  # a past act is not after the story's day
            return dataclasses.replace(moved, text=mention.text)
        hit = best_hit(scan(mention.text))
        if hit is None:
            return None
        self._resolving = mention.start  # which stage an observed mention named
        forward, nearest = self._forward, self._nearest
        self._forward = forward or mention.deadline == "forward"
        self._nearest = mention.deadline == "nearest"
        try:
            return hit_span(hit, mention.text, self)
        finally:
            self._resolving = None
            self._forward, self._nearest = forward, nearest

    def event_span(
        self,
        trigger: Token,
        mentions: list[DateMention],
        modality: str | None = None,
        *,
        ahead: bool = False,
        planned: bool = False,
    ) -> DateSpan | None:
        """The event's interval: its own date expression, else the narrative time, else
        (in news) the story's date, inferred.

        Narrative time only dates events told in the past tense (or by a speaker in a
        quotation): "has not opened an embassy" or "are likely to increase" are not
        pinned to an earlier sentence's date.
        The story's date does not date an act only planned or imagined ("would attack"
        coded as the attack); a promise, threat or refusal (``planned`` False) is dated
        as an act of the telling.
        """
        return self.dating(trigger, mentions, modality, ahead=ahead, planned=planned).span

    def dating(
        self,
        trigger: Token,
        mentions: list[DateMention],
        modality: str | None = None,
        *,
        ahead: bool = False,
        planned: bool = False,
    ) -> Dating:
        """``event_span`` and where the interval came from (``Dating.source``).

        An act's noun that names an act told before ("Rebels bombed the base in 2004.
        ... The bombing killed nine"; a ``re_mention`` determiner of time_cues.tsv)
        and has no date in its sentence takes the date that act was given in its own
        sentence (source ``antecedent``, inferred) rather than narrative time or the
        story's day; so does an act whose subject is such a noun ("The bombing
        killed nine")."""
        found = self._dating(trigger, mentions, modality, ahead=ahead, planned=planned)
        key = _act_key(trigger)
        span = found.span
        if found.source in ("own", "clause") and span is not None and not span.inferred:
            self._acts[key] = span
        elif found.source in ("carried", "story"):
            # the act's own noun, or the noun of the act that did it ("the attack killed")
            for tok in (trigger, *(c for c in trigger.children if c.dep_ in _SUBJECTS)):
                earlier = self._acts.get(_act_key(tok)) if _re_mention(tok) else None
                if earlier is not None:
                    return Dating(
                        dataclasses.replace(earlier, text="", inferred=True), "antecedent"
                    )
        return found

    def _dating(
        self,
        trigger: Token,
        mentions: list[DateMention],
        modality: str | None = None,
        *,
        ahead: bool = False,
        planned: bool = False,
    ) -> Dating:
        """``dating`` before an act named again is given its antecedent's date.

        An event told in the future (``ahead``, or "will" / "going to" in its clause)
        reads an expression attached to its own trigger forward ("will meet on
        Tuesday": the first Tuesday on or after the story's day); one of a clause
        above it ("said on Tuesday he would meet") is read as usual, and for an act
        that is only ``planned`` (coded as the act, not as a promise or threat to do
        it) it is the day of the telling, not of the act: ``inferred``. ``source`` is
        ``own`` for an expression attached to the trigger, ``clause`` for one of a
        clause above it (or the sentence's only one)."""
        ahead = ahead or _told_in_future(trigger)
        mention = event_date(trigger, mentions)
        counted = mention is not None and (mention.offset is not None or mention.kind == "duration")
        if mention is not None and counted and self._unresolved(mention, trigger, mentions, ahead):
            # "three days after he took office", "released after three years in
            # detention": no date to count from, so the act is dated as one without a
            # time of its own
            mention = event_date(trigger, [m for m in mentions if m is not mention])
        if mention is not None:
            attached = event_date(trigger, mentions, attached=True) is mention
            self._forward = ahead and attached
            last, self._last = self._last, self._anchor_at.get(mention.start, self._last)
            try:
                span = self.resolve(mention)
            finally:
                self._forward, self._last = False, last
            word = _relation_word(trigger, mention)
            if word is not None and span is not None:
                # "criticized Russia before the election in November": before it
                span = relate(span, word)
            if planned and ahead and not attached and span is not None:
                span = dataclasses.replace(span, inferred=True)  # when it was said, not done
            elif (
                not attached
                and span is not None
                and (_told_in_past_perfect(trigger) or _anterior(trigger))
            ):
                # "said on Monday that rebels had attacked": before the telling's day
                span = _before(span)
            later = ahead or planned or modality in ("future", "counterfactual")
            if (
                span is not None
                and self._story is not None
                and mention.kind == "partial"
                and not later
                and self._after_story(span)
            ):
                # a past act is not dated after the story: a day or month without a
                # year ("on March 20") meant another year than it was read in; the
                # story's day, inferred ("next Friday" says itself that it is later)
                return Dating(dataclasses.replace(self._story, text="", inferred=True), "story")
            return Dating(span, "own" if attached else "clause")
        host = _earlier_host(trigger)
        hosted = event_date(host, mentions, attached=True) if host is not None else None
        if hosted is not None and not ahead:
            # "condemned the strike on Monday after jets bombed a camp": on or before
            # the day of the clause it is told as earlier than (its own day, not
            # one of a telling above it: "said on Monday trade grew after ...")
            span = self.resolve(hosted)
            if span is not None and (span.end or span.start):
                return Dating(_before(span), "clause")
        later = ahead or modality in ("future", "counterfactual")
        if _indefinite(trigger):
            return Dating(None, "none")  # "recently visited": an earlier time, unstated
        # a speaker's present tense is the time of the telling, and so is a promise,
        # threat or refusal ("will not cooperate"): an act not only ``planned``
        told = _told_in_past(trigger) or (_quoted(trigger) and not (later and planned))
        carried = self.narrative() if told else None
        if carried is not None and self._in_news_window(carried):
            if _told_in_past_perfect(trigger):
                return Dating(_before(carried), "carried")  # a reporting day is not its day
            return Dating(carried, "carried")
        if self._story is None or (later and planned):
            return Dating(None, "none")
        return Dating(dataclasses.replace(self._story, text="", inferred=True), "story")

    def _unresolved(
        self, mention: DateMention, trigger: Token, mentions: list[DateMention], ahead: bool
    ) -> bool:
        """Does ``mention`` resolve to no date, read as the event's own would be (forward
        for an act told ahead that it is attached to)?"""
        self._forward = ahead and event_date(trigger, mentions, attached=True) is mention
        try:
            return self.resolve(mention) is None
        finally:
            self._forward = False

    def _after_story(self, span: DateSpan) -> bool:
        """Does ``span`` start after the story's day (a news story with a day)?"""
        if self._story is None or self.doc_date is None or not span.start:
            return False
        try:
            return date.fromisoformat(span.start) > self.doc_date
        except ValueError:
            return False

    def _in_news_window(self, span: DateSpan) -> bool:
        """May narrative time carry ``span`` on? In a news story only when it reaches
        into the story's last ``NEWS_WINDOW_DAYS``: a story tells its news, and a
        sentence of background ("In 2019, rebels seized two towns") dates only
        itself, not the undated reactions told after it (they take the story's day)."""
        if self.doc_date is None or span.end is None:
            return True
        try:
            end = date.fromisoformat(span.end)
        except ValueError:
            return True
        return end >= self.doc_date - timedelta(days=NEWS_WINDOW_DAYS)

    def observe(self, sent: Span, mentions: list[DateMention]) -> None:
        """Learn from one sentence: episodes it defines, the year, narrative time."""
        self._carried = self._para or self._section
        self._prior_year, self._named_year = self._named_year, None
        self._read, self._anchor_at = {}, {}
        text, base = sent.text, sent.start_char
        for m in mentions:
            hit = best_hit(scan(m.text))
            if hit is None:
                continue
            if hit.rule.name == "episode":
                ep = _episode_of(hit)
                if ep is not None and ep.kind == "war":
                    self._recent_war = ep
                    self._wars[ep] += 1
            elif hit.rule.name == "stage":
                num = self._stage_number(stage_of(hit.match))
                if num is not None:
                    self._stage_at[m.start] = num
                    self._define(m, num, mentions, text, base)
                    self._last_stage = num
        for m in mentions:
            if m.kind == "episode":
                self._define(m, None, mentions, text, base)
        for m in mentions:
            self._anchor_at[m.start] = self._last  # "for six years": from the date before it
            if m.kind == "duration":
                continue
            span = self._read[m.start] = self.resolve(m)
            if span is None or span.start is None or span.end is None:
                continue
            if m.kind != "absolute" and _clause_ahead(sent.doc[m.token_i]):
                continue  # "the tariffs would take effect Wednesday": not when acts were told
            if m.deadline:
                continue  # "the deadline of June 30": a time limit, not when acts were told
            if span.start[:4] == span.end[:4]:
                self._year = int(span.start[:4])
                if (
                    m.kind == "absolute"
                    and not self._is_story_date(span)
                    and not _year_modifier(sent.doc[m.token_i], m.text)
                ):
                    self._named_year = self._year  # (a dateline's own date names no year)
            self._last = self._para = span
            if self._section is None:
                self._section = span

    def _define(
        self, m: DateMention, stage: int | None, mentions: list[DateMention], text: str, base: int
    ) -> None:
        """'Phase one began on May 3' / 'the next phase, beginning October 8'."""
        war = self._recent_war or self._stage_war
        if stage is not None and war is not None:
            self._stage_war = war
        for d in mentions:
            if d.start < m.end or d.kind not in ("absolute", "partial"):
                continue
            gap = text[m.end - base : d.start - base]
            if len(gap) > 60:
                break
            cues = time_cues()
            starts = bool(cues.start.search(gap)) or bool(cues.start.match(d.text))
            ends = bool(cues.end.search(gap))
            if not (starts or ends):
                continue
            year = self._year
            if war is not None:
                self._year = war.start.year
            span = self.resolve(d)
            self._year = year
            day = _iso_day(span.start if span else None) or _iso_day(span.end if span else None)
            if day is None:
                return
            if stage is not None and starts:
                self._stages[stage] = day
            elif stage is None:
                ep = _episode_of(best_hit(scan(m.text)))
                if ep is not None:
                    s, e = self._defined.get(ep.key, (None, None))
                    self._defined[ep.key] = (day, e) if starts else (s, day)
            return


def _episode_of(hit: Hit | None) -> Episode | None:
    if hit is None or hit.rule.name != "episode" or hit.match.lastgroup is None:
        return None
    return _packaged_episodes()[0][int(hit.match.lastgroup[1:])]


__all__ = [
    "DateMention",
    "Dating",
    "TimeContext",
    "event_date",
    "find_dates",
    "parse_date",
]
