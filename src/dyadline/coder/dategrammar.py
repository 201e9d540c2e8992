"""The date grammar: one date expression's words -> ``DateSpan(start, end, precision)``.

Reads: a string (and, for expressions that need it, a resolver giving the year in
context, an anchor, the document's date and its episodes). Adds nothing to
documents; ``dyadline.coder.time`` applies it to spaCy sentences and documents.

Why hand-written rather than ``dateparser``: dateparser reads single absolute dates
but not intervals; it fails on decades ("the mid-1990s") and year ranges
("1992-94", "1995/96"), turns "in 2012-13" into a wrong day, and knows nothing of
named episodes. It is also slow to import and to call, and this runs on every
sentence, so the grammar here is a handful of regular expressions compiled once.
The interval choices are listed in ``dyadline.coder.time``'s docstring.
"""

from __future__ import annotations

import calendar
import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from dyadline.coder.episodes import Episode
from dyadline.coder.episodes import _packaged as _packaged_episodes
from dyadline.coder.episodes import packaged_test as packaged_episode_test
from dyadline.model import DateSpan

_Core = tuple[date | None, date | None, str]


# --------------------------------------------------------------------------- grammar

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name} | {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
}
_MONTHS |= {"sept": 9, "oct": 10, "nov": 11, "dec": 12}
_MONTH_FULL = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
MON = rf"(?P<mon>{_MONTH_FULL}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
YEAR = r"(?P<year>1[89]\d\d|20\d\d)"
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_COUNT_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
)
_COUNT_WORDS += " fifteen sixteen seventeen eighteen nineteen twenty"
_NUMBERS = {w: i for i, w in enumerate(_COUNT_WORDS.split())}
_NUMBERS |= {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "a": 1, "an": 1}
_NUM_WORDS = "|".join(sorted(_NUMBERS, key=len, reverse=True))
NUM = rf"(?P<n>\d{{1,3}}|{_NUM_WORDS})"
NUM_COUNT = NUM.replace("|an|a)", ")")  # "a day" is too often not a duration
UNIT = r"(?P<unit>day|week|month|year)s?"
_WEEKDAYS = [d.lower() for d in calendar.day_name]
_PART = r"(?P<part>early|mid|late|(?:the\s+)?(?:end|beginning|start|middle)\s+of)"

# Words before a date that change its interval (longest forms first).
_PREP_WORDS = {
    "since": "since|from|beginning|starting|beginning in|beginning on|starting in|starting on|"
    "as early as",
    "until": "until|till|up to|up until|through|by|no later than",
    "before": "before|prior to|ahead of|in advance of|in the run-up to|in the lead-up to|"
    "on the eve of",
    "after": "after|following|in the wake of|in the aftermath of",
}
_PREP_CLASS = {w: cls for cls, words in _PREP_WORDS.items() for w in words.split("|")}
_POINT_PREPS = (
    "in|on|at|during|throughout|within|around|circa|amid|amidst|as of|"
    "in the course of|over the course of|in between"
)
_PREP_RE = re.compile(
    r"(?<![\w-])(?P<prep>"
    + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in _PREP_CLASS)
    + "|"
    + _POINT_PREPS.replace(" ", r"\s+")
    + r")\s+$",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"['\u2019]s\b")
_EDGE_RE = re.compile(
    r"(?<![\w-])(?P<edge>(?:the\s+)?(?:end|start|beginning|outbreak|onset|close)\s+of)\s+$",
    re.IGNORECASE,
)


class Resolver:
    """What a date expression may need from outside its own words (nothing, here)."""

    def _year_hint(self) -> int | None:
        return None

    def _partial_year(self, month: int, day: int | None) -> int | None:
        """The year of a date given without one ("on March 6", "in July")."""
        return self._year_hint()

    def _anchor(self) -> DateSpan | None:
        return None

    def _today(self) -> date | None:
        return None

    def _ahead(self) -> bool:
        """Is the expression read for an event told in the future ("will meet on
        Tuesday": the first Tuesday on or after the story's day)?"""
        return False

    def _episode(self, ep: Episode) -> DateSpan:
        return ep.span

    def _war(self) -> DateSpan | None:
        return None

    def _stage(self, word: str) -> DateSpan | None:
        return None


NO_CONTEXT = Resolver()


