"""Exports others' tools load: Parquet in DuckDB, CSV in pandas, GDELT and ICEWS layouts."""

from __future__ import annotations

import dataclasses
import io
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from dyadline.cli import main
from dyadline.errors import QueryError
from dyadline.export import export, export_file
from dyadline.model import Actor, Annotated, Location
from dyadline.store import Store
from test_store import make_annotated

duckdb = pytest.importorskip("duckdb")
pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")

#: the documented pandas call for the CSV export (README, "The event record")
CSV_DTYPES = {
    "event_id": str,
    "doc_id": str,
    "cameo": str,
    "cameo_root": str,
    "source_code": str,
    "target_code": str,
    "notes": str,
}


def _annotated() -> Annotated:
    """The store tests' document; the third event happens in Baku, the second one's
    source text has a tab and a line break in it."""
    annotated = make_annotated()
    first, second, third = annotated.events
    second = dataclasses.replace(
        second,
        source=Actor(code="IRNGOV", country="IRN", sector="GOV", text="Iran's\tforeign\nministry"),
    )
    third = dataclasses.replace(
        third,
        location=Location("Baku", "AZE", 40.4093, 49.8671),
        target=None,
        modality="asserted",
    )
    annotated.events = [first, second, third]
    return annotated


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "t.db"
    with Store(path) as store:
        store.write(_annotated())
    yield path


