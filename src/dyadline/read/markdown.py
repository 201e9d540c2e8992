"""Markdown reader (``.md``, ``.markdown``).

Reads a UTF-8 Markdown file, with optional YAML-style front matter
(``title:``, ``author:``/``authors:``, ``date:``, ``url:`` between ``---`` lines, read
with a few patterns since only flat ``key: value`` lines matter here) and
``[^n]`` footnotes. Adds a ``Document`` with ``format="md"``: headings from
``#`` lines, emphasis, links and escapes undone, list items as their own blocks.
"""

from __future__ import annotations

import re

from dyadline.model import Document
from dyadline.read.build import build_document
from dyadline.read.dates import BadDate, document_date
from dyadline.read.source import decode_text

_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)


def split_authors(value: str) -> list[str]:
    """``"A; B"``, ``"A and B"``, ``"[A, B]"`` -> ``["A", "B"]``."""
    bracketed = value.strip().startswith("[")
    value = value.strip().strip("[]")
    listed = bracketed or value.count(",") > 1 or re.search(r"\s(?:and|&)\s", value)
    sep = r"\s*;\s*|\s+and\s+|\s*&\s*" + (r"|\s*,\s*(?:and\s+)?" if listed else "")
    return [a.strip(" \"'") for a in re.split(sep, value) if a.strip(" \"'")]


def front_matter(text: str) -> tuple[dict[str, str], str]:
    """Flat ``key: value`` pairs of a leading ``---`` block, and the text after it."""
    text = text.lstrip("\ufeff")
    m = _FRONT.match(text)
    if not m:
        return {}, text
    meta: dict[str, str] = {}
    for line in m.group(1).splitlines():
        kv = re.match(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$", line)
        if kv and kv.group(2):
            meta[kv.group(1).lower()] = kv.group(2).strip("\"'")
    return meta, text[m.end() :]


def read_md(data: bytes, name: str) -> Document:
    """A Markdown document from the bytes of a file called ``name``."""
    meta, body = front_matter(decode_text(data, name))
    authors = split_authors(meta.get("author") or meta.get("authors") or "")
    try:
        date = document_date(meta.get("date"))
    except BadDate:
        date = None  # a front matter "date: TBD" is no date, not a lost document
    document = build_document(
        body, fmt="md", path=name, title=meta.get("title"), authors=authors or None, date=date
    )
    document.url = meta.get("url") or meta.get("link")
    return document
