"""``dyadline codebook stats``: the CAMEO codes the event patterns cover, and those they do not.

Reads: the packaged event patterns and any ``--codebook`` pattern files.
Adds: a table on stdout, one line per CAMEO code with its verb and noun
triggers, then the codes without any (``dyadline.coverage``).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from dyadline.coverage import coverage

Printer = Callable[[str], None]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("codebook", help="inspect the event-pattern codebook")
    inner = p.add_subparsers(dest="codebook_command", metavar="SUBCOMMAND", required=True)
    stats = inner.add_parser(
        "stats", help="each CAMEO code's verb and noun triggers, and the codes with none"
    )
    stats.add_argument(
        "--codebook",
        action="append",
        default=[],
        metavar="FILE",
        help="your own event-pattern TSV file (repeatable)",
    )
    stats.set_defaults(func=run_stats)


def run_stats(args: argparse.Namespace, out: Printer = print) -> int:
    rows = coverage(list(args.codebook))
    for row in rows:
        if row.covered:
            words = ", ".join([*(f"{w} (V)" for w in row.verbs), *(f"{w} (N)" for w in row.nouns)])
            out(f"{row.code:<5} {row.label[:44]:<44} {words}")
    missing = [r for r in rows if not r.covered]
    covered = len(rows) - len(missing)
    out(f"\n{covered} of {len(rows)} CAMEO codes have triggers; {len(missing)} have none:")
    for row in missing:
        out(f"{row.code:<5} {row.label}")
    return 0
