"""CLI command ``dyadline codebook``: the knowledge files, inspected and converted.

Thin: parses the arguments, calls ``dyadline.codebook_stats`` and
``dyadline.petrarch_dict``, prints. Errors are ``DyadlineError``s, left to the
CLI boundary to print.

::

    dyadline codebook stats [--codebook FILE ...] [--missing] [--format text|tsv|json]
    dyadline codebook convert PETRARCH_DICT [-o OUT.tsv]
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from dyadline.errors import CodebookError, DyadlineError

Printer = Callable[[str], None]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this module's subcommands to the dyadline parser."""
    p = sub.add_parser(
        "codebook",
        help="inspect the event patterns (coverage of CAMEO) or convert a PETRARCH-2 dictionary",
        description="Inspect dyadline's knowledge files, or convert a PETRARCH-2 dictionary.",
    )
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    stats = actions.add_parser(
        "stats",
        help="each CAMEO code's verb and noun triggers, and the codes with none",
        description=(
            "List each CAMEO code with the verb and noun triggers coded to it by the "
            "packaged pattern files (and any --codebook pattern files), then the codes "
            "with none. A code marked 'derived' is reached only by turning another act "
            "into an intent, threat, refusal or stop (codebooks/intent.tsv)."
        ),
    )
    stats.add_argument(
        "--codebook",
        action="append",
        default=[],
        metavar="FILE",
        help="also count a pattern file (dyadline TSV or PETRARCH-2 verb dictionary)",
    )
    stats.add_argument("--missing", action="store_true", help="list only the codes with none")
    stats.add_argument("--format", choices=("text", "tsv", "json"), default="text", dest="fmt")
    stats.set_defaults(func=run_stats)
    convert = actions.add_parser(
        "convert",
        help="write a PETRARCH-2 verb or actor dictionary as a dyadline TSV file",
        description=(
            "Convert a PETRARCH-2 verb-pattern dictionary (CAMEO.2.0.txt style) or actor "
            "dictionary (Phoenix.*.actors.txt style), told apart by content, into "
            "dyadline's TSV format, and report what was dropped. --codebook reads these "
            "files directly; convert shows what it makes of them."
        ),
    )
    convert.add_argument("dictionary", help="the PETRARCH-2 dictionary file")
    convert.add_argument(
        "-o", "--output", metavar="FILE", help="write the TSV here (default: stdout)"
    )
    convert.set_defaults(func=run_convert)
    p.set_defaults(func=_no_action)


def _no_action(args: argparse.Namespace, out: Printer = print) -> int:
    raise DyadlineError(
        "dyadline codebook", "no action given", "use 'dyadline codebook stats' or 'convert'"
    )


def run_stats(args: argparse.Namespace, out: Printer = print) -> int:
    """Carry out ``dyadline codebook stats``; returns the exit status."""
    from dyadline.codebook_stats import format_json, format_text, format_tsv, loaded_coverage
    from dyadline.nlp import split_codebooks

    actor_files, _ = split_codebooks(args.codebook)
    if actor_files:
        raise CodebookError(
            actor_files[0], "is an actor file, not a pattern file", "give pattern files only"
        )
    entries = loaded_coverage(args.codebook)
    if args.fmt == "text":
        out(format_text(entries, missing_only=args.missing))
        return 0
    shown = [e for e in entries if not (args.missing and e.covered)]
    out(format_tsv(shown) if args.fmt == "tsv" else format_json(shown))
    return 0


def run_convert(args: argparse.Namespace, out: Printer = print) -> int:
    """Carry out ``dyadline codebook convert``; returns the exit status."""
    import sys

    from dyadline.errors import read_utf8
    from dyadline.petrarch_dict import convert

    path = Path(args.dictionary)
    conversion = convert(read_utf8(path, CodebookError, "dictionary"), str(path))
    if conversion is None:
        raise CodebookError(
            str(path),
            "is neither a PETRARCH-2 verb dictionary nor an actor dictionary",
            "give a file with '--- VERB [code] ---' blocks, or 'NAME [CODE]' lines",
        )
    lines = [
        f"# converted by dyadline codebook convert from {path.name} ({conversion.kind})",
        "\t".join(conversion.columns),
    ]
    lines += ["\t".join(row[c] for c in conversion.columns) for _, row in conversion.rows]
    text = "\n".join(lines) + "\n"
    if args.output:
        Path(args.output).write_text(text, "utf-8")
    else:
        out(text.rstrip("\n"))
    report = [f"{len(conversion.rows)} rows kept ({conversion.kind})"]
    report += [f"{n} dropped: {why}" for why, n in sorted(conversion.dropped.items())]
    for line in report:
        sys.stderr.write(f"dyadline codebook convert: {line}\n")
    return 0