@dataclass(frozen=True, slots=True)
class _Rule:
    name: str
    kind: str
    regex: re.Pattern[str]
    handler: Callable[[re.Match[str], Resolver], _Core | None]
    accept: Callable[[re.Match[str]], bool] = lambda m: True


@dataclass(frozen=True, slots=True)
class Hit:
    start: int  # whole mention, with its preposition
    end: int
    core_start: int
    prep: str | None
    edge: str | None
    rule: _Rule
    match: re.Match[str]


# --------------------------------------------------------------------------- date helpers


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def _num(word: str) -> int:
    w = word.lower()
    return int(w) if w.isdigit() else _NUMBERS[w]


def _mon(m: re.Match[str]) -> int:
    return _MONTHS[m["mon"].lower().rstrip(".")]


def _whole(unit: str, d: date) -> _Core:
    """The calendar unit (day, week, month, year) that holds ``d``."""
    if unit == "year":
        return date(d.year, 1, 1), date(d.year, 12, 31), "year"
    if unit == "month":
        return date(d.year, d.month, 1), _month_end(d.year, d.month), "month"
    if unit == "week":
        return d, d + timedelta(days=6), "range"
    return d, d, "day"


def _shift(d: date, n: int, unit: str) -> date:
    if unit == "year":
        return _add_months(d, 12 * n)
    if unit == "month":
        return _add_months(d, n)
    return d + timedelta(days=n * (7 if unit == "week" else 1))


# --------------------------------------------------------------------------- rule handlers


def _h_iso(m: re.Match[str], r: Resolver) -> _Core | None:
    d = date(int(m["year"]), int(m["m2"]), int(m["day"]))
    return d, d, "day"


def _valid_day(m: re.Match[str]) -> bool:
    y = int(m["year"]) if m.groupdict().get("year") else 2000
    mon = int(m["m2"]) if "m2" in m.groupdict() else _mon(m)
    return 1 <= mon <= 12 and 1 <= int(m["day"]) <= calendar.monthrange(y, mon)[1]


def _h_day(m: re.Match[str], r: Resolver) -> _Core | None:
    mon, day = _mon(m), int(m["day"])
    year = int(m["year"]) if m.groupdict().get("year") else r._partial_year(mon, day)
    if year is None:
        return None
    d = date(year, mon, day)
    return d, d, "day"


def _h_month(m: re.Match[str], r: Resolver) -> _Core | None:
    mon = _mon(m)
    year = int(m["year"]) if m.groupdict().get("year") else r._partial_year(mon, None)
    if year is None:
        return None
    return date(year, mon, 1), _month_end(year, mon), "month"


def _part_of(part: str) -> str:
    p = part.lower()
    if "early" in p or "beginning" in p or "start" in p:
        return "early"
    if "mid" in p:
        return "mid"
    return "late"


def _h_part_month(m: re.Match[str], r: Resolver) -> _Core | None:
    mon, part = _mon(m), _part_of(m["part"])
    year = int(m["year"]) if m["year"] else r._partial_year(mon, None)
    if year is None:
        return None
    first, last = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}[part]
    end = min(last, calendar.monthrange(year, mon)[1])
    return date(year, mon, first), date(year, mon, end), "range"


def _h_part_year(m: re.Match[str], r: Resolver) -> _Core | None:
    year, part = int(m["year"]), _part_of(m["part"])
    first, last = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}[part]
    return date(year, first, 1), _month_end(year, last), "range"


def _h_decade(m: re.Match[str], r: Resolver) -> _Core | None:
    if m["dec4"]:
        base = int(m["dec4"])
    else:
        two = int(m["dec2"])
        base = (1900 if two >= 30 else 2000) + two
    first, last = 0, 9
    if m["part"]:
        first, last = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}[_part_of(m["part"])]
    return date(base + first, 1, 1), date(base + last, 12, 31), "decade"


def _decade_ok(m: re.Match[str]) -> bool:
    # "the 90s" / "'90s" are decades; "in his 40s" is an age.
    return bool(m["dec4"]) or bool(m["the"]) or bool(m["apo"])


def _years(m: re.Match[str]) -> tuple[int, int]:
    y1, y2s = int(m["year"]), m["y2"]
    y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
    return y1, y2


def _range_ok(m: re.Match[str]) -> bool:
    y1, y2 = _years(m)
    return y1 < y2 <= y1 + 30


