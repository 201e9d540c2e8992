"""Exports stored events as JSONL, CSV, Parquet, the GDELT or ICEWS layout, or gold
(the analyst's reviewed events).

Reads: event records from a ``Store`` (``Store.iter_events``, any of its
filters). Adds: a file in one of two forms. JSONL writes one export record per
line with the field names of DESIGN.md exactly; CSV flattens each record into
fixed columns (actors, date, PLOVER split into their parts; notes joined with
";"; quantities as JSON text). With ``with_notes`` each record also carries
``cited_notes``: the text, URLs, outlet, title and date of each note it cites.
Reviews are applied (``dyadline.reviews``): a ``reviewed`` field on each record,
rejected events left out; the gold form writes the reviewed events in the format
of ``shared/gold/FORMAT.md`` so ``dyadline evaluate`` scores against them.

``export_file`` writes to a path through ``output_file``: a temporary file in
the target folder renamed into place at the end, so an interrupted or failed
export never leaves a half-written file behind (and never clobbers an older
export with one). The Parquet, GDELT and ICEWS layouts live in
``dyadline.outputs`` (one module each); this module picks them by name.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from dyadline.errors import DyadlineError, QueryError
from dyadline.model import Note
from dyadline.store import Store

FORMATS = ("jsonl", "csv", "parquet", "gdelt", "icews", "gold")
#: the modalities the GDELT and ICEWS layouts keep (they cannot mark the others)
LAYOUT_MODALITIES = ("asserted", "reported")

CSV_COLUMNS: tuple[str, ...] = (
    "event_id",
    "doc_id",
    "doc_title",
    "doc_url",
    "doc_date",
    "sentence_index",
    "sentence",
    "sentence_start",
    "sentence_end",
    "trigger",
    "trigger_start",
    "trigger_end",
    "source_code",
    "source_country",
    "source_sector",
    "source_text",
    "source_name",
    "target_code",
    "target_country",
    "target_sector",
    "target_text",
    "target_name",
    "cameo",
    "cameo_root",
    "cameo_label",
    "quad_class",
    "goldstein",
    "plover_event",
    "plover_mode",
    "date_start",
    "date_end",
    "date_precision",
    "date_text",
    "date_inferred",
    "modality",
    "attributed_to_code",
    "attributed_to_text",
    "location_text",
    "location_country",
    "location_lat",
    "location_lon",
    "quantities",
    "notes",
    "confidence",
    "reviewed_state",
    "reviewed_note",
    "reviewed_at",
)


def _cannot_write(path: Path, reason: str) -> DyadlineError:
    return DyadlineError(str(path), f"cannot write ({reason})", "check the output path")


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def check_output_path(path: str | Path) -> Path:
    """``path`` as a ``Path`` if a file can be written there (not a directory, in a
    folder that exists), else ``DyadlineError``: checked before long work begins."""
    target = Path(path)
    if target.is_dir():
        raise _cannot_write(target, "it is a directory")
    if not target.parent.is_dir():
        raise _cannot_write(target, f"the folder {target.parent} does not exist")
    return target


@contextlib.contextmanager
def output_file(path: str | Path) -> Iterator[TextIO]:
    """Open ``path`` for writing through a temporary file in the same folder that replaces
    ``path`` only when the ``with`` block ends without an error.

    Raises ``DyadlineError`` naming the path when it is a directory or its folder is
    missing or not writable.
    """
    target = check_output_path(path)
    folder = target.parent
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise _cannot_write(target, exc.strerror or str(exc)) from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            yield handle
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; give what open() would
        os.replace(tmp, target)
    except OSError as exc:
        raise _cannot_write(target, exc.strerror or str(exc)) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def _note_record(note: Note) -> dict[str, Any]:
    return {
        "number": note.number,
        "text": note.text,
        "urls": list(note.urls),
        "outlet": note.outlet,
        "title": note.title,
        "date": note.date,
    }


def with_cited_notes(store: Store, records: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Add ``cited_notes`` (the full notes a record cites) to each record."""
    cache: dict[str, dict[int, Note]] = {}
    for rec in records:
        doc_id = rec["doc_id"]
        if doc_id not in cache:
            cache[doc_id] = {n.number: n for n in store.notes(doc_id)}
        by_number = cache[doc_id]
        rec["cited_notes"] = [
            _note_record(by_number[n]) if n in by_number else {"number": n, "text": None}
            for n in rec.get("notes") or []
        ]
        yield rec


