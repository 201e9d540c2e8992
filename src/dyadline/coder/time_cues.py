"""The cue words of the time pass: what starts or ends an episode, what numbers a stage.

Reads ``codebooks/time_cues.tsv`` (cue, kind, value) or rows of the same form.
Adds nothing to documents: ``dyadline.coder.time`` asks ``time_cues()`` for the
compiled start and end cues ("began", "broke out", "ended", "lasted until"), the
stage numbers ("second", "two", "2") and the words that open a clause of another
time ("before", "after") and the words that tell a clause ahead ("would", "due
to") and the prepositions of an earlier act ("for", "over"), the nouns of a time
limit ("deadline"), the adverbs of an unstated earlier time ("recently") and the
determiners of an act named again ("the attack").
A bad row (an unknown kind, a stage without a number 1-9, a start or end cue
with a value, a cue that is not lower-case words, a cue listed twice for one
kind or as both start and end) raises ``CodebookError`` naming file and line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from dyadline.codebook import read_tsv_numbered
from dyadline.errors import CodebookError

FILE = "time_cues.tsv"
KINDS = (
    "start",
    "end",
    "stage",
    "other_time",
    "concessive",
    "ahead",
    "anterior",
    "name_tail",
    "deadline",
    "indefinite",
    "re_mention",
)
_ARTICLE = {"start": "a", "end": "an"}
_CUE = re.compile(r"^[a-z0-9]+(?: [a-z0-9]+)*$")


@dataclass(frozen=True, slots=True)
class TimeCues:
    """Compiled cues: ``start`` / ``end`` match a cue word anywhere in a text;
    ``stages`` maps a number word to its stage; ``other_time`` holds the words that
    open a clause of another time than its host's ("before", "after"); ``ahead`` the
    auxiliaries and control words that tell a clause ahead of its telling ("would",
    "due to", "set to"), whose date is no narrative time; ``anterior`` the prepositions
    whose gerund or noun tells an act done before the clause it hangs on ("arrested
    for insulting", "sentenced over the killing") or whose clause does ("after
    they were displaced"); ``concessive`` the words that open a clause of a fact of
    its own time ("although", "though"): it neither dates nor is dated by its host;
    ``deadline`` the nouns whose day is a time limit ("the deadline of June 30"):
    a year-less day of one is read to the nearest such day, and it is no time of
    the acts told with it; ``indefinite`` the adverbs of an unstated earlier time
    ("recently visited"): the act takes neither narrative time nor the story's day;
    ``re_mention`` the determiners that make an act's noun name an act told before
    ("the attack", "this bombing"): with no date of its own it takes that act's."""

    start: re.Pattern[str]
    end: re.Pattern[str]
    stages: dict[str, int]
    other_time: frozenset[str]
    ahead: frozenset[str] = frozenset()
    anterior: frozenset[str] = frozenset()
    concessive: frozenset[str] = frozenset()
    deadline: frozenset[str] = frozenset()
    indefinite: frozenset[str] = frozenset()
    re_mention: frozenset[str] = frozenset()


def _pattern(cues: list[str]) -> re.Pattern[str]:
    if not cues:
        return re.compile(r"(?!)")  # matches nothing
    words = sorted(cues, key=len, reverse=True)
    alts = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in words)
    return re.compile(rf"\b(?:{alts})\b", re.IGNORECASE)


def cues_from_rows(rows: Iterable[tuple[int, dict[str, str]]], origin: str = FILE) -> TimeCues:
    """Validated cues from (line, row) pairs; a bad row names ``origin:line``."""
    by_kind: dict[str, dict[str, int]] = {kind: {} for kind in KINDS}
    stages: dict[str, int] = {}
    for lineno, row in rows:
        where = f"{origin}:{lineno}"
        cue, kind, value = row["cue"], row["kind"], row["value"]
        if kind not in KINDS:
            raise CodebookError(where, f"unknown kind {kind!r}", f"use one of {', '.join(KINDS)}")
        if not _CUE.match(cue):
            raise CodebookError(
                where, f"cue {cue!r} is not lower-case words", "write it in lower case"
            )
        if cue in by_kind[kind]:
            raise CodebookError(
                where,
                f"cue {cue!r} is already a {kind} cue (line {by_kind[kind][cue]})",
                "list each cue once per kind",
            )
        other = {"start": "end", "end": "start"}.get(kind)
        if other is not None and cue in by_kind[other]:
            raise CodebookError(
                where,
                f"cue {cue!r} is also {_ARTICLE[other]} {other} cue (line {by_kind[other][cue]})",
                "a cue cannot both start and end: keep one of the two rows",
            )
        if kind == "stage":
            if not (value.isdigit() and 1 <= int(value) <= 9):
                raise CodebookError(
                    where, f"stage cue {cue!r} has value {value!r}", "give the stage's number 1-9"
                )
            stages[cue] = int(value)
        elif value != "-":
            raise CodebookError(
                where, f"{kind} cue {cue!r} has value {value!r}", 'write "-" as its value'
            )
        by_kind[kind][cue] = lineno
    return TimeCues(
        _pattern(list(by_kind["start"])),
        _pattern(list(by_kind["end"])),
        stages,
        frozenset(by_kind["other_time"]),
        frozenset(by_kind["ahead"]),
        frozenset(by_kind["anterior"]),
        frozenset(by_kind["concessive"]),
        frozenset(by_kind["deadline"]),
        frozenset(by_kind["indefinite"]),
        frozenset(by_kind["re_mention"]),
    )


@cache
def time_cues() -> TimeCues:
    """The packaged cues (loaded and validated once)."""
    return cues_from_rows(read_tsv_numbered(FILE), FILE)


__all__ = ["TimeCues", "cues_from_rows", "time_cues"]
