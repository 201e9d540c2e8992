"""Home targets: the government a society's protest or complaint aims at.

Reads: the events of one sentence once ``dyadline.coder.dyads`` has given them the
targets earlier acts and the sentence's other states supply, and
``codebooks/home_targets.tsv``. Adds: to an event still without a target whose
source is a sector of a state's society that the codebook lists for the event's
CAMEO code ("students marched through the capital", "the opposition denounced the
extension"), the target of its own country's sector the row gives (its
government): the domestic dyad a careful coder codes. An event with a target, or
whose source is a state or an organ of one, is left as it is.

Hand-written: a coding convention of domestic event data, not anything a library
provides.
"""

from __future__ import annotations

import dataclasses
from functools import cache

from spacy.tokens import Doc, Token

from dyadline.codebook import read_tsv
from dyadline.coder.patterns import argument_words
from dyadline.errors import CodebookError
from dyadline.model import Actor, Event

__all__ = ["complete", "crowd_pairs", "home_target"]


AFTER = frozenset({"any", "thing"})


@cache
def _rows() -> tuple[tuple[str, frozenset[str], str, str], ...]:
    """(CAMEO prefix, source sectors, target sector, after) rows, longest prefix first."""
    rows = []
    for row in read_tsv("home_targets.tsv"):
        if row["after"] not in AFTER:
            raise CodebookError(
                "home_targets.tsv",
                f"code {row['code']!r} has the after value {row['after']!r}",
                "use any or thing",
            )
        sectors = frozenset(s.strip() for s in row["sources"].split("|"))
        rows.append((row["code"], sectors, row["target"], row["after"]))
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def home_target(source: Actor, cameo: str, *, thing: bool = True) -> Actor | None:
    """The actor of ``source``'s own country that an act of ``cameo`` with no target
    aims at (``home_targets.tsv``), or None; ``thing``: the act's object is a thing
    (or none), not an act whose doer is unknown (only rows with ``after`` "any")."""
    if not source.country or not source.sector:
        return None
    for code, sectors, target, after in _rows():
        if cameo.startswith(code):
            if source.sector not in sectors or source.sector == target:
                return None
            if not thing and after != "any":
                return None
            return Actor(source.country + target, source.country, target, "", None)
    return None


def complete(events: list[Event], doc: Doc) -> list[Event]:
    """The events with the home target given to those without a target that take one.
    A targetless act left may act on an act no sentence told the doer of ("condemned
    the decision", "condemned the attack"): the rows with ``after`` "thing" stand only
    where that act is none of violence (``discourse.HOSTILE``), whose doer may be anyone."""
    out: list[Event] = []
    for ev in events:
        if ev.target is None:
            t = home_target(ev.source, ev.cameo, thing=_no_violence(ev, doc))
            if t is not None:
                ev = dataclasses.replace(ev, target=t)
        out.append(ev)
    return out


def _no_violence(ev: Event, doc: Doc) -> bool:
    """Is the act the event's trigger acts on, if any, no act of violence?"""
    # (imported here: dyadline.coder.discourse imports dyadline.coder.arguments, which
    # imports this module)
    from dyadline.coder.discourse import HOSTILE, act_noun, act_roots

    if ev.trigger_token < 0:
        return False
    noun = act_noun(doc[ev.trigger_token])
    return noun is None or not (act_roots(noun) & HOSTILE)


def crowd_pairs(tok: Token, cameo: str, place: str | None) -> list[tuple[Actor, Actor | None]]:
    """ "Thousands rallied in X": a protest of ``cameo`` at ``tok`` that names no doer
    and no target is the people of its ``place`` (``discourse.crowd_sector``) against
    their own government, where it names nothing it is about either ("a rally against
    the war", "a strike over wages": no evident target; ``argument_words``
    ``protest_object_prep``)."""
    from dyadline.coder.discourse import crowd_sector

    sector = crowd_sector(cameo)
    if not place or sector is None:
        return []
    about = argument_words("protest_object_prep")
    if any(c.dep_ == "prep" and c.lower_ in about for c in tok.children):
        return []
    source = Actor(place + sector, place, sector, "", None)
    target = home_target(source, cameo)
    return [(source, target)] if target is not None else []