def _h_years(m: re.Match[str], r: Resolver) -> _Core | None:
    y1, y2 = _years(m)
    return date(y1, 1, 1), date(y2, 12, 31), "range"


def _h_year(m: re.Match[str], r: Resolver) -> _Core | None:
    y = int(m["year"])
    return date(y, 1, 1), date(y, 12, 31), "year"


def _h_episode(m: re.Match[str], r: Resolver) -> _Core | None:
    group = m.lastgroup
    if group is None:
        return None
    span = r._episode(_packaged_episodes()[0][int(group[1:])])
    return _core_of(span)


def _core_of(span: DateSpan | None) -> _Core | None:
    if span is None:
        return None
    s = date.fromisoformat(span.start) if span.start else None
    e = date.fromisoformat(span.end) if span.end else None
    return s, e, span.precision


def _h_war(m: re.Match[str], r: Resolver) -> _Core | None:
    return _core_of(r._war())


def _h_stage(m: re.Match[str], r: Resolver) -> _Core | None:
    return _core_of(r._stage(stage_of(m)))


def stage_of(m: re.Match[str]) -> str:
    return (m["ord"] or m["num"] or m["this"] or "").lower()


def _h_ago(m: re.Match[str], r: Resolver) -> _Core | None:
    n, unit, direction = _num(m["n"]), m["unit"].lower(), m["dir"].lower()
    if direction == "ago":
        base = r._today()
        return None if base is None else _whole(unit, _shift(base, -n, unit))
    anchor = r._anchor()
    if anchor is None or (anchor.start or anchor.end) is None:
        return None
    if direction == "later":
        return _whole(unit, _shift(date.fromisoformat(anchor.end or anchor.start or ""), n, unit))
    return _whole(unit, _shift(date.fromisoformat(anchor.start or anchor.end or ""), -n, unit))


_SATURDAY = 5  # date.weekday() of a Saturday


def _calendar_week(d: date) -> _Core:
    """Monday to Sunday of the week that holds ``d``."""
    monday = d - timedelta(days=d.weekday())
    return monday, monday + timedelta(days=6), "range"


def _h_named_rel(m: re.Match[str], r: Resolver) -> _Core | None:
    rel, unit = " ".join(m["rel"].lower().split()), m["unit"].lower()
    step = {"last": -1, "this": 0, "next": 1, "coming": 1}.get(rel)
    if step is not None:
        base = r._today()
        if base is None:
            return None
        if unit == "week":  # "last week" is the calendar week before the story's
            if step == -1 and base.weekday() >= _SATURDAY:
                # told on a weekend, "last week" is as often the working week just
                # ended: from the Monday of the calendar week before to the story's day
                return _calendar_week(_shift(base, step, unit))[0], base, "range"
            return _calendar_week(_shift(base, step, unit))
        return _whole(unit, _shift(base, step, unit))
    anchor = r._anchor()
    if anchor is None or anchor.start is None:
        return None
    d = date.fromisoformat(anchor.start)
    step = {"the following": 1, "the next": 1, "the previous": -1, "the preceding": -1}.get(rel, 0)
    return _whole(unit, _shift(d, step, unit))


def _h_deictic(m: re.Match[str], r: Resolver) -> _Core | None:
    """ "Friday" is the most recent Friday on or before the story's day (for an event
    told in the future, the first on or after it); "last Friday" the one before it,
    "next / coming Friday" the first after it, "this Friday" the one of the story's
    week (Monday to Sunday)."""
    base = r._today()
    if base is None:
        return None
    word, mod = m["word"].lower(), (m["mod"] or "").lower()
    if word in _WEEKDAYS:
        target = _WEEKDAYS.index(word)
        if mod in ("next", "coming"):
            base += timedelta(days=(target - base.weekday() - 1) % 7 + 1)
        elif mod in ("last", "past"):
            base -= timedelta(days=(base.weekday() - target - 1) % 7 + 1)
        elif mod == "this":
            base += timedelta(days=target - base.weekday())
        elif r._ahead():
            base += timedelta(days=(target - base.weekday()) % 7)
        else:
            base -= timedelta(days=(base.weekday() - target) % 7)
    else:
        base += timedelta(days={"yesterday": -1, "today": 0, "tomorrow": 1}[word])
    return base, base, "day"


