"""The story's doer: who did an agentless act of repression in a story about one state.

Reads: the discourse memory of a document (``dyadline.coder.discourse.Memory``, its
``story`` list: every act with a target told so far, however long ago), the
act's CAMEO code, the victims the sentence names (resolved by the caller), the
place of the act and the states the sentence names, and ``codebooks/story_doers.tsv``
(for which acts, with which family of earlier acts as evidence). Gives the
(source, target) pairs of an agentless act whose doer neither its sentence nor the
last two name (``discourse.agent_pairs`` found none): "Police in X detained
hundreds of protesters. ... More people were arrested on Monday", "... a curfew was
imposed in the capital", "the killing of protesters is unacceptable".

The doer is the state organ (government, army, police: a sector apart from the
people's, ``domestic.tsv``) that earlier in the story did an act of the family to
people of its own country; with evidence for one state only (or for the state the
victims, the place or the sentence name), and no other state named in the
sentence. Violence goes to it only when the sentence names victims of its people
and the story tells of no second armed side in that state (an armed group's hostile
act, or a hostile act on the state's own forces): "militants attacked a village.
... the army shelled their camp ... five civilians were killed" has two sides.

Hand-written: a coder's reading of a story, not something a library gives; the
acts and their families are data.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from dyadline.codebook import read_tsv
from dyadline.coder.arguments import armed_sectors, society_sectors
from dyadline.coder.discourse import Memory
from dyadline.coder.patterns import argument_words
from dyadline.model import Actor

__all__ = ["story_pairs"]

HOSTILE = frozenset({"18", "19", "20"})


@cache
def _rows() -> dict[str, tuple[frozenset[str], str, str]]:
    """CAMEO root or code -> (family roots, victim rule, armed rule)."""
    return {
        row["root"]: (frozenset(row["family"].split(",")), row["victim"], row["armed"])
        for row in read_tsv("story_doers.tsv")
    }


def _rule(cameo: str) -> tuple[frozenset[str], str, str] | None:
    table = _rows()
    return next((table[k] for k in (cameo[:4], cameo[:3], cameo[:2]) if k in table), None)


def _state_organ(a: Actor) -> bool:
    """Is ``a`` a state or one of its organs (no sector of the people or of an
    armed group)?"""
    return bool(a.country) and a.sector not in society_sectors()


def _new_act(tok: Token, victims: list[Actor]) -> bool:
    """Does the trigger tell a new act, not one known or a kind? A verb does; an act
    noun does as a plural ("arbitrary arrests", "the detentions go on") or with its
    victims after it ("the killing of protesters"), not as a modifier ("arrest
    warrants"), with an owner ("his client's arrest": one told before) or alone
    ("pretrial detention", "persecution": a kind); no act a clause asks about ("why
    they were held")."""
    if any(c.lower_ in argument_words("story_known_wh") for c in tok.children):
        return False  # "asked why the reporters were held": the act is known
    if tok.pos_ not in ("NOUN", "PROPN"):
        return True
    if tok.dep_ == "compound" or any(c.dep_ in ("poss", "compound") for c in tok.children):
        return False
    if tok.tag_ == "NNS":
        return True
    preps = argument_words("story_victim_prep")
    return bool(victims) and any(c.dep_ == "prep" and c.lower_ in preps for c in tok.children)


def story_pairs(
    tok: Token,
    memory: Memory,
    cameo: str,
    victims: list[Actor],
    place: str | None,
    named: frozenset[str],
) -> list[tuple[Actor, Actor | None]]:
    """(doer, victim) pairs for an agentless act of ``cameo`` at ``tok`` whose doer the last
    sentences do not name: the story's doer of the act's family at home (see the
    module's docstring); [] when the story gives no such doer, or gives one for
    several states, or the sentence names a victim of another state, a place in
    another state or another state."""
    rule = _rule(cameo)
    if rule is None or not _new_act(tok, victims):
        return []
    family, victim_rule, armed_rule = rule
    society = society_sectors() - armed_sectors()  # the people, not armed groups
    home = [
        a
        for a in memory.story
        if a.cameo[:2] in family
        and a.target is not None
        and _state_organ(a.source)
        and a.target.country == a.source.country
        and a.target.sector in society
    ]
    if not home:
        return []
    countries = {a.source.country for a in home if a.source.country}
    wanted = {v.country for v in victims if v.country} | ({place} if place else set())
    if len(wanted) > 1:
        return []
    country = next(iter(wanted)) if wanted else None
    if country is None:
        if len(countries) != 1:
            return []
        country = next(iter(countries))
    if country not in countries or not named <= {country}:
        return []
    if any(v.country != country or v.sector not in society for v in victims):
        return []  # "a foreign reporter was held" / "soldiers were killed": not at home
    if armed_rule == "no" and _two_sides(memory, country):
        return []
    acts = [a for a in home if a.source.country == country]
    doer = acts[-1].source
    if victims:
        return [(doer, v) for v in victims]
    if victim_rule != "usual" or cameo[:2] in HOSTILE:
        return []
    # "someone was detained": of the people the doer's latest act of the family hit
    return [(doer, acts[-1].target)]


def _two_sides(memory: Memory, country: str) -> bool:
    """Does the story tell of a second armed side in ``country``: a hostile act by an
    armed group of it, or one on its state's own forces?"""
    armed = armed_sectors()
    society = society_sectors()
    for a in memory.story:
        if a.cameo[:2] not in HOSTILE:
            continue
        if a.source.country == country and a.source.sector in armed:
            return True
        t = a.target
        if (
            t is not None
            and t.country == country
            and t.sector not in society
            and a.source.code != t.code
        ):
            return True
    return False
