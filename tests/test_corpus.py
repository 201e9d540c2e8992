"""Corpus files (JSONL, CSV: one story a row): fields, bad rows, re-ingest, memory."""

from __future__ import annotations

import csv
import importlib
import json
import sqlite3
import tracemalloc
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from dyadline.cli import main
from dyadline.errors import ReadError
from dyadline.export import export
from dyadline.ingest import ingest, iter_documents
from dyadline.model import Document
from dyadline.read import read_text
from dyadline.read.corpus import CorpusFields, iter_rows, read_corpus
from dyadline.store import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION, Store

STORIES = [
    "Germany condemned Russia on Friday.",
    "Turkey accused Greece of provocations last week.",
    "Japan criticized China earlier this month.",
    "India condemned Pakistan last year.",
]


def _jsonl(path: Path, rows: list[Any]) -> Path:
    path.write_text(
        "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), "utf-8"
    )
    return path


def _docs(path: Path, fields: CorpusFields | None = None) -> list[Document]:
    out = list(read_corpus(path, fields))
    assert all(isinstance(d, Document) for d in out)
    return [d for d in out if isinstance(d, Document)]


def _errors(path: Path, fields: CorpusFields | None = None) -> list[str]:
    return [str(e) for e in read_corpus(path, fields) if isinstance(e, ReadError)]


# ------------------------------------------------------------------ fields


def test_jsonl_fields_are_found_by_their_common_names_in_any_case(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path / "wire.jsonl",
        [
            {
                "story_id": 17,
                "Headline": "Berlin rebukes Moscow",
                "Body": STORIES[0],
                "pub_date": "2021-03-10T08:00:00Z",
                "URL": "https://news.example/17",
                "author": "A. Writer",
            },
            {"id": "b2", "content": STORIES[1], "date": "March 9, 2021", "title": "Aegean row"},
            {"event_text": STORIES[2]},
        ],
    )
    docs = _docs(path)
    got = [(d.external_id, d.title, d.date, d.url, d.news, d.text, d.format) for d in docs]
    assert got == [
        ("17", "Berlin rebukes Moscow", "2021-03-10", "https://news.example/17", True, STORIES[0],
         "jsonl"),
        ("b2", "Aegean row", "2021-03-09", None, True, STORIES[1], "jsonl"),
        (None, None, None, None, False, STORIES[2], "jsonl"),
    ]  # fmt: skip
    assert docs[0].authors == ["A. Writer"]
    resolved = str(path.resolve())
    assert [d.path for d in docs] == [
        f"{resolved}#17",
        f"{resolved}#b2",
        f"{resolved}#{docs[2].doc_id}",
    ]


def test_csv_with_named_fields(tmp_path: Path) -> None:
    path = tmp_path / "feed.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["guid", "story", "when", "link", "caption", "text"])
        writer.writerow(["g1", STORIES[0] + "\n\n" + STORIES[1], "2021-03-10", "u1", "T1", "x"])
        writer.writerow(["g2", STORIES[2], "", "", "T2", "y"])
    fields = CorpusFields(text="story", id="guid", title="caption", date="when", url="link")
    docs = _docs(path, fields)
    got = [(d.external_id, d.title, d.date, d.url, d.news, d.text, len(d.blocks)) for d in docs]
    assert got == [
        ("g1", "T1", "2021-03-10", "u1", True, STORIES[0] + "\n\n" + STORIES[1], 2),
        ("g2", "T2", None, None, False, STORIES[2], 1),
    ]
    # without the options the common name "text" is taken
    assert [d.text for d in _docs(path)] == ["x", "y"]


def test_a_named_column_missing_from_the_csv_header_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "feed.csv"
    path.write_text("guid,story\ng1,Some text.\n", "utf-8")
    with pytest.raises(ReadError) as err:
        list(read_corpus(path, CorpusFields(text="body")))
    assert str(err.value) == (
        f"{path}: no column 'body' (the header has guid, story) "
        "(name one of these with --text-field)"
    )
    with pytest.raises(ReadError) as err:
        list(read_corpus(path))
    assert str(err.value) == (
        f"{path}: no text column (looked for text, body, content, event_text; the header "
        "has guid, story) (name the column that holds the text with --text-field)"
    )


# ------------------------------------------------------------------ bad rows


