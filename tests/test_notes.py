"""Endnotes: the reference chapter's 26 notes, note parsing, and the notes audit."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from dyadline.model import Document, Note, NoteMarker
from dyadline.read import audit_notes, read_document, read_text
from dyadline.read.notes import find_split_urls, parse_notes

SUPERSCRIPT = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]")


@pytest.fixture(scope="module")
def chapter(chapter_path: Path) -> Document:
    return read_document(chapter_path)


# ---------------------------------------------------------------- the chapter


def test_chapter_has_26_notes_all_cited(chapter: Document) -> None:
    assert [n.number for n in chapter.notes] == list(range(1, 27))
    assert {m.number for m in chapter.markers} == set(range(1, 27))
    kinds = {p.kind for p in audit_notes(chapter.notes, chapter.markers)}
    assert "uncited" not in kinds and "no_note" not in kinds


def test_chapter_clean_text(chapter: Document) -> None:
    assert not SUPERSCRIPT.search(chapter.text)
    assert "\\$" not in chapter.text and "$1.6 billion" in chapter.text
    # the notes section is gone from the body
    assert "Accessed at" not in chapter.text
    assert not any(chapter.text[b.start : b.end] == "Notes" for b in chapter.blocks)
    assert chapter.title and chapter.title.startswith("Israel's role")
    assert chapter.authors == ["Avinoam Idan", "Brenda Shaffer"]


def test_chapter_split_paragraphs_are_joined(chapter: Document) -> None:
    texts = [chapter.text[b.start : b.end] for b in chapter.blocks]
    for prev, nxt in itertools.pairwise(texts):
        assert not (re.search(r"[a-z]$", prev) and nxt[:1].islower()), (prev[-40:], nxt[:40])
    # a paragraph cut before a capitalised word ("flights to" / "Israel during") too
    assert re.search(r"flights to Israel during", chapter.text)
    headings = [t for t, b in zip(texts, chapter.blocks, strict=True) if b.kind == "heading"]
    assert "Conclusions" in headings and len(headings) >= 10


def test_chapter_markers_stand_after_their_words(chapter: Document) -> None:
    for m in chapter.markers:
        before = chapter.text[: m.offset]
        assert before[-1] in '.,)”"' or before[-1].isalnum(), (m, before[-30:])
        assert not chapter.text[m.offset : m.offset + 1].isalnum()


def test_chapter_note_fields(chapter: Document, chapter_path: Path) -> None:
    notes = {n.number: n for n in chapter.notes}
    assert notes[2].outlet == "Haaretz" and notes[2].date == "2014-09-10"
    # note 11 is one line of the file, '11 “<title>,” *<outlet>*, <date>. Accessed at: <<url>>':
    # its title and URL are read from that line here, so the test quotes none of it
    line = next(x for x in chapter_path.read_text(encoding="utf-8").splitlines() if x[:3] == "11 ")
    parts = re.fullmatch(r"11 “(.+),” \*(\w+)\*, [^<]*<(\S+)>", line)
    assert parts is not None
    title, outlet, url = parts.groups()
    assert (notes[11].title, notes[11].outlet, notes[11].urls) == (title, outlet, [url])
    # note 9 goes on in the next paragraph; its text keeps the break
    assert "\n\nJanuary 24, 2012" in notes[9].text and notes[9].date == "2012-01-24"
    # note 8's last URL is broken over a blank line; urls gives it whole
    atlantic = [u for u in notes[8].urls if "theatlantic" in u]
    assert atlantic and "/international/archive/2012/01/" in atlantic[0]
    assert "\n\nchive/2012/01/" in notes[8].text


def test_chapter_audit_flags_the_broken_links(chapter: Document) -> None:
    problems = audit_notes(chapter.notes, chapter.markers)
    found = {(p.number, p.kind) for p in problems}
    assert (22, "youtube_id") in found
    assert (8, "split_url") in found
    youtube = next(p for p in problems if p.kind == "youtube_id")
    assert "12 characters" in youtube.message
    # the well-formed YouTube link of note 12 is not flagged
    assert (12, "youtube_id") not in found


# ---------------------------------------------------------------- parsing


def test_numbering_styles_and_continuations() -> None:
    paras = [
        ["- 1 First source, May 1, 2020.", "- 2 Second source, pages 10-12."],
        ["37; more of the second source, June 2021."],
        ["[3] Third source.", "continued on a wrapped line."],
        ["5. Fifth source (the fourth is missing)."],
    ]
    notes = parse_notes(paras)
    assert [n.number for n in notes] == [1, 2, 3, 5]
    assert (
        notes[1].text == "Second source, pages 10-12.\n\n37; more of the second source, June 2021."
    )
    assert notes[2].text.endswith("\ncontinued on a wrapped line.")
    assert notes[0].date == "2020-05-01"


def test_notes_heading_variants() -> None:
    for heading in ("## Endnotes", "FOOTNOTES", "References:"):
        doc = read_text(f"Chad expelled the envoy.¹\n\n{heading}\n\n1. A wire report, July 2019.\n")
        assert [n.number for n in doc.notes] == [1], heading
        assert doc.text == "Chad expelled the envoy."


def test_unnumbered_reference_list() -> None:
    doc = read_text(
        "Mali and Niger signed a pact.\n\nReferences\n\n"
        "Doe, J. (2019) Sahel Security. Example Press.\n\nRoe, A. (2021) Borders. Example Press.\n"
    )
    assert [n.number for n in doc.notes] == [1, 2]
    assert doc.text == "Mali and Niger signed a pact."


def test_body_heading_named_notes_without_notes_stays() -> None:
    doc = read_text("Notes\n\nThe talks in Geneva failed after two days.\n")
    assert doc.notes == [] and "Geneva" in doc.text


# ---------------------------------------------------------------- audit


def note(number: int, text: str) -> Note:
    return parse_notes([[f"{number} {text}"]])[0]


def test_year_in_url_against_cited_date() -> None:
    wrong = note(
        1, "“Talks stall,” *Wire*, March 4, 2021. Accessed at: <https://x.org/2012/03/talks>"
    )
    right = note(
        2, "“Talks stall,” *Wire*, March 4, 2012. Accessed at: <https://x.org/2012/03/talks>"
    )
    markers = [NoteMarker(0, 1), NoteMarker(5, 2)]
    problems = audit_notes([wrong, right], markers)
    assert [(p.number, p.kind) for p in problems] == [(1, "date_url_year")]
    assert "2021-03-04" in problems[0].message and "2012" in problems[0].message


def test_each_citation_in_a_note_is_checked_against_its_own_date() -> None:
    two = note(
        4,
        "“A,” *One*, May 1, 2020. Accessed at: <https://a.org/2020/05/a>; "
        "“B,” *Two*, June 2, 2015. Accessed at: <https://b.org/2015/06/b>",
    )
    assert audit_notes([two], [NoteMarker(0, 4)]) == []


def test_uncited_note_and_marker_without_note() -> None:
    notes = [note(1, "A source."), note(2, "Another source.")]
    problems = audit_notes(notes, [NoteMarker(10, 1), NoteMarker(20, 3)])
    assert [(p.number, p.kind) for p in problems] == [(2, "uncited"), (3, "no_note")]


def test_youtube_ids() -> None:
    short = note(1, "Video, <https://youtu.be/abc123XYZ0>")
    good = note(2, "Video, <https://m.youtube.com/watch?v=abc123XYZ01&t=30>")
    problems = audit_notes([short, good], [NoteMarker(0, 1), NoteMarker(0, 2)])
    assert [(p.number, p.kind) for p in problems] == [(1, "youtube_id")]


def test_split_url_detection() -> None:
    broken = "Report, <https://example.org/news/\n2019/05/story-of-talks>"
    found = find_split_urls(broken)
    assert [s.joined for s in found] == ["https://example.org/news/2019/05/story-of-talks"]
    # a URL at the end of a line followed by ordinary words is whole
    assert find_split_urls("Report, <https://example.org/a>\nSee also the annex.") == []
    assert find_split_urls("<https://example.org/a>\n\n12 “Next note,” *Wire*, 2020.") == []
