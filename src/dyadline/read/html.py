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
from html.parser import HTMLParser
from typing import Any

import trafilatura

from dyadline.errors import ReadError
from dyadline.model import Document
from dyadline.read.build import build_document
from dyadline.read.clean import normalize
from dyadline.read.markdown import split_authors
from dyadline.read.source import decode_text

# Characters XML cannot hold (lxml refuses them: "All strings must be XML compatible"),
# raw or as character references; they are dropped before trafilatura sees the page.
_XML_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_CHAR_REF = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));")


def _xml_safe_ref(m: re.Match[str]) -> str:
    code = int(m.group(1), 16) if m.group(1) else int(m.group(2))
    ok = code in (0x9, 0xA, 0xD) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD
    return m.group() if ok or 0x10000 <= code <= 0x10FFFF else ""


def xml_safe(html: str) -> str:
    """``html`` without the characters XML cannot hold (raw or as ``&#...;``)."""
    return _CHAR_REF.sub(_xml_safe_ref, _XML_BAD_CHARS.sub("", html))


_SKIPPED = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "button",
        "select",
        "textarea",
        "svg",
        "head",
    }
)
_BLOCKS = frozenset(
    {
        "p",
        "div",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "td",
        "th",
        "tr",
        "section",
        "article",
        "main",
        "br",
        "dd",
        "dt",
        "pre",
        "figcaption",
        "body",
    }
)


class _TextParser(HTMLParser):
    """Text outside scripts, styles and page furniture, one paragraph per block tag.
    The stdlib parser keeps no tree, so nesting depth costs nothing."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self.skip += 1
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def plain_text(html: str) -> str:
    """The text of a page without trafilatura: the fallback when it finds no main text
    (lxml drops what is nested deeper than libxml2's limit, e.g. 50,000 ``<div>``s)."""
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    paragraphs = (re.sub(r"\s+", " ", p).strip() for p in "".join(parser.parts).split("\n\n"))
    return "\n\n".join(p for p in paragraphs if p)


def _extract(html: str) -> str | None:
    try:
        return trafilatura.extract(
            html,
            output_format="markdown",
            include_formatting=True,
            include_links=False,
            include_comments=False,
            include_tables=True,
            favor_recall=True,
        )
    except (ValueError, RecursionError, AssertionError, TypeError):  # lxml on odd input
        return None


def _metadata(html: str) -> Any:
    try:
        return trafilatura.extract_metadata(html, extensive=False)
    except (ValueError, RecursionError, AssertionError, TypeError):
        return None


def read_html(data: bytes, name: str) -> Document:
    """An HTML document from the bytes of a file called ``name``."""
    html = xml_safe(normalize(decode_text(data, name)))
    main = _extract(html)
    if not main or not main.strip():
        main = plain_text(html)
    if not main or not main.strip():
        raise ReadError(
            name,
            "no main text found in the HTML page",
            "save the article itself (not an index or a script-only page) as HTML or text",
        )
    meta = _metadata(html)
    if meta is None:
        return build_document(main, fmt="html", path=name)
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
