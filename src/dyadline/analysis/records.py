"""Helpers over export records shared by the analysis functions.

Reads export records (the dicts of DESIGN.md's event contract, as
``Event.to_record()`` and the store return them). Adds nothing to them; gives
the pieces every analysis needs: actor matching by country or code, a
record's date interval as ``datetime.date`` bounds, period overlap, a display
date by precision and the granularity at which two dates can be compared;
and ``actor_code_for``, which turns what a user typed for an actor ("isr",
"Israel", "Iranian", "IRNMIL") into the code the records carry.

Dates are ISO strings in the records; the standard library's ``date`` is
enough to parse them (``dateparser`` is for free text, not needed here).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping
from datetime import date
from functools import cache
from typing import Any

from dyadline.errors import QueryError

Record = Mapping[str, Any]
Interval = tuple[date, date]

QUAD_NAMES: dict[int, str] = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}
# Modalities that say the event happened (with more or less certainty).
AFFIRMATIVE: frozenset[str] = frozenset({"asserted", "reported", "hedged"})
MODALITY_MARKS: dict[str, str] = {
    "asserted": "",
    "reported": "[reported]",
    "hedged": "[hedged]",
    "negated": "[NOT]",
    "future": "[future]",
    "counterfactual": "[counterfactual]",
}
PRECISION_RANK: dict[str, int] = {"day": 0, "month": 1, "year": 2, "range": 3, "decade": 4}
GRANULARITY_RANK: dict[str, int] = {"day": 0, "month": 1, "year": 2, "decade": 3}


# ---------------------------------------------------------------- actors


def country_of(actor: Mapping[str, Any] | None) -> str | None:
    """The actor's country (ISO-3 or IGO code); the first three letters of its code if unset."""
    if not actor:
        return None
    country = actor.get("country")
    if country:
        return str(country)
    code = str(actor.get("code") or "")
    return code[:3] or None


def actor_code(actor: Mapping[str, Any] | None) -> str | None:
    if not actor:
        return None
    return str(actor.get("code") or "") or None


def actor_matches(actor: Mapping[str, Any] | None, want: str) -> bool:
    """Whether an actor is ``want``: its country ("ISR") or a code prefix ("ISRGOV")."""
    if not actor:
        return False
    want = want.strip().upper()
    code = str(actor.get("code") or "").upper()
    return want == (country_of(actor) or "").upper() or (bool(code) and code.startswith(want))


def in_dyad(rec: Record, a: str, b: str) -> bool:
    """Whether the record is an event between ``a`` and ``b``, in either direction."""
    src, tgt = rec.get("source"), rec.get("target")
    return (actor_matches(src, a) and actor_matches(tgt, b)) or (
        actor_matches(src, b) and actor_matches(tgt, a)
    )


def involves(rec: Record, who: str) -> bool:
    return actor_matches(rec.get("source"), who) or actor_matches(rec.get("target"), who)


# kinds of actor-file rows whose name a user may type for a country or organisation
_NAME_KINDS = frozenset({"state", "adjective", "capital", "org", "group"})
_CODE = re.compile(r"[A-Z]{3}([A-Z]{3})*")
_ACTOR_FIX = "give an actor code such as ISR, IRNMIL or NAT, or a country name such as Israel"


@cache
def _name_codes() -> dict[str, str]:
    """Lower-case country/organisation name or adjective -> its code, from the actor codebooks
    (only names that denote one code)."""
    from dyadline.coder.actor_codebook import load_index

    found: dict[str, set[str]] = {}
    for key, entries in load_index().items():
        for entry in entries:
            if entry.kind in _NAME_KINDS:
                found.setdefault(key.lstrip("=").lower(), set()).add(entry.country)
    return {name: next(iter(codes)) for name, codes in found.items() if len(codes) == 1}


def actor_code_for(text: str) -> str:
    """The actor code meant by ``text``: a country or organisation name or adjective the
    actor codebooks know ("israel", "Iranian", "NATO" -> ISR, IRN, NAT), else ``text``
    itself as a code or code prefix in upper case ("isr", "IRNMIL").

    Raises ``QueryError`` when ``text`` is neither (spaces, digits, a name no codebook
    has: "Nowhereland").
    """
    value = " ".join(str(text).split())
    code = _name_codes().get(value.lower())
    if code:
        return code
    if _CODE.fullmatch(value.upper()):
        return value.upper()
    raise QueryError(repr(text), "is neither an actor code nor a known country name", _ACTOR_FIX)


def event_label(rec: Record) -> str:
    """``"042 Make a visit"``: the CAMEO code and its label."""
    return f"{rec.get('cameo') or ''} {rec.get('cameo_label') or ''}".strip()


# ---------------------------------------------------------------- dates


