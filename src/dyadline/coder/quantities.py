"""Quantities in a parsed sentence, and the ones tied to an event.

Reads: spaCy tokens of a parsed sentence (tags and dependencies only; no NER,
so it works in dyadline's pipeline, which runs without the entity recogniser)
and the word list ``codebooks/quantities.tsv``. Adds: ``Quantity`` records --
money (``"$1.6 billion"`` -> 1.6e9 ``USD``), percentages (``"30-40 percent"``
-> 35.0 ``percent``: a range keeps its exact text and takes its midpoint as
value), fractions (``"a third of"`` -> 0.333 ``fraction``), counts
(``"six Armenian soldiers"`` -> 6 ``soldiers``) and vague counts (``"dozens of
arrests"`` -> value None ``arrests``: a guessed number would pollute sums).
A quantity's ``text`` is the exact words, qualifier included
(``"approximately $5 billion"``).

Not counted: years and day numbers of dates (``dyadline.coder.time`` owns them),
durations (``"three days"``), model designations (``"S-300"``), and small
numbers with no unit (``"one of the first"``).

spaCy's ``like_num`` and the NER ``MONEY`` label are not used: the pipeline
drops NER, and ``like_num`` neither gives a value nor handles ``"5bn"`` or a
``"\\$1.6"`` token, so numbers are read here by a small scanner.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from dyadline.codebook import read_tsv
from dyadline.coder import memo
from dyadline.model import Quantity

_NUM_RE = re.compile(
    r"^\\?(?P<cur>US\$|[$€£₪₽₺])?(?P<num>\d[\d,]*(?:\.\d+)?|\.\d+)"
    r"(?P<suf>[a-z]{1,3})?(?P<pct>%)?$",
    re.IGNORECASE,
)
_RANGE_RE = re.compile(r"^(?P<a>\d[\d,]*(?:\.\d+)?)[-–—](?P<b>\d[\d,]*(?:\.\d+)?)(?P<pct>%)?$")
_DASHES = frozenset({"-", "–", "—"})
_MONTHS = frozenset(m.lower() for m in (*calendar.month_name[1:], *calendar.month_abbr[1:]))
# Determiners that make a count refer back rather than state an amount.
_DEFINITE = frozenset({"the", "these", "those", "both", "its", "their", "our", "his", "her"})
# Clausal children whose quantities belong to another event.
_OTHER_CLAUSE = frozenset({"ccomp", "advcl", "parataxis", "csubj", "csubjpass"})


@dataclass(frozen=True, slots=True)
class _Words:
    number: dict[str, float]
    scale: dict[str, float]
    fraction: dict[str, float]
    vague: frozenset[str]
    approx: tuple[tuple[str, ...], ...]  # longest phrase first
    percent: tuple[tuple[tuple[str, ...], str], ...]  # (phrase, unit), longest first
    currency: dict[str, str]
    value_cue: frozenset[str]
    timeunit: frozenset[str]


@cache
def _words() -> _Words:
    rows = read_tsv("quantities.tsv")
    by_kind: dict[str, list[tuple[str, str]]] = {}
    for row in rows:
        by_kind.setdefault(row["kind"], []).append((row["word"].lower(), row["value"]))

    def phrases(kind: str) -> list[tuple[tuple[str, ...], str]]:
        found = [(tuple(w.split("_")), v) for w, v in by_kind.get(kind, [])]
        return sorted(found, key=lambda p: -len(p[0]))

    return _Words(
        number={w: float(v) for w, v in by_kind.get("number", [])},
        scale={w: float(v) for w, v in by_kind.get("scale", [])},
        fraction={w: float(v) for w, v in by_kind.get("fraction", [])},
        vague=frozenset(w for w, _ in by_kind.get("vague", [])),
        approx=tuple(p for p, _ in phrases("approx")),
        percent=tuple(phrases("percent")),
        currency={w: v for w, v in by_kind.get("currency", [])},
        value_cue=frozenset(w for w, _ in by_kind.get("value_cue", [])),
        timeunit=frozenset(w for w, _ in by_kind.get("timeunit", [])),
    )


@dataclass(slots=True)
class _Group:
    """A run of number tokens: toks[start:end], its value and what it carried."""

    start: int
    end: int
    value: float
    currency: str | None = None
    percent: bool = False
    fraction: bool = False
    digits_only: bool = False  # one plain digit token (a year? a day?)
    scale: float = 1.0  # product of the scale words read ("billion" -> 1e9)


def _low(tok: Token) -> str:
    return tok.text.lower()


def _phrase_at(toks: Sequence[Token], i: int, phrase: tuple[str, ...]) -> bool:
    return i + len(phrase) <= len(toks) and all(
        _low(toks[i + k]) == w for k, w in enumerate(phrase)
    )


def _currency_sign(tok: Token) -> str | None:
    text = tok.text.lstrip("\\").lower()
    if text and (not text.isalpha() or tok.is_upper):
        return _words().currency.get(text)
    return None


def _number_group(toks: Sequence[Token], i: int) -> _Group | None:
    """Read the number starting at toks[i]: digits, words, scales, fractions."""
    w = _words()
    n = len(toks)
    total = 0.0
    current: float | None = None
    j = i
    group = _Group(i, i, 0.0)
    m = _NUM_RE.match(toks[i].text)
    rng = _RANGE_RE.match(toks[i].text)
    if rng:  # "30-40" kept as one token: its midpoint
        low, high = (float(rng[k].replace(",", "")) for k in ("a", "b"))
        current = (low + high) / 2
        group.percent = bool(rng["pct"])
        j = i + 1
    elif m:
        current = float(m["num"].replace(",", ""))
        if m["cur"]:
            group.currency = w.currency.get(m["cur"].lower())
        if m["pct"]:
            group.percent = True
        suffix = (m["suf"] or "").lower()
        if suffix:
            if suffix not in w.scale:
                return None
            current *= w.scale[suffix]
            group.scale = w.scale[suffix]
        group.digits_only = not (m["cur"] or m["pct"] or suffix)
        j = i + 1
    elif (
        _low(toks[i]) in ("a", "an")
        and i + 1 < n
        and (_low(toks[i + 1]) in w.scale or _low(toks[i + 1]) in w.fraction)
    ):
        current = 1.0
        j = i + 1
    elif _low(toks[i]) in w.number:
        current = w.number[_low(toks[i])]
        j = i + 1
    elif (
        (toks[i].is_lower or toks[i].i == toks[i].sent.start)
        and _low(toks[i]) in w.fraction
        and i + 1 < n
        and _low(toks[i + 1]) in ("of", "the")
    ):
        current = 1.0
        j = i  # the fraction word itself is read below
    else:
        return None
    while j < n:
        word = _low(toks[j])
        nxt = _low(toks[j + 1]) if j + 1 < n else ""
        if word in w.scale and (len(word) > 1 or toks[j - 1].whitespace_ == ""):
            current = (current or 1.0) * w.scale[word]
            group.scale *= w.scale[word]
            if w.scale[word] >= 1000:
                total += current
                current = 0.0
            group.digits_only = False
            j += 1
        elif word in w.number and not _NUM_RE.match(toks[j - 1].text):
            current = (current or 0.0) + w.number[word]
            j += 1
        elif (
            word in _DASHES and toks[j].whitespace_ == "" and (nxt in w.number or nxt in w.fraction)
        ):
            if toks[j - 1].text[0].isdigit():
                break  # "30-40" is a range, read by the caller
            j += 1  # "twenty-five", "two-thirds"
        elif word in w.fraction and (nxt == "of" or nxt == "the" or j > i):
            if j == i and word.startswith("half"):
                current = 1.0
            current = (current or 1.0) * w.fraction[word]
            group.fraction = True
            group.digits_only = False
            j += 1
            break
        else:
            break
    group.end = j
    group.value = total + (current or 0.0)
    if group.end - group.start > 1:
        group.digits_only = False
    return group


def _approx_before(toks: Sequence[Token], start: int) -> int:
    """Index where a qualifier ("approximately", "more than") before toks[start] begins."""
    for phrase in _words().approx:
        k = start - len(phrase)
        if k >= 0 and _phrase_at(toks, k, phrase):
            return k
    return start


def _unit_noun(toks: Sequence[Token], group: _Group) -> int | None:
    """Position of the counted noun the number modifies ("six Armenian soldiers")."""
    members = {t.i for t in toks[group.start : group.end]}
    head = toks[group.end - 1].head
    while head.head != head and (
        head.i in members or (head.dep_ in ("nummod", "compound") and head.i < head.head.i)
    ):
        head = head.head  # through "thousand", and through "F-16" in "12 F-16 jets"
    offset = head.i - toks[0].i
    if head.pos_ in ("NOUN", "PROPN") and group.end <= offset < group.end + 6:
        return offset
    return None


def _is_date_or_code(toks: Sequence[Token], group: _Group) -> bool:
    first = toks[group.start]
    before = toks[group.start - 1] if group.start > 0 else None
    after = toks[group.end] if group.end < len(toks) else None
    if not group.digits_only:
        return False
    if _is_year(first.text):
        return True
    if (before is not None and _low(before).rstrip(".") in _MONTHS) or (
        after is not None and _low(after).rstrip(".") in _MONTHS
    ):
        return True  # a day of a month
    if before is not None and before.text in _DASHES and before.whitespace_ == "":
        return True  # "S-300", "F-16"
    return before is not None and before.i > before.sent.start and before.is_title


def _compound_modifier(toks: Sequence[Token], i: int) -> bool:
    """A number glued by a hyphen to a following word: "44-Day War", "Four-Day"."""
    if i + 2 >= len(toks) or toks[i].whitespace_ or toks[i + 1].text not in _DASHES:
        return False
    nxt = toks[i + 2]
    w = _words()
    return (
        not toks[i + 1].whitespace_
        and nxt.is_alpha
        and _low(nxt) not in w.number
        and _low(nxt) not in w.fraction
    )


def _is_year(text: str) -> bool:
    return text.isdigit() and len(text) == 4 and 1000 <= int(text) <= 2100


def _vague(toks: Sequence[Token], i: int) -> tuple[int, Quantity] | None:
    """ "dozens of arrests", "tens of thousands of people" -> (end, Quantity)."""
    w = _words()
    j = i
    while j + 1 < len(toks) and _low(toks[j]) in w.vague and _low(toks[j + 1]) == "of":
        j += 2
    if j == i or j >= len(toks):
        return None
    of = toks[j - 1]
    for k in range(j, min(j + 5, len(toks))):
        if toks[k].head.i == of.i and toks[k].dep_ == "pobj":
            return k + 1, Quantity(_text(toks, i, k + 1), None, toks[k].text)
    return None


def _text(toks: Sequence[Token], start: int, end: int) -> str:
    # a Span's text, not Doc.text: spaCy joins the whole Doc for every Doc.text call
    doc = toks[start].doc
    return str(doc[toks[start].i : toks[end - 1].i + 1].text)


def _match_at(toks: Sequence[Token], i: int) -> tuple[int, int, Quantity | None] | None:
    """The quantity starting at toks[i] (a sign or a number), as (start, end, Quantity)."""
    w = _words()
    n = len(toks)
    vague = _vague(toks, i)
    if vague is not None:
        return i, vague[0], vague[1]
    years = _RANGE_RE.match(toks[i].text)
    if years and _is_year(years["a"]) and (_is_year(years["b"]) or len(years["b"]) == 2):
        return i, i + 1, None  # "1992-1995", "2020-21"
    if _compound_modifier(toks, i):
        return i, i + 1, None  # "the 44-day war", "a 40-year-old"
    currency = None
    j = i
    if toks[j].text == "\\" and j + 1 < n:
        j += 1
    sign = _currency_sign(toks[j])
    if sign and j + 1 < n and not _NUM_RE.match(toks[j].text):
        currency = sign
        j += 1
    elif j != i:
        return None
    group = _number_group(toks, j)
    if group is None:
        return None
    if group.fraction and group.end >= n:
        return None
    currency = currency or group.currency
    value = group.value
    end = group.end
    start = _approx_before(toks, i)
    # A range: "30-40", "$3-5 billion", "between 30 and 40", "2 to 3 million".
    if end + 1 < n:
        joiner = _low(toks[end])
        between = start < i and _low(toks[start]) == "between"
        after_from = i > 0 and _low(toks[i - 1]) == "from"
        if (
            joiner in _DASHES
            or (joiner == "to" and not after_from)
            or (joiner == "and" and between)
        ):
            k = end + 1
            if _currency_sign(toks[k]) and k + 1 < n:
                k += 1
            second = _number_group(toks, k)
            if second is not None and not second.fraction:
                if _is_year(toks[j].text) and (
                    _is_year(toks[k].text) or (toks[k].is_digit and len(toks[k]) == 2)
                ):
                    return i, second.end, None  # "1992 to 1995", "2020-21"
                low = value * (second.scale if group.scale == 1.0 else 1.0)
                value = (low + second.value) / 2
                end = second.end
                group.percent = group.percent or second.percent
                group.digits_only = False
                currency = currency or second.currency
    unit: str | None = None
    if currency:
        unit = currency
        if end < n and currency == "USD" and _low(toks[end]) in ("dollars", "dollar"):
            end += 1  # "5 billion US dollars"
    elif group.percent:
        unit = "percent"
    else:
        k = end + 1 if end + 1 < n and _low(toks[end]) == "us" else end
        if k < n and _low(toks[k]) in w.currency and not toks[k].is_title:
            unit, end = w.currency[_low(toks[k])], k + 1
        else:
            for phrase, pct_unit in w.percent:
                if _phrase_at(toks, end, phrase):
                    unit, end = pct_unit, end + len(phrase)
                    break
    if unit is None and group.fraction:
        return start, end, Quantity(_text(toks, start, end), round(value, 3), "fraction")
    if unit is None:
        noun = _unit_noun(toks, group)
        plural = noun is not None and toks[noun].tag_ in ("NNS", "NNPS")
        if not plural and start == i and _is_date_or_code(toks, group):
            return i, group.end, None
        if not plural and value != 1:
            noun = None  # "25 Brenda Shaffer" (a note number), "18 See"
        if start == i and i > 0 and _low(toks[i - 1]) in _DEFINITE:
            return i, (noun + 1 if noun is not None else end), None  # "the two countries"
        if noun is not None:
            if toks[noun].lemma_.lower() in w.timeunit or _low(toks[noun]) in w.timeunit:
                return i, noun + 1, None
            return start, noun + 1, Quantity(_text(toks, start, noun + 1), value, toks[noun].text)
        if value < 10 or (start == i and value < 1000):
            return i, end, None  # "one of the first", a page or note number
        return start, end, Quantity(_text(toks, start, end), value, None)
    return start, end, Quantity(_text(toks, start, end), value, unit)


def find_quantities(sent: Span) -> list[tuple[int, Quantity]]:
    """Every quantity of a sentence, as (index in the Doc of its head token, quantity)."""
    toks = list(sent)
    out: list[tuple[int, Quantity]] = []
    i = 0
    while i < len(toks):
        found = _match_at(toks, i)
        if found is None:
            i += 1
            continue
        start, end, quantity = found
        if quantity is not None:
            doc = sent.doc
            out.append((doc[toks[start].i : toks[end - 1].i + 1].root.i, quantity))
        i = max(end, i + 1)
    return out


def _event_tokens(trigger: Token) -> set[int]:
    """Indices of the trigger's own clause: its subtree minus other clauses."""
    cues = _words().value_cue
    seen: set[int] = set()
    stack = [trigger]
    while stack:
        tok = stack.pop()
        seen.add(tok.i)
        for child in tok.children:
            if child.dep_ in _OTHER_CLAUSE:
                continue
            if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"):
                continue
            if child.dep_ == "relcl" and not (
                child.lemma_.lower() in cues
                or any(c.lemma_.lower() in cues for c in child.children)
            ):
                continue
            stack.append(child)
    return seen


def quantities_for(trigger: Token) -> list[Quantity]:
    """Quantities tied to the event of ``trigger``: those in its own clause.

    A quantity counts when its head token is in the trigger's subtree, not
    below another clause (``ccomp``, ``advcl``, a coordinated verb, a relative
    clause unless that clause states a value: ``"which was worth $5 billion"``).
    """
    region = _event_tokens(trigger)
    return [q for head, q in _sentence_quantities(trigger.sent) if head in region]


def _sentence_quantities(sent: Span) -> list[tuple[int, Quantity]]:
    """``find_quantities`` of a sentence, once per sentence while its Doc is coded."""
    found = memo.table(sent.doc, "quantities")
    if found is None:
        return find_quantities(sent)
    hit: list[tuple[int, Quantity]] | None = found.get(sent.start)
    if hit is None:
        hit = found[sent.start] = find_quantities(sent)
    return hit
