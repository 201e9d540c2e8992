"""Event coding: the ``dyadline_events`` spaCy component and per-token coding.

Reads: a parsed ``Doc`` with ``doc._.actors`` (from ``dyadline_actors``) and the
document's context (``dyadline.coder.context.DocumentContext``: its time, its
recent acts, the states it has named), passed in as the component's ``context``
argument or made fresh for a Doc that comes alone. Adds: ``doc._.events``, a
list of ``dyadline.model.Event`` — one per dyad — with CAMEO code, label, quad
class, Goldstein value and PLOVER mapping, source and target actors, and per
event the modality and claimant, its date, quantities and location.

The data flow, per paragraph Doc: the context hands the Doc the states named
before it; then sentence by sentence, in text order, the sentence is dated first
(``find_dates``, ``TimeContext.observe``), each trigger token's date is taken
(``TimeContext.event_span``: its own expression, else narrative time, else a
news story's day) and its actors are read at that date (a person by tenure),
the sentence's events are settled and remembered for the sentences after it.
No stage goes back over an earlier one: ``dyadline.annotate`` only places the
events in the document.

This module owns the component and the coding of one trigger token: which
pattern of ``dyadline.coder.patterns`` applies, when a governing verb turns an act
into an intent, threat or refusal, when an act only asked of another actor is
no event. Source and target come from ``dyadline.coder.arguments``; the
sentence-level conventions (one event per act and dyad, "reciprocated",
shared targets) from ``dyadline.coder.dyads``; acts that point back to earlier
sentences ("rejected the petition", "repulsed the incursions") from
``dyadline.coder.discourse``, whose ``Memory`` is the context's. An
owned act a "block" verb prevents ("would stop Chile's cooperation with
X") is coded as its stopping (16x, ``intent.tsv`` kind ``stop``).

Hand-written because no maintained library codes CAMEO events from a
dependency parse in Python 3; the knowledge
(trigger patterns, intent governors, actors, CAMEO codes) lives in the
codebook files.
"""

from __future__ import annotations

import calendar
import dataclasses
from collections.abc import Iterator
from functools import cache, partial

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dyadline.cameo import cameo_info, plover
from dyadline.codebook import read_tsv
from dyadline.coder import (
    alleged,
    clauses,
    consequence,
    consult,
    home_target,
    memo,
    nominal,
    quoted,
    replies,
    reproach,
)
from dyadline.coder import patterns as pat
from dyadline.coder.actors import actors_for, named_states, sentence_states
from dyadline.coder.actors import mentions as actor_mentions
from dyadline.coder.arguments import (
    actor_list,
    agentless,
    armed_sectors,
    clause_argument,
    conducted_relation,
    coordinated_undergoers,
    domestic_pair,
    dyads,
    effect_subject,
    first_conjunct,
    habitual,
    instrument_subject,
    later_claimant,
    linked_clauses,
    named_owner,
    noun_doers,
    owned_act,
    purpose_host,
    remainder_subject,
    sector_of,
    society_sectors,
    target_actors,
    unnamed_doer,
    unnamed_victim,
)
from dyadline.coder.context import DocumentContext
from dyadline.coder.discourse import (
    HOSTILE,
    act_noun,
    agent_pairs,
    crowd_act,
    deed_told,
    defence_pairs,
    latest_victims,
    placed_again,
    posture_pairs,
    root_doer,
    withdrawal_pairs,
)
from dyadline.coder.dyads import settle
from dyadline.coder.locations import location_for
from dyadline.coder.modality import modality_of, own_telling
from dyadline.coder.quantities import quantities_for
from dyadline.coder.storyagent import story_pairs
from dyadline.coder.time import DateMention, Dating, event_date, find_dates
from dyadline.coder.violence import claimed_act, unconventional_code
from dyadline.model import Actor, DateSpan, Event

#: CAMEO code of a military withdrawal (retreat): told without the place left, it
#: takes the state the side's latest use of force was aimed at
WITHDRAWAL = "087"
#: CAMEO code of a visit: with no host named, the state its purpose clause acts on
VISIT = "042"
CONSULT = "04"  # consultations: a partner named only by an office (``consult``)


