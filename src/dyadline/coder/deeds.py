"""Deeds told without an event, named again by an act noun.

Reads: the sentences of a document one by one (``sentence_deeds``: the subject
actors of each sentence's main-clause verbs), ``codebooks/deeds.tsv`` (act nouns and
the verbs whose deed they name) and ``argument_words.tsv`` (block ``appraise``:
``deed_root``, ``not_deed``, ``saying_verb``). Adds nothing to the Doc;
``dyadline.coder.discourse.Memory`` keeps the deeds of its window, and
``doer`` answers, for a targetless act of appraisal whose object is such a noun
("the opposition denounced the extension", "donors criticised the action"), who did
the deed: the subject of the latest earlier main-clause verb the noun can name
("the president extended his term": the president), by another actor than the
appraiser.

Hand-written: a coder's reading of what "the action" refers to; the words are data.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from dyadline.codebook import read_tsv
from dyadline.coder.actors import actors_for
from dyadline.coder.appraise import appraised_subjects
from dyadline.coder.patterns import argument_words
from dyadline.model import Actor

__all__ = ["Deed", "deed_noun", "doer", "sentence_deeds"]

ANY = "*"
# how many sentences back a noun for any deed ("the action") may name one
ANY_WINDOW = 2
# prepositions of aim on a deed noun ("the moves against X")
_AIM = frozenset({"against", "on", "at", "toward", "towards"})
# the clauses whose verbs tell the sentence's own deeds
_MAIN = frozenset({"ROOT", "conj", "xcomp"})
_BACK_DETS = frozenset({"the", "this", "that", "these", "those", "such"})


@dataclass(frozen=True, slots=True)
class Deed:
    sentence: int
    verb: str
    doer: Actor


@cache
def _nouns() -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for row in read_tsv("deeds.tsv"):
        noun = row["noun"].lower()
        out[noun] = out.get(noun, frozenset()) | {v.strip() for v in row["verbs"].split("|")}
    return out


@cache
def _idle() -> frozenset[str]:
    return argument_words("not_deed") | argument_words("saying_verb")


def _lemma(tok: Token) -> str:
    return str(tok.lemma_).lower()


def _doer_of(verb: Token) -> Actor | None:
    cur = verb
    for _ in range(4):
        subs = [c for c in cur.children if c.dep_ == "nsubj"]
        if subs:
            acts = [a for a in actors_for(subs[0]) if a.country]
            return acts[0] if len(acts) == 1 else None
        if cur.dep_ not in ("conj", "xcomp") or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def sentence_deeds(sent: Span, index: int, before: int | None = None) -> list[Deed]:
    """The deeds the main-clause verbs of a sentence tell (those before token
    ``before`` where given), with their subject actors."""
    out: list[Deed] = []
    for tok in sent:
        if before is not None and tok.i >= before:
            break
        if tok.pos_ != "VERB" or tok.dep_ not in _MAIN or _lemma(tok) in _idle():
            continue
        if tok.dep_ != "ROOT" and tok.head.dep_ not in _MAIN:
            continue
        actor = _doer_of(tok)
        if actor is not None:
            out.append(Deed(index, _lemma(tok), actor))
    return out


def deed_noun(tok: Token, cameo: str) -> str | None:
    """The lemma of a determined deed noun that is the object of ``tok`` (or of its
    phrase "against", "over", "about", "by", "of", or the subject of its copular
    clause: "said the move was illegal"), if ``cameo`` is of a ``deed_root``."""
    if cameo[:2] not in argument_words("deed_root"):
        return None
    nouns = appraised_subjects(tok)
    nouns += [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    nouns += [
        o
        for p in tok.children
        if p.dep_ in ("prep", "agent") and p.lower_ in ("against", "over", "about", "by", "of")
        for o in p.children
        if o.dep_ == "pobj"
    ]
    if cameo[:2] in argument_words("appraisal_root"):
        # "called it an act of aggression", "said this was a crime": the deed just told
        said = [p for p in nouns if p.pos_ == "PRON" and p.lower_ in _nouns()]
        if said and not actors_for(said[0]) and not _extraposed(said[0]):
            return said[0].lower_
    for noun in nouns:
        lemma = _lemma(noun)
        if noun.pos_ == "PRON" or (lemma not in _nouns() and noun.lower_ not in _nouns()):
            continue
        if any(c.dep_ in ("poss", "amod", "compound") and actors_for(c) for c in noun.children):
            return None  # its owner is named: the target slots read it
        if _aimed(noun):
            return None  # "the moves against X": whose they are is not told
        if any(
            (c.dep_ == "det" and c.lower_ in _BACK_DETS) or (c.dep_ == "poss" and c.pos_ == "PRON")
            for c in noun.children
        ):
            return lemma if lemma in _nouns() else noun.lower_
    return None


def _extraposed(pron: Token) -> bool:
    """Is the pronoun the dummy subject or object of an extraposed clause ("said it
    was a mistake to ...", "called it wrong that ...")?"""
    return any(c.dep_ in ("xcomp", "ccomp", "csubj") and c.i > pron.i for c in pron.head.children)


def doer(noun: str, cameo: str, source: Actor, deeds: list[Deed], now: int) -> Actor | None:
    """Who did the latest deed of ``deeds`` that ``noun`` names, for an act of a
    ``deed_root`` root by ``source`` in sentence ``now`` (not ``source`` itself). A
    noun for any deed ("the action") names one of the last ``ANY_WINDOW`` sentences
    only."""
    if cameo[:2] not in argument_words("deed_root"):
        return None
    verbs = _nouns().get(noun, frozenset())
    for deed in reversed(deeds):
        if ANY in verbs and now - deed.sentence > ANY_WINDOW:
            break
        if ANY not in verbs and deed.verb not in verbs:
            continue
        if deed.doer.code != source.code and deed.doer.country is not None:
            return deed.doer
    return None


def _aimed(noun: Token) -> set[str]:
    """The countries named in the phrases of aim of a deed noun ("the moves
    against X": X)."""
    out: set[str] = set()
    for p in noun.children:
        if p.dep_ == "prep" and p.lower_ in _AIM:
            for o in p.children:
                for t in o.subtree:
                    out |= {a.country for a in actors_for(t) if a.country}
    return out
