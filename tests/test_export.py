"""Exports: JSONL keeps the record contract, CSV flattens it, empty stores stay valid."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from dyadline.errors import QueryError
from dyadline.export import CSV_COLUMNS, export
from dyadline.model import EVENT_FIELDS
from dyadline.store import Store
from test_store import make_annotated


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "t.db") as s:
        s.write(make_annotated())
        yield s


def test_jsonl_has_one_contract_record_per_line(store: Store) -> None:
    out = io.StringIO()
    assert export(store, "jsonl", out) == 3
    lines = out.getvalue().splitlines()
    records = [json.loads(line) for line in lines]
    assert all(tuple(r) == (*EVENT_FIELDS, "reviewed") for r in records)
    assert [r["trigger"] for r in records] == ["agreed", "condemned", "attend"]
    assert records[0]["source"]["code"] == "ISRGOV"
    assert records[2]["modality"] == "negated"


def test_jsonl_filters_and_notes(store: Store) -> None:
    out = io.StringIO()
    export(store, "jsonl", out, with_notes=True, actor="IRN")
    [rec] = [json.loads(line) for line in out.getvalue().splitlines()]
    assert rec["trigger"] == "condemned"
    assert rec["cited_notes"] == [
        {
            "number": 2,
            "text": "Outlet B, 2016.",
            "urls": [],
            "outlet": "Outlet B",
            "title": None,
            "date": "2016-03-20",
        }
    ]


def test_csv_flattens_actors_dates_notes_quantities(store: Store) -> None:
    out = io.StringIO()
    export(store, "csv", out, with_notes=True)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(rows) == 3
    first = rows[0]
    assert first["source_code"] == "ISRGOV" and first["target_country"] == "AZE"
    assert first["date_start"] == "2016-03-01" and first["date_precision"] == "month"
    assert first["plover_event"] == "AGREE" and first["plover_mode"] == ""
    assert json.loads(first["quantities"])[0]["unit"] == "USD"
    assert first["notes"] == "1"
    assert json.loads(first["cited_notes"])[0]["urls"] == ["https://example.org/a"]


def test_empty_store_gives_valid_empty_output(tmp_path: Path) -> None:
    with Store(tmp_path / "empty.db") as empty:
        out = io.StringIO()
        assert export(empty, "jsonl", out) == 0
        assert out.getvalue() == ""
        out = io.StringIO()
        assert export(empty, "csv", out) == 0
        assert out.getvalue().splitlines() == [",".join(CSV_COLUMNS)]


def test_unknown_format_is_refused(store: Store) -> None:
    with pytest.raises(QueryError, match="xml: unknown export format"):
        export(store, "xml", io.StringIO())


def test_export_file_replaces_the_file_only_when_the_export_succeeds(
    store: Store, tmp_path: Path
) -> None:
    from dyadline.errors import DyadlineError
    from dyadline.export import export_file

    target = tmp_path / "events.jsonl"
    target.write_text("an older export\n", encoding="utf-8")
    with pytest.raises(QueryError, match="is not a date"):
        export_file(store, "jsonl", target, date_from="2016-13")
    assert target.read_text(encoding="utf-8") == "an older export\n"
    assert export_file(store, "jsonl", target, actor="IRN") == 1
    assert json.loads(target.read_text(encoding="utf-8"))["trigger"] == "condemned"
    assert target.stat().st_mode & 0o044  # readable by others, like a plain open() file
    leftovers = [p.name for p in tmp_path.iterdir() if not p.name.startswith("t.db")]
    assert leftovers == [target.name]  # no temporary file left behind
    with pytest.raises(DyadlineError, match="does not exist"):
        export_file(store, "csv", tmp_path / "no" / "events.csv")
