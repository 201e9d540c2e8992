"""Last-resort argument slots: the pair of a trigger whose standard slots found no actor.

Reads: a trigger token whose pattern matched with every required word present, and
for which ``dyadline.coder.arguments.dyads`` yielded nothing. Returns (source,
target) pairs read as a PETRARCH-style coder reads them: the target is the nearest
actor mention to the right of the trigger inside its own clause (its objects, its
prepositional phrases, the words nested in its object, the subject of its
complement clause), the source the nearest actor of the subject phrase of the
trigger, or of the verb the trigger hangs on as an open complement, adverbial
clause or conjunct ("X met Y and later criticized the talks with Z").

It never reads into a clause that has a trigger of its own (that clause codes its
own act), nor into a quotation the trigger is not in (another speaker's words), nor
a passive or inverse act (whose subject is not the doer). The constructions it
reads are word lists of ``codebooks/argument_words.tsv`` (kinds ``fallback_*``).
Actors are read through ``actors_for``, whose results are kept per Doc while it is
coded: nothing here re-parses or resolves a phrase twice.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from dyadline.coder import appraise, quoted
from dyadline.coder import patterns as pat
from dyadline.coder.actors import actors_for
from dyadline.model import Actor

__all__ = ["construction", "last_resort_pairs"]

NOUNS = frozenset({"NOUN", "PROPN", "PRON"})


def _words(kind: str) -> frozenset[str]:
    return pat.argument_words("fallback_" + kind)


def _phrase(head: Token) -> list[Token]:
    """The words of the phrase ``head`` heads, without the clauses hanging in it."""
    out: list[Token] = []
    stack = [head]
    barrier = _words("barrier") - {"conj"}
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in barrier)
    return sorted(out, key=lambda t: t.i)


def _quote_of(tok: Token) -> tuple[int, int] | None:
    for o, c in quoted._spans(tok.doc):
        if o < tok.i < c:
            return o, c
    return None


def _target_tokens(tok: Token, triggered: Callable[[Token], bool]) -> list[tuple[Token, str]]:
    """The words to the right of ``tok`` in its own clause its target may be among,
    nearest first, each with the construction that reached it (``object``, ``prep``,
    ``nested``, ``complement``). An act noun's own phrase is not read ("condemned the
    attacks on X": X is the attacks' target, not the condemnation's)."""
    objects, preps = _words("object"), _words("prep")
    nested, complement = _words("nested"), _words("complement")
    found: dict[Token, str] = {}

    def noun_phrase(n: Token, how: str) -> None:
        stack = [(n, how)]
        while stack:
            t, kind = stack.pop()
            if t in found:
                continue
            found[t] = kind
            if triggered(t):
                continue  # an act of its own: its phrase is its arguments
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ not in preps:
                    continue
                if c.dep_ == "pobj" or c.dep_ in nested:
                    stack.append((c, "nested"))

    for c in tok.children:
        if c.i < tok.i:
            continue
        if c.dep_ in objects:
            noun_phrase(c, "object")
        elif c.dep_ == "prep" and c.lower_ in preps:
            for o in c.children:
                if o.dep_ == "pobj":
                    noun_phrase(o, "prep")
        elif c.dep_ in complement and not triggered(c):
            for s in c.children:
                if s.dep_ == "nsubj":
                    noun_phrase(s, "complement")
    own = _quote_of(tok)
    keep = [
        (t, how)
        for t, how in found.items()
        if t.pos_ in NOUNS and t.i > tok.i and t.sent == tok.sent and _quote_of(t) in (own, None)
    ]
    return sorted(keep, key=lambda p: p[0].i)


def _source_tokens(tok: Token) -> list[Token]:
    """The words of the subject phrase of ``tok``, or of the verb it hangs on, nearest
    to the trigger first."""
    governors = _words("governor")
    cur = tok
    for _ in range(4):
        subs = [c for c in cur.children if c.dep_ == "nsubj"]
        if subs:
            words = [t for t in _phrase(subs[0]) if t.pos_ in NOUNS]
            return sorted(words, key=lambda t: abs(t.i - tok.i))
        if cur.dep_ not in governors or cur.head is cur:
            return []
        cur = cur.head
    return []


def _first_actor(tokens: list[Token], date: str | None) -> tuple[Actor, Token] | None:
    for t in tokens:
        found = actors_for(t, date=date)
        if found:
            return found[0], t
    return None


def construction(tok: Token, triggered: Callable[[Token], bool], date: str | None = None) -> str:
    """The construction the last-resort target of ``tok`` is read by ("" for none): for
    measuring the constructions one by one."""
    for t, how in _target_tokens(tok, triggered):
        if actors_for(t, date=date):
            return how
    return ""


def last_resort_pairs(
    tok: Token,
    pattern: pat.Pattern,
    triggered: Callable[[Token], bool],
    date: str | None = None,
) -> list[tuple[Actor, Actor]]:
    """(source, target) of the act ``tok`` triggers by ``pattern`` by the last-resort
    slots; ``triggered`` says whether a word is a trigger of its own. [] when either
    side is not found, or the pair is no dyad."""
    from dyadline.coder import arguments as args

    if pattern.pos != "V" or pattern.inverse:
        return []
    if tok.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children):
        return []  # (a bare participle is often passive: its subject is not the doer)
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
        return []
    if str(tok.lemma_).lower() in pat.argument_words("saying_verb"):
        return []  # "told X that ...": X hears, the act is in what is told
    # "condemned the moves against X": an appraisal is of the doer of what it appraises
    # (``appraise``), never of whom a word nested in its object names
    nested = not appraise.appraisal(tok, pattern.cameo)
    reach = [t for t, how in _target_tokens(tok, triggered) if nested or how != "nested"]
    target = _first_actor(reach, date)
    if target is None or target[0].country is None:
        return []  # ("sent troops to ...": a sector placed by context is the doer's own)
    source = _first_actor(_source_tokens(tok), date)
    if source is None:
        return []
    sources = args._localise([source], tok, [target[0]], [target[1]], acting=True)
    targets = args._localise([target], tok, sources, [source[1]])
    return [
        (s, t)
        for s in sources
        for t in targets
        if s.code != t.code and args.domestic_pair(s, t, pattern.cameo)
    ]