class EventCoder:
    """spaCy component: dates and codes the events of every sentence of a Doc.

    It keeps no state from one Doc to the next: what one document's paragraphs
    share comes in as ``context`` (``dyadline.annotate`` passes one per document);
    without it each Doc has a fresh ``DocumentContext`` of its own."""

    def __init__(self, nlp: Language, patterns: list[str] | None = None) -> None:
        self.index = pat.load_index(patterns)

    def __call__(self, doc: Doc, context: DocumentContext | None = None) -> Doc:
        ctx = context if context is not None else DocumentContext()
        ctx.begin(doc)
        events: list[Event] = []
        with memo.coding(doc):  # its mentions are settled: a phrase is resolved once
            for sent in doc.sents:
                # dating first: the events' dates (and so people's tenures) are known
                mentions = find_dates(sent)
                ctx.time.observe(sent, mentions)
                events.extend(self.code_sentence(sent, mentions, ctx))
        doc._.events = events
        return doc

    def code_sentence(
        self, sent: Span, mentions: list[DateMention], ctx: DocumentContext
    ) -> list[Event]:
        """The events of one sentence, dated by ``ctx.time`` (already fed the sentence)."""
        raw = [ev for tok in sent for ev in self._code_token(tok, sent, mentions, ctx)]
        raw += _charge_events(sent, mentions, ctx, raw)
        raw += _continued_demands(sent, mentions, ctx, raw)
        raw += _adverbial_predicates(sent, mentions, ctx, self.index)
        events = settle(raw, self.index, sent, ctx.memory)

        def date_of(tok: Token) -> str | None:
            span = ctx.time.dating(tok, mentions).span
            return span.start if span is not None else None

        # who made a statement here, for a later "the claim" (``replies``)
        ctx.memory.add(events, sent, replies.speakers(sent, events, date_of))
        return events

    def _code_token(
        self,
        tok: Token,
        sent: Span,
        mentions: list[DateMention],
        ctx: DocumentContext,
        *,
        inner: bool = False,
    ) -> Iterator[Event]:
        """The events ``tok`` triggers (``inner``: coded only to read a clause tied
        to another act, without looking further for doers)."""
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
        if not cands:
            return  # (most words: asked first, as it is the cheapest test)
        if pos == "N" and (_month_name(tok) or any(m.start <= tok.idx < m.end for m in mentions)):
            return  # a word of a date ("on March 6", "Strike Day") is no act
        if pos == "N" and nominal.in_idiom(tok):
            return  # "in recognition of Women's Day": a fixed phrase, no act
        if pos == "N" and claimed_act(tok):
            return  # "claimed responsibility for the attack": the claim is the event
        if pos == "V" and pat.receives_noun_act(tok, self.index):
            return  # "the plan met with opposition from X": the noun's act, no meeting
        if pos == "V" and clauses.participle_adjective(tok):
            return  # "fired tear gas at protesting farmers": who they are, no act of theirs
        # "prevent Israel's cooperation with X": an owned, ongoing act is stopped (16x)
        stopped = pat.blocked(tok)
        if stopped and not (pos == "N" and owned_act(tok)):
            return
        # whether the act is only asked for, and its date, are read once, for the first
        # pattern the parse admits: most candidate words have none, and the tests before
        # it read the parse only (the time context does not change while a sentence is
        # coded, so the date is the same whenever it is read)
        dated = False
        date: DateSpan | None = None
        twin_date: DateSpan | None = None
        when: str | None = None
        for pattern in cands:
            if not pat.particle_ok(tok, pattern):
                continue
            if pattern.argument and not (clause_argument(tok) or owned_act(tok)):
                continue
            # "prevent X's cooperation", "X's support for Y angered Z": the act is
            # acted on or does something (``effect_subject``), not a state it is in
            acted_on = tok.dep_ in ("dobj", "pobj", "nsubjpass") or stopped or effect_subject(tok)
            # "foiled the plot in cooperation with X": the manner of an act done
            manner = tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.pos_ == "VERB"
            conducted = conducted_relation(tok)  # "X and Y maintained close cooperation"
            if pattern.owned and not ((named_owner(tok) and acted_on) or manner or conducted):
                continue  # "the cooperation between X and Y extends to ...": a state
            req_tokens = pat.requirement_tokens(tok, pattern)
            if req_tokens is None or consult.unfinished_deal(tok, pattern):
                continue  # (or "are negotiating a deal": no deal signed yet)
            if pos == "N" and clauses.carried_request(tok, req_tokens):
                return  # "urged X and Y to agree to a ceasefire": only asked for
            if pattern.bare and self._complement_coded(tok, sent, mentions, ctx):
                continue  # "agreed to boost trade": the act agreed on is the event
            if stopped and pat.stop_code(pattern.cameo) is None:
                return
            if not dated:
                if clauses.requested_within(tok):
                    return  # "urged X to consider lifting the blockade": only asked for
                twin = _coordinated_date(tok, mentions)
                # "in 2008 and again in 2010": the act once for each time
                twin_date = ctx.time.dating(tok, [twin]).span if twin is not None else None
                dating = ctx.time.dating(tok, mentions)
                date = dating.span
                when = _tenure_date(dating, sent)
                dated = True
            # "condemned the bombing", "denounced the extension": its doer
            back = (
                act_noun(tok, pattern.cameo) is not None
                or deed_told(tok, pattern.cameo, ctx.memory)
                # "Y shelled X. X expressed concern": the doer of the act just told
                or reproach.aim_open(
                    tok, pattern.cameo, ctx.memory.acts, ctx.memory.sentence, req_tokens
                )
            )
            outcome = self._outcome_pairs(tok, sent, mentions, ctx, pattern) if pos == "N" else []
            pairs = outcome or list(dyads(tok, pattern, req_tokens, date=when, open_target=back))
            if pattern.defend and all(t is None for _s, t in pairs):
                found = [] if pairs else target_actors(tok, pattern, date=when)
                subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
                own = sector_of(subj) if subj is not None and not pairs else None
                pairs = defence_pairs(ctx.memory, pairs, found, own)
            if any(t is None for _s, t in pairs):
                # "X held drills near Y. Y put its forces on alert": at X
                pairs = posture_pairs(ctx.memory, pattern.cameo, pairs)
            if not pairs and not inner and agentless(tok):
                # "five people were killed when rebels attacked the town": the doer of
                # the hostile act of a clause tied to it
                pairs = self._clause_pairs(tok, sent, mentions, ctx, pattern, when)
            if (
                not pairs
                and not habitual(tok)  # "people are usually jailed when ...": generic
                and (
                    agentless(tok)
                    or nominal.patient_noun(tok, pattern)
                    or (pattern.pos == "V" and instrument_subject(tok) and _happened(tok))
                    or (crowd_act(pattern.cameo) and unnamed_doer(tok, pattern))
                )
            ):
                # "five people were killed", "the journalist's arrest", "a car bomb
                # killed six": the doer named just before, or the state
                found = target_actors(tok, pattern)
                if not found and remainder_subject(tok):
                    # "... and ten others were wounded": of the victims just named
                    found = coordinated_undergoers(tok) or latest_victims(ctx.memory)
                where = location_for(tok, (None, found[0].country if found else None))
                place = where.country if where is not None else None
                named = frozenset(sentence_states(sent))
                struck = pattern.pos == "V" and instrument_subject(tok)
                # "the strikes hit a hospital in X": the people of the place struck
                victim = partial(unnamed_victim, tok, pattern.cameo) if struck else None
                stated = named_states(sent)
                pairs = agent_pairs(ctx.memory, pattern.cameo, found, place, named, victim, stated)
                if not pairs:
                    # "A convoy came under attack. The ADF claimed the attack": the
                    # claimant of the next sentence did it
                    pairs = self._claimed_pairs(tok, pattern, found, when)
                if not pairs and not struck and _happened(tok):
                    # "hundreds were detained", long after "police arrested protesters"
                    pairs = story_pairs(tok, ctx.memory, pattern.cameo, found, place, named)
                if not pairs and not found:
                    # "thousands rallied in X": its people, against their government
                    pairs = home_target.crowd_pairs(tok, pattern.cameo, place)
            if not pairs and not inner and pattern.pos == "N":
                pairs = _remembered_doer(tok, pattern, ctx, when)
            if (
                not pairs
                and not inner
                and pattern.pos == "N"
                and home_target.bare_act(tok, pattern.cameo)
                and unnamed_doer(tok, pattern)
                and not target_actors(tok, pattern)
            ):
                # "arbitrary arrests continue": the state of the place, on its people
                pairs = home_target.unnamed_pairs(tok, pattern.cameo)
            if not pairs and not inner and pos == "V" and pattern.cameo[:3] == WITHDRAWAL:
                # "the troops agreed to leave": the state their side's force was used on
                doers = dyads(tok, pattern, req_tokens, date=when, open_target=True)
                pairs = withdrawal_pairs(ctx.memory, [s for s, t in doers if t is None])
            if not pairs and not inner and pattern.cameo[:3] == VISIT:
                # "visits by X's surgeons to treat Y's soldiers": the host is Y
                visitors = list(dyads(tok, pattern, req_tokens, date=when, open_target=True))
                pairs = [
                    (s, host)
                    for s, t in visitors
                    if t is None and (host := purpose_host(tok, s, when)) is not None
                ]
                if not pairs and pos == "N" and visitors:
                    # "X flew to Y. ... X's visit focused on trade": the visit told again
                    pairs = consult.visit_told_again(tok, visitors, ctx.memory)
            if (
                not pairs
                and not inner
                and pattern.cameo[:2] == CONSULT
                and (visits := consult.recent_visits(ctx.memory.acts, ctx.memory.sentence))
                and consult.unnamed_host(tok, partial(actors_for, date=when))
            ):
                # "X flew to Y. He met the president": Y's government
                doers = dyads(tok, pattern, req_tokens, date=when, open_target=True)
                found = [s for s, t in doers if t is None]
                pairs = consult.host_pairs(tok, pattern, found, visits)
            if not pairs and not inner:
                # "X met Y. They discussed trade": the two sides just met
                pairs = consult.parties_told_again(tok, pattern, ctx.memory)
            if not pairs and pattern.pos == "N" and pattern.cameo[:2] in HOSTILE:
                # "during the X-Y war, X's attacks ...": on the war's other side
                sides = nominal.war_sides(sent, when)  # (cheap first: most name no war)
                fighters = noun_doers(tok, pattern, when) if sides else []
                pairs = list(nominal.other_side(fighters, sides))
            if pairs and pattern.cameo[:2] == CONSULT:
                pairs = consult.without_press(tok, pairs)  # "in a conversation with reporters"
            if pairs and consult.asked_appraisal(tok, pattern.cameo):
                continue  # "Does X see Y as a threat?": only asked
            if not pairs:
                continue
            # "IS attacked a mosque in Kabul. They killed 25": where the story had it act
            placed = location_for(tok, (None, None)) is not None
            pairs = placed_again(ctx.memory, pairs, placed)
            yield from self._events(tok, sent, pattern, req_tokens, pairs, date, mentions, ctx)
            if twin_date is not None and twin_date != date:
                yield from self._events(
                    tok, sent, pattern, req_tokens, pairs, twin_date, mentions, ctx
                )
            return

    def _complement_coded(
        self, tok: Token, sent: Span, mentions: list[DateMention], ctx: DocumentContext
    ) -> bool:
        """Whether the open complement of ``tok`` ("agreed to boost trade") codes an act
        of its own, by its verb or a word of its phrase (read for ``bare`` patterns only)."""
        comp = pat.open_complement(tok)
        if comp is None or comp.dep_ != "xcomp":
            return False
        return any(
            True
            for part in comp.subtree
            for _ in self._code_token(part, sent, mentions, ctx, inner=True)
        )

    def _outcome_pairs(
        self,
        tok: Token,
        sent: Span,
        mentions: list[DateMention],
        ctx: DocumentContext,
        pattern: pat.Pattern,
    ) -> list[tuple[Actor, Actor | None]]:
        """(state, protesters) pairs of an act of coercion told as a protest's outcome
        ("held rallies against X, resulting in dozens of arrests":
        ``dyadline.coder.consequence``); [] when it is none."""
        causes = consequence.protest_cause(tok, pattern.cameo)
        protests: list[tuple[Actor, Actor | None]] = []
        for cause in causes:
            for ev in self._code_token(cause, sent, mentions, ctx, inner=True):
                if ev.cameo[:2] == consequence.PROTEST_ROOT:
                    protests.append((ev.source, ev.target))
        return list(consequence.outcome_pairs(protests))

    def _claimed_pairs(
        self, tok: Token, pattern: pat.Pattern, found: list[Actor], when: str | None
    ) -> list[tuple[Actor, Actor | None]]:
        """(claimant, victim) pairs of a hostile act told without its doer that the
        next sentence's claim of responsibility names (``later_claimant``): its own
        victims, else the people of the place it struck."""
        out: list[tuple[Actor, Actor | None]] = []
        for doer in actor_list(later_claimant(tok, pattern), when):
            if not doer.country:
                continue  # a sector alone, placed by its own sentence's context
            victims = found or [v for v in [unnamed_victim(tok, pattern.cameo, doer)] if v]
            out += [(doer, v) for v in victims if v.code != doer.code]
        return out

    def _clause_pairs(
        self,
        tok: Token,
        sent: Span,
        mentions: list[DateMention],
        ctx: DocumentContext,
        pattern: pat.Pattern,
        when: str | None,
    ) -> list[tuple[Actor, Actor | None]]:
        """(doer, victim) pairs of an agentless passive whose doer a clause tied to it
        names (``arguments.linked_clauses``): the source of that clause's hostile act
        (18, 19, 20) does it to the passive's own undergoers."""
        if pattern.cameo[:2] not in HOSTILE:
            return []
        doers: list[Actor] = []
        for verb in linked_clauses(tok):
            for ev in self._code_token(verb, sent, mentions, ctx, inner=True):
                if ev.cameo[:2] in HOSTILE and ev.source not in doers:
                    doers.append(ev.source)
        if not doers:
            return []
        found = target_actors(tok, pattern, date=when, others=doers)
        if not found and remainder_subject(tok):
            found = coordinated_undergoers(tok, date=when)
        return [
            (d, t)
            for d in doers
            for t in found
            if d.code != t.code and domestic_pair(d, t, pattern.cameo)
        ]

    def _events(
        self,
        tok: Token,
        sent: Span,
        pattern: pat.Pattern,
        req_tokens: list[Token],
        dyads: list[tuple[Actor, Actor | None]],
        date: DateSpan | None,
        mentions: list[DateMention],
        ctx: DocumentContext,
    ) -> Iterator[Event]:
        modality, claimant = modality_of(tok)
        if modality == "negated" and any(r.kind == "negated" for r in pattern.requires):
            modality = "asserted"  # "did not rule out military action": a threat made
        ahead = modality == "future"  # the act itself is told in the future
        negated = modality == "negated"
        # "seeking to improve relations with Y": a noun act whose requirement is the verb
        # it is the object of is governed as that verb is
        acting = _named_verb(tok, req_tokens)
        cameo = (
            pat.intent_code(tok, pattern.cameo, negated=negated)
            or pat.intent_code(acting, pattern.cameo, negated=negated)
            or _own_side_announced(tok, pattern.cameo, negated)
        )
        if pat.blocked(tok):
            cameo = pat.stop_code(pattern.cameo) or cameo
        refused = pat.is_refusal(tok, negated) or (negated and cameo[:2] == "12")
        refused = refused or (acting is not tok and pat.is_refusal(acting, negated))
        if cameo != pattern.cameo and refused:
            modality = "reported" if claimant is not None else "asserted"  # the refusal happened
        elif cameo[:2] == "13" and modality == "future" and pat.threatened(tok):
            # "threatened to expel X": the threat is made, as its verb tells ("may threaten")
            modality = modality_of(tok.head)[0] if tok.dep_ in ("xcomp", "acl") else "asserted"
        elif cameo != pattern.cameo and cameo[:2] in ("03", "13") and modality == "asserted":
            modality = "future"  # "offered to send aid": the act is only promised
        elif cameo == pattern.cameo and modality == "asserted" and pat.pledged(tok):
            modality = "future"  # "agreed to expel X": the hostile act pledged, not done
        ahead = ahead and modality == "future"  # (a refusal told happened)
        if ahead or modality in ("future", "counterfactual"):
            # not the story's day; a future act only by its own date, read forward
            planned = cameo == pattern.cameo  # not a promise or threat made now
            date = ctx.time.event_span(tok, mentions, modality, ahead=ahead, planned=planned)
        elif (
            modality == "hedged"
            and date is not None
            and not date.inferred
            and ctx.time.dating(tok, mentions).source == "clause"
        ):
            # "said on Monday that Y could attack Z": a day of the clause above is when
            # the possibility was told, not when the act was (it may never be)
            date = dataclasses.replace(date, inferred=True)
        attributed = None
        if claimant is not None:
            claimed = actors_for(claimant, date=date.start if date else None)
            attributed = claimed[0] if claimed else None
        quantities = quantities_for(tok)
        span_toks = [tok, *[t for t in req_tokens if t.i != tok.i and abs(t.i - tok.i) <= 4]]
        start_tok = min(span_toks, key=lambda t: t.i)
        end_tok = max(span_toks, key=lambda t: t.i)
        doc = tok.doc
        trigger = doc[start_tok.i : end_tok.i + 1]
        claimed_by_doer = _self_claim(tok)
        told_by = clauses.accusing_speaker(tok)
        accusers = actors_for(told_by[1], date=date.start if date else None) if told_by else []
        for source, target in dyads:
            if pattern.reported and _told_at_home(tok, source, target):
                continue  # "officials said militants attacked the town": no accusation
            if pattern.reported:
                # the source's claim; told as its own act ("X said Y attacked Z"), the
                # claim itself is asserted, as a side remark ("..., claiming") reported
                attributed = source
                if not (own_telling(tok) and modality == "asserted"):
                    modality = "reported"
            # (a mutual fight at home is coded by sector in clashes.tsv: clash_code)
            crowd = not (pattern.symmetric or pattern.mutual)
            # "used force against X", "protesters attacked": the code by who acts on
            # whom; "troops backed by soldiers of X": military cooperation
            abroad = _abroad_code(pattern.cameo, source, target, crowd=crowd)
            recode = abroad if abroad != pattern.cameo else None
            if recode is None and (armed := _armed_code(tok, cameo, source, target)) != cameo:
                recode = armed
            if recode is not None:
                yield from self._events(
                    tok,
                    sent,
                    dataclasses.replace(pattern, cameo=recode),
                    req_tokens,
                    [(source, target)],
                    date,
                    mentions,
                    ctx,
                )
                continue
            location = location_for(tok, (source.country, target.country if target else None))
            code = clash_code(cameo, source, target) if pattern.symmetric else cameo
            # "militants killed five villagers": an armed group's violence is 18x
            code = unconventional_code(code, tok, source, target)
            info = cameo_info(code)
            told = modality
            if told == "reported" and info.quad_class in (1, 3) and _said_by_doer(tok, claimant):
                told = "asserted"  # "'We reject the charges,' the minister said": the act
            event = Event(
                sentence=sent.text,
                sentence_start=sent.start_char,
                sentence_end=sent.end_char,
                trigger=trigger.text,
                trigger_start=trigger.start_char,
                trigger_end=trigger.end_char,
                source=source,
                target=target,
                cameo=code,
                cameo_label=info.label,
                quad_class=info.quad_class,
                goldstein=info.goldstein,
                plover=plover(code),
                date=date,
                modality=told,
                attributed_to=attributed,
                location=location,
                quantities=list(quantities),
                confidence=_confidence(pattern, source, target),
                trigger_token=tok.i,
            )
            if claimed_by_doer and target is not None and code[:2] in _HOSTILE_ROOTS:
                yield _claim_of(event, claimed_by_doer)
            if accusers and code[:2] in _accused_roots() and told == "reported":
                # "Ukraine said Russia had violated the ceasefire": Ukraine accuses Russia
                yield from _accusations(event, accusers, told_by[0] if told_by else None)
            yield event


