"""Option types shared by the dyadline commands.

Reads: the strings a user typed for an option. Adds: checked values, so that a
bad option stops the command before any work, with one line naming the option
and the fix. The types raise ``QueryError`` (argparse lets it through to
``dyadline.cli.main``, which prints it).
"""

from __future__ import annotations

from collections.abc import Callable

from dyadline.analysis.records import actor_code_for
from dyadline.errors import QueryError


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
