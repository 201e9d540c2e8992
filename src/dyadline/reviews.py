"""An analyst's reviews of coded events: accept, reject or correct, with a note.

Reads: the ``reviews`` table of a ``Store`` and export records. Adds: reviews
written under each event's *anchor* (``dyadline.store.event_anchor``: the
sentence text, the trigger and its offset in the sentence, the actors' words and
the code), so a review survives a re-ingest of the same text, a moved file and
an edit elsewhere in the document; ``apply_review`` turns a record into what the
analyst decided (None for a rejected event, the corrected fields otherwise, and
the ``reviewed`` field of DESIGN.md: ``{state, note, at}``).
"""

from __future__ import annotations

import calendar
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

from dyadline.cameo import cameo_info, is_cameo
from dyadline.errors import QueryError
from dyadline.model import MODALITIES
from dyadline.store import Store, _check_date, _check_period, event_anchor

STATES = ("accepted", "rejected", "corrected")
CORRECTABLE = ("cameo", "source", "target", "date_start", "date_end", "modality")
_ACTOR = re.compile(r"^[A-Z]{3}(?:[A-Z]{3})*$")
MAX_NOTE = 2000


@dataclass(frozen=True, slots=True)
class Review:
    """One analyst's decision on one event (None fields: not corrected)."""

    state: str
    note: str = ""
    at: str = ""
    cameo: str | None = None
    source: str | None = None
    target: str | None = None
    date_start: str | None = None
    date_end: str | None = None
    modality: str | None = None
    event_id: str = ""

    def to_record(self) -> dict[str, Any]:
        out = asdict(self)
        del out["event_id"]
        return out


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return value or None


def check_review(
    state: str,
    *,
    note: str = "",
    cameo: str | None = None,
    source: str | None = None,
    target: str | None = None,
    date_start: str | None = None,
    date_end: str | None = None,
    modality: str | None = None,
) -> Review:
    """A validated ``Review``; a bad value raises ``QueryError`` naming the field."""
    if state not in STATES:
        raise QueryError(state, "is not a review state", "use accepted, rejected or corrected")
    cameo, source, target = _clean(cameo), _clean(source), _clean(target)
    date_start, date_end, modality = _clean(date_start), _clean(date_end), _clean(modality)
    if cameo is not None and not is_cameo(cameo):
        raise QueryError(cameo, "is not a CAMEO code", "give the code with its leading zero")
    for value in (source, target):
        if value is not None and not _ACTOR.match(value.upper()):
            raise QueryError(value, "is not a CAMEO actor code", "e.g. ISR, AZEGOV, IRNMIL")
    source = source.upper() if source else None
    target = target.upper() if target else None
    _check_period(_check_date(date_start, "date start"), _check_date(date_end, "date end"))
    if modality is not None and modality not in MODALITIES:
        raise QueryError(modality, "is not a modality", "use one of " + ", ".join(MODALITIES))
    corrected = any(v is not None for v in (cameo, source, target, date_start, date_end, modality))
    if state == "corrected" and not corrected:
        raise QueryError("correction", "changes no field", "give a code, actor, date or modality")
    if state != "corrected" and corrected:
        raise QueryError(state, "takes no corrected fields", "choose the state 'corrected'")
    note = (note or "").strip()
    if len(note) > MAX_NOTE:
        raise QueryError("note", f"is longer than {MAX_NOTE} characters", "shorten it")
    return Review(
        state=state,
        note=note,
        cameo=cameo,
        source=source,
        target=target,
        date_start=date_start,
        date_end=date_end,
        modality=modality,
    )


def _event_anchor(store: Store, event_id: str) -> tuple[str, str]:
    row = store.connection.execute(
        "SELECT anchor, doc_id FROM events WHERE event_id=?", (event_id,)
    ).fetchone()
    if row is None:
        raise QueryError(
            event_id, "no stored event has this id", "list them with `dyadline events`"
        )
    return str(row[0]), str(row[1])


def set_review(store: Store, event_id: str, review: Review) -> Review:
    """Store ``review`` for the event ``event_id`` (replacing an earlier one)."""
    anchor, doc_id = _event_anchor(store, event_id)
    at = datetime.now(UTC).isoformat(timespec="seconds")
    store.connection.execute(
        "INSERT OR REPLACE INTO reviews VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            anchor,
            event_id,
            doc_id,
            review.state,
            review.cameo,
            review.source,
            review.target,
            review.date_start,
            review.date_end,
            review.modality,
            review.note,
            at,
        ),
    )
    return Review(**{**asdict(review), "at": at, "event_id": event_id})


def clear_review(store: Store, event_id: str) -> bool:
    """Remove the review of ``event_id``; False if there was none."""
    anchor, _ = _event_anchor(store, event_id)
    cur = store.connection.execute("DELETE FROM reviews WHERE anchor=?", (anchor,))
    return cur.rowcount > 0


_COLUMNS = "state, note, at, cameo, source, target, date_start, date_end, modality, event_id"


def _review(row: tuple[Any, ...]) -> Review:
    return Review(*row)


