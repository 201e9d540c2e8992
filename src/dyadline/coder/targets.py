"""Where careful coders find a target the pattern's own target slot missed.

Reads: a verbal trigger token of a parsed ``Doc`` (with ``doc._.actors``), its
``Pattern`` and the word lists of ``codebooks/argument_words.tsv`` (block
``targets``: ``aim_prep``, ``aim_root``, ``hostile_aim_prep``, ``hostile_root``,
``hostile_noun``, ``content_noun``, ``clause_root``).
Adds nothing to the Doc; ``dyadline.coder.arguments`` asks it, when a
pattern's target spec names no actor, for the tokens that name the target:

- ``agent_owner``: whose thing a non-actor noun is by its "by" phrase, on the
  noun or on the participle that describes it ("criticised the decision by Y",
  "condemned a law passed by Y's parliament"): what the noun denotes is Y's, so a
  verbal act on it aims at Y;
- ``fallback``: for a verb whose object is such a noun, its owner (possessive,
  "of", "by" phrase, actor adjective or compound: "rejected Y's appeal");
  else, for verbal and hostile acts, the actor a preposition of aim on the verb
  or on its object names ("warned about Y", "voiced anger at Y", "expressed
  outrage over Y's tests"); else, for acts of blame, demand and threat, the
  active subject of the verb's that-clause ("alleged that Y violated the deal").

Guards: an act noun that suffers its act (``patient_noun``: "the arrest of Y")
names its victim, not whom the act aims at, so only its "by" phrase counts; a
preposition of aim on an object that is itself an act or a deed ("the attack on
Y", "the moves against Y") gives that act's target, not the verbal act's (only
an object of attitude counts: "concern over Y", "anger at Y"); names of dates are no actors. The
source's own country and sector is dropped by ``arguments.dyads``.

Hand-written: these are the reading habits of event coders, not something a
parser labels; the words are data.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from dyadline.coder import patterns as pat
from dyadline.coder.actors import actors_for

__all__ = ["agent_owner", "aim_actor", "clause_subject", "fallback", "object_owner"]

# dependencies of an actor modifier on a noun ("the Chinese plan", "the army's move")
_MODIFIERS = ("poss", "amod", "compound", "nmod")


def _named(tok: Token) -> bool:
    """Does the phrase at ``tok`` name an actor?"""
    return bool(actors_for(tok))


def agent_owner(noun: Token) -> list[Token]:
    """The actor a "by" phrase names as the maker of what ``noun`` denotes: on the
    noun ("the decision by Y") or on a participle describing it ("the measures
    announced by Y", "a bill passed by Y's parliament")."""
    if noun.pos_ not in ("NOUN", "PROPN") or _named(noun):
        return []
    by = pat.prep_objects(noun, {"by"})
    made = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    by += [o for m in made for o in pat.prep_objects(m, {"by"})]
    return [o for o in by if _named(o)][:1]


def object_owner(noun: Token) -> list[Token]:
    """Whose thing a non-actor noun is: its possessive, "of" phrase, "by" phrase or
    actor modifier ("Y's appeal", "the plan of Y", "the decision by Y", "the
    Chinese proposal"); an act noun that suffers its act gives only its "by"
    phrase ("the arrest of X by Y": Y)."""
    if _named(noun):
        return []
    by = agent_owner(noun)
    if by or _lemma(noun) in pat.argument_words("patient_noun"):
        return by
    owners = [c for c in noun.children if c.dep_ == "poss" and _named(c)]
    owners += [o for o in pat.prep_objects(noun, {"of"}) if _named(o)]
    owners += [
        c
        for c in noun.children
        if c.dep_ in _MODIFIERS and c.dep_ != "poss" and any(a.country for a in actors_for(c))
    ]
    return owners[:1]


def aim_actor(tok: Token, preps: frozenset[str], keep: Callable[[Token], bool]) -> list[Token]:
    """The actor a preposition of aim (``preps``) on ``tok`` names, or the owner of the
    noun it governs ("warned about Y", "anger at Y's remarks", "over Chinese tests");
    the first that ``keep`` accepts (not the source's own side)."""
    for obj in pat.prep_objects(tok, set(preps)):
        if obj.pos_ not in ("NOUN", "PROPN", "PRON"):
            continue  # "over allegedly helping ...": a clause, not a name
        found = [obj] if _named(obj) else object_owner(obj)
        if found and keep(found[0]):
            return found
    return []


def fallback(tok: Token, pattern: pat.Pattern, keep: Callable[[Token], bool]) -> list[Token]:
    """The target tokens of a verbal trigger whose pattern's target spec named none:
    the owner of its non-actor object, else an actor of aim (see the module); only
    tokens ``keep`` accepts (the caller's test that they are not the source's side)."""
    if pattern.pos != "V":
        return _noun_fallback(tok, pattern, keep)
    obj = pat.direct_object(tok)
    if obj is not None and obj.dep_ != "nsubjpass" and _content_noun(obj):
        owner = object_owner(obj) or _stranded_agent(tok, obj)
        if owner and keep(owner[0]):
            return owner
    if _coded(pattern.cameo, "aim_root"):
        preps = pat.argument_words("aim_prep")
    elif _coded(pattern.cameo, "hostile_root") and not _passive(tok):
        # "an agreement forced on X by Y": a passive's phrases tell where and how
        preps = pat.argument_words("hostile_aim_prep")
    else:
        return []
    found = aim_actor(tok, preps, keep)
    if not found and obj is not None and not (_act_noun(obj) or _content_noun(obj)):
        found = aim_actor(obj, preps, keep)  # "expressed outrage over Y", "raised concerns about Y"
    if not found and _coded(pattern.cameo, "clause_root"):
        found = [s for s in clause_subject(tok) if keep(s)][:1]
    return found


def _noun_fallback(noun: Token, pattern: pat.Pattern, keep: Callable[[Token], bool]) -> list[Token]:
    """The target of a verbal act noun whose spec named none: an actor of aim on the
    noun ("accusations at Y", "anger over Y's tests"), else the maker of the act or
    thing its "of" phrase names ("his condemnation of the Y-ese strike": Y)."""
    if not _coded(pattern.cameo, "aim_root"):
        return []
    found = aim_actor(noun, pat.argument_words("aim_prep"), keep)
    if found:
        return found
    for obj in pat.prep_objects(noun, {"of"}):
        if obj.pos_ == "NOUN" and (_act_noun(obj) or _content_noun(obj)):
            owner = object_owner(obj)
            if owner and keep(owner[0]):
                return owner
    return []


def clause_subject(verb: Token) -> list[Token]:
    """The actor a verbal act's that-clause is about, its active subject ("alleged that
    Y had violated the deal", "complained that Y ignores the border") or the owner of
    a subject that names a thing ("said Y's actions were brutal"); a passive
    clause's subject is a victim, not whom the speaker charges."""
    out: list[Token] = []
    for comp in verb.children:
        if comp.dep_ != "ccomp" or comp.i < verb.i or comp.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in comp.children):
            continue
        for c in comp.children:
            if c.dep_ == "nsubj" and _named(c):
                out.append(c)
            elif c.dep_ == "nsubj" and c.pos_ == "NOUN":
                out += object_owner(c)  # "said the army's actions were brutal": the army
    return out


