"""Sentence-level settling of coded events: one record per act and dyad.

Reads: the raw events ``dyadline.coder.coding`` found token by token in one sentence
(with ``trigger_token`` indices into the sentence's ``Doc``) and the pattern
index. Adds: the sentence's final event list, after
``_mirror`` ("Y reciprocated" returns the previous act), ``_drop_carried_nouns``
("offered support": the verb and its noun are one act), ``_drop_outcomes``
("stormed a hotel, leaving five dead": one attack), ``_borrow_targets``
(coordinated predicates share a target), duplicate removal (``_same_act``),
``_keep_specific`` (a sector-coded actor beats the bare country for one act)
and dropping a targetless event the sentence also codes with a target; then
targets pointed back to in earlier sentences (``dyadline.coder.discourse``), the one
other state the sentence names, and last the drop of targetless events whose
CAMEO root (and modality) ``codebooks/targetless.tsv`` does not let stand alone.

Hand-written: these are coding conventions (CAMEO's one event per dyad), not
anything a library provides.
"""

from __future__ import annotations

import dataclasses
from functools import cache

from spacy.tokens import Doc, Span, Token

from dyadline.cameo import cameo_info, plover
from dyadline.codebook import read_tsv
from dyadline.coder import home_target, nominal
from dyadline.coder import patterns as pat
from dyadline.coder.actors import actors_for, mentions, sentence_states
from dyadline.coder.arguments import first_conjunct
from dyadline.coder.discourse import HOSTILE, Memory, resolve_back, retold
from dyadline.coder.unstated import presupposed, private, unstated
from dyadline.model import Actor, Event

__all__ = ["settle"]


def settle(
    raw: list[Event], index: pat.PatternIndex, sent: Span, memory: Memory | None = None
) -> list[Event]:
    """The final events of one sentence from those its tokens gave, in text order;
    ``memory`` holds the document's earlier acts that targetless events may point back to."""
    doc = sent.doc
    out: list[Event] = []
    seen: dict[tuple[str, str, str, str], list[Event]] = {}
    raw = _mirror(raw, index, doc)
    raw = _drop_carried_nouns(raw, doc)
    raw = _drop_outcomes(raw, doc)
    dyad_seen: dict[tuple[str, str, str], list[Event]] = {}
    for ev in _borrow_targets(raw, doc):
        tname = (ev.target.name or ev.target.text) if ev.target else ""
        dyad = (ev.source.code, ev.target.code if ev.target else "-", ev.cameo)
        key = (dyad[0], dyad[1], tname, ev.cameo[:2])
        # one act found twice ("launched attacks": the verb and the noun)
        if any(_same_act(ev, other, doc) for other in seen.get(key, [])):
            continue
        # one trigger, one code, one dyad: "women and girls were persecuted" is one
        # record, whichever common nouns name the two sides
        if any(_one_trigger(ev, other) for other in dyad_seen.get(dyad, [])):
            continue
        seen.setdefault(key, []).append(ev)
        dyad_seen.setdefault(dyad, []).append(ev)
        out.append(ev)
    out = _keep_specific(out)
    # a targetless event is dropped when the sentence codes the same act with a target
    targeted = {(e.source.country, e.cameo[:2]) for e in out if e.target is not None}
    out = [
        e for e in out if e.target is not None or (e.source.country, e.cameo[:2]) not in targeted
    ]
    # "the visit did not bring a thaw": the visit happened; "would not signal a
    # rapprochement": no act is stated (``unstated``)
    out = [
        presupposed(e, doc) for e in out if not (unstated(presupposed(e, doc), doc) or private(e))
    ]
    if memory is not None:
        out = resolve_back(out, doc, memory)
        out = [e for e in out if not retold(e, doc, memory)]
    out = _implicit_targets(out, sent)
    # "students marched": a society's protest is against its own government
    out = home_target.complete(out, doc)
    out = _visit_twins(out, doc)
    return [e for e in out if e.target is not None or _stands_alone(e)]


