"""Nominal triggers: where an act noun's source and target stand in its noun phrase.

Reads: a trigger noun of a parsed ``Doc`` (with ``doc._.actors``), the word lists
of ``codebooks/nominal.tsv`` and the support verbs of ``support_verbs.tsv``.
Adds nothing to the Doc; ``dyadline.coder.arguments`` and
``dyadline.coder.coding`` ask it, for a noun trigger:

- ``phrase_head``: the noun that stands in the clause for the act noun, through
  a container ("carried out a series of raids", "a new round of talks with X");
- ``participle``: a support verb's participle on the noun, which gives the
  act's "by" agent and its targets ("an offensive launched by X against Y");
- ``prep_targets``: the objects of a preposition on the act noun's container,
  on the support verb that carries it, or on that participle;
- ``aimed_at``: the object of a verb of aiming whose subject (or participle) the
  act noun is ("new sanctions target X", "tariffs targeting X");
- ``cause_partner``: the other side of the fight a passive victim fell in ("killed
  in a clash with rebels", "in a firefight with the army") or the "by" agent of
  that act ("died in the hijacking of a bus by militants");
- ``hyphen_dyad``: two actors joined by a hyphen or dash before the noun ("the
  Kenya-Uganda talks", "the U.S.-China trade deal", "U.S.-Israeli strikes"),
  in the name's own token or across three tokens;
- ``phrase_owner``: the actor a manner phrase hangs on ("Iraqi forces, in
  coordination with X, ..." -> the forces act in coordination);
- ``reciprocal``: an act aimed at "each other" / "one another" (its subjects act
  on each other: "X and Y accused each other": both ways);
- ``setting``: a meeting the subject of a clause took part in, named by a phrase
  of its verb ("X said at a meeting with Y", "X is on a visit to Y");
- ``undergoer``: the subject of a verb that has an act "under" it ("the convoy
  came under attack", "the town was under fire"): whom the act is done to;
- ``members``: the states a plural group noun is drawn from ("the foreign ministers
  of Egypt and Jordan", "officials from Sudan and Chad"): each is an actor;
- ``named_support``: a verb the noun's own row names as its modifier ("ceasefire"
  under "agree"): the verb carries the act like a support verb ("X and Y agreed to
  a ceasefire": their ceasefire);
- ``patient_noun``: an act noun whose possessive or "of" phrase names whom the
  act was done to ("the journalist's arrest", "the release of the hostages"),
  with no doer named: the doer comes from ``codebooks/agentless.tsv``;
- ``response_verb``: the verb of response whose object is a verbal act or an offer
  with no target of its own ("Israel rejected Iran's accusations", "Kyiv welcomed
  Japan's offer of aid"): its subject (or "by" agent) is whom the act was aimed at;
- ``manner_acts``: the act nouns of a verb's "in" / "during" phrase that name the
  verb's own act ("killed 40 people in 50 attacks": the attacks are the killing);
- ``in_idiom``: an act noun in a fixed adverbial phrase ("in recognition of X's
  work", "in tribute to"), which names no act;
- ``instrument_user``: who used a weapon or an attack that is a verb's subject
  ("Russian drones hit Kyiv", "a bomb planted by militants killed six"): its
  actor adjective or "by" agent; ``is_instrument`` says whether a noun is one.

Hand-written: spaCy gives the noun phrase, not who did the act it names; the
rules are a coder's reading, the word lists are data.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from dyadline.codebook import read_tsv
from dyadline.coder import patterns as pat
from dyadline.coder.actor_codebook import Entry, alias_key, load_index, resolve
from dyadline.coder.actors import actors_for
from dyadline.model import Actor

__all__ = [
    "aimed_at",
    "cause_partner",
    "hyphen_dyad",
    "in_idiom",
    "instrument_user",
    "is_instrument",
    "manner_acts",
    "members",
    "named_support",
    "participle",
    "patient_noun",
    "phrase_head",
    "phrase_owner",
    "prep_targets",
    "reciprocal",
    "response_verb",
    "setting",
    "setting_preps",
    "undergoer",
]

# characters that join the two names of a dyad compound ("Kenya-Uganda", "Israel–Hamas")
HYPHENS = ("-", "\u2013", "\u2014")
# modifier relations under which the names of a dyad compound hang on the act noun
_MODIFIER_DEPS = ("compound", "amod", "nmod", "npadvmod", "poss")
# target specs of an act noun's row that name whom the act was done to
_PATIENT_KINDS = ("poss", "prep:of")


@cache
def nominal_words(kind: str) -> frozenset[str]:
    """A word list of ``codebooks/nominal.tsv``."""
    return frozenset(
        w.strip().lower()
        for row in read_tsv("nominal.tsv")
        if row["kind"] == kind
        for w in row["words"].split("|")
    )


def phrase_head(noun: Token) -> Token:
    """The container an act noun is counted by ("a series of raids" -> "series"),
    climbing nested containers ("a new wave of a series of ..."); else the noun."""
    cur = noun
    for _ in range(3):
        prep = cur.head
        if not (cur.dep_ == "pobj" and prep.lower_ == "of" and prep.head is not prep):
            break
        holder = prep.head
        if holder.pos_ not in ("NOUN", "NUM") or str(holder.lemma_).lower() not in nominal_words(
            "container"
        ):
            break
        cur = holder
    return cur


def participle(noun: Token) -> Token | None:
    """A support verb's participle on the noun (or its container): "an offensive
    launched by X", "sanctions imposed on Y", "a series of raids carried out by Z",
    "Y rejected the accusations made by X"."""
    for holder in dict.fromkeys((noun, phrase_head(noun))):
        for c in holder.children:
            if c.dep_ == "acl" and c.tag_ == "VBN" and pat.light_verb(c):
                return c
    return None


def prep_targets(noun: Token, preps: set[str]) -> list[Token]:
    """Objects of ``preps`` that belong to the act noun but hang elsewhere: on its
    container ("a series of strikes against X"), on the support verb that carries the
    container ("carried out a wave of raids on X") or on a support participle
    ("an offensive launched against X")."""
    outer = phrase_head(noun)
    places = [outer] if outer is not noun else []
    if outer is not noun and outer.dep_ in ("dobj", "nsubjpass"):
        places.append(outer.head)
    part = participle(noun)
    if part is not None:
        places.append(part)
        # "imposed by the EU on X": the parser hangs the target on the agent
        places += pat.prep_objects(part, {"by"})
    # "a visit by a delegation of X to Y": the parser hangs the target on the agent's
    # phrase (its head, or the "of" phrase a group of people is counted by)
    for agent in pat.prep_objects(noun, {"by"}):
        places += [agent, *pat.prep_objects(agent, {"of"})]
    for place in places:
        found = pat.prep_objects(place, preps)
        if found:
            return found
    return []


def _name_actor(text: str, date: str | None) -> Actor | None:
    """The actor a name written inside a hyphenated token denotes ("U.S.", "Israeli")."""
    index = _actor_index()
    entries = index.get(alias_key(text)) or index.get(text.lower())
    if not entries:
        return None
    entry = resolve(entries, date)
    if entry.kind == "none" or not entry.country:
        return None
    return entry.actor(text)


@cache
def _actor_index() -> dict[str, list[Entry]]:
    """The packaged actor index (alias key -> entries), built once."""
    return load_index()


def hyphen_dyad(noun: Token, date: str | None = None) -> list[tuple[Actor, Token]]:
    """Two actors of different states joined by a hyphen before an act noun ("the
    Kenya-Uganda talks", "U.S.-China trade deal"), each with the token naming it;
    [] when the noun has no such compound."""
    holders = [noun, *(c for c in noun.children if c.dep_ in _MODIFIER_DEPS)]
    for mod in holders[1:]:
        # one token "U.S.-China": its parts are names
        parts = _split(mod.text)
        if len(parts) == 2:
            pair = [_name_actor(p, date) for p in parts]
            found = [(a, mod) for a in pair if a is not None]
            if len(found) == 2 and _two_states(found[0][0], found[1][0]):
                return found
    doc = noun.doc
    # the modifiers' own words ("a Kenya-Uganda border dispute"), not a phrase after
    # the noun nor a modifier's prepositional phrase
    inside = {w.i for m in holders[1:] if m.i < noun.i for w in m.subtree if w.i < noun.i}
    for t in doc[noun.left_edge.i : noun.i]:
        if t.text not in HYPHENS or not {t.i - 1, t.i + 1} <= inside:
            continue
        left, right = doc[t.i - 1], doc[t.i + 1]
        if t.whitespace_ and left.whitespace_:
            continue  # "X - a spokesman said": a dash of the sentence, not a compound
        a, b = actors_for(left, date=date), actors_for(right, date=date)
        if a and b and _two_states(a[0], b[0]):
            return [(a[0], left), (b[0], right)]
    return []


def _split(text: str) -> list[str]:
    for h in HYPHENS:
        if h in text.strip(h):
            left, _, right = text.partition(h)
            if left and right:
                return [left, right]
    return []


def _two_states(a: Actor, b: Actor) -> bool:
    return bool(a.country) and bool(b.country) and a.country != b.country


def setting(noun: Token, cameo: str) -> bool:
    """Is an act noun of a root or code of ``setting_root`` (meetings, visits, a deal
    signed) the object of a preposition of ``setting`` on a verb ("said during talks
    with Y", "is on a visit to Y", "freed prisoners under a deal with Y"), so that the
    verb's subject took part in it? Not for other acts: "died
    during an attack" is no attack by whoever died."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.head.pos_ not in ("VERB", "AUX"):
        return False
    roots = nominal_words("setting_root")
    if cameo[:2] not in roots and cameo[:3] not in roots:
        return False
    if prep.lower_ in nominal_words("setting"):
        return True
    # "X is in Y for talks with Z", "X flew to Y for a meeting with Z": the purpose of
    # the subject's journey or stay (``purpose_verb``), not "called for talks"
    return prep.lower_ == "for" and str(prep.head.lemma_).lower() in nominal_words("purpose_verb")


def setting_preps() -> frozenset[str]:
    """The prepositions of a phrase of setting or time on a verb (``setting``: "at",
    "during", "after", ...)."""
    return nominal_words("setting")


def response_verb(noun: Token, cameo: str) -> Token | None:
    """The verb of response (``nominal.tsv`` kind ``respond``) an act noun of a root of
    ``respond_root`` is the object (or passive subject) of: "Israel rejected Iran's
    accusations", "Iran's offer was welcomed by Iraq"; None otherwise. Who answers an
    act is whom it was aimed at."""
    verb = noun.head
    if (
        noun.dep_ not in ("dobj", "nsubjpass")
        or verb.pos_ not in ("VERB", "AUX")
        or str(verb.lemma_).lower() not in nominal_words("respond")
        or cameo[:2] not in nominal_words("respond_root")
    ):
        return None
    return verb


def in_idiom(noun: Token) -> bool:
    """Is the noun the object of a preposition it forms a fixed phrase with (``idiom``:
    "in recognition of Women's Day", "in honour of"), so that it names no act?"""
    prep = noun.head
    return noun.dep_ == "pobj" and f"{prep.lower_} {noun.lower_}" in nominal_words("idiom")


def manner_acts(verb: Token) -> list[Token]:
    """The nouns (and their conjuncts) of the verb's phrases of ``manner_prep`` ("killed
    40 people in 50 attacks", "wounded three during the raid"): the act the verb's own
    event is done in, by the same doer; [] when it has none."""
    nouns = [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in nominal_words("manner_prep")
        for o in p.children
        if o.dep_ == "pobj" and o.pos_ == "NOUN"
    ]
    return [t for n in nouns for t in (n, *n.conjuncts)]


def undergoer(noun: Token) -> list[Token]:
    """The subject of the verb an act noun hangs "under" ("the convoy came under
    attack", "the town was under fire"), or a noun of custody "in" (``custody``:
    "the journalist remains in detention", "has been in custody since May"); []
    otherwise."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.head is prep:
        return []
    held = prep.lower_ == "in" and noun.lemma_.lower() in nominal_words("custody")
    if prep.lower_ != "under" and not held:
        return []
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or str(verb.lemma_).lower() not in nominal_words("undergo"):
        return []
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]


def patient_noun(noun: Token, pattern: pat.Pattern) -> bool:
    """Is ``noun`` an act noun whose own phrase names only whom the act was done to
    ("the journalist's arrest", "the detention of two reporters"): a noun trigger
    whose row takes the target from its possessive or "of" phrase, or from the
    subject of the verb of undergoing it is the object of ("X faces charges")?"""
    if noun.pos_ not in ("NOUN", "PROPN") or pattern.pos != "N":
        return False
    # "the journalist faces charges": the subject of a verb of undergoing is the patient
    faced = (
        "subj" in pattern.targets
        and noun.dep_ == "dobj"
        and str(noun.head.lemma_).lower() in nominal_words("undergo")
    )
    return bool(undergoer(noun)) or faced or any(spec in _PATIENT_KINDS for spec in pattern.targets)


def phrase_owner(noun: Token, cameo: str = "") -> list[Token]:
    """The actor noun an "in <act> with Y" phrase hangs on ("Iraqi forces, in
    coordination with X, raided ...": the forces), or a phrase of setting of a
    meeting or visit (``setting``, ``setting_root``: "the Kenyan president, on a state
    visit to China, ..."); [] when it hangs on no actor."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.head is prep:
        return []
    roots = nominal_words("setting_root")
    visit = bool(cameo) and (cameo[:2] in roots or cameo[:3] in roots)
    if prep.lower_ != "in" and not (visit and prep.lower_ in nominal_words("setting")):
        return []
    owner = prep.head
    if owner.pos_ in ("NOUN", "PROPN") and actors_for(owner):
        return [owner]
    return []


def cause_partner(verb: Token) -> list[Token]:
    """The doer of the act a passive victim fell in, named inside its phrase: the other
    side of a fight ("killed in a clash with rebels") or the act's "by" agent ("died
    in the hijacking of a bus by militants"); [] when the phrase names none."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in pat.argument_words("cause_prep"):
            continue
        acts = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
        acts += [c for a in acts for c in a.conjuncts]
        for act in acts:
            found = [o for o in pat.prep_objects(act, {"with", "by"}) if actors_for(o)]
            if found:
                return found
    return []


def members(group: Token) -> list[Token]:
    """The states a plural noun's members come from, when its "of" or "from" phrase
    lists several ("the foreign ministers of Egypt and Jordan", "officials from Sudan
    and Chad"); [] for one state or none ("the ministers of Egypt")."""
    if group.tag_ not in ("NNS", "NNPS"):
        return []
    for obj in pat.prep_objects(group, {"of", "from"}):
        listed = [obj, *obj.conjuncts]
        countries = {a.country for t in listed for a in actors_for(t) if a.country}
        if len(listed) > 1 and len(countries) == len(listed):
            return listed
    return []


def aimed_at(noun: Token) -> list[Token]:
    """Whom an act noun aims at through a verb of ``aim`` it is the subject of, or
    that hangs on it as a participle ("new sanctions target X's oil sector",
    "tariffs targeting X"); [] otherwise."""
    verbs = [noun.head] if noun.dep_ == "nsubj" else []
    verbs += [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBG"]
    for verb in verbs:
        if str(verb.lemma_).lower() in nominal_words("aim"):
            objs = [c for c in verb.children if c.dep_ == "dobj"]
            if objs:
                return objs
    return []


def reciprocal(trigger: Token) -> bool:
    """Is the trigger's object or prepositional object a reciprocal pronoun ("X and Y
    accused each other", "blamed one another", "fired at each other")?"""
    objs = [c for c in trigger.children if c.dep_ in ("dobj", "obj")]
    objs += pat.prep_objects(trigger)
    doc = trigger.doc
    for obj in objs:
        # the pronoun's head is either word ("each other": "other"; "one another": "one")
        pairs = (doc[max(obj.i - 1, 0) : obj.i + 1], doc[obj.i : obj.i + 2])
        if any(p.text.lower() in nominal_words("reciprocal") for p in pairs):
            return True
    return False


def named_support(verb: Token, pattern: pat.Pattern) -> bool:
    """Does the noun's row name ``verb`` among the words it requires ("ceasefire"
    with ``mod=agree|declare``), so that the verb carries the act the noun names?"""
    lemma = str(verb.lemma_).lower()
    return any(r.kind == "mod" and r.lemmas and lemma in r.lemmas for r in pattern.requires)


def is_instrument(noun: Token) -> bool:
    """Is ``noun`` a weapon or an attack (``nominal.tsv`` kind ``instrument``)?"""
    return noun.pos_ in ("NOUN", "PROPN") and (
        str(noun.lemma_).lower() in nominal_words("instrument")
        or noun.lower_ in nominal_words("instrument")
    )


def instrument_user(noun: Token) -> list[Token]:
    """Who used the weapon or attack ``noun`` ("Russian drones", "an Israeli
    airstrike", "a bomb planted by militants", "a strike by X"): the actor
    modifiers of the noun, else the "by" agent of the noun or of its participle;
    [] when the phrase names no one (the doer is then the one told before)."""
    mods = [
        c
        for c in noun.children
        if c.dep_ in ("poss", "amod", "compound", "nmod") and any(a.country for a in actors_for(c))
    ]
    if mods:
        return mods
    by = pat.prep_objects(noun, {"by"})
    for c in noun.children:
        if c.dep_ == "acl" and c.tag_ == "VBN":
            by += pat.prep_objects(c, {"by"})
    return [o for o in by if actors_for(o)][:1]


def war_sides(sent: Span, date: str | None = None) -> list[tuple[Actor, Actor]]:
    """The two sides of each war or conflict the sentence names by a hyphen compound
    ("during the 1998 Peru-Ecuador war": Peru and Ecuador), as pairs of actors."""
    out: list[tuple[Actor, Actor]] = []
    words = pat.argument_words("struggle_noun")
    for tok in sent:
        if tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.lower() not in words:
            continue
        pair = hyphen_dyad(tok, date)
        if len(pair) == 2:
            out.append((pair[0][0], pair[1][0]))
    return out


def other_side(doers: list[Actor], sides: list[tuple[Actor, Actor]]) -> list[tuple[Actor, Actor]]:
    """(doer, enemy) pairs of a hostile act noun that names its doer but no target, in
    a sentence that names the war it belongs to by its two sides (``war_sides``:
    "during the Peru-Ecuador war, Peru's attacks failed": Peru on Ecuador); []
    otherwise."""
    out: list[tuple[Actor, Actor]] = []
    for a, b in sides:
        for doer in doers:
            enemy = b if doer.country == a.country else a if doer.country == b.country else None
            if enemy is not None and (doer, enemy) not in out:
                out.append((doer, enemy))
    return out
