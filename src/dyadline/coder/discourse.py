"""Acts that point back: targets an event takes from earlier sentences.

Reads: the events ``dyadline.coder.dyads`` settled for one sentence (with
``trigger_token`` indices into the sentence's ``Doc``), the events of the
sentences before it in the same document (kept by a ``Memory``, part of the
document's context, ``dyadline.coder.context``), and
``codebooks/anaphora.tsv`` (nouns that name an earlier act: "the petition",
"these attempts", with the CAMEO roots of the acts they can name). Adds: a
target to a targetless event, two ways:

- an act on an earlier act ("the court rejected the petition", "the police
  foiled these attempts") aims at whoever did that act: the source of the
  latest earlier event of a root the noun can name, by another actor;
- an act of defence with no named source or target ("Chilean radars helped
  in stopping the raids", "the rockets were downed by the
  Chilean-built battery": the weapons are no actor) is the side attacked in the
  latest hostile act before it, answering its attacker;
- an act of appraisal on a deed the coder gave no event ("the president
  extended his term ... the opposition denounced the extension") aims at the
  deed's doer (``dyadline.coder.deeds``, ``codebooks/deeds.tsv``);
- an act told again ("its promised opening of a mission", after "Peru
  opened a mission in Chile") has the target the same source's same act had
  a few sentences before.

Hand-written: coreference of events is not something spaCy or a small
library does; the rules are a coder's reading, the nouns are data.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc, Span, Token

from dyadline.codebook import read_tsv
from dyadline.coder import deeds as dd
from dyadline.coder import reactions, replies, reproach
from dyadline.coder.actors import DOC_DATE, PERSONAL, PLURAL, SINGULAR, sentence_states
from dyadline.coder.arguments import CIVILIANS, armed_sectors, society_sectors
from dyadline.coder.nominal import response_verb
from dyadline.coder.patterns import argument_words, support_verbs
from dyadline.model import Actor, Event

__all__ = [
    "Memory",
    "act_noun",
    "act_roots",
    "agent_pairs",
    "crowd_act",
    "crowd_sector",
    "deed_told",
    "defence_pairs",
    "latest_victims",
    "placed_again",
    "posture_pairs",
    "resolve_back",
    "retold",
    "root_doer",
    "state_sector",
    "withdrawal_pairs",
]

# how many sentences back an earlier act can be named
WINDOW = 6
# how many sentences back the doer of an agentless act is looked for
AGENT_WINDOW = 2
PRONOUNS = PERSONAL | PLURAL | SINGULAR
# CAMEO roots of violence (assault, fight, mass violence): what an act of defence
# answers, and the acts whose manner nouns and outcomes are theirs (dyads)
HOSTILE = frozenset({"18", "19", "20"})
# determiners that make an act noun point back ("the petition", "these attempts")
BACK_DETS = frozenset({"the", "this", "these", "that", "those", "such"})
# the act noun (``anaphora.tsv``) a pronoun a reaction acts on stands for
GENERIC_ACT = "move"
# possessive pronouns that make an act noun point back ("their intervention")
BACK_POSS = frozenset({"its", "their", "his", "her"})


@dataclass(slots=True)
class _Act:
    sentence: int
    source: Actor
    target: Actor | None
    cameo: str


@dataclass(slots=True)
class Memory:
    """The recent acts of one document, sentence by sentence (one ``Memory`` per
    document, in its ``dyadline.coder.context.DocumentContext``)."""

    sentence: int = 0
    acts: list[_Act] = field(default_factory=list)
    # every act of the document so far, the window's and older, what a re-mention
    # ("the arrest", twenty sentences on) may tell again: (root, source country) ->
    # the (country, sector) of its targets (None: no target)
    told: dict[tuple[str, str | None], set[tuple[str | None, str | None] | None]] = field(
        default_factory=dict
    )

    # the deeds main-clause verbs told, coded or not ("extended his term"), that a
    # later "the extension" may name (``dyadline.coder.deeds``)
    deeds: list[dd.Deed] = field(default_factory=list)
    # every act of the document so far with a target, unbounded: the story-level doer
    # of an act family (``dyadline.coder.storyagent``)
    story: list[_Act] = field(default_factory=list)
    # who made a statement in the last sentences, coded or not ("X said it had ..."),
    # whom a later "the claim" may answer (``dyadline.coder.replies``): (sentence, actor)
    spoken: list[tuple[int, Actor]] = field(default_factory=list)

    def add(
        self, events: list[Event], sent: Span | None = None, spoken: Sequence[Actor] = ()
    ) -> None:
        if spoken or self.spoken:
            self.spoken = [
                *(s for s in self.spoken if self.sentence - s[0] < replies.SPOKEN_WINDOW),
                *((self.sentence, a) for a in spoken),
            ]
        if sent is not None:
            self.deeds += dd.sentence_deeds(sent, self.sentence)
            self.deeds = [d for d in self.deeds if self.sentence - d.sentence < WINDOW]
        new = [_Act(self.sentence, e.source, e.target, e.cameo) for e in events]
        self.acts += new
        self.story += [a for a in new if a.target is not None]
        for e in events:
            aim = (e.target.country, e.target.sector) if e.target is not None else None
            self.told.setdefault((e.cameo[:2], e.source.country), set()).add(aim)
        self.sentence += 1
        self.acts = [a for a in self.acts if self.sentence - a.sentence <= WINDOW]


@cache
def act_roots(noun: str) -> frozenset[str]:
    """The CAMEO roots of the acts the act noun ``noun`` (a lemma) can name."""
    return _anaphora().get(noun, frozenset())


@cache
def _anaphora() -> dict[str, frozenset[str]]:
    """Act noun lemma -> the CAMEO roots of the acts it can name (the union of its rows)."""
    roots: dict[str, frozenset[str]] = {}
    for row in read_tsv("anaphora.tsv"):
        noun = row["noun"].lower()
        roots[noun] = roots.get(noun, frozenset()) | {r.strip() for r in row["roots"].split("|")}
    return roots


@cache
def _back_preps() -> frozenset[str]:
    return argument_words("back_prep")


def act_noun(tok: Token, cameo: str = "") -> str | None:
    """The lemma of a determined act noun the trigger acts on, if any (a trigger that
    is itself such a noun, "the incursions", is the act told again); a reaction of
    ``cameo`` names it in more phrases (``dyadline.coder.reactions``)."""
    nouns = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    # "spoke out against the move", "protested against the ban": the act named in
    # a phrase of the trigger's (``argument_words`` ``back_prep``)
    nouns += [
        o
        for p in tok.children
        if p.dep_ == "prep" and p.lower_ in _back_preps()
        for o in p.children
        if o.dep_ == "pobj"
    ]
    nouns += reactions.reaction_nouns(tok, cameo) if cameo else []
    for noun in nouns:
        if reactions.act_pronoun(noun, cameo):
            return GENERIC_ACT  # "Y signed a deal. X denounced it": the act just told
        lemma = str(noun.lemma_).lower()
        if lemma in argument_words("generic_act_noun") and _aimed(noun):
            continue  # "denounced the moves against Y": told in place, not again
        # a possessive pronoun ("his arrest", "their detention") points back as a
        # determiner does: the earlier act is named by one of its sides
        if lemma in _anaphora() and any(
            (c.dep_ == "det" and c.lower_ in BACK_DETS) or (c.dep_ == "poss" and c.pos_ == "PRON")
            for c in noun.children
        ):
            return lemma
    return None


def _aimed(noun: Token) -> bool:
    """Does a phrase of aim (``argument_words`` ``hostile_aim_prep``) on ``noun`` name
    whom its act aims at ("the moves against Y")?"""
    aims = argument_words("hostile_aim_prep")
    return any(c.dep_ == "prep" and c.lower_ in aims for c in noun.children)


def resolve_back(events: list[Event], doc: Doc, memory: Memory) -> list[Event]:
    """Give targetless events of one sentence the target earlier acts supply."""
    out: list[Event] = []
    for ev in events:
        if ev.target is None and ev.trigger_token >= 0:
            # "X accused Y of Z, which Y denied": the sentence's own earlier acts
            before = [e for e in events if e.trigger_token < ev.trigger_token and e.target]
            target = _back_target(ev, doc[ev.trigger_token], memory, before)
            if target is not None:
                # "X and Y signed a deal. Z welcomed the agreement": both its sides
                noun = act_noun(doc[ev.trigger_token], ev.cameo)
                roots = act_roots(noun) if noun else argument_words("told_act_root")
                aims = reactions.sides(target, ev.source, roots, memory.acts, memory.sentence)
                out += [dataclasses.replace(ev, target=t) for t in aims[1:]]
                ev = dataclasses.replace(ev, target=target)
            elif reproach.pronoun_denial(ev.cameo, doc[ev.trigger_token]):
                continue  # "Y denied it" with no accusation told: no denial of anyone's
        out.append(ev)
    return out


def holder(ev: Event, memory: Memory, before: list[Event] | None = None) -> Actor | None:
    """The actor an appeal or demand for a release with no target is aimed at
    (``argument_words`` ``release_code``): the doer of the latest seizure told
    (``holding_root``: an arrest, an abduction) by another actor than the one asking
    ("Y arrested two reporters. X called for their release": Y)."""
    if ev.cameo not in argument_words("release_code"):
        return None
    roots = argument_words("holding_root")
    acts = [
        *memory.acts,
        *(_Act(memory.sentence, e.source, e.target, e.cameo) for e in before or []),
    ]
    for act in reversed(acts):
        if act.cameo[:2] in roots and act.source.code != ev.source.code and act.source.country:
            return act.source
    return None


def _back_target(
    ev: Event, tok: Token, memory: Memory, before: list[Event] | None = None
) -> Actor | None:
    held = holder(ev, memory, before)
    if held is not None:
        return held
    noun = act_noun(tok, ev.cameo)
    recent = list(reversed(memory.acts))
    if noun is not None:
        # the doer of the latest act the noun can name, or whoever spoke later, for a
        # noun of a statement ("denied the claim": ``dyadline.coder.replies``)
        acts = memory.acts
        if noun in argument_words("generic_act_noun"):
            # "Y signed a deal. X welcomed it. Z denounced the move": the deal, not
            # the welcome (a reaction is not what a generic noun names)
            # nor one of the reacting state's own side ("Beijing defended the move")
            said = argument_words("said_reaction_code")
            acts = [
                a
                for a in acts
                if not any(a.cameo.startswith(c) for c in said)
                and a.source.country != ev.source.country
            ]
        found = replies.answered(ev.source, _anaphora()[noun], acts, memory.spoken, memory.sentence)
        return found if found is not None else _deed_doer(ev, tok, memory)
    deed = _deed_doer(ev, tok, memory)
    if deed is not None:
        return deed
    # "... the war might have spread, and X might have stepped in": a verb in a
    # sentence naming two or more other states tells its own scene, not the earlier
    # act's (a noun, "its opening of an embassy", names the earlier act itself)
    verb = tok.pos_ in ("VERB", "AUX")
    for act in recent:
        same = act.source.country == ev.source.country and act.cameo == ev.cameo
        if same and act.target is not None:
            others = set(sentence_states(tok.sent)) - {ev.source.country} if verb else set()
            if len(others) >= 2 and act.target.country not in others:
                return None
            return act.target
    # "X denied involvement": whoever accused X; "Y expressed concern": the doer of
    # the act just told (``dyadline.coder.reproach``)
    here = [_Act(memory.sentence, e.source, e.target, e.cameo) for e in before or []]
    found = reproach.accuser(ev.source, ev.cameo, [*memory.acts, *here], memory.sentence)
    if found is None:
        found = reproach.told_doer(ev.source, ev.cameo, tok, memory.acts, memory.sentence)
    return found


def deed_told(tok: Token, cameo: str, memory: Memory) -> bool:
    """Does ``tok`` appraise a deed noun that names a deed the memory (or the
    sentence before ``tok``) holds, by any actor?"""
    noun = dd.deed_noun(tok, cameo)
    if noun is None:
        return False
    here = dd.sentence_deeds(tok.sent, memory.sentence, before=tok.i)
    anyone = Actor(code="", country=None)
    return dd.doer(noun, cameo, anyone, [*memory.deeds, *here], memory.sentence) is not None


def _deed_doer(ev: Event, tok: Token, memory: Memory) -> Actor | None:
    """Who did the deed an act noun of appraisal names, told by a verb the coder gave
    no event ("the president extended his term ... denounced the extension"); a deed
    told before the trigger in its own sentence is the latest."""
    noun = dd.deed_noun(tok, ev.cameo)
    if noun is None:
        return None
    here = dd.sentence_deeds(tok.sent, memory.sentence, before=tok.i)
    return dd.doer(noun, ev.cameo, ev.source, [*memory.deeds, *here], memory.sentence)


def withdrawal_pairs(memory: Memory, sources: list[Actor]) -> list[tuple[Actor, Actor | None]]:
    """(source, state) pairs of a withdrawal told without the place left ("the troops
    agreed to leave", "they withdrew"): the state the same side's latest use of force
    (root 19) of the last sentences was aimed at; [] when the side used none."""
    out: list[tuple[Actor, Actor | None]] = []
    for source in sources:
        act = next(
            (
                a
                for a in reversed(memory.acts)
                if a.cameo[:2] == "19"
                and a.source.country == source.country
                and a.target is not None
                and a.target.country
                and a.target.country != source.country
            ),
            None,
        )
        if act is not None and act.target is not None and act.target.country:
            country = act.target.country
            out.append((source, Actor(country, country, None, "", None)))
    return out


def defence_pairs(
    memory: Memory,
    pairs: list[tuple[Actor, Actor | None]],
    targets: list[Actor],
    sector: str | None = None,
) -> list[tuple[Actor, Actor | None]]:
    """Source and target of an act of defence from the latest hostile act remembered.

    ``pairs`` are what the sentence gave (a named defender without target), else
    ``targets`` the actors named in the object ("the Peruvian raids",
    "rockets fired at Lima"), which must take part in the hostile act; ``sector``, that
    of a subject naming a sector alone ("the soldiers fought back"): the attacked side
    of that sector defends as itself.
    """
    hostile = [
        (a.source, a.target)
        for a in reversed(memory.acts)
        if a.cameo[:2] in HOSTILE and a.target is not None and a.target.country
    ]
    if pairs:
        return [
            (s, t if t is not None else next((a for a, b in hostile if _same_state(b, s)), None))
            for s, t in pairs
        ]
    for attacker, attacked in hostile:
        if not targets or any(_same_state(x, t) for x in (attacker, attacked) for t in targets):
            if sector is not None and attacked.sector == sector:
                return [(attacked, attacker)]  # "the soldiers fought back"
            # the attacked side defends as a state ("targets in X" are not who repels)
            c = attacked.country
            return [(Actor(c or "", c, None, attacked.text, attacked.name), attacker)]
    return []


def posture_pairs(
    memory: Memory, cameo: str, pairs: list[tuple[Actor, Actor | None]]
) -> list[tuple[Actor, Actor | None]]:
    """A show of force or alert with no target, answering the act of force just told
    against its source's state ("Chinese warships held drills near Taiwan. Taipei put
    its military on alert" -> Taiwan at China): its target is the doer of the latest
    act of the roots ``argument_words`` ``answered_force_root`` of the last sentences
    (``AGENT_WINDOW``) aimed at the source's country by another country's actor.
    Pairs with a target, and acts of other roots, are kept as they are."""
    if cameo[:2] not in argument_words("posture_answer_root"):
        return pairs
    roots = argument_words("answered_force_root")
    out: list[tuple[Actor, Actor | None]] = []
    for s, t in pairs:
        if t is None and s.country:
            act = next(
                (
                    a
                    for a in reversed(memory.acts)
                    if 0 < memory.sentence - a.sentence <= AGENT_WINDOW
                    and a.cameo[:2] in roots
                    and a.target is not None
                    and a.target.country == s.country
                    and a.source.country
                    and a.source.country != s.country
                ),
                None,
            )
            if act is not None:
                t = act.source
        out.append((s, t))
    return out


def placed_again(
    memory: Memory, pairs: list[tuple[Actor, Actor | None]], placed: bool
) -> list[tuple[Actor, Actor | None]]:
    """A roving armed movement (``argument_words`` ``roving_group``: the Islamic State)
    told again in a sentence that names no place for its act (``placed`` False) is
    where the story last had it act ("IS militants attacked a mosque in Kabul. They
    killed 25 worshippers": AFGINS, not its home code); its unnamed victims follow it."""
    if placed:
        return pairs
    roving = argument_words("roving_group")
    out: list[tuple[Actor, Actor | None]] = []
    for s, t in pairs:
        if s.name and s.name.lower() in roving and s.country:
            last = next(
                (
                    a.source
                    for a in reversed([*memory.story, *memory.acts])
                    if a.source.name == s.name and a.source.country
                ),
                None,
            )
            here = last.country if last is not None else None
            if here and here != s.country:
                old = s.country
                s = dataclasses.replace(s, code=here + (s.sector or ""), country=here)
                if t is not None and t.country == old and not t.name:
                    t = dataclasses.replace(t, code=here + (t.sector or ""), country=here)
        out.append((s, t))
    return out


def _same_state(a: Actor | None, b: Actor) -> bool:
    return a is not None and a.country is not None and a.country == b.country


@cache
def _agentless() -> dict[str, tuple[str, str]]:
    """CAMEO root or code -> (where an agentless act's source comes from, its sector)."""
    return {row["root"]: (row["source"], row["sector"]) for row in read_tsv("agentless.tsv")}


@cache
def _forces() -> dict[str, str]:
    """CAMEO root or code -> the sector of the state whose forces did an agentless act
    to an armed group (``agentless.tsv`` column ``armed``: "20 militants were killed
    in X" -> X's military)."""
    return {row["root"]: row["armed"] for row in read_tsv("agentless.tsv") if row["armed"] != "-"}


def _state_forces(cameo: str, victim: Actor) -> Actor | None:
    """The forces of the armed group's own state, for an act on the group whose doer
    neither the sentence nor the ones before name."""
    table = _forces()
    sector = next((table[k] for k in (cameo[:4], cameo[:3], cameo[:2]) if k in table), None)
    if sector is None or not victim.country or victim.sector not in armed_sectors():
        return None
    if victim.text.lower() in PRONOUNS:
        return None  # "it came under attack": a pronoun may stand for what was attacked
    return Actor(victim.country + sector, victim.country, sector, "", None)


def agent_pairs(
    memory: Memory,
    cameo: str,
    targets: list[Actor],
    place: str | None = None,
    named: frozenset[str] = frozenset(),
    victim: Callable[[Actor], Actor | None] | None = None,
    stated: frozenset[str] = frozenset(),
) -> list[tuple[Actor, Actor | None]]:
    """(source, target) pairs for an agentless passive act ("five people were killed",
    "the journalist was arrested"), by ``codebooks/agentless.tsv``: the actor of the
    latest hostile act of the last sentences (``memory``), else the state where
    foreigners were attacked ("Russian soldiers were killed in Ukraine": ``place``,
    an ISO-3 code, where the sentence names their state by its own name,
    ``stated``), or for an act of a state on people ("state" rules) the state of the
    place ("a French journalist was jailed in Iran") or the target's own state,
    where the sentence names no other state (``named``: "X released a mayor who had
    been detained": not his own). With no target named, ``victim`` gives one for
    the remembered doer (the people of the place struck: "the strikes hit a hospital
    in X")."""
    rule = _rule(cameo)
    if rule is None:
        return []
    how, sector = rule
    if how == "crowd":
        return _crowd_pairs(targets, place, sector)
    if not targets and how == "memory" and victim is not None:
        # "the strikes hit a hospital in X": the people of the place the act struck
        doer = _recent_doer(memory, None)
        hit = victim(doer.source) if doer is not None else None
        if doer is not None and hit is not None and hit.code != doer.source.code:
            return [(doer.source, hit)]
    if not targets:
        return []
    out: list[tuple[Actor, Actor | None]] = []
    for t in targets:
        source: Actor | None = None
        if how == "memory":
            act = _recent_doer(memory, t)
            source = act.source if act is not None else None
            if act is not None:
                t = _victim_side(t, act)
            if source is None and place and t.country in stated and place != t.country:
                # "Russian soldiers were killed in Ukraine", not a victim the context
                # alone placed in another state than the place
                source = Actor(place, place, None, "", None)
            if source is None and (place is None or place == t.country) and _own_scene(t, stated):
                source = _state_forces(cameo, t)  # "16 militants were killed in X"
        elif how == "state" and t.country and (raid := _foreign_raid(memory, t)) is not None:
            # "Israeli forces raided a village near Jenin. Five Palestinians were
            # arrested": the force that just struck their country holds them
            source = raid.source
            if t.sector is None:
                t = dataclasses.replace(t, code=t.country + CIVILIANS, sector=CIVILIANS)
        elif how == "state" and t.country and t.sector in society_sectors():
            # the state where it happened ("a French journalist was jailed in Iran"),
            # else the target's own state where the sentence names no other
            state = place if place is not None and place in named else t.country
            if named <= {t.country, state}:
                code = state + ("" if sector == "-" else sector)
                source = Actor(code, state, None if sector == "-" else sector, "", None)
        if source is not None and source.code != t.code:
            out.append((source, t))
    return out


def _own_scene(victim: Actor, stated: frozenset[str]) -> bool:
    """May an armed group's member killed by no one named be taken to be killed by his
    own state's forces? Not where the sentence names other states by their own names
    (``stated``) but not his ("Iran condemned the killing of a Hamas leader": another
    state's scene)."""
    return not stated or victim.country in stated


def _foreign_raid(memory: Memory, victim: Actor) -> _Act | None:
    """The latest hostile act of the last sentences (``AGENT_WINDOW``) by an armed
    organ of another state on the victim's country: who an act of a state on people
    told without its doer is by."""
    return next(
        (
            a
            for a in reversed(memory.acts)
            if memory.sentence - a.sentence <= AGENT_WINDOW
            and a.cameo[:2] in HOSTILE
            and a.source.country
            and a.source.country != victim.country
            and (a.source.sector or "").lower() in argument_words("raid_sector")
            and a.target is not None
            and a.target.country == victim.country
        ),
        None,
    )


def _recent_doer(memory: Memory, victim: Actor | None) -> _Act | None:
    """The latest hostile act of the last sentences by a state's actor other than
    ``victim``."""
    return next(
        (
            a
            for a in reversed(memory.acts)
            if memory.sentence - a.sentence <= AGENT_WINDOW
            and a.cameo[:2] in HOSTILE
            and a.source.country
            and (victim is None or a.source.code != victim.code)
        ),
        None,
    )


def root_doer(memory: Memory, root: str, besides: frozenset[str] = frozenset()) -> Actor | None:
    """The one doer of acts of CAMEO root ``root`` in the sentences remembered (within
    ``WINDOW``): whose act an act noun of that root with no doer of its own is
    ("Rebels attacked the town on Monday. ... Attacks on two villages followed");
    None when the memory holds none or several doers of the root. The roots of
    violence count as one (an armed group's attack is coded 18x, a state's 19x);
    doers of the countries ``besides`` (the act's own targets: the other side of a
    meeting coded both ways) are not counted."""
    family = HOSTILE if root in HOSTILE else frozenset({root})
    doers = {
        a.source.code: a.source
        for a in memory.acts
        if a.cameo[:2] in family
        and a.source.country
        and a.source.country not in besides
        and a.target is not None
    }
    return next(iter(doers.values())) if len(doers) == 1 else None


def latest_victims(memory: Memory) -> list[Actor]:
    """The target of the latest hostile act of the last sentences: whom "ten others
    were wounded" counts among, after "militants killed five villagers"."""
    act = next(
        (
            a
            for a in reversed(memory.acts)
            if memory.sentence - a.sentence <= AGENT_WINDOW
            and a.cameo[:2] in HOSTILE
            and a.target is not None
        ),
        None,
    )
    return [act.target] if act is not None and act.target is not None else []


def _rule(cameo: str) -> tuple[str, str] | None:
    """The ``agentless.tsv`` rule of a code: a longer code ("0841": a release)
    overrides its root."""
    table = _agentless()
    return next((table[k] for k in (cameo[:4], cameo[:3], cameo[:2]) if k in table), None)


def crowd_act(cameo: str) -> bool:
    """Is an act of ``cameo`` done by the people of its place when no doer is named
    (``agentless.tsv`` source ``crowd``: protests)?"""
    rule = _rule(cameo)
    return rule is not None and rule[0] == "crowd"


def state_sector(cameo: str) -> str | None:
    """The sector of the state that does an act of ``cameo`` told with no doer
    (``agentless.tsv`` source ``state``; "" for the bare state), or None for no such act."""
    rule = _rule(cameo)
    if rule is None or rule[0] != "state":
        return None
    return "" if rule[1] == "-" else rule[1]


def crowd_sector(cameo: str) -> str | None:
    """The sector of the people of the place who do an act of ``cameo`` when no doer
    is named (``agentless.tsv`` source ``crowd``), or None for no such act."""
    rule = _rule(cameo)
    if rule is None or rule[0] != "crowd" or rule[1] == "-":
        return None
    return rule[1]


def _crowd_pairs(
    targets: list[Actor], place: str | None, sector: str
) -> list[tuple[Actor, Actor | None]]:
    """ "Thousands protested in X against the government": the people of the place
    (else of the target's state) act on the target named; with none named, no one
    ("a rally against the war was held in X" names no evident target)."""
    sec = None if sector == "-" else sector
    out: list[tuple[Actor, Actor | None]] = []
    for t in targets:
        country = place or t.country
        if not country:
            continue
        source = Actor(country + (sec or ""), country, sec, "", None)
        if t.code != source.code:
            out.append((source, t))
    return out


@cache
def _status_adjectives() -> frozenset[str]:
    """Adjectives that give a nominal act its own modality ("planned", "alleged"):
    the ``amod`` cues of ``codebooks/modality.tsv``."""
    return frozenset(
        row["cue"].lower() for row in read_tsv("modality.tsv") if row["where"] == "amod"
    )


def _lemma(tok: Token) -> str:
    return str(tok.lemma_).lower()


def _victim_side(victim: Actor, act: _Act) -> Actor:
    """ "Russian troops attacked a town in Ukraine. Two civilians were killed": people
    of the attacker's own country (a country the context gave a sector-only mention)
    are the attacked side's when the act was against another state."""
    hit = act.target
    if (
        hit is None
        or not hit.country
        or victim.country != act.source.country
        or hit.country == victim.country
        or victim.sector not in society_sectors()
        or victim.name  # named with its own country ("two Russian journalists")
    ):
        return victim
    code = hit.country + (victim.sector or "")
    return dataclasses.replace(victim, code=code, country=hit.country)


def retold(ev: Event, doc: Doc, memory: Memory) -> bool:
    """Is a nominal trigger a re-mention of an act already coded ("X invaded Y. ... The
    invasion displaced thousands": "the invasion" is no new event; "Y protested
    against their invasion")? A definite act noun, or one with a possessive
    pronoun (any possessive, for an act a verb of response answers, or naming the
    act's own target: "the reporter's arrest"), that no support verb carries
    ("publish the invasion" tells it again) and no adjective of status marks ("the
    planned opening"), with an act of the same root and dyad told anywhere before in
    the document (``Memory.told``: a story re-tells its main act long after the first
    telling). A relation noun
    (``argument_words`` ``relation_noun``: "its support for X") names a lasting
    relation, not a one-off act: each sentence that gives it its dyad states it."""
    if ev.trigger_token < 0:
        return False
    tok = doc[ev.trigger_token]
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if ev.cameo[:3] in argument_words("remention_code") and doc.user_data.get(DOC_DATE):
        return False  # "their phone call last December": news codes each telling
    determined = any(c.dep_ == "det" and c.lower_ in BACK_DETS for c in tok.children)
    # "Israel rejected Iran's accusations": an act answered was told before, whoever
    # owns it
    answered = response_verb(tok, ev.cameo) is not None
    owned = any(c.dep_ == "poss" and (answered or c.lower_ in BACK_POSS) for c in tok.children)
    # "the reporter's arrest": an act named by the one it was done to is a known act
    undergone = ev.target is not None and any(
        c.dep_ == "poss" and c.text in (ev.target.text or "") for c in tok.children
    )
    if not (determined or undergone or (owned and ev.modality != "reported")):
        return False  # "X said that its opening of a mission ...": X's claim, told anew
    if any(c.dep_ == "amod" and _lemma(c) in _status_adjectives() for c in tok.children):
        return False  # "the planned opening of a second embassy": the act in another status
    if _lemma(tok) in argument_words("relation_noun") or tok.lower_ in argument_words(
        "relation_noun"
    ):
        return False  # "because of its support for X": a lasting relation, stated again
    if (
        tok.dep_ == "dobj"
        and tok.head.pos_ in ("VERB", "AUX")
        and _lemma(tok.head) in support_verbs()
    ):
        return False  # "carried out the attack": the support verb states the act
    if tok.dep_ == "attr" or (tok.dep_ == "pobj" and tok.head.lower_ == "as"):
        return False  # "X served as the main channel of arms": a role described
    target = ev.target.country if ev.target is not None else None
    # at home the sector tells the sides apart: "the detention of a rival party leader",
    # after the arrest of reporters, is another act
    home = ev.target is not None and target == ev.source.country
    sector = ev.target.sector if ev.target is not None else None
    return any(
        aim is None or (aim[0] == target and not (home and aim[1] != sector)) or aim[0] is None
        for aim in memory.told.get((ev.cameo[:2], ev.source.country), ())
    )