def _visit_twins(events: list[Event], doc: Doc) -> list[Event]:
    """A host receiving a visitor of another state ("Jordan's king received Blinken in
    Amman", 043) tells the visitor's visit too (042, the actors swapped), as CAMEO codes
    a visit both ways (``argument_words`` ``hosted_visit``, by a verb of ``host_verb``:
    an invitation is no visit yet); a visitor named by state alone ("hosted Ukraine")
    is no person or organ come to visit."""
    twins = _hosted_visit_codes()
    if not any(ev.cameo in twins for ev in events):
        return events  # (most sentences: no act of hosting)
    hosting = pat.argument_words("host_verb")
    have = {
        (e.source.code, e.cameo, e.target.code if e.target else "", e.trigger_token) for e in events
    }
    out: list[Event] = []
    for ev in events:
        out.append(ev)
        visit = twins.get(ev.cameo)
        guest = ev.target
        if visit is None or guest is None or not guest.sector or not guest.country:
            continue
        if guest.country == ev.source.country or ev.modality == "negated":
            continue
        if ev.trigger_token < 0 or str(doc[ev.trigger_token].lemma_).lower() not in hosting:
            continue
        key = (guest.code, visit, ev.source.code, ev.trigger_token)
        if key in have:
            continue
        have.add(key)
        info = cameo_info(visit)
        out.append(
            dataclasses.replace(
                ev,
                source=guest,
                target=ev.source,
                cameo=visit,
                cameo_label=info.label,
                quad_class=info.quad_class,
                goldstein=info.goldstein,
                plover=plover(visit),
            )
        )
    return out


@cache
def _hosted_visit_codes() -> dict[str, str]:
    """Host code -> visit code (``argument_words`` ``hosted_visit``: "043>042")."""
    pairs = [row.split(">") for row in pat.argument_words("hosted_visit")]
    return {host.strip(): visit.strip() for host, visit in pairs}


def _stands_alone(ev: Event) -> bool:
    """May the event stand without a target (``codebooks/targetless.tsv``)?"""
    kept = _targetless().get(ev.cameo[:2])
    return kept is not None and ("any" in kept or ev.modality in kept)


@cache
def _targetless() -> dict[str, frozenset[str]]:
    """CAMEO root -> the modalities its targetless events are kept with."""
    return {
        row["root"]: frozenset(m.strip() for m in row["modality"].split("|"))
        for row in read_tsv("targetless.tsv")
    }


def _implicit_targets(events: list[Event], sent: Span) -> list[Event]:
    """A targetless act aims at the one other state its sentence names ("Iran
    intervened to slow Baku's advance" -> AZE), as a human coder reads it; a state
    doing the same act with the source is not that other state."""
    if all(e.target is not None for e in events):
        return events
    states = sentence_states(sent)
    out: list[Event] = []
    for ev in events:
        # (not the source's own group at its home: "the Islamic State group claimed
        # a bombing in Kabul" names no second state)
        aside = _aside_states(sent, ev.trigger_token)
        # "Kenya and Uganda called for calm": the states that do the act together are
        # no aim of each other's act (an act they charge each other with is:
        # "accused each other of violating the truce")
        aside |= {
            e.source.country
            for e in events
            if e.trigger_token == ev.trigger_token
            and e.target is None
            and e.source.country
            and ev.modality != "reported"
        }
        others = [
            a
            for c, a in states.items()
            if c != ev.source.country
            and not (a.name and a.name == ev.source.name)
            and c not in aside
        ]
        if ev.target is None and len(others) == 1 and ev.source.country:
            ev = dataclasses.replace(ev, target=others[0])
        out.append(ev)
    return out


def _aside_states(sent: Span, trigger: int) -> set[str]:
    """The states a sentence names only inside subordinate clauses marked by a
    conjunction other than a condition's that the trigger is not in ("called for
    closing the camp after Y attacked refugees": Y tells when, and is no aim of the
    call)."""
    doc = sent.doc
    if trigger < 0:
        return set()
    aside: set[int] = set()
    conditions = pat.argument_words("condition_mark")  # a condition names whom it aims at
    for c in sent:
        marks = {m.lower_ for m in c.children if m.dep_ == "mark"}
        if c.dep_ == "advcl" and marks and not marks & conditions:
            span = {t.i for t in c.subtree}
            if trigger not in span:
                aside |= span
    if not aside:
        return set()
    inside: set[str] = set()
    outside: set[str] = set()
    for m in mentions(doc):
        if m.start < sent.start or m.end > sent.end or not m.actor.country:
            continue
        (inside if m.start in aside else outside).add(m.actor.country)
    return inside - outside


