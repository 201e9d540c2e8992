"""Appraisals: what a speaker says an act or an actor is ("said X's strikes were
unacceptable", "described the strike as an act of aggression").

Reads: tokens of a parsed ``Doc`` (with ``doc._.actors``) and the word lists of
``codebooks/argument_words.tsv`` (block ``appraise``: ``appraisal_frame``, ``appraisal_step``,
``appraised_act``, and ``content_noun``, ``hostile_noun``, ``patient_noun``).
Adds nothing to the Doc; ``dyadline.coder.patterns`` and
``dyadline.coder.arguments`` ask it:

- ``denied_praise``: a word of approval its copula denies ("said the strikes were
  not acceptable"), which ``pred=@pejorative`` and ``cpred=@pejorative`` read as
  criticism;
- ``framed``: the words a frame noun of a predicate carries in its "of" phrase
  ("an act of aggression", "a form of terrorism", "a case of interference"): the
  appraisal is the framed word, so ``pred=@pejorative`` reads it as it reads
  "aggression" alone; a step noun (``appraisal_step``) is appraised by the way it
  goes ("a step forward", "a step backwards");
- ``appraised_subjects``: the subject of a speaker's copular clause ("said the
  raid was illegal"), which ``dyadline.coder.discourse`` and ``dyadline.coder.deeds``
  read as an act told before when its doer is not named;
- ``act_doer``: who did the act a noun names, when the noun is the subject of a
  speaker's clause ("said Y's attacks on civilians were war crimes": Y, not the
  civilians; "said the strike by Y was illegal") or the object of a verb of
  appraisal (``appraisal``, roots of ``appraisal_root``: "condemned Y's attacks on
  civilians", "criticised the Y-ese raids"). A noun that suffers its act
  (``patient_noun``: "the arrest of X") gives only its "by" phrase.

Hand-written: the reading habits of event coders; the words are data.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from dyadline.coder import patterns as pat
from dyadline.coder.actors import actors_for

__all__ = [
    "act_doer",
    "appraisal",
    "appraised_subjects",
    "denied_praise",
    "framed",
    "step_adverbs",
]

_MODIFIERS = ("amod", "compound", "nmod")


@cache
def _words(kind: str) -> frozenset[str]:
    return pat.argument_words(kind)


def _lemma(tok: Token) -> str:
    return str(tok.lemma_).lower()


def framed(pred: Token) -> list[Token]:
    """The "of" objects of a frame noun ("an act of aggression": aggression), and
    their conjuncts; nothing for any other predicate."""
    if _lemma(pred) in _words("appraisal_step"):
        # "a step forward", "a move backwards": the way the step goes
        return [c for c in pred.children if c.dep_ == "advmod"]
    if _lemma(pred) not in _words("appraisal_frame") and pred.lower_ not in _words(
        "appraisal_frame"
    ):
        return []
    objs = [o for p in pred.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    return [x for o in objs if o.dep_ == "pobj" for x in (o, *o.conjuncts)]


def denied_praise(pred: Token) -> bool:
    """Is ``pred`` a word of approval its copula denies ("was not acceptable", "is not
    legitimate", ``argument_words`` ``denied_praise``)? A speaker saying so criticises."""
    if _lemma(pred) not in _words("denied_praise") and pred.lower_ not in _words("denied_praise"):
        return False
    heads = [pred, pred.head] if pred.dep_ in ("acomp", "attr") else [pred]
    return any(c.dep_ == "neg" for h in heads for c in h.children)


def _act_noun(noun: Token) -> bool:
    words = _words("appraised_act")
    return noun.pos_ == "NOUN" and (_lemma(noun) in words or noun.lower_ in words)


def _named(tok: Token) -> bool:
    return any(a.country for a in actors_for(tok))


def act_doer(noun: Token) -> list[Token] | None:
    """The doer of the act ``noun`` names (see the module), ``[]`` for an act noun
    whose doer the phrase does not name, ``None`` for a noun that names no act."""
    if not _act_noun(noun):
        return None
    by = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "by" for o in p.children]
    made = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    by += [
        o
        for m in made
        for p in m.children
        if p.dep_ == "agent" or (p.dep_ == "prep" and p.lower_ == "by")
        for o in p.children
    ]
    by = [o for o in by if o.dep_ == "pobj" and _named(o)]
    if by or _lemma(noun) in _words("patient_noun"):
        return by[:1]
    owners = [c for c in noun.children if c.dep_ == "poss" and _named(c)]
    owners += [c for c in noun.children if c.dep_ in _MODIFIERS and _named(c)]
    return owners[:1]


def appraised_subjects(verb: Token) -> list[Token]:
    """The subjects of a verb's copular that-clause ("said the raid was illegal":
    the raid), what a speaker appraises."""
    return [
        s
        for c in verb.children
        if c.dep_ == "ccomp" and _lemma(c) == "be"
        for s in c.children
        if s.dep_ == "nsubj" and s.pos_ in ("NOUN", "PRON")
    ]


def step_adverbs(head: Token) -> list[Token]:
    """The adverb of a step noun the parser hung on the verb ("was a step forward",
    "called it a step forward": "forward", with "step" under it)."""
    return [
        c
        for c in head.children
        if c.dep_ == "advmod"
        and any(n.dep_ == "npadvmod" and _lemma(n) in _words("appraisal_step") for n in c.children)
    ]


def appraisal(verb: Token, cameo: str) -> bool:
    """Is ``verb`` an act of appraisal (a verb of a root in ``appraisal_root``)?"""
    return verb.pos_ == "VERB" and cameo[:2] in _words("appraisal_root")
