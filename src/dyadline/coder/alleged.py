"""Charges told as the reason for an act: "X expelled Y for allegedly spying".

Reads: one parsed sentence (with ``doc._.actors``) and the word lists of
``codebooks/argument_words.tsv`` (``alleged_adverb``, ``alleged_prep``,
``alleged_partner``). Adds: ``charges``, the accusations (112) such a sentence
states besides its own act: the subject of a verb that acts on someone for what
they allegedly did ("cut ties with X for allegedly meddling", "ordered the
arrest of X for allegedly trying to ...", "detained X over allegedly inciting
violence") charges that one (the verb's object, the actor its object is of, or
its partner in a with/against phrase) with the act; the reason is the
accuser's, not the text's (the adverb marks it as only alleged).

Hand-written: a coder's reading of a reason clause, general over the verbs; the
words live in the codebook.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from spacy.tokens import Span, Token

from dyadline.coder import patterns as pat
from dyadline.coder.actors import actors_for

__all__ = ["alleged_adverbs", "charges"]

VERBS = ("VERB", "AUX")


@cache
def alleged_adverbs() -> frozenset[str]:
    """The adverbs that mark a gerund as the charge of the clause above."""
    return pat.argument_words("alleged_adverb")


def charges(sent: Span) -> Iterator[tuple[Token, Token, Token, Token]]:
    """(adverb, verb, accuser, accused) for every charged gerund of ``sent``: the
    adverb, the verb of the act the charge is the reason for, the token naming its
    accuser and the one naming the accused (not yet resolved to actors)."""
    adverbs = alleged_adverbs()
    for adv in sent:
        if adv.dep_ != "advmod" or adv.lower_ not in adverbs:
            continue
        found = _charge(adv.head)
        if found is not None:
            yield (adv, *found)


def _charge(gerund: Token) -> tuple[Token, Token, Token] | None:
    prep = gerund.head
    if gerund.dep_ not in ("pcomp", "pobj") or prep.lower_ not in pat.argument_words(
        "alleged_prep"
    ):
        return None
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX"):
        if verb.dep_ not in ("dobj", "obj") or verb.head.pos_ not in VERBS:
            return None
        verb = verb.head  # "ordered the arrest of X for allegedly ...": on the noun
    if any(c.dep_ == "nsubj" and c.i > verb.i for c in gerund.children):
        return None  # a subject of its own: not the charged one's act
    accuser = _subject(verb)
    accused = _accused(verb)
    if accuser is None or accused is None:
        return None
    return verb, accuser, accused


def _subject(verb: Token) -> Token | None:
    for _ in range(3):
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is not None:
            return next((c for c in agent.children if c.dep_ == "pobj"), None)
        if verb.dep_ not in ("conj", "xcomp") or verb.head == verb:
            return None
        verb = verb.head  # "moved to expel X for allegedly ...": the controlling subject
    return None


def _accused(verb: Token) -> Token | None:
    """The one the act is done to: the object (or passive subject), else an of/with
    actor of the object ("the arrest of X", "ties with X"), else the verb's partner."""
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")), None)
    partners = pat.argument_words("alleged_partner") | {"of"}
    cands: list[Token] = []
    if obj is not None:
        cands.append(obj)
        cands += [
            o
            for p in obj.children
            if p.dep_ == "prep" and p.lower_ in partners
            for o in p.children
            if o.dep_ == "pobj"
        ]
    cands += [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in pat.argument_words("alleged_partner")
        for o in p.children
        if o.dep_ == "pobj"
    ]
    for cand in cands:
        if actors_for(cand):
            return cand
    return None