def _keep_specific(events: list[Event]) -> list[Event]:
    """One act, one dyad per pair of states: "Lima and its allies in Chile
    attacked ..." gives PERGOV and PER for the same trigger; the bare country code
    goes when the same country is coded with a sector (on either side)."""

    def side(e: Event, which: str) -> Actor | None:
        return e.source if which == "source" else e.target

    out: list[Event] = []
    for ev in events:
        redundant = False
        for which in ("source", "target"):
            mine = side(ev, which)
            if mine is None or mine.sector is not None or not mine.country:
                continue
            other_side = "target" if which == "source" else "source"
            for o in events:
                theirs, o_other, my_other = (
                    side(o, which),
                    side(o, other_side),
                    side(ev, other_side),
                )
                if (
                    o is not ev
                    and _one_span(o, ev)
                    and o.cameo == ev.cameo
                    and theirs is not None
                    and theirs.country == mine.country
                    and theirs.sector is not None
                    and _same_other(o_other, my_other)
                ):
                    redundant = True
        if not redundant:
            out.append(ev)
    return out


def _one_span(a: Event, b: Event) -> bool:
    """One trigger, or two whose words overlap ("deepen their partnership": the verb
    and the noun it acts on)."""
    if a.trigger_token == b.trigger_token:
        return True
    return a.trigger_start < b.trigger_end and b.trigger_start < a.trigger_end


def _same_other(theirs: Actor | None, mine: Actor | None) -> bool:
    """The other side of two records of one act: the same code, or the same state
    where mine is the bare country ("Beijing and Moscow ... their partnership")."""
    if theirs is None or mine is None:
        return theirs is mine
    if theirs.code == mine.code:
        return True
    return mine.sector is None and bool(mine.country) and mine.country == theirs.country


def _mirror(events: list[Event], index: pat.PatternIndex, doc: Doc) -> list[Event]:
    """ "X visited Y in 2014, and in 2017 Y's minister reciprocated": a mirror trigger
    repeats the sentence's previous act of another state, aimed back at that state."""
    out: list[Event] = []
    for ev in events:
        tok = doc[ev.trigger_token]
        cands = index.candidates("V", str(tok.lemma_).lower())
        if not any(p.mirror for p in cands) or ev.target is not None:
            out.append(ev)
            continue
        prior = [
            o
            for o in out
            if o.trigger_token < ev.trigger_token
            and o.target is not None
            and o.source.country
            and o.source.country != ev.source.country
        ]
        if not prior:
            continue  # nothing to reciprocate: no event
        done = prior[-1]
        info = cameo_info(done.cameo)
        back = Actor(
            code=done.source.country or done.source.code,
            country=done.source.country,
            text=done.source.text,
            name=done.source.name,
        )
        out.append(
            dataclasses.replace(
                ev,
                cameo=done.cameo,
                cameo_label=info.label,
                quad_class=info.quad_class,
                goldstein=info.goldstein,
                plover=plover(done.cameo),
                target=back,
            )
        )
    return out


