"""Replies with no target: whose statement, demand, offer or claim they answer.

Reads: a sentence, the events the coder settled for it, and the word lists of
``codebooks/argument_words.tsv`` (block ``replytarget``: ``speaker_verb``, the
verbs of saying whose clause is a statement of their subject's, "X said it had
...", "X claimed that ..."; ``issuing_verb``, the verbs that issue a
``speech_noun``, "X issued a statement"; ``speech_root``, the CAMEO root that
stands for a statement in ``codebooks/anaphora.tsv``). Adds nothing to the Doc.
Two parts:

- ``speakers``: who made a statement in the sentence, coded as an event or not
  (the claimant of a reported event; the subject of a verb of saying with a
  clause, or of a verb that issues a statement). ``dyadline.coder.discourse``'s
  ``Memory`` keeps them, a few sentences long, as plain (sentence, actor) pairs;
- ``answered``: the actor a reply with no target answers, when its object is a
  noun naming an earlier act ("rejected the demand", "denied the claim",
  "welcomed the offer", ``anaphora.tsv``): the doer of the latest act of a root
  the noun can name, or, for a noun that can name a statement (its roots hold
  the ``speech_root``), the latest speaker if that speaker spoke later
  ("The army said it had repelled an attack by the rebels. The rebels denied the
  claim": the army), unless that act was aimed at the replier ("The US accused China.
  The UN says ... Beijing denies the allegations": the US). The replier answers no
  one of its own, nor a mutual act it was a side of.

Hand-written: a coder's reading of what a reply answers; the words are data.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import cache
from typing import Protocol

from spacy.tokens import Span, Token

from dyadline.coder.actors import actors_for
from dyadline.coder.patterns import argument_words
from dyadline.model import Actor, Event

__all__ = ["SPOKEN_WINDOW", "answered", "speakers"]

# how many sentences back a statement a reply answers may be told
SPOKEN_WINDOW = 3
# the dependents of a verb of saying that tell what was said
_SAID = frozenset({"ccomp"})


class _Act(Protocol):
    sentence: int
    source: Actor
    cameo: str


def _aimed_at(act: _Act, replier: Actor) -> bool:
    """Was ``act`` aimed at ``replier`` or its state (its target of the same country)?"""
    target = getattr(act, "target", None)
    return isinstance(target, Actor) and bool(target.country) and target.country == replier.country


@cache
def _words(kind: str) -> frozenset[str]:
    return argument_words(kind)


def _lemma(tok: Token) -> str:
    return str(tok.lemma_).lower()


def _speaking(tok: Token) -> bool:
    """Does the verb ``tok`` tell that its subject made a statement?"""
    lemma = _lemma(tok)
    if lemma in _words("speaker_verb"):
        return any(c.dep_ in _SAID for c in tok.children)
    if lemma in _words("issuing_verb"):
        nouns = _words("speech_noun")
        return any(c.dep_ == "dobj" and _lemma(c) in nouns for c in tok.children)
    return False


def speakers(
    sent: Span, events: Iterable[Event], date_of: Callable[[Token], str | None]
) -> list[Actor]:
    """The actors who made a statement in ``sent``: the claimants of its reported
    events and the subjects of its verbs of saying (``date_of`` dates a verb, for
    the actors of its subject; called only for such a verb)."""
    out = [e.attributed_to for e in events if e.modality == "reported" and e.attributed_to]
    for tok in sent:
        if tok.pos_ not in ("VERB", "AUX") or not _speaking(tok):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            out += [a for a in actors_for(subj, date=date_of(tok)) if a not in out]
    return out


def _party(source: Actor, act: _Act, acts: Sequence[_Act]) -> bool:
    """Is ``source`` a side of the mutual act ``act`` (coded both ways in one sentence:
    "X and Y signed a deal. X praised the deal" answers no one)?"""
    return any(
        a.sentence == act.sentence and a.cameo == act.cameo and a.source.code == source.code
        for a in acts
    )


def answered(
    source: Actor,
    roots: frozenset[str],
    acts: Sequence[_Act],
    spoken: Sequence[tuple[int, Actor]],
    now: int,
) -> Actor | None:
    """Whose act a reply by ``source`` with no target answers, its object naming an
    act of ``roots`` (see the module); None when the memory holds none."""
    act = next(
        (
            a
            for a in reversed(acts)
            if a.cameo[:2] in roots and a.source.code != source.code and not _party(source, a, acts)
        ),
        None,
    )
    # "X accused Y of genocide. Z says it may be a crime. Y denies the allegations":
    # an act aimed at the replier is what it answers, before a later speaker's words
    aimed = act is not None and _aimed_at(act, source)
    if spoken and roots & _words("speech_root") and not aimed:
        said = next(
            (
                (n, who)
                for n, who in reversed(spoken)
                if now - n <= SPOKEN_WINDOW and who.code != source.code
            ),
            None,
        )
        if said is not None and (act is None or said[0] > act.sentence):
            return said[1]
    return act.source if act is not None else None
