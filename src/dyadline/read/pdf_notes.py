"""Footnotes at the foot of PDF pages, and reference lists that are not notes.

Reads the ``Line`` records of each page (``pdf_layout``) and the body font
size. Adds the page footnotes: the run of lines at the bottom of a page set
smaller than the body, each note opened by its number (small raised digits,
a superscript, or a plain number); a foot line without a number continues the
note before it, also from the page before. Notes numbered anew (per chapter)
are numbered 1..n through the document, and their markers follow. Also finds
where a bibliography ("References", "Works Cited", numbered or not) begins.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from dyadline.model import Note
from dyadline.read.notes import notes_heading_kind, parse_notes
from dyadline.read.pdf_layout import Line

_SUPER_START = re.compile(r"^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*(.*)$")
_PLAIN_START = re.compile(r"^(\d{1,3})[.)]?\s+(\S.*)$")
_SECTION_NUMBER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.)\s+")


@dataclass(slots=True)
class PageNote:
    page: int
    number: int  # as printed
    lines: list[str] = field(default_factory=list)


def _opening(line: Line, cited: set[int]) -> tuple[int, str] | None:
    """(number, rest of the line) when a foot line opens a note: a small raised or
    superscript number, or a plain one that a raised marker above cites."""
    first = line.words[0]
    if first.marker and "," not in first.text:
        return int(first.text), " ".join(w.text for w in line.words[1:])
    text = line.text()
    m = _SUPER_START.match(text)
    if m:
        return int(m.group(1).translate(str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789"))), m.group(2)
    m = _PLAIN_START.match(text)
    if m and int(m.group(1)) in cited:
        return int(m.group(1)), m.group(2)
    return None


def _cited(lines: list[Line]) -> set[int]:
    """Every number the raised markers of these lines may stand for ("12": 12, 1, 2)."""
    found: set[int] = set()
    for ln in lines:
        for w in ln.words:
            if w.marker:
                digits = w.text.replace(",", "")
                found.update(int(p) for p in w.text.split(","))
                found.update(int(digits[:k]) for k in range(1, len(digits)))
                found.update(int(digits[k:]) for k in range(1, len(digits)))
    return found


def _foot(page: list[Line], body_size: float) -> int:
    """Where the run of small lines at the bottom of a page begins (len(page): none)."""
    foot = len(page)
    while foot > 0 and page[foot - 1].size <= body_size * 0.92:
        foot -= 1
    if page and foot < len(page):
        top = min(ln.top for ln in page)
        height = max(ln.bottom for ln in page) - top
        if foot == 0 or page[foot].top - top < height * 0.4:
            return len(page)  # small type filling the page is not a foot (a reference list)
    return foot


def take_footnotes(
    pages: list[list[Line]], body_size: float
) -> tuple[list[list[Line]], list[PageNote]]:
    """Pages without their foot notes, and the notes in page order."""
    notes: list[PageNote] = []
    out: list[list[Line]] = []
    last_foot = -2  # the last page with notes at its foot
    cited_before: set[int] = set()
    for index, page in enumerate(pages):
        foot = _foot(page, body_size)
        cited = _cited(page[:foot]) | cited_before
        cited_before = _cited(page[:foot])
        start = next((i for i in range(foot, len(page)) if _opening(page[i], cited)), len(page))
        # small lines above the first number continue the note of the page before
        carried = bool(notes) and last_foot == index - 1 and start > foot
        if carried and start == len(page):
            top = min(ln.top for ln in page)
            height = max(ln.bottom for ln in page) - top
            carried = page[-1].bottom - page[foot].top < height * 0.3
        if start == len(page) and not carried:
            out.append(page)
            continue
        last_foot = index
        if carried:
            notes[-1].lines += [ln.text() for ln in page[foot:start]]
        for ln in page[start:]:
            opened = _opening(ln, cited)
            if opened:
                notes.append(PageNote(index, opened[0], [opened[1]]))
            else:
                notes[-1].lines.append(ln.text())
        out.append(page[: foot if carried else start])
    return out, notes


def number_notes(notes: list[PageNote]) -> dict[int, dict[int, int]]:
    """Per page, printed number -> document number; 1..n when numbers restart."""
    numbers = [n.number for n in notes]
    restart = any(b <= a for a, b in itertools.pairwise(numbers))
    per_page: dict[int, dict[int, int]] = {}
    for i, note in enumerate(notes, 1):
        per_page.setdefault(note.page, {})[note.number] = i if restart else note.number
    return per_page


def footnote_records(notes: list[PageNote], per_page: dict[int, dict[int, int]]) -> list[Note]:
    """``Note`` records (with URLs, title, date) of the page notes."""
    from dyadline.read.pdf_text import join_wrapped

    out: list[Note] = []
    for note in notes:
        number = per_page[note.page][note.number]
        text = join_wrapped(note.lines)
        parsed = parse_notes([[f"{number} {text}"]])
        if parsed:
            parsed[0].number = number
            out.append(parsed[0])
    return out


def bibliography_heading(text: str) -> bool:
    """Whether a heading opens a reference list ("8 Works Cited", "References")."""
    return notes_heading_kind(_SECTION_NUMBER.sub("", text.strip())) == "list"
