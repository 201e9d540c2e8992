"""Footnote provenance on the reference chapter: every note backs the right sentence."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from dyadline.annotate import annotate
from dyadline.model import Annotated
from dyadline.read import audit_notes, read_document

# note number -> a few words of the sentence that carries its marker
EXPECTED = {
    1: "diplomatic openings",
    4: "second meeting",
    7: "main conduit",
    10: "rejected the petition",
    11: "dispatched an ambassador",
    12: "concrete blocks",
    15: "$1.6 billion",
    19: "intercepted",
    23: "offered to host",
    26: "internal developments",
}


@pytest.fixture(scope="module")
def chapter(nlp: Language, chapter_path: Path) -> Annotated:
    return annotate(read_document(chapter_path), nlp)


def test_each_note_is_cited_by_exactly_one_sentence(chapter: Annotated) -> None:
    cited = [n for s in chapter.sentences for n in s.notes]
    assert sorted(cited) == list(range(1, 27))


def test_notes_attach_to_the_sentence_that_carries_the_marker(chapter: Annotated) -> None:
    by_note = {n: s.text for s in chapter.sentences for n in s.notes}
    for number, words in EXPECTED.items():
        assert words in by_note[number], (number, by_note[number])


def test_events_carry_their_sentence_notes(chapter: Annotated) -> None:
    with_notes = [e for e in chapter.events if e.notes]
    assert with_notes
    for ev in with_notes:
        sentence = chapter.sentences[ev.sentence_index]
        assert ev.notes == list(sentence.notes)
        assert ev.sentence == sentence.text


def test_audit_flags_the_malformed_youtube_id(chapter: Annotated) -> None:
    problems = audit_notes(chapter.document.notes, chapter.document.markers)
    kinds = {(p.number, p.kind) for p in problems}
    assert (22, "youtube_id") in kinds
    assert (8, "split_url") in kinds