def _charge_events(
    sent: Span, mentions: list[DateMention], ctx: DocumentContext, raw: list[Event]
) -> list[Event]:
    """The accusations (112) a reason clause states ("X expelled Y for allegedly
    spying", ``dyadline.coder.alleged``), asserted, dated as the act they explain; the
    accuser is the source of that act as coded (``raw``: placed at home, "prosecutors
    ordered the arrest of X"), else the actors its subject names, of a known country."""
    out: list[Event] = []
    if not any(t.lower_ in alleged.alleged_adverbs() for t in sent):
        return out  # (most sentences: one cheap look)
    doc = sent.doc
    for adv, verb, accuser, accused in alleged.charges(sent):
        verb_date = ctx.time.dating(verb, mentions).span
        when = verb_date.start if verb_date else None
        coded = [
            e.source for e in raw if e.trigger_token >= 0 and _on_verb(doc[e.trigger_token], verb)
        ]
        found = coded or actors_for(accuser, date=when)
        for src in [a for a in found if a.country is not None]:
            for tgt in actors_for(accused, date=when):
                if src.code == tgt.code:
                    continue
                info = cameo_info(_ACCUSE_CODE)
                out.append(
                    Event(
                        sentence=sent.text,
                        sentence_start=sent.start_char,
                        sentence_end=sent.end_char,
                        trigger=doc[adv.i : adv.head.i + 1].text,
                        trigger_start=adv.idx,
                        trigger_end=adv.head.idx + len(adv.head.text),
                        source=src,
                        target=tgt,
                        cameo=_ACCUSE_CODE,
                        cameo_label=info.label,
                        quad_class=info.quad_class,
                        goldstein=info.goldstein,
                        plover=plover(_ACCUSE_CODE),
                        date=verb_date,
                        trigger_token=adv.head.i,
                    )
                )
    return out


