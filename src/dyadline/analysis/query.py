"""Precedence queries: which of two kinds of event came first.

Reads export records and two query strings. A query names a dyad and a kind
of event::

    IRN->AZE conflict              directed: Iran acting on Azerbaijan
    ISR<->AZE material-cooperation  either direction
    ARM->ISR 16                     a CAMEO root (two digits); 3-4 digits: that code
    TUR->ISR AID                    a PLOVER category

Actors are country codes ("ISR") or actor codes ("ISRGOV", matched as a
prefix), in any case, or one-word country names ("israel", "Iran"). Kinds:
``verbal-cooperation``, ``material-cooperation``,
``verbal-conflict``, ``material-conflict`` (quad classes 1-4),
``cooperation`` (1 or 2), ``conflict`` (3 or 4), a CAMEO code, or a PLOVER
category. Only events stated as having happened count: asserted ones, and
with ``include_hedged`` also hedged and reported ones; negated, future and
counterfactual events never do.

``precedes`` compares the start of the earliest dated match of each query;
the starts are compared at the coarser of the two granularities (a "1990s"
event does not come before one in "1995": they tie).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

from dyadline.analysis.records import (
    GRANULARITY_RANK,
    Record,
    actor_code_for,
    actor_matches,
    granularity,
    interval,
    sort_key,
    truncate,
)
from dyadline.cameo import PLOVER_EVENTS
from dyadline.errors import QueryError

QUAD_KINDS: dict[str, frozenset[int]] = {
    "verbal-cooperation": frozenset({1}),
    "material-cooperation": frozenset({2}),
    "verbal-conflict": frozenset({3}),
    "material-conflict": frozenset({4}),
    "cooperation": frozenset({1, 2}),
    "conflict": frozenset({3, 4}),
}
_QUERY = re.compile(r"^\s*([A-Za-z]{3,})\s*(<->|->)\s*([A-Za-z]{3,})\s+(\S+)\s*$")
_SYNTAX_FIX = (
    'write "SRC->TGT KIND" or "A<->B KIND", e.g. "IRN->AZE conflict", '
    '"ISR<->AZE material-cooperation", "ARM->ISR 16", "TUR->ISR AID"'
)


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed precedence query (see the module docstring)."""

    text: str
    source: str
    target: str
    either: bool  # "<->": either direction
    kind: str
    quads: frozenset[int] | None = None
    cameo: str | None = None
    plover: str | None = None

    def matches(self, rec: Record) -> bool:
        """Whether the record is an event of this dyad and kind (modality not checked)."""
        src, tgt = rec.get("source"), rec.get("target")
        dyad = actor_matches(src, self.source) and actor_matches(tgt, self.target)
        if self.either and not dyad:
            dyad = actor_matches(src, self.target) and actor_matches(tgt, self.source)
        if not dyad:
            return False
        if self.quads is not None:
            return int(rec.get("quad_class") or 0) in self.quads
        if self.cameo is not None:
            return str(rec.get("cameo") or "").startswith(self.cameo)
        plover = rec.get("plover") or {}
        return str(plover.get("event") or "").upper() == self.plover


def parse_query(text: str) -> Query:
    """Parse ``"IRN->AZE conflict"`` and the like; ``QueryError`` says how to fix bad syntax."""
    m = _QUERY.match(text)
    if not m:
        problem = "is not a precedence query"
        if "<-" in text and "<->" not in text:
            problem = "uses '<-' (arrows point from source to target)"
        raise QueryError(repr(text), problem, _SYNTAX_FIX)
    source, arrow, target, kind = m.groups()
    base = Query(text, actor_code_for(source), actor_code_for(target), arrow == "<->", kind)
    low = kind.lower()
    if low in QUAD_KINDS:
        return _with(base, quads=QUAD_KINDS[low], kind=low)
    if kind.isdigit():
        if len(kind) in (2, 3, 4) and 1 <= int(kind[:2]) <= 20:
            return _with(base, cameo=kind)
        raise QueryError(
            repr(text),
            f"{kind!r} is not a CAMEO code",
            "give a root 01-20 (two digits) or a 3-4 digit code",
        )
    if kind.upper() in PLOVER_EVENTS:
        return _with(base, plover=kind.upper(), kind=kind.upper())
    raise QueryError(
        repr(text),
        f"unknown event kind {kind!r}",
        "use one of " + ", ".join(QUAD_KINDS) + ", a CAMEO root like 16, "
        "or a PLOVER category like " + ", ".join(sorted(PLOVER_EVENTS)[:4]) + " ...",
    )


def _with(q: Query, **changes: Any) -> Query:
    return dataclasses.replace(q, **changes)


@dataclass(slots=True)
class Precedence:
    """Which query's earliest dated event came first."""

    first: Literal["a", "b", "tie", "unknown"]
    a: dict[str, Any] | None  # the earliest dated matching record, None if there is none
    b: dict[str, Any] | None
    a_query: Query
    b_query: Query
    a_count: int = 0  # matching events (dated or not) that count
    b_count: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "first": self.first,
            "a": self.a,
            "b": self.b,
            "a_query": self.a_query.text,
            "b_query": self.b_query.text,
            "a_count": self.a_count,
            "b_count": self.b_count,
        }


def _counting(include_hedged: bool) -> frozenset[str]:
    return frozenset({"asserted", "hedged", "reported"} if include_hedged else {"asserted"})


def _earliest(
    records: list[Record], query: Query, modalities: frozenset[str]
) -> tuple[dict[str, Any] | None, int]:
    hits = [
        r
        for r in records
        if str(r.get("modality") or "asserted") in modalities and query.matches(r)
    ]
    dated = [r for r in hits if interval(r) is not None]
    # "until 2020" / "before the war" says when something had happened by, not when it
    # began: such open-start records count only when nothing has a known start
    known = [r for r in dated if (r.get("date") or {}).get("start")]
    dated = known or dated
    if not dated:
        return None, len(hits)
    earliest: Record = min(dated, key=sort_key)
    return dict(earliest), len(hits)


def precedes(
    records: Iterable[Record],
    a: str | Query,
    b: str | Query,
    *,
    include_hedged: bool = False,
) -> Precedence:
    """Whether the events of query ``a`` began before those of ``b`` (see the module docstring)."""
    qa = a if isinstance(a, Query) else parse_query(a)
    qb = b if isinstance(b, Query) else parse_query(b)
    recs = list(records)
    modalities = _counting(include_hedged)
    ra, na = _earliest(recs, qa, modalities)
    rb, nb = _earliest(recs, qb, modalities)
    first: Literal["a", "b", "tie", "unknown"] = "unknown"
    if ra is not None and rb is not None:
        ia, ib = interval(ra), interval(rb)
        assert ia is not None and ib is not None
        ga, gb = granularity(ra.get("date")), granularity(rb.get("date"))
        unit = ga if GRANULARITY_RANK[ga] >= GRANULARITY_RANK[gb] else gb
        ka, kb = truncate(ia[0], unit), truncate(ib[0], unit)
        first = "a" if ka < kb else "b" if kb < ka else "tie"
    return Precedence(first, ra, rb, qa, qb, na, nb)
