"""The SQLite store: one file holding documents, notes, sentences and events.

Reads: ``Annotated`` results (``dyadline.annotate``). Adds: durable rows in one
SQLite file (WAL journal), written one document per transaction, so a killed
ingest leaves a consistent database that a re-run completes. Documents are keyed
by the hash of their clean text (``Document.doc_id``): writing a stored document
again changes nothing; a new text at a stored path replaces the old one.

Events keep the full export record (``Event.to_record()``) as JSON next to
indexed columns for the queries analysts run most (a dyad's timeline, one
actor's events, a period's network). The schema is versioned with
``PRAGMA user_version`` and a list of migrations; ``PRAGMA application_id``
marks the file as a dyadline database. Child tables carry foreign keys to their
document (``ON DELETE CASCADE``); events also keep flat columns (sentence,
trigger, source/target words) and an ``anchor`` under which the ``reviews``
table keeps an analyst's reviews across re-ingests; ``sentences_fts`` is an
FTS5 index of the sentences and ``events_flat`` a view with one flat row per
event and its review, for Datasette and pandas.

stdlib ``sqlite3`` is used directly rather than an ORM: the schema is small and
the queries need hand-placed indexes to stay fast on millions of events.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from dyadline.errors import QueryError, StoreError
from dyadline.model import (
    Annotated,
    Block,
    Document,
    Event,
    Note,
    NoteMarker,
    Sentence,
    content_id,
)

APPLICATION_ID = 0x44594144  # "DYAD"

#: Child tables rebuilt with foreign keys (``ON DELETE CASCADE`` from their document);
#: events get flat columns for what the reading room filters and shows, and ``anchor``,
#: the key reviews are stored under: a hash of the sentence text, the trigger's offset in
#: it, the trigger, the actors' words and the code (``event_anchor``), so a review outlives
#: a re-ingest, a moved file or an edit elsewhere in the document. The documents table is
#: left alone (other migrations add columns to it).
_EVENT_COLUMNS_V2 = (
    "event_id, doc_id, sentence_index, trigger_start, source_code, source_country, "
    "target_code, target_country, cameo, cameo_root, quad_class, goldstein, date_start, "
    "date_end, modality, record"
)
READING_ROOM_MIGRATION: tuple[str, ...] = (
    *(
        f"ALTER TABLE {t} RENAME TO {t}_v2"
        for t in ("notes", "markers", "sentences", "events", "event_notes")
    ),
    """CREATE TABLE notes (
        doc_id TEXT NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,
        number INTEGER NOT NULL, text TEXT NOT NULL,
        urls TEXT NOT NULL, outlet TEXT, title TEXT, date TEXT)""",
    """INSERT INTO notes (doc_id, number, text, urls, outlet, title, date)
        SELECT doc_id, number, text, urls, outlet, title, date FROM notes_v2 ORDER BY rowid""",
    """CREATE TABLE markers (
        doc_id TEXT NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,
        "offset" INTEGER NOT NULL, number INTEGER NOT NULL)""",
    """INSERT INTO markers (doc_id, "offset", number)
        SELECT doc_id, "offset", number FROM markers_v2 ORDER BY rowid""",
    """CREATE TABLE sentences (
        doc_id TEXT NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,
        idx INTEGER NOT NULL, "start" INTEGER NOT NULL,
        "end" INTEGER NOT NULL, text TEXT NOT NULL, notes TEXT NOT NULL,
        PRIMARY KEY (doc_id, idx))""",
    """INSERT INTO sentences (doc_id, idx, "start", "end", text, notes)
        SELECT doc_id, idx, "start", "end", text, notes FROM sentences_v2 ORDER BY rowid""",
    """CREATE TABLE events (
        event_id TEXT PRIMARY KEY,
        doc_id TEXT NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,
        sentence_index INTEGER NOT NULL, trigger_start INTEGER NOT NULL,
        source_code TEXT, source_country TEXT, target_code TEXT, target_country TEXT,
        cameo TEXT NOT NULL, cameo_root TEXT NOT NULL, quad_class INTEGER,
        goldstein REAL, date_start TEXT, date_end TEXT, modality TEXT,
        record TEXT NOT NULL,
        sentence TEXT, "trigger" TEXT, source_text TEXT, target_text TEXT, anchor TEXT)""",
    f"""INSERT INTO events SELECT {_EVENT_COLUMNS_V2},
        json_extract(record, '$.sentence'), json_extract(record, '$.trigger'),
        json_extract(record, '$.source.text'), json_extract(record, '$.target.text'),
        dyadline_anchor(record)
        FROM events_v2 ORDER BY rowid""",
    """CREATE TABLE event_notes (
        event_id TEXT NOT NULL REFERENCES events (event_id) ON DELETE CASCADE,
        doc_id TEXT NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,
        number INTEGER NOT NULL, PRIMARY KEY (event_id, number))""",
    """INSERT OR IGNORE INTO event_notes (event_id, doc_id, number)
        SELECT event_id, doc_id, number FROM event_notes_v2 ORDER BY rowid""",
    *(f"DROP TABLE {t}_v2" for t in ("event_notes", "events", "sentences", "markers", "notes")),
    "CREATE INDEX notes_doc ON notes (doc_id, number)",
    "CREATE INDEX markers_doc ON markers (doc_id)",
    "CREATE INDEX events_dyad ON events (source_country, target_country, date_start)",
    "CREATE INDEX events_source_country ON events (source_country)",
    "CREATE INDEX events_target_country ON events (target_country)",
    "CREATE INDEX events_source_code ON events (source_code)",
    "CREATE INDEX events_target_code ON events (target_code)",
    """CREATE INDEX events_date ON events
        (date_start, source_country, target_country, quad_class, goldstein, modality)""",
    "CREATE INDEX events_root ON events (cameo_root, date_start)",
    "CREATE INDEX events_doc ON events (doc_id, sentence_index, trigger_start)",
    "CREATE INDEX events_end ON events (date_end)",
    "CREATE INDEX events_anchor ON events (anchor)",
    "CREATE INDEX event_notes_doc ON event_notes (doc_id, number)",
    # Reviews are not tied to rows that a re-ingest deletes: no foreign key, keyed by anchor.
    """CREATE TABLE reviews (
        anchor TEXT PRIMARY KEY, event_id TEXT NOT NULL, doc_id TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('accepted', 'rejected', 'corrected')),
        cameo TEXT, source TEXT, target TEXT, date_start TEXT, date_end TEXT, modality TEXT,
        note TEXT NOT NULL DEFAULT '', at TEXT NOT NULL)""",
    "CREATE INDEX reviews_state ON reviews (state)",
    """CREATE VIRTUAL TABLE sentences_fts USING fts5(
        text, content='sentences', content_rowid='rowid', tokenize='unicode61')""",
    """CREATE TRIGGER sentences_fts_insert AFTER INSERT ON sentences BEGIN
        INSERT INTO sentences_fts (rowid, text) VALUES (new.rowid, new.text); END""",
    """CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences BEGIN
        INSERT INTO sentences_fts (sentences_fts, rowid, text)
        VALUES ('delete', old.rowid, old.text); END""",
    "INSERT INTO sentences_fts (sentences_fts) VALUES ('rebuild')",
    # What Datasette and pandas read: one flat row per event, its review beside it.
    """CREATE VIEW events_flat AS SELECT
        e.event_id, e.doc_id, d.title AS doc_title, d.path AS doc_path, d.date AS doc_date,
        e.sentence_index, e.sentence, e."trigger", e.trigger_start,
        e.source_code, e.source_country, e.source_text,
        e.target_code, e.target_country, e.target_text,
        e.cameo, e.cameo_root, json_extract(e.record, '$.cameo_label') AS cameo_label,
        e.quad_class, e.goldstein, e.date_start, e.date_end,
        json_extract(e.record, '$.date.precision') AS date_precision,
        json_extract(e.record, '$.date.text') AS date_text, e.modality,
        json_extract(e.record, '$.confidence') AS confidence,
        r.state AS review_state, r.cameo AS review_cameo, r.source AS review_source,
        r.target AS review_target, r.date_start AS review_date_start,
        r.date_end AS review_date_end, r.modality AS review_modality,
        r.note AS review_note, r.at AS review_at
        FROM events e JOIN documents d ON d.doc_id = e.doc_id
        LEFT JOIN reviews r ON r.anchor = e.anchor""",
)

MIGRATIONS: list[tuple[str, ...]] = [
    (
        """CREATE TABLE documents (
            doc_id TEXT PRIMARY KEY, path TEXT, title TEXT, authors TEXT NOT NULL,
            date TEXT, format TEXT, news INTEGER NOT NULL DEFAULT 0, blocks TEXT NOT NULL,
            text TEXT NOT NULL, ingested_at TEXT NOT NULL)""",
        "CREATE INDEX documents_path ON documents (path)",
        """CREATE TABLE notes (
            doc_id TEXT NOT NULL, number INTEGER NOT NULL, text TEXT NOT NULL,
            urls TEXT NOT NULL, outlet TEXT, title TEXT, date TEXT)""",
        "CREATE INDEX notes_doc ON notes (doc_id, number)",
        """CREATE TABLE markers (
            doc_id TEXT NOT NULL, "offset" INTEGER NOT NULL, number INTEGER NOT NULL)""",
        "CREATE INDEX markers_doc ON markers (doc_id)",
        """CREATE TABLE sentences (
            doc_id TEXT NOT NULL, idx INTEGER NOT NULL, "start" INTEGER NOT NULL,
            "end" INTEGER NOT NULL, text TEXT NOT NULL, notes TEXT NOT NULL,
            PRIMARY KEY (doc_id, idx))""",
        """CREATE TABLE events (
            event_id TEXT PRIMARY KEY, doc_id TEXT NOT NULL, sentence_index INTEGER NOT NULL,
            trigger_start INTEGER NOT NULL,
            source_code TEXT, source_country TEXT, target_code TEXT, target_country TEXT,
            cameo TEXT NOT NULL, cameo_root TEXT NOT NULL, quad_class INTEGER,
            goldstein REAL, date_start TEXT, date_end TEXT, modality TEXT,
            record TEXT NOT NULL)""",
        "CREATE INDEX events_dyad ON events (source_country, target_country, date_start)",
        "CREATE INDEX events_source_country ON events (source_country)",
        "CREATE INDEX events_target_country ON events (target_country)",
        "CREATE INDEX events_source_code ON events (source_code)",
        "CREATE INDEX events_target_code ON events (target_code)",
        # Covers the network query (date range -> GROUP BY dyad, quad class).
        """CREATE INDEX events_date ON events
            (date_start, source_country, target_country, quad_class, goldstein, modality)""",
        "CREATE INDEX events_root ON events (cameo_root, date_start)",
        "CREATE INDEX events_doc ON events (doc_id, sentence_index, trigger_start)",
        """CREATE TABLE event_notes (
            event_id TEXT NOT NULL, doc_id TEXT NOT NULL, number INTEGER NOT NULL,
            PRIMARY KEY (event_id, number))""",
        "CREATE INDEX event_notes_doc ON event_notes (doc_id, number)",
    ),
    # 2: periods by interval overlap ("since 1995" reaches 2020) find their rows by end date
    ("CREATE INDEX events_end ON events (date_end)",),
    # 3: corpus rows keep their story's URL and the id the corpus gives it
    (
        "ALTER TABLE documents ADD COLUMN url TEXT",
        "ALTER TABLE documents ADD COLUMN external_id TEXT",
        "CREATE INDEX documents_external_id ON documents (external_id)",
    ),
    # 4: reading room: foreign keys, flat event columns, reviews, FTS on sentences, a flat view
    READING_ROOM_MIGRATION,
]
SCHEMA_VERSION = len(MIGRATIONS)
TABLES = ("documents", "notes", "markers", "sentences", "events", "event_notes")

#: The columns of an ``events`` row, in table order (``event_row`` builds one).
EVENT_INSERT = f"INSERT OR IGNORE INTO events VALUES ({','.join('?' * 21)})"

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _check_date(value: str | None, what: str) -> str | None:
    """``value`` if it is a real YYYY, YYYY-MM or YYYY-MM-DD date (no month 13, no 31
    February), else ``QueryError`` naming the option ``what``."""
    if value is None:
        return None
    parts = [int(p) for p in value.split("-")] if _DATE.match(value) else []
    try:
        if parts:
            date(*parts, *[1] * (3 - len(parts)))
    except ValueError:
        parts = []
    if not parts:
        raise QueryError(what, f"{value!r} is not a date", "write YYYY, YYYY-MM or YYYY-MM-DD")
    return value


def _check_period(date_from: str | None, date_to: str | None) -> None:
    if date_from and date_to and date_from > f"{date_to}~":
        raise QueryError(f"{date_from}..{date_to}", "the period ends before it starts", "swap them")


def _prefix_range(prefix: str) -> tuple[str, str]:
    """Bounds so that ``lo <= code < hi`` holds for every code starting with ``prefix``
    (an index-friendly LIKE 'prefix%')."""
    return prefix, prefix + "\U0010ffff"


def event_anchor(rec: dict[str, Any]) -> str:
    """The key an event's review is stored under: what the text says, not where the file is.

    A hash of the sentence text, the trigger's offset within it, the trigger, the words
    naming source and target, and the CAMEO code. The same text coded again yields the
    same anchor, whatever its document id or path.
    """
    source = rec.get("source") or {}
    target = rec.get("target") or {}
    offset = int(rec.get("trigger_start") or 0) - int(rec.get("sentence_start") or 0)
    key = "|".join(
        [
            str(rec.get("sentence") or ""),
            str(offset),
            str(rec.get("trigger") or ""),
            str(source.get("text") or ""),
            str(target.get("text") or "-") if target else "-",
            str(rec.get("cameo") or ""),
        ]
    )
    return content_id(key)


def _anchor_of_json(record: str) -> str:
    return event_anchor(json.loads(record))


def event_row(ev: Event, doc_id: str, doc_title: str | None) -> tuple[Any, ...]:
    """The ``events`` table row of one event: indexed and flat columns plus the export
    record (insert it with ``EVENT_INSERT``)."""
    rec = ev.to_record()
    rec["doc_id"] = doc_id
    rec["doc_title"] = doc_title
    return (
        rec["event_id"],
        doc_id,
        ev.sentence_index,
        ev.trigger_start,
        ev.source.code,
        ev.source.country,
        ev.target.code if ev.target else None,
        ev.target.country if ev.target else None,
        ev.cameo,
        ev.cameo_root,
        ev.quad_class,
        ev.goldstein,
        ev.date.start if ev.date else None,
        ev.date.end if ev.date else None,
        ev.modality,
        json.dumps(rec, ensure_ascii=False),
        ev.sentence,
        ev.trigger,
        ev.source.text,
        ev.target.text if ev.target else None,
        event_anchor(rec),
    )


def lock_timeout() -> float:
    """Seconds to wait for another process's write lock: ``$DYADLINE_DB_TIMEOUT``, else 30."""
    try:
        value = float(os.environ.get("DYADLINE_DB_TIMEOUT") or 30.0)
    except ValueError:
        return 30.0
    return value if value >= 0 else 30.0