def parse_day(value: str | date | None, *, end: bool = False, subject: str = "date") -> date | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` as a date: the first day, or the last if ``end``.

    Raises ``QueryError`` naming ``subject`` when the value is not such a date.
    """
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    parts = str(value).strip().split("-")
    try:
        if len(parts) == 1 and len(parts[0]) == 4:
            y = int(parts[0])
            return date(y, 12, 31) if end else date(y, 1, 1)
        if len(parts) == 2:
            y, m = int(parts[0]), int(parts[1])
            return date(y, m, calendar.monthrange(y, m)[1] if end else 1)
        if len(parts) == 3:
            return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        pass
    raise QueryError(subject, f"{value!r} is not a date", "write YYYY, YYYY-MM or YYYY-MM-DD")


def period(date_from: str | date | None, date_to: str | date | None) -> Interval | None:
    """The closed period [from, to] (``--to 2014`` includes all of 2014); None if unbounded."""
    lo = parse_day(date_from, subject="--from")
    hi = parse_day(date_to, end=True, subject="--to")
    if lo is None and hi is None:
        return None
    lo, hi = lo or date.min, hi or date.max
    if lo > hi:
        raise QueryError(f"{date_from}..{date_to}", "the period ends before it starts", "swap them")
    return lo, hi


def interval(rec: Record) -> Interval | None:
    """The record's date as closed bounds; None when undated (or the date is unreadable).

    An open start ("until 2001") begins at ``date.min``, an open end ("since 1993")
    runs to ``date.max``.
    """
    d = rec.get("date")
    if not d or (d.get("start") is None and d.get("end") is None):
        return None
    try:
        lo = parse_day(d.get("start"))
        hi = parse_day(d.get("end"), end=True)
    except QueryError:
        return None
    lo, hi = lo or date.min, hi or date.max
    return (lo, hi) if lo <= hi else (hi, lo)


def overlaps(a: Interval, b: Interval) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def in_period(rec: Record, span: Interval | None) -> bool:
    """True when no period is set, else when the record is dated and overlaps it."""
    if span is None:
        return True
    iv = interval(rec)
    return iv is not None and overlaps(iv, span)


def sort_key(rec: Record) -> tuple[date, date, int, str, int]:
    """Date order: start, then end, then precision (finer first), then text position."""
    iv = interval(rec) or (date.max, date.max)
    precision = str((rec.get("date") or {}).get("precision") or "day")
    return (
        iv[0],
        iv[1],
        PRECISION_RANK.get(precision, 5),
        str(rec.get("doc_id") or ""),
        int(rec.get("sentence_start") or 0),
    )


def _month_end(d: date) -> bool:
    return d.day == calendar.monthrange(d.year, d.month)[1]


def _aligned(lo: date, hi: date) -> str:
    """The coarsest calendar unit both bounds fall on: year, month or day."""
    if (lo.month, lo.day) == (1, 1) and (hi.month, hi.day) == (12, 31):
        return "year"
    if lo.day == 1 and _month_end(hi):
        return "month"
    return "day"


def _fmt(d: date, unit: str) -> str:
    if unit == "year":
        return f"{d.year:04d}"
    if unit == "month":
        return f"{d.year:04d}-{d.month:02d}"
    return d.isoformat()


def _decade(lo: date, hi: date) -> str | None:
    base = lo.year - lo.year % 10
    if hi.year - hi.year % 10 != base:
        if lo.year % 10 == 0 and hi.year % 10 == 9:
            return f"{base}s–{hi.year - hi.year % 10}s"
        return None
    s, e = lo.year % 10, hi.year % 10
    if s == 0 and e == 9:
        return f"{base}s"
    if e <= 4:
        return f"early {base}s"
    if s >= 6:
        return f"late {base}s"
    return f"mid-{base}s"


def display_date(d: Mapping[str, Any] | None) -> str:
    """A date as a reader writes it, by precision.

    ``1991-12-25`` (day), ``2014-09`` (month), ``2014`` (year), ``1995–1996``
    (a range of whole years), ``1990s`` / ``mid-1990s`` (decade), ``since 1993``,
    ``until 2001``; ``undated`` for None.
    """
    if not d or (d.get("start") is None and d.get("end") is None):
        return "undated"
    try:
        lo = parse_day(d.get("start"))
        hi = parse_day(d.get("end"), end=True)
    except QueryError:
        return str(d.get("text") or "undated")
    if lo is None and hi is not None:
        return "until " + _fmt(hi, _aligned(date(hi.year, 1, 1), hi))
    if hi is None and lo is not None:
        return "since " + _fmt(lo, _aligned(lo, date(lo.year, 12, 31)))
    assert lo is not None and hi is not None
    precision = str(d.get("precision") or "day")
    if precision == "decade":
        label = _decade(lo, hi)
        if label:
            return label
    # The finer of the stated precision and the unit the bounds fall on: bounds
    # that do not fit the stated precision are shown as they are.
    unit = _aligned(lo, hi)
    if precision in ("day", "month") and GRANULARITY_RANK[precision] < GRANULARITY_RANK[unit]:
        unit = precision
    first, last = _fmt(lo, unit), _fmt(hi, unit)
    return first if first == last else f"{first}–{last}"


def granularity(d: Mapping[str, Any] | None) -> str:
    """The unit at which a date's start is known: day, month, year or decade."""
    if not d:
        return "day"
    precision = str(d.get("precision") or "day")
    if precision in GRANULARITY_RANK:
        return precision
    try:
        lo = parse_day(d.get("start"))
        hi = parse_day(d.get("end"), end=True)
    except QueryError:
        return "day"
    if lo is None or hi is None:
        return "year"
    return _aligned(lo, hi)


def truncate(d: date, unit: str) -> tuple[int, ...]:
    """A date cut to a unit, for comparing at that granularity."""
    if unit == "decade":
        return (d.year // 10,)
    if unit == "year":
        return (d.year,)
    if unit == "month":
        return (d.year, d.month)
    return (d.year, d.month, d.day)