def _h_next_day(m: re.Match[str], r: Resolver) -> _Core | None:
    """ "the previous day", "the day before": the day before the last date named (the
    story's day if none); "the next / following day", "the day after": the day after."""
    anchor = r._anchor()
    iso = (anchor.start or anchor.end) if anchor is not None else None
    base = date.fromisoformat(iso) if iso else r._today()
    if base is None:
        return None
    rel = (m["rel"] or m["rel2"]).lower()
    step = {"previous": -1, "preceding": -1, "before": -1, "same": 0}.get(rel, 1)
    if step > 0 and anchor is not None and anchor.end:
        base = date.fromisoformat(anchor.end)
    day = base + timedelta(days=step)
    return day, day, "day"


def _h_month_rel(m: re.Match[str], r: Resolver) -> _Core | None:
    """ "last August": the latest August before the story's month; "next / coming
    March" the first March after it; "this July" the one of the story's year."""
    base = r._today()
    if base is None:
        return None
    mon, rel = _mon(m), m["rel"].lower()
    year = base.year
    if rel in ("last", "past"):
        year -= 1 if mon >= base.month else 0
    elif rel in ("next", "coming"):
        year += 1 if mon <= base.month else 0
    return date(year, mon, 1), _month_end(year, mon), "month"


def _h_month_range(m: re.Match[str], r: Resolver) -> _Core | None:
    """ "from May to August (of last year)", "between March and May 2020"."""
    first, last = _mon(m), _MONTHS[m["mon2"].lower().rstrip(".")]
    rel = (m["rel"] or "").lower()
    today = r._today()
    if m["year"]:
        year: int | None = int(m["year"])
    elif rel and today is not None:
        year = today.year - (1 if rel == "last" else 0)
    else:
        year = r._partial_year(last, None)
    if year is None:
        return None
    start_year = year - 1 if first > last else year
    return date(start_year, first, 1), _month_end(year, last), "range"


def _h_this_unit(m: re.Match[str], r: Resolver) -> _Core | None:
    """ "earlier this month": the month's first day to the story's day; "later this
    year": the story's day to the year's end (a week runs Monday to Sunday)."""
    base = r._today()
    if base is None:
        return None
    unit = m["unit"].lower()
    first, last, _ = _calendar_week(base) if unit == "week" else _whole(unit, base)
    if m["when"].lower() == "earlier":
        return first, base, "range"
    return base, last, "range"


def _h_future(m: re.Match[str], r: Resolver) -> _Core | None:
    today = r._today()
    return None if today is None else (today, None, "range")


def _h_duration(m: re.Match[str], r: Resolver) -> _Core | None:
    n, unit = _num(m["n"]), m["unit"].lower()
    if unit == "year" and n > 10:
        return None  # "for 500 years" is history, not the length of an event
    anchor = r._anchor()
    today = r._today()
    back = (m["rel"] or "").lower() in ("past", "last")
    before = m.string[: m.start()].split()
    if (
        before
        and _PREP_CLASS.get(before[-1].lower()) == "after"
        and not m["rel"]
        and (anchor is None or not (anchor.start or anchor.end))
        and not r._ahead()
    ):
        return None  # "released after three years in detention": years since when is not told
    if back and today is not None:
        start = end = today  # "in the past two years": up to the story's day
    elif anchor is not None and (anchor.start or anchor.end):
        start = date.fromisoformat(anchor.start or anchor.end or "")
        end = date.fromisoformat(anchor.end or anchor.start or "")
    else:
        if today is None:
            return None
        start = end = today
    if back:
        return _shift(end, -n, unit) + timedelta(days=1), end, "range"
    return start, _shift(start, n, unit) - timedelta(days=1), "range"


def _h_overnight(m: re.Match[str], r: Resolver) -> _Core | None:
    """ "overnight": the night before the story's day, so that day and the one before
    it (for an event told in the future, the story's day and the next)."""
    base = r._today()
    if base is None:
        return None
    if r._ahead():
        return base, base + timedelta(days=1), "range"
    return base - timedelta(days=1), base, "range"


