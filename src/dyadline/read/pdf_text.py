"""Paragraphs, headings, title and authors from the body lines of a PDF.

Reads the body ``Line`` records of every page (furniture and foot notes
already gone, ``pdf_layout`` / ``pdf_notes``). Adds blocks of text: a new
paragraph where the gap between lines widens, the first line is indented, a
short line ends a sentence, or the font size changes; headings where the
line is larger than the body or bold; a paragraph cut by a page or column
break continued; words hyphenated at a line end joined ("inter-" "national")
unless the document writes the hyphenated form elsewhere ("list-based");
the title (the largest line of page one) and the author line(s) under it.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections import Counter
from dataclasses import dataclass

from dyadline.read.pdf_layout import Line

_BULLETS = frozenset("•◦▪‣*·")
_TERMINAL = re.compile(r"[.!?:;…][\"”’')\]]*$")
_TOKEN = re.compile(r"[^\W\d_][\w’'-]*[^\W\d_]", re.U)
_PARTICLES = frozenset(
    {"de", "da", "van", "von", "der", "den", "al", "bin", "ibn", "del", "la", "le"}
)
_NAME_TOKEN = re.compile(r"[^\W\d_][^\W\d_.'’-]*(?:[.'’-][^\W\d_]*)*\.?")


@dataclass(slots=True)
class PdfBlock:
    kind: str  # "heading" or "paragraph"
    lines: list[Line]
    text: str = ""

    @property
    def size(self) -> float:
        return self.lines[0].size


class Joiner:
    """Joins wrapped lines, undoing end-of-line hyphenation with the document's own words."""

    def __init__(self, texts: list[str]) -> None:
        self.words: Counter[str] = Counter()
        broken = False  # the line before ended in a hyphen
        for text in texts:
            tokens = [t.lower() for t in _TOKEN.findall(text)]
            if broken:
                tokens = tokens[1:]  # the second half of a broken word is not a word
            broken = text.rstrip().endswith("-")
            if broken:
                tokens = tokens[:-1]
            self.words.update(tokens)

    def join(self, lines: list[str]) -> str:
        out = ""
        for raw in lines:
            line = raw.strip()
            if not line:
                continue
            if not out:
                out = line
            elif out.endswith("\u00ad"):
                out = out[:-1] + line
            elif re.search(r"[^\W\d_]-$", out) and line[:1].isupper():
                out += line  # "Lambda-" "Calculus": a compound, not a broken word
            elif re.search(r"[^\W\d_]-$", out) and line[:1].islower():
                head = re.search(r"([\w’'-]*)-$", out)
                tail = re.match(r"[\w’'-]*", line)
                left = head.group(1).lower() if head else ""
                right = tail.group(0).lower() if tail else ""
                # keep "list-based" when the document writes it so, or writes both
                # halves as words and never the joined form
                hyphenated = self.words[f"{left}-{right}"] > 0 or (
                    min(len(left), len(right)) >= 3 and self.words[left] and self.words[right]
                )
                keep = bool(hyphenated) and self.words[left + right] == 0
                out = (out if keep else out[:-1]) + line
            else:
                out += " " + line
        return out


def join_wrapped(lines: list[str]) -> str:
    """Lines joined with end-of-line hyphens undone (no document vocabulary)."""
    return Joiner(lines).join(lines)


def body_size(pages: list[list[Line]]) -> float:
    """The font size most of the text is set in."""
    weights: Counter[float] = Counter()
    for page in pages:
        for ln in page:
            weights[ln.size] += sum(len(w.text) for w in ln.words)
    return weights.most_common(1)[0][0] if weights else 10.0


def _pitch(pages: list[list[Line]], size: float) -> float:
    steps = [
        b.top - a.top
        for page in pages
        for a, b in itertools.pairwise(page)
        if a.size == b.size == size and a.column == b.column and 0 < b.top - a.top < size * 3
    ]
    # the lower quartile: most steps are within paragraphs, short ones not always
    return statistics.quantiles(steps, n=4)[0] if len(steps) > 1 else size * 1.2