def _continued_demands(
    sent: Span, mentions: list[DateMention], ctx: DocumentContext, raw: list[Event]
) -> list[Event]:
    """What a quotation with no attribution of its own, going on from the one its
    speaker is named with in the sentence before, says an actor must or should do
    ('"...," X said. "Y must stop these transfers."'): the speaker's demand (10x) or
    appeal (02x) of Y (``clauses.told_modal_code``), as "X said Y must stop" is.
    Only a sentence that is all quotation and that codes no act of its root."""
    root = sent.root
    doc = sent.doc
    if root.pos_ not in ("VERB", "AUX") or any(e.trigger_token == root.i for e in raw):
        return []
    code = clauses.told_modal_code(root)
    if code is None or quoted.attributed(root) is not None:
        return []
    speaker = quoted.said_by(root)
    if speaker is None or speaker.sent.start == sent.start:
        return []
    if any(not t.is_punct and not quoted.inside_quotation(t) for t in sent):
        return []  # a sentence partly outside the quotation tells more than it
    dating = ctx.time.dating(root, mentions)
    when = dating.span.start if dating.span else None
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    sources = [a for a in actors_for(speaker, date=when) if a.country]
    targets = [a for s in subjects for a in actors_for(s, date=when) if a.country]
    mod = next((c for c in root.children if c.dep_ == "aux" and c.tag_ == "MD"), root)
    first, last = min(mod, root, key=lambda t: t.i), max(mod, root, key=lambda t: t.i)
    return _plain_events(sent, doc[first.i : last.i + 1], root, sources, targets, code, dating.span)


