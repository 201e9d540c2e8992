"""PDF reader (``.pdf``), layout-aware, through pdfplumber.

Reads the words of every page with their positions and font sizes
(``pdf_layout``: reading order, columns, running headers and page numbers
gone), takes the footnotes off the foot of each page and ties them to the
small raised numbers in the body (``pdf_notes``), and builds paragraphs and
headings (``pdf_text``). A bibliography is dropped from the body and is not
notes; so are the lines of a table of contents or an index. Endnote sections
are left to the common builder, as for text. Adds a ``Document`` with
``format="pdf"``, page footnotes and endnotes in ``notes``, the title from
the metadata unless it is a placeholder (``codebooks/placeholder_titles.tsv``),
else the largest line of page one, and the authors from the metadata or the
line(s) under the title. A PDF without a text layer is refused (OCR is out of
scope), and so is a damaged file or one that is not a PDF, each with its own
message.
"""

from __future__ import annotations

import io
import logging
import re
from functools import cache
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.psparser import PSException
from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException

from dyadline.codebook import read_tsv
from dyadline.errors import CodebookError, ReadError
from dyadline.model import Document
from dyadline.read.build import build_document
from dyadline.read.markdown import split_authors
from dyadline.read.pdf_layout import Line, drop_furniture, page_lines
from dyadline.read.pdf_notes import (
    bibliography_heading,
    footnote_records,
    number_notes,
    take_footnotes,
)
from dyadline.read.pdf_text import Joiner, PdfBlock, blocks, body_size, title_and_authors

# a table of contents or index line: "Introduction ........ 5"
_LEADER = re.compile(r"(?:\.\s?){5,}\s*(?:\d{1,4}|[ivxlc]{1,6})(?:,\s*\d{1,4})*$", re.I)
_BROKEN = "the PDF is damaged or truncated"
_BROKEN_FIX = "check that the file is complete; re-download or re-export it"


@cache
def _placeholders() -> tuple[re.Pattern[str], ...]:
    out = []
    for i, row in enumerate(read_tsv("placeholder_titles.tsv"), 1):
        try:
            out.append(re.compile(row["pattern"], re.I))
        except re.error as exc:
            raise CodebookError(
                "placeholder_titles.tsv", f"row {i}: bad pattern ({exc})", "fix the regex"
            ) from exc
    return tuple(out)


def real_title(title: str | None) -> str | None:
    """The metadata title, or None when it is empty or a placeholder."""
    title = re.sub(r"\s+", " ", title or "").strip()
    if not re.search(r"[^\W\d_]", title) or any(p.search(title) for p in _placeholders()):
        return None
    return title


def _open(data: bytes, name: str) -> tuple[list[list[Line]], dict[str, Any]]:
    if not data.lstrip()[:1024].startswith(b"%PDF-") and b"%PDF-" not in data[:1024]:
        raise ReadError(name, "not a PDF file (no %PDF- header)", "check the file type")
    if b"%%EOF" not in data[-2048:]:
        raise ReadError(name, f"{_BROKEN} (it does not end with %%EOF)", _BROKEN_FIX)
    for noisy in ("pdfminer", "pdfplumber"):
        logging.getLogger(noisy).setLevel(logging.ERROR)
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            meta = dict(pdf.metadata or {})
            pages = [page_lines(page, i) for i, page in enumerate(pdf.pages)]
    except (
        MalformedPDFException,
        PdfminerException,
        PDFSyntaxError,
        PSException,
        PDFEncryptionError,
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
    ) as exc:
        # pdfminer raises these, not only its own errors, on damaged files;
        # pdfplumber wraps what pdfminer raised while opening
        inner = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc
        if isinstance(inner, PDFPasswordIncorrect | PDFEncryptionError):
            raise ReadError(name, "the PDF is encrypted", "save an unencrypted copy first") from exc
        detail = str(inner) or type(inner).__name__
        raise ReadError(name, f"{_BROKEN} ({detail})", _BROKEN_FIX) from exc
    if not pages:
        raise ReadError(name, f"{_BROKEN} (no pages found)", _BROKEN_FIX)
    return pages, meta


def _meta(meta: dict[str, Any], key: str) -> str:
    value = meta.get(key)
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    return str(value or "").strip()


def _drop_bibliography(blocks_: list[PdfBlock]) -> list[PdfBlock]:
    """Blocks without a reference list: from its heading to the next heading as large."""
    out: list[PdfBlock] = []
    skipping: float | None = None
    for b in blocks_:
        text = " ".join(ln.plain() for ln in b.lines)
        if b.kind == "heading" and bibliography_heading(text):
            skipping = b.size if skipping is None else skipping
            continue
        if skipping is not None and b.kind == "heading" and b.size >= skipping:
            skipping = None
        if skipping is None:
            out.append(b)
    return out


def read_pdf(data: bytes, name: str) -> Document:
    """A PDF document from the bytes of a file called ``name``."""
    pages, meta = _open(data, name)
    if not any(pages):
        raise ReadError(name, "no text layer (scanned PDF?)", "run OCR first")
    pages = drop_furniture(pages)
    size = body_size(pages)
    pages, page_notes = take_footnotes(pages, size)
    pages = [[ln for ln in page if not _LEADER.search(ln.plain())] for page in pages]
    per_page = number_notes(page_notes)
    found = blocks(pages, size)
    printed_title, printed_authors = title_and_authors(found, size)
    has_markers = any(w.marker for page in pages for ln in page for w in ln.words)
    if page_notes or not has_markers:
        found = _drop_bibliography(found)
    joiner = Joiner([ln.plain() for page in pages for ln in page])
    cited: dict[int, dict[int, int]] = {}  # a marker's note is on its page or the next
    for p in range(len(pages)):
        cited[p] = {**per_page.get(p - 1, {}), **per_page.get(p + 1, {}), **per_page.get(p, {})}
    parts = []
    for b in found:
        text = joiner.join([ln.text(cited[ln.page] if page_notes else None) for ln in b.lines])
        parts.append(("# " + text) if b.kind == "heading" else text)
    title = real_title(_meta(meta, "Title")) or printed_title
    authors = split_authors(_meta(meta, "Author")) or printed_authors
    doc = build_document(
        "\n\n".join(parts), fmt="pdf", path=name, title=title, authors=authors or None
    )
    footnotes = footnote_records(page_notes, per_page)
    doc.notes = sorted(footnotes + doc.notes, key=lambda n: n.number)
    return doc