def _heading(ln: Line, size: float) -> bool:
    if ln.size >= size * 1.08:
        return len(ln.words) <= 25
    return ln.bold and len(ln.words) <= 14 and ln.size >= size * 0.95


def blocks(pages: list[list[Line]], size: float) -> list[PdfBlock]:
    """The blocks of the body lines of all pages, in reading order."""
    pitch = _pitch(pages, size)
    lefts: dict[tuple[int, int], float] = {}
    rights: dict[tuple[int, int], float] = {}
    for page in pages:
        by_col: dict[tuple[int, int], list[Line]] = {}
        for ln in page:
            by_col.setdefault((ln.page, ln.column), []).append(ln)
        for key, col in by_col.items():
            lefts[key] = Counter(round(ln.x0) for ln in col).most_common(1)[0][0]
            rights[key] = max(ln.x1 for ln in col)
    out: list[PdfBlock] = []
    prev: Line | None = None
    for page in pages:
        for ln in page:
            head = _heading(ln, size)
            kind = "heading" if head else "paragraph"
            if prev is None or not out or _breaks(prev, ln, out[-1], kind, pitch, lefts, rights):
                out.append(PdfBlock(kind, [ln]))
            else:
                out[-1].lines.append(ln)
            prev = ln
    return out


def _breaks(
    a: Line,
    b: Line,
    block: PdfBlock,
    kind: str,
    pitch: float,
    lefts: dict[tuple[int, int], float],
    rights: dict[tuple[int, int], float],
) -> bool:
    if kind != block.kind or abs(a.size - b.size) > 0.3:
        return True
    left = lefts[(b.page, b.column)]
    indented = b.x0 > left + b.size * 0.8
    flush_a = a.x0 <= lefts[(a.page, a.column)] + b.size * 0.5
    moved = (a.page, a.column) != (b.page, b.column)
    if kind == "heading":
        return moved or b.top - a.bottom > pitch
    if moved:
        return indented or bool(_TERMINAL.search(a.plain()))
    if b.top - a.top > pitch * 1.4:
        return True
    if b.words[0].text in _BULLETS:
        return True
    ended = bool(_TERMINAL.search(a.plain()))
    short = a.x1 < rights[(a.page, a.column)] - b.size * 3
    # an indented first line; not the hanging indent of an item's second line
    if indented and flush_a and (ended or short):
        return True
    return short and ended


def names(text: str) -> list[str]:
    """The names on an author line ("A and B", "A, B & C", "By A"), or []."""
    text = re.sub(r"[*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]+|\([^()]*@[^()]*\)|<[^<>]*@[^<>]*>", "", text).strip()
    text = re.sub(r"(?i)^by\s+", "", text)
    if not text or re.search(r"[\d@:/]", text):
        return []
    parts = [p.strip() for p in re.split(r"\s*[,;]\s*(?:and\s+)?|\s+(?:and|&)\s+", text)]
    for part in parts:
        tokens = part.split()
        if not 2 <= len(tokens) <= 4:
            return []
        for tok in tokens:
            if tok.lower() in _PARTICLES:
                continue
            if not (tok[0].isupper() and _NAME_TOKEN.fullmatch(tok)):
                return []
    return parts


def title_and_authors(blocks_: list[PdfBlock], size: float) -> tuple[str | None, list[str]]:
    """The largest block of page one (if larger than the body) and the names under it."""
    first = [b for b in blocks_ if b.lines[0].page == 0]
    if not first:
        return None, []
    top = max(first, key=lambda b: b.size)
    if top.size < size * 1.15:
        return None, []
    title = " ".join(ln.plain() for ln in top.lines)
    authors: list[str] = []
    for block in first[first.index(top) + 1 : first.index(top) + 6]:
        per_line = [names(ln.plain()) for ln in block.lines]
        if len(block.lines) <= 4 and all(per_line):
            authors = [n for line_names in per_line for n in line_names]
            block.kind = "heading"
            break
        words = sum(len(ln.words) for ln in block.lines)
        if words > 25 or (len(block.lines) > 1 and _TERMINAL.search(block.lines[-1].plain())):
            break  # the text has begun
    return title, authors
