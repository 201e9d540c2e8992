"""Parquet export (``dyadline export --format parquet -o FILE``), for DuckDB, pandas, Arrow.

Reads: export records. Adds: one Parquet file with typed columns in the shape
of the JSONL record (same field names, same nesting), so a query written for
one reads the other: CAMEO codes and ids are strings (``"042"`` keeps its
zero), dates are ``date32`` (``date.start``, ``date.end``), actors, the date,
PLOVER and the location are structs, ``notes`` is ``list<int32>`` and
``quantities`` ``list<struct<text, value, unit>>``. ``doc_url`` is the
document's URL where the store records one, else null. Records are converted
and written in row groups of ``BATCH`` events, so a store of millions of
events exports in bounded memory. pyarrow is an optional dependency (the
``parquet`` extra).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from itertools import islice
from typing import TYPE_CHECKING, Any, BinaryIO

from dyadline.errors import DyadlineError

if TYPE_CHECKING:
    import pyarrow as pa

#: Events per row group.
BATCH = 50_000


def _pyarrow() -> Any:
    try:
        import pyarrow
        import pyarrow.parquet  # the submodule is used as pyarrow.parquet
    except ImportError as exc:
        raise DyadlineError(
            "--format parquet", "needs pyarrow", "pip install 'dyadline[parquet]'"
        ) from exc
    return pyarrow


def schema(with_notes: bool = False) -> pa.Schema:
    """The Arrow schema of the export (with ``cited_notes`` when ``with_notes``)."""
    pa = _pyarrow()
    text = pa.string()
    actor = pa.struct([(k, text) for k in ("code", "country", "sector", "text", "name")])
    fields = [
        ("event_id", text),
        ("doc_id", text),
        ("doc_title", text),
        ("doc_url", text),
        ("sentence_index", pa.int32()),
        ("sentence", text),
        ("sentence_start", pa.int32()),
        ("sentence_end", pa.int32()),
        ("trigger", text),
        ("trigger_start", pa.int32()),
        ("trigger_end", pa.int32()),
        ("source", actor),
        ("target", actor),
        ("cameo", text),
        ("cameo_root", text),
        ("cameo_label", text),
        ("quad_class", pa.int8()),
        ("goldstein", pa.float64()),
        ("plover", pa.struct([("event", text), ("mode", text)])),
        (
            "date",
            pa.struct(
                [
                    ("start", pa.date32()),
                    ("end", pa.date32()),
                    ("precision", text),
                    ("text", text),
                    ("inferred", pa.bool_()),
                ]
            ),
        ),
        ("modality", text),
        ("attributed_to", actor),
        (
            "location",
            pa.struct(
                [("text", text), ("country", text), ("lat", pa.float64()), ("lon", pa.float64())]
            ),
        ),
        (
            "quantities",
            pa.list_(pa.struct([("text", text), ("value", pa.float64()), ("unit", text)])),
        ),
        ("notes", pa.list_(pa.int32())),
        ("confidence", pa.float64()),
    ]
    if with_notes:
        note = pa.struct(
            [
                ("number", pa.int32()),
                ("text", text),
                ("urls", pa.list_(text)),
                ("outlet", text),
                ("title", text),
                ("date", text),
            ]
        )
        fields.append(("cited_notes", pa.list_(note)))
    return pa.schema(fields)


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _row(rec: dict[str, Any], names: list[str]) -> dict[str, Any]:
    row = {name: rec.get(name) for name in names}
    when = rec.get("date")
    if when:
        row["date"] = {**when, "start": _day(when.get("start")), "end": _day(when.get("end"))}
    return row


def _batches(records: Iterable[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    it = iter(records)
    while chunk := list(islice(it, BATCH)):
        yield chunk


def write(records: Iterable[dict[str, Any]], out: BinaryIO, *, with_notes: bool = False) -> int:
    """Write ``records`` as one Parquet file to the binary stream ``out``; returns the
    event count. No records gives a valid file with the schema and no rows."""
    pa = _pyarrow()
    arrow_schema = schema(with_notes)
    names = list(arrow_schema.names)
    count = 0
    with pa.parquet.ParquetWriter(out, arrow_schema, compression="zstd") as writer:
        for chunk in _batches(records):
            rows = [_row(rec, names) for rec in chunk]
            writer.write_batch(pa.RecordBatch.from_pylist(rows, schema=arrow_schema))
            count += len(rows)
    return count