def _plain_events(
    sent: Span,
    trigger: Span,
    head: Token,
    sources: list[Actor],
    targets: list[Actor],
    code: str,
    date: DateSpan | None,
) -> list[Event]:
    """The asserted events ``code`` of each source on each target of another side."""
    info = cameo_info(code)
    out: list[Event] = []
    for src in sources:
        for tgt in targets:
            if src.code == tgt.code or (src.country == tgt.country and not tgt.sector):
                continue
            out.append(
                Event(
                    sentence=sent.text,
                    sentence_start=sent.start_char,
                    sentence_end=sent.end_char,
                    trigger=trigger.text,
                    trigger_start=trigger.start_char,
                    trigger_end=trigger.end_char,
                    source=src,
                    target=tgt,
                    cameo=code,
                    cameo_label=info.label,
                    quad_class=info.quad_class,
                    goldstein=info.goldstein,
                    plover=plover(code),
                    date=date,
                    trigger_token=head.i,
                )
            )
    return out


def _adverbial_predicates(
    sent: Span, mentions: list[DateMention], ctx: DocumentContext, index: pat.PatternIndex
) -> list[Event]:
    """What a verbless adverbial clause says the main clause's subject is, when "X was
    <that>" is an act (``verbs.tsv`` rows of the copula with ``pred=``): "While
    critical of Y, X praised ..." is X's criticism of Y as "X was critical of Y" is.
    Targets are the objects of the row's ``pred:<prep>`` phrase on the adjective."""
    out: list[Event] = []
    for adj in sent:
        main = adj.head
        if adj.pos_ != "ADJ" or adj.dep_ != "advcl" or main.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in adj.children):
            continue
        subjects = [c for c in main.children if c.dep_ == "nsubj"]
        if not subjects:
            continue
        for p in index.candidates("V", "be"):
            if len(p.requires) != 1 or p.requires[0].kind != "pred":
                continue
            lemmas = p.requires[0].lemmas
            preps = [t.split(":", 1)[1] for t in p.targets if t.startswith("pred:")]
            if not lemmas or adj.lemma_.lower() not in lemmas or not preps:
                continue
            dating = ctx.time.dating(main, mentions)
            when = dating.span.start if dating.span else None
            sources = [a for s in subjects for a in actors_for(s, date=when) if a.country]
            objects = pat.prep_objects(adj, set(preps))
            targets = [a for o in objects for a in actors_for(o, date=when) if a.country]
            trigger = sent.doc[adj.i : adj.i + 1]
            out += _plain_events(sent, trigger, adj, sources, targets, p.cameo, dating.span)
            break
    return out


