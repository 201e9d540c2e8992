"""The offline HTML report: one self-contained file an analyst can mail around.

Reads export records (from a ``Store`` or any iterable) and, where a store or
``Document`` objects are given, the documents' notes and note markers. Writes
one HTML file holding: a timeline chart per chosen dyad, the relation network
of the period, the event table with an inline filter box, the note audit
(``dyadline.read.notes.audit_notes``, skipped when that module is missing)
and the contested claims. Nothing is fetched when the file is opened:
plotly.js is inlined once from the plotly package and a Content-Security-
Policy forbids any request. All document text is escaped (``html.escape``);
hover texts are escaped too, plotly shows the entities as plain characters.

The page is assembled from ``templates/report.html`` with ``string.Template``
rather than a template engine: the page has one level of substitution and no
loops that plain functions cannot write.
"""

from __future__ import annotations

import importlib
import math
import textwrap
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from html import escape
from importlib import resources
from pathlib import Path
from string import Template
from typing import Any, Protocol, runtime_checkable

import networkx as nx
import plotly.graph_objects as go
from plotly.offline import get_plotlyjs

from dyadline import __version__
from dyadline.analysis import claims, network, timeline
from dyadline.analysis.records import QUAD_NAMES, Record, country_of, period
from dyadline.analysis.timeline import TimelineEntry
from dyadline.errors import DyadlineError
from dyadline.model import Document

QUAD_COLOURS = {1: "#4dac26", 2: "#1b7837", 3: "#f1a340", 4: "#b2182b"}
RELATION_COLOURS = {"cooperative": "#1b7837", "conflictual": "#b2182b", "mixed": "#888888"}
MODALITY_SYMBOLS = {
    "asserted": "circle",
    "reported": "circle-open",
    "hedged": "circle-open",
    "negated": "x",
    "future": "diamond-open",
    "counterfactual": "diamond-open",
}
MAX_NETWORK_NODES = 60
DEFAULT_DYADS = 3
LAYOUT_SEED = 7


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


def _hover(entry: TimelineEntry) -> str:
    sentence = "<br>".join(escape(line) for line in textwrap.wrap(entry.sentence, 80)[:6])
    head = f"{escape(entry.date)} · {escape(entry.event)}"
    if entry.mark:
        head += f" {escape(entry.mark)}"
    return f"<b>{head}</b><br>{escape(entry.source)} → {escape(entry.target)}<br>{sentence}"


def _timeline_figure(entries: list[TimelineEntry]) -> go.Figure:
    fig = go.Figure()
    for quad, name in QUAD_NAMES.items():
        # asserted first: the legend shows the first point's symbol
        rows = sorted(
            (e for e in entries if e.quad_class == quad), key=lambda e: e.modality != "asserted"
        )
        if not rows:
            continue
        ys = [
            f"{country_of(e.record.get('source'))} → {country_of(e.record.get('target'))}"
            for e in rows
        ]
        line_x: list[str | None] = []
        line_y: list[str | None] = []
        for e, y in zip(rows, ys, strict=True):
            if e.start and e.end and e.end != e.start:
                line_x += [e.start, e.end, None]
                line_y += [y, y, None]
        if line_x:
            fig.add_trace(
                go.Scatter(
                    x=line_x,
                    y=line_y,
                    mode="lines",
                    hoverinfo="skip",
                    showlegend=False,
                    line={"color": QUAD_COLOURS[quad], "width": 3},
                    opacity=0.4,
                )
            )
        fig.add_trace(
            go.Scatter(
                x=[e.start or e.end for e in rows],
                y=ys,
                mode="markers",
                name=name,
                marker={
                    "color": QUAD_COLOURS[quad],
                    "size": 11,
                    "symbol": [MODALITY_SYMBOLS.get(e.modality, "circle") for e in rows],
                },
                hovertext=[_hover(e) for e in rows],
                hoverinfo="text",
            )
        )
    bounds = [date.fromisoformat(d) for e in entries for d in (e.start, e.end) if d]
    pad = timedelta(days=90)
    if bounds:
        pad = max(pad, (max(bounds) - min(bounds)) / 20)
    fig.update_layout(
        height=300,
        margin={"l": 90, "r": 20, "t": 20, "b": 40},
        xaxis={
            "type": "date",
            "range": [(min(bounds) - pad).isoformat(), (max(bounds) + pad).isoformat()]
            if bounds
            else None,
        },
        yaxis={"type": "category"},
        legend={"orientation": "h", "y": -0.2},
    )
    return fig


