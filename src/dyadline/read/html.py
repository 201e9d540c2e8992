"""HTML reader (``.html``, ``.htm``), through trafilatura.

Reads a web page; trafilatura finds the main text (dropping navigation,
footers, comments) and returns it as Markdown, which the common builder turns
into blocks and notes. ``<sup>n</sup>`` footnote references become superscript
digits first, so they end up as ``NoteMarker`` records. Adds a ``Document``
with ``format="html"`` and the page's title, authors and date from its
metadata (fast date search only: a date the page states in
``article:published_time``, ``<time datetime>`` or JSON-LD ``datePublished``, not
one guessed from its text) and its canonical URL.
"""

from __future__ import annotations

import re

import trafilatura

from dyadline.errors import ReadError
from dyadline.model import Document
from dyadline.read.build import build_document
from dyadline.read.clean import normalize
from dyadline.read.markdown import split_authors
from dyadline.read.source import decode_text


def read_html(data: bytes, name: str) -> Document:
    """An HTML document from the bytes of a file called ``name``."""
    html = normalize(decode_text(data, name))
    main = trafilatura.extract(
        html,
        output_format="markdown",
        include_formatting=True,
        include_links=False,
        include_comments=False,
        include_tables=True,
        favor_recall=True,
    )
    if not main or not main.strip():
        raise ReadError(
            name,
            "no main text found in the HTML page",
            "save the article itself (not an index or a script-only page) as HTML or text",
        )
    meta = trafilatura.extract_metadata(html, extensive=False)
    date = meta.date if meta.date and re.fullmatch(r"\d{4}-\d\d-\d\d", meta.date) else None
    document = build_document(
        main,
        fmt="html",
        path=name,
        title=meta.title or None,
        authors=split_authors(meta.author) if meta.author else None,
        date=date,
    )
    document.url = meta.url or None
    return document
