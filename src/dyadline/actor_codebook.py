"""The actor codebooks: who a name denotes, and which words give a sector.

Reads the packaged actor files ``codebooks/countries.tsv`` (every ISO 3166
state, generated once from pycountry), ``codebooks/actors.tsv`` (adjectives,
capitals, organisations, armed groups, blocking phrases) and
``codebooks/leaders.tsv`` (people with roles and tenures), plus any user files
in the same format; and ``codebooks/sectors.tsv`` (sector cue words). Adds
nothing to documents: ``dyadline.actors`` uses the ``Entry`` records, the alias
index and the sector cues built here.

Actor file format (TSV: ``#`` comments, one header row, tab-separated)::

    country  sector  kind  name  aliases  role  start  end

``country``  ISO 3166 alpha-3 code, or an organisation's own three-letter code
             (UNO, NAT, EUN, OSC, CST, ...), or ``-`` on a ``none`` row;
``sector``   optional CAMEO agent code the name itself implies (GOV, MIL, ...);
``kind``     state | adjective | capital | person | org | group | none
             (``none``: a phrase that contains an actor's name but is not an
             actor, e.g. "Persian Gulf"; it wins as the longer match, then is
             dropped);
``name``     canonical name (``Actor.name``);
``aliases``  ``|``-separated phrases to find in texts (``name`` when empty);
             all-capital aliases ("US", "UN", "IRGC") match case-sensitively,
             the others case-insensitively but only where the text has a
             capital letter in the match ("Turkey", not "turkey");
``role``     free text (a person's office);
``start``/``end``  tenure of a person in that role (YYYY, YYYY-MM or
             YYYY-MM-DD; an empty end means still in office).

A user's rows come before the packaged ones, so a user's alias that is also a
packaged alias wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from dyadline.codebook import read_tsv, read_user_tsv
from dyadline.errors import CodebookError
from dyadline.model import Actor

KINDS = ("state", "adjective", "capital", "person", "org", "group", "none")
COLUMNS = ("country", "sector", "kind", "name", "aliases", "role", "start", "end")
PACKAGED = ("countries.tsv", "actors.tsv", "leaders.tsv")
NO_SECTOR = "-"  # sector cue that carries no sector of its own
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _pad(date: str, fill: str) -> str:
    """``1993-06`` -> ``1993-06-00`` (start) or ``1993-06-99`` (end): ISO strings compare."""
    parts = date.split("-")
    parts += [fill] * (3 - len(parts))
    return "-".join(parts)


def day(date: str) -> str:
    """A query date at day precision: its first day ("2014" -> "2014-01-01")."""
    parts = date[:10].split("-")
    parts += ["01"] * (3 - len(parts))
    return "-".join(parts)


@dataclass(frozen=True, slots=True)
class Entry:
    """One row of an actor file: what an alias denotes, and when (for people)."""

    country: str
    sector: str | None
    kind: str
    name: str
    role: str = ""
    start: str | None = None  # padded, comparable with ``day()``
    end: str | None = None
    order: int = 0  # file order: earlier rows win ties

    @property
    def code(self) -> str:
        return self.country + (self.sector or "")

    def covers(self, date: str) -> bool:
        return (self.start is None or self.start <= date) and (self.end is None or date <= self.end)

    def actor(self, text: str, sector: str | None = None) -> Actor:
        """The coded actor; ``sector`` overrides the entry's own sector when given."""
        return self.country_actor(text, sector if sector is not None else self.sector)

    def country_actor(self, text: str, sector: str | None) -> Actor:
        """The actor with exactly ``sector`` (None: the country alone)."""
        return Actor(
            code=self.country + (sector or ""),
            country=self.country,
            sector=sector,
            text=text,
            name=self.name,
        )


