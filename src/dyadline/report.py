"""The offline HTML report: one self-contained file an analyst can mail around.

Reads export records (from a ``Store`` or any iterable) and, where a store or
``Document`` objects are given, the documents' notes and note markers. Writes
one HTML file holding: a timeline chart per chosen dyad, the relation network
of the period (both inline SVG from ``dyadline.charts``: no chart library, a
few kilobytes), the event table (sortable by any column, an inline filter box,
each event linked to its sentence and its notes), the sentences that carry
events, the notes with their text and http/https links, the note audit
(``dyadline.read.notes.audit_notes``) and the contested claims. Nothing is
fetched when the file is opened: a Content-Security-Policy forbids any request.
All document text is escaped (``html.escape``); only http/https URLs become links.

The page is assembled from ``templates/report.html`` with ``string.Template``
rather than a template engine: the page has one level of substitution and no
loops that plain functions cannot write.
"""

from __future__ import annotations

import importlib
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date
from html import escape
from importlib import resources
from pathlib import Path
from string import Template
from typing import Any, Protocol, runtime_checkable

from dyadline import __version__
from dyadline.analysis import claims, network, timeline
from dyadline.analysis.records import Record, country_of, period
from dyadline.analysis.timeline import TimelineEntry
from dyadline.charts import network_svg, timeline_svg
from dyadline.errors import DyadlineError
from dyadline.htmltext import linkify
from dyadline.model import Document

DEFAULT_DYADS = 3


@runtime_checkable
class EventStore(Protocol):
    """What the report needs of ``dyadline.store.Store``."""

    def events(self) -> list[dict[str, Any]]: ...
    def documents(self) -> list[dict[str, Any]]: ...
    def document(self, doc_id: str) -> Document: ...


# ---------------------------------------------------------------- charts


def top_dyads(records: Iterable[Record], n: int = DEFAULT_DYADS) -> list[tuple[str, str]]:
    """The ``n`` country pairs with most events (either direction), most first."""
    counts: Counter[tuple[str, str]] = Counter()
    for rec in records:
        a, b = country_of(rec.get("source")), country_of(rec.get("target"))
        if a and b and a != b:
            pair = (a, b) if a <= b else (b, a)
            counts[pair] += 1
    return [pair for pair, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]]


# ---------------------------------------------------------------- tables


def _highlight(rec: Record) -> str:
    """The sentence, escaped, with the trigger in ``<mark>``."""
    sentence = str(rec.get("sentence") or "")
    trigger = str(rec.get("trigger") or "")
    i = j = -1
    try:
        i = int(rec["trigger_start"]) - int(rec["sentence_start"])
        j = int(rec["trigger_end"]) - int(rec["sentence_start"])
    except (KeyError, TypeError, ValueError):
        pass
    if not (0 <= i < j <= len(sentence)) or sentence[i:j] != trigger:
        i = sentence.find(trigger) if trigger else -1
        j = i + len(trigger)
    if i < 0:
        return escape(sentence)
    return f"{escape(sentence[:i])}<mark>{escape(sentence[i:j])}</mark>{escape(sentence[j:])}"


def _doc_key(doc_id: object) -> str:
    return escape(str(doc_id or "")[:8])


def sentence_anchor(rec: Record) -> str:
    """The id of a record's sentence in the report's sentence list."""
    return f"s-{_doc_key(rec.get('doc_id'))}-{int(rec.get('sentence_index') or 0)}"


def _note_links(rec: Record) -> str:
    doc = _doc_key(rec.get("doc_id"))
    return " ".join(f'<a href="#n-{doc}-{int(n)}">{int(n)}</a>' for n in rec.get("notes") or [])


def _event_rows(entries: list[TimelineEntry]) -> str:
    rows = []
    for e in entries:
        css = "modality negated" if e.modality == "negated" else "modality"
        doc = escape(str(e.doc_title or e.doc_id))
        rows.append(
            "<tr>"
            f'<td class="date" data-sort="{escape(e.start or e.end or "9999")}">'
            f"{escape(e.date)}</td>"
            f"<td>{escape(e.source)}</td>"
            f'<td class="q{e.quad_class}" data-sort="{escape(e.cameo)}">{escape(e.event)}</td>'
            f"<td>{escape(e.target)}</td>"
            f'<td class="{css}">{escape(e.modality)}</td>'
            f'<td title="{doc}"><a class="sent" href="#{sentence_anchor(e.record)}">'
            f"{_highlight(e.record)}</a></td>"
            f"<td>{_note_links(e.record)}</td>"
            "</tr>"
        )
    return "\n".join(rows)


