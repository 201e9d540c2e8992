"""Act nouns under a negation that does not deny them.

Reads: the settled events of one sentence (their ``trigger_token`` indices into
the sentence's ``Doc`` and their modality) and the support verbs of
``codebooks/support_verbs.tsv``. Adds: nothing new; ``dyadline.coder.dyads.settle``
passes every event through ``presupposed`` and drops those ``unstated`` finds:

- ``presupposed``: an act noun that is the subject of a negated verb that does
  not carry it ("the visit did not bring a thaw", "the arrest was not a sign of
  ...") happened: the negation denies what the act is said to be or to do, so the
  act is told as done (asserted), and, told again, is a re-mention
  (``discourse.retold``);
- ``unstated``: any other act noun left negated that no support verb carries
  ("the deal would not signal a rapprochement", "cannot silence us by bans"):
  the noun names an act in a claim that denies it, not one that the text says did
  or did not happen, and is no event. A support verb ("did not hold talks") states
  the act, negated, and a block verb ("would not stop X's cooperation") codes its
  own act (16x): both keep their events.

Hand-written: a coding convention (a careful coder codes what the text says
happened, or says did not), not anything a library provides.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc, Token

from dyadline.coder.patterns import blocked, light_verb
from dyadline.model import Event

__all__ = ["presupposed", "unstated"]


def presupposed(ev: Event, doc: Doc) -> Event:
    """The event asserted when its act noun is the subject of the negated verb (the
    act happened; what it did is denied); else the event unchanged."""
    tok = _negated_noun(ev, doc)
    if tok is None or tok.dep_ not in ("nsubj", "nsubjpass") or _carried(tok) or blocked(tok):
        return ev  # (a stopping that did not come true stays negated)
    if not any(c.dep_ == "neg" for c in tok.head.children):
        return ev  # the negation is further up ("said X would not ..."): the claim's
    return dataclasses.replace(ev, modality="asserted")


def unstated(ev: Event, doc: Doc) -> bool:
    """Is the event an act noun named, under a negation, without being stated?"""
    tok = _negated_noun(ev, doc)
    return tok is not None and not (_carried(tok) or blocked(tok))


def _negated_noun(ev: Event, doc: Doc) -> Token | None:
    """The trigger of a negated event when it is a noun; None otherwise."""
    if ev.trigger_token < 0 or ev.modality != "negated":
        return None
    tok = doc[ev.trigger_token]
    return tok if tok.pos_ in ("NOUN", "PROPN") else None


def _carried(noun: Token) -> bool:
    """Does a support verb state the act ("did not hold talks", "no attack was
    carried out")?"""
    head = noun.head
    return noun.dep_ in ("dobj", "nsubjpass") and head.pos_ in ("VERB", "AUX") and light_verb(head)