def _drop_carried_nouns(events: list[Event], doc: Doc) -> list[Event]:
    """A nominal trigger that is the object of another event's verb trigger with the
    same source is that event ("offering military support to Lebanon": one act)."""
    # "agreed to a ceasefire": a noun whose row named its verb states the act more
    # precisely than the verb alone, when their codes differ; the verb's event goes
    named = {
        (v.i, e.source.country, e.cameo[:2])
        for e in events
        if doc[e.trigger_token].pos_ in ("NOUN", "PROPN")
        for v in _governing_verbs(doc[e.trigger_token])
        if e.trigger_start <= v.idx < e.trigger_end
    }
    events = [
        e
        for e in events
        if not any(
            (e.trigger_token, e.source.country) == (i, c) and e.cameo[:2] != root
            for i, c, root in named
        )
    ]
    verbs = {
        (e.trigger_token, e.source.country)
        for e in events
        if doc[e.trigger_token].pos_ in ("VERB", "AUX")
    }
    # "threatened to retaliate with tariffs": a verb whose row named the noun of its
    # phrase (its trigger spans it) states the act; the noun is no second act
    spanned = {
        (e.trigger_token, e.source.country)
        for e in events
        if doc[e.trigger_token].pos_ in ("NOUN", "PROPN") and doc[e.trigger_token].dep_ == "pobj"
        for v in _governing_verbs(doc[e.trigger_token])
        if any(
            o.trigger_token == v.i
            and o.source.country == e.source.country
            and o.trigger_start <= doc[e.trigger_token].idx < o.trigger_end
            for o in events
        )
    }
    # the sources of the verbal acts (quads 1 and 3) of a verb: what they speak of
    # may be another actor's act ("condemned Boko Haram's attack")
    spoken: dict[tuple[int, str | None], set[str]] = {}
    for e in events:
        if doc[e.trigger_token].pos_ in ("VERB", "AUX") and e.quad_class in (1, 3):
            spoken.setdefault((e.trigger_token, e.source.country), set()).add(e.source.code)
    manner_of = {
        (n.i, e.source.country, e.target.code if e.target else None)
        for e in events
        if doc[e.trigger_token].pos_ in ("VERB", "AUX") and e.cameo[:2] in HOSTILE
        for n in nominal.manner_acts(doc[e.trigger_token])
        if any(o.trigger_token == n.i and o.cameo[:2] in HOSTILE for o in events)
    }
    out = []
    for ev in events:
        tok = doc[ev.trigger_token]
        # "an Israeli airstrike killed three": the weapon that is the verb's subject is
        # the verb's act
        carried = tok.pos_ in ("NOUN", "PROPN") and (
            tok.dep_ in ("dobj", "nsubjpass")
            or (tok.dep_ == "nsubj" and nominal.is_instrument(tok))
        )
        # "X launched a joint raid with Y on Z": the joint act, coded both ways, is an
        # act of its own beside the raid
        joint = any(
            o.trigger_token == ev.trigger_token
            and o.cameo == ev.cameo
            and o.target is not None
            and o.target.code == ev.source.code
            and ev.target is not None
            and o.source.code == ev.target.code
            for o in events
        )
        key = (tok.head.i, ev.source.country)
        # "Nigeria condemned Boko Haram's attack on its soldiers": a noun a verbal act
        # speaks of, naming a doer of its own, another actor of the verb's country, is
        # an act of its own ("repelled an attack by X" stays the verb's act)
        own = (
            key in spoken
            and ev.source.code not in spoken[key]
            and key in verbs
            and _own_doer(tok, ev.source)
        )
        if carried and key in verbs and not joint and not own:
            continue
        if (ev.trigger_token, ev.source.country) in spanned:
            continue
        target = ev.target.code if ev.target else None
        if (tok.i, ev.source.country, target) in manner_of:
            continue  # "killed 40 people in 50 attacks": the killing is the attacks' act
        if not _names_aim(tok) and any(m[:2] == (tok.i, ev.source.country) for m in manner_of):
            continue  # "killed five militants in a raid": the raid names no one of its own
        out.append(ev)
    return out


def _names_aim(noun: Token) -> bool:
    """Does an act noun name an actor of its own: a possessive, a phrase of
    ``hostile_aim_prep`` ("a raid on the town", "Israel's strikes") or one of
    ``manner_party_prep`` ("a battle with police", "an attack by jihadists")?"""
    if any(c.dep_ == "poss" for c in noun.children):
        return True
    preps = pat.argument_words("hostile_aim_prep") | pat.argument_words("manner_party_prep")
    return bool(pat.prep_objects(noun, set(preps)))


