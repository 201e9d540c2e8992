"""Reviews in the store: kept across re-ingest, applied by exports, the gold export;
the reading-room schema (flat columns, foreign keys, FTS, events_flat) and its migration."""

from __future__ import annotations

import dataclasses
import io
import json
import sqlite3
from pathlib import Path

import pytest
from spacy.language import Language

from dyadline.annotate import annotate
from dyadline.errors import QueryError, StoreError
from dyadline.evaluate import load_gold, score
from dyadline.export import export
from dyadline.model import Document
from dyadline.reviews import check_review, clear_review, review_of, set_review
from dyadline.store import (
    APPLICATION_ID,
    MIGRATIONS,
    READING_ROOM_MIGRATION,
    SCHEMA_VERSION,
    Store,
    event_anchor,
)
from test_store import make_annotated


def _ids(store: Store) -> dict[str, str]:
    """trigger -> event id."""
    return {r["trigger"]: r["event_id"] for r in store.events()}


def _jsonl(store: Store, **kw: object) -> list[dict[str, object]]:
    out = io.StringIO()
    export(store, "jsonl", out, **kw)  # type: ignore[arg-type]
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_flat_columns_view_fts_and_foreign_keys(tmp_path: Path) -> None:
    with Store(tmp_path / "t.db") as store:
        store.write(make_annotated())
        conn = store.connection
        rows = conn.execute(
            'SELECT "trigger", source_text, target_text, sentence FROM events ORDER BY rowid'
        ).fetchall()
        assert rows[0] == (
            "agreed",
            "Israel",
            "Azerbaijan",
            "Israel and Azerbaijan agreed on a drone deal in March 2016.",
        )
        flat = conn.execute(
            "SELECT trigger, source_code, cameo_label, date_precision, review_state "
            "FROM events_flat ORDER BY sentence_index"
        ).fetchall()
        assert flat == [
            ("agreed", "ISRGOV", "label 057", "month", None),
            ("condemned", "IRNGOV", "label 122", "day", None),
            ("attend", "TUR", "label 043", "year", None),
        ]
        hits = conn.execute(
            "SELECT s.idx FROM sentences_fts f JOIN sentences s ON s.rowid = f.rowid "
            "WHERE sentences_fts MATCH 'condemned'"
        ).fetchall()
        assert hits == [(1,)]
        parents = {r[2] for r in conn.execute("PRAGMA foreign_key_list(events)")}
        assert parents == {"documents"}
        doc_id = make_annotated().document.doc_id
        store.delete(doc_id)
        assert conn.execute(
            "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'condemned'"
        ).fetchone() == (0,)


@pytest.mark.parametrize(
    ("version", "doc_columns"),
    [(2, 10), (MIGRATIONS.index(READING_ROOM_MIGRATION), 12)],  # v3 adds url, external_id
)
def test_an_older_store_with_events_is_migrated(
    tmp_path: Path, version: int, doc_columns: int
) -> None:
    path = tmp_path / "old.db"
    annotated = make_annotated()
    with sqlite3.connect(path) as conn:
        for migration in MIGRATIONS[:version]:
            for statement in migration:
                conn.execute(statement)
        conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version={version}")
    with Store(tmp_path / "new.db") as new:  # rows as an older writer made them
        new.write(annotated)
        doc = new.connection.execute("SELECT * FROM documents").fetchone()[:doc_columns]
        sents = new.connection.execute("SELECT * FROM sentences").fetchall()
        events = new.connection.execute("SELECT * FROM events").fetchall()
        anchors = [r[-1] for r in events]
    with sqlite3.connect(path) as conn:
        conn.execute(f"INSERT INTO documents VALUES ({','.join('?' * len(doc))})", doc)
        conn.executemany("INSERT INTO sentences VALUES (?,?,?,?,?,?)", sents)
        conn.executemany(
            f"INSERT INTO events VALUES ({','.join('?' * 16)})", [r[:16] for r in events]
        )
    with Store(path) as store:
        conn = store.connection
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        got = conn.execute('SELECT anchor, "trigger", target_text FROM events').fetchall()
        assert [r[0] for r in got] == anchors
        assert [r[1:] for r in got] == [
            ("agreed", "Azerbaijan"),
            ("condemned", "Israel"),
            ("attend", "Azerbaijan"),
        ]
        hits = conn.execute(
            "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'Baku'"
        ).fetchone()
        assert hits == (1,)


