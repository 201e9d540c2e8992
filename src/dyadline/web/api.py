"""The reading room's JSON API under ``/api`` (OpenAPI at ``/api/openapi.json``).

Reads: the same store queries as the pages. Adds: JSON for everything the pages
show (corpus figures, documents with sentences, notes and events, filtered and
paged events, one event with its review, sentence search, a dyad's timeline, a
period's network, claims, upload progress) and the review writes (PUT/DELETE,
JSON bodies only, under the same write rule as the forms).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from pydantic import BaseModel, Field

from dyadline.analysis.claims import claims as find_claims
from dyadline.analysis.network import edge_rows, network
from dyadline.analysis.timeline import timeline
from dyadline.errors import QueryError
from dyadline.reviews import check_review, clear_review, review_of, set_review
from dyadline.store import Store
from dyadline.web import queries
from dyadline.web.app import check_write, open_store
from dyadline.web.pages import FilterDep, _records

router = APIRouter(prefix="/api", tags=["api"])
StoreDep = Annotated[Store, Depends(open_store)]
Json = dict[str, Any]


class ReviewBody(BaseModel):
    state: str = Field(description="accepted, rejected or corrected")
    note: str = ""
    cameo: str | None = None
    source: str | None = None
    target: str | None = None
    date_start: str | None = None
    date_end: str | None = None
    modality: str | None = None


@router.get("/corpus")
def api_corpus(store: StoreDep) -> Json:
    """Counts, period and top dyads of the store."""
    return {**queries.corpus_figures(store), "documents": store.documents()}


@router.get("/documents/{doc_id}")
def api_document(doc_id: str, store: StoreDep) -> Json:
    """A document: text, blocks, sentences, notes (with markers) and events."""
    doc_id = queries.document_id(store, doc_id)
    document = store.document(doc_id)
    return {
        "doc_id": doc_id,
        "title": document.title,
        "date": document.date,
        "path": document.path,
        "text": document.text,
        "blocks": [[b.start, b.end, b.kind] for b in document.blocks],
        "markers": [[m.offset, m.number] for m in document.markers],
        "notes": [
            {"number": n.number, "text": n.text, "urls": n.urls, "outlet": n.outlet}
            for n in document.notes
        ],
        "sentences": [
            {"index": s.index, "start": s.start, "end": s.end, "text": s.text, "notes": s.notes}
            for s in store.sentences(doc_id)
        ],
        "events": [queries.as_shown(r, rv) for r, rv in queries.document_events(store, doc_id)],
    }


@router.get("/events")
def api_events(
    store: StoreDep,
    flt: FilterDep,
    page: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
    size: Annotated[int, Query(ge=1, le=queries.MAX_PAGE_SIZE)] = queries.PAGE_SIZE,
) -> Json:
    """One page of the filtered events (reviews applied; rejected ones marked)."""
    result = queries.event_page(store, flt, page, size)
    return {
        "total": result.total,
        "page": result.page,
        "pages": result.pages,
        "size": result.size,
        "events": result.rows,
    }


@router.get("/events/{event_id}")
def api_event(event_id: str, store: StoreDep) -> Json:
    """One event as coded, as reviewed, and its review."""
    rec, review = queries.event_with_review(store, event_id)
    return {
        "coded": rec,
        "reviewed": queries.as_shown(rec, review),
        "review": review.to_record() if review else None,
    }


@router.put("/events/{event_id}/review")
def api_review(event_id: str, body: ReviewBody, request: Request, store: StoreDep) -> Json:
    """Accept, reject or correct an event (kept across re-ingest of the same text)."""
    check_write(request, form=False)
    review = check_review(
        body.state,
        note=body.note,
        cameo=body.cameo,
        source=body.source,
        target=body.target,
        date_start=body.date_start,
        date_end=body.date_end,
        modality=body.modality,
    )
    return set_review(store, event_id, review).to_record()


@router.delete("/events/{event_id}/review")
def api_clear_review(event_id: str, request: Request, store: StoreDep) -> Json:
    """Remove an event's review."""
    check_write(request, form=False)
    return {"removed": clear_review(store, event_id), "review": review_of(store, event_id)}


@router.get("/search")
def api_search(
    store: StoreDep,
    q: Annotated[str, Query(min_length=1, max_length=500)],
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> list[Json]:
    """Sentences holding all the words of ``q`` (hits between \\u0002 and \\u0003)."""
    return queries.search_sentences(store, q, limit)


@router.get("/timeline")
def api_timeline(
    store: StoreDep,
    dyad: str,
    date_from: Annotated[str | None, Query(alias="from")] = None,
    date_to: Annotated[str | None, Query(alias="to")] = None,
) -> Json:
    """A dyad's events in date order (either direction), dated then undated."""
    flt = queries.EventFilter(dyad=dyad, date_from=date_from, date_to=date_to).cleaned()
    if flt.dyad is None:
        raise QueryError("dyad", "is missing", "give two actor codes, e.g. ISR-AZE")
    a, b = flt.dyad.split("-")
    records = _records(
        store, dyad=(a, b), date_from=flt.date_from, date_to=flt.date_to, overlapping=True
    )
    tl = timeline(records, date_from=flt.date_from, date_to=flt.date_to)
    return {
        "dyad": [a, b],
        "dated": [e.as_dict() for e in tl.dated],
        "undated": [e.as_dict() for e in tl.undated],
    }


@router.get("/network")
def api_network(
    store: StoreDep,
    date_from: Annotated[str | None, Query(alias="from")] = None,
    date_to: Annotated[str | None, Query(alias="to")] = None,
) -> Json:
    """The relation network of a period: nodes and directed edges with their figures."""
    flt = queries.EventFilter(date_from=date_from, date_to=date_to).cleaned()
    records = _records(store, date_from=flt.date_from, date_to=flt.date_to, overlapping=True)
    graph = network(records, date_from=flt.date_from, date_to=flt.date_to)
    return {
        "nodes": [{"id": n, **d} for n, d in graph.nodes(data=True)],
        "edges": edge_rows(graph),
    }


@router.get("/claims")
def api_claims(store: StoreDep) -> list[Json]:
    """Claims across documents: corroborated, contested and single."""
    return [c.as_dict() for c in find_claims(_records(store))]


@router.get("/uploads/{job_id}")
def api_upload(job_id: str, request: Request) -> Json:
    """An upload's progress: queued, reading, annotating, storing, done or failed."""
    job = request.app.state.uploads.jobs.get(job_id)
    if job is None:
        raise HTTPException(404, "no such upload")
    result: Json = job.to_dict()
    return result
