"""Analysis over export records: timelines, networks, precedence, claims.

Reads iterables of export records (DESIGN.md's event contract, as
``Event.to_record()`` and ``dyadline.store.Store.events()`` return them) and
returns plain dataclasses, lists of dicts or networkx graphs. Adds nothing to
the records. One module per question:

- ``timeline``: a dyad's or an actor's events in date order, undated apart;
- ``network``: the relation graph of a period and each edge's ``relation``;
- ``query``: ``parse_query`` and ``precedes`` (which came first);
- ``claims``: the same event across documents, corroborated or contested.
"""

from __future__ import annotations

from dyadline.analysis.claims import Claim, claims
from dyadline.analysis.network import edge_rows, network, relation
from dyadline.analysis.query import Precedence, Query, parse_query, precedes
from dyadline.analysis.records import display_date
from dyadline.analysis.timeline import Timeline, TimelineEntry, timeline

__all__ = [
    "Claim",
    "Precedence",
    "Query",
    "Timeline",
    "TimelineEntry",
    "claims",
    "display_date",
    "edge_rows",
    "network",
    "parse_query",
    "precedes",
    "relation",
    "timeline",
]
