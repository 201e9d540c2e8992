"""The network of relations between states (or actors) in a period.

Reads export records. Builds a ``networkx.DiGraph``: nodes are countries
(``level="state"``) or actor codes (``level="actor"``); an edge source→target
aggregates the events between them: ``q1``..``q4`` (counts per quad class),
``total``, ``goldstein`` (mean Goldstein score), ``first``/``last`` (ISO
start of the earliest and end of the latest dated event, "" when none) and
``relation`` (see ``relation``). Attributes are plain scalars so the graph
writes to GraphML and GEXF as is.

Only events that say something happened count (asserted, reported, hedged):
a negated arms sale is no tie. Events without a target, and a state's events
with itself at the state level, are left out. With a period, an event counts
when its date interval overlaps it; undated events are then excluded.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from datetime import date
from typing import Any, Literal

import networkx as nx

from dyadline.analysis.records import (
    AFFIRMATIVE,
    Record,
    actor_code,
    country_of,
    in_period,
    interval,
    period,
)
from dyadline.errors import QueryError

Level = Literal["state", "actor"]

# relation(): an edge is cooperative (conflictual) when at least this share of
# its events is cooperative (conflictual) and its mean Goldstein score agrees
# in sign; otherwise it is mixed.
DOMINANT_SHARE = 2 / 3


def relation(edge: Mapping[str, Any]) -> str:
    """``"cooperative"``, ``"conflictual"`` or ``"mixed"`` from an edge's figures.

    Cooperative events are quad classes 1–2, conflictual ones 3–4. The edge is
    cooperative when ≥ 2/3 of its events are cooperative and the mean Goldstein
    score is ≥ 0; conflictual when ≥ 2/3 are conflictual and the mean is ≤ 0;
    mixed otherwise (including an edge with no events).
    """
    coop = int(edge.get("q1", 0)) + int(edge.get("q2", 0))
    conf = int(edge.get("q3", 0)) + int(edge.get("q4", 0))
    total = coop + conf
    if total == 0:
        return "mixed"
    mean = float(edge.get("goldstein", 0.0))
    if coop / total >= DOMINANT_SHARE and mean >= 0:
        return "cooperative"
    if conf / total >= DOMINANT_SHARE and mean <= 0:
        return "conflictual"
    return "mixed"


def _node(actor: Mapping[str, Any] | None, level: Level) -> str | None:
    return country_of(actor) if level == "state" else actor_code(actor)


def network(
    records: Iterable[Record],
    *,
    date_from: str | date | None = None,
    date_to: str | date | None = None,
    level: Level = "state",
    modalities: Collection[str] = AFFIRMATIVE,
) -> nx.DiGraph:
    """The directed relation graph of the events in the period (see the module docstring)."""
    if level not in ("state", "actor"):
        raise QueryError(f"level {level!r}", "is not a network level", "use 'state' or 'actor'")
    span = period(date_from, date_to)
    graph = nx.DiGraph(level=level)
    sums: dict[tuple[str, str], float] = {}
    for rec in records:
        if str(rec.get("modality") or "asserted") not in modalities or not in_period(rec, span):
            continue
        src, tgt = _node(rec.get("source"), level), _node(rec.get("target"), level)
        if not src or not tgt or (level == "state" and src == tgt):
            continue
        for node, actor in ((src, rec.get("source")), (tgt, rec.get("target"))):
            if node not in graph:
                name = (actor or {}).get("name") if level == "actor" else None
                graph.add_node(node, label=str(name or node), events=0)
            graph.nodes[node]["events"] += 1
            if level == "state" and actor and actor.get("name") and not actor.get("sector"):
                graph.nodes[node]["label"] = str(actor["name"])
        if not graph.has_edge(src, tgt):
            graph.add_edge(src, tgt, q1=0, q2=0, q3=0, q4=0, total=0, first="", last="")
            sums[(src, tgt)] = 0.0
        edge = graph.edges[src, tgt]
        quad = int(rec.get("quad_class") or 0)
        if quad in (1, 2, 3, 4):
            edge[f"q{quad}"] += 1
        edge["total"] += 1
        sums[(src, tgt)] += float(rec.get("goldstein") or 0.0)
        iv = interval(rec)
        if iv is not None:
            lo = "" if iv[0] == date.min else iv[0].isoformat()
            hi = "" if iv[1] == date.max else iv[1].isoformat()
            if lo and (not edge["first"] or lo < edge["first"]):
                edge["first"] = lo
            if hi and (not edge["last"] or hi > edge["last"]):
                edge["last"] = hi
    for (src, tgt), total in sums.items():
        edge = graph.edges[src, tgt]
        edge["goldstein"] = round(total / edge["total"], 2)
        edge["relation"] = relation(edge)
    return graph


def edge_rows(graph: nx.DiGraph) -> list[dict[str, Any]]:
    """The edges as flat rows (source, target and the figures), most events first."""
    rows = [{"source": u, "target": v, **data} for u, v, data in graph.edges(data=True)]
    rows.sort(key=lambda r: (-int(r["total"]), r["source"], r["target"]))
    return rows
