"""Reading documents: files in, ``Document`` out.

Reads a file (``read_document``) or text in memory (``read_text``) and picks a
reader by extension from a registry, so a new format is one module plus one
``register_reader`` call. Adds the ``Document`` of dyadline.model: clean text,
blocks, footnote markers and endnotes; a document with a date of its own (its
metadata, or a dateline opening its text: ``dyadline.read.dates``) is news.
``audit_notes`` checks the notes. Corpora (one story a row) are read by
``dyadline.read.corpus``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from dyadline.errors import UnsupportedFormatError
from dyadline.model import Document
from dyadline.read.dates import date_document
from dyadline.read.docx import read_docx
from dyadline.read.html import read_html
from dyadline.read.markdown import read_md
from dyadline.read.notes import NoteProblem, audit_notes
from dyadline.read.pdf import read_pdf
from dyadline.read.source import read_bytes
from dyadline.read.text import read_txt

Reader = Callable[[bytes, str], Document]
"""A reader takes a file's bytes and its name (for messages and ``Document.path``)."""

_READERS: dict[str, Reader] = {}


def register_reader(ext: str, func: Reader) -> None:
    """Use ``func`` for files ending in ``ext`` (``".txt"`` or ``"txt"``)."""
    _READERS["." + ext.lower().lstrip(".")] = func


def supported_formats() -> list[str]:
    """The extensions a reader is registered for, e.g. ``[".htm", ".html", ...]``."""
    return sorted(_READERS)


def _reader(ext: str, name: str) -> Reader:
    key = "." + ext.lower().lstrip(".")
    try:
        return _READERS[key]
    except KeyError:
        raise UnsupportedFormatError(
            name,
            f"no reader for {key!r} files",
            f"supported: {', '.join(supported_formats())}; convert the file or register a reader",
        ) from None


def read_document(path: str | Path) -> Document:
    """Read a file into a ``Document``, choosing the reader by its extension."""
    p = Path(path)
    if not p.is_dir() and p.exists():
        reader = _reader(p.suffix or "(none)", str(p))
        return date_document(reader(read_bytes(p), str(p)))
    read_bytes(p)  # raises the right ReadError for a missing file or a directory
    raise AssertionError("unreachable")


def read_text(
    text: str, *, fmt: str = "txt", path: str | None = None, title: str | None = None
) -> Document:
    """A ``Document`` from text in memory (``fmt``: txt, md, html ...)."""
    name = path or f"<{fmt} text>"
    doc = _reader(fmt, name)(text.encode("utf-8"), name)
    doc.path = path
    if title is not None:
        doc.title = title
    return date_document(doc)


for _ext, _func in (
    ("txt", read_txt),
    ("text", read_txt),
    ("md", read_md),
    ("markdown", read_md),
    ("html", read_html),
    ("htm", read_html),
    ("pdf", read_pdf),
    ("docx", read_docx),
):
    register_reader(_ext, _func)

__all__ = [
    "NoteProblem",
    "Reader",
    "audit_notes",
    "read_document",
    "read_text",
    "register_reader",
    "supported_formats",
]
