"""PDF reader (``.pdf``), through pypdf.

Reads the text layer of a PDF page by page (pypdf's layout mode, whose blank
lines mark the vertical gaps between paragraphs), drops bare page numbers,
and hands the text to the common builder, which joins lines within a
paragraph, hyphenation (``inter-`` / ``national``) and paragraphs split by a
page break. Adds a ``Document`` with ``format="pdf"`` and the title and
authors of the PDF's metadata. A PDF without a text layer is refused: OCR is
out of scope.
"""

from __future__ import annotations

import io
import logging
import re

from pypdf import PageObject, PdfReader
from pypdf.errors import PyPdfError

from dyadline.errors import ReadError
from dyadline.model import Document
from dyadline.read.build import build_document
from dyadline.read.markdown import split_authors

_PAGE_NUMBER = re.compile(r"^\s*(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?\s*$", re.I)
_JUNK_TITLE = re.compile(r"(?i)^(untitled|microsoft word\b)|\.(docx?|pdf|tex|indd|odt)$")


def _page_text(page: PageObject) -> str:
    try:
        text = page.extract_text(extraction_mode="layout")
    except Exception:  # pypdf's layout mode fails on some fonts; plain mode still works
        text = page.extract_text()
    lines = [ln.strip() for ln in str(text or "").splitlines()]
    return "\n".join("" if _PAGE_NUMBER.match(ln) else ln for ln in lines)


def read_pdf(data: bytes, name: str) -> Document:
    """A PDF document from the bytes of a file called ``name``."""
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ReadError(name, "the PDF is encrypted", "save an unencrypted copy first")
        pages = [_page_text(page) for page in reader.pages]
        info = reader.metadata
    except ReadError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        # pypdf raises these, not only PyPdfError, on damaged files
        raise ReadError(
            name, f"not a readable PDF ({exc})", "check that the file is a PDF"
        ) from exc
    text = "\n\n".join(pages)
    if not re.search(r"\w", text):
        raise ReadError(name, "no text layer (scanned PDF?)", "run OCR first")
    title = str(info.title).strip() if info and info.title else None
    if title and _JUNK_TITLE.search(title):
        title = None
    author = str(info.author).strip() if info and info.author else ""
    return build_document(
        text, fmt="pdf", path=name, title=title, authors=split_authors(author) or None
    )
