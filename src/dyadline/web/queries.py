"""The reading room's SQL: filtered, sorted, paged event lists; corpus figures; search.

Reads: a ``Store`` (its flat event columns, ``reviews`` and ``sentences_fts``).
Adds: ``EventFilter`` (every filter the Events page offers, checked into
``QueryError``), one page of events with the total, streamed filtered records
with the analyst's reviews applied (for the downloads), corpus figures and FTS5
sentence search. Everything is done in SQL over the store's indexes: no page
loads the whole store.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, fields, replace
from typing import Any

from dyadline.errors import QueryError
from dyadline.model import MODALITIES
from dyadline.reviews import STATES, Review, apply_review
from dyadline.store import Store

PAGE_SIZE = 50
MAX_PAGE_SIZE = 500
REVIEW_FILTERS = (*STATES, "unreviewed")
#: sort key -> ORDER BY terms (a leading "-" sorts descending)
SORTS: dict[str, str] = {
    "date": "e.date_start IS NULL, e.date_start {d}, e.event_id",
    "source": "e.source_code IS NULL, e.source_code {d}, e.date_start, e.event_id",
    "target": "e.target_code IS NULL, e.target_code {d}, e.date_start, e.event_id",
    "cameo": "e.cameo {d}, e.date_start, e.event_id",
    "modality": "e.modality {d}, e.date_start, e.event_id",
    "document": "e.doc_id {d}, e.sentence_index {d}, e.trigger_start {d}, e.event_id",
}
_JOIN = " LEFT JOIN reviews r ON r.anchor = e.anchor"
_REVIEW_COLUMNS = (
    "r.state, r.note, r.at, r.cameo, r.source, r.target, r.date_start, r.date_end, "
    "r.modality, r.event_id"
)


def _blank(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return value or None


@dataclass(frozen=True, slots=True)
class EventFilter:
    """The Events page's filters (query parameters of the same names)."""

    dyad: str | None = None  # "ISR-AZE" (either direction)
    actor: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    root: str | None = None
    quad: int | None = None
    modality: str | None = None
    doc: str | None = None
    review: str | None = None
    sort: str = "date"

    def cleaned(self) -> EventFilter:
        """Blank values dropped and every value checked (``QueryError`` on a bad one)."""
        out = EventFilter(
            dyad=_blank(self.dyad),
            actor=_blank(self.actor),
            date_from=_blank(self.date_from),
            date_to=_blank(self.date_to),
            root=_blank(self.root),
            quad=self.quad,
            modality=_blank(self.modality),
            doc=_blank(self.doc),
            review=_blank(self.review),
            sort=_blank(self.sort) or "date",
        )
        if out.dyad is not None:
            parts = [p.strip().upper() for p in re.split(r"[-–,/ ]+", out.dyad) if p.strip()]
            if len(parts) != 2 or not all(re.fullmatch(r"[A-Z]{3,}", p) for p in parts):
                raise QueryError(out.dyad, "is not a dyad", "give two actor codes, e.g. ISR-AZE")
            out = replace(out, dyad=f"{parts[0]}-{parts[1]}")
        if out.actor is not None and not re.fullmatch(r"[A-Za-z]{3,}", out.actor):
            raise QueryError(out.actor, "is not an actor code", "e.g. IRN or IRNMIL")
        if out.quad is not None and out.quad not in (1, 2, 3, 4):
            raise QueryError(str(out.quad), "is not a quad class", "give 1, 2, 3 or 4")
        if out.modality is not None and out.modality not in MODALITIES:
            raise QueryError(out.modality, "is not a modality", ", ".join(MODALITIES))
        if out.review is not None and out.review not in REVIEW_FILTERS:
            raise QueryError(out.review, "is not a review state", ", ".join(REVIEW_FILTERS))
        if out.doc is not None and not re.fullmatch(r"[0-9a-f]{1,16}", out.doc):
            raise QueryError(out.doc, "is not a document id", "give its hex id")
        if (out.sort or "date").lstrip("-") not in SORTS:
            raise QueryError(out.sort, "is not a sort key", ", ".join(SORTS))
        return replace(out, sort=out.sort or "date")

    def params(self) -> dict[str, str]:
        """The filter as query parameters (blank ones left out)."""
        out: dict[str, str] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value is not None and value != "" and not (f.name == "sort" and value == "date"):
                out[f.name] = str(value)
        return out