def _h_weekend(m: re.Match[str], r: Resolver) -> _Core | None:
    """ "over the weekend", "last weekend": the latest Saturday and Sunday not after the
    story's day (told on a Saturday, that day only); "next / coming weekend" or one
    told in the future the first weekend after it; "this weekend" the one of the
    story's week (Monday to Sunday)."""
    base = r._today()
    if base is None:
        return None
    mod = (m["mod"] or "").lower()
    if mod in ("next", "coming") or (r._ahead() and mod != "last"):
        sat = base + timedelta(days=(_SATURDAY - base.weekday()) % 7)
        if mod in ("next", "coming") and sat == base:
            sat += timedelta(days=7)
        return sat, sat + timedelta(days=1), "range"
    if mod == "this":
        sat = base + timedelta(days=_SATURDAY - base.weekday())
        return sat, sat + timedelta(days=1), "range"
    sat = base - timedelta(days=(base.weekday() - _SATURDAY) % 7)
    return sat, min(sat + timedelta(days=1), base), "range"


_RECENT_DAYS = {"day": 7, "week": 28, "month": 183}


def _h_recent(m: re.Match[str], r: Resolver) -> _Core | None:
    """ "in recent days / weeks / months", "in the past few weeks": back from the story's
    day by a week, four weeks, six months."""
    base = r._today()
    if base is None:
        return None
    return base - timedelta(days=_RECENT_DAYS[m["unit"].lower()]), base, "range"


def _h_part_rel(m: re.Match[str], r: Resolver) -> _Core | None:
    """ "early this month", "late last year", "mid-next month": the part of the month
    (1-10 / 11-20 / 21-end) or year (Jan-Apr / May-Aug / Sep-Dec) of the month or year
    the word names; for "this" month or year not past the story's day unless told in
    the future."""
    base = r._today()
    if base is None:
        return None
    rel, unit, part = m["rel"].lower(), m["unit"].lower(), _part_of(m["part"])
    d = _shift(base, {"last": -1, "this": 0, "next": 1}[rel], unit)
    if unit == "year":
        a, b = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}[part]
        first, last = date(d.year, a, 1), _month_end(d.year, b)
    else:
        a, b = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}[part]
        first = date(d.year, d.month, a)
        last = date(d.year, d.month, min(b, calendar.monthrange(d.year, d.month)[1]))
    if rel == "this" and not r._ahead() and first <= base < last:
        last = base
    return first, last, "range"


