"""Plain-text reader (``.txt``).

Reads a UTF-8 text file: paragraphs separated by blank lines, headings as
short lines of their own, an optional trailing notes section. Plain text
exported from Markdown keeps its ``\\$`` escapes and ``*emphasis*``; those are
undone like in Markdown. Adds a ``Document`` with ``format="txt"``.
"""

from __future__ import annotations

from dyadline.model import Document
from dyadline.read.build import build_document
from dyadline.read.source import decode_text


def read_txt(data: bytes, name: str) -> Document:
    """A plain-text document from the bytes of a file called ``name``."""
    return build_document(decode_text(data, name), fmt="txt", path=name)
