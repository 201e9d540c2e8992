"""Reproaches and denials whose other side an earlier sentence names.

Reads: a targetless event of one sentence, its trigger token, and the acts the
document's ``dyadline.coder.discourse.Memory`` holds, with the word lists of
``codebooks/argument_words.tsv`` (block ``disapprove2``: ``told_aim_code``,
``told_act_root``, ``joined_root``, ``told_act_noun``, ``denial_code``, ``accusing_root``; block
``targetslot``: ``unnamed_act_noun``). Adds nothing to the Doc;
``dyadline.coder.coding`` asks ``aim_open`` whether a disapproval with no target
in its sentence may take one from the memory, and ``dyadline.coder.discourse``
asks ``told_doer`` and ``accuser`` for it:

- ``told_doer``: a verb of disapproval of a ``told_aim_code`` code with no target in its
  sentence ("Rebels shelled the town. The government expressed concern", "... The
  minister condemned it") aims at the doer of the act the sentence before told, or
  one further back past sentences that code acts of their own (``TOLD_WINDOW``: "...
  The army condemned the shelling. The UN voiced concern") (an
  act of a ``told_act_root`` root, by another actor than the one disapproving),
  or, when the latest such act is another's disapproval (``joined_root``) of a third
  side, at that side, the disapproval joined ("X criticised Y's decision. The EU
  also expressed concern": Y),
  when the disapproving sentence names no other state and no clause or noun of the
  trigger tells another thing it disapproves of ("said it was a mistake to ignore the
  talks", "is upset by the passage of the law"; a ``told_act_noun`` such as
  "the violence" names the act just told);
- ``accuser``: a denial (``denial_code``: "X denied involvement", "X rejected the
  claims") with no target aims at whoever last accused the denier (an act of an
  ``accusing_root`` root aimed at the denier's country, a few sentences before, or
  earlier in its own sentence: "X accused Y of Z, which Y denied");
- ``pronoun_denial``: a denial of a pronoun ("Y denied it") with no accuser found
  denies nothing named, and is no event.

Hand-written: a coder's reading of a reproach or a denial that names no one; the
words are data.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache
from typing import Protocol

from spacy.tokens import Token

from dyadline.coder.actors import actors_for, sentence_states
from dyadline.coder.patterns import argument_words
from dyadline.model import Actor

__all__ = ["ToldAct", "accuser", "aim_open", "pronoun_denial", "told_doer"]

# how many sentences back the act a reproach answers may be told, when each sentence
# between codes an act of its own ("Rebels shelled the town. The army condemned the
# shelling. The UN voiced concern"; not past "The rain fell")
TOLD_WINDOW = 3
# the clauses of a disapproval that tell what it disapproves of
_CLAUSES = frozenset({"xcomp", "ccomp", "csubj", "acl", "relcl", "advcl"})
# the dependents of an act noun that name its doer ("the army's killing", "Y-ese raids")
_DOER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
# the hearer of a verb of saying ("told reporters", "told VOA")
_HEARER_DEPS = frozenset({"dobj", "dative"})
# how many sentences back the accusation a denial answers may be told
ACCUSED_WINDOW = 6


class ToldAct(Protocol):
    sentence: int
    source: Actor
    target: Actor | None
    cameo: str


@cache
def _words(kind: str) -> frozenset[str]:
    return argument_words(kind)


@cache
def _roots() -> frozenset[str]:
    """The roots of the acts a disapproval may answer (``_answerable``)."""
    return _words("told_act_root") | _words("joined_root")


@cache
def _generic() -> frozenset[str]:
    return _words("told_act_noun")


def _reach(acts: Iterable[ToldAct], now: int) -> int:
    """The earliest sentence a reproach in sentence ``now`` may answer an act of: the
    one before, and further back past each sentence that codes an act of its own (a
    reaction, a sequel), ``TOLD_WINDOW`` sentences at most."""
    coded = {a.sentence for a in acts}
    reach = now - 1
    while reach > now - TOLD_WINDOW and reach in coded:
        reach -= 1
    return reach


def _told(acts: Iterable[ToldAct], now: int, source: Actor) -> ToldAct | None:
    """The latest act of the sentences just before ``now`` of a ``told_act_root``
    root, by a state's actor other than ``source``."""
    acts = list(acts)
    reach = _reach(acts, now)
    for act in reversed(acts):
        if act.sentence < reach:
            return None
        if act.sentence >= now or not _answerable(act, source) or not act.source.country:
            continue
        if act.source.code != source.code:
            return act
    return None


def _answerable(act: ToldAct, source: Actor) -> bool:
    """Is ``act`` one a disapproval by ``source`` may answer: an act of a
    ``told_act_root`` root, or another's disapproval (``joined_root``) of a third
    side, which ``source`` joins ("X criticised Y. Z also expressed concern": Y)?"""
    if act.cameo[:2] in _words("told_act_root"):
        return True
    aim = act.target
    return (
        act.cameo[:2] in _words("joined_root")
        and aim is not None
        and aim.country is not None
        and aim.country != source.country
    )


