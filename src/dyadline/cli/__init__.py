"""The ``dyadline`` command line: builds the parser, runs one command, reports errors.

Reads: ``argv``. Adds: nothing of its own; each command module (``core``,
``analysis``, ``evaluate``, ``codebook``) registers its subcommands with ``register(sub)``
and sets ``func`` (``args -> exit code``) on them. A ``DyadlineError`` is
caught here, once, and printed as one line ``dyadline: <input>: <problem> (<fix>)``
on stderr (exit code 2); commands return 1 when part of a batch failed. Usage
errors found by argparse (a missing or malformed option) are printed in the
same one-line form, with exit code 2, instead of argparse's usage block.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Sequence
from typing import NoReturn

from dyadline import __version__
from dyadline.errors import DyadlineError

EXIT_ERROR = 2
EXIT_PARTIAL = 1


class Parser(argparse.ArgumentParser):
    """argparse, with its errors as one ``dyadline: <input>: <problem> (<fix>)`` line.

    Subcommand parsers are built with the parent's class, so every command gets it.
    """

    def error(self, message: str) -> NoReturn:
        command = self.prog.removeprefix("dyadline").strip()
        fix = f"see dyadline {command} --help" if command else "see dyadline --help"
        m = re.match(r"argument ([^:]+): (.*)", message, re.DOTALL)
        subject, problem = (m.group(1), m.group(2)) if m else (self.prog, message)
        subject = subject.split("/")[-1]  # "-o/--output" -> "--output"
        line = f"dyadline: {subject}: {problem}"
        if not problem.rstrip().endswith(")"):
            line += f" ({fix})"
        self.exit(EXIT_ERROR, line + "\n")


def build_parser() -> argparse.ArgumentParser:
    from dyadline.cli import analysis, codebook, core, evaluate

    parser: argparse.ArgumentParser = Parser(
        prog="dyadline",
        description="Source-grounded political event data from texts about relations "
        "between states.",
    )
    parser.add_argument("--version", action="version", version=f"dyadline {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    core.register(sub)
    analysis.register(sub)
    evaluate.register(sub)
    codebook.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the dyadline CLI; returns the exit code."""
    parser = build_parser()
    try:
        try:
            args = parser.parse_args(argv)
        except SystemExit as done:  # --help, --version, or a usage error already printed
            return done.code if isinstance(done.code, int) else EXIT_ERROR
        func = getattr(args, "func", None)
        if func is None:
            parser.print_help(sys.stderr)
            return EXIT_ERROR
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


__all__ = ["Parser", "build_parser", "main"]
