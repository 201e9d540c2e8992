"""The ``dyadline`` command line: builds the parser, runs one command, reports errors.

Reads: ``argv``. Adds: nothing of its own; each command module (``core``,
``analysis``, ``evaluate``) registers its subcommands with ``register(sub)``
and sets ``func`` (``args -> exit code``) on them. A ``DyadlineError`` is
caught here, once, and printed as one line ``dyadline: <message>`` on stderr
(exit code 2); commands return 1 when part of a batch failed.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from dyadline import __version__
from dyadline.errors import DyadlineError

EXIT_ERROR = 2
EXIT_PARTIAL = 1


def build_parser() -> argparse.ArgumentParser:
    from dyadline.cli import analysis, core, evaluate

    parser = argparse.ArgumentParser(
        prog="dyadline",
        description="Source-grounded political event data from texts about relations "
        "between states.",
    )
    parser.add_argument("--version", action="version", version=f"dyadline {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    core.register(sub)
    analysis.register(sub)
    evaluate.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the dyadline CLI; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", None)
    if func is None:
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    try:
        return int(func(args))
    except DyadlineError as exc:
        sys.stderr.write(f"dyadline: {exc}\n")
        return EXIT_ERROR
    except KeyboardInterrupt:
        sys.stderr.write("dyadline: interrupted\n")
        return 130
    except BrokenPipeError:
        # the reader went away ("dyadline timeline | head"): stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


__all__ = ["build_parser", "main"]