def _where(store: Store, flt: EventFilter) -> tuple[str, list[Any]]:
    """FROM/WHERE clause over ``events e LEFT JOIN reviews r`` for a cleaned filter."""
    where, params = store._filters(
        flt.actor, flt.root, flt.date_from, flt.date_to, None, overlapping=False
    )
    if flt.dyad is not None:
        a, b = flt.dyad.split("-")
        terms = []
        for x, y in [(a, b)] + ([(b, a)] if a != b else []):
            sc, sp = store._side("source", x)
            tc, tp = store._side("target", y)
            terms.append(f"({sc} AND {tc})")
            params += [*sp, *tp]
        where.append("(" + " OR ".join(terms) + ")")
    if flt.doc is not None:
        if len(flt.doc) == 16:
            where.append("e.doc_id = ?")
            params.append(flt.doc)
        else:
            where.append("e.doc_id >= ? AND e.doc_id < ?")
            params += [flt.doc, flt.doc + "g"]
    if flt.quad is not None:
        where.append("e.quad_class = ?")
        params.append(flt.quad)
    if flt.modality is not None:
        where.append("e.modality = ?")
        params.append(flt.modality)
    if flt.review == "unreviewed":
        where.append("r.state IS NULL")
    elif flt.review is not None:
        where.append("r.state = ?")
        params.append(flt.review)
    sql = " FROM events e" + _JOIN
    if where:
        sql += " WHERE " + " AND ".join(where)
    return sql, params


def _order(flt: EventFilter) -> str:
    key = flt.sort or "date"
    desc = key.startswith("-")
    return SORTS[key.lstrip("-")].format(d="DESC" if desc else "ASC")


def _review_of_row(row: tuple[Any, ...]) -> Review | None:
    return Review(*row) if row[0] is not None else None


@dataclass(slots=True)
class EventPage:
    rows: list[dict[str, Any]]  # export records, reviews applied, ``review_state`` added
    total: int
    page: int
    size: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.size))


def as_shown(rec: dict[str, Any], review: Review | None) -> dict[str, Any]:
    """A record as a page shows it: reviews applied, a rejected one kept and marked."""
    shown = apply_review(rec, review)
    if shown is None:  # a rejected event is still listed on the page, marked rejected
        assert review is not None
        shown = {**rec, "reviewed": {"state": "rejected", "note": review.note, "at": review.at}}
    return shown


#: a filter matching more than 1/COMMON_SHARE of the events pages along the date index
COMMON_SHARE = 20


def _event_count(conn: Any) -> int:
    return int(conn.execute("SELECT count(*) FROM events").fetchone()[0])