def review_of(store: Store, event_id: str) -> Review | None:
    """The review of one stored event, or None."""
    row = store.connection.execute(
        f"SELECT {', '.join('r.' + c.strip() for c in _COLUMNS.split(','))} "
        "FROM events e JOIN reviews r ON r.anchor = e.anchor WHERE e.event_id=?",
        (event_id,),
    ).fetchone()
    return _review(row) if row else None


def all_reviews(store: Store) -> dict[str, Review]:
    """Every review, by anchor (an analyst's reviews number thousands, not millions)."""
    return {
        str(row[0]): _review(row[1:])
        for row in store.connection.execute(f"SELECT anchor, {_COLUMNS} FROM reviews")
    }


def _actor(code: str, old: dict[str, Any] | None) -> dict[str, Any]:
    return {
        "code": code,
        "country": code[:3],
        "sector": code[3:] or None,
        "text": (old or {}).get("text") or "",
        "name": None,
    }


def apply_review(rec: dict[str, Any], review: Review | None) -> dict[str, Any] | None:
    """``rec`` as the analyst decided: None if rejected; corrections applied; the
    ``reviewed`` field set (``None`` when the event was not reviewed)."""
    if review is None:
        return {**rec, "reviewed": None}
    if review.state == "rejected":
        return None
    out = dict(rec)
    if review.cameo:
        info = cameo_info(review.cameo)
        out.update(
            cameo=info.code,
            cameo_root=info.root,
            cameo_label=info.label,
            quad_class=info.quad_class,
            goldstein=info.goldstein,
            plover={"event": info.plover_event, "mode": info.plover_mode},
        )
    if review.source:
        out["source"] = _actor(review.source, rec.get("source"))
    if review.target:
        out["target"] = _actor(review.target, rec.get("target"))
    if review.date_start or review.date_end:
        old = rec.get("date") or {}
        start = review.date_start or old.get("start")
        end = review.date_end or review.date_start or old.get("end")
        out["date"] = {
            "start": _day(start, end=False),
            "end": _day(end, end=True),
            "precision": _precision(review.date_start or start, review.date_end or end),
            "text": old.get("text") or "",
            "inferred": False,
        }
    if review.modality:
        out["modality"] = review.modality
    out["reviewed"] = {"state": review.state, "note": review.note, "at": review.at}
    return out


def _day(value: str | None, *, end: bool) -> str | None:
    """A YYYY or YYYY-MM bound as a day: its first day, or its last for an end."""
    if value is None or len(value) == 10:
        return value
    if len(value) == 4:
        return f"{value}-12-31" if end else f"{value}-01-01"
    if not end:
        return f"{value}-01"
    year, month = int(value[:4]), int(value[5:7])
    return f"{value}-{calendar.monthrange(year, month)[1]:02d}"


def _precision(start: str | None, end: str | None) -> str:
    if start and end and start != end:
        return "range"
    value = start or end or ""
    return {4: "year", 7: "month"}.get(len(value), "day")


def reviewed_records(
    store: Store, records: Iterable[dict[str, Any]], *, only_reviewed: bool = False
) -> Iterator[dict[str, Any]]:
    """The records with their reviews applied (rejected ones left out); with
    ``only_reviewed`` just the accepted and corrected ones."""
    reviews = all_reviews(store)
    for rec in records:
        review = reviews.get(event_anchor(rec))
        if only_reviewed and review is None:
            continue
        out = apply_review(rec, review)
        if out is not None:
            yield out


def gold_record(rec: dict[str, Any], number: int) -> dict[str, Any]:
    """A reviewed export record in the gold format of ``shared/gold/FORMAT.md``."""
    source = rec.get("source") or {}
    target = rec.get("target") or {}
    date = rec.get("date")
    quantities = rec.get("quantities") or []
    location = rec.get("location") or {}
    reviewed = rec.get("reviewed") or {}
    return {
        "id": f"r{number:04d}",
        "sentence": rec.get("sentence"),
        "trigger": rec.get("trigger"),
        "source": source.get("code"),
        "target": target.get("code") if target else None,
        "source_text": source.get("text") or None,
        "target_text": (target.get("text") or None) if target else None,
        "symmetric": False,
        "cameo": rec.get("cameo"),
        "root": rec.get("cameo_root"),
        "quad": rec.get("quad_class"),
        "date": (
            {"start": date.get("start"), "end": date.get("end"), "precision": date.get("precision")}
            if date
            else None
        ),
        "date_text": (date or {}).get("text") or None,
        "modality": rec.get("modality") or "asserted",
        "location": location.get("text"),
        "quantity": (
            {k: quantities[0].get(k) for k in ("value", "unit", "text")} if quantities else None
        ),
        "notes": list(rec.get("notes") or []),
        "tier": "core",
        "comment": reviewed.get("note") or "",
        "event_id": rec.get("event_id"),
        "doc_id": rec.get("doc_id"),
    }


def gold_lines(records: Iterable[dict[str, Any]]) -> Iterator[str]:
    """JSON lines of ``gold_record`` for already-reviewed records."""
    for number, rec in enumerate(records, 1):
        yield json.dumps(gold_record(rec, number), ensure_ascii=False)
