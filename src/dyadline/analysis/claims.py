"""Claims: the same event stated by several documents, agreeing or not.

Reads export records from one or more documents. Groups events that state
the same thing: the same directed dyad by country, the same CAMEO root, and
overlapping date intervals (or both undated; overlap is chained, so 2014,
March 2014 and October 2014 make one claim). Each group is a ``Claim`` with
its documents, their stance and its events. Future and counterfactual
events state nothing about what happened and are left out.

Status: ``contested`` when one document affirms (asserted, reported, hedged)
and another denies (negated), or when another document codes the opposite
quad class (1↔3, 2↔4: cooperation against conflict of the same kind) for the
same directed dyad and an overlapping period (or both undated);
``corroborated`` when two or more documents state it and none contests it;
``single`` otherwise.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from dyadline.analysis.records import (
    AFFIRMATIVE,
    Interval,
    Record,
    country_of,
    display_date,
    event_label,
    interval,
    overlaps,
    sort_key,
)
from dyadline.model import content_id

Status = Literal["corroborated", "single", "contested"]
OPPOSITE_QUAD: dict[int, int] = {1: 3, 3: 1, 2: 4, 4: 2}


@dataclass(slots=True)
class Claim:
    claim_id: str
    dyad: tuple[str, str]  # (source country, target country), directed
    cameo_root: str
    label: str  # "ISR → AZE: 042 Make a visit"
    date: str  # display date of the claim's span, "undated" if none
    start: str | None
    end: str | None
    documents: list[dict[str, Any]]  # {doc_id, doc_title, stance: affirms|negates|both}
    events: list[dict[str, Any]]
    status: Status = "single"
    contradicts: list[str] = field(default_factory=list)  # claim ids of opposite-quad claims
    reason: str = ""  # why it is contested

    def as_dict(self) -> dict[str, Any]:
        return {
            "claim_id": self.claim_id,
            "dyad": list(self.dyad),
            "cameo_root": self.cameo_root,
            "label": self.label,
            "date": self.date,
            "start": self.start,
            "end": self.end,
            "documents": self.documents,
            "events": self.events,
            "status": self.status,
            "contradicts": self.contradicts,
            "reason": self.reason,
        }


def _linked(a: Interval | None, b: Interval | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return overlaps(a, b)


def _clusters(recs: list[Record]) -> list[list[Record]]:
    """Chains of records whose date intervals overlap (undated ones together)."""
    parent = list(range(len(recs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    ivs = [interval(r) for r in recs]
    for i in range(len(recs)):
        for j in range(i + 1, len(recs)):
            if _linked(ivs[i], ivs[j]):
                parent[find(i)] = find(j)
    groups: dict[int, list[Record]] = defaultdict(list)
    for i, rec in enumerate(recs):
        groups[find(i)].append(rec)
    return list(groups.values())


def _span(events: list[Record]) -> tuple[str, str | None, str | None]:
    ivs = [iv for iv in (interval(e) for e in events) if iv is not None]
    if not ivs:
        return "undated", None, None
    dates = {tuple(sorted((e.get("date") or {}).items())) for e in events}
    lo, hi = min(iv[0] for iv in ivs), max(iv[1] for iv in ivs)
    start = None if lo == date.min else lo.isoformat()
    end = None if hi == date.max else hi.isoformat()
    if len(dates) == 1:
        return display_date(events[0].get("date")), start, end
    return display_date({"start": start, "end": end, "precision": "range"}), start, end


def _claim(src: str, tgt: str, root: str, events: list[Record]) -> Claim:
    events = sorted(events, key=sort_key)
    stances: dict[str, set[str]] = defaultdict(set)
    titles: dict[str, Any] = {}
    for e in events:
        doc = str(e.get("doc_id") or "")
        titles.setdefault(doc, e.get("doc_title"))
        stances[doc].add("negates" if e.get("modality") == "negated" else "affirms")
    documents = [
        {
            "doc_id": doc,
            "doc_title": titles[doc],
            "stance": "both" if len(s) > 1 else next(iter(s)),
        }
        for doc, s in stances.items()
    ]
    shown, start, end = _span(events)
    label_counts = Counter(event_label(e) for e in events)
    label = f"{src} → {tgt}: {label_counts.most_common(1)[0][0]}"
    ids = sorted(str(e.get("event_id") or "") for e in events)
    claim = Claim(
        claim_id=content_id("|".join([src, tgt, root, *ids])),
        dyad=(src, tgt),
        cameo_root=root,
        label=label,
        date=shown,
        start=start,
        end=end,
        documents=documents,
        events=[dict(e) for e in events],
    )
    affirm = {d for d, s in stances.items() if "affirms" in s}
    deny = {d for d, s in stances.items() if "negates" in s}
    if any(x != y for x in affirm for y in deny):
        claim.status = "contested"
        claim.reason = "one document states it, another denies it"
    elif len(stances) >= 2:
        claim.status = "corroborated"
    return claim


def _quads(claim: Claim) -> set[int]:
    return {
        int(e.get("quad_class") or 0)
        for e in claim.events
        if str(e.get("modality") or "asserted") in AFFIRMATIVE
    }


def _docs(claim: Claim) -> set[str]:
    return {d["doc_id"] for d in claim.documents if d["stance"] != "negates"}


def _claim_interval(claim: Claim) -> Interval | None:
    if claim.start is None and claim.end is None:
        return None
    return interval({"date": {"start": claim.start, "end": claim.end}})


def _mark_opposites(found: list[Claim]) -> None:
    by_dyad: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in found:
        by_dyad[c.dyad].append(c)
    for group in by_dyad.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if not any(OPPOSITE_QUAD.get(q) in _quads(b) for q in _quads(a)):
                    continue
                if not _linked(_claim_interval(a), _claim_interval(b)):
                    continue
                if not any(x != y for x in _docs(a) for y in _docs(b)):
                    continue
                for one, other in ((a, b), (b, a)):
                    one.status = "contested"
                    one.contradicts.append(other.claim_id)
                    one.reason = one.reason or (
                        f"another document codes the opposite: {other.label} ({other.date})"
                    )


def claims(records: Iterable[Record]) -> list[Claim]:
    """Claims across documents, in date order (undated last); see the module docstring."""
    groups: dict[tuple[str, str, str], list[Record]] = defaultdict(list)
    for rec in records:
        modality = str(rec.get("modality") or "asserted")
        if modality not in AFFIRMATIVE and modality != "negated":
            continue
        src, tgt = country_of(rec.get("source")), country_of(rec.get("target"))
        root = str(rec.get("cameo_root") or str(rec.get("cameo") or "")[:2])
        if src and tgt and root:
            groups[(src, tgt, root)].append(rec)
    found = [
        _claim(src, tgt, root, cluster)
        for (src, tgt, root), recs in groups.items()
        for cluster in _clusters(recs)
    ]
    _mark_opposites(found)
    found.sort(key=lambda c: (c.start is None and c.end is None, c.start or "", c.label))
    return found
