"""The ICEWS event file layout (``dyadline export --format icews``).

Reads: export records. Adds: a header row and one line per event in the
tab-separated columns of the published ICEWS coded-event files, in their
order (``Event ID`` ... ``Longitude``, District and Province included), so
scripts written for ICEWS read the file by name
(``pandas.read_csv(f, sep="\\t", dtype={"CAMEO Code": str})``). ICEWS names
countries in words: the names come from the packaged ``countries.tsv``.
ICEWS numbers events and stories with integers: ``Event ID`` and ``Story ID``
are derived from dyadline's hex ``event_id`` and ``doc_id``. Columns dyadline
has no meaning for are left empty; ``docs/exports.md`` says which and why.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TextIO

from dyadline.outputs.common import country_name, int_id, write_line

#: The ICEWS event file's columns, in the published order.
COLUMNS: tuple[str, ...] = (
    "Event ID",
    "Event Date",
    "Source Name",
    "Source Sectors",
    "Source Country",
    "Event Text",
    "CAMEO Code",
    "Intensity",
    "Target Name",
    "Target Sectors",
    "Target Country",
    "Story ID",
    "Sentence Number",
    "Publisher",
    "City",
    "District",
    "Province",
    "Country",
    "Latitude",
    "Longitude",
)


def _actor(actor: dict[str, Any] | None, side: str) -> dict[str, Any]:
    if not actor:
        return {}
    return {
        f"{side} Name": actor.get("name") or actor.get("text") or actor.get("code"),
        # ICEWS writes its own sector names; dyadline writes the CAMEO agent code
        f"{side} Sectors": actor.get("sector"),
        f"{side} Country": country_name(actor.get("country")),
    }


def row(rec: dict[str, Any]) -> dict[str, Any]:
    """The ICEWS columns dyadline fills for one export record (the rest stay empty)."""
    location = rec.get("location") or {}
    index = rec.get("sentence_index")
    out: dict[str, Any] = {
        "Event ID": int_id(rec.get("event_id")),
        "Event Date": (rec.get("date") or {}).get("start"),
        **_actor(rec.get("source"), "Source"),
        "Event Text": rec.get("cameo_label"),
        "CAMEO Code": rec.get("cameo"),
        "Intensity": rec.get("goldstein"),
        **_actor(rec.get("target"), "Target"),
        "Story ID": int_id(rec.get("doc_id")),
        "Sentence Number": index + 1 if isinstance(index, int) else None,  # ICEWS counts from 1
    }
    if location:
        country = country_name(location.get("country"))
        text = location.get("text")
        out["Country"] = country
        # a place that is not the country itself is the nearest thing to ICEWS's City
        out["City"] = text if text and text != country else None
        out["Latitude"] = location.get("lat")
        out["Longitude"] = location.get("lon")
    return out


def write(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    """Write the header and ``records`` as ICEWS event lines; returns the event count."""
    write_line(out, COLUMNS)
    count = 0
    for rec in records:
        values = row(rec)
        write_line(out, [values.get(column) for column in COLUMNS])
        count += 1
    return count
