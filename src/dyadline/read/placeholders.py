"""Placeholder metadata: titles and authors that name nobody's document.

Reads ``codebooks/placeholders.tsv`` (a field, a regular expression, why).
Adds ``real_title`` and ``real_authors``, which the PDF and Word readers use
to ignore "Microsoft Word - draft.docx", "MyDocumentpdfauthor" or an author
called "Administrator" and fall back on what the page itself prints.
"""

from __future__ import annotations

import re
from functools import cache

from dyadline.codebook import read_tsv
from dyadline.errors import CodebookError
from dyadline.read.markdown import split_authors

_FILE = "placeholders.tsv"


@cache
def _patterns(field: str) -> tuple[re.Pattern[str], ...]:
    out = []
    for i, row in enumerate(read_tsv(_FILE), 1):
        if row["field"] not in ("title", "author"):
            raise CodebookError(
                _FILE, f"row {i}: field {row['field']!r} is not title or author", "fix the row"
            )
        try:
            pattern = re.compile(row["pattern"], re.I)
        except re.error as exc:
            raise CodebookError(_FILE, f"row {i}: bad pattern ({exc})", "fix the regex") from exc
        if row["field"] == field:
            out.append(pattern)
    return tuple(out)


def _clean(value: str | None) -> str:
    return re.sub(r"\s+", " ", value or "").strip()


def real_title(title: str | None) -> str | None:
    """The metadata title, or None when it is empty or a placeholder."""
    text = _clean(title)
    if not re.search(r"[^\W\d_]", text) or any(p.search(text) for p in _patterns("title")):
        return None
    return text


def real_authors(author: str | None) -> list[str]:
    """The names of a metadata author field, placeholders left out."""
    names = split_authors(_clean(author)) if _clean(author) else []
    return [n for n in names if not any(p.search(n) for p in _patterns("author"))]
