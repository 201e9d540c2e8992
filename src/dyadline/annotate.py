"""Annotates a read ``Document``: sentences and coded events with document offsets.

Reads: a ``Document`` (clean text, blocks, note markers) and a pipeline from
``dyadline.nlp.load_pipeline``. Adds: ``Sentence`` records (offsets into the
clean text, the note numbers whose markers they carry) and ``Event`` records
placed in the document (offsets shifted, ``doc_id``, ``doc_title``, ``notes``,
``sentence_index``).

The data flow: one ``dyadline.coder.context.DocumentContext`` is made per
document (its ``TimeContext`` knows a news story's own date) and passed to the
``dyadline_events`` component with each of the document's paragraph Docs
(``component_cfg``, one ``nlp.pipe`` call per document); each Doc says where it
stands (``doc.user_data[BLOCK]``: heading, paragraph, or the rest of a cut
paragraph). The component dates every sentence in text order before coding
its events (so "the next stage" or "in late September" resolve against what
earlier paragraphs said, narrative time is carried within a paragraph or
section, and a person is read at the event's date), and carries the document's
recent acts and states from paragraph to paragraph. This module only places
what the component coded: it does not date or code anything again.

Time is linear in the text: a paragraph longer than ``MAX_BLOCK_CHARS`` is cut
at sentence ends before spaCy sees it, note markers are found by bisection and
the document's hash is taken once.
"""

from __future__ import annotations

import bisect
import contextlib
import dataclasses
import gc
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dyadline.coder import memo
from dyadline.coder.actors import DOC_DATE
from dyadline.coder.context import BLOCK, CONTEXT_ARG, DocumentContext
from dyadline.coder.docdata import events_of
from dyadline.coder.time import TimeContext
from dyadline.errors import QueryError
from dyadline.model import Annotated, Block, Document, Event, Sentence

#: Paragraphs per nlp.pipe batch: 64 held ~450 MB more at peak than 8, for no speed gain.
BATCH_SIZE = 16
#: At most about this many characters per batch (long paragraphs: fewer per batch).
BATCH_CHARS = 100_000
#: First-generation GC threshold while annotating (Python's default is 700).
GC_THRESHOLD = 20_000
#: Longest text handed to spaCy at once; longer paragraphs are cut at sentence ends.
MAX_BLOCK_CHARS = 20_000


def _blocks(document: Document) -> list[Block]:
    if document.blocks:
        return [b for b in document.blocks if document.text[b.start : b.end].strip()]
    return [Block(0, len(document.text))] if document.text.strip() else []


def annotate(document: Document, nlp: Language) -> Annotated:
    """Run the pipeline over one document and place its events in it."""
    return next(annotate_many([document], nlp))


#: the name of the component that takes the document context
EVENTS = "dyadline_events"


def _make_doc(nlp: Language, text: str, kind: str, date: str | None = None) -> Doc:
    doc = nlp.make_doc(text)
    doc.user_data[BLOCK] = kind
    doc.user_data[DOC_DATE] = date  # people of undated events are read by their office on it
    doc.user_token_hooks["sent"] = _token_sent
    doc.user_span_hooks["sent"] = _span_sent
    return doc


_SENTS = "dyadline_sentence_index"


def _sentence_of(doc: Doc, i: int) -> Span:
    """The sentence holding token ``i``, by bisection over the sentence starts (built
    once per Doc, on first use, after the parser). spaCy's own ``Token.sent`` first
    checks ``Doc.has_annotation``, which walks the whole Doc: per token that was
    quadratic in the length of a paragraph. While the Doc is coded each sentence
    Span is made once (``memo.coding``)."""
    kept = memo.table(doc, "sentence")
    if kept is not None:
        found: Span | None = kept.get(i)
        if found is None:
            found = kept[i] = _read_sentence(doc, i)
        return found
    return _read_sentence(doc, i)


def _read_sentence(doc: Doc, i: int) -> Span:
    index = doc.user_data.get(_SENTS)
    if index is None:  # token offsets only: Spans kept in the Doc would make a cycle
        sents = list(doc.sents)
        index = ([s.start for s in sents], [s.end for s in sents])
        doc.user_data[_SENTS] = index
    starts, ends = index
    k = max(bisect.bisect_right(starts, i) - 1, 0)
    return doc[starts[k] : ends[k]]


def _token_sent(token: Token) -> Span:
    return _sentence_of(token.doc, token.i)


def _span_sent(span: Span) -> Span:
    return _sentence_of(span.doc, span.start)


def annotate_many(
    documents: Iterable[Document], nlp: Language, *, batch_size: int = BATCH_SIZE
) -> Iterator[Annotated]:
    """Annotate documents in order, batching each one's paragraphs through ``nlp.pipe``."""
    with _fewer_collections():
        yield from _annotate_many(documents, nlp, batch_size)


@contextlib.contextmanager
def _fewer_collections() -> Iterator[None]:
    """Run with a higher first GC threshold: annotation allocates millions of small
    objects, and with the default (700) the collector's passes over everything alive
    made the time per sentence grow with the length of the document."""
    old = gc.get_threshold()
    gc.set_threshold(max(old[0], GC_THRESHOLD), *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)


