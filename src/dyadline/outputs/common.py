"""Conversions shared by the GDELT and ICEWS layouts.

Reads: parts of export records (hex ids, ISO dates, free text, country codes).
Adds: integer ids derived from dyadline's hex content ids (both layouts number
their events and stories with integers), text made safe for a tab-separated
file without quoting (tabs and line breaks become spaces, as the published
files have none), and country names from the packaged ``countries.tsv``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any, TextIO

_BREAKS = re.compile(r"[\t\r\n\v\f\x1c-\x1e\x85\u2028\u2029]+")


def int_id(hex_id: str | None) -> int | None:
    """A stable non-negative integer (below 2**60) from a dyadline hex id: its first 15
    hex digits. The same event or document always gets the same number."""
    if not hex_id:
        return None
    return int(hex_id[:15], 16)


def cell(value: Any) -> str:
    """One field of a tab-separated line: empty for None, no tab or line break inside."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return repr(value)
    return _BREAKS.sub(" ", str(value)).strip()


def write_line(out: TextIO, values: Sequence[Any]) -> None:
    out.write("\t".join(cell(v) for v in values) + "\n")


@cache
def country_names() -> dict[str, str]:
    """ISO 3166 alpha-3 code -> name, from the packaged countries codebook."""
    from dyadline.codebook import read_tsv

    return {row["country"]: row["name"] for row in read_tsv("countries.tsv")}


def country_name(code: str | None) -> str | None:
    """The name of a state's code; None for an organisation code (UNO, NAT ...) or none."""
    if not code:
        return None
    return country_names().get(code)