def _aim_of(act: ToldAct) -> Actor | None:
    """Whom a disapproval answering ``act`` aims at: its doer, or for a disapproval
    joined, the side that one aimed at."""
    return act.source if act.cameo[:2] in _words("told_act_root") else act.target


def aim_open(
    tok: Token, cameo: str, acts: Sequence[ToldAct], now: int, required: Sequence[Token] = ()
) -> bool:
    """May the disapproval ``tok`` (of ``cameo``) be coded without a target, for the
    memory to supply the doer of the act just told? (Cheap tests first: the root,
    then whether the memory holds such an act at all.)"""
    if cameo[:3] not in _words("told_aim_code") or tok.pos_ not in ("VERB", "AUX"):
        return False  # a noun's slots ("the arrest drew criticism") are its own
    reach = _reach(acts, now)
    if not any(
        reach <= a.sentence < now and a.cameo[:2] in _roots() and a.source.country for a in acts
    ):
        return False
    # "said it was a mistake to ignore the talks": the clause tells what is disapproved;
    # "is upset by the passage of the law": the phrase names another thing
    # than the act just told (its own words, "expressed concern", are no such thing)
    own = {t.i for t in required} | {tok.i} | _told_words(tok)
    for t in tok.subtree:
        if t.i in own:
            continue
        if t.pos_ == "VERB" and t.dep_ in _CLAUSES:
            return False
        if t.i > tok.i and t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() not in _generic():
            return False
    return True


def _doerless(noun: Token) -> bool:
    """Is ``noun`` an act noun (``unnamed_act_noun``) whose phrase names no doer
    ("the killing of protesters", not "the army's killing ...", "killings by Y")?"""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _words("unnamed_act_noun"):
        return False
    for c in noun.children:
        if c.dep_ in _DOER_DEPS and actors_for(c):
            return False
        if c.dep_ in ("prep", "agent") and c.lower_ == "by":
            return False
        if c.dep_ == "acl" and any(g.dep_ == "agent" for g in c.children):
            return False
    return True


def _told_words(tok: Token) -> set[int]:
    """The words of a disapproval's phrase that name no other thing disapproved of:
    the whole phrase of an act noun with no doer named, which names the act just told
    ("condemned the killing of protesters", "concerned about the arrests of
    journalists"), and the hearer of a verb of saying with a clause ('"... is
    unacceptable," the envoy told reporters').
    """
    out: set[int] = set()
    saying = tok.lemma_.lower() in _words("saying_verb") and any(
        c.dep_ == "ccomp" for c in tok.children
    )
    for c in tok.children:
        if saying and c.dep_ in _HEARER_DEPS:
            out.update(t.i for t in c.subtree)
    for t in tok.subtree:
        if t.i not in out and t.i > tok.i and _doerless(t):
            out.update(x.i for x in t.subtree)
    return out


def told_doer(
    source: Actor, cameo: str, tok: Token, acts: Sequence[ToldAct], now: int
) -> Actor | None:
    """The doer of the act the sentence before told, for a targetless disapproval by
    ``source`` whose sentence names no state besides the source's (see the module)."""
    if cameo[:3] not in _words("told_aim_code"):
        return None
    if set(sentence_states(tok.sent)) - {source.country}:
        return None  # another state is named here: the sentence tells its own scene
    act = _told(acts, now, source)
    return _aim_of(act) if act is not None else None


def accuser(source: Actor, cameo: str, acts: Sequence[ToldAct], now: int) -> Actor | None:
    """Who last accused the denier ``source`` (see the module), for a targetless
    denial of ``cameo``; None for any other act or when no accusation is remembered."""
    if cameo not in _words("denial_code") and cameo[:2] not in _words("denial_code"):
        return None
    roots = _words("accusing_root")
    for act in reversed(acts):
        if now - act.sentence > ACCUSED_WINDOW:
            return None
        aim = act.target
        if act.cameo[:2] not in roots or aim is None or not act.source.country:
            continue
        if aim.country == source.country and act.source.code != source.code:
            if act.source.country == source.country and aim.sector != source.sector:
                continue  # at home the sector tells the accused apart
            return act.source
    return None


def pronoun_denial(cameo: str, tok: Token) -> bool:
    """Is ``tok`` a denial (``denial_code``) whose object is a pronoun ("Y denied it",
    "which Y denied")? With no accusation remembered it denies nothing named: no event."""
    if cameo not in _words("denial_code") and cameo[:2] not in _words("denial_code"):
        return False
    return any(
        c.pos_ == "PRON" or c.tag_ in ("WDT", "WP")
        for c in tok.children
        if c.dep_ in ("dobj", "nsubjpass")
    )
