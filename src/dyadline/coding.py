"""Event coding: the ``dyadline_events`` spaCy component.

Reads: a parsed ``Doc`` with ``doc._.actors`` (from ``dyadline_actors``).
Adds: ``doc._.events``, a list of ``dyadline.model.Event`` — one per dyad —
with CAMEO code, label, quad class, Goldstein value and PLOVER mapping, source
and target actors from the dependency parse, and per event the modality and
claimant, sentence-local date, quantities and location.

Hand-written because no maintained library codes CAMEO events from a
dependency parse in Python 3: the coding rules (who is the source of a passive,
of a nominal trigger, how coordination and "including" lists fan out into
dyads, when a mutual act is coded both ways, when a governing verb turns an
act into an intent, threat or refusal, when an act only asked of another actor
is no event, when "reciprocated" returns the sentence's previous act, when
coordinated predicates share a target) are
ours; the knowledge they use (trigger patterns, intent governors, actors,
CAMEO codes) lives in the codebook files.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dyadline import patterns as pat
from dyadline.actors import actors_for
from dyadline.cameo import cameo_info, plover
from dyadline.locations import location_for
from dyadline.modality import modality_of
from dyadline.model import Actor, DateSpan, Event
from dyadline.quantities import quantities_for
from dyadline.time import DateMention, TimeContext, find_dates

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
CONTROL_DEPS = ("xcomp", "conj", "pcomp", "advcl", "acl", "relcl", "ccomp")
DEFER_DATES = "dyadline_defer_dates"
LIST_PREPS = frozenset({"including", "like", "as"})
# prepositions whose object can be the act that caused a passive event ("killed in shelling")
CAUSE_PREPS = frozenset({"in", "by", "during", "amid", "from", "due", "after", "because"})
# "X was accused of plotting", "X is scheduled to attend": the passive subject acts
RAISING_PREPS = frozenset({"of", "to", "for"})
# "dissuade X from cooperating", "coerce X into ...", "jailed X for helping": the object acts
OBJECT_CONTROL_PREPS = frozenset({"from", "into", "for"})


class EventCoder:
    """spaCy component: codes the events of every sentence of a Doc."""

    def __init__(self, nlp: Language, patterns: list[str] | None = None) -> None:
        self.index = pat.load_index(patterns)

    def __call__(self, doc: Doc) -> Doc:
        # dyadline.annotate dates events over the whole document afterwards
        dated = not doc.user_data.get(DEFER_DATES, False)
        ctx = TimeContext()
        events: list[Event] = []
        for sent in doc.sents:
            mentions = find_dates(sent) if dated else []
            if dated:
                ctx.observe(sent, mentions)
            events.extend(self.code_sentence(sent, mentions, ctx if dated else None))
        doc._.events = events
        return doc

    def code_sentence(
        self, sent: Span, mentions: list[DateMention], ctx: TimeContext | None = None
    ) -> list[Event]:
        out: list[Event] = []
        seen: dict[tuple[str, str, str, str], list[Event]] = {}
        raw = [ev for tok in sent for ev in self._code_token(tok, sent, mentions, ctx)]
        raw = _mirror(raw, self.index, sent.doc)
        raw = _drop_carried_nouns(raw, sent.doc)
        for ev in _borrow_targets(raw, sent.doc):
            tname = (ev.target.name or ev.target.text) if ev.target else ""
            key = (ev.source.code, ev.target.code if ev.target else "-", tname, ev.cameo[:2])
            # one act found twice ("launched attacks": the verb and the noun)
            if any(_same_act(ev, other, sent.doc) for other in seen.get(key, [])):
                continue
            seen.setdefault(key, []).append(ev)
            out.append(ev)
        out = _keep_specific(out)
        # a targetless event is dropped when the sentence codes the same act with a target
        targeted = {(e.source.country, e.cameo[:2]) for e in out if e.target is not None}
        return [
            e
            for e in out
            if e.target is not None or (e.source.country, e.cameo[:2]) not in targeted
        ]

    def _code_token(
        self,
        tok: Token,
        sent: Span,
        mentions: list[DateMention],
        ctx: TimeContext | None,
    ) -> Iterator[Event]:
        if tok.pos_ in ("VERB", "AUX"):
            pos = "V"
        elif tok.pos_ in ("NOUN", "PROPN"):
            pos = "N"
        else:
            return
        lemma = str(tok.lemma_).lower()
        cands = self.index.candidates(pos, lemma)
        if not cands and pos == "N":
            cands = self.index.candidates(pos, str(tok.lower_))
        if cands and (pat.blocked(tok) or pat.requested(tok)):
            return
        for pattern in cands:
            if not pat.particle_ok(tok, pattern):
                continue
            if pattern.argument and not _clause_argument(tok):
                continue
            req_tokens = pat.requirement_tokens(tok, pattern)
            if req_tokens is None:
                continue
            dyads = list(_dyads(tok, pattern, req_tokens))
            if not dyads:
                continue
            yield from self._events(tok, sent, pattern, req_tokens, dyads, mentions, ctx)
            return

    def _events(
        self,
        tok: Token,
        sent: Span,
        pattern: pat.Pattern,
        req_tokens: list[Token],
        dyads: list[tuple[Actor, Actor | None]],
        mentions: list[DateMention],
        ctx: TimeContext | None,
    ) -> Iterator[Event]:
        modality, claimant = modality_of(tok)
        negated = modality == "negated"
        cameo = pat.intent_code(tok, pattern.cameo, negated=negated) or pattern.cameo
        if cameo != pattern.cameo and pat.is_refusal(tok, negated):
            modality = "reported" if claimant is not None else "asserted"  # the refusal happened
        info = cameo_info(cameo)
        attributed = None
        if claimant is not None:
            claimed = actors_for(claimant)
            attributed = claimed[0] if claimed else None
        date: DateSpan | None = ctx.event_span(tok, mentions) if ctx is not None else None
        quantities = quantities_for(tok)
        span_toks = [tok, *[t for t in req_tokens if t.i != tok.i and abs(t.i - tok.i) <= 4]]
        start_tok = min(span_toks, key=lambda t: t.i)
        end_tok = max(span_toks, key=lambda t: t.i)
        doc = tok.doc
        trigger = doc[start_tok.i : end_tok.i + 1]
        for source, target in dyads:
            if pattern.reported:
                modality, attributed = "reported", source
            location = location_for(tok, (source.country, target.country if target else None))
            yield Event(
                sentence=sent.text,
                sentence_start=sent.start_char,
                sentence_end=sent.end_char,
                trigger=trigger.text,
                trigger_start=trigger.start_char,
                trigger_end=trigger.end_char,
                source=source,
                target=target,
                cameo=cameo,
                cameo_label=info.label,
                quad_class=info.quad_class,
                goldstein=info.goldstein,
                plover=plover(cameo),
                date=date,
                modality=modality,
                attributed_to=attributed,
                location=location,
                quantities=list(quantities),
                confidence=_confidence(pattern, source, target),
                trigger_token=tok.i,
            )


def _confidence(pattern: pat.Pattern, source: Actor, target: Actor | None) -> float:
    score = 0.75 if pattern.pos == "V" else 0.6
    if pattern.requires:
        score += 0.1
    if target is None:
        score -= 0.15
    if source.sector is None and target is not None and target.sector is None:
        score += 0.05
    return max(0.05, min(0.95, score))


# --- arguments ----------------------------------------------------------------


def _expand(tok: Token) -> list[Token]:
    """A noun phrase head and its conjuncts; an "including X, Y" list replaces its head.

    An appositive naming another state is a list the parser took for an
    apposition ("The US, Russia, and Switzerland met").
    """
    heads = [tok, *tok.conjuncts]
    own = {a.country for a in actors_for(tok)}
    for h in list(heads):
        for c in h.children:
            if c.dep_ == "appos" and own and c.pos_ == "PROPN":
                other = actors_for(c)
                if other and all(a.country not in own for a in other):
                    heads += [c, *c.conjuncts]
    out: list[Token] = []
    for h in heads:
        listed = [
            o
            for o in pat.prep_objects(h, set(LIST_PREPS))
            if o.dep_ == "pobj" and o.pos_ in ("PROPN", "NOUN", "PRON")
        ]
        listed = [x for o in listed for x in (o, *o.conjuncts)]
        listed += [c for x in listed for c in x.children if c.dep_ == "appos"]
        listed_actors = [x for x in listed if actors_for(x)]
        for x in listed_actors if listed_actors else [h]:
            if x not in out:
                out.append(x)
    return out


def _actors(tokens: Iterable[Token]) -> list[Actor]:
    out: list[Actor] = []
    for t in tokens:
        for a in actors_for(t):
            if a not in out:
                out.append(a)
    return out


def _passive_participle(tok: Token) -> bool:
    return tok.tag_ == "VBN" and not any(c.dep_ == "aux" for c in tok.children)


def _subject(verb: Token) -> list[Token]:
    """The subject of ``verb``, inherited through conjunction and control.

    Object control: "forced Israel to halt", "dissuade Israel from
    cooperating" -> Israel. Raising from a passive: "X was accused of
    plotting", "X is scheduled to attend" -> X.
    """
    cur = verb
    for _ in range(6):
        subs = [c for c in cur.children if c.dep_ in ("nsubj", "csubj")]
        if subs:
            return _expand(subs[0])
        agent = [c for c in cur.children if c.dep_ == "agent"]
        if agent:
            objs = pat.prep_objects(cur, {"by"})
            if objs:
                return _expand(objs[0])
        passive_subj = [c for c in cur.children if c.dep_ == "nsubjpass"]
        if passive_subj:
            return _expand(passive_subj[0]) if cur is not verb else []
        if cur.dep_ in ("relcl", "acl") and cur.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
            if cur.dep_ == "acl" and _passive_participle(cur):
                return []  # "soldiers killed in ...": the noun is what was done to
            return _np_subject(cur.head)
        if cur.dep_ in CONTROL_DEPS or cur.dep_ == "pcomp" or cur.head.dep_ == "prep":
            if cur.head is cur:
                return []
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
    if obj is not None and (via is None or via in OBJECT_CONTROL_PREPS) and actors_for(obj):
        return _expand(obj)
    psub = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
    has_agent = any(c.dep_ == "agent" for c in head.children)
    if psub is not None and not has_agent and (via is None or via in RAISING_PREPS):
        return _expand(psub)
    return []


def _np_subject(noun: Token) -> list[Token]:
    """The actor a noun phrase stands for, through "X was one of the first countries"."""
    cur = noun
    for _ in range(4):
        if _actors([cur]):
            return _expand(cur)
        if cur.dep_ == "pobj" and cur.head.dep_ == "prep":
            cur = cur.head.head
            continue
        if cur.dep_ in ("attr", "acomp") and cur.head.pos_ in ("AUX", "VERB"):
            return _subject(cur.head)
        break
    return _expand(noun)


def _noun_source(noun: Token, pattern: pat.Pattern) -> list[Token]:
    """Who does what a nominal trigger names: "Israel's support", "Russian arms sales",
    "attacks by Armenia", "Tehran lent support", "engaged in the training of ..."."""
    skip_poss = "poss" in pattern.targets
    mods = [
        c
        for c in noun.children
        if c.dep_ in ("poss", "amod", "compound", "nmod")
        and not (skip_poss and c.dep_ == "poss")
        and actors_for(c)
    ]
    if mods:
        return mods
    by = pat.prep_objects(noun, {"by", "from"})
    if by and actors_for(by[0]):
        return _expand(by[0])
    role = noun.dep_ == "attr" or (noun.dep_ == "pobj" and noun.head.lower_ == "as")
    verb = noun.head if noun.dep_ == "attr" else noun.head.head
    if role and verb.pos_ in ("VERB", "AUX"):
        # "Iran served as the conduit of Russian arms": the subject plays the role
        subj = _subject(verb)
        if _actors(subj):
            return subj
    of_is_target = any(t.startswith(("prep:of", "pobj-of-obj:of")) for t in pattern.targets)
    of = pat.prep_objects(noun, {"of"})
    if of and actors_for(of[0]) and not of_is_target:
        return _expand(of[0])
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in LIST_PREPS and head.head.pos_ == "PROPN":
        owner = head.head  # "Netanyahu (including a short visit to Baku)": his visit
        if actors_for(owner):
            return [owner]
    light = noun.dep_ == "attr" or pat.light_verb(head)
    if noun.dep_ in ("attr", "dobj", "nsubjpass") and head.pos_ in ("AUX", "VERB") and light:
        return _subject(head)
    if noun.dep_ == "pobj" and head.head.pos_ in ("VERB", "AUX"):
        verb = head.head
        # "engaged in the training of", "served as the conduit of", "in cooperation with"
        if pat.light_verb(verb) or verb.lemma_ == "engage" or head.lower_ in ("in", "as"):
            return _subject(verb)
    return []


def _target_tokens(
    tok: Token, pattern: pat.Pattern, avoid: set[str | None]
) -> tuple[list[Token], bool]:
    """Target tokens by the pattern's target spec; the flag says "between" gave them."""
    for spec in pattern.targets:
        kind, _, arg = spec.partition(":")
        found: list[Token] = []
        if kind == "obj":
            obj = pat.direct_object(tok)
            if obj is not None:
                found = [_antecedent(obj)]
        elif kind == "prep":
            found = pat.prep_objects(tok, {arg})
            if not found and pattern.pos == "N" and tok.dep_ in ("dobj", "nsubjpass"):
                found = pat.prep_objects(tok.head, {arg})
            if not found and pattern.pos == "N":
                # "the conduit of arms and supplies to Armenia": on what it carries
                goods = [g for o in pat.prep_objects(tok, {"of"}) for g in (o, *o.conjuncts)]
                found = [x for g in goods for x in pat.prep_objects(g, {arg})][:1]
            if not found and pattern.pos == "V":
                obj = pat.direct_object(tok)  # "returned an ambassador to Israel"
                if obj is not None:
                    found = pat.prep_objects(obj, {arg})
        elif kind == "pobj-of-obj":
            obj = pat.direct_object(tok)
            if obj is not None:
                found = pat.prep_objects(obj, {arg})
        elif kind == "between":
            found = pat.prep_objects(tok, {"between"})
            obj = pat.direct_object(tok)
            if not found and obj is not None:
                found = pat.prep_objects(obj, {"between"})
            if found:
                return _expand(found[0]), True
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
            comp = pat.open_complement(tok)
            if comp is not None:
                found = [c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")]
                passive = any(c.dep_ == "nsubjpass" for c in comp.children)
                if passive and not _actors(found):
                    # "said a mortar was fired at it from Gaza": the agent, else the origin
                    found = pat.prep_objects(comp, {"by"}) or pat.prep_objects(comp, {"from"})
        elif kind == "poss":
            found = [c for c in tok.children if c.dep_ == "poss"]
        elif kind == "tree":
            found = _tree_target(tok, avoid)
        found = [t for f in found for t in _expand(f)]
        if len(found) > 1 and kind in ("obj", "prep"):
            found += _stray_conjuncts(tok, found)
        if not _actors(found) and kind in ("obj", "prep", "pobj-of-obj"):
            found = [t for f in found for t in _owner(f)]
        if _actors(found):
            return found, False
    return [], False


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
        return tok.head.head
    return tok


def _tree_target(tok: Token, avoid: set[str | None]) -> list[Token]:
    """The first actor named inside the trigger's object or prepositional phrases
    ("attend the Beijing Olympics", "fired missiles at targets in Azerbaijan")."""
    roots = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass", "prep", "dative")]
    roots += [c for c in tok.children if c.dep_ in ("xcomp", "ccomp")]
    for root in sorted(roots, key=lambda t: t.i):
        if root.lower_ == "by":
            continue
        for t in root.subtree:
            acts = actors_for(t)
            if acts and all(a.country not in avoid for a in acts):
                return [t]
    return []


def _owner(noun: Token) -> list[Token]:
    """Whose thing a noun is: "Azerbaijan's independence", "the independence of Georgia",
    "dissidents from Myanmar"."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += pat.prep_objects(noun, {"of", "from"})
    return [t for o in owners for t in _expand(o)]


def _cause_source(verb: Token) -> list[Token]:
    """The actor behind a passive event without agent: "killed in Israeli shelling",
    "were killed due to the Iranian intervention"."""
    for prep in verb.children:
        if prep.dep_ not in ("prep", "agent") or prep.lower_ not in CAUSE_PREPS:
            continue
        objs = [c for c in prep.subtree if c.dep_ == "pobj" and c.pos_ == "NOUN"]
        for obj in objs[:2]:
            mods = [
                c for c in obj.children if c.dep_ in ("poss", "amod", "compound") and actors_for(c)
            ]
            if mods:
                return mods
    return []


def _dyads(
    tok: Token, pattern: pat.Pattern, req_tokens: list[Token] | None = None
) -> Iterator[tuple[Actor, Actor | None]]:
    passive = False
    if pattern.pos == "V":
        passive = any(c.dep_ == "nsubjpass" for c in tok.children) or (
            tok.dep_ == "acl" and _passive_participle(tok)
        )
        src_toks = _subject(tok) if not passive else _expand_agent(tok)
        if passive and not src_toks:
            src_toks = _cause_source(tok)
    else:
        src_toks = _noun_source(tok, pattern)
    sources = _actors(src_toks)
    avoid = {a.country for a in sources}
    tgt_toks, between = _target_tokens(tok, pattern, avoid)
    if not tgt_toks and passive and tok.dep_ == "acl" and "obj" in pattern.targets:
        tgt_toks = _expand(tok.head)  # "soldiers killed in ..."
    targets = _actors(tgt_toks)
    if pattern.inverse:
        sources, targets = targets, sources
    if not targets and pattern.loc_target and sources:
        place = _place_target(tok, sources[0])
        targets = [place] if place is not None else []
    if between and not sources:
        # "relations were established between X and Y": a mutual act
        yield from _pairs(targets, symmetric=True)
        return
    if not sources:
        return
    if not targets:
        if pattern.symmetric and len(sources) >= 2:
            yield from _pairs(sources, symmetric=True)
            return
        if pattern.target_optional:
            for s in sources:
                yield s, None
        return
    for s in sources:
        for t in targets:
            if s.code == t.code or (s.country == t.country and s.sector is None):
                continue
            yield s, t
            if pattern.mutual or (pattern.symmetric and between):
                yield t, s


def _place_target(tok: Token, source: Actor) -> Actor | None:
    """The state where the event took place, as its target ("protested in Beijing")."""
    loc = location_for(tok, (source.country, None))
    if loc is None or not loc.country or loc.country == source.country:
        return None
    return Actor(code=loc.country, country=loc.country, text=loc.text, name=loc.text)


def _expand_agent(verb: Token) -> list[Token]:
    """The "by" agent of a passive; an instrument stands for whoever used it
    ("blown up by a missile believed to be fired by rebels" -> the rebels)."""
    objs = pat.prep_objects(verb, {"by"})
    if not objs:
        return []
    agent = _expand(objs[0])
    if _actors(agent):
        return agent
    for t in objs[0].subtree:
        if t.dep_ == "agent" and t.i > objs[0].i:
            inner = [c for c in t.children if c.dep_ == "pobj"]
            if inner and _actors(_expand(inner[0])):
                return _expand(inner[0])
    return agent


def _pairs(actors: list[Actor], *, symmetric: bool) -> Iterator[tuple[Actor, Actor | None]]:
    for i, a in enumerate(actors):
        for b in actors[i + 1 :]:
            if a.country == b.country:
                continue
            yield a, b
            if symmetric:
                yield b, a


def _clause_argument(tok: Token) -> bool:
    """Is a noun a subject or object of its clause (not buried in a phrase)?"""
    cur = tok
    while cur.dep_ == "conj" and cur.head is not cur:
        cur = cur.head
    if cur.dep_ == "pobj" and cur.head.lower_ == "in" and cur.head.head.pos_ == "VERB":
        return True  # "foiled the attempts in cooperation with ..."
    return cur.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "appos", "ROOT")


def _keep_specific(events: list[Event]) -> list[Event]:
    """One act, one dyad per pair of states: "Tehran and its proxies in Azerbaijan
    attacked ..." gives IRNGOV and IRN for the same trigger; the bare country code
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
                    and o.trigger_token == ev.trigger_token
                    and o.cameo == ev.cameo
                    and theirs is not None
                    and theirs.country == mine.country
                    and theirs.sector is not None
                    and (o_other.code if o_other else None) == (my_other.code if my_other else None)
                ):
                    redundant = True
        if not redundant:
            out.append(ev)
    return out


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
    verbs = {
        (e.trigger_token, e.source.country)
        for e in events
        if doc[e.trigger_token].pos_ in ("VERB", "AUX")
    }
    out = []
    for ev in events:
        tok = doc[ev.trigger_token]
        carried = tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "nsubjpass")
        if carried and (tok.head.i, ev.source.country) in verbs:
            continue
        out.append(ev)
    return out


def _borrow_targets(events: list[Event], doc: Doc) -> list[Event]:
    """Coordinated predicates share a target: "opened an embassy in Israel and
    dispatched an ambassador" -> the ambassador goes to Israel too. Not when
    another, non-coordinated trigger already codes the same act with a target
    ("placed blocks on the road, cutting the Azerbaijani forces")."""
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
    """Do two events of one dyad and root name the same act (overlapping or linked triggers)?"""
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


def _governs(head: Token, dep: Token) -> bool:
    """``dep`` is an argument of ``head`` ("launched attacks", "engaged in battles")."""
    if dep.dep_ in ("conj", "advcl", "ccomp", "xcomp", "relcl", "parataxis"):
        return False
    return dep.head.i == head.i or (dep.head.dep_ == "prep" and dep.head.head.i == head.i)