def database_error(path: str | Path, exc: sqlite3.Error) -> StoreError:
    """The one-line ``StoreError`` for an SQLite failure on the database ``path``."""
    text = str(exc)
    name = str(path)
    low = text.lower()
    if "locked" in low or "busy" in low:
        return StoreError(
            name,
            f"the database is locked by another process (waited {lock_timeout():g} s)",
            "wait for the other dyadline command to finish, then run again",
        )
    if "full" in low:
        return StoreError(
            name,
            "the disk is full (the document being written was not stored)",
            "free some space, then run the same command again",
        )
    if "readonly" in low or "read-only" in low:
        return StoreError(
            name,
            "cannot write the database (it or its folder is read-only)",
            "make it writable, or pass --db with another file",
        )
    if "malformed" in low or "corrupt" in low or "not a database" in low:
        return StoreError(
            name,
            f"the database file is damaged ({text})",
            "restore a backup, or recover it with `sqlite3 FILE .recover | sqlite3 NEW.db`",
        )
    if "unable to open" in low or "disk i/o" in low:
        return StoreError(
            name, f"cannot use the database ({text})", "check the file and its folder"
        )
    return StoreError(name, f"database error ({text})", "check the file, or use a new one")


class Store:
    """A dyadline database file. Use as a context manager or call ``close()``."""

    def __init__(self, path: str | Path, *, create: bool = True, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        create = create and not read_only
        if self.path.is_dir():
            raise StoreError(
                str(self.path), "is a directory, not a database file", "pass --db FOLDER/NAME.db"
            )
        if not create and not self.path.exists():
            raise StoreError(
                str(self.path),
                "no such database",
                "run `dyadline ingest PATH --db FILE` first, or pass --db / set $DYADLINE_DB",
            )
        if not self.path.parent.is_dir():
            raise StoreError(
                str(self.path),
                f"the folder {self.path.parent} does not exist",
                "create it first or pass --db with another path",
            )
        if (
            self.path.is_file()
            and self.path.stat().st_size == 0
            and not Path(f"{self.path}-wal").exists()
        ):
            raise StoreError(
                str(self.path),
                "is an empty file, not a dyadline database",
                "delete it, or pass --db with a dyadline database or a new file name",
            )
        try:
            if read_only:  # sqlite refuses every write on this connection
                uri = f"{self.path.resolve().as_uri()}?mode=ro"
                self._conn = sqlite3.connect(
                    uri,
                    uri=True,
                    isolation_level=None,
                    timeout=lock_timeout(),
                    check_same_thread=False,
                )
            else:
                self._conn = sqlite3.connect(
                    str(self.path),
                    isolation_level=None,
                    timeout=lock_timeout(),
                    check_same_thread=False,
                )
            self._conn.create_function("dyadline_anchor", 1, _anchor_of_json, deterministic=True)
        except sqlite3.Error as exc:
            raise StoreError(
                str(self.path), f"cannot open database ({exc})", "check the path"
            ) from exc
        try:
            self._open()
        except sqlite3.DatabaseError as exc:
            self._conn.close()
            problem = (
                "not a dyadline database (the file is not SQLite)"
                if "not a database" in str(exc)
                else f"cannot be opened as a dyadline database ({exc})"
            )
            if "not a database" not in str(exc):
                raise database_error(self.path, exc) from exc
            raise StoreError(
                str(self.path), problem, "pass --db with a dyadline database or a new file name"
            ) from exc
        except StoreError:
            self._conn.close()
            raise

    # -- opening and migrations ---------------------------------------------------------

    def _open(self) -> None:
        conn = self._conn
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version == 0:
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            if tables or app_id not in (0, APPLICATION_ID):
                raise StoreError(
                    str(self.path),
                    "is an SQLite database but not a dyadline one",
                    "pass --db with a dyadline database or a new file name",
                )
        elif app_id != APPLICATION_ID:
            raise StoreError(
                str(self.path),
                "is an SQLite database but not a dyadline one",
                "pass --db with a dyadline database or a new file name",
            )
        if version > SCHEMA_VERSION:
            raise StoreError(
                str(self.path),
                f"database schema version {version} is newer than this dyadline "
                f"understands ({SCHEMA_VERSION})",
                "upgrade dyadline (pip install -U dyadline) or use a new database file",
            )
        if self.read_only:
            if version < SCHEMA_VERSION:
                raise StoreError(
                    str(self.path),
                    f"database schema version {version} is older than this dyadline's "
                    f"({SCHEMA_VERSION}) and cannot be upgraded read-only",
                    "open it once without --read-only to upgrade it",
                )
            conn.execute(f"PRAGMA busy_timeout={int(lock_timeout() * 1000)}")
            conn.execute("PRAGMA query_only=ON")
            return
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute(f"PRAGMA busy_timeout={int(lock_timeout() * 1000)}")
        if version < SCHEMA_VERSION:
            self._migrate()
        conn.execute("PRAGMA foreign_keys=ON")

    def _migrate(self) -> None:
        conn = self._conn
        conn.execute("PRAGMA foreign_keys=OFF")  # tables are rebuilt; checked after
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            for number in range(version, SCHEMA_VERSION):
                for statement in MIGRATIONS[number]:
                    conn.execute(statement)
            conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            broken = conn.execute("PRAGMA foreign_key_check").fetchone()
            if broken is not None:
                raise StoreError(
                    str(self.path),
                    f"rows of table {broken[0]} name a missing {broken[2]} row",
                    "re-ingest the documents into a new database",
                )
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:  # SQLite may have rolled back itself (disk full)
                conn.execute("ROLLBACK")
            raise

    def close(self) -> None:
        self._conn.close()

    @property
    def connection(self) -> sqlite3.Connection:
        """The open SQLite connection (for read queries of the modules built on the store)."""
        return self._conn

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- writing ------------------------------------------------------------------------

    def write(self, annotated: Annotated) -> bool:
        """Write one annotated document in one transaction; False if already stored.

        A different text stored under the same path is replaced in the same
        transaction, so a reader never sees both or neither.
        """
        doc = annotated.document
        doc_id = doc.doc_id
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            if conn.execute("SELECT 1 FROM documents WHERE doc_id=?", (doc_id,)).fetchone():
                conn.execute("ROLLBACK")
                return False
            if doc.path is not None:
                old = conn.execute(
                    "SELECT doc_id FROM documents WHERE path=? AND doc_id<>?", (doc.path, doc_id)
                ).fetchall()
                for (old_id,) in old:
                    self._delete(old_id)
            self._insert(annotated)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:  # SQLite may have rolled back itself (disk full)
                conn.execute("ROLLBACK")
            raise
        return True

    def write_many(self, batch: Sequence[Annotated]) -> list[bool]:
        """Write several annotated documents in one transaction (group commit: what lets
        one writer keep up with a cluster; a commit costs more than a short document's
        rows). One flag per document, False where it was already stored (also by an
        earlier member of ``batch``); all of ``batch`` lands or, on an error, none of it.
        """
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            flags = []
            for annotated in batch:
                doc = annotated.document
                doc_id = doc.doc_id
                if conn.execute("SELECT 1 FROM documents WHERE doc_id=?", (doc_id,)).fetchone():
                    flags.append(False)
                    continue
                if doc.path is not None:
                    old = conn.execute(
                        "SELECT doc_id FROM documents WHERE path=? AND doc_id<>?",
                        (doc.path, doc_id),
                    ).fetchall()
                    for (old_id,) in old:
                        self._delete(old_id)
                self._insert(annotated)
                flags.append(True)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        return flags

    def delete(self, doc_id: str) -> bool:
        """Remove a document and everything derived from it; False if it was not stored."""
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            found = conn.execute("SELECT 1 FROM documents WHERE doc_id=?", (doc_id,)).fetchone()
            self._delete(doc_id)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:  # SQLite may have rolled back itself (disk full)
                conn.execute("ROLLBACK")
            raise
        return found is not None

    def _delete(self, doc_id: str) -> None:
        for table in TABLES:
            self._conn.execute(f"DELETE FROM {table} WHERE doc_id=?", (doc_id,))

    def _insert(self, annotated: Annotated) -> None:
        conn = self._conn
        doc = annotated.document
        doc_id = doc.doc_id
        conn.execute(
            "INSERT INTO documents (doc_id, path, title, authors, date, format, news, blocks, "
            "text, ingested_at, url, external_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                doc_id,
                doc.path,
                doc.title,
                json.dumps(doc.authors, ensure_ascii=False),
                doc.date,
                doc.format,
                int(doc.news),
                json.dumps([[b.start, b.end, b.kind] for b in doc.blocks]),
                doc.text,
                datetime.now(UTC).isoformat(timespec="seconds"),
                doc.url,
                doc.external_id,
            ),
        )
        conn.executemany(
            "INSERT INTO notes VALUES (?,?,?,?,?,?,?)",
            [
                (doc_id, n.number, n.text, json.dumps(n.urls), n.outlet, n.title, n.date)
                for n in doc.notes
            ],
        )
        conn.executemany(
            "INSERT INTO markers VALUES (?,?,?)",
            [(doc_id, m.offset, m.number) for m in doc.markers],
        )
        conn.executemany(
            "INSERT INTO sentences VALUES (?,?,?,?,?,?)",
            [
                (doc_id, s.index, s.start, s.end, s.text, json.dumps(list(s.notes)))
                for s in annotated.sentences
            ],
        )
        event_rows: list[tuple[Any, ...]] = []
        note_rows: list[tuple[str, str, int]] = []
        for ev in annotated.events:
            row = event_row(ev, doc_id, doc.title)
            event_id = row[0]
            event_rows.append(row)
            note_rows.extend((event_id, doc_id, number) for number in ev.notes)
        conn.executemany(EVENT_INSERT, event_rows)
        conn.executemany("INSERT OR IGNORE INTO event_notes VALUES (?,?,?)", note_rows)

    # -- reading documents --------------------------------------------------------------

    def has_document(self, doc_id: str) -> bool:
        row = self._conn.execute("SELECT 1 FROM documents WHERE doc_id=?", (doc_id,)).fetchone()
        return row is not None

    def documents(self) -> list[dict[str, Any]]:
        """One dict per stored document (no text), ordered by path then id."""
        rows = self._conn.execute(
            """SELECT d.doc_id, d.path, d.title, d.authors, d.date, d.format, d.ingested_at,
                 d.url, d.external_id,
                 (SELECT count(*) FROM sentences s WHERE s.doc_id=d.doc_id),
                 (SELECT count(*) FROM events e WHERE e.doc_id=d.doc_id),
                 (SELECT count(*) FROM notes n WHERE n.doc_id=d.doc_id)
               FROM documents d ORDER BY d.path, d.doc_id"""
        ).fetchall()
        keys = (
            "doc_id",
            "path",
            "title",
            "authors",
            "date",
            "format",
            "ingested_at",
            "url",
            "external_id",
            "sentences",
            "events",
            "notes",
        )
        out = []
        for row in rows:
            item = dict(zip(keys, row, strict=True))
            item["authors"] = json.loads(item["authors"])
            out.append(item)
        return out

    def find_document(self, key: str) -> str:
        """The doc_id of the document named by ``key``: an id, an id prefix, a path or the
        end of a path (a file name)."""
        conn = self._conn
        rows = conn.execute(
            "SELECT doc_id FROM documents WHERE doc_id >= ? AND doc_id < ?", _prefix_range(key)
        ).fetchall()
        if not rows:
            resolved = str(Path(key).resolve())
            rows = conn.execute(
                "SELECT doc_id FROM documents WHERE path IN (?, ?)", (key, resolved)
            ).fetchall()
        if not rows:  # a file name or the tail of a path
            tail = "/" + key.replace("\\", "/").lstrip("/")
            rows = conn.execute(
                "SELECT doc_id FROM documents WHERE substr(replace(path, '\\', '/'), -?) = ?",
                (len(tail), tail),
            ).fetchall()
        if len(rows) == 1:
            return str(rows[0][0])
        if not rows:
            raise QueryError(
                key, "no stored document has this id or path", "list them with `dyadline notes`"
            )
        raise QueryError(key, "names more than one document", "give more digits of the doc id")

    def document(self, doc_id: str) -> Document:
        """The stored document rebuilt with its blocks, note markers and notes."""
        row = self._conn.execute(
            "SELECT text, path, title, authors, date, format, news, blocks, url, external_id "
            "FROM documents WHERE doc_id=?",
            (doc_id,),
        ).fetchone()
        if row is None:
            raise QueryError(
                doc_id, "no stored document has this id", "list them with `dyadline notes`"
            )
        text, path, title, authors, date, fmt, news, blocks, url, external_id = row
        markers = [
            NoteMarker(offset, number)
            for offset, number in self._conn.execute(
                'SELECT "offset", number FROM markers WHERE doc_id=? ORDER BY rowid', (doc_id,)
            )
        ]
        return Document(
            text=text,
            path=path,
            title=title,
            authors=json.loads(authors),
            date=date,
            blocks=[Block(s, e, k) for s, e, k in json.loads(blocks)],
            markers=markers,
            notes=self.notes(doc_id),
            format=fmt,
            news=bool(news),
            url=url,
            external_id=external_id,
        )

    def notes(self, doc_id: str) -> list[Note]:
        rows = self._conn.execute(
            "SELECT number, text, urls, outlet, title, date FROM notes WHERE doc_id=? "
            "ORDER BY rowid",
            (doc_id,),
        )
        return [
            Note(number, text, json.loads(urls), outlet, title, date)
            for number, text, urls, outlet, title, date in rows
        ]

    def sentences(self, doc_id: str) -> list[Sentence]:
        rows = self._conn.execute(
            'SELECT idx, "start", "end", text, notes FROM sentences WHERE doc_id=? ORDER BY idx',
            (doc_id,),
        )
        return [Sentence(i, s, e, t, tuple(json.loads(n))) for i, s, e, t, n in rows]

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        return {
            table: int(self._conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            for table in TABLES
        }

    # -- reading events -----------------------------------------------------------------

    def events(
        self,
        *,
        actor: str | None = None,
        dyad: tuple[str, str] | None = None,
        root: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        doc_id: str | None = None,
        symmetric_dyad: bool = True,
        order: str | None = None,
        overlapping: bool = False,
    ) -> list[dict[str, Any]]:
        """Export records (``Event.to_record()``) matching all the filters given.

        ``actor`` matches a code prefix on either side ("IRN" or "IRNMIL");
        ``dyad`` takes two country codes (3 letters) or code prefixes, in both
        directions unless ``symmetric_dyad`` is False; dates bound the event's
        start date (YYYY, YYYY-MM or YYYY-MM-DD, inclusive). ``order`` is
        "document" (path, then text order) or "date"; by default date order when
        an actor, dyad or date filter is given, document order otherwise.
        With ``overlapping`` the dates select events whose interval overlaps the
        period instead (open-ended intervals included: "since 1995" overlaps 2020).
        """
        return list(
            self.iter_events(
                actor=actor,
                dyad=dyad,
                root=root,
                date_from=date_from,
                date_to=date_to,
                doc_id=doc_id,
                symmetric_dyad=symmetric_dyad,
                order=order,
                overlapping=overlapping,
            )
        )

    def iter_events(
        self,
        *,
        actor: str | None = None,
        dyad: tuple[str, str] | None = None,
        root: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        doc_id: str | None = None,
        symmetric_dyad: bool = True,
        order: str | None = None,
        overlapping: bool = False,
    ) -> Iterator[dict[str, Any]]:
        """Like ``events`` but streams the records (for exports of large stores).

        The filters are checked at the call, before the first record is asked for,
        so a bad filter raises ``QueryError`` before any output is written.
        """
        if dyad is not None:
            dyad = (dyad[0].strip().upper(), dyad[1].strip().upper())
        where, params = self._filters(actor, root, date_from, date_to, doc_id, overlapping)
        if order is None:
            order = "date" if (actor or dyad or date_from or date_to) else "document"
        if order not in ("date", "document"):
            raise QueryError(order, "unknown event order", "use 'date' or 'document'")
        if order == "document":
            columns = "e.record"
            sort = "d.path, e.doc_id, e.sentence_index, e.trigger_start, e.event_id"
            source = "events e JOIN documents d ON d.doc_id = e.doc_id"
        else:
            columns = "e.record"
            sort = (
                "e.date_start IS NULL, e.date_start, e.doc_id, e.sentence_index, "
                "e.trigger_start, e.event_id"
            )
            source = "events e"
        if dyad is not None:
            a, b = dyad
            directions = [(a, b)]
            if symmetric_dyad and a != b:
                directions.append((b, a))
            terms = []
            for x, y in directions:
                sc, sp = self._side("source", x)
                tc, tp = self._side("target", y)
                terms.append(f"({sc} AND {tc})")
                params = [*params, *sp, *tp]
            # An OR of index-matching terms: SQLite runs it as a union over events_dyad.
            where.append("(" + " OR ".join(terms) + ")")
        sql = f"SELECT {columns} FROM {source}"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += f" ORDER BY {sort}"
        return (json.loads(row[0]) for row in self._conn.execute(sql, params))

    @staticmethod
    def _side(side: str, code: str) -> tuple[str, list[Any]]:
        if len(code) == 3:
            return f"e.{side}_country = ?", [code]
        lo, hi = _prefix_range(code)
        return f"e.{side}_code >= ? AND e.{side}_code < ?", [lo, hi]

    @staticmethod
    def _filters(
        actor: str | None,
        root: str | None,
        date_from: str | None,
        date_to: str | None,
        doc_id: str | None,
        overlapping: bool = False,
    ) -> tuple[list[str], list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        _check_period(_check_date(date_from, "--from"), _check_date(date_to, "--to"))
        if actor:
            lo, hi = _prefix_range(actor.strip().upper())
            where.append(
                "((e.source_code >= ? AND e.source_code < ?) "
                "OR (e.target_code >= ? AND e.target_code < ?))"
            )
            params += [lo, hi, lo, hi]
        if root:
            if not re.fullmatch(r"\d{2}", root):
                raise QueryError(root, "is not a CAMEO root code", "give two digits, e.g. 04")
            where.append("e.cameo_root = ?")
            params.append(root)
        # "2021" must admit "2021-12-31": an upper bound is compared with a high char added.
        if overlapping:
            if date_from:
                where.append(
                    "(e.date_end >= ? OR (e.date_end IS NULL AND e.date_start IS NOT NULL))"
                )
                params.append(date_from)
            if date_to:
                where.append(
                    "(e.date_start <= ? OR (e.date_start IS NULL AND e.date_end IS NOT NULL))"
                )
                params.append(f"{date_to}~")
        else:
            if date_from:
                where.append("e.date_start >= ?")
                params.append(date_from)
            if date_to:
                where.append("e.date_start <= ?")
                params.append(f"{date_to}~")
        if doc_id:
            where.append("e.doc_id = ?")
            params.append(doc_id)
        return where, params

    def dyad_stats(
        self,
        date_from: str | None = None,
        date_to: str | None = None,
        *,
        modalities: Sequence[str] | None = None,
    ) -> list[dict[str, Any]]:
        """Per (source country, target country, quad class): count, mean Goldstein,
        first and last start date, for events starting within the period.

        Computed in SQL over the covering index ``events_date`` (the network view).
        Events without a target or without a country on either side are left out.
        """
        where = ["source_country IS NOT NULL", "target_country IS NOT NULL"]
        params: list[Any] = []
        _check_period(_check_date(date_from, "date_from"), _check_date(date_to, "date_to"))
        if date_from:
            where.append("date_start >= ?")
            params.append(date_from)
        if date_to:
            where.append("date_start <= ?")
            params.append(f"{date_to}~")
        if date_from or date_to:
            where.append("date_start IS NOT NULL")
        if modalities:
            where.append(f"modality IN ({','.join('?' * len(modalities))})")
            params.extend(modalities)
        sql = (
            "SELECT source_country, target_country, quad_class, count(*), avg(goldstein), "
            "min(date_start), max(date_start) FROM events WHERE "
            + " AND ".join(where)
            + " GROUP BY source_country, target_country, quad_class"
            " ORDER BY source_country, target_country, quad_class"
        )
        keys = ("source_country", "target_country", "quad_class", "count", "goldstein")
        out = []
        for row in self._conn.execute(sql, params):
            item = dict(zip(keys, row[:5], strict=True))
            item["first"], item["last"] = row[5], row[6]
            out.append(item)
        return out

    def event_note_numbers(self, doc_id: str) -> dict[int, list[str]]:
        """For one document: note number -> ids of the events it backs."""
        out: dict[int, list[str]] = {}
        for event_id, number in self._conn.execute(
            "SELECT event_id, number FROM event_notes WHERE doc_id=? ORDER BY number", (doc_id,)
        ):
            out.setdefault(number, []).append(event_id)
        return out
