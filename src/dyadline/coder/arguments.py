"""Source and target finding: who does what to whom, read from the dependency parse.

Reads: a trigger token of a parsed ``Doc`` (with ``doc._.actors`` from
``dyadline_actors``) and the ``Pattern`` it matched. Adds nothing to the Doc;
``dyads(tok, pattern, ...)`` yields the (source, target) actor pairs of the act,
for ``dyadline.coder.coding``.

Hand-written because no library maps a spaCy parse to CAMEO roles: the rules
(the source of a passive or of a nominal trigger, subjects inherited through
conjunction and control, "including X, Y" lists fanning out into dyads, mutual
acts coded both ways, "between X and Y") are ours; which words name actors is
``dyadline.coder.actors``' business.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator
from functools import cache

from spacy.tokens import Token

from dyadline.codebook import read_tsv
from dyadline.coder import (
    appraise,
    clauses,
    consult,
    counterforce,
    domestic,
    home_target,
    nominal,
    noun_args,
    quoted,
    reactions,
    roles,
    targets,
)
from dyadline.coder import patterns as pat
from dyadline.coder.actor_codebook import country_of_place, state_codes
from dyadline.coder.actors import (
    DEFINITE,
    MAIN_STATE,
    PERSONAL,
    RUNNER_UP,
    STATE_COUNTS,
    acronym_name,
    actors_for,
    mention_at,
    mentions,
    opponents_named,
    place_country,
    sentence_states,
)
from dyadline.coder.actors import _prefixed as prefixed
from dyadline.coder.dateline import dateline_end, dateline_state
from dyadline.coder.locations import location_for
from dyadline.model import Actor, Location

__all__ = [
    "MAIN_STATE",
    "actor_list",
    "agentless",
    "clause_argument",
    "conducted_relation",
    "context_country",
    "coordinated_undergoers",
    "domestic_pair",
    "dyads",
    "effect_subject",
    "first_conjunct",
    "habitual",
    "instrument_subject",
    "later_claimant",
    "linked_clauses",
    "named_owner",
    "owned_act",
    "remainder_subject",
    "target_actors",
    "unnamed_doer",
]

# the words the parser may make of an acronym subject it took for a verb ("IGAD called")
ACRONYM_DEPS = frozenset({"aux", "auxpass", "advmod", "amod", "npadvmod", "dep", "nmod"})
# the dependencies a parser gives a clause's subject name it misreads as a modifier
MISPARSED_SUBJECT_DEPS = frozenset({"npadvmod", "dep", "nmod"})

# kinds of mention that name a state itself
NAMED_STATE = frozenset({"state", "capital", "adjective"})
# CAMEO's sector of a state's people: whom a statement about a place at home aims at
CIVILIANS = "CVL"
# roots of violence: a state's sector-only victims are not its own people by default
FOREIGN_ROOTS = frozenset({"18", "19", "20"})

# clauses whose verb inherits the subject of the word they hang on; "acomp":
# "X is willing to withdraw", the adjective's subject acts; "oprd": "X appears willing
# to mediate", "X seems ready to resume talks" (a raising verb's predicate)
CONTROL_DEPS = ("xcomp", "conj", "pcomp", "advcl", "acl", "relcl", "ccomp", "acomp", "oprd")


def _expand(tok: Token) -> list[Token]:
    """A noun phrase head, its conjuncts and companions ("X along with Y"); an
    "including X, Y" list replaces its head.

    An appositive naming another state is a list the parser took for an
    apposition ("France, Chile, and Norway convened").
    """
    heads = [tok, *tok.conjuncts]
    heads = [*(m for h in heads for m in _fused_conjuncts(h)), *heads]
    # "government and rebel forces": the forces of each side the modifiers name
    heads = [m for h in heads for m in (_shared_head_sides(h) or [h])]
    # "the ministers of Egypt and Jordan": each state its members stand for
    heads = [m for h in heads for m in (nominal.members(h) or [h])]
    heads += _companions(tok)
    own = {a.country for a in actors_for(tok)}
    for h in list(heads):
        for c in h.children:
            if c.dep_ == "appos" and own and c.pos_ == "PROPN":
                other = actors_for(c)
                if other and all(a.country not in own for a in other):
                    heads += [c, *c.conjuncts]
                    continue
                # "Prime Minister X and President Y": the parser hangs the second title
                # on the first one's apposed name; another state's is a conjunct
                heads += [
                    g
                    for g in c.conjuncts
                    if g not in heads
                    and (found := actors_for(g))
                    and all(a.country and a.country not in own for a in found)
                ]
    out: list[Token] = []
    for h in heads:
        listed = [
            o
            for o in pat.prep_objects(h, set(pat.argument_words("list_prep")))
            if o.dep_ == "pobj" and o.pos_ in ("PROPN", "NOUN", "PRON")
        ]
        listed = [x for o in listed for x in (o, *o.conjuncts)]
        listed += [c for x in listed for c in x.children if c.dep_ == "appos"]
        listed_actors = [x for x in listed if actors_for(x)]
        if _sector_members(h, listed_actors):
            # "opposition members, including those in the lower house": members of
            # the group the head names, which stays the actor
            listed_actors = []
        for x in listed_actors if listed_actors else [h]:
            if x not in out:
                out.append(x)
    return out


def _sector_members(head: Token, listed: list[Token]) -> bool:
    """Does an "including" list name only unnamed members (a sector word, no name or
    state of their own) of a group that the head already names with its sector?"""
    own = actors_for(head)
    if not listed or not own or not all(a.sector for a in own):
        return False
    return not any(a.country or a.name for x in listed for a in actors_for(x))


def _shared_head_sides(head: Token) -> list[Token]:
    """The sides a coordination of sector words before one head names ("government and
    rebel forces clashed", "government and opposition supporters"): the modifier and its
    conjunct, each a sector-only actor of a sector of its own, stand for the head's
    people of that side; [] for any other phrase ("security and defence officials":
    no side named)."""
    for c in head.children:
        if c.dep_ not in ("nmod", "compound", "amod") or c.i > head.i:
            continue
        if not any(g.dep_ == "cc" for g in c.children):
            continue
        sides = [c, *(k for k in c.conjuncts if c.i < k.i < head.i)]
        found = [actors_for(t) for t in sides]
        if len(sides) < 2 or not all(len(f) == 1 for f in found):
            return []
        if any(f[0].country or not f[0].sector for f in found):
            return []  # a named state is a coordination the parser reads already
        if len({f[0].sector for f in found}) == len(sides):
            return sides
    return []


def _fused_conjuncts(head: Token) -> list[Token]:
    """The first conjunct of a coordination the parser hung on the last one's noun as
    a modifier ("[The Colombian government] and FARC rebels signed": "government" an
    ``nmod`` of "rebels"): a determined noun with a conjunct of its own that names
    another actor than the head."""
    out: list[Token] = []
    for c in head.children:
        if c.dep_ not in ("nmod", "compound") or c.pos_ != "NOUN" or c.i > head.i:
            continue
        if not any(g.dep_ == "cc" for g in c.children) or not c.conjuncts:
            continue
        if not any(g.dep_ == "det" for g in c.children):
            continue  # ("security and defence officials": one phrase)
        own = {a.code for a in actors_for(c)}
        if own and own != {a.code for a in actors_for(head)}:
            out.append(c)
    return out


def _companions(tok: Token) -> list[Token]:
    """ "the consul (along with the ambassador)", "killed X together with Y": Y too."""
    return [
        o
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in pat.argument_words("companion_prep")
        for o in pat.prep_objects(c, {"with"})
        if actors_for(o)
    ]


def actor_list(tokens: Iterable[Token], date: str | None = None) -> list[Actor]:
    """The actors the tokens' phrases denote, each once (people as of ``date``)."""
    out: list[Actor] = []
    for t in tokens:
        for a in actors_for(t, date=date):
            if a not in out:
                out.append(a)
    return out


def _passive_participle(tok: Token) -> bool:
    if tok.tag_ == "VBD" and tok.dep_ == "acl" and _misplaced_main_verb(tok):
        return False
    if tok.tag_ == "VBD" and tok.dep_ == "acl":
        # "a reporter detained in Russia": a reduced relative the tagger took for a
        # past tense, with no subject or object of its own, is a passive participle
        return not any(c.dep_ in ("nsubj", "dobj", "aux") for c in tok.children)
    return tok.tag_ == "VBN" and not any(c.dep_ == "aux" for c in tok.children)


def _misplaced_main_verb(tok: Token) -> bool:
    """A past tense the parser hung on the sentence's opening noun, as its root.

    "Turkey's foreign minister called on Sweden to extradite ...": with no verb
    left for the sentence, the noun phrase before the verb is its subject, and a
    verb with a complement clause, an object or an infinitive is active.
    """
    head = tok.head
    return (
        head.dep_ == "ROOT"
        and head.pos_ in ("NOUN", "PROPN")
        and head.left_edge.i == head.sent.start
        and head.i < tok.i
        and any(c.dep_ in ("xcomp", "ccomp", "dobj") for c in tok.children)
    )


def _subject(verb: Token) -> list[Token]:
    """The subject of ``verb``, inherited through conjunction and control.

    Object control: "forced Chile to halt", "dissuade Chile from
    cooperating" -> Israel. Raising from a passive: "X was accused of
    plotting", "X is scheduled to attend" -> X.
    """
    if pat.attributed_clause(verb) is not None:
        # "according to X, ...": X tells the clause
        return _expand(pat.prep_objects(verb, {"to"})[0])
    if _headline_passive(verb):
        return []  # "two soldiers killed in an attack": the soldiers underwent it
    cur = verb
    for _ in range(6):
        # a dateline's place ("KABUL, Afghanistan (AP) - Police ...") is no subject
        lined = dateline_end(cur.doc)
        subs = [c for c in cur.children if c.dep_ in ("nsubj", "csubj") and c.i >= lined]
        if not subs:
            # "IGAD called on Sudan": an acronym the parser hung on the verb as a word of
            # its own (an auxiliary, a modifier) before it is its subject
            subs = [c for c in cur.lefts if c.dep_ in ACRONYM_DEPS and acronym_name(c)][:1]
        if not subs:
            # "Azerbaijan massed troops": a name that opens the clause, which the parser
            # took for a modifier of the verb, is its subject
            subs = [
                c
                for c in cur.lefts
                if c.dep_ in MISPARSED_SUBJECT_DEPS
                and c.pos_ == "PROPN"
                and c.left_edge.i == cur.left_edge.i
                and c.i >= lined
                and actors_for(c)
            ][:1]
        if not subs:
            # "Egypt and Qatar are mediating": the parser can hang the subject on the
            # auxiliary before the verb
            subs = [
                g
                for c in cur.lefts
                if c.dep_ in ("aux", "auxpass")
                for g in c.children
                if g.dep_ in ("nsubj", "nsubjpass") and g.i >= lined
            ][:1]
        if not subs and cur is not verb and _root_name(cur):
            # "Trump at first imposed tariffs": the name the parser made the root of
            # the sentence, the act hung below it, is its subject
            return [cur]
        if len(subs) > 1 and subs[0].pos_ == "ADJ":
            # "Sudan's paramilitary Rapid Support Forces shelled ...": the parser split
            # one subject in two at an adjective; the noun that names an actor is it
            subs = [s for s in subs if s.pos_ in ("NOUN", "PROPN") and actors_for(s)][:1] or subs
        if subs:
            # "X, which attacked Y": the relative pronoun stands for X
            sub = _antecedent(subs[0])
            if (
                sub.pos_ == "PRON"
                and not actors_for(sub)
                and cur.dep_ == "ccomp"
                and not (sub.lower_ in PERSONAL and quoted.attributed(sub) is not None)
            ):
                # "X says it is willing to ...": the speaker speaks of itself (not a
                # "he" inside X's quotation: '"He lied," Doe said' is someone else)
                return _subject(cur.head)
            told = _statement_told(sub)
            if told:
                # "X issued a statement. The statement criticized Y": X's
                return told
            if nominal.is_instrument(sub) and not actors_for(sub):
                # "Russian drones hit Kyiv", "a bomb planted by rebels killed six"
                users = nominal.instrument_user(sub) or noun_args.sector_users(sub)
                return [t for u in users for t in _expand(u)] if users else [sub]
            if nominal.is_instrument(sub) and noun_args.aimed_phrase_actor(sub):
                # "a police crackdown on protesters killed three": the actor of the
                # act's "on" phrase is whom it struck, not who used it
                users = nominal.instrument_user(sub) or noun_args.sector_users(sub)
                return [t for u in users for t in _expand(u)]
            return _expand(sub)
        agent = [c for c in cur.children if c.dep_ == "agent"]
        if agent:
            objs = pat.prep_objects(cur, {"by"})
            if objs:
                return _expand(objs[0])
        passive_subj = [c for c in cur.children if c.dep_ == "nsubjpass"]
        if passive_subj:
            return _expand(passive_subj[0]) if cur is not verb else []
        if cur.dep_ == "attr" and cur.tag_ == "VBG" and cur.head.lemma_ == "be":
            # "Qatar is mediating between ...": a progressive the parser hung on "is"
            cur = cur.head
            continue
        if cur.dep_ in ("relcl", "acl") and cur.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
            if cur.dep_ == "acl" and _passive_participle(cur):
                return []  # "soldiers killed in ...": the noun is what was done to
            if cur.dep_ == "acl" and endeavour_noun(cur.head):
                # "Japan's move to ...", "a drive by X to ...", "X made an effort to ...",
                # "X acted in a bid to ...": whoever undertakes the endeavour acts
                undertaker = _endeavour_doer(cur.head)
                if undertaker:
                    return undertaker
            if cur.dep_ == "acl" and pat.intent_noun(cur.head):
                # "X announced a plan to withdraw", "Y's offer to mediate": who intends acts
                owner = [c for c in cur.head.children if c.dep_ == "poss" and actors_for(c)]
                if owner:
                    return _expand(owner[0])
                mods = _actor_modifiers(cur.head, skip_poss=True)
                if mods:  # "the Qatari plan to send aid": Qatar intends it
                    return mods
                if cur.head.dep_ in ("dobj", "obj") and cur.head.head.pos_ in ("VERB", "AUX"):
                    return _subject(cur.head.head)
            if (
                cur.dep_ == "acl"
                and cur.tag_ == "VBG"
                and str(cur.head.lemma_).lower() in pat.argument_words("content_noun")
                and cur.head.dep_ in ("dobj", "obj")
                and cur.head.head.pos_ == "VERB"
                and pat.light_verb(cur.head.head)
                and not actor_list([cur.head])
            ):
                # "Putin signed a decree banning imports": what the decree does, whoever
                # signs, passes or issues it (a support verb) does; not who welcomes it
                return _subject(cur.head.head)
            return _np_subject(cur.head)
        absolute = _with_absolute(cur)
        if absolute is not None:
            # "the summit ended with China and Russia pledging cooperation"
            return _expand(absolute)
        if clauses.said_copula_conjunct(cur):
            # "X said the attacks were unacceptable and called on Y to ...": the
            # parser joined the speaker's second act to the reported copula
            cur = cur.head.head
            continue
        if cur.dep_ in CONTROL_DEPS or cur.dep_ == "pcomp" or cur.head.dep_ == "prep":
            if cur.head.i == cur.i:
                return []
            doer = clauses.controlling_object(cur)
            if doer is not None and not nominal.reciprocal(doer.head):
                # "accused X of attacking Y", "urged X to leave": X acts, named or not
                # ("X and Y accused each other of ...": the subjects, below)
                return _expand(doer) if actors_for(doer) else []
            controller = _controller(cur)
            if controller:
                return controller
            # "including hosting ...": "including" is a preposition whatever its tag
            via_prep = cur.head.pos_ == "ADP" or (cur.dep_ == "pcomp" and cur.head.dep_ == "prep")
            nxt = cur.head.head if via_prep else cur.head
            if nxt.pos_ == "NOUN" and nxt.dep_ == "dobj" and pat.light_verb(nxt.head):
                nxt = nxt.head  # "held meetings with X, including hosting Y"
            cur = nxt
            continue
        return []
    return []


def _root_name(tok: Token) -> bool:
    """Is ``tok`` a name opening its sentence that the parser made its root verb?"""
    if tok.dep_ != "ROOT" or tok.pos_ not in ("VERB", "AUX") or tok.i != tok.sent.start:
        return False
    return bool(actors_for(tok))


def _with_absolute(verb: Token) -> Token | None:
    """The actor of an absolute "with" phrase that the parser split from its gerund:
    "the talks ended with X and Y pledging ...", "pledging" an adverbial clause of
    "ended" and "X and Y" the object of its "with" right before it."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
        return None
    for obj in pat.prep_objects(verb.head, {"with"}):
        if obj.head.i < verb.i and obj.right_edge.i + 1 == verb.left_edge.i and actors_for(obj):
            return obj
    return None


def _own_people_asked_for(found: list[Token], pattern: pat.Pattern, sources: list[Actor]) -> bool:
    """Are the people an appeal or demand names in its object's phrase ("demanded the
    release of two Americans") of the state that asks, itself no sector of that
    state's society? A state asking for its own people asks whoever holds them, which
    the rest of the phrase names."""
    if pattern.cameo[:2] not in pat.argument_words("appeal_root") or not found or not sources:
        return False
    own = {s.country for s in sources if s.country and s.sector not in society_sectors()}
    people = actor_list(found)
    return (
        bool(own)
        and bool(people)
        # ("two Americans": the people of a demonym, with no sector)
        and all(
            a.country in own and (a.sector is None or a.sector in society_sectors()) for a in people
        )
    )


def endeavour_noun(noun: Token) -> bool:
    """Is ``noun`` a noun of endeavour whose to-clause is the act undertaken ("a move
    to", "an effort to", ``argument_words.tsv`` endeavour_noun)?"""
    return noun.pos_ == "NOUN" and str(noun.lemma_).lower() in pat.argument_words("endeavour_noun")


def _endeavour_doer(noun: Token) -> list[Token]:
    """Who undertakes the endeavour ``noun``: its possessive, its "by" phrase, its
    actor modifier ("the Turkish push"), the subject of the verb whose object it is
    ("X made a move") or which it modifies through a preposition ("X acted in an
    effort to", "in order to")."""
    owner = [c for c in noun.children if c.dep_ == "poss" and actors_for(c)]
    if owner:
        return _expand(owner[0])
    by = [o for o in pat.prep_objects(noun, {"by"}) if actors_for(o)]
    if by:
        return _expand(by[0])
    mods = _actor_modifiers(noun, skip_poss=True)
    if mods:
        return mods
    head = noun.head
    if noun.dep_ in ("dobj", "obj") and head.pos_ in ("VERB", "AUX"):
        return _subject(head)
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        # only the verb's own subject, not one inherited through a chain of clauses:
        # "X closed the border in an effort to ...", and a raised subject ("X is
        # expected to visit Y, in a move to ...")
        verb = head.head
        raised = any(c.dep_ == "xcomp" for c in verb.children)
        deps = ("nsubj", "nsubjpass") if raised else ("nsubj",)
        own = [c for c in verb.children if c.dep_ in deps and actors_for(c)]
        return _expand(own[0]) if own else []
    return []


def _controller(cur: Token) -> list[Token]:
    """The object or passive subject of the verb governing ``cur``, when it acts in ``cur``."""
    head = cur.head
    via: str | None = None
    if head.pos_ == "ADP" and cur.dep_ == "pcomp":
        via = str(head.lower_)
        head = head.head
    elif cur.dep_ != "xcomp":
        return []
    if head.pos_ not in ("VERB", "AUX"):
        return []
    obj = next((c for c in head.children if c.dep_ in ("dobj", "obj")), None)
    if obj is not None and str(head.lemma_).lower() in pat.argument_words("entry_verb"):
        obj = None  # "troops entered Somalia to fight X": the place entered does not act
    if (
        obj is not None
        and (via is None or via in pat.argument_words("object_control_prep"))
        and actors_for(obj)
    ):
        return _expand(obj)
    psub = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
    has_agent = any(c.dep_ == "agent" for c in head.children)
    if (
        psub is not None
        and not has_agent
        and (via is None or via in pat.argument_words("raising_prep"))
    ):
        return _expand(psub)
    return []


def _np_subject(noun: Token) -> list[Token]:
    """The actor a noun phrase stands for, through "X was among the earliest states"."""
    cur = noun
    for _ in range(4):
        if actor_list([cur]):
            return _expand(cur)
        if cur is not noun and str(noun.lemma_).lower() in pat.argument_words("speech_noun"):
            # "X sent a string of warnings asking ...": the speaker of the string
            return _speaker(cur) or _expand(noun)
        if cur.dep_ == "pobj" and cur.head.dep_ == "prep":
            cur = cur.head.head
            continue
        if cur.dep_ in ("attr", "acomp") and cur.head.pos_ in ("AUX", "VERB"):
            return _subject(cur.head)
        if str(cur.lemma_).lower() in pat.argument_words("speech_noun"):
            return _speaker(cur) or _expand(noun)
        break
    return _expand(noun)


STATEMENT_BACK = 3  # how many sentences back "the statement" looks for the one it names


def _statement_told(noun: Token) -> list[Token]:
    """A definite statement noun with no speaker of its own ("The statement
    criticized Y") names the statement told a few sentences before in its paragraph
    ("X issued a statement", "in a statement, X said"): that one's speaker."""
    lemma = str(noun.lemma_).lower()
    if noun.pos_ != "NOUN" or lemma not in pat.argument_words("speech_noun"):
        return []
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children):
        return []
    if _speaker(noun) or actors_for(noun):
        return []
    doc = noun.doc
    sent = noun.sent
    for _ in range(STATEMENT_BACK):
        if sent.start == 0:
            break
        sent = doc[sent.start - 1].sent
        for t in reversed(sent):
            if t.pos_ != "NOUN" or str(t.lemma_).lower() != lemma:
                continue
            found = _speaker(t)
            if not found and t.dep_ == "pobj" and t.head.lower_ == "in":
                found = _subject(t.head.head)  # "in a statement, X said"
            if found and any(actors_for(f) for f in found):
                return found
    return []


def _speaker(noun: Token) -> list[Token]:
    """Who speaks in a statement noun ("Egypt issued a statement condemning X", "a
    statement by X criticising Y", "X's letter urging Y"): its possessive or "by"
    phrase, else the subject of the verb it is the object of."""
    owners = [c for c in noun.children if c.dep_ == "poss" and actors_for(c)]
    owners += [o for o in pat.prep_objects(noun, {"by", "from"}) if actors_for(o)]
    if owners:
        return _expand(owners[0])
    if noun.dep_ in ("dobj", "obj") and noun.head.pos_ in ("VERB", "AUX"):
        return _subject(noun.head)
    return []


def _named_actor(mod: Token) -> bool:
    """Does a modifier name an actor? A sector word alone does not: "military
    exercises", "police violence" describe the act; "Russian exercises" and "the
    army's exercises" name who acts."""
    found = actors_for(mod)
    if mod.dep_ == "poss":
        return bool(found)
    return any(a.country for a in found)


def _actor_modifiers(noun: Token, *, skip_poss: bool) -> list[Token]:
    """The modifiers of ``noun`` that name an actor: possessive, adjective, compound
    ("Israel's", "Russian", "U.S."); without the possessive when it names the patient."""
    return [
        c
        for c in noun.children
        if c.dep_ in ("poss", "amod", "compound", "nmod")
        and not (skip_poss and c.dep_ == "poss")
        and _named_actor(c)
    ]


def _noun_source(noun: Token, pattern: pat.Pattern) -> list[Token]:
    """Who does what a nominal trigger names: "Israel's support", "Russian arms sales",
    "attacks by Peru", "Lima lent support", "engaged in the training of X's troops"."""
    # "the arrest of X by Y" / "X's arrest": the possessive is the doer only beside an "of"
    skip_poss = "poss" in pattern.targets and not any(
        actors_for(o) for o in pat.prep_objects(noun, {"of"})
    )
    holders = (noun, nominal.phrase_head(noun), _shared_owner(noun))
    for holder in dict.fromkeys(holders):
        mods = _actor_modifiers(holder, skip_poss=skip_poss)
        if mods:
            return mods
    if pattern.cameo[:2] in noun_args.forceful_roots() and noun_args.aimed_phrase_actor(noun):
        # "a police crackdown on protesters", "an army offensive against rebels": a
        # sector word before a forceful act aimed at someone names who does it
        mods = noun_args.sector_users(noun)
        if mods:
            return mods
    part = nominal.participle(noun)  # "an offensive launched by X"
    noun = nominal.phrase_head(noun)  # "carried out a series of raids": the series' place
    # "the withdrawal of X's troops from Y": a "from" phrase the row reads as the
    # target is not the doer
    agent_preps = {"by"} if "prep:from" in pattern.targets else {"by", "from"}
    by = (
        pat.prep_objects(noun, agent_preps)
        or (pat.prep_objects(part, {"by"}) if part is not None else [])
        # "the expulsion of X's diplomats by Y": the parser hangs the agent on the patient
        or [b for o in pat.prep_objects(noun, {"of"}) for b in pat.prep_objects(o, {"by"})]
    )
    if not by and "subj" in pattern.targets and noun.dep_ == "dobj":
        by = pat.prep_objects(noun.head, {"from"})  # "X won praise from Y", however parsed
    if not by:
        by = noun_args.giver(noun)  # "X received a loan from Y", "X secured aid from Y"
    if by and actors_for(by[0]):
        return _expand(by[0])
    blamed = _blamed_doer(noun) or _claimed_doer(noun, pattern)
    if blamed:
        return blamed
    if nominal.undergoer(noun):
        # "the convoy came under attack by gunmen", "came under fire from rebels": the
        # parser hangs the agent on the verb of undergoing; "the journalist remains in
        # detention": the subject undergoes it, the doer is not told here
        agents = pat.prep_objects(noun.head.head, agent_preps)
        return _expand(agents[0]) if agents and actors_for(agents[0]) else []
    role = noun.dep_ == "attr" or (noun.dep_ == "pobj" and noun.head.lower_ == "as")
    verb = noun.head if noun.dep_ == "attr" else noun.head.head
    if role and verb.pos_ in ("VERB", "AUX"):
        # "Iran served as the conduit of Russian arms": the subject plays the role
        subj = _subject(verb)
        if actor_list(subj):
            return subj
    of_is_target = any(t.startswith(("prep:of", "pobj-of-obj:of")) for t in pattern.targets)
    of = pat.prep_objects(noun, {"of"})
    if of and actors_for(of[0]) and not of_is_target:
        return _expand(of[0])
    if of and not of_is_target and pattern.cameo[:2] in pat.argument_words("goods_owner_root"):
        # "the sale of U.S. weapons to X", "shipments of Iranian drones": whose goods
        # are handed over hands them over
        mods = _actor_modifiers(of[0], skip_poss=False)
        if mods:
            return mods
    head = noun.head
    if (
        noun.dep_ == "pobj"
        and head.lower_ in pat.argument_words("list_prep")
        and head.head.pos_ == "PROPN"
    ):
        owner = head.head  # "Netanyahu (including a short visit to Baku)": his visit
        if actors_for(owner):
            return [owner]
    ready = pat.ready_for(noun)
    if ready is not None:
        return _subject(ready)  # "X is ready for talks with Y": X would hold them
    light = noun.dep_ == "attr" or pat.light_verb(head) or nominal.named_support(head, pattern)
    if noun.dep_ in ("attr", "dobj", "nsubjpass") and head.pos_ in ("AUX", "VERB") and light:
        return _subject(head)
    lead = first_conjunct(noun)
    if (
        noun.dep_ == "conj"
        and lead.dep_ == "pobj"
        and lead.head.lower_ in pat.argument_words("cause_prep")
    ):
        # "killed in the ambush and the subsequent gunfight with X": the act noun shares
        # its first conjunct's phrase of cause
        noun, head = lead, lead.head
    if noun.dep_ == "pobj" and head.head.pos_ in ("VERB", "AUX"):
        verb = head.head
        if head.lower_ in pat.argument_words("cause_prep"):
            # "two guards died in the kidnapping by gunmen": the parser hangs the
            # act's "by" agent on the verb of an active clause
            by = [
                o
                for p in verb.children
                if p.dep_ == "prep" and p.lower_ == "by" and p.i > noun.i
                for o in p.children
                if o.dep_ == "pobj" and actors_for(o)
            ]
            if by:
                return _expand(by[0])
        # "lodged a protest over the incursion": the motive of the verb's own act
        # (its object), not an act of its subject's
        motive = head.lower_ in pat.argument_words("grievance_prep") and any(
            c.dep_ == "dobj" for c in verb.children
        )
        # "engaged in the schooling of", "acted as the channel of", "in partnership with";
        # "said at a meeting with X", "is on a visit to Y" (``nominal.setting``)
        if not motive and (
            pat.light_verb(verb)
            or verb.lemma_ == "engage"
            or head.lower_ in ("in", "as")
            or nominal.setting(noun, pattern.cameo)
            or nominal.named_support(verb, pattern)  # "agreed to a ceasefire"
        ):
            took_part = _participant(verb) if head.lower_ == "in" else []
            # "officials involved in talks with Y", "envoys taking part in the talks"
            members = noun_args.participant_noun(noun) or noun_args.fallen_side(noun, pattern)
            if not took_part and members is not None:
                took_part = _expand(members)
            if (
                not took_part
                and verb.lemma_.lower() in pat.argument_words("harm_verb")
                and any(c.dep_ == "nsubjpass" for c in verb.children)
            ):
                return []  # "dozens were killed in the fighting": they underwent it
            return took_part or _subject(verb)
    # "X retaliated with strikes on Y"; "X said talks with Y resumed"
    for told in (noun_args.answer_verb(noun), noun_args.party_verb(noun, pattern)):
        if told is not None:
            doer = _subject(told)
            if actor_list(doer):
                return doer
    return nominal.phrase_owner(noun, pattern.cameo)


def _shared_owner(noun: Token) -> Token:
    """The conjunct whose modifiers a bare conjunct shares ("Chile's backing of
    and aid to Peru": Chile's aid), else the noun itself."""
    if noun.dep_ != "conj" or any(
        c.dep_ in ("poss", "det", "amod", "compound", "nmod") for c in noun.children
    ):
        return noun
    first = first_conjunct(noun)
    return first if any(c.dep_ == "poss" for c in first.children) else noun


def _shared_complement(noun: Token, prep: str) -> list[Token]:
    """ "X's backing of and aid to Y": a preposition left without its object
    shares the object of its noun's conjunct (Y)."""
    bare = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == prep]
    if not any(not list(c.children) for c in bare):
        return []
    return [o for c in noun.conjuncts for o in pat.prep_objects(c)][:1]