def _on_verb(trigger: Token, verb: Token) -> bool:
    """Is ``trigger`` the verb, or the act noun it carries ("ordered the arrest")?"""
    return trigger.i == verb.i or (trigger.head.i == verb.i and trigger.dep_ in ("dobj", "obj"))


def _remembered_doer(
    tok: Token, pattern: pat.Pattern, ctx: DocumentContext, when: str | None
) -> list[tuple[Actor, Actor | None]]:
    """(doer, target) pairs of an act noun whose sentence names its target but no doer
    ("Attacks on two villages followed", after "Rebels attacked the town"): the one
    doer of acts of its root the discourse memory holds (``discourse.root_doer``),
    for an act told as done, not generic; [] otherwise. A re-mention of the act
    remembered is dropped later (``discourse.retold``)."""
    first = first_conjunct(tok)
    subject = first.dep_ in ("nsubj", "nsubjpass")
    # "during the visit to X, ...": a phrase of time or setting on a verb
    setting = (
        first.dep_ == "pobj"
        and first.head.lower_ in nominal.setting_preps()
        and first.head.head.pos_ in ("VERB", "AUX")
    )
    if not (subject or setting):
        return []  # "urged X to drop the charges", "part of a crackdown": not told as done
    # (the parse tests above are cheap; the doer and tense tests read the actors)
    if not unnamed_doer(tok, pattern) or habitual(tok) or not _happened(tok):
        return []
    named = frozenset(t.country for t in target_actors(tok, pattern, date=when) if t.country)
    doer = root_doer(ctx.memory, pattern.cameo[:2], named)
    if doer is None:
        return []
    found = target_actors(tok, pattern, date=when, others=[doer])
    society = society_sectors()
    own = any(t.country == doer.country and t.sector not in society for t in found)
    if doer.sector not in society and own:
        return []  # "an attack on X's base", after X's own operation: another's act
    return [(doer, t) for t in found if t.code != doer.code and domestic_pair(doer, t)]


def _coordinated_date(trigger: Token, mentions: list[DateMention]) -> DateMention | None:
    """The second of two coordinated times of one act ("attacked X in 2008 and again
    in 2010", "in May 2001 and in June 2003", "during both the first war in 1990 and
    the second war in 2005"): the act happened at each, so each is its own event.
    The first is the expression that dates the trigger; the second hangs on a
    coordinated preposition, on the same word after an "and", or on a noun
    coordinated with the first one's noun. None when there is no such pair."""
    first = event_date(trigger, mentions)
    if first is None or first.kind not in _TWIN_KINDS:
        return None
    doc = trigger.doc
    p1 = _time_prep(first, doc)
    if p1.lower_ == "between":
        return None  # "between the 1967 war and the 1973 war": the time between them
    for m in mentions:
        if m is first or m.kind not in _TWIN_KINDS or m.start <= first.end:
            continue
        named = doc[m.token_i]
        if m.kind == "episode" and named.dep_ == "conj" and named.head.i == doc[first.token_i].i:
            return m  # "during both the Six-Day War and the Yom Kippur War"
        p2 = _time_prep(m, doc)
        if p1.dep_ != "prep" or p2.dep_ not in ("prep", "conj"):
            continue
        between = doc[p1.i + 1 : p2.i]
        joined = any(t.lower_ == "and" and t.dep_ == "cc" for t in between)
        if not joined:
            continue
        if p2.dep_ == "conj" and p2.head.i == p1.i:
            return m  # "in May 2001 and in June 2003"
        if p2.head.i == p1.head.i:
            return m  # "in 2008 and again in 2010": both on the verb
        nouns = p1.head.pos_ == p2.head.pos_ == "NOUN"
        if nouns and p2.head.dep_ == "conj" and p2.head.head.i == p1.head.i:
            return m  # "the first war in 1990 and the second war in 2005"
    return None


#: the date expressions an act may be told at twice ("in 2008 and again in 2010",
#: "during both the first war and the second war")
_TWIN_KINDS = ("absolute", "episode")


def _time_prep(mention: DateMention, doc: Doc) -> Token:
    """The preposition a date expression hangs on: its own head token for a date
    ("in 1990"), the preposition governing a named episode ("during the 1967 war")."""
    tok = doc[mention.token_i]
    if mention.kind == "episode" and tok.dep_ == "pobj" and tok.head is not tok:
        return tok.head
    return tok


def _claim_of(event: Event, verb: Token) -> Event:
    """ "X claimed it had attacked Y": X claims responsibility (015) for its act, told by
    the verb of claiming; the act's sentence, actors, date and place."""
    return _told_by(event, verb, _CLAIM_CODE)