def _network_figure(graph: nx.DiGraph) -> go.Figure:
    keep = sorted(graph.nodes, key=lambda n: (-int(graph.nodes[n]["events"]), n))
    sub = graph.subgraph(keep[:MAX_NETWORK_NODES])
    pos = nx.spring_layout(sub, seed=LAYOUT_SEED) if len(sub) else {}
    fig = go.Figure()
    annotations = []
    for rel, colour in RELATION_COLOURS.items():
        edges = [(u, v, d) for u, v, d in sub.edges(data=True) if d["relation"] == rel]
        for u, v, d in edges:
            annotations.append(
                {
                    "x": float(pos[v][0]),
                    "y": float(pos[v][1]),
                    "ax": float(pos[u][0]),
                    "ay": float(pos[u][1]),
                    "xref": "x",
                    "yref": "y",
                    "axref": "x",
                    "ayref": "y",
                    "showarrow": True,
                    "arrowhead": 3,
                    "arrowcolor": colour,
                    "arrowwidth": 1 + math.log(int(d["total"])),
                    "standoff": 12,
                    "startstandoff": 12,
                    "text": "",
                }
            )
        fig.add_trace(
            go.Scatter(
                x=[(float(pos[u][0]) + float(pos[v][0])) / 2 for u, v, _ in edges],
                y=[(float(pos[u][1]) + float(pos[v][1])) / 2 for u, v, _ in edges],
                mode="markers",
                name=rel,
                marker={"color": colour, "size": 7},
                hovertext=[
                    f"{escape(u)} → {escape(v)}: {d['total']} events "
                    f"(q1 {d['q1']}, q2 {d['q2']}, q3 {d['q3']}, q4 {d['q4']})<br>"
                    f"mean Goldstein {d['goldstein']}, {escape(d['first'] or '?')} – "
                    f"{escape(d['last'] or '?')}"
                    for u, v, d in edges
                ],
                hoverinfo="text",
            )
        )
    nodes = list(sub.nodes)
    fig.add_trace(
        go.Scatter(
            x=[float(pos[n][0]) for n in nodes],
            y=[float(pos[n][1]) for n in nodes],
            mode="markers+text",
            text=[escape(n) for n in nodes],
            textposition="top center",
            hovertext=[
                f"{escape(sub.nodes[n]['label'])}: {sub.nodes[n]['events']} events" for n in nodes
            ],
            hoverinfo="text",
            marker={
                "size": [10 + 3 * math.sqrt(sub.nodes[n]["events"]) for n in nodes],
                "color": "#4a6fa5",
            },
            showlegend=False,
        )
    )
    fig.update_layout(
        height=560,
        annotations=annotations,
        margin={"l": 20, "r": 20, "t": 30, "b": 20},
        xaxis={"visible": False},
        yaxis={"visible": False},
        legend={"title": "relation"},
    )
    return fig


def _figure_html(fig: go.Figure, div_id: str) -> str:
    html: str = fig.to_html(
        full_html=False,
        include_plotlyjs=False,
        div_id=div_id,
        config={"displaylogo": False, "responsive": True},
    )
    return html


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


def _event_rows(entries: list[TimelineEntry]) -> str:
    rows = []
    for e in entries:
        css = "modality negated" if e.modality == "negated" else "modality"
        doc = escape(str(e.doc_title or e.doc_id))
        rows.append(
            "<tr>"
            f'<td class="date">{escape(e.date)}</td>'
            f"<td>{escape(e.source)}</td>"
            f'<td class="q{e.quad_class}">{escape(e.event)}</td>'
            f"<td>{escape(e.target)}</td>"
            f'<td class="{css}">{escape(e.modality)}</td>'
            f'<td title="{doc}">{_highlight(e.record)}</td>'
            f"<td>{escape(', '.join(str(n) for n in e.notes))}</td>"
            "</tr>"
        )
    return "\n".join(rows)


def _event_section(entries: list[TimelineEntry]) -> str:
    if not entries:
        return '<section id="events"><h2>Events</h2><p class="empty">No events.</p></section>'
    return (
        '<section id="events"><h2>Events</h2>'
        '<p><input id="event-filter" type="search" placeholder="Filter events…" '
        'aria-label="Filter events"><span id="event-count" class="count"></span></p>'
        '<table id="event-table"><thead><tr><th>date</th><th>source</th><th>event</th>'
        "<th>target</th><th>modality</th><th>sentence</th><th>notes</th></tr></thead>"
        f"<tbody>\n{_event_rows(entries)}\n</tbody></table></section>"
    )


def _audit_section(source: EventStore | None, documents: Sequence[Document] | None) -> str:
    try:
        module = importlib.import_module("dyadline.read.notes")
        audit = module.audit_notes
    except (ImportError, AttributeError):
        return ""
    docs: list[Document] = list(documents or [])
    if source is not None and not docs:
        docs = [source.document(str(d["doc_id"])) for d in source.documents()]
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
            f"({escape(str(e.get('modality')))}): {_highlight(e)}</li>"
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
            body.append(_figure_html(_timeline_figure(part.dated), f"timeline-{i}"))
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
        body.append(_figure_html(_network_figure(graph), "network-chart"))
    else:
        body.append('<p class="empty">No relations in this period.</p>')
    body.append("</section>")

    body.append(_event_section(tl.dated + tl.undated))
    body.append(_audit_section(store, documents))
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
    return _template().substitute(
        title=escape(title), meta=meta, plotlyjs=get_plotlyjs(), body="\n".join(body)
    )


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
