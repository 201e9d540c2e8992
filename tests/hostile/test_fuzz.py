"""Fuzzing the readers and the notes audit: no exception but dyadline's own errors.

Hypothesis feeds bytes shaped like text, Markdown and HTML (with the characters
that broke readers before: brackets, asterisks, fences, entities, control and
surrogate-adjacent characters, NULs) to the readers, and documents built from
them to the notes audit. A ``DyadlineError`` (one line for the user) is an
accepted answer; anything else fails. ``max_examples`` bounds each test; the
counts run are printed at the end of the pytest run and summed in the closing note of issue 13.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dyadline.errors import DyadlineError
from dyadline.read import audit_notes, read_text
from dyadline.read.html import read_html
from dyadline.read.markdown import read_md
from dyadline.read.text import read_txt

EXAMPLES = int(os.environ.get("DYADLINE_FUZZ_EXAMPLES") or 300)
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,
)

PIECES = [
    "Iran",
    " condemned ",
    "Israel",
    " in 2019",
    ".",
    "\n",
    "\n\n",
    "*",
    "**",
    "_",
    "~~",
    "`",
    "```",
    "[",
    "]",
    "(",
    ")",
    "[^1]",
    "[^1]: ",
    "[12]",
    "¹",
    "²³",
    "km²",
    "#",
    "# ",
    "> ",
    "- ",
    "1. ",
    "Notes\n\n",
    "---\n",
    "title: x\n",
    "http://example.org/a",
    "<",
    ">",
    "<p>",
    "</p>",
    "<div>",
    "<sup>1</sup>",
    "&#0;",
    "&#x1;",
    "&amp;",
    "&#xD800;",
    "&bogus;",
    "\x1b[2J",
    "\x00",
    "\r",
    "\t",
    "\u00ad",
    "\u200b",
    "\ufeff",
    "\u202e",
    "\\",
    "inter-\nnational",
]
text_like = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=60).map(
    "".join
)
COUNTS: dict[str, int] = {}


def _count(name: str) -> None:
    COUNTS[name] = COUNTS.get(name, 0) + 1


def _read(reader: object, data: bytes, name: str) -> None:
    try:
        doc = reader(data, name)  # type: ignore[operator]
    except DyadlineError:
        return
    assert isinstance(doc.text, str)
    for block in doc.blocks:
        assert 0 <= block.start <= block.end <= len(doc.text)
    for marker in doc.markers:
        assert 0 <= marker.offset <= len(doc.text)


@SETTINGS
@given(text_like, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "latin-1"]))
def test_fuzz_text_and_markdown_readers(text: str, encoding: str) -> None:
    _count("txt/md")
    data = text.encode(encoding, errors="replace")
    _read(read_txt, data, "f.txt")
    _read(read_md, data, "f.md")


@SETTINGS
@given(text_like)
def test_fuzz_html_reader(text: str) -> None:
    _count("html")
    _read(read_html, f"<html><body><p>{text}</p></body></html>".encode(), "f.html")
    _read(read_html, text.encode("utf-8", errors="replace"), "g.html")


@SETTINGS
@given(st.binary(max_size=400), st.sampled_from(["x.txt", "x.md", "x.html"]))
def test_fuzz_raw_bytes(data: bytes, name: str) -> None:
    _count("bytes")
    reader = {"x.txt": read_txt, "x.md": read_md, "x.html": read_html}[name]
    _read(reader, data, name)


@SETTINGS
@given(text_like)
def test_fuzz_notes_audit(text: str) -> None:
    _count("notes audit")
    try:
        doc = read_text(text + "\n\nNotes\n\n1. " + text + "\n2. http://example.org/" + text)
    except DyadlineError:
        return
    problems = audit_notes(doc.notes, doc.markers)
    assert all(p.message for p in problems)