def _own_doer(noun: Token, source: Actor) -> bool:
    """Does ``noun`` name ``source`` as its doer itself: a possessive or modifier
    ("Boko Haram's attack", "the Taliban attack") or a "by" phrase ("the attack by Y")?"""
    doers = [c for c in noun.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
    doers += pat.prep_objects(noun, {"by"})
    return any(a.code == source.code for d in doers for a in actors_for(d))


def _drop_outcomes(events: list[Event], doc: Doc) -> list[Event]:
    """ "Gunmen stormed a hotel, leaving five people dead", "rebels shelled the town,
    killing ten and wounding six": a participle of result after a violent act tells
    what that act did, not a second act of its doer (the coding guide codes the
    attack once); the roots are ``argument_words.tsv`` ``outcome_root``."""
    roots = pat.argument_words("outcome_root")

    def violence(code: str) -> bool:
        return code[:2] in roots or code[:3] in roots

    violent = {
        (e.trigger_token, e.source.country)
        for e in events
        if violence(e.cameo) and e.trigger_token >= 0
    }
    out = []
    for ev in events:
        if violence(ev.cameo) and ev.trigger_token >= 0:
            tok = doc[ev.trigger_token]
            first = first_conjunct(tok)
            if (
                tok.tag_ == "VBG"
                and first.dep_ == "advcl"
                and first.head.i < first.i
                and (first.head.i, ev.source.country) in violent
            ):
                continue
        out.append(ev)
    return out


def _governing_verbs(noun: Token) -> list[Token]:
    """The verb a noun is the object of, directly or through a preposition."""
    head = noun.head
    if head.pos_ in ("VERB", "AUX"):
        return [head]
    if head.pos_ == "ADP" and head.head.pos_ in ("VERB", "AUX"):
        return [head.head]
    return []


def _borrow_targets(events: list[Event], doc: Doc) -> list[Event]:
    """Coordinated predicates share a target: "opened a mission in Peru and
    sent an envoy" -> the envoy goes to Peru too. Not when
    another, non-coordinated trigger already codes the same act with a target
    ("put barriers on the highway, cutting off the Chilean troops")."""
    out: list[Event] = []
    for ev in events:
        if ev.target is not None or ev.trigger_token < 0:
            out.append(ev)
            continue
        tok = doc[ev.trigger_token]
        linked = {t.i for t in tok.conjuncts}
        peers = [
            o
            for o in events
            if o.target is not None
            and o.source.country == ev.source.country
            and o.target.country != ev.source.country
        ]
        covered = any(o.cameo == ev.cameo and o.trigger_token not in linked for o in peers)
        donor = next((o for o in peers if o.trigger_token in linked), None)
        if donor is not None and not covered:
            ev = dataclasses.replace(ev, target=donor.target)
        out.append(ev)
    return out


def _same_act(a: Event, b: Event, doc: Doc) -> bool:
    """Do two events of one dyad and root name the same act (overlapping or linked
    triggers)? Not when the sentence dates them apart ("in 2008 and again in 2010")."""
    if _dated_apart(a, b):
        return False
    if a.trigger_start < b.trigger_end and b.trigger_start < a.trigger_end:
        return True
    if a.trigger_token < 0 or b.trigger_token < 0:
        return True
    ta, tb = doc[a.trigger_token], doc[b.trigger_token]
    if (
        a.cameo == b.cameo
        and (tb.head.i == ta.i or ta.head.i == tb.i)
        and "conj"
        not in (
            ta.dep_,
            tb.dep_,
        )
    ):
        return True  # "met in Riga to discuss ...": one meeting
    return _governs(ta, tb) or _governs(tb, ta)


def _one_trigger(a: Event, b: Event) -> bool:
    """Do two events share their trigger, undated apart, and name no two people (or
    groups) apart on one side? "Met prime ministers A, B and C" is a meeting with each;
    "praised the government and its president" praises one government."""
    overlap = a.trigger_start < b.trigger_end and b.trigger_start < a.trigger_end
    if not overlap or _dated_apart(a, b):
        return False
    targets = (a.target.name if a.target else None, b.target.name if b.target else None)
    return not (_two_names(a.source.name, b.source.name) or _two_names(*targets))


def _two_names(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and a != b


def _dated_apart(a: Event, b: Event) -> bool:
    """Are two events dated by two of their sentence's expressions that do not overlap?"""
    da, db = a.date, b.date
    if da is None or db is None or da.text == db.text or da.inferred or db.inferred:
        return False
    if not (da.start and da.end and db.start and db.end):
        return False
    return da.end < db.start or db.end < da.start


def _governs(head: Token, dep: Token) -> bool:
    """``dep`` is an argument of ``head`` ("launched attacks", "engaged in battles")."""
    if dep.dep_ in ("conj", "advcl", "ccomp", "xcomp", "relcl", "parataxis"):
        return False
    return dep.head.i == head.i or (dep.head.dep_ == "prep" and dep.head.head.i == head.i)
