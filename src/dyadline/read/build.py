"""Building a ``Document`` from the text a reader produced.

Reads the decoded text of a document (plain text, or Markdown, which the HTML
reader produces too) and the metadata the reader found. Adds everything a
``Document`` carries: the notes (``notes.split_notes``), paragraphs and
headings as ``Block`` offsets into the clean text (blocks joined by a blank
line), paragraphs split by a page or line break rejoined, footnote markers as
``NoteMarker`` offsets, the title (metadata, else the first heading) and the
authors (metadata, else an "A and B" line under the title).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Literal

from dyadline.model import Block, Document, Note, NoteMarker
from dyadline.read.clean import clean_block, normalize
from dyadline.read.notes import parse_notes, split_notes

Kind = Literal["paragraph", "heading", "item", "guess"]

_ATX = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-{2,})\s*$")
_RULE = re.compile(r"^\s{0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$")
_ITEM = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+(.*)$")
_FENCE = re.compile(r"^\s*(```|~~~)")
_FOOTNOTE_DEF = re.compile(r"^\[\^\d{1,4}\]:")
_TERMINAL = re.compile(r"[.!?:;…][\"”’')\]]*$")
_PARTICLES = frozenset(
    {"de", "da", "van", "von", "der", "den", "al", "bin", "ibn", "del", "la", "le"}
)


@dataclass(slots=True)
class _Raw:
    lines: list[str]
    kind: Kind = "guess"


@dataclass(slots=True)
class _Clean:
    text: str
    kind: Kind
    markers: list[tuple[int, int]] = field(default_factory=list)
    n_lines: int = 1


_FENCE_OPEN = re.compile(r"[ \t]*(```|~~~)")
_FENCE_CLOSE = re.compile(r"[ \t]*(```|~~~)[ \t]*")


def _drop_code_blocks(text: str) -> str:
    """``text`` without fenced code blocks (an opening fence line up to the next line that
    is only the same fence), each replaced by an empty line. A line scan with the closing
    fences looked up by bisection: linear, where a regex was quadratic on many unclosed
    fences. An opening fence without a close stays as it is."""
    lines = text.split("\n")
    closes: dict[str, list[int]] = {"```": [], "~~~": []}
    for i, line in enumerate(lines):
        m = _FENCE_CLOSE.fullmatch(line)
        if m:
            closes[m.group(1)].append(i)
    if not closes["```"] and not closes["~~~"]:
        return text
    out: list[str] = []
    i = 0
    while i < len(lines):
        m = _FENCE_OPEN.match(lines[i])
        if m:
            ends = closes[m.group(1)]
            k = bisect.bisect_right(ends, i)
            if k < len(ends):
                out.append("")
                i = ends[k] + 1
                continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)


def _paragraphs(text: str) -> list[list[str]]:
    text = _drop_code_blocks(text)  # fenced code is not prose
    return [p.split("\n") for p in re.split(r"\n[ \t]*\n", text) if p.strip()]


def _footnote_defs(paras: list[list[str]]) -> tuple[list[list[str]], list[list[str]]]:
    """Markdown ``[^1]: text`` definitions taken out of the paragraphs."""
    body: list[list[str]] = []
    defs: list[list[str]] = []
    for para in paras:
        keep: list[str] = []
        in_def = False
        for line in para:
            if _FOOTNOTE_DEF.match(line):
                defs.append([line])
                in_def = True
            elif in_def:
                defs[-1].append(line)
            else:
                keep.append(line)
        if keep:
            body.append(keep)
    return body, defs


def _raw_blocks(para: list[str]) -> list[_Raw]:
    """Split a paragraph into Markdown headings, list items and plain text."""
    blocks: list[_Raw] = []
    current: _Raw | None = None
    for line in para:
        if _FENCE.match(line) or not line.strip():
            continue
        if _SETEXT.match(line) and current is not None and current.kind == "guess":
            current.kind = "heading"
            current = None
            continue
        if _RULE.match(line):
            current = None
            continue
        line = re.sub(r"^\s{0,3}>\s?", "", line)
        heading = _ATX.match(line)
        item = _ITEM.match(line)
        if heading:
            blocks.append(_Raw([heading.group(1)], "heading"))
            current = None
        elif item:
            current = _Raw([item.group(1)], "item")
            blocks.append(current)
        elif current is not None:
            current.lines.append(line)
        else:
            current = _Raw([line])
            blocks.append(current)
    return blocks


def _heading_like(block: _Clean) -> bool:
    text = block.text
    if block.kind == "heading":
        return True
    if block.kind != "guess" or block.n_lines > 1 or len(text) > 120:
        return False
    first = text[:1]
    return (
        len(text.split()) <= 16
        and (first.isupper() or first.isdigit())
        and not re.search(r"[.,;:!]$", text)
    )


def _joins(prev: _Clean, cur: _Clean) -> bool:
    """Whether ``cur`` continues the sentence ``prev`` breaks off (a page/line break)."""
    if prev.kind in ("heading", "item") or cur.kind in ("heading", "item"):
        return False
    if _TERMINAL.search(prev.text):
        return False
    if cur.text[:1].islower():
        return True
    return not _heading_like(prev) and not _heading_like(cur)


def _join(prev: _Clean, cur: _Clean) -> _Clean:
    if re.search(r"\w-$", prev.text) and cur.text[:1].islower():
        head, sep = prev.text[:-1], ""
    else:
        head, sep = prev.text, " "
    shift = len(head) + len(sep)
    markers = [(min(o, len(head)), n) for o, n in prev.markers]
    markers += [(o + shift, n) for o, n in cur.markers]
    return _Clean(head + sep + cur.text, "paragraph", markers, prev.n_lines + cur.n_lines)


def _author_names(text: str) -> list[str]:
    """Names in an author line ("A and B", "By A, B & C"), or [] if it is not one."""
    by = re.match(r"(?i)^by\s+", text)
    body = text[by.end() :] if by else text
    parts = [p.strip() for p in re.split(r"\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+", body)]
    if not parts or (len(parts) == 1 and not by):
        return []
    for part in parts:
        tokens = part.split()
        if not 2 <= len(tokens) <= 4:
            return []
        for tok in tokens:
            if tok.lower() in _PARTICLES:
                continue
            if not (
                tok[0].isupper()
                and re.fullmatch(r"[^\W\d_][^\W\d_.'’-]*(?:[.'’-][^\W\d_]*)*\.?", tok)
            ):
                return []
    return parts


def build_document(
    raw: str,
    *,
    fmt: str,
    path: str | None = None,
    title: str | None = None,
    authors: list[str] | None = None,
    date: str | None = None,
) -> Document:
    """A ``Document`` from decoded text (plain text or Markdown) and known metadata."""
    paras, defs = _footnote_defs(_paragraphs(normalize(raw)))
    body, notes = split_notes(paras)
    if defs:
        known = {n.number for n in notes}
        notes = sorted(
            notes + [n for n in parse_notes(defs) if n.number not in known], key=lambda n: n.number
        )
    numbers = [n.number for n in notes]
    note_range = range(min(numbers), max(numbers) + 1) if numbers else None

    blocks: list[_Clean] = []
    for para in body:
        for rb in _raw_blocks(para):
            text, markers = clean_block(rb.lines, note_range)
            if not text:
                continue
            cur = _Clean(text, rb.kind, markers, len(rb.lines))
            if blocks and _joins(blocks[-1], cur):
                blocks[-1] = _join(blocks[-1], cur)
            else:
                blocks.append(cur)
    return _assemble(blocks, notes, fmt=fmt, path=path, title=title, authors=authors, date=date)


def _assemble(
    blocks: list[_Clean],
    notes: list[Note],
    *,
    fmt: str,
    path: str | None,
    title: str | None,
    authors: list[str] | None,
    date: str | None,
) -> Document:
    kinds: list[Literal["paragraph", "heading"]] = [
        "heading" if _heading_like(b) else "paragraph" for b in blocks
    ]
    first_heading = bool(blocks) and kinds[0] == "heading"
    if title is None and first_heading:
        title = blocks[0].text
    if not authors and len(blocks) > 1 and (first_heading or blocks[0].text == title):
        authors = _author_names(blocks[1].text)
        if authors:
            kinds[1] = "heading"
    parts: list[str] = []
    out_blocks: list[Block] = []
    markers: list[NoteMarker] = []
    pos = 0
    for block, kind in zip(blocks, kinds, strict=True):
        if parts:
            pos += 2
        out_blocks.append(Block(pos, pos + len(block.text), kind))
        markers.extend(NoteMarker(pos + off, n) for off, n in block.markers)
        parts.append(block.text)
        pos += len(block.text)
    return Document(
        text="\n\n".join(parts),
        path=path,
        title=title,
        authors=list(authors or []),
        date=date,
        blocks=out_blocks,
        markers=markers,
        notes=notes,
        format=fmt,
    )
