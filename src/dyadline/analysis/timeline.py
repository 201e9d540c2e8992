"""The timeline of a dyad or an actor.

Reads export records. Adds nothing to them; orders the matching events by
their date interval (start, then end, then precision, finer first) into
``TimelineEntry`` rows with a display date by precision and a modality mark,
and keeps undated events apart. With a period (``date_from``/``date_to``)
only dated events overlapping it are kept: an undated event cannot be placed
in a period.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from dyadline.analysis.records import (
    MODALITY_MARKS,
    Record,
    actor_code,
    display_date,
    event_label,
    in_dyad,
    in_period,
    interval,
    involves,
    period,
    sort_key,
)


@dataclass(slots=True)
class TimelineEntry:
    """One event on a timeline, ready to print or to put in a table."""

    date: str  # display date: "1991-12-25", "2014-09", "1995–1996", "mid-1990s", "undated"
    source: str
    target: str
    event: str  # "042 Make a visit"
    cameo: str
    quad_class: int
    modality: str
    mark: str  # "" for asserted, "[NOT]" for negated, "[hedged]" ...
    sentence: str
    trigger: str
    notes: list[int]
    doc_id: str
    doc_title: str | None
    event_id: str
    start: str | None = None  # ISO bounds of the date interval, None when undated
    end: str | None = None
    record: dict[str, Any] = field(default_factory=dict, repr=False)

    def as_dict(self) -> dict[str, Any]:
        """The entry without its full record (a flat, DataFrame-friendly row)."""
        row = asdict(self)
        row.pop("record")
        return row


@dataclass(slots=True)
class Timeline:
    dated: list[TimelineEntry]
    undated: list[TimelineEntry]

    def __len__(self) -> int:
        return len(self.dated) + len(self.undated)


def _entry(rec: Record) -> TimelineEntry:
    iv = interval(rec)
    modality = str(rec.get("modality") or "asserted")
    return TimelineEntry(
        date=display_date(rec.get("date")),
        source=actor_code(rec.get("source")) or "?",
        target=actor_code(rec.get("target")) or "-",
        event=event_label(rec),
        cameo=str(rec.get("cameo") or ""),
        quad_class=int(rec.get("quad_class") or 0),
        modality=modality,
        mark=MODALITY_MARKS.get(modality, f"[{modality}]"),
        sentence=str(rec.get("sentence") or ""),
        trigger=str(rec.get("trigger") or ""),
        notes=[int(n) for n in rec.get("notes") or []],
        doc_id=str(rec.get("doc_id") or ""),
        doc_title=rec.get("doc_title"),
        event_id=str(rec.get("event_id") or ""),
        start=_iso(iv[0]) if iv else None,
        end=_iso(iv[1]) if iv else None,
        record=dict(rec),
    )


def _iso(d: date) -> str | None:
    return None if d in (date.min, date.max) else d.isoformat()


def timeline(
    records: Iterable[Record],
    *,
    dyad: tuple[str, str] | None = None,
    actor: str | None = None,
    date_from: str | date | None = None,
    date_to: str | date | None = None,
) -> Timeline:
    """Events of a dyad (either direction) or of an actor (as source or target), in date order.

    ``dyad``/``actor`` take country codes ("ISR") or actor codes ("ISRGOV");
    without either, every event is on the timeline.
    """
    span = period(date_from, date_to)
    chosen = [
        r
        for r in records
        if (dyad is None or in_dyad(r, *dyad))
        and (actor is None or involves(r, actor))
        and in_period(r, span)
    ]
    dated = sorted((r for r in chosen if interval(r) is not None), key=sort_key)
    undated = sorted(
        (r for r in chosen if interval(r) is None),
        key=lambda r: (str(r.get("doc_id") or ""), int(r.get("sentence_start") or 0)),
    )
    return Timeline(dated=[_entry(r) for r in dated], undated=[_entry(r) for r in undated])
