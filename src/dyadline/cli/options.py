"""Option types shared by the dyadline commands.

Reads: the strings a user typed for an option. Adds: checked values, so that a
bad option stops the command before any work, with one line naming the option
and the fix. The types raise ``QueryError`` (argparse lets it through to
``dyadline.cli.main``, which prints it).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from dyadline.analysis.records import actor_code_for
from dyadline.errors import QueryError

if TYPE_CHECKING:
    from dyadline.read.corpus import CorpusFields


def positive_int(option: str) -> Callable[[str], int]:
    """An argparse ``type`` accepting whole numbers of 1 or more for ``option``."""

    def convert(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise QueryError(option, f"{text!r} is not a whole number", "give 1 or more") from None
        if value < 1:
            raise QueryError(option, f"{text!r} is less than 1", "give 1 or more")
        return value

    return convert


def actor(text: str) -> str:
    """An argparse ``type`` for actor options: a code in any case, or a country name."""
    return actor_code_for(text)


_FIELD_ROLES = ("text", "id", "title", "date", "url")


def add_corpus_field_arguments(parser: argparse.ArgumentParser) -> None:
    """``--text-field`` ... ``--url-field``: the fields of a corpus file's rows."""
    from dyadline.read.corpus import COMMON_NAMES

    for role in _FIELD_ROLES:
        parser.add_argument(
            f"--{role}-field",
            dest=f"{role}_field",
            metavar="NAME",
            help=f"corpus field holding the {role} (default: {'/'.join(COMMON_NAMES[role])})",
        )


def corpus_fields(args: argparse.Namespace) -> CorpusFields | None:
    """The field names given with ``add_corpus_field_arguments``; None if none."""
    from dyadline.read.corpus import CorpusFields

    given = {role: getattr(args, f"{role}_field", None) for role in _FIELD_ROLES}
    return CorpusFields(**given) if any(given.values()) else None
