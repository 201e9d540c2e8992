"""Named episodes: wars, operations, ceasefires a text names instead of giving a date.

Reads ``codebooks/episodes.tsv`` (key, name, kind, aliases, start, end, note) or a
user's file of the same form. Adds nothing to documents itself: ``dyadline.coder.time``
uses ``find_episodes`` to turn "the 2020 war" or "the 1994 ceasefire" into a
``DateSpan``. The aliases are compiled once into one regular expression with a
named group per episode, so a sentence is scanned in a single pass.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache

from dyadline.codebook import read_tsv
from dyadline.errors import CodebookError
from dyadline.model import DateSpan

DASH = "[-–—\\s]"
QUOTE_CLASS = '["“”]'


@dataclass(frozen=True, slots=True)
class Episode:
    """A named stretch of time from the codebook."""

    key: str
    name: str
    kind: str  # war | operation | ceasefire | clashes | event | period
    start: date
    end: date

    @property
    def span(self) -> DateSpan:
        precision = "day" if self.start == self.end else "range"
        return DateSpan(self.start.isoformat(), self.end.isoformat(), precision, self.name)


def _alias_regex(alias: str) -> str:
    """A codebook alias as a regex: spaces match whitespace runs, '-' any dash."""
    out = alias.strip().replace('["“”]', "\x00")
    out = out.replace("-", DASH).replace(" ", "\\s+").replace("\x00", QUOTE_CLASS)
    return out


def _iso(value: str, key: str, column: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise CodebookError(
            "episodes.tsv",
            f"episode {key!r} has {column} {value!r}, not an ISO date",
            "write it as YYYY-MM-DD",
        ) from exc


def episodes_from_rows(rows: Sequence[dict[str, str]]) -> tuple[list[Episode], re.Pattern[str]]:
    """Episodes and the one compiled pattern that finds any of their aliases."""
    episodes: list[Episode] = []
    parts: list[str] = []
    for row in rows:
        key = row["key"]
        ep = Episode(
            key,
            row["name"],
            row["kind"],
            _iso(row["start"], key, "start"),
            _iso(row["end"], key, "end"),
        )
        aliases = [a for a in row["aliases"].split(";") if a.strip()]
        if not aliases:
            continue
        alts = "|".join(f"(?:{_alias_regex(a)})" for a in aliases)
        parts.append(f"(?P<e{len(episodes)}>(?:the\\s+)?(?:{alts}))")
        episodes.append(ep)
    tails = _name_tails()
    # "Holocaust Remembrance Day", "the Six-Day War Museum": a name the episode begins
    tail = f"(?!{DASH}+(?:{'|'.join(tails)})\\b)" if tails else ""
    try:
        pattern = re.compile("\\b(?:" + "|".join(parts) + ")\\b" + tail, re.IGNORECASE)
    except re.error as exc:
        raise CodebookError("episodes.tsv", f"an alias is not a valid pattern ({exc})") from exc
    return episodes, pattern


@cache
def _name_tails() -> tuple[str, ...]:
    """Words that, right after an episode's name, make it part of another name
    (``time_cues.tsv`` kind ``name_tail``: "Remembrance Day", "Museum"), escaped."""
    return tuple(
        re.escape(row["cue"].strip().lower())
        for row in read_tsv("time_cues.tsv")
        if row["kind"] == "name_tail"
    )


@cache
def _packaged() -> tuple[list[Episode], re.Pattern[str]]:
    return episodes_from_rows(read_tsv("episodes.tsv"))


def episodes() -> list[Episode]:
    """All packaged episodes."""
    return list(_packaged()[0])


def by_key(key: str) -> Episode | None:
    return next((e for e in _packaged()[0] if e.key == key), None)


def find_episodes(text: str) -> Iterator[tuple[int, int, Episode]]:
    """(start, end, episode) for every alias found in ``text``, left to right."""
    eps, pattern = _packaged()
    for m in pattern.finditer(text):
        group = m.lastgroup
        if group is not None:
            yield m.start(), m.end(), eps[int(group[1:])]