def event_page(store: Store, flt: EventFilter, page: int = 1, size: int = PAGE_SIZE) -> EventPage:
    """One page of events matching ``flt`` (cleaned here), with the total count."""
    flt = flt.cleaned()
    if page < 1 or not 1 <= size <= MAX_PAGE_SIZE:
        raise QueryError(
            f"page {page}", "is out of range", f"pages start at 1, size ≤ {MAX_PAGE_SIZE}"
        )
    body, params = _where(store, flt)
    conn = store.connection
    # the count needs the reviews only when it filters on them
    counted = body if flt.review else body.replace(_JOIN, "")
    total = int(conn.execute("SELECT count(*)" + counted, params).fetchone()[0])
    offset = (page - 1) * size
    select = f"SELECT e.record, {_REVIEW_COLUMNS}{body}"
    found: list[tuple[Any, ...]] = []
    if flt.sort.lstrip("-") == "date":
        # dated events in index order, then the undated ones: each part walks an index
        # (an ORDER BY on "date_start IS NULL" would sort the whole match instead)
        desc = "DESC" if flt.sort.startswith("-") else "ASC"
        glue = " AND " if " WHERE " in body else " WHERE "
        dated = int(
            conn.execute(
                "SELECT count(*)" + counted + glue + "e.date_start IS NOT NULL", params
            ).fetchone()[0]
        )
        if offset < dated:
            dated_select = select
            if dated * COMMON_SHARE > _event_count(conn):
                # a common filter (an actor in a quarter of the store): walking the date
                # index and keeping the matches beats sorting them all
                dated_select = select.replace(
                    " FROM events e", " FROM events e INDEXED BY events_date", 1
                )
            found += conn.execute(
                f"{dated_select}{glue}e.date_start IS NOT NULL ORDER BY e.date_start {desc} "
                "LIMIT ? OFFSET ?",
                [*params, size, offset],
            ).fetchall()
        if len(found) < size:
            found += conn.execute(
                f"{select}{glue}e.date_start IS NULL ORDER BY e.doc_id, e.sentence_index, "
                "e.trigger_start LIMIT ? OFFSET ?",
                [*params, size - len(found), max(0, offset - dated)],
            ).fetchall()
    else:
        sql = f"{select} ORDER BY {_order(flt)} LIMIT ? OFFSET ?"
        found = conn.execute(sql, [*params, size, offset]).fetchall()
    rows = [as_shown(json.loads(row[0]), _review_of_row(row[1:])) for row in found]
    return EventPage(rows=rows, total=total, page=page, size=size)


def iter_filtered(store: Store, flt: EventFilter) -> Iterator[dict[str, Any]]:
    """Every record matching ``flt`` as the analyst decided (rejected ones left out),
    streamed in the filter's order: what the downloads write."""
    flt = flt.cleaned()
    body, params = _where(store, flt)
    sql = f"SELECT e.record, {_REVIEW_COLUMNS}{body} ORDER BY {_order(flt)}"
    for row in store.connection.execute(sql, params):
        out = apply_review(json.loads(row[0]), _review_of_row(row[1:]))
        if out is not None:
            yield out


def document_id(store: Store, key: str) -> str:
    """The id of the stored document whose id is or starts with ``key`` (hex digits only:
    a request never names a path)."""
    if not re.fullmatch(r"[0-9a-f]{4,16}", key):
        raise QueryError(key, "is not a document id", "give its hex id (at least 4 digits)")
    rows = store.connection.execute(
        "SELECT doc_id FROM documents WHERE doc_id >= ? AND doc_id < ? LIMIT 2",
        (key, key + "g"),
    ).fetchall()
    if len(rows) != 1:
        problem = "no stored document has this id" if not rows else "names several documents"
        raise QueryError(key, problem, "pick one on the Corpus page")
    return str(rows[0][0])


def event_with_review(store: Store, event_id: str) -> tuple[dict[str, Any], Review | None]:
    """The stored record of one event (as coded) and its review."""
    row = store.connection.execute(
        f"SELECT e.record, {_REVIEW_COLUMNS} FROM events e "
        "LEFT JOIN reviews r ON r.anchor = e.anchor WHERE e.event_id = ?",
        (event_id,),
    ).fetchone()
    if row is None:
        raise QueryError(event_id, "no stored event has this id", "open the Events page")
    return json.loads(row[0]), _review_of_row(row[1:])


def document_events(store: Store, doc_id: str) -> list[tuple[dict[str, Any], Review | None]]:
    """A document's events in text order, each with its review."""
    rows = store.connection.execute(
        f"SELECT e.record, {_REVIEW_COLUMNS} FROM events e "
        "LEFT JOIN reviews r ON r.anchor = e.anchor WHERE e.doc_id = ? "
        "ORDER BY e.sentence_index, e.trigger_start, e.event_id",
        (doc_id,),
    )
    return [(json.loads(row[0]), _review_of_row(row[1:])) for row in rows]