def _event_section(entries: list[TimelineEntry]) -> str:
    if not entries:
        return '<section id="events"><h2>Events</h2><p class="empty">No events.</p></section>'
    head = "".join(
        f'<th><button type="button" class="sort" data-col="{i}">{name}</button></th>'
        for i, name in enumerate(
            ("date", "source", "event", "target", "modality", "sentence", "notes")
        )
    )
    return (
        '<section id="events"><h2>Events</h2>'
        '<p><input id="event-filter" type="search" placeholder="Filter events…" '
        'aria-label="Filter events"><span id="event-count" class="count"></span></p>'
        f'<table id="event-table" class="sortable"><thead><tr>{head}</tr></thead>'
        f"<tbody>\n{_event_rows(entries)}\n</tbody></table></section>"
    )


def _documents(source: EventStore | None, documents: Sequence[Document] | None) -> list[Document]:
    docs: list[Document] = list(documents or [])
    if source is not None and not docs:
        docs = [source.document(str(d["doc_id"])) for d in source.documents()]
    return docs


def _sentences_section(records: list[Record], docs: list[Document]) -> str:
    """Every sentence that carries an event, once, with its note links: what the event
    table's sentence cells link to."""
    titles = {d.doc_id: str(d.title or d.path or d.doc_id) for d in docs}
    seen: dict[str, Record] = {}
    for rec in sorted(
        records,
        key=lambda r: (str(r.get("doc_id") or ""), int(r.get("sentence_index") or 0)),
    ):
        seen.setdefault(sentence_anchor(rec), rec)
    if not seen:
        return ""
    parts = ['<section id="sentences"><h2>Sentences</h2>']
    current = None
    for anchor, rec in seen.items():
        doc_id = str(rec.get("doc_id") or "")
        if doc_id != current:
            if current is not None:
                parts.append("</ol>")
            title = titles.get(doc_id) or rec.get("doc_title") or doc_id
            parts.append(f'<h3>{escape(str(title))}</h3><ol class="sentences">')
            current = doc_id
        notes = _note_links(rec)
        parts.append(
            f'<li id="{anchor}" value="{int(rec.get("sentence_index") or 0) + 1}">'
            f"{escape(str(rec.get('sentence') or ''))}"
            + (f' <span class="notes">[{notes}]</span>' if notes else "")
            + "</li>"
        )
    parts.append("</ol></section>")
    return "\n".join(parts)


def _notes_section(docs: list[Document]) -> str:
    """The notes of each document: number, text and its http/https URLs as links."""
    with_notes = [d for d in docs if d.notes]
    if not with_notes:
        return ""
    parts = ['<section id="note-texts"><h2>Notes</h2>']
    for doc in with_notes:
        key = _doc_key(doc.doc_id)
        parts.append(f"<h3>{escape(str(doc.title or doc.path or doc.doc_id))}</h3><ol>")
        for note in doc.notes:
            parts.append(
                f'<li id="n-{key}-{int(note.number)}" value="{int(note.number)}">'
                f"{linkify(note.text)}</li>"
            )
        parts.append("</ol>")
    parts.append("</section>")
    return "\n".join(parts)


def _audit_section(docs: list[Document]) -> str:
    try:
        module = importlib.import_module("dyadline.read.notes")
        audit = module.audit_notes
    except (ImportError, AttributeError):
        return ""
    if not docs:
        return ""
    parts = ['<section id="notes"><h2>Note audit</h2>']
    for doc in docs:
        name = escape(str(doc.title or doc.path or doc.doc_id))
        problems = list(audit(doc.notes, doc.markers))
        parts.append(f"<h3>{name}</h3>")
        if not problems:
            parts.append(f'<p class="empty">{len(doc.notes)} notes, no problems found.</p>')
            continue
        parts.append(
            "<table><thead><tr><th>note</th><th>problem</th><th>details</th></tr></thead><tbody>"
        )
        for p in problems:
            parts.append(
                f"<tr><td>{escape(str(getattr(p, 'number', '')))}</td>"
                f"<td>{escape(str(getattr(p, 'kind', '')))}</td>"
                f"<td>{escape(str(getattr(p, 'message', p)))}</td></tr>"
            )
        parts.append("</tbody></table>")
    parts.append("</section>")
    return "\n".join(parts)


