"""Reactions whose target is the doer of an act the story told before.

Reads: a reaction's trigger token and CAMEO code, the acts the document's
``dyadline.coder.discourse.Memory`` holds, and the word lists of
``codebooks/argument_words.tsv`` (block ``reaction``: ``reaction_code``,
``reaction_prep``). Adds nothing to the Doc; ``dyadline.coder.discourse`` asks:

- ``act_pronoun``: a pronoun a reaction acts on ("X and Y signed a deal. Z welcomed
  it", "called it a betrayal") names the act just told, as "the move" does, not a
  state;

- ``reaction_nouns``: the nouns a reaction (an approval or a disapproval, the
  ``reaction_code`` codes) names its object by beyond its own object: the noun of
  a phrase "about", "over", "at" or "of" on the trigger or on the noun it carries
  ("expressed concern over the drills", "voiced outrage at the arrests",
  "expressed condemnation of the raid"), and the subject of the verb that carries a
  noun of reaction when a "from" phrase names who reacts ("the attack drew
  condemnation from X"; "the arrest drew criticism" names no critic). A determined act noun
  among them (``codebooks/anaphora.tsv``) names an earlier act, whose doer the
  reaction aims at;
- ``sides``: a reaction aimed at one side of a mutual act just told (an agreement
  signed, talks held, clashes fought: the act coded both ways in one sentence) aims
  at both its sides ("X and Y signed a peace deal. The AU welcomed the agreement").

Hand-written: a coder's reading of what a reaction answers; the words are data.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from dyadline.coder.patterns import argument_words
from dyadline.coder.reproach import ToldAct
from dyadline.model import Actor

__all__ = ["act_pronoun", "reaction_nouns", "sides"]

# how many sentences back the mutual act a reaction answers may be told
SIDES_WINDOW = 3


def _phrase_objects(head: Token) -> list[Token]:
    preps = argument_words("reaction_prep")
    return [
        o
        for p in head.children
        if p.dep_ == "prep" and p.lower_ in preps
        for o in p.children
        if o.dep_ == "pobj"
    ]


def _from(verb: Token, noun: Token) -> bool:
    """Does a "from" phrase on ``verb`` or its object ``noun`` name who reacts?"""
    return any(c.dep_ == "prep" and c.lower_ == "from" for t in (verb, noun) for c in t.children)


def act_pronoun(tok: Token, cameo: str) -> bool:
    """Is ``tok`` a pronoun (``argument_words`` ``act_pronoun``) that a reaction of
    ``cameo`` acts on ("welcomed it", "denounced this", "called it a betrayal")? It
    names the act just told, not a state."""
    if tok.pos_ not in ("PRON", "DET") or tok.dep_ != "dobj":
        return False  # ("it was troubled by X": the passive's subject is who reacts)
    if tok.lower_ not in argument_words("act_pronoun"):
        return False
    return any(cameo.startswith(c) for c in argument_words("reaction_code"))


def reaction_nouns(tok: Token, cameo: str) -> list[Token]:
    """The nouns besides its object by which the reaction ``tok`` (of ``cameo``) names
    what it reacts to (see the module); [] for any other act."""
    if not any(cameo.startswith(c) for c in argument_words("reaction_code")):
        return []
    out = _phrase_objects(tok)
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN":
            out += _phrase_objects(c)  # "expressed concern over the drills"
    verb = tok.head
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and verb.pos_ == "VERB" and _from(verb, tok):
        # "the attack drew condemnation from X", "... drew outrage from X over the
        # killings" (the reactor named: "the arrest drew criticism" names none)
        out += [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
        out += _phrase_objects(verb)
    return out


def sides(
    target: Actor, source: Actor, roots: frozenset[str], acts: Sequence[ToldAct], now: int
) -> list[Actor]:
    """The sides a reaction by ``source`` aimed at ``target`` aims at: ``target`` and,
    when ``target``'s latest act of the last sentences was mutual (coded both ways in
    one sentence) and of the ``roots`` the reaction's object can name ("the
    agreement", not "the decision" to hold talks), the other side too (not
    ``source`` itself)."""
    for act in reversed(acts):
        if now - act.sentence > SIDES_WINDOW:
            break
        if act.source.code != target.code or act.target is None:
            continue
        other = act.target
        twin = any(
            a.sentence == act.sentence
            and a.cameo == act.cameo
            and a.source.code == other.code
            and a.target is not None
            and a.target.code == target.code
            for a in acts
        )
        mine = other.code == source.code or other.country == source.country
        if twin and act.cameo[:2] in roots and not mine:
            return [target, other]
        return [target]
    return [target]