def _entries(rows: Iterable[dict[str, str]], origin: str, first: int) -> list[tuple[str, Entry]]:
    out: list[tuple[str, Entry]] = []
    for n, row in enumerate(rows, start=first):
        missing = [c for c in ("country", "kind", "name", "aliases") if c not in row]
        if missing:
            raise CodebookError(
                origin,
                f"the header lacks the column(s) {', '.join(missing)}",
                f"use the header: {chr(9).join(COLUMNS)}",
            )
        kind = row["kind"]
        if kind not in KINDS:
            raise CodebookError(
                origin,
                f"unknown kind {kind!r} for {row['name']!r}",
                f"use one of {', '.join(KINDS)}",
            )
        country = row["country"]
        if not country or (kind != "none" and not country.isalpha()):
            raise CodebookError(
                origin,
                f"row for {row['name']!r} has no valid country code",
                "give an ISO-3 or organisation code",
            )
        start, end = row.get("start", ""), row.get("end", "")
        for value in (start, end):
            if value and not _DATE.match(value):
                raise CodebookError(
                    origin,
                    f"bad date {value!r} for {row['name']!r}",
                    "write YYYY, YYYY-MM or YYYY-MM-DD",
                )
        entry = Entry(
            country=country.upper(),
            sector=(row.get("sector") or "").upper() or None,
            kind=kind,
            name=row["name"],
            role=row.get("role", ""),
            start=_pad(start, "00") if start else None,
            end=_pad(end, "99") if end else None,
            order=n,
        )
        aliases = [a.strip() for a in (row["aliases"] or row["name"]).split("|") if a.strip()]
        out.extend((alias, entry) for alias in aliases)
    return out


def case_sensitive(alias: str) -> bool:
    """Short all-capital aliases ("US", "U.S.", "IRGC") are matched exactly."""
    return alias == alias.upper() and any(ch.isalpha() for ch in alias)


def alias_key(alias: str) -> str:
    """Index key of an alias: exact for case-sensitive aliases, else lower case."""
    return "=" + alias if case_sensitive(alias) else alias.lower()


def load_index(user_files: Iterable[str] = ()) -> dict[str, list[Entry]]:
    """Alias key -> entries it may denote (user files first, then the packaged ones)."""
    pairs: list[tuple[str, Entry]] = []
    for path in user_files:
        pairs += _entries(read_user_tsv(path), str(path), len(pairs))
    for name in PACKAGED:
        pairs += _entries(read_tsv(name), name, len(pairs))
    index: dict[str, list[Entry]] = {}
    for alias, entry in pairs:
        bucket = index.setdefault(alias_key(alias), [])
        if entry not in bucket:
            bucket.append(entry)
    return index


@cache
def state_codes() -> frozenset[str]:
    """Codes of states (not organisations): every country of the packaged state rows."""
    return frozenset(
        r["country"]
        for name in PACKAGED
        for r in read_tsv(name)
        if r["kind"] in ("state", "adjective")
    )


def resolve(entries: Iterable[Entry], date: str | None = None) -> Entry:
    """The entry an alias denotes: a person by tenure on ``date``, else the current holder.

    Among people sharing an alias ("Aliyev"), the one in office on ``date``
    wins; without a date (or when none was in office), the one still in office,
    else the one whose term ended last. Of that person's rows the earliest in
    file order is taken (heads of state and government come first).
    """
    items = list(entries)
    people = [e for e in items if e.kind == "person"]
    if not people:
        return items[0]
    if date:
        d = day(date)
        covering = [e for e in people if e.covers(d)]
        if covering:
            return min(covering, key=lambda e: e.order)
    current = [e for e in people if e.end is None]
    if current:
        name = min(current, key=lambda e: e.order).name
    else:
        name = max(people, key=lambda e: (e.end or "", -e.order)).name
    return min((e for e in people if e.name == name), key=lambda e: e.order)


@dataclass(frozen=True, slots=True)
class Cue:
    """A sector cue: its words, its sector (None for "-"), the prepositions giving a
    country, and whether it stands alone without a country or never names an actor."""

    words: tuple[str, ...]
    sector: str | None
    preps: frozenset[str]
    use: str = "-"  # "-" | "alone" (may stand without a country) | "never" (no actor)


@cache
def sector_cues() -> dict[tuple[str, ...], Cue]:
    """Cue words (lower case, as a tuple) -> Cue, from ``sectors.tsv``."""
    cues: dict[tuple[str, ...], Cue] = {}
    for row in read_tsv("sectors.tsv"):
        words = tuple(row["cue"].lower().split())
        sector = None if row["sector"] == NO_SECTOR else row["sector"]
        preps = frozenset(p for p in row["preps"].split("|") if p and p != "-")
        use = row.get("use") or "-"
        if use not in ("-", "alone", "never"):
            raise CodebookError(
                "sectors.tsv", f"cue {row['cue']!r} has the use {use!r}", "use -, alone or never"
            )
        cues[words] = Cue(words, sector, preps, use)
    return cues


@cache
def longest_cue() -> int:
    return max(len(w) for w in sector_cues())