def flatten(rec: dict[str, Any]) -> dict[str, Any]:
    """One export record as a flat CSV row (``CSV_COLUMNS``, plus ``cited_notes``)."""
    row: dict[str, Any] = {k: rec.get(k) for k in CSV_COLUMNS if k in rec}
    for side in ("source", "target"):
        actor = rec.get(side) or {}
        for part in ("code", "country", "sector", "text", "name"):
            row[f"{side}_{part}"] = actor.get(part)
    plover = rec.get("plover") or {}
    row["plover_event"] = plover.get("event")
    row["plover_mode"] = plover.get("mode")
    date = rec.get("date") or {}
    for part in ("start", "end", "precision", "text", "inferred"):
        row[f"date_{part}"] = date.get(part)
    attributed = rec.get("attributed_to") or {}
    row["attributed_to_code"] = attributed.get("code")
    row["attributed_to_text"] = attributed.get("text")
    location = rec.get("location") or {}
    for part in ("text", "country", "lat", "lon"):
        row[f"location_{part}"] = location.get(part)
    row["quantities"] = json.dumps(rec.get("quantities") or [], ensure_ascii=False)
    row["notes"] = ";".join(str(n) for n in rec.get("notes") or [])
    reviewed = rec.get("reviewed") or {}
    for part in ("state", "note", "at"):
        row[f"reviewed_{part}"] = reviewed.get(part)
    if "cited_notes" in rec:
        row["cited_notes"] = json.dumps(rec["cited_notes"], ensure_ascii=False)
    return row


def export(
    store: Store,
    fmt: str,
    out: TextIO,
    *,
    with_notes: bool = False,
    apply_reviews: bool = True,
    **filters: Any,
) -> int:
    """Write the events matching ``filters`` (see ``Store.events``) to ``out``.

    The analyst's reviews are applied (``dyadline.reviews``): rejected events are
    left out, corrections applied, and each record has its ``reviewed`` field;
    ``apply_reviews=False`` writes the coder's records as stored. The format
    "gold" writes only the accepted and corrected events, in the gold format.
    Returns the number of events written. No events gives valid empty output
    (an empty file for JSONL and gold, the header row for CSV).
    """
    from dyadline.reviews import gold_lines, reviewed_records

    _check_format(fmt, with_notes)
    records: Iterable[dict[str, Any]] = store.iter_events(**filters)
    if apply_reviews or fmt == "gold":
        records = reviewed_records(store, records, only_reviewed=fmt == "gold")
    if with_notes:
        records = with_cited_notes(store, records)
    if fmt in ("parquet", "gdelt", "icews"):
        return _export_layout(fmt, records, out, with_notes)
    count = 0
    if fmt == "gold":
        for line in gold_lines(records):
            out.write(line + "\n")
            count += 1
        return count
    if fmt == "jsonl":
        for rec in records:
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            count += 1
        return count
    columns = [*CSV_COLUMNS, "cited_notes"] if with_notes else list(CSV_COLUMNS)
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for rec in records:
        writer.writerow(flatten(rec))
        count += 1
    return count


def export_file(
    store: Store,
    fmt: str,
    path: str | Path,
    *,
    with_notes: bool = False,
    apply_reviews: bool = True,
    **filters: Any,
) -> int:
    """``export`` into the file ``path`` (see ``output_file``); returns the event count.

    A bad format or filter raises before anything is written; ``path`` is left as it was.
    """
    _check_format(fmt, with_notes)
    with output_file(path) as out:
        return export(
            store, fmt, out, with_notes=with_notes, apply_reviews=apply_reviews, **filters
        )


def _check_format(fmt: str, with_notes: bool) -> None:
    if fmt not in FORMATS:
        raise QueryError(fmt, "unknown export format", f"use --format {' | '.join(FORMATS)}")
    from dyadline.outputs import TEXT_LAYOUTS

    if with_notes and fmt in TEXT_LAYOUTS:
        raise QueryError(
            "--with-notes", f"the {fmt} layout has no column for notes", "use jsonl, csv or parquet"
        )


def _export_layout(
    fmt: str, records: Iterable[dict[str, Any]], out: TextIO, with_notes: bool
) -> int:
    """Write ``records`` in one of the ``dyadline.outputs`` layouts."""
    if fmt == "parquet":
        from dyadline.outputs import parquet

        binary = getattr(out, "buffer", None)
        if binary is None or out.isatty():
            raise QueryError(
                "--format parquet", "is binary and needs a file", "give -o FILE.parquet"
            )
        out.flush()
        count = parquet.write(records, binary, with_notes=with_notes)
        binary.flush()
        return count
    from dyadline.outputs import gdelt, icews

    # these layouts have no modality column: a denied or hypothetical act would read
    # as one that happened, so only what the text states or reports as done goes in
    records = (rec for rec in records if rec.get("modality") in LAYOUT_MODALITIES)
    if fmt == "gdelt":
        return gdelt.write(records, out)
    return icews.write(records, out)
