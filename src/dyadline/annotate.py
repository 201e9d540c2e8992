"""Annotates a read ``Document``: sentences and coded events with document offsets.

Reads: a ``Document`` (clean text, blocks, note markers) and a pipeline from
``dyadline.nlp.load_pipeline``. Adds: ``Sentence`` records (offsets into the
clean text, the note numbers whose markers they carry) and ``Event`` records
placed in the document (offsets shifted, ``doc_id``, ``doc_title``, ``notes``,
``sentence_index``), dated by one document-wide ``TimeContext`` walked in text
order (so "the next stage" or "in late September" resolve against what earlier
paragraphs said, and narrative time is carried within a paragraph or section).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from dyadline.actors import DOC_KEY
from dyadline.coding import DEFER_DATES
from dyadline.errors import QueryError
from dyadline.model import Annotated, Block, Document, Event, Sentence
from dyadline.time import TimeContext, find_dates

BATCH_SIZE = 64


def _blocks(document: Document) -> list[Block]:
    if document.blocks:
        return [b for b in document.blocks if document.text[b.start : b.end].strip()]
    return [Block(0, len(document.text))] if document.text.strip() else []


def annotate(document: Document, nlp: Language) -> Annotated:
    """Run the pipeline over one document and place its events in it."""
    return next(annotate_many([document], nlp))


def _make_doc(nlp: Language, text: str, key: str) -> Doc:
    doc = nlp.make_doc(text)
    doc.user_data[DEFER_DATES] = True
    doc.user_data[DOC_KEY] = key
    return doc


def annotate_many(
    documents: Iterable[Document], nlp: Language, *, batch_size: int = BATCH_SIZE
) -> Iterator[Annotated]:
    """Annotate documents in order, batching each one's paragraphs through ``nlp.pipe``."""
    for document in documents:
        blocks = _blocks(document)
        key = f"{document.doc_id}:{id(document)}"
        docs = (_make_doc(nlp, document.text[b.start : b.end], key) for b in blocks)
        out = Annotated(document=document)
        ctx = _time_context(document)
        for block, doc in zip(blocks, nlp.pipe(docs, batch_size=batch_size), strict=True):
            _place(out, block, doc, ctx)
        yield out


def _time_context(document: Document) -> TimeContext:
    """The document's time context; a news date that is not a date dates nothing."""
    try:
        return TimeContext(doc_date=document.date if document.news else None)
    except QueryError:
        return TimeContext()


def _place(out: Annotated, block: Block, doc: Doc, ctx: TimeContext) -> None:
    document = out.document
    if block.kind == "heading":
        ctx.new_section()
    else:
        ctx.new_paragraph()
    by_sentence: dict[int, list[Event]] = {}
    for ev in doc._.events or []:
        by_sentence.setdefault(ev.sentence_start, []).append(ev)
    for sent in doc.sents:
        if not sent.text.strip():
            continue
        start = block.start + sent.start_char
        end = block.start + sent.end_char
        index = len(out.sentences)
        notes = tuple(document.notes_in(start, end))
        out.sentences.append(Sentence(index, start, end, sent.text, notes))
        mentions = find_dates(sent)
        ctx.observe(sent, mentions)
        for ev in by_sentence.get(sent.start_char, []):
            date = ev.date
            if ev.trigger_token >= 0:
                date = ctx.event_span(doc[ev.trigger_token], mentions, ev.modality)
            out.events.append(
                dataclasses.replace(
                    ev,
                    sentence_start=start,
                    sentence_end=end,
                    trigger_start=ev.trigger_start + block.start,
                    trigger_end=ev.trigger_end + block.start,
                    sentence_index=index,
                    doc_id=document.doc_id,
                    doc_title=document.title,
                    doc_url=document.url,
                    doc_date=document.date,
                    notes=list(notes),
                    date=date,
                )
            )