def _participant(verb: Token) -> list[Token]:
    """ "X was involved in the training of Y's pilots": the passive subject of a verb
    of participation (``argument_words`` ``participation_verb``) did the act its
    "in" phrase names; a passive subject is otherwise no doer."""
    if str(verb.lemma_).lower() not in pat.argument_words("participation_verb"):
        return []
    subj = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return _expand(subj[0]) if subj and actors_for(subj[0]) else []


def _claimed_doer(noun: Token, pattern: pat.Pattern) -> list[Token]:
    """ "X claimed (responsibility for) the attack on Y", "the bombing was claimed by
    X": who claims a hostile act (``argument_words`` ``claimed_root``) by a verb of
    ``claim_verb`` did it, as the coding guide codes a claimed attack."""
    if pattern.cameo[:2] not in pat.argument_words("claimed_root"):
        return []
    verb, passive = noun.head, noun.dep_ == "nsubjpass"
    if noun.dep_ == "pobj" and noun.head.lower_ == "for":
        owed = noun.head.head  # "claimed responsibility for the attack"
        if owed.dep_ != "dobj" or str(owed.lemma_).lower() not in pat.argument_words(
            "claimed_noun"
        ):
            return []
        verb, passive = owed.head, False
    elif noun.dep_ != "dobj" and not passive:
        return []
    if str(verb.lemma_).lower() not in pat.argument_words("claim_verb"):
        return []
    doers = _expand_agent(verb) if passive else _subject(verb)
    return doers if actor_list(doers) else []