def test_review_survives_reingest_and_an_edit_elsewhere(tmp_path: Path) -> None:
    with Store(tmp_path / "t.db") as store:
        store.write(make_annotated())
        ids = _ids(store)
        set_review(
            store, ids["condemned"], check_review("corrected", cameo="111", note="criticised")
        )
        set_review(store, ids["attend"], check_review("rejected", note="not an event"))
        doc_id = make_annotated().document.doc_id
        store.delete(doc_id)
        assert store.events() == []
        store.write(make_annotated())  # the same text ingested again
        review = review_of(store, ids["condemned"])
        assert review is not None and (review.state, review.cameo) == ("corrected", "111")
        # the same path with a new last sentence: the unchanged sentences keep their reviews
        new_text = make_annotated().document.text.replace("in Baku in 2019.", "in Baku in 2018.")
        store.write(make_annotated(new_text))
        new_ids = _ids(store)
        assert new_ids["condemned"] != ids["condemned"]  # another document id
        assert review_of(store, new_ids["condemned"]) == dataclasses.replace(
            review, event_id=ids["condemned"]
        )
        assert review_of(store, new_ids["attend"]) is None  # its sentence changed
        assert clear_review(store, new_ids["condemned"]) is True
        assert review_of(store, new_ids["condemned"]) is None


def test_exports_apply_reviews_and_gold_scores_against_them(tmp_path: Path) -> None:
    with Store(tmp_path / "t.db") as store:
        store.write(make_annotated())
        ids = _ids(store)
        set_review(store, ids["agreed"], check_review("accepted", note="fine"))
        set_review(
            store,
            ids["condemned"],
            check_review("corrected", cameo="111", source="IRNMIL", date_start="2016-03"),
        )
        set_review(store, ids["attend"], check_review("rejected"))
        records = _jsonl(store)
        assert [r["trigger"] for r in records] == ["agreed", "condemned"]
        corrected = records[1]
        assert corrected["cameo"] == "111" and corrected["cameo_root"] == "11"
        assert corrected["source"]["code"] == "IRNMIL" and corrected["source"]["text"] == "Iran"
        assert corrected["date"]["start"] == "2016-03-01"
        assert corrected["date"]["end"] == "2016-03-31"
        assert corrected["reviewed"]["state"] == "corrected"
        assert records[0]["reviewed"]["note"] == "fine"
        assert [r["trigger"] for r in _jsonl(store, apply_reviews=False)] == [
            "agreed",
            "condemned",
            "attend",
        ]
        gold_path = tmp_path / "gold.jsonl"
        out = io.StringIO()
        assert export(store, "gold", out) == 2
        gold_path.write_text(out.getvalue(), encoding="utf-8")
        gold = load_gold(gold_path)
        assert [(g.source, g.cameo, g.tier) for g in gold] == [
            ("ISRGOV", "057", "core"),
            ("IRNMIL", "111", "core"),
        ]
        scores = score(gold, _jsonl(store, apply_reviews=False))
        # the coder's 122 is not the analyst's 111 (another root); the rejected one is wrong
        assert (scores.precision, scores.recall) == (1 / 3, 0.5)


def test_bad_reviews_are_refused(tmp_path: Path) -> None:
    with pytest.raises(QueryError, match="not a CAMEO code"):
        check_review("corrected", cameo="999")
    with pytest.raises(QueryError, match="not a CAMEO actor code"):
        check_review("corrected", source="Israel Defence")
    with pytest.raises(QueryError, match="changes no field"):
        check_review("corrected", note="x")
    with pytest.raises(QueryError, match="not a review state"):
        check_review("maybe")
    with Store(tmp_path / "t.db") as store, pytest.raises(QueryError, match="no stored event"):
        set_review(store, "0" * 16, check_review("accepted"))


def test_read_only_store_refuses_writes(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    with Store(path) as store:
        store.write(make_annotated())
    with Store(path, read_only=True) as ro:
        assert len(ro.events()) == 3
        event_id = ro.events()[0]["event_id"]
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            set_review(ro, event_id, check_review("accepted"))
    with pytest.raises(StoreError, match="no such database"):
        Store(tmp_path / "missing.db", read_only=True)


def test_the_same_text_gets_the_same_event_ids_and_anchors(nlp: Language) -> None:
    text = "Israel signed a defence agreement with Azerbaijan in 2016."
    first = annotate(Document(text=text, path="/a.txt"), nlp)
    second = annotate(Document(text=text, path="/b.txt"), nlp)
    assert [e.event_id for e in first.events] == [e.event_id for e in second.events]
    assert [e.trigger for e in first.events] == ["signed a defence agreement"]
    prefixed = annotate(Document(text="Some words first. " + text, path="/c.txt"), nlp)
    anchors = [event_anchor(e.to_record()) for e in first.events]
    assert [event_anchor(e.to_record()) for e in prefixed.events] == anchors