def documents_page(store: Store, limit: int = 200) -> list[dict[str, Any]]:
    """The first ``limit`` documents (by path) with their counts: the Corpus page's list
    (``Store.documents`` counts every document, too slow on a store of thousands)."""
    rows = store.connection.execute(
        """SELECT d.doc_id, d.path, d.title, d.date,
             (SELECT count(*) FROM sentences s WHERE s.doc_id = d.doc_id),
             (SELECT count(*) FROM events e WHERE e.doc_id = d.doc_id),
             (SELECT count(*) FROM notes n WHERE n.doc_id = d.doc_id)
           FROM (SELECT * FROM documents ORDER BY path, doc_id LIMIT ?) d""",
        (limit,),
    ).fetchall()
    keys = ("doc_id", "path", "title", "date", "sentences", "events", "notes")
    return [dict(zip(keys, row, strict=True)) for row in rows]


def corpus_figures(store: Store, dyads: int = 10) -> dict[str, Any]:
    """Counts, the period covered and the dyads with most events (either direction)."""
    conn = store.connection
    counts = store.counts()
    first = conn.execute(
        "SELECT min(date_start) FROM events WHERE date_start IS NOT NULL"
    ).fetchone()[0]
    last_start = conn.execute("SELECT max(date_start) FROM events").fetchone()[0]
    last_end = conn.execute("SELECT max(date_end) FROM events").fetchone()[0]
    last = max((d for d in (last_start, last_end) if d), default=None)
    # grouped in the order of the events_dyad index (no sort), directions merged here
    pairs: dict[tuple[str, str], int] = {}
    for a, b, n in conn.execute(
        """SELECT source_country, target_country, count(*) FROM events
           WHERE source_country IS NOT NULL AND target_country IS NOT NULL
           GROUP BY source_country, target_country"""
    ):
        if a != b:
            key = (min(a, b), max(a, b))
            pairs[key] = pairs.get(key, 0) + int(n)
    top = sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))[:dyads]
    reviewed = int(conn.execute("SELECT count(*) FROM reviews").fetchone()[0])
    return {
        "counts": counts,
        "first": first,
        "last": last,
        "top_dyads": [{"a": a, "b": b, "events": n} for (a, b), n in top],
        "reviews": reviewed,
    }


def _fts_query(text: str) -> str:
    """The words of ``text`` as an FTS5 query of quoted terms (all must occur): user
    input never reaches FTS5's query syntax."""
    words = re.findall(r"\w+", text)
    if not words:
        raise QueryError(text, "has no words to search for", "type one or more words")
    return " ".join('"' + w.replace('"', '""') + '"' for w in words[:20])


HIT_OPEN, HIT_CLOSE = "\x02", "\x03"


def search_sentences(
    store: Store, text: str, limit: int = 50, offset: int = 0
) -> list[dict[str, Any]]:
    """Sentences holding all the words of ``text``, best first. ``snippet`` has the
    hits between ``HIT_OPEN`` and ``HIT_CLOSE`` (control characters the page escapes
    the text around, then turns into marks)."""
    rows = store.connection.execute(
        f"""SELECT s.doc_id, s.idx, d.title,
               snippet(sentences_fts, 0, '{HIT_OPEN}', '{HIT_CLOSE}', '…', 40)
            FROM sentences_fts f JOIN sentences s ON s.rowid = f.rowid
            JOIN documents d ON d.doc_id = s.doc_id
            WHERE sentences_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?""",
        (_fts_query(text), limit, offset),
    ).fetchall()
    return [
        {"doc_id": doc_id, "sentence_index": idx, "doc_title": title, "snippet": snippet}
        for doc_id, idx, title, snippet in rows
    ]
