"""Access to the knowledge files under ``dyadline/codebooks/``.

Reads TSV files (``#`` comments, a header row, tab-separated columns) shipped
in the package with ``importlib.resources``, or a user's own file given by
path. Adds nothing to documents; every stage that needs knowledge (actors,
CAMEO codes, verb patterns, episodes) loads it from here. Rows come with their
line in the file (``numbered_rows``), so a bad row is named ``FILE:LINE``; a
user's PETRARCH-2 dictionary is converted to rows on reading
(``dyadline.petrarch_dict``).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from functools import cache
from importlib import resources
from pathlib import Path

from dyadline.errors import CodebookError, read_utf8


def packaged_text(name: str) -> str:
    """The text of a packaged codebook file, e.g. ``packaged_text("cameo.tsv")``."""
    try:
        return resources.files("dyadline").joinpath("codebooks", name).read_text("utf-8")
    except FileNotFoundError as exc:
        raise CodebookError(
            name, "packaged codebook file is missing", "reinstall dyadline"
        ) from exc


def numbered_rows(text: str, origin: str) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number in the file, row) of a TSV codebook text; a row without every
    column of the header raises ``CodebookError`` naming ``origin:line``."""
    lines = [
        (n, ln)
        for n, ln in enumerate(text.splitlines(), start=1)
        if ln.strip() and not ln.lstrip().startswith("#")
    ]
    if not lines:
        return
    reader = csv.reader((ln for _, ln in lines), delimiter="\t", quoting=csv.QUOTE_NONE)
    header = [h.strip() for h in next(reader)]
    for (lineno, _), values in zip(lines[1:], reader, strict=True):
        if len(values) != len(header):
            raise CodebookError(
                f"{origin}:{lineno}",
                f"row does not have the {len(header)} tab-separated columns {', '.join(header)}",
                "fix the row or remove it",
            )
        yield lineno, {k: v.strip() for k, v in zip(header, values, strict=True)}


def _rows(text: str, origin: str) -> Iterator[dict[str, str]]:
    for _, row in numbered_rows(text, origin):
        yield row


@cache
def read_tsv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a packaged TSV codebook as dicts keyed by its header (cached)."""
    return tuple(_rows(packaged_text(name), name))


def read_user_tsv(path: str | Path) -> list[dict[str, str]]:
    """Rows of a user's own codebook file (TSV, or a PETRARCH-2 dictionary converted)."""
    return [row for _, row in read_user_tsv_numbered(path)]


@cache
def read_tsv_numbered(name: str) -> tuple[tuple[int, dict[str, str]], ...]:
    """(line number, row) of a packaged TSV codebook (cached), for messages naming the line."""
    return tuple(numbered_rows(packaged_text(name), name))


def read_user_tsv_numbered(path: str | Path) -> list[tuple[int, dict[str, str]]]:
    """(line number, row) of a user's codebook file. A PETRARCH-2 dictionary (verb
    patterns or actors, told apart by content) is converted to dyadline's rows
    (``dyadline.petrarch_dict``), each numbered by the line it comes from."""
    from dyadline.petrarch_dict import converted_rows

    p = Path(path)
    text = read_utf8(p, CodebookError, "codebook")
    converted = converted_rows(text, str(p))
    if converted is not None:
        return converted
    return list(numbered_rows(text, str(p)))
