"""Endnotes: find a document's trailing notes section, split it, audit it.

Reads the raw paragraphs of a document (each a list of lines, before any
cleaning) and the headings listed in ``codebooks/note_headings.tsv``. Adds
``Note`` records (number, raw text with its line breaks, URLs, and a
best-effort title, outlet and ISO date) and, through ``audit_notes``, a list
of ``NoteProblem`` findings: URLs broken across lines, malformed YouTube ids,
a date whose year contradicts the year in the URL, notes nobody cites and
markers without a note.

Citation parsing is hand-written: citation parsers (anystyle, GROBID) are
trained models or services, far heavier than the few patterns endnotes in
reports and chapters need, and they do not keep the raw text we audit.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import cache

from dyadline.codebook import read_tsv
from dyadline.model import Note, NoteMarker

Paragraph = list[str]

_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
SUPER_TO_DIGIT = str.maketrans(_SUPERSCRIPTS, "0123456789")

# "- 1 text", "1. text", "1) text", "[1] text", "[^1]: text", "¹ text"
_NOTE_START = re.compile(
    r"^\s*(?:[-*•+]\s+)?"
    r"(?:\[\^?(?P<br>\d{1,3})\]:?|(?P<num>\d{1,3})[.):]?|(?P<sup>[" + _SUPERSCRIPTS + r"]+))"
    r"(?:\s+|$)(?P<rest>.*)$"
)
_BULLET = re.compile(r"^\s*[-*•+]\s+(?P<rest>.*)$")
_URL_IN_BRACKETS = re.compile(r"<(https?://[^\s<>]+)>?")
_BARE_URL = re.compile(r"(?<![<\w/])https?://[^\s<>\"”)\]]+")
_PATH_FRAGMENT = re.compile(r"^[\w.~%+-]*/[^\s<>]*>?$")
_QUOTED = re.compile(r"“([^”]+)”|\"([^\"]+)\"")
_ITALIC = re.compile(
    r"(?<![*\w])\*{1,2}(?!\s)([^*\n]+?)(?<!\s)\*{1,2}(?![*\w])|(?<!\w)_([^_\n]+)_(?!\w)"
)
_YOUTUBE = re.compile(
    r"(?:youtube\.com/(?:watch\?(?:[^#\s]*&)?v=|embed/|shorts/)|youtu\.be/)([\w-]+)"
)
_URL_YEAR = re.compile(r"/((?:19|20)\d\d)(?=/|$|[-_]\d)")
_TRIM = " \t,.;:–—-"


@cache
def _headings() -> dict[str, str]:
    return {row["heading"].lower(): row["kind"] for row in read_tsv("note_headings.tsv")}


def notes_heading_kind(line: str) -> str | None:
    """The kind of notes section a line opens ("numbered"/"list"), or None."""
    key = re.sub(r"\s+", " ", line.strip().strip("#*_ ").rstrip(":").strip().lower())
    return _headings().get(key)


# ---------------------------------------------------------------- dates


def _month_numbers() -> dict[str, int]:
    names: dict[str, int] = {}
    for i in range(1, 13):
        names[calendar.month_name[i].lower()] = i
        names[calendar.month_abbr[i].lower()] = i
    names["sept"] = 9
    return names


_MONTHS = _month_numbers()
_MONTH_RE = r"(?P<m>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATE_PATTERNS = (
    re.compile(r"\b" + _MONTH_RE + r"\s+(?P<d>\d{1,2}),?\s+(?P<y>(?:19|20)\d\d)\b", re.I),
    re.compile(r"\b(?P<d>\d{1,2})\s+" + _MONTH_RE + r",?\s+(?P<y>(?:19|20)\d\d)\b", re.I),
    re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<mn>\d\d)-(?P<d>\d\d)\b"),
    re.compile(r"\b" + _MONTH_RE + r",?\s+(?P<y>(?:19|20)\d\d)\b", re.I),
)


@dataclass(frozen=True, slots=True)
class FoundDate:
    start: int
    end: int
    iso: str  # YYYY-MM-DD, or YYYY-MM when the note gives no day
    year: int


def find_dates(text: str) -> list[FoundDate]:
    """Dates written as "April 22, 2021", "22 April 2021", "2021-04-22" or "April 2021"."""
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            gd = m.groupdict()
            month = int(gd["mn"]) if gd.get("mn") else _MONTHS[gd["m"].lower()]
            year = int(gd["y"])
            day = int(gd["d"]) if gd.get("d") else 0
            if not 1 <= month <= 12 or day > calendar.monthrange(year, month)[1]:
                continue
            iso = f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")
            found.append(FoundDate(m.start(), m.end(), iso, year))
            taken.append((m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)


# ---------------------------------------------------------------- URLs


@dataclass(frozen=True, slots=True)
class SplitUrl:
    """A URL broken across lines: its head, the continuation, where each stands."""

    head: str
    tail: str
    start: int  # offset of the head in the note text
    end: int  # offset just past the tail

    @property
    def joined(self) -> str:
        return self.head + self.tail


def find_split_urls(text: str) -> list[SplitUrl]:
    """URLs whose path continues on a later line ("…/ar>" then "chive/2012/…")."""
    found: list[SplitUrl] = []
    for m in re.finditer(r"<?(https?://[^\s<>]+)>?", text):
        rest = text[m.end() :]
        gap = re.match(r"[ \t]*\n\s*", rest)
        if not gap:
            continue
        nxt = rest[gap.end() :]
        token = nxt.split(None, 1)[0] if nxt.strip() else ""
        line = nxt.split("\n", 1)[0].strip()
        if not token or token != line or token.lower().startswith("http"):
            continue
        if not _PATH_FRAGMENT.match(token):
            continue
        tail = token.rstrip(">").rstrip(".,;")
        end = m.end() + gap.end() + len(token)
        found.append(SplitUrl(m.group(1), tail, m.start(), end))
    return found


def note_urls(text: str) -> list[str]:
    """URLs of a note, in order; a URL split across lines is given whole."""
    splits = {s.start: s for s in find_split_urls(text)}
    urls: list[str] = []
    spans: list[tuple[int, int]] = []
    for m in _URL_IN_BRACKETS.finditer(text):
        split = splits.get(m.start())
        url = split.joined if split else m.group(1).rstrip(".,;")
        urls.append(url)
        spans.append((m.start(), split.end if split else m.end()))
    for m in _BARE_URL.finditer(text):
        if any(s <= m.start() < e for s, e in spans):
            continue
        split = splits.get(m.start())
        urls.append(split.joined if split else m.group(0).rstrip(".,;"))
    return list(dict.fromkeys(urls))


def youtube_id(url: str) -> str | None:
    m = _YOUTUBE.search(url)
    return m.group(1) if m else None


# ---------------------------------------------------------------- parsing


def _fields(note: Note) -> Note:
    text = note.text
    note.urls = note_urls(text)
    after = 0
    q = _QUOTED.search(text)
    first_italic = _ITALIC.search(text)
    if q and first_italic and first_italic.start() < q.start():
        q = None  # a book (italic title) is cited before any quoted title
    if q:
        note.title = (q.group(1) or q.group(2)).strip(_TRIM) or None
        after = q.end()
    italic = _ITALIC.search(text, after)
    if italic:
        name = (italic.group(1) or italic.group(2)).strip(_TRIM)
        if q:
            note.outlet = name or None
        else:
            note.title = name or None
        after = italic.end()
    dates = [d for d in find_dates(text) if d.start >= after] or find_dates(text)
    note.date = dates[0].iso if dates else None
    return note


def _start(line: str, previous: int | None, new_paragraph: bool) -> tuple[int, str] | None:
    """(number, rest) when a line opens a new note rather than continuing one."""
    m = _NOTE_START.match(line)
    if not m:
        return None
    raw = m.group("br") or m.group("num") or m.group("sup").translate(SUPER_TO_DIGIT)
    number = int(raw)
    if previous is None or number == previous + 1:
        return number, m.group("rest")
    bulleted = bool(_BULLET.match(line)) or bool(m.group("br"))
    if (new_paragraph or bulleted) and previous + 1 < number <= previous + 5:
        return number, m.group("rest")
    return None


def parse_notes(paragraphs: list[Paragraph], kind: str = "numbered") -> list[Note]:
    """Notes from the paragraphs after a notes heading; continuations join the note above."""
    notes: list[Note] = []
    for para in paragraphs:
        for i, line in enumerate(para):
            opened = _start(line, notes[-1].number if notes else None, i == 0)
            if opened:
                notes.append(Note(number=opened[0], text=opened[1].strip()))
            elif notes:
                sep = "\n\n" if i == 0 else "\n"
                notes[-1].text = (notes[-1].text + sep + line.strip()).strip()
    if not notes and kind == "list":
        entries: list[str] = []
        for para in paragraphs:
            items = [b.group("rest") for b in map(_BULLET.match, para) if b]
            entries.extend(items if len(items) == len(para) else [" ".join(para)])
        notes = [Note(number=i, text=e.strip()) for i, e in enumerate(entries, 1) if e.strip()]
    return [_fields(n) for n in notes]


def split_notes(paragraphs: list[Paragraph]) -> tuple[list[Paragraph], list[Note]]:
    """Body paragraphs and the notes of the last notes section, if it holds notes."""
    for pi in range(len(paragraphs) - 1, -1, -1):
        para = paragraphs[pi]
        for li, line in enumerate(para):
            kind = notes_heading_kind(line)
            if kind is None:
                continue
            rest = [para[li + 1 :]] if li + 1 < len(para) else []
            notes = parse_notes(rest + paragraphs[pi + 1 :], kind)
            if notes:
                body = [*paragraphs[:pi], para[:li]] if li else paragraphs[:pi]
                return body, notes
    return paragraphs, []


# ---------------------------------------------------------------- audit


@dataclass(frozen=True, slots=True)
class NoteProblem:
    """One finding of the notes audit; ``number`` is None for document-wide ones."""

    number: int | None
    kind: str
    message: str


def _year_conflicts(note: Note) -> list[NoteProblem]:
    """A URL path year (…/2012/01/…) that differs from the date the citation gives."""
    problems: list[NoteProblem] = []
    text = note.text
    dates = find_dates(text)
    segment_start = 0
    for m in _URL_IN_BRACKETS.finditer(text):
        split = next((s for s in find_split_urls(text) if s.start == m.start()), None)
        url = split.joined if split else m.group(1)
        cited = [d for d in dates if segment_start <= d.start < m.start()]
        segment_start = split.end if split else m.end()
        years = {int(y) for y in _URL_YEAR.findall(url.split("?", 1)[0])}
        if cited and years and cited[-1].year not in years:
            problems.append(
                NoteProblem(
                    note.number,
                    "date_url_year",
                    f"note {note.number}: cited date {cited[-1].iso} but the URL {url} "
                    f"is dated {'/'.join(map(str, sorted(years)))}; check which is right",
                )
            )
    return problems


def audit_notes(notes: list[Note], markers: list[NoteMarker]) -> list[NoteProblem]:
    """Problems in a document's notes and their markers, in note order."""
    problems: list[NoteProblem] = []
    for note in notes:
        n = note.number
        for split in find_split_urls(note.text):
            problems.append(
                NoteProblem(
                    n,
                    "split_url",
                    f"note {n}: URL {split.head} is broken across lines and continues "
                    f"with {split.tail}; the full URL is probably {split.joined}",
                )
            )
        for url in note.urls:
            vid = youtube_id(url)
            if vid is not None and len(vid) != 11:
                problems.append(
                    NoteProblem(
                        n,
                        "youtube_id",
                        f"note {n}: YouTube id {vid!r} in {url} has {len(vid)} characters, "
                        "not 11; the link is probably mistyped",
                    )
                )
        problems.extend(_year_conflicts(note))
    cited = {m.number for m in markers}
    numbers = [note.number for note in notes]
    for n in sorted(set(numbers)):
        if numbers.count(n) > 1:
            problems.append(
                NoteProblem(n, "duplicate", f"note {n} appears {numbers.count(n)} times")
            )
        if n not in cited:
            problems.append(NoteProblem(n, "uncited", f"note {n}: no marker in the text cites it"))
    for n in sorted(cited - set(numbers)):
        problems.append(NoteProblem(n, "no_note", f"marker {n} has no note in the notes section"))
    return sorted(problems, key=lambda p: (p.number is None, p.number or 0))