def test_bad_rows_are_reported_by_line_and_the_rest_is_read(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path / "c.jsonl",
        [
            {"id": "1", "text": STORIES[0]},
            '{"id": "2", "text": "unterminated',
            {"id": "3", "text": "   "},
            {"id": "4", "text": STORIES[1], "date": "sometime soon"},
            "[1, 2]",
            {"id": "6", "title": "no text here"},
            {"id": "7", "text": STORIES[2], "date": "2021-02-30"},
            {"id": "8", "text": STORIES[3]},
        ],
    )
    items = list(read_corpus(path))
    assert [d.external_id for d in items if isinstance(d, Document)] == ["1", "8"]
    assert [str(e) for e in items if isinstance(e, ReadError)] == [
        f"{path}:2: not valid JSON (Unterminated string starting at) (one JSON object a line)",
        f"{path}:3: no text in field 'text' (give each row its text)",
        f"{path}:4: bad date: 'sometime soon' is not a date (give dates as YYYY-MM-DD)",
        f"{path}:5: a JSON list, not an object (one JSON object a line)",
        f"{path}:6: no text field (looked for text, body, content, event_text) "
        "(name the field that holds the text with --text-field)",
        f"{path}:7: bad date: '2021-02-30' is not a date (give dates as YYYY-MM-DD)",
    ]


def test_bad_csv_rows_and_bytes_that_are_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_bytes(
        b"id,text,date\n"
        b'1,"A story told\non two lines.",2021-01-02\n'
        b"2,Caf\xe9 talks,2021-01-03\n"
        b"3,Extra,2021-01-04,oops\n"
        b"4,Fine story.,\n"
    )
    items = list(read_corpus(path))
    assert [(d.external_id, d.text) for d in items if isinstance(d, Document)] == [
        ("1", "A story told on two lines."),
        ("4", "Fine story."),
    ]
    assert [str(e) for e in items if isinstance(e, ReadError)] == [
        f"{path}:4: row is not UTF-8 text (re-save the corpus as UTF-8)",
        f"{path}:5: 4 values for 3 columns (quote fields that hold commas)",
    ]


