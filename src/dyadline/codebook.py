"""Access to the knowledge files under ``dyadline/codebooks/``.

Reads TSV files (``#`` comments, a header row, tab-separated columns) shipped
in the package with ``importlib.resources``, or a user's own file given by
path. Adds nothing to documents; every stage that needs knowledge (actors,
CAMEO codes, verb patterns, episodes) loads it from here.
"""

from __future__ import annotations

import csv
import io
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


def _rows(text: str, origin: str) -> Iterator[dict[str, str]]:
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    if not lines:
        return
    reader = csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t", quoting=csv.QUOTE_NONE)
    in_header = True
    try:
        header = reader.fieldnames or []
        in_header = False
        rows = list(reader)
    except csv.Error as exc:  # e.g. a field over csv.field_size_limit() (128 KB)
        kept = [
            i
            for i, ln in enumerate(text.splitlines(), 1)
            if ln.strip() and not ln.lstrip().startswith("#")
        ]
        at = kept[0] if in_header else kept[min(reader.line_num + 1, len(kept)) - 1]
        raise CodebookError(
            f"{origin}:{at}", f"malformed row ({exc})", "fix the row or remove it"
        ) from exc
    for lineno, row in enumerate(rows, start=2):
        if None in row or any(v is None for v in row.values()):
            raise CodebookError(
                origin,
                f"row {lineno} does not have the {len(header)} tab-separated columns "
                f"{', '.join(header)}",
                "fix the row or remove it",
            )
        yield {k: (v or "").strip() for k, v in row.items()}


@cache
def read_tsv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a packaged TSV codebook as dicts keyed by its header (cached)."""
    return tuple(_rows(packaged_text(name), name))


def read_user_tsv(path: str | Path) -> list[dict[str, str]]:
    """Rows of a user's own TSV codebook file."""
    p = Path(path)
    return list(_rows(read_utf8(p, CodebookError, "codebook"), str(p)))