def later_claimant(tok: Token, pattern: pat.Pattern) -> list[Token]:
    """Who claims, in the next sentence, the hostile act ``tok`` tells without its doer
    ("A convoy came under attack on Sunday. The ADF claimed responsibility for the
    attack."): the subject of a verb of ``claim_verb`` whose claimed noun
    (``claimed_noun``) is "for" a definite act noun of ``blamed_act`` ("the attack",
    "the bombing") with no phrase of its own naming whom it struck; [] otherwise."""
    if pattern.cameo[:2] not in pat.argument_words("claimed_root"):
        return []
    doc = tok.doc
    if tok.sent.end >= len(doc):
        return []
    for noun in doc[tok.sent.end].sent:
        if (
            noun.dep_ != "pobj"
            or noun.head.lower_ != "for"
            or str(noun.lemma_).lower() not in pat.argument_words("blamed_act")
            or not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children)
            or any(c.dep_ == "prep" for c in noun.children)
        ):
            continue
        owed = noun.head.head
        claimed = pat.argument_words("claimed_noun")
        if owed.dep_ != "dobj" or str(owed.lemma_).lower() not in claimed:
            continue
        verb = owed.head
        if str(verb.lemma_).lower() not in pat.argument_words("claim_verb"):
            continue
        doers = _subject(verb)
        if actor_list(doers):
            return doers
    return []


