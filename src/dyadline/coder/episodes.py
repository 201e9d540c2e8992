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


#: alias characters whose meaning the word gate does not read (it then gates nothing)
_OPAQUE = frozenset("\\.^$*+{}")
_SEPARATORS = frozenset(" -")  # become whitespace or a dash: never a word character


def _closing(alias: str, i: int) -> int:
    """The index of the parenthesis closing the one opened at ``i``, or -1."""
    depth = 0
    for j in range(i, len(alias)):
        depth += {"(": 1, ")": -1}.get(alias[j], 0)
        if depth == 0:
            return j
    return -1


def _alternatives(content: str) -> list[str]:
    """``content`` split at the "|" outside its own parentheses."""
    out, depth, start = [], 0, 0
    for j, ch in enumerate(content):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if ch == "|" and depth == 0:
            out.append(content[start:j])
            start = j + 1
    return [*out, content[start:]]


def _required(alias: str) -> tuple[list[str], bool] | None:
    """Words one of which every match of ``alias`` contains, and whether that word
    stands between word boundaries in the text: a run of letters and digits outside
    parentheses (not made optional by "?"), or one word of each branch of a group
    that is not optional, the choice whose shortest word is longest. None when there
    is none, or the alias uses syntax this reading does not follow."""
    if any(ch in _OPAQUE for ch in alias):
        return None
    choices: list[tuple[list[str], bool]] = []
    i, n = 0, len(alias)
    while i < n:
        ch = alias[i]
        if ch in "|)":
            return None  # a bare alternation (no word is required) or an unbalanced group
        if ch == "[":
            close = alias.find("]", i)
            if close < 0:
                return None
            i = close + 1
        elif ch == "(":
            close = _closing(alias, i)
            if close < 0:
                return None
            if alias[close + 1 : close + 2] != "?":
                branches = [_required(b) for b in _alternatives(alias[i + 1 : close])]
                if all(b is not None for b in branches):
                    choices.append(([w for b in branches if b for w in b[0]], False))
            i = close + 1
        elif ch.isalnum():
            j = i
            while j < n and alias[j].isalnum():
                j += 1
            run, optional_last = alias[i:j], alias[j : j + 1] == "?"
            if optional_last:
                run = run[:-1]  # "cease-?fire": the character before "?" may be absent
            left = i == 0 or alias[i - 1] in _SEPARATORS
            right = not optional_last and (
                j == n or (alias[j] in _SEPARATORS and alias[j + 1 : j + 2] != "?")
            )
            if run:
                choices.append(([run], left and right))
            i = j
        else:
            i += 1
    if not choices:
        return None
    return max(choices, key=lambda c: (min(len(w) for w in c[0]), c[1]))


def episode_gate(rows: Sequence[dict[str, str]]) -> re.Pattern[str] | None:
    """A quick test that a text may hold an alias of ``rows`` (``episodes_from_rows``):
    a search, with the pattern's flags, for words one of which each alias needs. A
    text it does not find holds no alias, so the full pattern need not run on it (the
    pattern tries every alias at every word). None when some alias needs no word
    this can tell: every text is then scanned."""
    parts: set[str] = set()
    for row in rows:
        for alias in row["aliases"].split(";"):
            if not alias.strip():
                continue
            found = _required(alias.strip())
            if found is None:
                return None
            words, bounded = found
            edge = "\\b" if bounded else ""
            parts.update(f"{edge}{re.escape(w)}{edge}" for w in words)
    if not parts:
        return None
    return re.compile("|".join(sorted(parts)), re.IGNORECASE)


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


@cache
def packaged_gate() -> re.Pattern[str] | None:
    """``episode_gate`` of the packaged episodes (the pattern of ``_packaged``)."""
    return episode_gate(read_tsv("episodes.tsv"))


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