def _h_month_of_rel(m: re.Match[str], r: Resolver) -> _Core | None:
    """ "January of this year", "in March of last year": that month of the year named
    relative to the story's."""
    base = r._today()
    if base is None:
        return None
    year = base.year + {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
    mon = _mon(m)
    return date(year, mon, 1), _month_end(year, mon), "month"


def _r(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)


_I = re.IGNORECASE
_RULES: tuple[_Rule, ...] = (
    _Rule(
        "iso",
        "absolute",
        _r(r"\b(?P<year>\d{4})-(?P<m2>\d\d)-(?P<day>\d\d)\b"),
        _h_iso,
        _valid_day,
    ),
    _Rule("mdy", "absolute", _r(rf"\b{MON}\s+{DAY},?\s+{YEAR}\b"), _h_day, _valid_day),
    _Rule(
        "dmy",
        "absolute",
        _r(rf"\b(?:the\s+)?{DAY}\s+(?:of\s+)?{MON},?\s+{YEAR}\b"),
        _h_day,
        _valid_day,
    ),
    _Rule("my", "absolute", _r(rf"\b{MON},?\s+{YEAR}\b"), _h_month),
    _Rule("md", "partial", _r(rf"\b{MON}\s+{DAY}\b(?!,?\s*\d)"), _h_day, _valid_day),
    _Rule("dm", "partial", _r(rf"\b{DAY}\s+(?:of\s+)?{MON}(?!\.?,?\s*\d)"), _h_day, _valid_day),
    _Rule(
        "part_month",
        "partial",
        _r(rf"\b(?i:{_PART})[-\s]+{MON}(?:,?\s+{YEAR})?(?!\.?\s*\d)\b"),
        _h_part_month,
    ),
    _Rule(
        "part_year",
        "absolute",
        _r(rf"\b{_PART}[-\s]+{YEAR}\b(?!['’]?s\b|\s*[-–—/]\s*\d)", _I),
        _h_part_year,
    ),
    _Rule(
        "decade",
        "absolute",
        _r(
            r"\b(?P<the>the\s+)?(?:(?P<part>early|mid|late)[-\s]+)?"
            r"(?:(?P<dec4>1[89]\d0|20\d0)|(?P<apo>['’])?(?P<dec2>[1-9]0))['’]?s\b",
            _I,
        ),
        _h_decade,
        _decade_ok,
    ),
    _Rule(
        "year_words",
        "absolute",
        _r(
            rf"\b(?:between|from)\s+{YEAR}\s+(?:and|to|until|till|through)"
            r"\s+(?P<y2>\d{4})\b",
            _I,
        ),
        _h_years,
        _range_ok,
    ),
    _Rule(
        "year_range",
        "absolute",
        _r(rf"\b{YEAR}\s*[-–—/]\s*(?P<y2>\d{{4}}|\d\d)\b(?![-–—/]\d)"),
        _h_years,
        _range_ok,
    ),
    _Rule(
        "year",
        "absolute",
        _r(rf"(?<![$£€\d.,/-]){YEAR}\b(?!['’]?s\b|\s*%|[.,]\d|\s*[-–—/]\s*\d)"),
        _h_year,
    ),
    _Rule("month", "partial", _r(rf"\b(?P<mon>{_MONTH_FULL})\b(?!\.?,?\s*\d)"), _h_month),
    _Rule("episode", "episode", _packaged_episodes()[1], _h_episode),
    _Rule(
        "war",
        "anaphoric",
        _r(r"\b(?:the|this|that)\s+(?:(?:recent|latest|same)\s+)?war\b(?!\s+(?:on|against)\b)", _I),
        _h_war,
    ),
    _Rule(
        "stage",
        "anaphoric",
        _r(
            r"\b(?:(?:the|its|this|that)\s+(?P<ord>first|second|third|fourth|final|last|next|"
            r"previous|initial)\s+(?:stage|phase)|(?:stage|phase)\s+(?P<num>one|two|three|four|[1-4])"
            r"|(?P<this>this|that)\s+(?:stage|phase))"
            r"(?:\s+of\s+the\s+(?:war|conflict|fighting|operation|offensive))?\b",
            _I,
        ),
        _h_stage,
    ),
    _Rule(
        "ago",
        "relative",
        _r(rf"\b{NUM}\s+{UNIT}\s+(?P<dir>ago|earlier|later|previously)\b", _I),
        _h_ago,
    ),
    _Rule(
        "month_of_rel",
        "relative",
        _r(rf"\b(?P<mon>{_MONTH_FULL})\s+(?i:of)\s+(?i:(?P<rel>this|last|next))\s+(?i:year)\b"),
        _h_month_of_rel,
    ),
    _Rule(
        "part_rel",
        "relative",
        _r(
            r"\b(?P<part>early|mid|late|(?:the\s+)?(?:end|beginning|start|middle)\s+of)[-\s]+"
            r"(?P<rel>last|this|next)\s+(?P<unit>year|month)\b",
            _I,
        ),
        _h_part_rel,
    ),
    _Rule("overnight", "relative", _r(r"\bovernight\b", _I), _h_overnight),
    _Rule(
        "weekend",
        "relative",
        _r(r"\b(?:(?P<mod>last|this|next|coming|past)|the(?:\s+(?:past|last))?)\s+weekend\b", _I),
        _h_weekend,
    ),
    _Rule(
        "recent",
        "relative",
        _r(
            r"\b(?:in\s+)?(?:recent|the\s+(?:past|last)\s+(?:few|several))\s+(?P<unit>day|week|month)s\b",
            _I,
        ),
        _h_recent,
    ),
    _Rule(
        "named_rel",
        "relative",
        _r(
            r"\b(?P<rel>last|this|next|coming|the\s+following|the\s+next|the\s+previous|"
            r"the\s+preceding|the\s+same|that)\s+(?P<unit>year|month|week)\b(?!s)",
            _I,
        ),
        _h_named_rel,
    ),
    _Rule(
        "next_day",
        "relative",
        _r(
            r"\b(?:the\s+(?P<rel>following|next|previous|preceding|same)\s+day"
            r"|the\s+day\s+(?P<rel2>before|after)(?!\s+[a-z]))\b",
            _I,
        ),
        _h_next_day,
    ),
    _Rule(
        "month_range",
        "partial",
        _r(
            rf"\b(?i:from|between)\s+{MON}\s+(?i:to|through|until|till|and)\s+"
            rf"(?P<mon2>{_MONTH_FULL}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
            rf"(?:,?\s+{YEAR}|\s+(?i:of\s+)?(?i:(?P<rel>this|last))\s+year)?\b(?!\.?\s*\d)"
        ),
        _h_month_range,
    ),
    _Rule(
        "month_rel",
        "relative",
        _r(rf"\b(?i:(?P<rel>last|past|next|coming|this))\s+(?P<mon>{_MONTH_FULL})\b(?!\.?,?\s*\d)"),
        _h_month_rel,
    ),
    _Rule(
        "this_unit",
        "relative",
        _r(r"\b(?P<when>earlier|later)\s+this\s+(?P<unit>week|month|year)\b", _I),
        _h_this_unit,
    ),
    _Rule(
        "deictic",
        "relative",
        _r(
            r"\b(?:(?i:(?P<mod>next|last|this|coming|past))\s+(?=[A-Z]))?"
            r"(?P<word>yesterday|today|tomorrow|" + "|".join(calendar.day_name) + r")\b"
        ),
        _h_deictic,
    ),
    _Rule(
        "future",
        "future",
        _r(
            r"\b(?:in\s+the\s+(?:near\s+|foreseeable\s+|distant\s+)?future|in\s+(?:the\s+)?"
            r"coming\s+(?:years|months|weeks|days)|in\s+the\s+years\s+to\s+come|going\s+forward)\b",
            _I,
        ),
        _h_future,
    ),
    _Rule(
        "duration",
        "duration",
        _r(
            r"\b(?:(?:for|over)\s+)?(?:the\s+(?P<rel>next|following|first|past|last)\s+)?"
            + NUM_COUNT
            + r"\s+"
            + UNIT
            + r"\b",
            _I,
        ),
        _h_duration,
    ),
)


# Quick tests a text must pass for a rule to have any match in it, each a search for
# something every match of the rule contains (with the rule's own case flags): most
# sentences have no month, no digit, no unit of time, and the full patterns try all
# their branches at every word. A rule without a gate always runs.
_MONTH_GATE = re.compile("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec").search  # MON's cases
_DIGIT_GATE = re.compile(r"\d").search
_UNIT_GATE = re.compile("day|week|month|year", _I).search
_GATES: dict[str, Callable[[str], object]] = {
    **dict.fromkeys(
        ("mdy", "dmy", "my", "md", "dm", "part_month", "month", "month_of_rel"), _MONTH_GATE
    ),
    **dict.fromkeys(("month_range", "month_rel"), _MONTH_GATE),
    **dict.fromkeys(
        ("iso", "year_words", "year_range", "year", "decade", "part_year"), _DIGIT_GATE
    ),
    **dict.fromkeys(
        ("duration", "ago", "recent", "named_rel", "this_unit", "part_rel", "next_day", "weekend"),
        _UNIT_GATE,
    ),
    "deictic": re.compile("day|tomorrow").search,  # its days of the week, "yesterday", "today"
    "war": re.compile("war", _I).search,
    "stage": re.compile("stage|phase", _I).search,
    "episode": packaged_episode_test(),
}


def scan(text: str) -> list[Hit]:
    """Non-overlapping date expressions in ``text``: longest first, then leftmost."""
    return list(_scan(text))


@lru_cache(maxsize=8192)
def _scan(text: str) -> tuple[Hit, ...]:
    """``scan``, kept for texts seen again (a mention's words are read several times)."""
    cands: list[Hit] = []
    passed: dict[int, bool] = {}  # gate -> found in the text
    for rule in _RULES:
        gate = _GATES.get(rule.name)
        if gate is not None:
            ok = passed.get(id(gate))
            if ok is None:
                ok = passed[id(gate)] = bool(gate(text))
            if not ok:
                continue  # the rule cannot match here
        for m in rule.regex.finditer(text):
            if m.end() == m.start() or not rule.accept(m):
                continue
            start, edge, prep = m.start(), None, None
            if rule.kind in ("episode", "anaphoric"):
                e = _EDGE_RE.search(text, max(0, start - 30), start)
                if e is not None:
                    start, edge = e.start(), e["edge"]
            p = _PREP_RE.search(text, max(0, start - 30), start)
            if p is not None and not (
                p["prep"].lower() == "from" and _POSSESSIVE.match(text, m.end())
            ):
                # "the toll rose from Saturday's blasts": "from" tells the source of
                # the possessed thing, not a start ("from Saturday on")
                start, prep = p.start(), " ".join(p["prep"].lower().split())
            cands.append(Hit(start, m.end(), m.start(), prep, edge, rule, m))
    cands.sort(key=lambda h: (-(h.end - h.core_start), h.core_start))
    taken: list[Hit] = []
    for h in cands:
        if all(h.end <= t.core_start or h.core_start >= t.end for t in taken):
            taken.append(h)
    # a kept hit's preposition must not swallow a neighbour's words
    out: list[Hit] = []
    for h in sorted(taken, key=lambda h: h.core_start):
        if out and h.start < out[-1].end:
            h = dataclasses.replace(h, start=h.core_start, prep=None, edge=None)
        out.append(h)
    return tuple(out)


def _apply(hit: Hit, core: _Core) -> _Core:
    s, e, precision = core
    if hit.edge:
        word = hit.edge.lower().split()[-2]
        edge_day = e if word in ("end", "close") else s
        s = e = edge_day
        precision = "day"
    cls = _PREP_CLASS.get(hit.prep or "")
    if cls == "since":
        return s, None, "range"
    if cls == "until":
        return None, e, "range"
    if cls == "before":
        return None, (s - timedelta(days=1) if s else None), "range"
    if cls == "after":
        return e, None, "range"
    return s, e, precision


def count_word(word: str) -> int:
    """The number a count word or numeral names ("three", "14")."""
    return _num(word)


def relate(span: DateSpan, word: str) -> DateSpan:
    """``span`` seen through a preposition of time ("before", "after", "since",
    "until"): what a date under it would mean; other words leave it."""
    cls = _PREP_CLASS.get(word.lower())
    if cls is None:
        return span
    s = date.fromisoformat(span.start) if span.start else None
    e = date.fromisoformat(span.end) if span.end else None
    if cls == "since":
        s, e = s, None
    elif cls == "until":
        s = None
    elif cls == "before":
        s, e = None, (s - timedelta(days=1) if s else None)
    else:
        s, e = e, None
    return DateSpan(
        s.isoformat() if s else None,
        e.isoformat() if e else None,
        "range",
        span.text,
        inferred=span.inferred,
    )


def shift_span(span: DateSpan, n: int, unit: str) -> DateSpan:
    """``span`` moved by ``n`` units ("three days after" the vote of March 3 -> March 6)."""
    s = _shift(date.fromisoformat(span.start), n, unit) if span.start else None
    e = _shift(date.fromisoformat(span.end), n, unit) if span.end else None
    return DateSpan(
        s.isoformat() if s else None,
        e.isoformat() if e else None,
        span.precision if span.precision in ("day", "range") else "range",
        span.text,
        inferred=span.inferred,
    )


def hit_span(hit: Hit, text: str, res: Resolver) -> DateSpan | None:
    """The interval of one hit; None when it cannot be resolved, also when its words
    name no real day ("February 29" of 2019, "0000-01-01", a day past 9999-12-31): an
    odd date is no date, never an error that would lose its document."""
    try:
        core = hit.rule.handler(hit.match, res)
        if core is None:
            return None
        s, e, precision = _apply(hit, core)
    except (ValueError, OverflowError):
        return None
    return DateSpan(
        s.isoformat() if s else None,
        e.isoformat() if e else None,
        precision,
        text[hit.start : hit.end],
    )


def best_hit(hits: list[Hit]) -> Hit | None:
    return max(hits, key=lambda h: h.end - h.start, default=None)


class _Anchored(Resolver):
    def __init__(self, anchor: DateSpan) -> None:
        self.anchor = anchor
        iso = anchor.start or anchor.end
        try:
            self.day: date | None = date.fromisoformat(iso) if iso else None
        except ValueError:
            self.day = None  # an anchor that is not a day anchors nothing

    def _year_hint(self) -> int | None:
        return self.day.year if self.day else None

    def _anchor(self) -> DateSpan | None:
        return self.anchor

    def _today(self) -> date | None:
        return self.day


def parse_date(text: str, anchor: DateSpan | None = None) -> DateSpan | None:
    """The interval of one date expression; ``anchor`` supplies a year or reference day.

    >>> parse_date("in 2012-13")
    DateSpan(start='2012-01-01', end='2013-12-31', precision='range', text='in 2012-13', ...)
    """
    text = text.strip()
    hit = best_hit(scan(text))
    if hit is None:
        return None
    return hit_span(hit, text, _Anchored(anchor) if anchor else NO_CONTEXT)


# --------------------------------------------------------------------------- sentences