def _told_by(event: Event, verb: Token, code: str, **changes: object) -> Event:
    """``event`` as the act ``code`` the verb of saying ``verb`` does, asserted: the
    trigger is the verb, the code's label and scales its own, no quantities or notes."""
    info = cameo_info(code)
    return dataclasses.replace(
        event,
        trigger=verb.text,
        trigger_start=verb.idx,
        trigger_end=verb.idx + len(verb.text),
        cameo=code,
        cameo_label=info.label,
        quad_class=info.quad_class,
        goldstein=info.goldstein,
        plover=plover(code),
        modality="asserted",
        attributed_to=None,
        quantities=[],
        notes=[],  # its own list, as every event's
        trigger_token=verb.i,
        **changes,  # type: ignore[arg-type]
    )


def _accusations(event: Event, accusers: list[Actor], verb: Token | None) -> Iterator[Event]:
    """The speakers' accusations (112) of the doer of an act of violence they tell, on
    the verb of saying, asserted: that they said it is what the text states. Only a
    speaker of another state than the doer accuses it; at home a statement of the
    state tells of its own forces or its armed opponents, no accusation, but one of
    its society (``domestic.tsv``, unarmed: activists, the opposition, journalists)
    telling of the state's violence accuses the state ("activists said police shot
    protesters")."""
    if verb is None:
        return
    doer = event.source
    society = society_sectors() - armed_sectors()
    for accuser in accusers:
        if (accuser.sector or "").lower() in pat.argument_words("reporting_sector"):
            continue  # "..., state media reported": the outlet tells, it does not accuse
        if accuser.country is None:
            continue
        at_home = accuser.country == doer.country
        if at_home and not (accuser.sector in society and doer.sector not in society_sectors()):
            continue  # "officials said police killed ...": a state telling its own side's acts
        if event.cameo[:2] not in (_home_roots() if at_home else HOSTILE):
            continue  # abroad, only violence is an accusation told
        yield _told_by(event, verb, _ACCUSE_CODE, source=accuser, target=event.source)


@cache
def _home_roots() -> frozenset[str]:
    """Roots of the state's acts its own society accuses it of by telling them."""
    return pat.argument_words("home_accused_root")


@cache
def _accused_roots() -> frozenset[str]:
    """Roots of the acts whose telling may accuse their doer (``_accusations``)."""
    return HOSTILE | _home_roots()


def _told_at_home(tok: Token, source: Actor, target: Actor | None) -> bool:
    """Is a plain verb of saying (``argument_words`` ``plain_saying``: "said", not
    "alleged") that tells of an act of another actor of the speaker's own country
    told by a state organ (a sector not in ``domestic.tsv``)? As in ``_accusations``,
    a state telling of its own forces, its armed opponents or the victims at home
    accuses no one; a group that stands apart from its state ("activists said the
    police killed ...") does accuse."""
    if target is None or source.country is None or target.country != source.country:
        return False
    if str(tok.lemma_).lower() not in pat.argument_words("plain_saying"):
        return False
    return source.sector not in society_sectors()


def _armed_code(tok: Token, cameo: str, source: Actor, target: Actor | None) -> str:
    """The code of an act between two armed forces (``codebooks/armed_acts.tsv``):
    "troops backed by soldiers of X" is military cooperation, not praise."""
    sectors, codes = _armed_acts()
    if target is None or source.sector not in sectors or target.sector not in sectors:
        return cameo
    return codes.get((str(tok.lemma_).lower(), cameo), cameo)


def _abroad_code(cameo: str, source: Actor, target: Actor | None, *, crowd: bool = True) -> str:
    """The code an act takes by who does it to whom (``armed_acts.tsv``): a repressive
    act (kind ``abroad``) one state does to another state or its organs, not to a
    people, is a use of force ("used force against X": 190, not 175); an act of
    violence or obstruction by a crowd (kind ``crowd``, done by a sector of kind
    ``crowd_sector``) is a violent protest or an obstruction as protest ("protesters
    attacked the police": 145, "protesters blocked roads": 144)."""
    abroad, crowds, crowd_sectors = _sector_codes()
    if crowd and source.sector in crowd_sectors:
        for n in (len(cameo), 3, 2):
            if cameo[:n] in crowds:
                return crowds[cameo[:n]]
        return cameo
    if target is None or not source.country or not target.country:
        return cameo
    if source.country == target.country and source.sector != target.sector:
        return _home_codes().get(cameo, cameo)
    if source.country == target.country or target.sector in society_sectors():
        return cameo
    return abroad.get(cameo, cameo)


@cache
def _home_codes() -> dict[str, str]:
    """The code table of ``armed_acts.tsv`` kind ``home``: an act between states coded
    for one state's organ and another sector of its own ("restrictions imposed on
    women by the Taliban": sanctions at home are administrative sanctions, 172)."""
    return {
        row["key"].strip(): row["value"].strip()
        for row in read_tsv("armed_acts.tsv")
        if row["kind"] == "home"
    }


@cache
def _sector_codes() -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    """(abroad code table, crowd code table, crowd sectors) of ``armed_acts.tsv``."""
    tables: dict[str, dict[str, str]] = {"abroad": {}, "crowd": {}}
    sectors: set[str] = set()
    for row in read_tsv("armed_acts.tsv"):
        if row["kind"] in tables:
            tables[row["kind"]][row["key"].strip()] = row["value"].strip()
        elif row["kind"] == "crowd_sector":
            sectors.update(w.strip() for w in row["key"].split("|"))
    return tables["abroad"], tables["crowd"], frozenset(sectors)


@cache
def _armed_acts() -> tuple[frozenset[str], dict[tuple[str, str], str]]:
    """The armed sectors and the (trigger, code) -> code table of ``armed_acts.tsv``."""
    sectors: set[str] = set()
    codes: dict[tuple[str, str], str] = {}
    for row in read_tsv("armed_acts.tsv"):
        if row["kind"] == "sector":
            sectors.update(w.strip() for w in row["key"].split("|"))
        elif row["kind"] == "code":
            before, _, after = row["value"].partition(">")
            codes[(row["key"].strip(), before.strip())] = after.strip()
    return frozenset(sectors), codes


