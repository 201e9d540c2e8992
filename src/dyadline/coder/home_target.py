"""Home targets: the government a society's protest or complaint aims at.

Reads: the events of one sentence once ``dyadline.coder.dyads`` has given them the
targets earlier acts and the sentence's other states supply, and
``codebooks/home_targets.tsv``. Adds: to an event still without a target whose
source is a sector of a state's society that the codebook lists for the event's
CAMEO code ("students marched through the capital", "the opposition denounced the
extension"), the target of its own country's sector the row gives (its
government): the domestic dyad a careful coder codes. An event with a target, or
whose source is a state or an organ of one, is left as it is. Also gives
``dyadline.coder.coding`` the pairs of acts that name no actor at all: a crowd's
protest at a place ("thousands rallied in X": ``crowd_pairs``) and a plural act noun
as its clause's subject ("arbitrary arrests are unacceptable", "the protests
continue": ``unnamed_pairs``), the state of its place (else the story's main state)
on its people, or its people on their government.

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

__all__ = ["bare_act", "complete", "crowd_pairs", "home_target", "unnamed_pairs"]


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
    # "thousands rallied outside the Russian embassy in London": at Russia
    target = mission_owner(tok, place) or home_target(source, cameo)
    return [(source, target)] if target is not None else []


def mission_owner(tok: Token, country: str | None) -> Actor | None:
    """The state whose mission abroad the act at ``tok`` took place at, when not
    ``country`` ("demonstrated outside the Israeli embassy in Amman": Israel's
    government, not Jordan's; ``argument_words`` ``mission_prep``)."""
    from dyadline.coder.actors import actors_for
    from dyadline.coder.locations import mission_noun
    from dyadline.coder.patterns import prep_objects

    for obj in prep_objects(tok, set(argument_words("mission_prep"))):
        if not mission_noun(obj):
            continue
        for actor in actors_for(obj):
            if actor.country and actor.country != country:
                return actor
    return None


def bare_act(tok: Token, cameo: str) -> bool:
    """May the act noun at ``tok`` take ``unnamed_pairs`` (the cheap tests, read before
    its phrase is resolved): an act of a state on its people or a crowd's protest told
    by a bare plural subject?"""
    from dyadline.coder.discourse import crowd_sector, state_sector

    return _bare_plural(tok) and (
        state_sector(cameo) is not None or crowd_sector(cameo) is not None
    )


def unnamed_pairs(tok: Token, cameo: str) -> list[tuple[Actor, Actor | None]]:
    """ "Arbitrary arrests continue", "the protests go on": an act noun at ``tok`` whose
    phrase names no actor, which no earlier act explains, in a sentence that names no
    state but the one it happens in (the place of the act, else the story's main
    state): for an act a state does to its people with no doer named (``agentless.tsv``
    ``state``, with the unnamed victims of ``targetless.tsv``: "arrests") that state on
    its people; for a protest (``crowd``) its people on their government."""
    from dyadline.coder.actors import sentence_states
    from dyadline.coder.arguments import MAIN_STATE, victim_sectors
    from dyadline.coder.discourse import crowd_sector, state_sector
    from dyadline.coder.locations import location_for

    doer, crowd = state_sector(cameo), crowd_sector(cameo)
    if (doer is None and crowd is None) or not _bare_plural(tok):
        return []
    where = location_for(tok, (None, None))
    main = tok.doc.user_data.get(MAIN_STATE)
    country = where.country if where is not None else main if isinstance(main, str) else None
    if not country or any(c != country for c in sentence_states(tok.sent)):
        return []
    if crowd is not None:
        people = Actor(country + crowd, country, crowd, "", None)
        aim = home_target(people, cameo)
        return [(people, aim)] if aim is not None else []
    table = victim_sectors()
    victim = table.get(cameo[:3], table.get(cameo[:2]))
    if not victim or victim == "-" or doer is None or country in _speaker_countries(tok):
        return []
    state = Actor(country + doer, country, doer or None, "", None)
    return [(state, Actor(country + victim, country, victim, "", None))]


def _speaker_countries(tok: Token) -> set[str]:
    """The countries of whoever the act noun's clause is told by ("X said the arrests
    were unjustified", "the arrests were unjustified, X said"): a state does not judge
    its own unnamed acts, so an act it appraises is no act of its own on its people."""
    from dyadline.coder.actors import actors_for

    clause = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else tok.head.head
    tellers = [clause.head] if clause.dep_ == "ccomp" else []
    tellers += [c for c in clause.children if c.dep_ in ("ccomp", "parataxis")]
    return {
        a.country
        for v in tellers
        for s in v.children
        if s.dep_ == "nsubj"
        for a in actors_for(s)
        if a.country
    }


def _bare_plural(tok: Token) -> bool:
    """Is the act noun a plural standing on its own ("arbitrary arrests", "the
    protests"), not a singular (a kind: "pretrial detention", "a fair trial"), a
    modifier ("protest leaders"), a compound ("house arrest") or a phrase naming its
    owner or its patient ("his arrest", "arrests of journalists")?"""
    if tok.tag_ != "NNS":
        return False
    # the act is what its clause is about, as its subject ("the protests continue",
    # "arbitrary arrests are unacceptable"), not the object of another's act ("would
    # mobilize protests": the doer is that verb's subject)
    lead = tok.head if tok.dep_ == "conj" else tok
    if lead.dep_ not in ("nsubj", "nsubjpass"):
        return False
    # "proceedings and trials against journalists": a conjunct shares the first's phrases
    phrase = [tok, tok.head] if tok.dep_ == "conj" else [tok]
    return not any(c.dep_ in ("poss", "compound", "prep") for t in phrase for c in t.children)
