"""The SQLite store: round trips, idempotence, replacement, queries, bad files."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from dyadline.errors import QueryError, StoreError
from dyadline.model import (
    Actor,
    Annotated,
    Block,
    DateSpan,
    Document,
    Event,
    Note,
    NoteMarker,
    Quantity,
    Sentence,
)
from dyadline.store import SCHEMA_VERSION, Store

TEXT = (
    "Israel and Azerbaijan agreed on a drone deal in March 2016. "
    "Iran condemned the deal a week later. "
    "Turkey did not attend the talks in Baku in 2019."
)


def _actor(code: str, text: str) -> Actor:
    return Actor(code=code, country=code[:3], sector=code[3:] or None, text=text)


def _event(
    doc: Document,
    sent: Sentence,
    trigger: str,
    source: Actor,
    target: Actor | None,
    cameo: str,
    date: DateSpan | None,
    modality: str = "asserted",
) -> Event:
    start = doc.text.index(trigger, sent.start)
    return Event(
        sentence=sent.text,
        sentence_start=sent.start,
        sentence_end=sent.end,
        trigger=trigger,
        trigger_start=start,
        trigger_end=start + len(trigger),
        source=source,
        target=target,
        cameo=cameo,
        cameo_label="label " + cameo,
        quad_class=1 if cameo < "06" else 4,
        goldstein=3.0 if cameo < "06" else -5.0,
        plover={"event": "AGREE", "mode": None},
        date=date,
        modality=modality,
        quantities=[Quantity("$1.6 billion", 1.6e9, "USD")] if cameo == "057" else [],
        notes=list(sent.notes),
        sentence_index=sent.index,
        doc_id=doc.doc_id,
        doc_title=doc.title,
    )


def make_annotated(text: str = TEXT, path: str | None = "/briefings/one.txt") -> Annotated:
    ends = [
        i + 1
        for i, ch in enumerate(text)
        if ch == "." and (i + 1 == len(text) or text[i + 1] == " ")
    ]
    starts = [0] + [e + 1 for e in ends[:-1]]
    markers = [NoteMarker(ends[0], 1), NoteMarker(ends[1], 2)]
    doc = Document(
        text=text,
        path=path,
        title="Drones and diplomacy",
        authors=["A. Writer"],
        date="2020-01-01",
        blocks=[Block(0, len(text))],
        markers=markers,
        notes=[
            Note(
                1,
                "Outlet A, 'Drone deal', 2016. https://example.org/a",
                ["https://example.org/a"],
                "Outlet A",
            ),
            Note(2, "Outlet B, 2016.", [], "Outlet B", None, "2016-03-20"),
        ],
        format="txt",
    )
    sents = []
    for i, (s, e) in enumerate(zip(starts, ends, strict=True)):
        sents.append(Sentence(i, s, e, text[s:e], tuple(doc.notes_in(s, e))))
    isr, aze = _actor("ISRGOV", "Israel"), _actor("AZE", "Azerbaijan")
    irn, tur = _actor("IRNGOV", "Iran"), _actor("TUR", "Turkey")
    events = [
        _event(
            doc, sents[0], "agreed", isr, aze, "057", DateSpan("2016-03-01", "2016-03-31", "month")
        ),
        _event(
            doc, sents[1], "condemned", irn, isr, "122", DateSpan("2016-03-08", "2016-03-08", "day")
        ),
        _event(
            doc,
            sents[2],
            "attend",
            tur,
            aze,
            "043",
            DateSpan("2019-01-01", "2019-12-31", "year"),
            "negated",
        ),
    ]
    return Annotated(document=doc, sentences=sents, events=events)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "t.db") as s:
        s.write(make_annotated())
        yield s


def test_round_trip_document_notes_sentences(store: Store) -> None:
    original = make_annotated()
    doc_id = original.document.doc_id
    assert store.has_document(doc_id)
    doc = store.document(doc_id)
    assert doc.text == original.document.text
    assert doc.title == "Drones and diplomacy" and doc.authors == ["A. Writer"]
    assert doc.markers == original.document.markers
    assert doc.blocks == original.document.blocks
    assert [n.number for n in doc.notes] == [1, 2]
    assert doc.notes[0].urls == ["https://example.org/a"]
    assert doc.notes[1].date == "2016-03-20"
    assert store.sentences(doc_id) == original.sentences
    [info] = store.documents()
    assert info["doc_id"] == doc_id and info["sentences"] == 3 and info["events"] == 3


def test_event_records_keep_the_export_contract(store: Store) -> None:
    original = make_annotated()
    records = store.events()
    assert records == [ev.to_record() for ev in original.events]
    assert records[0]["quantities"][0]["value"] == 1.6e9
    assert records[0]["notes"] == [1]


def test_write_is_idempotent(store: Store) -> None:
    before = store.counts()
    assert store.write(make_annotated()) is False
    assert store.counts() == before
    assert before == {
        "documents": 1,
        "notes": 2,
        "markers": 2,
        "sentences": 3,
        "events": 3,
        "event_notes": 2,
    }


def test_new_text_at_same_path_replaces_old_document(store: Store) -> None:
    old_id = make_annotated().document.doc_id
    changed = make_annotated(TEXT.replace("March 2016", "April 2016"))
    assert store.write(changed) is True
    assert not store.has_document(old_id)
    assert [d["doc_id"] for d in store.documents()] == [changed.document.doc_id]
    assert store.counts()["events"] == 3
    assert store.events(root="05")[0]["date"]["start"] == "2016-03-01"  # hand-built date kept
    # the same text under another path is the same document: nothing new is written
    assert store.write(make_annotated(changed.document.text, "/elsewhere/copy.txt")) is False


def test_filters_actor_dyad_root_dates(store: Store) -> None:
    def triggers(**kw: object) -> list[str]:
        return [r["trigger"] for r in store.events(**kw)]  # type: ignore[arg-type]

    assert triggers(actor="IRN") == ["condemned"]
    assert triggers(actor="ISRGOV") == ["agreed", "condemned"]
    assert triggers(actor="ISRMIL") == []
    assert triggers(dyad=("AZE", "ISR")) == ["agreed"]
    assert triggers(dyad=("AZE", "ISR"), symmetric_dyad=False) == []
    assert triggers(dyad=("IRNGOV", "ISR")) == ["condemned"]
    assert triggers(root="04") == ["attend"]
    assert triggers(date_from="2016-03-05", date_to="2016") == ["condemned"]
    assert triggers(date_from="2017") == ["attend"]
    assert triggers(date_to="2016-03") == ["agreed", "condemned"]
    with pytest.raises(QueryError, match="03/2016"):
        store.events(date_from="03/2016")
    with pytest.raises(QueryError, match="two digits"):
        store.events(root="4")


def test_overlapping_period_selects_intervals_that_reach_into_it(tmp_path: Path) -> None:
    annotated = make_annotated()
    since = dataclasses.replace(
        annotated.events[0], date=DateSpan("2010-01-01", None, "range", "since 2010")
    )
    annotated.events[0] = since
    with Store(tmp_path / "o.db") as db:
        db.write(annotated)

        def triggers(**kw: object) -> list[str]:
            return sorted(r["trigger"] for r in db.events(**kw))  # type: ignore[arg-type]

        # by start date: only what began in 2019; by overlap: "since 2010" reaches 2019 too
        assert triggers(date_from="2019", date_to="2019") == ["attend"]
        assert triggers(date_from="2019", date_to="2019", overlapping=True) == [
            "agreed",
            "attend",
        ]
        assert triggers(date_from="2016-03-05", date_to="2016-03-06", overlapping=True) == [
            "agreed"
        ]


def test_dyad_stats_groups_in_sql(store: Store) -> None:
    stats = store.dyad_stats("2016", "2016")
    assert [(s["source_country"], s["target_country"], s["count"]) for s in stats] == [
        ("IRN", "ISR", 1),
        ("ISR", "AZE", 1),
    ]
    assert stats[1]["goldstein"] == 3.0 and stats[1]["first"] == "2016-03-01"
    assert len(store.dyad_stats()) == 3
    assert store.dyad_stats(modalities=["negated"])[0]["source_country"] == "TUR"


def test_find_document_by_prefix_path_or_name(store: Store) -> None:
    doc_id = make_annotated().document.doc_id
    assert store.find_document(doc_id[:6]) == doc_id
    assert store.find_document("one.txt") == doc_id
    with pytest.raises(QueryError, match="no stored document"):
        store.find_document("zzz")


def test_foreign_files_are_refused(tmp_path: Path) -> None:
    text_file = tmp_path / "notes.db"
    text_file.write_text("this is not a database at all, just some words\n" * 50)
    with pytest.raises(StoreError, match=r"notes\.db: not a dyadline database"):
        Store(text_file)

    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    with pytest.raises(StoreError, match="not a dyadline one"):
        Store(other)

    newer = tmp_path / "newer.db"
    Store(newer).close()
    with sqlite3.connect(newer) as conn:
        conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match="newer"):
        Store(newer)

    with pytest.raises(StoreError, match="no such database"):
        Store(tmp_path / "missing.db", create=False)


def test_reopen_keeps_data_and_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    with Store(path) as s:
        s.write(make_annotated())
    with Store(path, create=False) as s:
        assert s.counts()["events"] == 3
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_filters_are_checked_at_the_call_and_codes_take_any_case(store: Store) -> None:
    def triggers(**kw: object) -> list[str]:
        return [r["trigger"] for r in store.events(**kw)]  # type: ignore[arg-type]

    assert triggers(dyad=("aze", "isr")) == triggers(dyad=("AZE", "ISR")) == ["agreed"]
    assert triggers(actor="irn") == ["condemned"]
    for bad in ({"date_from": "2016-13"}, {"date_to": "2016-02-30"}, {"date_from": "0000"}):
        with pytest.raises(QueryError, match="is not a date"):
            store.iter_events(**bad)  # type: ignore[arg-type]  # raises before any iteration
    with pytest.raises(QueryError, match="ends before it starts"):
        store.events(date_from="2017", date_to="2016")
    with pytest.raises(QueryError, match="ends before it starts"):
        store.dyad_stats("2017-05", "2017-04")
    assert triggers(date_from="2016-03", date_to="2016-03") == ["agreed", "condemned"]


def test_a_folder_or_a_missing_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a directory"):
        Store(tmp_path)
    with pytest.raises(StoreError, match="does not exist"):
        Store(tmp_path / "missing" / "t.db")
    assert not (tmp_path / "missing").exists()


def test_a_version_1_database_is_migrated_in_place(tmp_path: Path) -> None:
    from dyadline.store import APPLICATION_ID, MIGRATIONS

    path = tmp_path / "v1.db"
    with sqlite3.connect(path) as conn:
        for statement in MIGRATIONS[0]:
            conn.execute(statement)
        conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
        conn.execute("PRAGMA user_version=1")
    with Store(path) as db:
        db.write(make_annotated())
        assert db.counts()["events"] == 3
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 4
        indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        assert "events_end" in indexes