def test_duckdb_reads_the_parquet_export_with_types(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.parquet"
    with Store(db) as store:
        assert export_file(store, "parquet", out) == 3
    con = duckdb.connect()
    types = dict(con.execute(f"SELECT column_name, column_type FROM (DESCRIBE '{out}')").fetchall())
    assert types["cameo"] == "VARCHAR"
    assert types["cameo_root"] == "VARCHAR"
    assert types["quad_class"] == "TINYINT"
    assert types["notes"] == "INTEGER[]"
    assert types["source"] == (
        'STRUCT(code VARCHAR, country VARCHAR, sector VARCHAR, "text" VARCHAR, "name" VARCHAR)'
    )
    assert types["quantities"] == 'STRUCT("text" VARCHAR, "value" DOUBLE, unit VARCHAR)[]'
    rows = con.execute(
        f"""SELECT cameo, cameo_root, source.code, target.country, "date".start, "date".end,
                   "date".precision, notes, quantities[1].value, location.lat
            FROM '{out}' ORDER BY sentence_index"""
    ).fetchall()
    assert rows == [
        (
            "057",
            "05",
            "ISRGOV",
            "AZE",
            date(2016, 3, 1),
            date(2016, 3, 31),
            "month",
            [1],
            1.6e9,
            None,
        ),
        ("122", "12", "IRNGOV", "ISR", date(2016, 3, 8), date(2016, 3, 8), "day", [2], None, None),
        ("043", "04", "TUR", None, date(2019, 1, 1), date(2019, 12, 31), "year", [], None, 40.4093),
    ]
    # a dyad's timeline straight from the file
    timeline = con.execute(
        f"""SELECT cameo FROM '{out}'
            WHERE source.country = 'ISR' AND target.country = 'AZE'
              AND "date".start >= DATE '2016-01-01' ORDER BY "date".start"""
    ).fetchall()
    assert timeline == [("057",)]


def test_parquet_of_an_empty_store_has_the_schema_and_no_rows(tmp_path: Path) -> None:
    out = tmp_path / "empty.parquet"
    with Store(tmp_path / "empty.db") as store:
        assert export_file(store, "parquet", out) == 0
    con = duckdb.connect()
    assert con.execute(f"SELECT count(*) FROM '{out}'").fetchall() == [(0,)]
    columns = [row[0] for row in con.execute(f"DESCRIBE '{out}'").fetchall()]
    assert columns[:3] == ["event_id", "doc_id", "doc_title"]
    assert len(columns) == 26


def test_parquet_needs_a_file(db: Path) -> None:
    with Store(db) as store, pytest.raises(QueryError, match="needs a file"):
        export(store, "parquet", io.StringIO())


def test_pandas_reads_the_csv_with_codes_intact_by_the_documented_call(
    db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "events.csv"
    with Store(db) as store:
        export_file(store, "csv", out)
    naive = pd.read_csv(out)
    assert naive["cameo"].tolist() == [57, 122, 43]  # what the dtype call is for
    frame = pd.read_csv(out, dtype=CSV_DTYPES)
    assert frame["cameo"].tolist() == ["057", "122", "043"]
    assert frame["cameo_root"].tolist() == ["05", "12", "04"]
    assert frame["notes"].fillna("").tolist() == ["1", "2", ""]
    assert frame["source_text"].tolist()[1] == "Iran's\tforeign\nministry"


GDELT_TYPES = {"EventCode": str, "EventBaseCode": str, "EventRootCode": str}


def test_gdelt_export_loads_in_pandas_with_the_published_columns(db: Path, tmp_path: Path) -> None:
    from dyadline.outputs.gdelt import COLUMNS

    out = tmp_path / "events.gdelt.tsv"
    with Store(db) as store:
        assert export_file(store, "gdelt", out) == 3
    lines = out.read_text("utf-8").splitlines()
    assert len(lines) == 3  # no header, one line per event
    assert [len(line.split("\t")) for line in lines] == [61, 61, 61]
    frame = pd.read_csv(out, sep="\t", header=None, names=list(COLUMNS), dtype=GDELT_TYPES)
    assert list(frame.columns[:8]) == [
        "GlobalEventID",
        "Day",
        "MonthYear",
        "Year",
        "FractionDate",
        "Actor1Code",
        "Actor1Name",
        "Actor1CountryCode",
    ]
    assert list(frame.columns[-3:]) == ["ActionGeo_FeatureID", "DATEADDED", "SOURCEURL"]
    assert frame["EventCode"].tolist() == ["057", "122", "043"]
    assert frame["EventBaseCode"].tolist() == ["057", "122", "043"]
    assert frame["EventRootCode"].tolist() == ["05", "12", "04"]
    assert frame["Day"].tolist() == [20160301, 20160308, 20190101]
    assert frame["Actor1Code"].tolist() == ["ISRGOV", "IRNGOV", "TUR"]
    assert frame["Actor1Name"].tolist()[1] == "IRAN'S FOREIGN MINISTRY"
    assert frame["Actor1Type1Code"].tolist()[:2] == ["GOV", "GOV"]
    assert frame["Actor2CountryCode"].tolist()[:2] == ["AZE", "ISR"]
    assert frame["Actor2Code"].isna().tolist() == [False, False, True]
    assert frame["QuadClass"].tolist() == [1, 4, 1]
    assert frame["GoldsteinScale"].tolist() == [3.0, -5.0, 3.0]
    assert frame["IsRootEvent"].tolist() == [1, 0, 0]
    assert frame["ActionGeo_CountryCode"].tolist()[2] == "AJ"  # FIPS 10-4 for Azerbaijan
    assert frame["ActionGeo_Lat"].tolist()[2] == 40.4093
    assert frame["AvgTone"].isna().all()
    with Store(db) as store:
        ids = [int(rec["event_id"][:15], 16) for rec in store.iter_events()]
    assert frame["GlobalEventID"].tolist() == ids


def test_icews_export_loads_in_pandas_with_the_published_columns(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.icews.tsv"
    with Store(db) as store:
        assert export_file(store, "icews", out) == 3
    frame = pd.read_csv(out, sep="\t", dtype={"CAMEO Code": str})
    assert list(frame.columns) == [
        "Event ID",
        "Event Date",
        "Source Name",
        "Source Sectors",
        "Source Country",
        "Event Text",
        "CAMEO Code",
        "Intensity",
        "Target Name",
        "Target Sectors",
        "Target Country",
        "Story ID",
        "Sentence Number",
        "Publisher",
        "City",
        "District",
        "Province",
        "Country",
        "Latitude",
        "Longitude",
    ]
    assert frame["CAMEO Code"].tolist() == ["057", "122", "043"]
    assert frame["Event Date"].tolist() == ["2016-03-01", "2016-03-08", "2019-01-01"]
    assert frame["Source Country"].tolist() == ["Israel", "Iran", "Turkey"]
    assert frame["Source Name"].tolist()[1] == "Iran's foreign ministry"
    assert frame["Event Text"].tolist() == ["label 057", "label 122", "label 043"]
    assert frame["Intensity"].tolist() == [3.0, -5.0, 3.0]
    assert frame["Sentence Number"].tolist() == [1, 2, 3]
    assert frame["Story ID"].nunique() == 1
    assert frame["City"].tolist()[2] == "Baku"
    assert frame["Country"].tolist()[2] == "Azerbaijan"


def test_gdelt_and_icews_leave_out_negated_events(tmp_path: Path) -> None:
    with Store(tmp_path / "negated.db") as store:
        store.write(make_annotated())  # its third event is negated: "did not attend"
        for fmt in ("gdelt", "icews"):
            out = io.StringIO()
            assert export(store, fmt, out) == 2
            codes = [
                line.split("\t")[26 if fmt == "gdelt" else 6]
                for line in out.getvalue().splitlines()
            ]
            assert codes == (["057", "122"] if fmt == "gdelt" else ["CAMEO Code", "057", "122"])


def test_cli_exports_each_layout_and_refuses_notes_in_gdelt(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for fmt in ("parquet", "gdelt", "icews"):
        target = tmp_path / f"out.{fmt}"
        assert main(["export", "--db", str(db), "--format", fmt, "-o", str(target)]) == 0
        assert capsys.readouterr().err == f"3 events written to {target}\n"
    code = main(["export", "--db", str(db), "--format", "gdelt", "--with-notes"])
    assert code == 2
    assert capsys.readouterr().err == (
        "dyadline: --with-notes: the gdelt layout has no column for notes "
        "(use jsonl, csv or parquet)\n"
    )


def test_parquet_with_notes_carries_the_cited_notes(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "notes.parquet"
    with Store(db) as store:
        export_file(store, "parquet", out, with_notes=True)
    rows = (
        duckdb.connect()
        .execute(
            f"SELECT cited_notes[1].outlet, cited_notes[1].urls FROM '{out}' "
            "ORDER BY sentence_index"
        )
        .fetchall()
    )
    assert rows == [("Outlet A", ["https://example.org/a"]), ("Outlet B", []), (None, None)]
    assert json.dumps(rows[0][1]) == '["https://example.org/a"]'