def _blamed_doer(noun: Token) -> list[Token]:
    """ "blamed X for the attack on Y", "accused X of the killing of Y": the object
    of a verb of blame (``argument_words`` ``blame_verb``) did the act its "for" /
    "of" / "with" phrase names."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in pat.argument_words("blame_prep"):
        return []
    verb = prep.head
    if str(verb.lemma_).lower() not in pat.argument_words("blame_verb"):
        return []
    obj = pat.direct_object(verb)
    if obj is None and verb.dep_ in ("acomp", "oprd", "xcomp"):
        return _subject(verb.head)  # "X stands accused of the bombing"
    return _expand(obj) if obj is not None and actors_for(obj) else []


def _target_tokens(
    tok: Token,
    pattern: pat.Pattern,
    avoid: set[str | None],
    sources: list[Actor] | None = None,
) -> tuple[list[Token], bool]:
    """Target tokens by the pattern's target spec, else by ``targets.fallback`` (not
    naming ``sources``' own side); the flag says "between" gave them."""
    # "Israel rejected calls from Y for a ceasefire in Gaza": an act its object names
    # was aimed at who answers it, not at whatever its phrases name
    answering = (
        pattern.pos == "N"
        and tok.dep_ == "dobj"
        and nominal.response_verb(tok, pattern.cameo) is not None
        and not nominal.patient_noun(tok, pattern)
    )
    for spec in pattern.targets:
        kind, _, arg = spec.partition(":")
        found: list[Token] = []
        if kind == "tree" and answering:
            continue
        if kind == "obj":
            obj = pat.direct_object(tok)
            along = [c for c in _companions(tok) if c not in co_speakers(tok, pattern)]
            if obj is not None and appraise.appraisal(tok, pattern.cameo):
                # "condemned Y's attacks on civilians": the act's doer, not its victims
                found = [*_appraised(_referent(_antecedent(obj))), *along]
            elif obj is not None:
                found = [_referent(_antecedent(obj)), *along]
            elif pat.relative_object(tok) is not None:
                found = [tok.head]  # "the charge New Delhi rejected": the charge
            else:
                found = _complement_subject(tok)  # "helped Iraq rebuild": Iraq
                shared = clauses.shared_object(tok, pattern.cameo) if not found else None
                if shared is not None:  # "shelled and destroyed villages"
                    found = [_referent(_antecedent(shared))]
        elif kind == "prep":
            found = pat.prep_objects(tok, {arg})
            if not found and pattern.pos == "N" and tok.dep_ in ("dobj", "nsubjpass"):
                found = pat.prep_objects(tok.head, {arg})
            answer = noun_args.answer_verb(tok) if not found and pattern.pos == "N" else None
            if answer is not None:
                # "X responded with air strikes on Y": the parser hangs the act's aim
                # on the verb of response
                found = [o for o in pat.prep_objects(answer, {arg}) if o.i > tok.i]
            if not found and pattern.pos == "N":
                # "a series of raids on X", "X came under attack"
                found = (
                    nominal.prep_targets(tok, {arg})
                    or nominal.undergoer(tok)
                    or nominal.aimed_at(tok)  # "new sanctions target X"
                )
            if not found and pattern.pos == "N":
                # "the route for fuel and food to Chad": on what it carries
                goods = [g for o in pat.prep_objects(tok, {"of"}) for g in (o, *o.conjuncts)]
                found = [x for g in goods for x in pat.prep_objects(g, {arg})][:1]
            if not found and pattern.pos == "V":
                obj = pat.direct_object(tok)  # "sent an envoy to Peru"
                if obj is not None:
                    found = pat.prep_objects(obj, {arg})
                counted = pat.counted_goods(obj) if obj is not None else None
                if not found and counted is not None:
                    found = pat.prep_objects(counted, {arg})  # "$5 million in aid to X"
            if not found and pattern.pos == "V":
                # "fired missiles, ..., and known to be ..., at targets in X": the
                # phrase the parser hung on a coordinated verb without a subject
                found = [o for c in _bare_conjuncts(tok) for o in pat.prep_objects(c, {arg})]
            if not found and pattern.pos == "N":
                found = _shared_complement(tok, arg)
            if not found and pattern.pos == "N" and tok.dep_ == "nsubj":
                found = _beneficiary(tok)
        elif kind == "pobj-of-obj":
            obj = pat.direct_object(tok)
            if obj is None and pattern.pos == "N":
                # "the establishment of relations between X and Y": a noun's "of"
                # phrase is its object, as the verb's is ("established relations")
                obj = next(iter(pat.prep_objects(tok, {"of"})), None)
            if obj is not None:
                found = pat.prep_objects(obj, {arg})
            if found and arg == "between":
                return _expand(found[0]), True  # both members, as "between" gives them
            if _own_people_asked_for(found, pattern, sources or []):
                continue  # "the US demanded the release of two Americans held by Russia"

        elif kind == "between":
            # "talks between X and Y", "an agreement among X, Y and Z": all the parties
            found = pat.prep_objects(tok, {"between", "among", "amongst"})
            obj = pat.direct_object(tok)
            if obj is None and pattern.pos == "N":
                # "an exchange of fire between X and Y": the parser may hang the phrase
                # on the noun's "of" object, as on a verb's object
                obj = next(iter(pat.prep_objects(tok, {"of"})), None)
            if not found and obj is not None:
                found = pat.prep_objects(obj, {"between", "among", "amongst"})
            if not found and pattern.pos == "N":
                found = _told_between(tok)
            if found:
                return _expand(found[0]), True
        elif kind == "parties":
            # "X and Y agreed to a ceasefire brokered by Z": the parties to the deal the
            # participle tells of are the subject of the verb that takes it
            parties = _deal_parties(tok)
            if parties:
                return parties, True
        elif kind == "xobj":
            obj = pat.direct_object(tok)
            comp = pat.open_complement(tok)
            if obj is not None:
                found = [obj]
            elif comp is not None:
                found = [c for c in comp.children if c.dep_ == "nsubj"]
        elif kind == "dative":
            found = [c for c in tok.children if c.dep_ == "dative" and c.pos_ != "ADP"]
        elif kind == "csubj":
            comp = pat.open_complement(tok) or pat.attributed_clause(tok)
            if comp is None and pattern.pos == "N":
                # "X's demand that Y lift sanctions": the that-clause of the noun
                comp = next(
                    (
                        c
                        for c in tok.children
                        if c.dep_ in ("acl", "ccomp")
                        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                    ),
                    None,
                )
            if comp is not None:
                found = [c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")]
                passive = any(c.dep_ == "nsubjpass" for c in comp.children)
                if passive:  # the victims of a passive are not whom the speaker accuses
                    # "said a mortar was fired at it from Gaza": the agent, else the origin
                    found = pat.prep_objects(comp, {"by"}) or pat.prep_objects(comp, {"from"})
                # "said Y's strikes on civilians were illegal": the act's doer, not its
                # victims
                found = [d for f in found for d in _appraised(f)]
                # "X claimed it had attacked Y": a pronoun for the speaker is no accused
                found = [
                    f
                    for f in found
                    if not (f.pos_ == "PRON" and {a.country for a in actors_for(f)} <= avoid)
                ]
        elif kind == "poss":
            found = [c for c in tok.children if c.dep_ == "poss"]
        elif kind == "tree":
            found = _tree_target(tok, avoid, pattern.cameo[:2] in _domestic_roots())
        elif kind == "subj":
            found = _receiver(tok)
        elif kind == "doer":
            found = _doer(tok)
        elif kind == "answered":
            found = _answered_doer(tok, arg)
        elif kind == "pred":
            # "X was critical of Y", "disappointed by Y's decision": the predicate's phrase
            found = clauses.predicate_objects(tok, arg)
        found = [t for f in found for t in _expand(f)]
        if any(t.head.i == tok.i and reactions.act_pronoun(t, pattern.cameo) for t in found):
            found = []  # "denounced it": the act just told (``discourse.act_noun``)
        # "its border with X", "the frontier with X": the state on the other side too
        found += [
            t
            for f in found
            if str(f.lemma_).lower() in pat.argument_words("frontier_noun")
            for o in pat.prep_objects(f, {"with"})
            for t in _expand(o)
        ]
        if len(found) > 1 and kind in ("obj", "prep"):
            found += _stray_conjuncts(tok, found)
        people = _unnamed_people(found, pattern)
        if not actor_list(found) and kind in ("obj", "prep", "pobj-of-obj", "tree", "pred"):
            owners = [
                t
                for f in found
                if not opponents_named(f)
                for t in (
                    _owner(f)
                    or _relation_parties(f)
                    or _claimant_of(f)
                    or _relative_subject(f, tok)
                    or [x for a in clauses.by_agent(f) for x in _expand(a)]
                    or targets.agent_owner(f)  # "the decision by Y"
                )
            ]
            # a person the codebooks do not know stays, unless an actor stands for it
            if not people or actor_list(owners):
                found, people = owners, False
        obj = pat.direct_object(tok) if kind == "tree" and not found else None
        described = pat.participle_object(tok) if kind == "tree" and not found else None
        if obj is not None:
            found = _holder(obj)  # "captured a rebel base": whose base
        elif described is not None:
            # "the opposition party dissolved by the court", "offices raided by police"
            found = _expand(described) if actors_for(described) else _holder(described)
        elif kind == "tree" and not found and (rel := pat.relative_object(tok)) is not None:
            found = _claimant_of(rel)  # "X blamed Y, a charge Z dismissed": X's charge
        if actor_list(found) or (people and _unnamed_people(found, pattern)):
            return found, False
    if pattern.cameo[:2] in pat.argument_words("appeal_root"):
        # "called for Russia to withdraw", "its demand that X leave": whom it asks
        found = [t for a in clauses.appeal_addressee(tok) for t in _expand(a)]
        if actor_list(found):
            return found, False
    threat_roots = pat.argument_words("threat_root")
    if pattern.cameo[:2] in threat_roots or (
        (told := pat.intent_code(tok, pattern.cameo)) is not None and told[:2] in threat_roots
    ):
        # "warned of retaliation if NATO deploys troops": whom the condition names; "warned
        # it would retaliate if X moves": a hostile act threatened, aimed at X too
        found = [t for a in clauses.condition_subject(tok) for t in _expand(a)]
        found = [t for t in found if {a.country for a in actors_for(t)} - avoid]
        if actor_list(found):
            return found, False
    received = noun_args.receiver_verb(tok) if pattern.pos == "N" else None
    if received is not None and noun_args.giver(tok):
        # "X received a loan from Y": whom the act went to
        found = [t for t in _subject(received) if {a.country for a in actors_for(t)} - avoid]
        if actor_list(found):
            return found, False
    # (a mutual act, "welcomed the agreement signed by X and Y", is its parties' own,
    # aimed at no one who answers it)
    mutual = pattern.symmetric or pattern.mutual
    answered = nominal.response_verb(tok, pattern.cameo) if pattern.pos == "N" else None
    if answered is not None and not mutual and not nominal.patient_noun(tok, pattern):
        # "Israel rejected Iran's accusations": who answers the act was its target
        found = (
            _subject(answered)
            if tok.dep_ == "dobj"
            else [t for o in pat.prep_objects(answered, {"by"}) for t in _expand(o)]
        )
        found = [t for t in found if {a.country for a in actors_for(t)} - avoid]
        if actor_list(found):
            return found, False
    if (
        pattern.pos == "N"
        and (pattern.mutual or pattern.symmetric)
        and nominal.setting(tok, pattern.cameo)
    ):
        # "X told Y in a phone call": whom the verb addresses took part with X (in a
        # meeting or call; a visit's addressee may be its visitor)
        verb = tok.head.head
        # "discussed Ukraine in a video call": what the talk is about takes no part
        topic = str(verb.lemma_).lower() in nominal.nominal_words("topic_verb")
        found = [
            t
            for c in verb.children
            if c.dep_ == "dative" or (c.dep_ == "dobj" and not topic)
            for t in _expand(c)
        ]
        if actor_list(found):
            return found, False
    keep = _other_side(sources or [])
    if pattern.mutual or pattern.symmetric:
        # "X met Y and signed an agreement": a mutual act of a verb sharing its
        # subject with the verb before it is done with that verb's partner
        found = [t for t in _conjunct_partner(tok, pattern) if keep(t)]
        if actor_list(found):
            return found, False
    # where careful coders find a target the spec missed ("rejected Y's appeal",
    # "warned about Y"): ``dyadline.coder.targets``
    if pattern.pos == "N" and sources and not (pattern.mutual or pattern.symmetric):
        # "X's call for talks and Y's demand for guarantees": each answers the other
        found = [t for t in noun_args.rival_owner(tok) if keep(t)]
        if actor_list(found):
            return found, False
    found = [t for f in targets.fallback(tok, pattern, keep) for t in _expand(f)]
    if actor_list(found):
        return found, False
    return [], False


def _conjunct_partner(tok: Token, pattern: pat.Pattern) -> list[Token]:
    """The partner of the meeting a mutual act with none of its own is told with: the
    act's verb (or its support verb), a bare conjunct, a participle or an open
    complement of them, climbs to a verb of meeting (``argument_words``
    ``partner_verb``) or a verb carrying a noun of meeting (``partner_noun``), whose
    object or "with" phrase names the partner ("X met Y and signed a deal", "X held
    talks with Y, agreeing to boost cooperation"); [] otherwise."""
    verb = tok.head if pattern.pos == "N" and tok.dep_ == "dobj" else tok
    for _ in range(4):
        if verb.dep_ not in ("conj", "advcl", "xcomp") or verb.pos_ not in ("VERB", "AUX"):
            return []
        if verb.head.pos_ != "VERB" or verb.head.i == verb.i:
            return []
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return []
        if verb.dep_ == "advcl" and verb.tag_ != "VBG":
            return []  # ("... after it signed a deal": a clause of its own)
        first = verb.head
        if str(first.lemma_).lower() in pat.argument_words("partner_verb"):
            partners = [c for c in first.children if c.dep_ == "dobj"]
            partners = partners or pat.prep_objects(first, {"with"})
            return [t for p in partners[:1] for t in _expand(p) if actors_for(t)]
        met = [
            c
            for c in first.children
            if c.dep_ == "dobj" and str(c.lemma_).lower() in pat.argument_words("partner_noun")
        ]
        if met:
            partners = pat.prep_objects(met[0], {"with"}) or pat.prep_objects(first, {"with"})
            return [t for p in partners[:1] for t in _expand(p) if actors_for(t)]
        verb = first
    return []


def _other_side(sources: list[Actor]) -> Callable[[Token], bool]:
    """A test that a phrase names an actor that can be a target of ``sources``: not
    the source itself nor its own state ("Iran protested over the seizure of its
    tanker": not Iran), a sector standing apart from it may be ("the opposition
    criticised the decision by the government")."""

    def keep(tok: Token) -> bool:
        return any(
            all(b.country is None or (b.code != s.code and domestic_pair(b, s)) for s in sources)
            for b in actors_for(tok)
        )

    return keep


def _unnamed_people(found: list[Token], pattern: pat.Pattern) -> bool:
    """Is one of the tokens a person the codebooks do not know, who may be the
    target of the act (``domestic.unnamed_person``: "police arrested John Mwangi")?"""
    side = "source" if pattern.inverse else "target"
    code = _people_code(pattern)
    return bool(code) and any(domestic.unnamed_person(t, code, side) is not None for t in found)


def _people_code(pattern: pat.Pattern) -> str:
    """The code under which a verbal trigger's unknown people are actors ("" for a
    noun: "Mwangi's arrest" mostly retells an arrest already coded)."""
    return pattern.cameo if pattern.pos == "V" else ""


def _complement_subject(verb: Token) -> list[Token]:
    """The object the parser made the subject of an infinitive ("helped Iraq rebuild
    its army", "let the inspectors return"): a bare or "to" infinitive with no
    "that" and no modal of its own."""
    for comp in verb.children:
        if comp.dep_ not in ("ccomp", "xcomp") or comp.tag_ != "VB" or comp.i < verb.i:
            continue
        if any(c.dep_ == "mark" or (c.dep_ == "aux" and c.lower_ != "to") for c in comp.children):
            continue
        subj = [c for c in comp.children if c.dep_ == "nsubj" and c.i < comp.i]
        if subj and actors_for(subj[0]):
            return subj[:1]
    return []


def _bare_conjuncts(verb: Token) -> list[Token]:
    """Verbs coordinated after ``verb`` with no subject or object of their own."""
    return [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.pos_ in ("VERB", "AUX")
        and not any(g.dep_ in ("nsubj", "nsubjpass", "dobj") for g in c.children)
    ]


def _beneficiary(noun: Token) -> list[Token]:
    """ "Chilean loans helped Peru", "Russian arms gave Serbia an edge": a nominal act
    that is the subject of a verb of benefit goes to its beneficiary."""
    verb = noun.head
    if str(verb.lemma_).lower() not in pat.argument_words("benefit_verb"):
        return []
    return [c for c in verb.children if c.dep_ in ("dative", "dobj") and c.pos_ != "ADP"][:1]


def _stray_conjuncts(verb: Token, listed: list[Token]) -> list[Token]:
    """The last name of a list the parser hung on the verb ("met with A, B (...) and C",
    C a conjunct of "met"): a bare name, of the same kind as the listed ones."""
    kinds = {t.pos_ for t in listed}
    return [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.pos_ == "PROPN"
        and c.pos_ in kinds
        and not any(g.dep_ in ("nsubj", "dobj", "prep", "aux") for g in c.children)
        and actors_for(c)
    ]


def _antecedent(tok: Token) -> Token:
    """A relative pronoun stands for the noun its clause hangs on ("territory that ...")."""
    if tok.tag_ in ("WDT", "WP") and tok.head.dep_ == "relcl":
        noun = tok.head.head
        return _classed_subject(noun) or noun
    return tok


def _told_between(noun: Token) -> list[Token]:
    """The "between" objects of the verb that only tells a mutual act noun happened,
    where the parser hangs the phrase: the noun's passive verb ("clashes were
    reported between X and Y") or its participle ("an exchange of fire reported
    between X and Y"); [] when the noun is the subject of no passive and has no
    participle."""
    preps = {"between", "among", "amongst"}
    verbs = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if noun.dep_ == "nsubjpass" and noun.head.pos_ in ("VERB", "AUX"):
        verbs.append(noun.head)
    return [o for v in verbs for o in pat.prep_objects(v, preps)]


def _relation_parties(noun: Token) -> list[Token]:
    """The parties of a relation noun named by its "between" phrase ("criticised the
    cooperation between X and Y", "a threat to the alliance between X and Y"): an act
    aimed at the relation is aimed at each party; [] for any other noun."""
    lemma = str(noun.lemma_).lower()
    if lemma not in pat.argument_words("relation_noun") and (
        noun.lower_ not in pat.argument_words("relation_noun")
    ):
        return []
    return [t for o in pat.prep_objects(noun, {"between"}) for t in _expand(o)]


def _classed_subject(noun: Token) -> Token | None:
    """The subject a copula puts in the class a noun names ("X was one of the few
    states that ...", "X was among the countries that ..."): the relative clause on
    the class tells X's act; None when the noun names an actor itself or no copula
    classes a subject in it."""
    cur = noun
    if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head is not cur.head:
        counter = cur.head.head
        if counter.lower_ == "one" or counter.lower_ in pat.argument_words("partitive"):
            cur = counter  # "one of the few states"
    if cur.dep_ == "attr":
        copula = cur.head
    elif cur.dep_ == "pobj" and cur.head.lower_ == "among":
        copula = cur.head.head
    else:
        return None  # (the parse tests first: they are cheap, the actors are not)
    if str(copula.lemma_).lower() != "be" or actors_for(noun):
        return None
    subs = [c for c in copula.children if c.dep_ == "nsubj"]
    return subs[0] if subs and actors_for(subs[0]) else None


def _tree_target(tok: Token, avoid: set[str | None], domestic: bool = False) -> list[Token]:
    """The first actor named inside the trigger's object or prepositional phrases
    ("attend the Beijing Olympics", "fired missiles at targets in Azerbaijan"). For a
    verbal act of a root in ``argument_words`` ``domestic_tree_root`` with no other
    state named, the first actor of the source's own country with a sector ("Kenya's
    opposition called the Kenyan government's decision illegal": the government)."""
    roots = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass", "prep", "dative")]
    if str(tok.lemma_).lower() in pat.argument_words("saying_verb"):
        # "told Kenya the Iranian plan was a mistake": whom it tells is not whom it is about
        roots = [c for c in roots if c.dep_ not in ("dobj", "obj", "dative")]
    roots += [c for c in tok.children if c.dep_ in ("xcomp", "ccomp", "oprd")]
    if tok.pos_ == "NOUN":  # "readiness to work with X"
        roots += [c for c in tok.children if c.dep_ == "acl" and c.i > tok.i]
    own: list[Token] = []
    for root in sorted(roots, key=lambda t: t.i):
        if root.lower_ == "by" or _comment_on_the_act(root):
            continue
        # "the diplomats whom X expelled": the noun the relative pronoun stands for
        antecedent = _antecedent(root)
        root = _referent(root)
        subtree = [t for t in antecedent.subtree if t.i < root.i] if antecedent is not root else []
        aside = _marked_clauses(root) | _opponents_of(root) | _beside_borders(root)
        for t in [*subtree, *root.subtree]:
            if t.i in aside:
                # "called for closing the camp after X attacked": when, not whom;
                # "support to Chinese rivals": whom they oppose, not whom it aims at
                continue
            acts = actors_for(t)
            # a sector word alone ("troops") is what is moved, not whom it aims at
            if acts and all(a.country and a.country not in avoid for a in acts):
                return [t, *_phrase_conjuncts(t, avoid)]
            if domestic and not own and acts and all(a.country and a.sector for a in acts):
                own = [t]  # the source's own country: dyads keeps it for another sector
    return own


def _comment_on_the_act(root: Token) -> bool:
    """A generic act noun set off by a comma after the act ("imposed tariffs on steel,
    a move criticized by X"; ``argument_words`` ``generic_act_noun``): a comment on the
    act, whose actors are no aim of it."""
    edge = root.left_edge.i
    return (
        str(root.lemma_).lower() in pat.argument_words("generic_act_noun")
        and edge > 0
        and root.doc[edge - 1].text == ","
    )


def _beside_borders(root: Token) -> set[int]:
    """The tokens of the phrases inside ``root``'s of a border named by a state's
    adjective after a preposition of nearness (``argument_words`` ``edge_prep``,
    ``frontier_noun``): "seized a town near the Rwandan border" is on either side of
    it, in no state the phrase names."""
    edges, frontiers = pat.argument_words("edge_prep"), pat.argument_words("frontier_noun")
    return {
        t.i
        for p in root.subtree
        if p.dep_ == "prep" and p.lower_ in edges
        for o in p.children
        if o.dep_ == "pobj"
        and o.lemma_.lower() in frontiers
        and any(c.dep_ in ("amod", "compound") for c in o.children)
        for t in o.subtree
    }


def _deal_parties(tok: Token) -> list[Token]:
    """The subject, with its conjuncts, of the verb whose object (or the object of
    whose preposition) a participle ``tok`` modifies ("X and Y agreed to a ceasefire
    brokered by Z", "signed a deal mediated by Z": X and Y), and the objects of its
    "with" phrase; [] for any other."""
    if tok.dep_ != "acl" or tok.tag_ != "VBN":
        return []
    noun = tok.head
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ == "dobj" else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return []
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subj:
        return []
    # "restored ties with Y in a deal brokered by Z": Y is a party too
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    others = [t for h in holders for o in pat.prep_objects(h, {"with"}) for t in _expand(o)]
    return [*_expand(subj[0]), *others]


def _opponents_of(root: Token) -> set[int]:
    """The tokens of the phrases inside ``root``'s headed by a noun of opponents
    (``argument_words`` ``opponent_noun``: "Chinese rivals", "the enemies of Israel"):
    the state they name is whom those people stand against (``actors.opponents_named``)."""
    return {t.i for c in root.subtree if opponents_named(c) for t in c.subtree}


def _marked_clauses(root: Token) -> set[int]:
    """The tokens of the subordinate clauses inside a phrase that a conjunction other
    than a condition's marks ("after X attacked", "because Y refused"): they tell
    when or why, not whom the act aims at."""
    conditions = pat.argument_words("condition_mark")  # a condition names whom it aims at
    return {
        t.i
        for c in root.subtree
        if c.i != root.i
        and c.dep_ == "advcl"
        and (marks := {m.lower_ for m in c.children if m.dep_ == "mark"})
        and not marks & conditions
        for t in c.subtree
    }


def _phrase_conjuncts(t: Token, avoid: set[str | None]) -> list[Token]:
    """The conjuncts of the phrase a modifier naming an actor stands in ("expelled a
    Chinese diplomat and two Russian officials": the officials too), those naming
    another side."""
    head = t
    while head.dep_ in ("amod", "compound", "poss", "nmod", "case") and head.head != head:
        head = head.head
    if head == t:
        return []
    return [
        c
        for c in head.conjuncts
        if (acts := actors_for(c)) and all(a.country and a.country not in avoid for a in acts)
    ]


@cache
def _domestic_roots() -> frozenset[str]:
    return pat.argument_words("domestic_tree_root")


def _referent(obj: Token) -> Token:
    """What "it" stands for as the object of a participial clause: the actor named by
    the object of the clause it hangs on ("rejected the French plan, calling it a
    mistake" -> French), unless the pronoun already names an actor other than the
    clause's own subject."""
    verb = obj.head
    if (
        obj.lower_ not in pat.argument_words("clause_pronoun")
        or verb.dep_ not in ("advcl", "conj", "xcomp")
        or verb.tag_ != "VBG"
    ):
        return obj
    named = {a.country for a in actors_for(obj)}
    if named - {a.country for a in actor_list(_subject(verb))}:
        return obj
    main = pat.direct_object(verb.head)
    if main is None or main is obj:
        return obj
    # the first actor the object names ("the French plan", "a war against the state")
    return next((t for t in main.subtree if actors_for(t)), obj)


def _claimant_of(noun: Token) -> list[Token]:
    """Whose claim a claim noun is (``argument_words`` ``claim_noun``): "the accusations
    made by X"; the speaker of the clause it stands beside ("X blamed Y, a charge Z
    rejected": X's charge)."""
    if str(noun.lemma_).lower() not in pat.argument_words("claim_noun"):
        return []
    made = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    by = [o for m in made for o in pat.prep_objects(m, {"by"})]
    if by:
        return [t for o in by for t in _expand(o)]
    # the parser hangs "..., a charge Z rejected" on the object or on the verb
    verb = noun.head.head if noun.dep_ == "appos" else noun.head
    if noun.dep_ in ("appos", "npadvmod") and verb.pos_ in ("VERB", "AUX"):
        return _subject(verb)
    summed = _summed_clause(noun)
    return _subject(summed) if summed is not None else []


def _summed_clause(noun: Token) -> Token | None:
    """The main verb of the clause a claim noun set off by a comma after it sums up
    ("X blamed Y, accusing it of arming rebels in Z, a charge Y denied": blamed),
    wherever the parser hung the noun; none when the noun is no afterthought or the
    clause is the noun's own."""
    left = noun.left_edge
    if left.i == 0 or noun.doc[left.i - 1].text != ",":
        return None
    root = noun.sent.root
    if root.pos_ not in ("VERB", "AUX") or root.i >= left.i or root in noun.subtree:
        return None
    return root


def _appraised(subj: Token) -> list[Token]:
    """The subject of a speaker's clause, or the doer of the act it names
    (``appraise.act_doer``: "Y's attacks on civilians" -> Y)."""
    doer = appraise.act_doer(subj)
    return [subj] if doer is None or not doer else doer


def _doer(verb: Token) -> list[Token]:
    """Who did the act the verb's object names, for a verbal act on it ("condemned
    the arrest of X by Y", "welcomed the Chinese release of X": Y, China). The
    possessive and "of" phrase of a noun whose owner suffers the act
    (``argument_words`` ``patient_noun``: "X's arrest") name its victim, not its doer."""
    obj = pat.direct_object(verb) or pat.relative_object(verb)
    if obj is None:
        return []
    obj = _referent(_antecedent(obj))
    patient = str(obj.lemma_).lower() in pat.argument_words("patient_noun")
    owner = [c for c in obj.children if c.dep_ == "poss" and actors_for(c)]
    if patient and owner and pat.prep_objects(obj, {"of"}):
        # "Iran's execution of a dissident": with the victim in its "of" phrase, the
        # owner of an act done to someone is its doer ("X's arrest": the victim)
        return owner[:1]
    if actors_for(obj) and not patient:
        return [obj]
    made = [c for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    by = pat.prep_objects(obj, {"by"}) + [o for m in made for o in pat.prep_objects(m, {"by"})]
    if by and actor_list(by[:1]):
        return by[:1]
    mods = _actor_modifiers(obj, skip_poss=patient)
    if mods:
        return mods
    if patient:
        return []
    if str(obj.lemma_).lower() in pat.argument_words("goods_act_noun"):
        # "opposes the sale of U.S. weapons to X": whose goods are handed over
        goods = pat.prep_objects(obj, {"of"})
        mods = _actor_modifiers(goods[0], skip_poss=False) if goods else []
        if mods:
            return mods
    return _owner(obj) or _claimant_of(obj) or _relative_subject(obj, verb)


def _answered_doer(verb: Token, prep: str) -> list[Token]:
    """Who did the act a verb of response answers in its ``prep`` phrase ("respond to
    any aggression by X", "retaliate for Y's attack", "react to the deployment of Z's
    missiles"): the act's "by" agent or "from" origin (the agent also when the parser
    hangs it on the verb), else its actor modifier, else the actor modifier of its "of"
    object; none for an act whose owner suffers it ("the killing of its general")."""
    for act in pat.prep_objects(verb, {prep}):
        # "by X", "from X" ("any attack from Lebanon")
        by = pat.prep_objects(act, {"by", "from"}) or pat.prep_objects(verb, {"by"})
        if by and actor_list(by[:1]):
            return by[:1]
        if str(act.lemma_).lower() in pat.argument_words("patient_noun"):
            continue
        found = _actor_modifiers(act, skip_poss=False)
        found = found or [
            m for o in pat.prep_objects(act, {"of"}) for m in _actor_modifiers(o, skip_poss=False)
        ]
        if found:
            return found[:1]
    return []


def _receiver(noun: Token) -> list[Token]:
    """Who receives the act a nominal trigger names, as the subject of its verb
    ("X faced criticism from Y", "the plan drew criticism": the plan's owner,
    "X came under criticism")."""
    if noun.dep_ in ("dobj", "nsubjpass"):
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        verb = noun.head.head
    else:
        return []
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    subj = _subject(verb)
    if actor_list(subj):
        return subj
    return [
        c
        for s in subj
        for c in s.children
        if c.dep_ in ("poss", "amod", "compound", "nmod") and _named_actor(c)
    ] or [t for s in subj for t in _owner(s)]


def _owner(noun: Token) -> list[Token]:
    """Whose thing a noun is: "Azerbaijan's independence", "the independence of Georgia",
    "dissidents from Myanmar"."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += pat.prep_objects(noun, {"of", "from"})
    found = [t for o in owners for t in _expand(o)]
    if not actor_list(found) and noun.pos_ == "NUM":
        # "shot down 30 of 35 Russian drones": whose the things counted are
        found = [t for o in pat.prep_objects(noun, {"of"}) for t in _holder(o)]
    return found if actor_list(found) else _holder(noun)


def _relative_subject(noun: Token, trigger: Token) -> list[Token]:
    """Whose thing a noun is by the relative clause that has it for object ("the plan
    Egypt proposed", "the sanctions X imposed"): the relative's subject, unless that
    relative is the trigger's own clause ("a charge X rejected": X is who acts)."""
    return [
        t
        for c in noun.children
        if c.dep_ == "relcl"
        and c.i != trigger.i
        and getattr(pat.relative_object(c), "i", -1) == noun.i
        for s in c.children
        if s.dep_ == "nsubj"
        for t in _expand(s)
    ]


def _holder(noun: Token) -> list[Token]:
    """Whose place or thing a noun is by its modifier: "a rebel base", "opposition
    offices", "rebel-held districts" (the "-held" participle's own modifier)."""
    out: list[Token] = []
    for c in noun.children:
        if c.dep_ in ("amod", "compound", "nmod") and actors_for(c):
            out.append(c)
        elif c.dep_ == "amod" and c.tag_ == "VBN":
            out += [g for g in c.children if g.dep_ in ("npadvmod", "compound") and actors_for(g)]
    return out


def _cause_source(verb: Token) -> list[Token]:
    """The actor behind a passive event without agent: "killed in Israeli shelling",
    "died because of the Peruvian raid"."""
    for prep in verb.children:
        if prep.dep_ not in ("prep", "agent") or prep.lower_ not in pat.argument_words(
            "cause_prep"
        ):
            continue
        # "killed in Israeli shelling": the act noun (or gerund) of the phrase
        objs = [c for c in prep.subtree if c.dep_ == "pobj" and c.pos_ in ("NOUN", "VERB")]
        for obj in objs[:2]:
            mods = [
                c
                for c in obj.children
                if c.dep_ in ("poss", "amod", "compound") and _named_actor(c)
            ]
            if mods:
                return mods
    return nominal.cause_partner(verb)  # "killed in a clash with rebels"


def _source_tokens(tok: Token, pattern: pat.Pattern) -> tuple[list[Token], bool]:
    """The tokens naming the doer of the act ``tok`` triggers, and whether ``tok``
    is a passive verb."""
    if pattern.pos != "V":
        return _noun_source(tok, pattern), False
    passive = (
        any(c.dep_ == "nsubjpass" for c in tok.children)
        or (tok.dep_ == "acl" and _passive_participle(tok))
        or _bare_passive(tok)
        or _headline_passive(tok)
    )
    src_toks = _subject(tok) if not passive else _expand_agent(tok)
    if passive and not src_toks and pattern.inverse:
        # "X's envoy was summoned to the ministry": an inverse row's target spec names
        # the doer, and the passive's subject is whom it is done to
        src_toks = [t for c in tok.children if c.dep_ == "nsubjpass" for t in _expand(c)]
    if passive and not src_toks:
        src_toks = _cause_source(tok)
    if passive and not src_toks:
        src_toks = _instrument_owner(tok)
    if not passive and src_toks:
        src_toks = [*src_toks, *(c for c in co_speakers(tok, pattern) if c not in src_toks)]
    return src_toks, passive


def _instrument_owner(verb: Token) -> list[Token]:
    """Whose weapon a passive verb's subject is ("a Houthi drone was fired at X",
    "Russian missiles launched at Kyiv"): who used it, by the actor modifying the
    weapon noun (``argument_words`` ``instrument_noun``); [] for anything else."""
    used = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if verb.dep_ == "acl":
        used.append(verb.head)
    words = pat.argument_words("instrument_noun")
    weapons = [u for u in used if str(u.lemma_).lower() in words or u.lower_ in words]
    return [t for u in weapons for t in _holder(u)]


def co_speakers(tok: Token, pattern: pat.Pattern) -> list[Token]:
    """The companions a verb's "along with" phrase names that share its subject's role:
    one that stands before the verb ("X, along with Y, criticized Z"), or any, for a
    verbal act of a ``companion_speaker_root`` root ("X spoke out against the move,
    along with Y"), not an act done to someone ("killed X along with Y": Y too)."""
    if pattern.pos != "V":
        return []
    found = _companions(tok)
    if not found or pattern.cameo[:2] in pat.argument_words("companion_speaker_root"):
        return found
    return [o for o in found if o.i < tok.i]


def purpose_host(tok: Token, source: Actor, date: str | None = None) -> Actor | None:
    """The state a visit's purpose clause acts on, for a visit that names no host
    ("visits by Peruvian surgeons to treat wounded Chilean soldiers": Chile): the
    country of the first actor of another state that the "to"-infinitive on the
    trigger names as its object; None when there is none."""
    for clause in tok.children:
        if clause.dep_ not in ("acl", "advcl", "xcomp") or clause.pos_ != "VERB":
            continue
        if not pat.to_infinitive(clause):
            continue
        for obj in (c for c in clause.children if c.dep_ in ("dobj", "obj")):
            for a in actor_list(_expand(obj), date):
                if a.country and a.country != source.country:
                    return Actor(a.country, a.country, None, "", None)
    return None


def noun_doers(tok: Token, pattern: pat.Pattern, date: str | None = None) -> list[Actor]:
    """The actors the act ``tok`` names as its doers (possessive, adjective, "by")."""
    return actor_list(_source_tokens(tok, pattern)[0], date)


def unnamed_doer(tok: Token, pattern: pat.Pattern) -> bool:
    """Does the act name no actor as its doer ("thousands protested", "demonstrations
    against X took place")?"""
    return not actor_list(_source_tokens(tok, pattern)[0])


def dyads(
    tok: Token,
    pattern: pat.Pattern,
    req_tokens: list[Token] | None = None,
    *,
    date: str | None = None,
    open_target: bool = False,
) -> Iterator[tuple[Actor, Actor | None]]:
    """(source, target) pairs of the act ``tok`` triggers by ``pattern``; people
    named are read as of ``date`` (ISO, the event's start) where given. With
    ``open_target`` (the act aims at an earlier act: "condemned the bombing") a
    source without a target is yielded for the discourse memory to complete."""
    described = pat.attributive_participle(tok) if pattern.pos == "V" else None
    if described is not None:
        # "X met visiting Minister Y": Y visits X (the host is the main verb's subject)
        visitors = _localise(_actor_tokens(_expand(described), date), tok, [])
        hosts = _localise(_actor_tokens(_subject(tok.head), date), tok, visitors)
        for v in visitors:
            for h in hosts:
                if v.code != h.code and domestic_pair(v, h):
                    yield v, h
        return
    src_toks, passive = _source_tokens(tok, pattern)
    people = _people_code(pattern)
    src_pairs = _actor_tokens(src_toks, date, people, "target" if pattern.inverse else "source")
    if pattern.pos == "N" and (pair := nominal.hyphen_dyad(tok, date)):
        if pattern.symmetric or pattern.mutual:  # "the Kenya-Uganda talks"
            yield from _pairs([a for a, _t in pair], symmetric=True)
            return
        src_pairs = pair  # "U.S.-Israeli strikes on X": both act
    avoid = {a.country for a, _t in src_pairs}
    tgt_toks, between = _target_tokens(tok, pattern, avoid, [a for a, _t in src_pairs])
    if not tgt_toks and passive and tok.dep_ == "acl" and "obj" in pattern.targets:
        tgt_toks = _expand(tok.head)  # "soldiers killed in ..."
    if not tgt_toks and _bare_passive(tok) and "obj" in pattern.targets:
        tgt_toks = _undergoer(tok)  # "X thanked them after being freed"
    if not tgt_toks and "obj" in pattern.targets:
        tgt_toks = _headline_undergoer(tok)  # "two soldiers killed in ..."
    tgt_pairs = _actor_tokens(tgt_toks, date, people, "source" if pattern.inverse else "target")
    placed = pattern.loc_target or _placed_act(pattern.cameo) or _scene_appraised(tok, pattern)
    if placed:
        tgt_pairs = _not_places(tgt_pairs)
    # "the army shelled Sudan's Darfur region": the people of the place, where the
    # state itself would make no dyad with the doer
    struck = (
        domestic.place_people(tgt_pairs, _victim_sector(pattern.cameo))
        if not pattern.inverse and pattern.cameo[:2] in FOREIGN_ROOTS
        else {}
    )
    venue = any(pattern.cameo[:n] in pat.argument_words("venue_act") for n in (2, 3, 4))
    sources = _localise(
        src_pairs,
        tok,
        # the people of a place struck, not the state, are whom its doer faces
        [struck.get(a, a) for a, _t in tgt_pairs],
        [t for _a, t in tgt_pairs],
        acting=not pattern.inverse,
        venue=venue,
    )
    if len(sources) >= 2 and nominal.reciprocal(tok):  # "X and Y accused each other"
        yield from _pairs(sources, symmetric=True)
        return
    # violence: a state's own people are not its victims by default, but for the
    # punishments a state metes out at home ("Saudi Arabia executed seven people")
    foreign = pattern.cameo[:2] in FOREIGN_ROOTS and str(tok.lemma_).lower() not in (
        pat.argument_words("home_violence_verb")
    )
    targets = _localise(
        tgt_pairs,
        tok,
        sources,
        [t for _a, t in src_pairs],
        foreign=foreign,
        acting=pattern.inverse,
        repressive=domestic.repression(pattern.cameo),
        venue=venue,
    )
    if pattern.inverse:
        sources, targets = targets, sources
    if not targets and placed and sources:
        # "rebels seized Goma": a place taken by name is its state's, at home too
        taken = any(r.kind == "objplace" for r in pattern.requires)
        place = _place_target(tok, sources[0], home=taken)
        targets = [place] if place is not None else []
        # "in X, aid agencies and the government started relief": X's own organs
        # aid its people, not the state itself
        home = [s for s in sources[1:] if place is not None and s.country == place.country]
        if home and place is not None:
            sources = [s for s in sources if s not in home]
            yield from _home_pairs(home, place, pattern.cameo)
    if not targets and (pattern.symmetric or pattern.mutual) and len(sources) >= 2:
        # "X and Y spoke by phone", "X and Y clashed in Z": a mutual act of coordinated
        # actors is each with the other, not with the people of the place
        yield from _pairs(sources, symmetric=True)
        return
    if not targets and sources and not between and not pattern.defend:
        # (an act of defence aims at the attacker remembered: dyadline.coder.discourse)
        victim = unnamed_victim(tok, pattern.cameo, sources[0])
        targets = [victim] if victim is not None else []
    if between and pattern.symmetric and len(targets) == 1 and _sides_of_one(tgt_toks):
        # "talks between the rival factions of Somalia", "a truce between Sudan's
        # warring parties": the sides are one state's; whoever hosts is no party
        return
    if between and (not sources or (pattern.symmetric and len(targets) >= 2)):
        # "relations were established between X and Y": a mutual act; "displaced by
        # fighting between X and Y": the two sides fight, whoever the clause's subject
        yield from _pairs(targets, symmetric=True)
        return
    if not sources and targets and pattern.pos == "N":
        # "the fight against the insurgents": the state's own forces, unnamed
        sources = counterforce.state_forces(tok, pattern.cameo, targets, armed_sectors())
        # "the battle with the militants": a mutual fight is each side's on the other
        between = between or bool(sources and pattern.symmetric)
    if not sources:
        return
    if not targets:
        if pattern.target_optional or open_target:
            for s in sources:
                yield s, None
            return
        # "the opposition denounced the extension": a measure of its own government
        for s in sources:
            if (aim := home_target.home_target(s, pattern.cameo)) is not None:
                yield s, aim
        return
    # a person the codebooks do not know is only a domestic act's target ("police
    # arrested John Mwangi"): a foreign state's act on him names no country for him
    unnamed = {a.name for a, _t in tgt_pairs if a.country is None and a.name}
    # "X offered to hold talks with Y", "X expressed readiness to hold talks with Y": the
    # intent is X's alone, not the other side's
    gerund = pattern.cameo[:2] in pat.argument_words("mutual_gerund_root") and _nominal_gerund(tok)
    both_ways = pattern.mutual or (pattern.symmetric and (between or gerund))
    # "X met Y" in a news story: each side's meeting with the other (``consult``)
    both_ways = both_ways or consult.mutual_in_news(tok, pattern)
    both_ways = both_ways and pat.intent_code(tok, pattern.cameo) is None
    crowd = _crowd_sector(pattern.cameo)
    # "Niger's junta detained Bazoum": a person an organ of his own state represses is
    # no organ acting, though his office is of the same sector (domestic.repression)
    persons = (
        {a.text for a, t in tgt_pairs if _person_named(t)}
        if domestic.repression(pattern.cameo)
        else set()
    )
    for s in sources:
        for t in targets:
            if crowd and not s.sector and s.country and t.sector and t.country == s.country:
                # "Kenyans protested against the government": a people against its state
                s = dataclasses.replace(s, code=s.country + crowd, sector=crowd)
            if t in struck and not domestic_pair(s, t, pattern.cameo):
                t = struck[t]
            held = (
                t.text in persons
                and s.text != t.text
                and s.sector is not None
                and s.sector not in society_sectors()
            )
            if not held and (s.code == t.code or not domestic_pair(s, t, pattern.cameo)):
                continue
            if t.name in unnamed and s.country != t.country:
                continue
            yield s, t
            if both_ways:
                yield t, s


def _person_named(tok: Token) -> bool:
    """Does ``tok`` name a person the codebooks know ("Mohamed Bazoum")?"""
    m = mention_at(tok.doc, tok.i)
    return m is not None and m.kind == "person"


@cache
def _crowd_sector(cameo: str) -> str | None:
    """The sector of a people doing an act of ``cameo`` against its own state
    (``agentless.tsv`` source ``crowd``: protests), or None."""
    from dyadline.coder.discourse import crowd_sector

    return crowd_sector(cameo)


def _actor_tokens(
    tokens: Iterable[Token], date: str | None, cameo: str = "", side: str = ""
) -> list[tuple[Actor, Token]]:
    """The actors the tokens' phrases denote, each once, with the token naming each;
    in a domestic act of ``cameo`` a person the codebooks do not know on ``side`` is a
    sector-only mention (``domestic.unnamed_person``: "police arrested John Mwangi")."""
    out: list[tuple[Actor, Token]] = []
    for t in tokens:
        found = actors_for(t, date=date)
        if not found and cameo:
            person = domestic.unnamed_person(t, cameo, side)
            found = [person] if person is not None else []
        for a in found:
            if all(a != b for b, _t in out):
                out.append((a, t))
    return out


def _localise(
    pairs: list[tuple[Actor, Token]],
    trigger: Token,
    others: list[Actor],
    other_toks: list[Token] | None = None,
    *,
    foreign: bool = False,
    acting: bool = False,
    repressive: bool = False,
    venue: bool = False,
) -> list[Actor]:
    """Sector-only mentions ("police", "the protesters", "a court") take the country of
    their context (``context_country``; ``acting``: they are the doers of the act;
    ``repressive``: an act of repression, ``domestic.repression``; ``venue``: the
    place of the act is only where the parties met, ``venue_act``); one with no
    country in reach is dropped."""
    out: list[Actor] = []
    for actor, tok in pairs:
        if _roving(actor):
            # "Islamic State fighters attacked a town in Nigeria": coded where it acts
            # (the coding guide), its own code where its context gives no state
            here = _acting_state(tok, trigger, others, other_toks or [])
            if here is not None and here != actor.country:
                actor = dataclasses.replace(actor, code=here + (actor.sector or ""), country=here)
        hosts = (
            _venue_hosts(tok, trigger, others)
            if venue and (actor.sector or "").lower() in pat.argument_words("venue_party")
            else frozenset()
        )
        if tok.pos_ != "PROPN" and actor.sector is not None and actor.country in hosts:
            # "signed a deal with rebels in Juba": the place of talks hosts them (a
            # common noun: a name of its own is no place's)
            actor = dataclasses.replace(actor, code=actor.sector, country=None, name=None)
        if actor.country is None and actor.sector is not None:
            country = context_country(
                tok,
                trigger,
                others,
                other_toks or [],
                foreign=foreign,
                acting=acting,
                person=actor.name is not None,
                repressive=repressive,
                hosts=hosts,
            )
            if country is None:
                continue
            actor = dataclasses.replace(actor, code=country + actor.sector, country=country)
        if actor not in out:
            out.append(actor)
    return out


def _venue_hosts(tok: Token, trigger: Token, others: list[Actor]) -> frozenset[str]:
    """The states that only host the act of ``trigger`` (talks, an agreement:
    ``argument_words`` ``venue_act``): those of its own place ("met ... in Dakar") and
    of a place phrase the parser hung on the mention ``tok`` ("with rebels in Juba"),
    unless the rest of the mention names that state itself ("Kenyan rebels in
    Nairobi"), it is the other side's or the story's main state (elders meeting in
    their own country)."""
    hosted = location_for(trigger, (None, None))
    out = {hosted.country} if hosted is not None and hosted.country else set()
    place_preps = pat.argument_words("venue_prep")
    inside: set[int] = set()
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in place_preps:
            continue
        for obj in prep.children:
            country = place_country(obj) if obj.dep_ == "pobj" else None
            if country:
                out.add(country)
                inside |= {t.i for t in prep.subtree}
    named = {
        c
        for c in out
        for t in tok.subtree
        if t.i not in inside and t.i != trigger.i and _names_state(t, c)
    }
    home = {o.country for o in others} | {tok.doc.user_data.get(MAIN_STATE)}
    return frozenset(out - named - home)


def _roving(actor: Actor) -> bool:
    """Is ``actor`` an armed movement coded by where it acts, not by a home state
    (``argument_words.tsv`` ``roving_group``: the Islamic State, al-Qaeda)?"""
    return (
        actor.name is not None
        and actor.sector in armed_sectors()
        and actor.name.lower() in pat.argument_words("roving_group")
    )


def _acting_state(
    tok: Token, trigger: Token, others: list[Actor], other_toks: list[Token]
) -> str | None:
    """Where a roving armed movement at ``tok`` acts: a place named with the act, its
    own phrase or the other side ("attacked a village in Nigeria"); else the story's
    main state, when no state is on the other side ("IS attacked the army" in a story
    of Syria; not "the United States bombed IS"); else None."""
    states = state_codes()
    for where in (trigger, tok, *other_toks):
        loc = location_for(where, (None, None))
        if loc is not None and loc.country in states:
            return loc.country
    main = tok.doc.user_data.get(MAIN_STATE)
    if not isinstance(main, str) or main not in states:
        return None
    return None if any(o.country in states for o in others) else main


def _speakers_state(tok: Token) -> str | None:
    """The state of the official who tells the clause a bare state organ is the subject
    of ("a senior Israeli official said the military had struck targets in Syria":
    Israel's military, not Syria's): the subject is "the" + a sector word of
    ``argument_words`` ``state_voice_sector`` or ``speaker_organ_sector`` with no name
    of its own, and the verb of saying (``saying_verb``) above its clause has a subject
    of one state with a sector of the state (an official, a ministry)."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or not any(
        c.dep_ == "det" and c.lower_ == "the" for c in tok.children
    ):
        return None
    if any(c.dep_ in ("compound", "amod", "poss", "prep") for c in tok.children):
        return None
    own = (sector_of(tok) or "").lower()
    if own not in pat.argument_words("speaker_organ_sector"):
        return None
    clause = tok.head
    while clause.dep_ == "conj" and clause.head is not clause:
        clause = clause.head
    verb = clause.head
    if clause.dep_ != "ccomp" or str(verb.lemma_).lower() not in pat.argument_words("saying_verb"):
        return None
    states = {
        a.country
        for c in verb.children
        if c.dep_ == "nsubj"
        for a in actors_for(c)
        if a.country and a.sector
    }
    return next(iter(states)) if len(states) == 1 else None


def context_country(
    tok: Token,
    trigger: Token,
    others: list[Actor],
    other_toks: list[Token] | None = None,
    *,
    foreign: bool = False,
    acting: bool = False,
    person: bool = False,
    repressive: bool = False,
    hosts: frozenset[str] = frozenset(),
) -> str | None:
    """The state of a sector-only mention at ``tok`` (``person``: the name of a person
    the codebooks do not know, whose own words name no place), the first of: a place in its
    own phrase ("police in Mombasa"), the event's ("clashed ... in Lagos") or the
    other side's ("fired on protesters in Lagos"); for an armed group, the state its
    own clause acts on ("rebels fighting the president of X" -> X); the country of a
    sector actor on the other side (a domestic dyad: "Kenyan police fired at
    demonstrators"); for an armed group, where it acts: the state its own act is
    aimed at (``acting``: "the militants seized parts of Iraq" -> Iraq), else the
    one state its sentence names besides the other side (none when it names
    several: a state striking a group abroad is not the group's home); the one
    state its sentence names besides the other side (not for ``foreign`` victims);
    the dateline's; the story's
    main state (``MAIN_STATE``, the state its text names most so far), or where
    that is the other side itself, the state it names most after it (``RUNNER_UP``);
    the one state
    the sentence names; the other side's.
    Only states count (an organisation on the other side gives its civilians no
    country: "UN forces protected civilians"). A country that would make the mention
    the other side itself is passed over ("the ministry summoned the French
    ambassador": not France's ministry). With ``foreign`` (the victims of a state's
    violence) the main state and the sentence's states stand only when they differ
    from the attacking state's, except for the sectors that stand against their own
    state (``argument_words.tsv`` ``home_victim_sector``: "Iran executed a protester"
    -> IRNOPP). In an act of repression (``repressive``: "Pakistan arrested the former
    prime minister") an organ or official may be of the state on the other side.
    ``hosts``: the states of the places of talks or an agreement (``_venue_hosts``),
    which place no mention ("Sudan signed a deal with rebels in Juba": Sudan's
    rebels)."""
    if _outsider(tok):
        return None  # "foreign bloggers praised China": of no state the context names
    own = sector_of(tok)
    if foreign and (own or "").lower() in pat.argument_words("home_victim_sector"):
        foreign = False
    taken = {o.code for o in others}
    states = state_codes()
    # an organ of the state on the other side is no side against it ("the ministry
    # accused Somalia": not Somalia's ministry); a society sector may be ("the
    # opposition criticised Kenya"); a person the codebooks do not know and an office
    # of an owner ("the court's president") are placed by what they name, not by
    # elimination
    owned = any(c.dep_ == "poss" for c in tok.children)
    if own not in society_sectors() and not person and not owned and not repressive and other_toks:
        # the state named as such, not a place of it ("attacked Syria's Idlib province")
        taken |= {
            f"{o.code}{own or ''}"
            for o in others
            if o.sector is None
            and o.country
            and any(_names_state(t, o.country) for t in other_toks)
        }

    # "the government sent troops into Mali", "authorities deported 12 men to Laos":
    # where the mention's own act sends someone or goes is abroad, not its home
    abroad = _destinations(tok) | _served_states(tok)

    def fits(country: str | None) -> bool:
        return (
            bool(country)
            and country in states
            and f"{country}{own or ''}" not in taken
            and country not in hosts
            and country not in abroad
        )

    # a person's own name is no place ("Amos", "Lopez" are also towns)
    name = {c.lower_ for c in tok.children if c.dep_ == "compound"} | {tok.lower_}
    # "journalist John Moyo": a title on a name, whose words name no place either
    titled = tok.dep_ == "compound" and tok.head.pos_ == "PROPN" and tok.head.i > tok.i
    if titled:
        name |= {c.lower_ for c in tok.head.children if c.dep_ == "compound"} | {tok.head.lower_}
    # nor do those of a person on the other side ("arrested Zamora")
    their_names = {
        w.lower()
        for o in others
        if o.name and o.sector and not country_of_place(o.name)
        for w in o.name.split()
    }
    spoken = _speakers_state(tok)
    if spoken is not None and fits(spoken):
        return spoken  # "an Israeli official said the military had struck X in Syria"
    for where in (*([] if person else [tok]), trigger, *(other_toks or [])):
        loc = location_for(where, (None, None))
        words = set(loc.text.lower().split()) if loc is not None else set()
        if ((person or titled) and name & words) or their_names & words:
            continue
        if loc is not None and fits(loc.country):
            return loc.country
    if own in armed_sectors():
        # "rebels fighting the president of X": the state its own clause acts on
        for verb in (c for c in tok.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"):
            for arg in verb.children:
                objects = [arg] if arg.dep_ == "dobj" else []
                if arg.dep_ == "prep":
                    objects = [p for p in arg.children if p.dep_ == "pobj"]
                # "fighting the president, X": the apposition names whom
                objects += [a for o in objects for a in o.children if a.dep_ == "appos"]
                for obj in objects:
                    acted_on = [a.country for a in actors_for(obj) if fits(a.country)]
                    if acted_on:
                        return acted_on[0]
    sectored = {o.country for o in others if o.country and o.sector and o.country in states}
    if len(sectored) == 1 and fits(next(iter(sectored))):
        return next(iter(sectored))
    bare = [o.country for o in others if o.country and o.country in states]
    if own in armed_sectors():
        aimed = [c for c in bare if fits(c)]
        if acting and aimed:
            return aimed[0]
        # "the militant group that seized parts of Iraq": the states its sentence names
        named = [
            c for c in sentence_states(tok.sent) if c not in bare and c in states and c not in hosts
        ]
        if named:
            return named[0] if len(named) == 1 else None
    # the one state its own sentence names besides the other side ("Kenyan officials
    # said police fired on protesters"), before the story's
    here = [c for c in sentence_states(tok.sent) if fits(c) and c not in bare]
    if len(here) == 1 and not foreign:
        return here[0]
    # a dateline names where the story happens ("PESHAWAR - Police ..."), before
    # the state the text names most
    lined = dateline_state(tok.doc)
    if lined is not None and fits(lined) and not (foreign and lined in bare):
        return lined
    main = tok.doc.user_data.get(MAIN_STATE)
    if not foreign:
        # "the foreign minister": the main state, unless two states stand equal
        decided, country = roles.office_country(
            tok, main, tok.doc.user_data.get(STATE_COUNTS) or {}, _state_starts(tok), fits
        )
        if decided:
            return country
    if isinstance(main, str) and fits(main) and not (foreign and main in bare):
        return main
    if isinstance(main, str) and main in abroad:
        # "the government sent troops into Mali" in a story naming Mali most:
        # the state the story names most besides where it sends them
        counts: dict[str, int] = tok.doc.user_data.get(STATE_COUNTS) or {}
        ranked = sorted((c for c in counts if fits(c)), key=lambda c: -counts[c])
        if ranked:
            return str(ranked[0])
    runner = tok.doc.user_data.get(RUNNER_UP)
    # "the government demanded that Beijing ...", in a story naming China most: the
    # story's other state, when the other side names the main state itself
    if (
        isinstance(main, str)
        and isinstance(runner, str)
        and fits(runner)
        and not foreign
        and any(_names_state(t, main) for t in other_toks or [])
    ):
        return runner
    named = [c for c in sentence_states(tok.sent) if fits(c) and not (foreign and c in bare)]
    if len(named) == 1:
        return named[0]
    if foreign:
        return None
    rest = list(dict.fromkeys(c for c in bare if fits(c)))
    return rest[0] if len(rest) == 1 else None


def _outsider(tok: Token) -> bool:
    """Is the sector-only mention at ``tok`` said to be from abroad ("foreign
    bloggers", "international journalists"; ``argument_words`` ``outsider_modifier``),
    not an office of one state ("the foreign minister", ``outsider_office_noun``) nor
    a stance ("pro-foreign")?"""
    if tok.lemma_.lower() in pat.argument_words("outsider_office_noun"):
        return False
    words = pat.argument_words("outsider_modifier")
    return any(
        c.dep_ in ("amod", "compound")
        and c.lower_ in words
        and not (c.i > 0 and tok.doc[c.i - 1].text in ("-", "–"))
        for c in tok.children
    )


def _destinations(tok: Token) -> frozenset[str]:
    """The states named as where the act of the clause ``tok`` is the subject of sends
    someone or goes: an "into X" phrase ("sent troops into Mali", "crossed into
    Chad"), a "to X" phrase of a verb with an object ("deported 40 men to China",
    "sent 109 back to China") or of a verb of going that is no way home
    (``argument_words`` ``homing_verb``: "the soldiers returned to Kenya" are Kenya's)."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.pos_ not in ("VERB", "AUX"):
        return frozenset()
    verbs = [tok.head, *(c for c in tok.head.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    goals = pat.argument_words("destination_prep")
    homing = pat.argument_words("homing_verb")
    out: set[str] = set()
    for verb in verbs:
        if verb.i != tok.head.i and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue  # a conjunct clause of its own subject
        has_object = any(c.dep_ == "dobj" for c in verb.children)
        for prep in (c for c in verb.children if c.dep_ == "prep"):
            word = prep.lower_
            if word == "into" or (
                word in goals and (has_object or str(verb.lemma_).lower() not in homing)
            ):
                out |= _prep_states(prep)
    return frozenset(out)


def _prep_states(prep: Token) -> set[str]:
    """The states (not their organs) that the objects of ``prep`` name."""
    return {
        a.country
        for obj in prep.children
        if obj.dep_ == "pobj"
        for a in actors_for(obj)
        if a.sector is None and a.country in state_codes()
    }


def _served_states(tok: Token) -> frozenset[str]:
    """The states the mention's own relative or participial clause says it served
    (``argument_words`` ``served_prep``: "a man convicted of spying for Israel", "a
    woman who worked for the United States"): the side it worked for is no sign of
    where it is from."""
    words = pat.argument_words("served_prep")
    out: set[str] = set()
    for clause in (c for c in tok.children if c.dep_ in ("acl", "relcl")):
        for prep in (t for t in clause.subtree if t.dep_ == "prep" and t.lower_ in words):
            out |= _prep_states(prep)
    return frozenset(out)


def _state_starts(tok: Token) -> Callable[[int], str | None]:
    """The state a mention starting at a token of ``tok``'s Doc names, by index."""
    doc = tok.doc
    starts = {
        m.start: m.actor.country
        for m in mentions(doc)
        if m.state_level and m.actor.country and not prefixed(doc, m)
    }
    return starts.get


def _names_state(tok: Token, country: str) -> bool:
    """Does the phrase at ``tok`` name the state ``country`` by its name, capital or
    adjective ("Beijing", "China", "Chinese officials"), not by a sector word alone?"""
    m = mention_at(tok.doc, tok.i)
    return m is not None and m.actor.country == country and m.kind in NAMED_STATE


def domestic_pair(a: Actor, b: Actor, cameo: str = "") -> bool:
    """May ``a`` and ``b`` form a dyad? Two states do; within one country two different
    sectors of which one stands apart from the executive do ("police" against
    "protesters", a court against the government), and so does the state itself
    against such a sector (``codebooks/domestic.tsv``: "Kenya arrested opposition
    leaders"); the executive's organs among themselves do not, except in the acts of
    repression of ``cameo`` (``domestic.repression``: "police arrested the former
    minister", "Pakistan arrested the former prime minister": a state against one
    of its own organs or officials, but never the bare state against itself)."""
    if a.country != b.country:
        return True
    if a.sector == b.sector:
        return False
    if a.sector in society_sectors() or b.sector in society_sectors():
        return True
    return bool(cameo) and bool(a.sector or b.sector) and domestic.repression(cameo)


@cache
def society_sectors() -> frozenset[str]:
    """Sectors that stand apart from their own state (``codebooks/domestic.tsv``)."""
    return frozenset(row["sector"] for row in read_tsv("domestic.tsv"))


@cache
def armed_sectors() -> frozenset[str]:
    """Sectors of armed groups (``codebooks/domestic.tsv``, column ``armed``)."""
    return frozenset(row["sector"] for row in read_tsv("domestic.tsv") if row["armed"] == "yes")


def sector_of(tok: Token) -> str | None:
    """The sector of the sector-only mention at ``tok``."""
    found = actors_for(tok)
    return found[0].sector if found else None


def unnamed_victim(tok: Token, cameo: str, source: Actor) -> Actor | None:
    """The victim a careful coder gives violence with no actor as target ("gunmen
    stormed a hotel in X", "rebels attacked a village"): the civilians (``victim``
    column of ``targetless.tsv``) of the place of the event, else of the home of a
    non-state source acting at home."""
    sector = _victim_sector(cameo)
    if not sector or sector == "-":
        return None
    loc = location_for(tok, (source.country, None))
    country = loc.country if loc is not None else None
    if country is None and (source.sector in society_sectors() or _done_at_home(cameo)):
        # "rebels attacked a village"; "Pakistan banned the party": a ban at home
        country = source.country
    if not country or country + sector == source.code:
        return None
    if sector not in society_sectors() and (
        (source.sector not in society_sectors() and country == source.country)
        or (loc is None and source.name is None)
    ):
        # "the army retook the town": a state takes nothing from itself; "rebels seized
        # the port": a state organ as victim needs a place or a group of known home
        return None
    return Actor(country + sector, country, sector, "", None)


@cache
def _home_codes() -> frozenset[str]:
    """Codes whose unnamed victims are the source's own people (``targetless.tsv``
    column ``home``)."""
    return frozenset(row["root"] for row in read_tsv("targetless.tsv") if row["home"] == "yes")


def _done_at_home(cameo: str) -> bool:
    return any(cameo[:n] in _home_codes() for n in (2, 3, 4))


def _victim_sector(cameo: str) -> str | None:
    """The sector of the unnamed victims of an act of ``cameo`` (``targetless.tsv``)."""
    table = victim_sectors()
    return table.get(cameo[:3], table.get(cameo[:2]))


@cache
def victim_sectors() -> dict[str, str]:
    """CAMEO root -> the sector of an unnamed victim (``targetless.tsv``)."""
    return {row["root"]: row["victim"] for row in read_tsv("targetless.tsv")}


def target_actors(
    tok: Token,
    pattern: pat.Pattern,
    *,
    date: str | None = None,
    others: list[Actor] | None = None,
) -> list[Actor]:
    """The actors the pattern's target spec finds for ``tok`` (whatever the source);
    ``others``: the other side, when known, for the country of sector-only mentions."""
    found = _target_tokens(tok, pattern, set())[0]
    if not found and tok.dep_ == "acl" and _passive_participle(tok) and "obj" in pattern.targets:
        found = _expand(tok.head)  # "soldiers killed in ..."
    if not found and _bare_passive(tok) and "obj" in pattern.targets:
        found = _undergoer(tok)  # "X thanked them after being freed"
    if not found and "obj" in pattern.targets:
        found = _headline_undergoer(tok)  # "two soldiers killed in ..."
    return _localise(_actor_tokens(found, date, _people_code(pattern), "target"), tok, others or [])


def remainder_subject(tok: Token) -> bool:
    """Is the undergoer of a passive named by a count or "others" alone ("ten others
    were wounded", "dozens were arrested"; ``argument_words`` ``remainder_noun``)? It
    then stands for the kind of victims just named."""
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if subj is None or actors_for(subj) or pat.prep_objects(subj, {"of"}):
        return False  # "37 of whom were hurt": a part of a set named elsewhere
    return subj.pos_ == "NUM" or str(subj.lemma_).lower() in pat.argument_words("remainder_noun")


def coordinated_undergoers(tok: Token, *, date: str | None = None) -> list[Actor]:
    """The victims of the passive ``tok`` is coordinated with ("five people were killed
    and ten others were wounded": the people)."""
    head = tok.head
    if tok.dep_ != "conj" or head.i == tok.i or head.tag_ != "VBN":
        return []
    subj = [c for c in head.children if c.dep_ == "nsubjpass"]
    found = _expand(subj[0]) if subj else []
    return _localise(_actor_tokens(found, date), head, [])


def linked_clauses(tok: Token) -> list[Token]:
    """The verbs of the clauses tied to an agentless passive that may tell its doer: a
    subordinate clause of time ("five people were killed when rebels attacked the
    town"; ``argument_words`` ``clause_mark``) and the clause it is coordinated with
    ("rebels attacked the town, and five people were killed"); a clause of time hung
    on a coordinated passive is the whole coordination's ("five were killed and ten
    wounded when ...")."""
    marks = pat.argument_words("clause_mark")
    out = [
        c
        for v in (tok, *tok.conjuncts)
        for c in v.children
        if c.dep_ == "advcl"
        and c.pos_ == "VERB"
        and any(m.dep_ in ("mark", "advmod") and m.lower_ in marks for m in c.children)
    ]
    if tok.dep_ == "conj" and tok.head is not tok and tok.head.pos_ == "VERB":
        out.append(tok.head)
    out += [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    return [v for v in out if any(c.dep_ == "nsubj" for c in v.children)]


def agentless(tok: Token) -> bool:
    """Is ``tok`` a passive verb without a "by" agent ("five people were killed")?"""
    if tok.pos_ not in ("VERB", "AUX") or any(c.dep_ == "agent" for c in tok.children):
        return False
    return (
        any(c.dep_ == "nsubjpass" for c in tok.children)
        or (tok.dep_ == "acl" and _passive_participle(tok))
        or _bare_passive(tok)
        or _headline_passive(tok)
    )


def habitual(verb: Token) -> bool:
    """Is ``verb``'s clause a generic, habitual statement: marked by an adverb of
    frequency (``argument_words`` ``habitual_adverb``: "are usually detained"), or a
    "when"/"whenever" clause (``generic_mark``) of a clause so marked ("people lose
    their cards most often when they are convicted")? Such a clause tells what tends
    to happen, not an act whose doer the sentences before name."""
    adverbs = pat.argument_words("habitual_adverb")

    def marked(v: Token) -> bool:
        return any(c.dep_ == "advmod" and c.lower_ in adverbs for c in v.children)

    if marked(verb):
        return True
    subordinate = any(
        c.dep_ in ("mark", "advmod") and c.lower_ in pat.argument_words("generic_mark")
        for c in verb.children
    )
    return subordinate and verb.dep_ == "advcl" and marked(verb.head)


def instrument_subject(tok: Token) -> bool:
    """Is the subject of verb ``tok`` a weapon or an attack whose phrase names no one
    who used it ("a car bomb killed six soldiers", "the blast wounded ten")? The
    doer is then the one of the hostile act told just before, as for a passive."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    subs = _subject(tok)
    return bool(subs) and all(nominal.is_instrument(s) and not actors_for(s) for s in subs)


def _sides_of_one(toks: list[Token]) -> bool:
    """A "between" phrase naming its sides by one plural noun ("between the warring
    parties in X", "between Sudanese factions"), not by coordinated names."""
    return len(toks) == 1 and toks[0].tag_ == "NNS"


def _headline_passive(tok: Token) -> bool:
    """A participle the parser made the root with a counted subject but no auxiliary,
    object or clause: the passive of headlines and captions ("two soldiers killed in
    an attack in Mali"), whose subject is whom the act is done to. ("Thousands
    protested", with no count, is a past tense the tagger misread.)"""
    # a named subject is a doer whose past tense the tagger misread ("Chile also
    # provided to Peru information ...")
    return (
        tok.tag_ == "VBN"
        and tok.dep_ == "ROOT"
        and any(
            c.dep_ == "nsubj" and c.pos_ == "NOUN" and any(n.dep_ == "nummod" for n in c.children)
            for c in tok.children
        )
        and not any(
            c.dep_ in ("aux", "auxpass", "dobj", "dative", "ccomp", "xcomp") for c in tok.children
        )
    )


def _headline_undergoer(tok: Token) -> list[Token]:
    """The subject of a headline passive (``_headline_passive``), whom it is done to."""
    if not _headline_passive(tok):
        return []
    return [t for c in tok.children if c.dep_ == "nsubj" for t in _expand(c)]


def _bare_passive(tok: Token) -> bool:
    """A passive with no subject of its own, whose undergoer is the subject it
    inherits ("X thanked them after being freed", "X, having been arrested, ...",
    "X were captured and later killed")."""
    if tok.tag_ != "VBN" or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False
    if tok.dep_ in ("pcomp", "advcl", "xcomp", "conj") and any(
        c.dep_ == "auxpass" for c in tok.children
    ):
        return True
    if tok.dep_ == "advcl" and not any(c.dep_ in ("aux", "dobj") for c in tok.children):
        # "the rebels fled when attacked by troops", "arrested by police, the activists
        # ...": a participle clause without auxiliary is a reduced passive
        return True
    # "X were detained and later released": a participle sharing a passive's subject
    head = tok.head
    return (
        tok.dep_ == "conj"
        and not any(c.dep_ in ("aux", "dobj") for c in tok.children)
        and head.tag_ == "VBN"
        and (any(c.dep_ in ("nsubjpass", "auxpass") for c in head.children) or _bare_passive(head))
    )


def _undergoer(tok: Token) -> list[Token]:
    """Whom a passive without a subject of its own is done to: the subject it shares
    ("X thanked them after being freed"); with a "by" agent of its own the shared
    subject is still the undergoer ("X, jailed in 2010, were freed by Y")."""
    if not any(c.dep_ == "agent" for c in tok.children):
        return _subject(tok)
    head = tok.head
    if tok.dep_ not in ("conj", "advcl", "xcomp", "pcomp") or head.i == tok.i:
        return []
    if tok.dep_ == "pcomp":
        head = head.head
    subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj and tok.dep_ == "advcl":
        # "the rebels scatter whenever shelled by troops": the subject the
        # clause's verb inherits
        return _subject(head)
    return _expand(subj[0]) if subj else []


def _placed_act(cameo: str) -> bool:
    """Is an act of ``cameo`` one that happens somewhere whatever its row says
    (``argument_words`` ``placed_act_code``: a state's curbs on its people, "shut down the
    internet in Ethiopia"), whose place phrase says where, not whom (as ``loc`` rows)?"""
    return any(cameo.startswith(c) for c in pat.argument_words("placed_act_code"))


def _scene_appraised(tok: Token, pattern: pat.Pattern) -> bool:
    """Is ``tok`` a reaction (``argument_words`` ``reaction_code``) to an act its
    object names by a noun of ``scene_act_noun`` with no doer but a place ("condemned
    the coup in Guinea", "deplored the violence in Darfur")? The reaction then aims at
    the state where the act took place, as a ``loc`` pattern does."""
    if pattern.pos != "V" or not any(
        pattern.cameo.startswith(c) for c in pat.argument_words("reaction_code")
    ):
        return False
    obj = pat.direct_object(tok)
    if obj is None or str(obj.lemma_).lower() not in pat.argument_words("scene_act_noun"):
        return False
    if targets.object_owner(obj):
        return False
    # ("condemned the coup in Y": the parser may hang the place on the verb)
    return bool(pat.prep_objects(obj, {"in"}) or pat.prep_objects(tok, {"in"}))


def _not_places(pairs: list[tuple[Actor, Token]]) -> list[tuple[Actor, Token]]:
    """For an act that happens somewhere (``loc`` patterns), names after a place
    preposition say where, not whom ("imposed a curfew in Nairobi"): they are left
    to the place and victim rules, which read the state of the place."""
    place_preps = _place_prepositions()
    return [(a, t) for a, t in pairs if not (t.dep_ == "pobj" and t.head.lower_ in place_preps)]


def _place_prepositions() -> frozenset[str]:
    from dyadline.coder.locations import _locatives

    return _locatives().get("place", frozenset())


def _place_target(tok: Token, source: Actor, *, home: bool = False) -> Actor | None:
    """The state where the event took place, as its target ("protested in Beijing");
    what a state's statement is about at home ("Obama expressed sorrow for the
    shootings in Texas") aims at the people there, its civilians (a domestic dyad);
    with ``home``, a place of the source's own state is that state's, for a source
    standing apart from it ("rebels seized Goma": the rebels against Congo)."""
    owner = home_target.mission_owner(tok, source.country)
    if owner is not None:
        return owner
    loc = location_for(tok, (source.country, None))
    if loc is None:
        loc = _listed_place(tok, source)
    if loc is None:
        loc = _occasion_place(tok, source)
        if (
            loc is not None
            and loc.country
            and loc.country == source.country
            and source.sector not in society_sectors()
        ):
            code = f"{loc.country}{CIVILIANS}"
            return Actor(code, loc.country, CIVILIANS, loc.text, loc.text)
    if loc is None or not loc.country:
        return None
    if loc.country == source.country and not (home and source.sector in society_sectors()):
        return None
    return Actor(code=loc.country, country=loc.country, text=loc.text, name=loc.text)


def _home_pairs(
    sources: list[Actor], place: Actor, cameo: str
) -> Iterator[tuple[Actor, Actor | None]]:
    """The pairs of sources acting in their own state ``place``: with the people of
    the place as target, where the act's unnamed victims or beneficiaries are
    its civilians (``targetless.tsv`` ``victim``)."""
    table = victim_sectors()
    sector = table.get(cameo[:3], table.get(cameo[:2]))
    if not sector or sector == "-" or not place.country:
        return
    people = Actor(place.country + sector, place.country, sector, place.text, place.name)
    for s in sources:
        if s.code != people.code and domestic_pair(s, people, cameo):
            yield s, people


def _occasion_place(tok: Token, source: Actor) -> Location | None:
    """The place of what a statement is about ("expressed sorrow for the shootings
    in X", "condolences over the earthquake in Y"): the occasion noun's own place."""
    obj = pat.direct_object(tok)
    heads = [tok, obj] if obj is not None else [tok]
    for head in heads:
        for noun in pat.prep_objects(head, set(pat.argument_words("occasion_prep"))):
            loc = location_for(noun, (source.country, None))
            if loc is not None:
                return loc
    return None


def _listed_place(tok: Token, source: Actor) -> Location | None:
    """The place of an example the act lists ("raids on villages,
    including against the market in the town of Kassala"): the phrases under an
    "including" of the trigger or its object are read as the event's own."""
    heads = [tok, *(c for c in tok.children if c.dep_ in ("dobj", "nsubjpass"))]
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ != "including":
                continue
            nested = [prep, *(c for c in prep.children if c.dep_ == "prep")]
            for p in nested:
                for obj in p.children:
                    if obj.dep_ != "pobj":
                        continue
                    loc = location_for(obj, (source.country, None))
                    if loc is not None:
                        return loc
    return None


def _expand_agent(verb: Token) -> list[Token]:
    """The "by" agent of a passive; an instrument stands for whoever used it
    ("hit by a rocket said to be launched by rebels" -> the rebels); passives
    sharing their subject share the agent the parser hangs on the last ("the town was
    attacked and looted by rebels")."""
    objs = pat.prep_objects(verb, {"by"})
    if not objs:
        shared = [
            c
            for c in verb.conjuncts
            if c.i > verb.i
            and c.tag_ == "VBN"
            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        ]
        objs = next((o for c in shared if (o := pat.prep_objects(c, {"by"}))), [])
    if not objs:
        return []
    agent = _expand(objs[0])
    if actor_list(agent):
        return agent
    for t in objs[0].subtree:
        if t.dep_ == "agent" and t.i > objs[0].i:
            inner = [c for c in t.children if c.dep_ == "pobj"]
            if inner and actor_list(_expand(inner[0])):
                return _expand(inner[0])
    return agent


def _pairs(actors: list[Actor], *, symmetric: bool) -> Iterator[tuple[Actor, Actor | None]]:
    for i, a in enumerate(actors):
        for b in actors[i + 1 :]:
            if a.code == b.code or not domestic_pair(a, b):
                continue
            yield a, b
            if symmetric:
                yield b, a


def clause_argument(tok: Token) -> bool:
    """Is a noun a subject or object of its clause (not buried in a phrase)?"""
    cur = first_conjunct(tok)
    if cur.dep_ == "pobj" and cur.head.lower_ == "in" and cur.head.head.pos_ == "VERB":
        return True  # "foiled the attempts in cooperation with ..."
    return cur.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "appos", "ROOT")


def owned_act(noun: Token) -> bool:
    """Is a state noun someone's particular act ("Tehran's support for Armenia",
    "Israel's cooperation with X"), which counts wherever it stands, unlike a
    background relation buried in a phrase ("a history of naval cooperation")?
    A bare conjunct shares its first conjunct's owner ("X's backing of and
    support for Y": X's support)."""
    if any(c.dep_ == "poss" for c in noun.children):
        return any(c.dep_ == "poss" and actors_for(c) for c in noun.children)
    first = first_conjunct(noun)
    return first is not noun and any(c.dep_ == "poss" and actors_for(c) for c in first.children)


def named_owner(noun: Token) -> bool:
    """Does a relation noun name whose act it is, by a possessive or an actor adjective
    or compound ("Chile's support", "Russian support for X", "U.S. cooperation with
    Y"), so that a clause acting on it ("X's support for Y angered Z", "ended
    Russian support for X") reports that act? Two sides named before the noun
    ("Israeli-Azerbaijani cooperation") name a relation, not one side's act."""
    if owned_act(noun):
        return True
    mods = _actor_modifiers(_shared_owner(noun), skip_poss=True)
    sides = {a.country for m in mods for a in actors_for(m)}
    # "Israeli-Azerbaijani cooperation", "the Chile-Peru relationship": a dyad's
    # relation named as such is the relation between them, a state
    return len(sides) == 1 and not nominal.hyphen_dyad(noun)


def first_conjunct(tok: Token) -> Token:
    """The first of a run of conjuncts ("X" of "X, Y and Z"), else the token itself."""
    cur = tok
    while cur.dep_ == "conj" and cur.head is not cur:
        cur = cur.head
    return cur


def effect_subject(noun: Token) -> bool:
    """Is a relation noun the subject of a verb that says what the relation did to
    someone ("X's support for Y angered Z", "X's cooperation with Y gave it
    influence"), not what it is ("remains strong", "has a long history":
    ``argument_words`` ``state_verb``) or how it fares ("will develop slowly")? An
    owned act that does something happened; one that only is something is a
    background state."""
    first = first_conjunct(noun)
    verb = first.head
    if first.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX"):
        return False
    if not any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return False  # "X's cooperation with Y will develop slowly": a forecast of it
    return str(verb.lemma_).lower() not in pat.argument_words("state_verb")


def conducted_relation(noun: Token) -> bool:
    """Is a relation noun the object of a support verb of conduct whose subject names
    actors ("X and Y have maintained close military cooperation", "X pursued
    cooperation with Y"), an act of theirs, not a state they are in ("have enjoyed
    close ties": ``argument_words`` ``state_verb``)?"""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX") or not pat.light_verb(verb):
        return False
    if str(verb.lemma_).lower() in pat.argument_words("state_verb"):
        return False
    subj = _subject(verb)
    relation = pat.argument_words("relation_noun")
    return bool(actor_list(subj)) and not any(str(t.lemma_).lower() in relation for t in subj)


def _nominal_gerund(tok: Token) -> bool:
    """Is ``tok`` a bare gerund naming an act as a noun would ("after meeting with X",
    "the trip will include meeting Y"): no auxiliary and no subject of its own, the
    object of a preposition or of a verb? A mutual act so named is, like the noun
    ("a meeting with X"), coded both ways (the roots of ``argument_words``
    ``mutual_gerund_root``: consultations)."""
    if tok.tag_ != "VBG" or tok.dep_ not in ("pcomp", "xcomp", "dobj"):
        return False
    return not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in tok.children)
