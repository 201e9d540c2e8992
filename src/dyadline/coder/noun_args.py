"""Arguments of act nouns in news: the clause around a nominal trigger names its sides.

Reads: a noun trigger of a parsed ``Doc`` (with ``doc._.actors``), the ``Pattern`` it
matched, and the word lists of ``codebooks/nominal.tsv`` (block ``nominal2``). Adds
nothing to the Doc; ``dyadline.coder.arguments`` asks it, for a noun whose own phrase
names no doer or no target:

- ``party_verb``: a meeting or talks noun (CAMEO root of ``setting_root``, with a
  "with" phrase of its own) told by a verb of saying, as the subject of the verb's
  that-clause ("X said talks with Y will resume") or inside its "of" / "about" /
  "on" phrase ("X spoke about the negotiations with Y"): the speaker is the other
  party of the talks;
- ``answer_verb``: a verb of response whose "with" phrase is the act ("X retaliated
  with strikes on Y", "X responded with sanctions against Y"): its subject does the
  act;
- ``receiver_verb``: a verb of receiving whose object is the act ("X received aid
  from Y", "X secured a loan from Y"): its "from" phrase names the doer, its
  subject whom the act went to;
- ``fallen_side``: the victims of a passive verb of harm whose "in" / "during"
  phrase is a mutual fight ("five soldiers were killed in a battle with
  militants"): their side is one party of the fight;
- ``sector_users``: the sector words before a forceful act noun aimed at someone
  ("a police crackdown on protesters", "army helicopters"): the doers, whose
  country comes from context (``aimed_phrase_actor``: the act's phrase of aim
  names an actor);
- ``rival_owner``: the owner of an act noun coordinated with the trigger ("X's call
  for talks and Y's demand for guarantees"): two sides' acts named together answer
  each other, so each aims at the other's owner;
- ``participant_noun``: the noun a participle of participation hangs on ("officials
  involved in the negotiations with Y", "diplomats taking part in talks with Y"):
  those people are the doers.

Hand-written: a coder's reading of where news puts the sides of an act noun that
its own phrase leaves out; the verbs and prepositions are data.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from dyadline.coder import patterns as pat
from dyadline.coder.actors import actors_for
from dyadline.coder.nominal import nominal_words

__all__ = [
    "aimed_phrase_actor",
    "answer_verb",
    "fallen_side",
    "forceful_roots",
    "giver",
    "participant_noun",
    "party_verb",
    "receiver_verb",
    "rival_owner",
    "sector_users",
]


def _lemma(tok: Token) -> str:
    return str(tok.lemma_).lower()


def _first(tok: Token) -> Token:
    cur = tok
    while cur.dep_ == "conj" and cur.head is not cur:
        cur = cur.head
    return cur


def party_verb(noun: Token, pattern: pat.Pattern) -> Token | None:
    """The verb of saying (``nominal.tsv`` ``party_verb``) whose speaker took part in
    the talks ``noun`` names: the noun (a root of ``setting_root``, with a "with"
    phrase naming an actor) is the subject of the verb's complement clause ("X said
    talks with Y must continue") or the object of its ``party_prep`` phrase ("X spoke
    of the negotiations with Y"); None otherwise. Talks "between" two sides name both
    and need no speaker."""
    if pattern.cameo[:2] not in nominal_words("setting_root"):
        return None
    if not any(actors_for(o) for o in pat.prep_objects(noun, {"with"})):
        return None
    first = _first(noun)
    told = first.dep_ in ("nsubj", "nsubjpass") and first.head.dep_ == "ccomp"
    spoken = first.dep_ == "pobj" and first.head.lower_ in nominal_words("party_prep")
    verb = first.head.head
    if not (told or spoken) or verb.pos_ not in ("VERB", "AUX"):
        return None
    return verb if _lemma(verb) in nominal_words("party_verb") else None


def answer_verb(noun: Token) -> Token | None:
    """The verb of response (``nominal.tsv`` ``answer``) the act noun is the "with"
    phrase of ("X retaliated with tariffs on Y", "X hit back with air strikes"):
    its subject did the act; None otherwise."""
    prep = _first(noun).head
    if noun.dep_ != "pobj" and _first(noun).dep_ != "pobj":
        return None
    if prep.lower_ != "with" or prep.head is prep:
        return None
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or _lemma(verb) not in nominal_words("answer"):
        return None
    return verb


def receiver_verb(noun: Token) -> Token | None:
    """The verb of receiving (``nominal.tsv`` ``receive``) the act noun is the object
    of ("X received aid from Y", "X won backing from Y"); None otherwise. Its subject
    is whom the act went to, its "from" phrase (or the noun's) who did it."""
    first = _first(noun)
    verb = first.head
    if first.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX"):
        return None
    return verb if _lemma(verb) in nominal_words("receive") else None


def giver(noun: Token) -> list[Token]:
    """The "from" phrase of the act noun or of its verb of receiving that names an
    actor ("received a loan from the IMF"): who did the act; [] otherwise."""
    verb = receiver_verb(noun)
    if verb is None:
        return []
    found = pat.prep_objects(noun, {"from"}) or pat.prep_objects(verb, {"from"})
    return [t for t in found if actors_for(t)][:1]


def participant_noun(noun: Token) -> Token | None:
    """The noun a participle of participation (``nominal.tsv`` ``participate``) hangs
    on when the act noun is its "in" phrase ("officials involved in the negotiations
    with Y", "envoys taking part in the talks"): the participants; None otherwise."""
    first = _first(noun)
    prep = first.head
    if first.dep_ != "pobj" or prep.lower_ != "in" or prep.head is prep:
        return None
    verb = prep.head
    if verb.lower_ == "part" and verb.dep_ == "dobj":
        verb = verb.head  # "taking part in the talks"
    if verb.dep_ != "acl" or _lemma(verb) not in nominal_words("participate"):
        return None
    owner = verb.head
    if owner.pos_ not in ("NOUN", "PROPN") or not actors_for(owner):
        return None
    return owner


def fallen_side(noun: Token, pattern: pat.Pattern) -> Token | None:
    """The passive subject of the verb a mutual act noun (a ``sym`` or ``mutual`` row)
    is the cause phrase of (``argument_words`` ``cause_prep``: "five soldiers were
    killed in a battle with militants", "three guards died in the raid and the
    firefight with bandits that followed"): the victims fought on one side; None otherwise."""
    if not (pattern.symmetric or pattern.mutual):
        return None
    first = _first(noun)
    prep = first.head
    if first.dep_ != "pobj" or prep.lower_ not in pat.argument_words("cause_prep"):
        return None
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    sides = pat.argument_words("other_side_prep")
    harmed = verb.lemma_.lower() in pat.argument_words("harm_verb")
    if harmed and not any(p.lower_ in sides for n in (first, *first.conjuncts) for p in n.children):
        return None  # "dozens were killed in the fighting": no other side, no side told
    fallen = [c for c in verb.children if c.dep_ == "nsubjpass" and actors_for(c)]
    return fallen[0] if fallen else None


@cache
def forceful_roots() -> frozenset[str]:
    """CAMEO roots of the acts whose sector modifier names their doer (``nominal.tsv``
    ``forceful_root``)."""
    return nominal_words("forceful_root")


def aimed_phrase_actor(noun: Token) -> bool:
    """Does a phrase of aim of the act noun (``nominal.tsv`` ``aim_prep``: "on",
    "against", ...) name an actor ("a crackdown on protesters")?"""
    return any(actors_for(o) for o in pat.prep_objects(noun, set(nominal_words("aim_prep"))))


def sector_users(noun: Token) -> list[Token]:
    """The modifiers of the act noun that name a state's forces with no country of
    their own (``nominal.tsv`` ``forceful_sector``: "police", "army"): "a police
    crackdown", "army helicopters". An armed group's ("terrorist strikes") is left
    alone: where it acts is no guide to where it comes from."""
    return [
        c
        for c in noun.children
        if c.dep_ in ("amod", "compound", "nmod")
        and c.i < noun.i
        and (found := actors_for(c))
        and all(
            a.country is None and (a.sector or "").lower() in nominal_words("forceful_sector")
            for a in found
        )
    ]


def rival_owner(noun: Token) -> list[Token]:
    """The actor modifier (possessive, adjective, compound naming a state or group) of
    the first act noun coordinated with ``noun`` that has one ("Washington's call ...
    and Pyongyang's demand ...": Pyongyang for the call, Washington for the demand);
    [] when none is."""
    for other in noun.conjuncts:
        if other.pos_ != "NOUN":
            continue
        owners = [
            c
            for c in other.children
            if c.dep_ in ("poss", "amod", "compound")
            and c.pos_ != "PRON"  # "its government and the threat of X": no rival act
            and any(a.country for a in actors_for(c))
        ]
        if owners:
            return owners[:1]
    return []