def _happened(tok: Token) -> bool:
    """Is the act told as done ("a car bomb killed six"), not only possible ("attacks
    on the dam could cut its power")? A weapon's unnamed user is looked for only then."""
    return modality_of(tok)[0] in ("asserted", "reported")


_CLAIM_CODE = "015"  # CAMEO: acknowledge or claim responsibility
_ACCUSE_CODE = "112"  # CAMEO: accuse, not specified below
_HOSTILE_ROOTS = frozenset({"17", "18", "19", "20"})


@cache
def _clash_table() -> dict[tuple[str, str], str]:
    """(source sector, target sector) -> code of a clash at home (``clashes.tsv``)."""
    return {(row["source"], row["target"]): row["cameo"] for row in read_tsv("clashes.tsv")}


def clash_code(cameo: str, source: Actor, target: Actor | None) -> str:
    """The code of one side of a mutual fight: security forces against a crowd
    repress it (175), the crowd protests violently (145)."""
    if target is None or cameo[:2] != "19":
        return cameo
    return _clash_table().get((source.sector or "", target.sector or ""), cameo)


def _named_verb(tok: Token, req_tokens: list[Token]) -> Token:
    """The verb a noun trigger is the object of when a requirement of its pattern names
    that verb ("sought to improve relations": relations with mod=improve) and the verb
    is the complement of another, else ``tok``."""
    verb = tok.head
    # (only a verb governed in its turn: "will supply arms" keeps the supply told ahead)
    governed = verb.dep_ in ("xcomp", "ccomp", "pcomp")
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and governed:
        return verb if any(t.i == verb.i for t in req_tokens) else tok
    return tok


def _own_side_announced(tok: Token, cameo: str, negated: bool) -> str:
    """ "The minister said Tehran would strike ...": what the speaker's own side is said
    to be going to do is the speaker's threat or intent (as "said it would ..."); an act
    announced of another side keeps its code (it is reported)."""
    pair = pat.announced_clause(tok)
    if pair is None:
        return cameo
    said_by = actors_for(pair[0])
    speakers = {a.country for a in said_by if a.country}
    doers = {a.country for a in actors_for(pair[1]) if a.country}
    # an official of no state named ("the ministry said Japan would ...", "a spokesperson
    # said ..."): the doer's own (not "analysts said ...": they speak for no side)
    official = bool(said_by) and not speakers and all(a.sector in ("GOV", "MIL") for a in said_by)
    if doers and (doers <= speakers or official):
        return pat.announced_code(cameo, negated=negated) or cameo
    return cameo


def _self_claim(tok: Token) -> Token | None:
    """The verb of claiming when the doer of ``tok`` claims its own act ("X claimed
    it had attacked Y", "X admitted that they bombed Y"): the complement clause of a
    verb of ``argument_words`` ``claim_verb`` whose subject is a pronoun."""
    head = tok.head
    if (
        tok.dep_ != "ccomp"
        or head.i == tok.i
        or str(head.lemma_).lower() not in pat.argument_words("claim_verb")
    ):
        return None
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    if not subj or subj[0].lower_ not in pat.argument_words("claim_pronoun"):
        return None
    return head


def _said_by_doer(tok: Token, claimant: Token | None) -> bool:
    """Is a verbal act (a rejection, a condemnation, an appeal) told in the words of
    its own doer ("'We reject the charges,' the minister said", "Iran said it
    condemns the attack")? Its clause is the complement of the claimant's verb of
    saying, with a pronoun subject that stands for the speaker (``argument_words``
    ``speaker_pronoun``): saying so is doing it, so the act is asserted. A material
    act so told ("the army said it killed 30") stays the speaker's claim."""
    head = tok.head
    if claimant is None or tok.dep_ != "ccomp" or head.i == tok.i or claimant.head.i != head.i:
        return False
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    return bool(subj) and subj[0].lower_ in pat.argument_words("speaker_pronoun")


def _tenure_date(dating: Dating, sent: Span) -> str | None:
    """The day a sentence's names are read at (a person by tenure): the event's own
    date or a news story's day; narrative time carried from earlier sentences only
    where a name of the sentence has several readings ("Aliyev": Heydar until
    2003-10, Ilham after). A carried date is a guess at when the act was: it may
    choose between the people a name can be, not take a named office holder out of
    his office ("X met prime ministers A, B and C", told after a sentence dated
    before C's term)."""
    span = dating.span
    if span is None or (dating.source == "carried" and not _several_readings(sent)):
        return None
    if span.start and span.end is None and span.precision == "range":
        # "have fought since April 2023": an act going on from a month or year on is
        # read with the names of the end of that month or year, when it was under way
        # (a group that changed its status within it has its new one)
        return _period_end(span.start)
    return span.start or span.end


def _period_end(start: str) -> str:
    """The last day of the year (a start on 1 January) or of the month (a start on the
    1st) an ISO day opens; the day itself otherwise."""
    year, month, day = (int(p) for p in start.split("-"))
    if (month, day) == (1, 1):
        return f"{year:04d}-12-31"
    if day == 1:
        return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"
    return start


def _several_readings(sent: Span) -> bool:
    """Does the sentence name people who share a name ("Aliyev"), or a group whose
    status changed (insurgents, then a government)? One person's several offices
    are no choice a carried date should make."""
    for m in actor_mentions(sent.doc):
        if not sent.start <= m.start < sent.end:
            continue
        rows = m.candidates
        if len({e.name for e in rows if e.kind == "person"}) > 1:
            return True
        if m.kind != "person" and len({(e.country, e.sector) for e in rows}) > 1:
            return True
    return False


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


_MONTH_NAMES = frozenset(name.lower() for name in calendar.month_name if name)


def _month_name(tok: Token) -> bool:
    """A capitalised month name ("on March 6") is a date, not the act its noun names."""
    return tok.pos_ == "PROPN" and tok.text.istitle() and tok.lower_ in _MONTH_NAMES
