"""Lines of a typeset PDF page, in reading order, from pdfplumber's words.

Reads the words pdfplumber finds on each page (text, box, font size and name;
ligatures expanded). Adds ``Line`` records: words grouped by baseline (small
raised digits join the line they are raised above), a row split where a wide
gap opens, two-column pages read left column then right column between
full-width lines, and running headers, footers and bare page numbers removed
(lines repeated at the same place on several pages, page numbers at the top
or bottom of a page).

pdfplumber gives characters and words with positions but no notion of
paragraphs, columns or page furniture; the few rules those need are here.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

_SUPER = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_LIGATURES = str.maketrans(
    {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
)
_BOLD = re.compile(r"(?i)bold|black|heavy|semibold|demi|cmbx|\bbx")
_PAGE_NUMBER = re.compile(
    r"(?i)^[-–—\s]*(?:page\s+)?(?:\d{1,4}|[ivxlc]{1,7})(?:\s*(?:of|/)\s*\d{1,4})?[-–—\s]*$"
)
_MARKER_TEXT = re.compile(r"^\d{1,3}(?:,\d{1,3})*$")
# a spacing accent set apart from its letter by TeX fonts (O¨ for Ö)
_ACCENTS = {
    "¨": "\u0308",
    "´": "\u0301",
    "`": "\u0300",
    "ˆ": "\u0302",
    "˜": "\u0303",
    "¸": "\u0327",
}


@dataclass(slots=True)
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    marker: bool = False  # a small raised number: a footnote marker or a note's own number


@dataclass(slots=True)
class Line:
    words: list[Word]
    page: int
    size: float = 0.0
    top: float = 0.0
    bottom: float = 0.0
    x0: float = 0.0
    x1: float = 0.0
    column: int = 0  # 0 full width or single column, 1 left, 2 right
    tags: set[str] = field(default_factory=set)

    def finish(self) -> Line:
        self.words.sort(key=lambda w: w.x0)
        weights: Counter[float] = Counter()
        for w in self.words:
            weights[round(w.size, 1)] += len(w.text)
        self.size = weights.most_common(1)[0][0]
        main = [w for w in self.words if w.size >= self.size * 0.9] or self.words
        self.top = min(w.top for w in main)
        self.bottom = max(w.bottom for w in main)
        self.x0 = self.words[0].x0
        self.x1 = max(w.x1 for w in self.words)
        for w in self.words:
            w.marker = (
                bool(_MARKER_TEXT.match(w.text))
                and w.size <= self.size * 0.85
                and w.bottom < self.bottom - self.size * 0.12
            )
        return self

    @property
    def bold(self) -> bool:
        letters = [w for w in self.words if not w.marker]
        return bool(letters) and all(w.bold for w in letters)

    def plain(self) -> str:
        """The text without marker digits."""
        return self.text({}, markers=False)

    def text(self, numbers: dict[int, int] | None = None, markers: bool = True) -> str:
        """The text with markers as superscript digits.

        ``numbers`` (printed -> document number) renumbers them; when given, a
        raised number that is not a key stays plain text (an exponent, say).
        """
        out = ""
        prev: Word | None = None
        for w in self.words:
            if w.marker and not markers:
                continue
            gap = w.x0 - prev.x1 if prev else 0.0
            prev = w
            cited = split_marker(w.text, numbers) if w.marker else []
            if cited and (numbers is None or all(n in numbers for n in cited)):
                sup = [numbers.get(n, n) if numbers else n for n in cited]
                out += " ".join(str(n).translate(_SUPER) for n in sup)
            else:
                out += (" " if out and gap > self.size * 0.1 and not w.marker else "") + w.text
        return out


def split_marker(digits: str, known: dict[int, int] | None) -> list[int]:
    """The note numbers of a marker: "6,7" -> [6, 7]; "67" -> [6, 7] when notes 6
    and 7 are on the page and note 67 is not."""
    parts = [int(p) for p in digits.split(",")]
    if known is None or len(parts) > 1 or parts[0] in known:
        return parts
    for cut in range(1, len(digits)):
        a, b = int(digits[:cut]), int(digits[cut:])
        if a in known and b in known and digits[cut] != "0":
            return [a, b]
    return parts


def _words(page: Any) -> list[Word]:
    raw = page.extract_words(
        x_tolerance_ratio=0.2, extra_attrs=["size", "fontname"], expand_ligatures=True
    )
    out = []
    for w in raw:
        # "(cid:13)": a glyph pdfminer cannot map to a character
        text = _fix_accents(re.sub(r"\(cid:\d+\)", "", str(w["text"])).translate(_LIGATURES))
        if text.strip():
            out.append(
                Word(
                    text,
                    float(w["x0"]),
                    float(w["x1"]),
                    float(w["top"]),
                    float(w["bottom"]),
                    float(w["size"]),
                    bool(_BOLD.search(str(w["fontname"]))),
                )
            )
    return out


def _fix_accents(text: str) -> str:
    """ "O¨mu¨r" -> "Ömür": a spacing accent after its letter becomes a combining one."""
    if not any(a in text for a in _ACCENTS):
        return text
    return re.sub(
        "([A-Za-z])([" + "".join(_ACCENTS) + "])",
        lambda m: m.group(1) + _ACCENTS[m.group(2)],
        text,
    )


def _rows(words: list[Word]) -> list[list[Word]]:
    """Words grouped by baseline; small raised (or lowered) words join the row they sit in."""
    rows: list[list[Word]] = []
    bases: list[tuple[float, float, float]] = []  # (top, bottom, size) of each row
    for w in sorted(words, key=lambda w: (-round(w.size, 1), w.top)):
        for i, (top, bottom, size) in enumerate(bases):
            same_base = abs(w.bottom - bottom) <= size * 0.25 and w.size >= size * 0.85
            inside = (
                w.size < size * 0.85
                and w.top >= top - size * 0.4
                and w.bottom <= bottom + size * 0.3
            )
            if same_base or inside:
                rows[i].append(w)
                break
        else:
            rows.append([w])
            bases.append((w.top, w.bottom, w.size))
    return rows


def _segments(row: list[Word]) -> list[list[Word]]:
    """A row split where the gap between words is wide (a column gutter)."""
    row = sorted(row, key=lambda w: w.x0)
    segs = [[row[0]]]
    for w in row[1:]:
        prev = segs[-1][-1]
        if w.x0 - prev.x1 > max(prev.size, w.size) * 1.2:
            segs.append([w])
        else:
            segs[-1].append(w)
    return segs


def _gutter(lines: list[Line]) -> float | None:
    """The x of a column gutter crossed by few lines, with text on both sides, or None."""
    if len(lines) < 10:
        return None
    left = min(ln.x0 for ln in lines)
    right = max(ln.x1 for ln in lines)
    width = right - left
    best: tuple[int, float] | None = None
    x = left + width * 0.3
    while x < left + width * 0.7:
        crossing = sum(1 for ln in lines if ln.x0 < x < ln.x1)
        if best is None or crossing < best[0]:
            best = (crossing, x)
        x += 2.0
    if best is None:
        return None
    crossing, gx = best
    n_left = sum(1 for ln in lines if ln.x1 <= gx)
    n_right = sum(1 for ln in lines if ln.x0 >= gx)
    if n_left >= 5 and n_right >= 5 and crossing <= 0.25 * len(lines):
        return gx
    return None


def page_lines(page: Any, index: int) -> list[Line]:
    """The lines of one page in reading order (columns one after the other)."""
    words = _words(page)
    if not words:
        return []
    lines = [Line(seg, index).finish() for row in _rows(words) for seg in _segments(row) if seg]
    lines.sort(key=lambda ln: (ln.top, ln.x0))
    gx = _gutter(lines)
    if gx is None:
        return _merge_row_segments(lines)
    ordered: list[Line] = []
    band: list[Line] = []
    for ln in lines:
        if ln.x0 < gx < ln.x1:
            ordered += _band(band, gx)
            band = []
            ordered.append(ln)
        else:
            band.append(ln)
    return ordered + _band(band, gx)


def _band(band: list[Line], gx: float) -> list[Line]:
    for ln in band:
        ln.column = 1 if ln.x1 <= gx else 2
    return sorted(band, key=lambda ln: (ln.column, ln.top, ln.x0))


def _merge_row_segments(lines: list[Line]) -> list[Line]:
    """On a one-column page, pieces of one row set apart by a wide gap are one line."""
    out: list[Line] = []
    for ln in lines:
        prev = out[-1] if out else None
        if prev and abs(prev.bottom - ln.bottom) < 1.0 and ln.x0 > prev.x1:
            out[-1] = Line(prev.words + ln.words, ln.page).finish()
        else:
            out.append(ln)
    return out


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", text.lower()).strip()


def drop_furniture(pages: list[list[Line]]) -> list[list[Line]]:
    """Pages without running headers, footers and page numbers.

    A line among the first or last two of its page goes when it is a bare page
    number, or when a line of the same shape (digits aside) stands at the same
    height on another page.
    """
    edges: list[list[Line]] = [p[:2] + p[-2:] if len(p) > 4 else list(p) for p in pages]
    seen: Counter[tuple[str, int]] = Counter()
    for edge in edges:
        for key in {(_shape(ln.plain()), round(ln.top / 3)) for ln in edge}:
            seen[key] += 1
    out: list[list[Line]] = []
    for page, edge in zip(pages, edges, strict=True):
        ids = {id(ln) for ln in edge}
        keep = []
        for ln in page:
            if id(ln) in ids:
                text = ln.plain()
                if _PAGE_NUMBER.match(text) or (
                    len(pages) > 1 and seen[(_shape(text), round(ln.top / 3))] >= 2
                ):
                    continue
            keep.append(ln)
        out.append(keep)
    return out
