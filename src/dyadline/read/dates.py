"""A document's own date: from a metadata value or from a dateline opening its text.

Reads: a date as a corpus field, a front matter or an HTML page gives it (ISO 8601
dates and times, RFC 2822 as in RSS feeds, "March 3, 2021", epoch seconds), and the
first lines of a document's clean text. Adds: ``document_date`` (the value as an
ISO ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``), ``dateline_date`` (the date of a
dateline such as "WASHINGTON, March 3, 2021 —" or "March 3 (Reuters) -") and
``date_document``, which makes a document with a date of its own news
(``Document.news``), so its date resolves the relative dates of the story.

Why our own: the standard library parses ISO 8601 and RFC 2822 already, and
``dyadline.coder.dategrammar`` reads written-out dates; ``dateutil``'s fuzzy parser would
also accept strings that are not dates at all ("may 5 people") as dates.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime

from dyadline.coder.dategrammar import MON, parse_date
from dyadline.model import Document

_PARTIAL = re.compile(r"(?P<y>\d{4})(?:-(?P<m>\d\d))?")
#: epoch seconds between 1970 and 2100 (a larger number is taken as milliseconds)
_EPOCH_MAX = 4_102_444_800


class BadDate(ValueError):
    """A date value that is there but cannot be read as a date."""


def document_date(value: object) -> str | None:
    """The ISO date of a metadata value; None when there is none (empty or null);
    ``BadDate`` when there is a value that is not a date."""
    if value is None or isinstance(value, bool):
        if value is None:
            return None
        raise BadDate(f"{value!r} is not a date")
    if isinstance(value, int | float):
        return _epoch(float(value))
    if not isinstance(value, str):
        raise BadDate(f"{type(value).__name__} value is not a date")
    text = value.strip()
    if not text:
        return None
    found = _iso(text) or _rfc2822(text) or _written(text)
    if found is None:
        raise BadDate(f"{text[:40]!r} is not a date")
    return found


def _epoch(seconds: float) -> str:
    if seconds > _EPOCH_MAX:
        seconds /= 1000.0
    if not 0 <= seconds <= _EPOCH_MAX:
        raise BadDate(f"{seconds!r} is not a time in seconds since 1970")
    return datetime.fromtimestamp(seconds, UTC).date().isoformat()


def _iso(text: str) -> str | None:
    partial = _PARTIAL.fullmatch(text)
    if partial:
        year, month = int(partial["y"]), partial["m"]
        if year < 1 or (month is not None and not 1 <= int(month) <= 12):
            return None
        return text
    try:
        return datetime.fromisoformat(text).date().isoformat()
    except ValueError:
        pass
    try:
        return date.fromisoformat(text[:10]).isoformat() if len(text) == 10 else None
    except ValueError:
        return None


def _rfc2822(text: str) -> str | None:
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _written(text: str) -> str | None:
    span = parse_date(text)
    if span is None or span.start is None or span.start != span.end:
        return None
    if span.precision != "day" or len(span.text) < len(text) - 1:
        return None  # only a full date that is the whole value ("March 3, 2021")
    return span.start


_DATELINE = re.compile(
    r"\A(?:(?P<place>[A-Z][A-Z.'’-]*(?:\s+[A-Z][A-Z.'’-]*){0,3}(?:,\s+[A-Z][\w.]*){0,2}),\s+)?"
    rf"{MON}\s+(?P<day>[0-3]?\d)(?:,\s+(?P<year>\d{{4}}))?\s*"
    r"(?P<agency>\([A-Z][\w .&-]{0,30}\)\s*)?[-–—]{1,2}\s"
)


def dateline_date(text: str, known: str | None = None) -> str | None:
    """The date of a dateline opening ``text`` ("CITY, Month D, YYYY —", "Month D
    (Agency) -"); a year-less dateline takes the year of ``known`` (the date the
    metadata gives), the most recent such day not after it, and without ``known``
    gives None."""
    m = _DATELINE.match(text[:200])
    if m is None or not (m["place"] or m["agency"] or m["year"]):
        return None
    month_day = f"{m['mon']} {m['day']}"
    if m["year"]:
        return _written(f"{month_day}, {m['year']}")
    if not known or len(known) < 10:
        return None
    try:
        anchor = date.fromisoformat(known[:10])
    except ValueError:
        return None
    for year in (anchor.year, anchor.year - 1):
        found = _written(f"{month_day}, {year}")
        if found is not None and found <= anchor.isoformat():
            return found
    return None


def date_document(document: Document) -> Document:
    """Give ``document`` the date of its dateline where it has one, and make a
    document with a date of its own news. Returns the same object."""
    start = next((b for b in document.blocks if b.kind == "paragraph"), None)
    head = document.text[start.start : start.end] if start else document.text
    dated = dateline_date(head, document.date)
    if dated is not None:
        document.date = dated
    if document.date:
        document.news = True
    return document