def test_cli_reports_three_bad_rows_by_line_and_stores_the_rest(
    nlp: Language, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _jsonl(
        tmp_path / "c.jsonl",
        [
            {"id": "a", "text": STORIES[0], "date": "2021-03-10"},
            "not json",
            {"id": "b", "text": STORIES[1], "date": "2021-03-10"},
            {"id": "c", "text": ""},
            {"id": "d", "text": STORIES[2], "date": "the other day"},
            {"id": "e", "text": STORIES[3], "date": "2021-03-10"},
        ],
    )
    db = tmp_path / "t.db"
    assert main(["ingest", str(path), "--db", str(db), "--workers", "1"]) == 1
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [
        f"dyadline: {path}:2: not valid JSON (Expecting value) (one JSON object a line)",
        f"dyadline: {path}:4: no text in field 'text' (give each row its text)",
        f"dyadline: {path}:5: bad date: 'the other day' is not a date (give dates as YYYY-MM-DD)",
    ]
    with Store(db) as store:
        assert sorted(d["external_id"] for d in store.documents()) == ["a", "b", "e"]


# ------------------------------------------------------------------ ingest


def _count_annotations(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    module = importlib.import_module("dyadline.annotate")
    real = module.annotate

    def counting(document: Document, nlp: Language) -> Any:
        seen.append(document.external_id or "")
        return real(document, nlp)

    monkeypatch.setattr(module, "annotate", counting)
    return seen


def test_reingest_changes_nothing_and_a_grown_file_adds_only_its_new_rows(
    nlp: Language, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [{"id": f"s{i}", "text": s, "date": "2021-03-10"} for i, s in enumerate(STORIES)]
    path = _jsonl(tmp_path / "c.jsonl", rows[:3])
    db = tmp_path / "t.db"
    seen = _count_annotations(monkeypatch)
    first = ingest([path], db, workers=1, nlp=nlp)
    assert (first.added, first.unchanged, first.failed) == (3, 0, [])
    with Store(db) as store:
        before = store.counts()
    again = ingest([path], db, workers=1, nlp=nlp)
    assert (again.added, again.unchanged, again.failed) == (0, 3, [])
    with Store(db) as store:
        assert store.counts() == before
    _jsonl(path, rows)  # the file grew by one row
    grown = ingest([path], db, workers=1, nlp=nlp)
    assert (grown.added, grown.unchanged, grown.failed) == (1, 3, [])
    assert seen == ["s0", "s1", "s2", "s3"]  # stored rows are never annotated again
    with Store(db) as store:
        assert store.counts()["documents"] == 4


def test_rows_and_files_flow_through_one_document_stream(tmp_path: Path) -> None:
    corpus = _jsonl(tmp_path / "c.jsonl", [{"id": "1", "text": STORIES[0]}, "{"])
    brief = tmp_path / "brief.txt"
    brief.write_text(STORIES[1] + "\n", "utf-8")
    items = list(iter_documents([brief, corpus, tmp_path / "missing.txt"]))
    assert [type(i).__name__ for i in items] == ["Document", "Document", "ReadError", "ReadError"]
    assert [i.text for i in items if isinstance(i, Document)] == [STORIES[1], STORIES[0]]


def test_exports_carry_the_story_url_and_date(nlp: Language, tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path / "c.jsonl",
        [{"id": "7", "text": STORIES[0], "date": "2021-03-10", "url": "https://n.example/7"}],
    )
    db = tmp_path / "t.db"
    ingest([path], db, workers=1, nlp=nlp)
    with Store(db) as store:
        out: list[str] = []

        class Sink:
            def write(self, text: str) -> int:
                out.append(text)
                return len(text)

        export(store, "jsonl", Sink())  # type: ignore[arg-type]
        (rec,) = [json.loads(line) for line in "".join(out).splitlines()]
        stored = store.document(store.find_document("c.jsonl#7"))
    assert (rec["doc_url"], rec["doc_date"], rec["date"]["start"]) == (
        "https://n.example/7",
        "2021-03-10",
        "2021-03-05",
    )
    assert (stored.url, stored.external_id, stored.news) == ("https://n.example/7", "7", True)


def test_evaluate_reads_a_corpus_file_as_documents(nlp: Language, tmp_path: Path) -> None:
    from dyadline.evaluate import system_events_for

    path = _jsonl(tmp_path / "c.jsonl", [{"id": "1", "text": STORIES[0]}, {"text": STORIES[3]}])
    records = system_events_for([path], nlp)
    got = [(r["source"]["code"], r["target"]["code"], r["cameo"]) for r in records]
    assert got == [("DEU", "RUS", "111"), ("IND", "PAK", "111")]


# ------------------------------------------------------------------ store migration


def test_a_version_2_store_gets_url_and_external_id_in_place(tmp_path: Path) -> None:
    path = tmp_path / "v2.db"
    with sqlite3.connect(path) as conn:
        for statement in MIGRATIONS[0] + MIGRATIONS[1]:
            conn.execute(statement)
        conn.execute(
            "INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?)",
            ("abc", "/old.txt", "Old", "[]", None, "txt", 0, "[]", "Old text.", "2020-01-01"),
        )
        conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
        conn.execute("PRAGMA user_version=2")
    with Store(path) as store:
        old = store.document("abc")
        assert (old.text, old.url, old.external_id) == ("Old text.", None, None)
        doc = read_text(STORIES[0])
        doc.url, doc.external_id = "https://n.example/1", "n1"
        from dyadline.model import Annotated

        assert store.write(Annotated(doc))
        new = store.document(doc.doc_id)
        assert (new.url, new.external_id) == ("https://n.example/1", "n1")
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 4


# ------------------------------------------------------------------ streaming


def _big(path: Path, n: int) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            handle.write(
                json.dumps({"id": i, "date": "2021-03-10", "text": f"Story {i} is short."}) + "\n"
            )
    return path


def _peaks(stream: Any, marks: set[int]) -> dict[int, int]:
    """Peak traced memory after the given numbers of items of ``stream``."""
    peaks: dict[int, int] = {}
    tracemalloc.start()
    try:
        for n, _ in enumerate(stream, start=1):
            if n in marks:
                peaks[n] = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return peaks


def test_100000_rows_are_read_in_flat_memory(tmp_path: Path) -> None:
    path = _big(tmp_path / "big.jsonl", 100_000)
    peaks = _peaks(iter_rows(path), {1_000, 100_000})
    assert len(peaks) == 2
    assert peaks[100_000] - peaks[1_000] < 16_384  # bytes: not growing with the file


def test_documents_of_a_corpus_are_built_in_flat_memory(tmp_path: Path) -> None:
    path = _big(tmp_path / "big.jsonl", 5_000)
    peaks = _peaks(read_corpus(path), {500, 5_000})
    assert peaks[5_000] - peaks[500] < 16_384
