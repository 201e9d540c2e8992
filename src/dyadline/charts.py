"""Charts drawn as inline SVG: the timeline of a dyad and the network of a period.

Reads: ``TimelineEntry`` lists (``dyadline.analysis.timeline``) and relation
graphs (``dyadline.analysis.network``). Adds: SVG markup strings, every label and
tooltip escaped, each point optionally a link to the sentence it comes from.
Used by the reading room and the static report. We draw the SVG ourselves
rather than ship a chart library: two chart types with fixed layouts need no
script at all (so they work under a ``default-src 'self'`` policy and weigh a
few kilobytes instead of plotly.js's 4.95 MB).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date
from html import escape

import networkx as nx

from dyadline.analysis.records import QUAD_NAMES, country_of
from dyadline.analysis.timeline import TimelineEntry

QUAD_COLOURS = {1: "#4dac26", 2: "#1b7837", 3: "#f1a340", 4: "#b2182b"}
RELATION_COLOURS = {"cooperative": "#1b7837", "conflictual": "#b2182b", "mixed": "#888888"}
MAX_NETWORK_NODES = 60
LAYOUT_SEED = 7
HOLLOW = frozenset({"reported", "hedged", "future", "counterfactual"})


def _day(value: str) -> float:
    return float(date.fromisoformat(value).toordinal())


def _legend(x: float, y: float) -> str:
    parts = []
    for i, (quad, name) in enumerate(QUAD_NAMES.items()):
        cx = x + i * 170
        parts.append(
            f'<circle cx="{cx}" cy="{y}" r="5" fill="{QUAD_COLOURS[quad]}"/>'
            f'<text x="{cx + 9}" y="{y + 4}">{escape(name)}</text>'
        )
    return "".join(parts)


def timeline_svg(
    entries: list[TimelineEntry],
    link: Callable[[TimelineEntry], str] | None = None,
    *,
    width: int = 960,
) -> str:
    """Dated events on a time axis, one row per directed country pair; an interval is
    drawn as a bar, the point at its start; hollow points for reported, hedged or
    future events, a cross for negated ones."""
    dated = [e for e in entries if e.start or e.end]
    if not dated:
        return '<p class="empty">No dated events to draw.</p>'
    rows: list[str] = []
    for e in dated:
        label = f"{country_of(e.record.get('source')) or e.source} → " + (
            f"{country_of(e.record.get('target')) or e.target}"
        )
        if label not in rows:
            rows.append(label)
    bounds = [_day(d) for e in dated for d in (e.start, e.end) if d]
    lo, hi = min(bounds), max(bounds)
    pad = max(30.0, (hi - lo) / 20)
    lo, hi = lo - pad, hi + pad
    left, right, top, row_h = 110, 20, 30, 26
    height = top + row_h * len(rows) + 50
    plot_w = width - left - right

    def x(value: str) -> float:
        return left + (_day(value) - lo) / (hi - lo) * plot_w

    out = [
        f'<svg class="chart timeline" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="timeline" xmlns="http://www.w3.org/2000/svg">'
    ]
    first_year, last_year = date.fromordinal(int(lo)).year, date.fromordinal(int(hi)).year
    step = max(1, math.ceil((last_year - first_year + 1) / 12))
    for year in range(first_year, last_year + 1, step):
        tick = date(year, 1, 1).toordinal()
        if lo <= tick <= hi:
            tx = left + (tick - lo) / (hi - lo) * plot_w
            out.append(
                f'<line class="grid" x1="{tx:.1f}" y1="{top - 10}" x2="{tx:.1f}" '
                f'y2="{height - 40}"/><text class="tick" x="{tx:.1f}" y="{height - 26}">'
                f"{year}</text>"
            )
    for i, label in enumerate(rows):
        y = top + row_h * i + row_h / 2
        out.append(f'<text class="row" x="{left - 8}" y="{y + 4:.1f}">{escape(label)}</text>')
    for e in dated:
        label = f"{country_of(e.record.get('source')) or e.source} → " + (
            f"{country_of(e.record.get('target')) or e.target}"
        )
        y = top + row_h * rows.index(label) + row_h / 2
        colour = QUAD_COLOURS.get(e.quad_class, "#666")
        start = e.start or e.end or ""
        tip = escape(f"{e.date} · {e.event} {e.mark}".strip() + f"\n{e.sentence[:300]}")
        shape = ""
        if e.start and e.end and e.end != e.start:
            shape += (
                f'<line x1="{x(e.start):.1f}" y1="{y:.1f}" x2="{x(e.end):.1f}" y2="{y:.1f}" '
                f'stroke="{colour}" stroke-width="4" opacity="0.35"/>'
            )
        cx = x(start)
        if e.modality == "negated":
            shape += (
                f'<path d="M{cx - 5:.1f},{y - 5:.1f}l10,10m0,-10l-10,10" stroke="{colour}" '
                'stroke-width="2.5"/>'
            )
        elif e.modality in HOLLOW:
            shape += (
                f'<circle cx="{cx:.1f}" cy="{y:.1f}" r="5.5" fill="#fff" stroke="{colour}" '
                'stroke-width="2"/>'
            )
        else:
            shape += f'<circle cx="{cx:.1f}" cy="{y:.1f}" r="6" fill="{colour}"/>'
        shape = f"<g><title>{tip}</title>{shape}</g>"
        if link is not None:
            shape = f'<a href="{escape(link(e))}">{shape}</a>'
        out.append(shape)
    out.append(_legend(left, height - 8))
    out.append("</svg>")
    return "".join(out)


def network_svg(
    graph: nx.DiGraph,
    link: Callable[[str, str], str] | None = None,
    *,
    size: int = 640,
) -> str:
    """The relation graph: nodes sized by their events, directed edges coloured by
    relation (cooperative, conflictual, mixed) and widened by their event count."""
    keep = sorted(graph.nodes, key=lambda n: (-int(graph.nodes[n]["events"]), n))
    sub = graph.subgraph(keep[:MAX_NETWORK_NODES])
    if not len(sub):
        return '<p class="empty">No events between two countries in this period.</p>'
    if len(sub) > 2:
        pos = nx.spring_layout(sub, seed=LAYOUT_SEED, k=2.0 / math.sqrt(len(sub)), iterations=200)
    else:
        pos = nx.circular_layout(sub)
    margin = 60
    xs = [float(p[0]) for p in pos.values()]
    ys = [float(p[1]) for p in pos.values()]
    x0, y0 = min(xs), min(ys)
    span_x, span_y = (max(xs) - x0) or 1.0, (max(ys) - y0) or 1.0

    def xy(node: str) -> tuple[float, float]:
        px, py = pos[node]
        return (
            margin + (float(px) - x0) / span_x * (size - 2 * margin),
            margin + (1 - (float(py) - y0) / span_y) * (size - 2 * margin),
        )

    out = [
        f'<svg class="chart network" viewBox="0 0 {size} {size + 30}" role="img" '
        f'aria-label="network" xmlns="http://www.w3.org/2000/svg"><defs>'
    ]
    for rel, colour in RELATION_COLOURS.items():
        out.append(
            f'<marker id="arrow-{rel}" viewBox="0 0 10 10" refX="10" refY="5" '
            f'markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="9" '
            f'orient="auto-start-reverse">'
            f'<path d="M0,0L10,5L0,10z" fill="{colour}"/></marker>'
        )
    out.append("</defs>")
    radius = {n: 6 + 2.5 * math.sqrt(int(sub.nodes[n]["events"])) for n in sub.nodes}
    for u, v, d in sub.edges(data=True):
        (x1, y1), (x2, y2) = xy(u), xy(v)
        length = math.hypot(x2 - x1, y2 - y1) or 1.0
        # bend the pair a little so A→B and B→A do not overlap; stop at the node's rim
        nx_, ny_ = -(y2 - y1) / length * 8, (x2 - x1) / length * 8
        sx, sy = x1 + (x2 - x1) * radius[u] / length, y1 + (y2 - y1) * radius[u] / length
        ex, ey = x2 - (x2 - x1) * radius[v] / length, y2 - (y2 - y1) * radius[v] / length
        mx, my = (sx + ex) / 2 + nx_, (sy + ey) / 2 + ny_
        rel = str(d.get("relation") or "mixed")
        colour = RELATION_COLOURS.get(rel, "#888")
        width = 1 + math.log(int(d["total"]) or 1)
        tip = escape(
            f"{u} → {v}: {d['total']} events (q1 {d['q1']}, q2 {d['q2']}, q3 {d['q3']}, "
            f"q4 {d['q4']}), mean Goldstein {d['goldstein']}, "
            f"{d['first'] or '?'} – {d['last'] or '?'}"
        )
        edge = (
            f'<g><title>{tip}</title><path d="M{sx:.1f},{sy:.1f}Q{mx:.1f},{my:.1f} '
            f'{ex:.1f},{ey:.1f}" fill="none" stroke="{colour}" stroke-width="{width:.1f}" '
            f'opacity="0.8" marker-end="url(#arrow-{rel})"/></g>'
        )
        if link is not None:
            edge = f'<a href="{escape(link(u, v))}">{edge}</a>'
        out.append(edge)
    for n in sub.nodes:
        cx, cy = xy(n)
        tip = escape(f"{sub.nodes[n]['label']}: {sub.nodes[n]['events']} events")
        out.append(
            f'<g class="node"><title>{tip}</title><circle cx="{cx:.1f}" cy="{cy:.1f}" '
            f'r="{radius[n]:.1f}" fill="#4a6fa5"/><text x="{cx:.1f}" '
            f'y="{cy - radius[n] - 4:.1f}">{escape(n)}</text></g>'
        )
    for i, (rel, colour) in enumerate(RELATION_COLOURS.items()):
        lx = 20 + i * 150
        out.append(
            f'<line x1="{lx}" y1="{size + 15}" x2="{lx + 24}" y2="{size + 15}" '
            f'stroke="{colour}" stroke-width="3"/><text x="{lx + 30}" y="{size + 19}" '
            'text-anchor="start">'
            f"{escape(rel)}</text>"
        )
    out.append("</svg>")
    return "".join(out)