def _batch(blocks: list[Block], batch_size: int) -> int:
    """Paragraphs per ``nlp.pipe`` batch: ``batch_size``, fewer for long paragraphs, so a
    batch holds at most about ``BATCH_CHARS`` characters (peak memory)."""
    if not blocks:
        return batch_size
    mean = sum(b.end - b.start for b in blocks) / len(blocks)
    return max(1, min(batch_size, int(BATCH_CHARS // max(mean, 1))))


def _annotate_many(
    documents: Iterable[Document], nlp: Language, batch_size: int
) -> Iterator[Annotated]:
    for document in documents:
        blocks, continued = _chunked(document.text, _blocks(document))
        doc_id = document.doc_id  # a hash of the whole text: computed once, not per event
        when = document.date if document.news else None
        docs = (
            _make_doc(nlp, document.text[b.start : b.end], _kind(b, i in continued), when)
            for i, b in enumerate(blocks)
        )
        out = Annotated(document=document)
        cfg = {EVENTS: {CONTEXT_ARG: document_context(document)}}
        notes = _NoteIndex(document)
        coded = nlp.pipe(docs, batch_size=_batch(blocks, batch_size), component_cfg=cfg)
        for block, doc in zip(blocks, coded, strict=True):
            _place(out, block, doc, doc_id, notes)
        yield out


def _kind(block: Block, continued: bool) -> str:
    if continued:
        return "continued"
    return "heading" if block.kind == "heading" else "paragraph"


def document_context(document: Document) -> DocumentContext:
    """The context of one document: a news story's own date dates what is relative
    to it; a news date that is not a date dates nothing."""
    try:
        time = TimeContext(doc_date=document.date if document.news else None)
    except QueryError:
        time = TimeContext()
    return DocumentContext(time=time)


class _NoteIndex:
    """``Document.notes_in`` by bisection over the sorted marker offsets (one sentence's
    lookup no longer scans every marker of the document)."""

    def __init__(self, document: Document) -> None:
        pairs = sorted((m.offset, m.number) for m in document.markers)
        self.offsets = [o for o, _ in pairs]
        self.numbers = [n for _, n in pairs]

    def within(self, start: int, end: int) -> list[int]:
        lo = bisect.bisect_left(self.offsets, start)
        hi = bisect.bisect_right(self.offsets, end)
        return sorted(set(self.numbers[lo:hi]))


def _cut(text: str, start: int, limit: int) -> int:
    """Where to end a chunk of ``text`` that begins at ``start`` and may not pass
    ``limit``: after the last sentence end (". ", "? ", "! ") in the second half of the
    range, else at the last space, else at ``limit`` itself."""
    floor = start + (limit - start) // 2
    for mark in (". ", "? ", "! ", "; "):
        found = text.rfind(mark, floor, limit)
        if found >= 0:
            return found + 1
    found = text.rfind(" ", floor, limit)
    return found + 1 if found >= 0 else limit


def _chunked(text: str, blocks: list[Block]) -> tuple[list[Block], set[int]]:
    """Blocks no longer than ``MAX_BLOCK_CHARS``: a longer paragraph (a 5 MB line, a
    chapter with no paragraph breaks) is cut at sentence ends, so spaCy never sees a
    text over its ``max_length`` (error E088) and no sentence grows without bound.
    Also returns the indices of the pieces that continue a cut paragraph."""
    out: list[Block] = []
    continued: set[int] = set()
    for block in blocks:
        start = block.start
        while block.end - start > MAX_BLOCK_CHARS:
            end = _cut(text, start, start + MAX_BLOCK_CHARS)
            if start != block.start:
                continued.add(len(out))
            out.append(Block(start, end, block.kind))
            start = end
            while start < block.end and text[start] == " ":
                start += 1
        if start < block.end:
            if start != block.start:
                continued.add(len(out))
            out.append(Block(start, block.end, block.kind))
    return out, continued


def _place(out: Annotated, block: Block, doc: Doc, doc_id: str, note_index: _NoteIndex) -> None:
    document = out.document
    by_sentence: dict[int, list[Event]] = {}
    for ev in events_of(doc):
        by_sentence.setdefault(ev.sentence_start, []).append(ev)
    for sent in doc.sents:
        text = sent.text
        if not text.strip():
            continue
        start = block.start + sent.start_char
        end = block.start + sent.end_char
        index = len(out.sentences)
        notes = tuple(note_index.within(start, end))
        out.sentences.append(Sentence(index, start, end, text, notes))
        for ev in by_sentence.get(sent.start_char, []):
            out.events.append(
                dataclasses.replace(
                    ev,
                    sentence_start=start,
                    sentence_end=end,
                    trigger_start=ev.trigger_start + block.start,
                    trigger_end=ev.trigger_end + block.start,
                    sentence_index=index,
                    doc_id=doc_id,
                    doc_title=document.title,
                    doc_url=document.url,
                    doc_date=document.date,
                    notes=list(notes),
                )
            )