def _claims_section(records: list[Record]) -> str:
    contested = [c for c in claims(records) if c.status == "contested"]
    parts = ['<section id="claims"><h2>Contested claims</h2>']
    if not contested:
        parts.append('<p class="empty">No document contradicts another.</p></section>')
        return "\n".join(parts)
    parts.append(
        "<table><thead><tr><th>claim</th><th>date</th><th>why</th>"
        "<th>documents and sentences</th></tr></thead><tbody>"
    )
    for c in contested:
        items = "".join(
            f"<li><b>{escape(str(e.get('doc_title') or e.get('doc_id')))}</b> "
            f"({escape(str(e.get('modality')))}): "
            f'<a class="sent" href="#{sentence_anchor(e)}">{_highlight(e)}</a></li>'
            for e in c.events
        )
        parts.append(
            f'<tr><td class="status-contested">{escape(c.label)}</td><td>{escape(c.date)}</td>'
            f"<td>{escape(c.reason)}</td><td><ul>{items}</ul></td></tr>"
        )
    parts.append("</tbody></table></section>")
    return "\n".join(parts)


# ---------------------------------------------------------------- the page


def _template() -> Template:
    try:
        text = resources.files("dyadline").joinpath("templates", "report.html").read_text("utf-8")
    except FileNotFoundError as exc:
        raise DyadlineError(
            "templates/report.html", "the report template is missing", "reinstall dyadline"
        ) from exc
    return Template(text)


def render_report(
    source: EventStore | Iterable[Record],
    *,
    dyads: list[tuple[str, str]] | None = None,
    date_from: str | date | None = None,
    date_to: str | date | None = None,
    documents: Sequence[Document] | None = None,
    title: str = "dyadline report",
) -> str:
    """The report as one HTML string (see ``write_report``)."""
    store: EventStore | None = None
    records: list[Record]
    if isinstance(source, EventStore):
        store, records = source, list(source.events())
    else:
        records = list(source)
    span = period(date_from, date_to)
    tl = timeline(records, date_from=date_from, date_to=date_to)
    chosen = dyads if dyads is not None else top_dyads(e.record for e in tl.dated)

    body = ['<section id="timelines"><h2>Timelines</h2>']
    for i, dyad in enumerate(chosen):
        part = timeline(records, dyad=dyad, date_from=date_from, date_to=date_to)
        body.append(f"<h3>{escape(dyad[0])} – {escape(dyad[1])}</h3>")
        if part.dated:
            svg = timeline_svg(part.dated, lambda e: f"#{sentence_anchor(e.record)}")
            body.append(f'<div class="chart" id="timeline-{i}">{svg}</div>')
        else:
            body.append('<p class="empty">No dated events.</p>')
        if part.undated:
            body.append(f"<p>{len(part.undated)} undated events (in the table below).</p>")
    if not chosen:
        body.append('<p class="empty">No dyads with events.</p>')
    body.append("</section>")

    graph = network(records, date_from=date_from, date_to=date_to)
    body.append('<section id="network"><h2>Network</h2>')
    if graph.number_of_edges():
        body.append(f'<div class="chart" id="network-chart">{network_svg(graph)}</div>')
    else:
        body.append('<p class="empty">No relations in this period.</p>')
    body.append("</section>")

    docs = _documents(store, documents)
    shown = tl.dated + tl.undated
    body.append(_event_section(shown))
    body.append(_sentences_section([e.record for e in shown], docs))
    body.append(_notes_section(docs))
    body.append(_audit_section(docs))
    body.append(_claims_section(records))

    doc_ids = {str(r.get("doc_id") or "") for r in records}
    when = "all dates"
    if span is not None:
        lo = "" if span[0] == date.min else span[0].isoformat()
        hi = "" if span[1] == date.max else span[1].isoformat()
        when = f"{lo or '…'} to {hi or '…'}"
    meta = (
        f"{len(tl)} events from {len(doc_ids)} documents · {escape(when)} · "
        f"dyadline {escape(__version__)}"
    )
    return _template().substitute(title=escape(title), meta=meta, body="\n".join(body))


def write_report(
    source: EventStore | Iterable[Record],
    out_path: str | Path,
    *,
    dyads: list[tuple[str, str]] | None = None,
    date_from: str | date | None = None,
    date_to: str | date | None = None,
    documents: Sequence[Document] | None = None,
    title: str = "dyadline report",
) -> Path:
    """Write the self-contained offline HTML report; return its path.

    ``source`` is a ``Store`` (events, and documents for the note audit) or
    export records (pass ``documents`` for the note audit). ``dyads`` are
    the country pairs to chart (default: the three with most events); the
    period bounds the timelines, the network and the table.
    """
    from dyadline.export import check_output_path, output_file

    out = check_output_path(out_path)  # before the rendering work
    html = render_report(
        source,
        dyads=dyads,
        date_from=date_from,
        date_to=date_to,
        documents=documents,
        title=title,
    )
    with output_file(out) as handle:
        handle.write(html)
    return out