def _stranded_agent(verb: Token, obj: Token) -> list[Token]:
    """The "by" phrase the parser hung on an active verb after its non-actor object
    ("criticised the ruling by the court"): an active verb has no agent, so it names
    the object's maker."""
    if _named(obj) or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return []
    by = [o for o in pat.prep_objects(verb, {"by"}) if o.i > obj.i and o.pos_ != "VERB"]
    return [o for o in by if _named(o)][:1]


def _coded(cameo: str, kind: str) -> bool:
    """Is ``cameo`` one of the codes or roots of word list ``kind``?"""
    codes = pat.argument_words(kind)
    return cameo[:2] in codes or cameo[:3] in codes


def _content_noun(noun: Token) -> bool:
    """Does the object name something an actor made or does (``content_noun``: "the
    decision", "the remarks", "the plan")? Its owner is whom an act on it aims at;
    the owner of any other noun ("the future of X") need not be."""
    words = pat.argument_words("content_noun")
    return _lemma(noun) in words or noun.lower_ in words


def _passive(verb: Token) -> bool:
    return verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children)


def _act_noun(noun: Token) -> bool:
    """Is the object an act with its own target ("the attack on Y", "sanctions against
    Y")? Its phrase of aim is that act's (``hostile_noun``)."""
    return _lemma(noun) in pat.argument_words("hostile_noun")


def _lemma(tok: Token) -> str:
    return str(tok.lemma_).lower()
