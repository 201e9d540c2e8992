"""The reading room's HTML pages: corpus, reader, events, event card, timeline,
network, claims, upload; the review and upload forms.

Reads: request parameters and the store (``dyadline.web.queries``, the analysis
library). Adds: pages rendered from ``templates/`` (Jinja2, autoescaped: every
document text, note, URL and code is escaped; the reader's markup is built
escaped in ``dyadline.web.reader``), and the downloads of the Events filter
(CSV, JSONL, Parquet when pyarrow is installed), streamed from SQL.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response, StreamingResponse
from markupsafe import Markup

from dyadline.analysis.claims import claims as find_claims
from dyadline.analysis.network import edge_rows, network
from dyadline.analysis.records import QUAD_NAMES, display_date
from dyadline.analysis.timeline import timeline
from dyadline.charts import QUAD_COLOURS, network_svg, timeline_svg
from dyadline.errors import DyadlineError, QueryError
from dyadline.export import CSV_COLUMNS, flatten
from dyadline.model import MODALITIES
from dyadline.read.notes import audit_notes
from dyadline.reviews import check_review, clear_review, reviewed_records, set_review
from dyadline.store import Store
from dyadline.web import queries
from dyadline.web.app import TOKEN_COOKIE, check_write, open_store, page_context, settings_of
from dyadline.web.reader import linkify, render_blocks

router = APIRouter(include_in_schema=False)
StoreDep = Annotated[Store, Depends(open_store)]
#: most records the timeline, network and claims pages analyse (a bigger store is cut)
MAX_ANALYSED = 200_000
#: documents listed on the Corpus page (the rest are found by search or the Events page)
MAX_DOCUMENTS = 200


def _render(request: Request, name: str, **values: Any) -> HTMLResponse:
    response: HTMLResponse = request.app.state.templates.TemplateResponse(
        request, name, page_context(request, **values)
    )
    return response


def _sentence_link(doc_id: str, index: int | str) -> str:
    return f"/documents/{doc_id}#s-{index}"


def _common() -> dict[str, Any]:
    return {
        "quad_names": QUAD_NAMES,
        "quad_colours": QUAD_COLOURS,
        "modalities": MODALITIES,
        "display_date": display_date,
        "sentence_link": _sentence_link,
    }


@router.get("/", response_class=HTMLResponse)
def corpus(request: Request, store: StoreDep, q: str | None = None) -> HTMLResponse:
    hits = None
    error = None
    if q and q.strip():
        try:
            hits = [
                {**hit, "snippet": _marks(hit["snippet"])}
                for hit in queries.search_sentences(store, q)
            ]
        except QueryError as exc:
            error = str(exc)
    return _render(
        request,
        "corpus.html",
        documents=queries.documents_page(store, MAX_DOCUMENTS),
        figures=queries.corpus_figures(store),
        max_documents=MAX_DOCUMENTS,
        q=q or "",
        hits=hits,
        error=error,
        **_common(),
    )


def _marks(snippet: str) -> Markup:
    from html import escape

    text = escape(snippet)
    return Markup(text.replace(queries.HIT_OPEN, "<mark>").replace(queries.HIT_CLOSE, "</mark>"))


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def reader(request: Request, doc_id: str, store: StoreDep) -> HTMLResponse:
    doc_id = queries.document_id(store, doc_id)
    document = store.document(doc_id)
    sentences = store.sentences(doc_id)
    pairs = queries.document_events(store, doc_id)
    events = [queries.as_shown(rec, review) for rec, review in pairs]
    reviews = {rec["event_id"]: review for rec, review in pairs}
    by_sentence: dict[int, list[dict[str, Any]]] = {}
    for ev in events:
        by_sentence.setdefault(int(ev["sentence_index"]), []).append(ev)
    originals = {rec["event_id"]: rec for rec, _ in pairs}
    try:
        problems = audit_notes(document.notes, document.markers)
    except Exception:  # the audit is advice; a failure must not hide the document
        problems = []
    by_note: dict[int | None, list[str]] = {}
    for p in problems:
        by_note.setdefault(p.number, []).append(p.message)
    citing = store.event_note_numbers(doc_id)
    notes = [
        {
            "number": n.number,
            "html": linkify(n.text),
            "outlet": n.outlet,
            "date": n.date,
            "problems": by_note.get(n.number, []),
            "events": len(citing.get(n.number, [])),
        }
        for n in document.notes
    ]
    return _render(
        request,
        "document.html",
        doc_id=doc_id,
        document=document,
        blocks=render_blocks(document, sentences, events),
        events=events,
        by_sentence=by_sentence,
        originals=originals,
        reviews=reviews,
        notes=notes,
        doc_problems=by_note.get(None, []),
        next_url=f"/documents/{doc_id}",
        **_common(),
    )


def _filter(
    dyad: str | None = None,
    actor: str | None = None,
    date_from: Annotated[str | None, Query(alias="from")] = None,
    date_to: Annotated[str | None, Query(alias="to")] = None,
    root: str | None = None,
    quad: str | None = None,
    modality: str | None = None,
    doc: str | None = None,
    review: str | None = None,
    sort: str = "date",
) -> queries.EventFilter:
    quad_value: int | None = None
    if quad and quad.strip():
        if not quad.strip().isdigit():
            raise QueryError(quad, "is not a quad class", "give 1, 2, 3 or 4")
        quad_value = int(quad)
    return queries.EventFilter(
        dyad=dyad,
        actor=actor,
        date_from=date_from,
        date_to=date_to,
        root=root,
        quad=quad_value,
        modality=modality,
        doc=doc,
        review=review,
        sort=sort,
    ).cleaned()


FilterDep = Annotated[queries.EventFilter, Depends(_filter)]


def query_string(flt: queries.EventFilter, **extra: Any) -> str:
    params = flt.params()
    for key in ("date_from", "date_to"):
        if key in params:
            params[key.removeprefix("date_")] = params.pop(key)
    params.update({k: str(v) for k, v in extra.items() if v is not None})
    return urlencode(params)


@router.get("/events", response_class=HTMLResponse)
def events(
    request: Request, store: StoreDep, flt: FilterDep, page: int = 1, size: int = 50
) -> HTMLResponse:
    result = queries.event_page(store, flt, page, size)
    return _render(
        request,
        "events.html",
        flt=flt,
        result=result,
        qs=lambda **extra: query_string(flt, **extra),
        sorts=list(queries.SORTS),
        review_states=queries.REVIEW_FILTERS,
        parquet=_has_pyarrow(),
        **_common(),
    )


def _has_pyarrow() -> bool:
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        return False
    return True


def _csv_chunks(records: Iterable[dict[str, Any]]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(CSV_COLUMNS), lineterminator="\n")
    writer.writeheader()
    for i, rec in enumerate(records):
        writer.writerow(flatten(rec))
        if i % 500 == 499:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def _download(name: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{name}"'}


@router.get("/events.csv")
def events_csv(request: Request, flt: FilterDep) -> StreamingResponse:
    store = Store(settings_of(request).db, create=False, read_only=settings_of(request).read_only)

    def rows() -> Iterator[str]:
        try:
            yield from _csv_chunks(queries.iter_filtered(store, flt))
        finally:
            store.close()

    return StreamingResponse(
        rows(), media_type="text/csv; charset=utf-8", headers=_download("events.csv")
    )


@router.get("/events.jsonl")
def events_jsonl(request: Request, flt: FilterDep) -> StreamingResponse:
    store = Store(settings_of(request).db, create=False, read_only=settings_of(request).read_only)

    def lines() -> Iterator[str]:
        try:
            for rec in queries.iter_filtered(store, flt):
                yield json.dumps(rec, ensure_ascii=False) + "\n"
        finally:
            store.close()

    return StreamingResponse(
        lines(), media_type="application/x-ndjson; charset=utf-8", headers=_download("events.jsonl")
    )


@router.get("/events.parquet")
def events_parquet(store: StoreDep, flt: FilterDep) -> Response:
    if not _has_pyarrow():
        raise HTTPException(404, "Parquet needs pyarrow (pip install pyarrow)")
    from dyadline.outputs import parquet

    out = io.BytesIO()
    parquet.write(queries.iter_filtered(store, flt), out)
    return Response(
        out.getvalue(),
        media_type="application/vnd.apache.parquet",
        headers=_download("events.parquet"),
    )


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_card(request: Request, event_id: str, store: StoreDep) -> HTMLResponse:
    rec, review = queries.event_with_review(store, event_id)
    return _render(
        request,
        "event.html",
        ev=queries.as_shown(rec, review),
        original=rec,
        review=review,
        next_url=f"/events/{event_id}",
        **_common(),
    )


def _next(url: str | None, fallback: str) -> str:
    """A local path to go back to: never another site ("//x", "http:", "\\\\x")."""
    if url and url.startswith("/") and not url.startswith(("//", "/\\")) and "\\" not in url:
        return url
    return fallback


@router.post("/events/{event_id}/review")
def review_form(
    request: Request,
    event_id: str,
    store: StoreDep,
    state: Annotated[str, Form()],
    csrf: Annotated[str, Form()] = "",
    note: Annotated[str, Form()] = "",
    cameo: Annotated[str, Form()] = "",
    source: Annotated[str, Form()] = "",
    target: Annotated[str, Form()] = "",
    date_start: Annotated[str, Form()] = "",
    date_end: Annotated[str, Form()] = "",
    modality: Annotated[str, Form()] = "",
    next_url: Annotated[str, Form(alias="next")] = "",
) -> Response:
    check_write(request, csrf)
    queries.event_with_review(store, event_id)  # 400 for an unknown event
    if state == "clear":
        clear_review(store, event_id)
    else:
        review = check_review(
            state,
            note=note,
            cameo=cameo,
            source=source,
            target=target,
            date_start=date_start,
            date_end=date_end,
            modality=modality,
        )
        set_review(store, event_id, review)
    back = _next(next_url, f"/events/{event_id}")
    return RedirectResponse(f"{back}#ev-{event_id}" if "#" not in back else back, 303)


def _records(store: Store, **filters: Any) -> list[dict[str, Any]]:
    out = []
    for i, rec in enumerate(reviewed_records(store, store.iter_events(**filters))):
        if i >= MAX_ANALYSED:
            break
        out.append(rec)
    return out


@router.get("/timeline", response_class=HTMLResponse)
def timeline_page(
    request: Request,
    store: StoreDep,
    dyad: str | None = None,
    date_from: Annotated[str | None, Query(alias="from")] = None,
    date_to: Annotated[str | None, Query(alias="to")] = None,
) -> HTMLResponse:
    flt = queries.EventFilter(dyad=dyad, date_from=date_from, date_to=date_to).cleaned()
    figures = queries.corpus_figures(store, dyads=12)
    entries = None
    svg = None
    if flt.dyad:
        a, b = flt.dyad.split("-")
        records = _records(
            store,
            dyad=(a, b),
            date_from=flt.date_from,
            date_to=flt.date_to,
            overlapping=True,
        )
        tl = timeline(records, date_from=flt.date_from, date_to=flt.date_to)
        entries = tl.dated + tl.undated
        svg = Markup(timeline_svg(tl.dated, lambda e: f"/events/{e.event_id}"))
    return _render(
        request,
        "timeline.html",
        flt=flt,
        entries=entries,
        svg=svg,
        top_dyads=figures["top_dyads"],
        **_common(),
    )


@router.get("/network", response_class=HTMLResponse)
def network_page(
    request: Request,
    store: StoreDep,
    date_from: Annotated[str | None, Query(alias="from")] = None,
    date_to: Annotated[str | None, Query(alias="to")] = None,
) -> HTMLResponse:
    flt = queries.EventFilter(date_from=date_from, date_to=date_to).cleaned()
    records = _records(store, date_from=flt.date_from, date_to=flt.date_to, overlapping=True)
    graph = network(records, date_from=flt.date_from, date_to=flt.date_to)
    period = query_string(flt)

    def link(u: str, v: str) -> str:
        return f"/events?dyad={u}-{v}&{period}"

    return _render(
        request,
        "network.html",
        flt=flt,
        svg=Markup(network_svg(graph, link)),
        edges=edge_rows(graph),
        period=period,
        **_common(),
    )


@router.get("/claims", response_class=HTMLResponse)
def claims_page(request: Request, store: StoreDep, status: str | None = None) -> HTMLResponse:
    if status and status not in ("corroborated", "contested", "single", "all"):
        raise QueryError(status, "is not a claim status", "corroborated, contested or all")
    found = find_claims(_records(store))
    wanted = status or "multi"
    shown = [
        c
        for c in found
        if wanted == "all"
        or c.status == wanted
        or (wanted == "multi" and c.status in ("corroborated", "contested"))
    ]
    return _render(request, "claims.html", claims=shown, status=status or "", **_common())


@router.get("/upload", response_class=HTMLResponse)
def upload_page(request: Request) -> HTMLResponse:
    from dyadline.read import supported_formats

    uploads = request.app.state.uploads
    return _render(
        request,
        "upload.html",
        formats=supported_formats(),
        jobs=sorted(uploads.jobs.values(), key=lambda j: -j.started),
        limit_mb=settings_of(request).max_upload // (1024 * 1024),
    )


@router.post("/upload")
async def upload_form(
    request: Request, file: UploadFile, csrf: Annotated[str, Form()] = ""
) -> Response:
    check_write(request, csrf)
    limit = settings_of(request).max_upload
    data = await file.read(limit + 1)
    try:
        job = request.app.state.uploads.submit(file.filename or "", data)
    except DyadlineError as exc:
        raise HTTPException(400, str(exc)) from exc
    return RedirectResponse(f"/upload/{job.job_id}", 303)


@router.get("/upload/{job_id}", response_class=HTMLResponse)
def upload_job(request: Request, job_id: str) -> HTMLResponse:
    job = request.app.state.uploads.jobs.get(job_id)
    if job is None:
        raise HTTPException(404, "no such upload")
    return _render(request, "job.html", job=job)


@router.post("/login")
def login(
    request: Request, token: Annotated[str, Form()], csrf: Annotated[str, Form()] = ""
) -> Response:
    from dyadline.web.app import _same

    settings = settings_of(request)
    if not _same(csrf, request.cookies.get("dyadline_csrf")):
        raise HTTPException(403, "the form's CSRF token is missing or stale (reload the page)")
    if not settings.token or not _same(token, settings.token):
        raise HTTPException(403, "wrong token")
    response = RedirectResponse("/", 303)
    response.set_cookie(TOKEN_COOKIE, token, httponly=True, samesite="strict", path="/")
    return response
