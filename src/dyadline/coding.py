"""Event coding: the ``dyadline_events`` spaCy component.

Reads: a parsed ``Doc`` with ``doc._.actors`` (from ``dyadline_actors``).
Adds: ``doc._.events``, a list of ``dyadline.model.Event`` — one per dyad —
with CAMEO code, label, quad class, Goldstein value and PLOVER mapping, source
and target actors from the dependency parse, and per event the modality and
claimant, sentence-local date, quantities and location.

Hand-written because no maintained library codes CAMEO events from a
dependency parse in Python 3: the coding rules (who is the source of a passive,
of a nominal trigger, how coordination and "including" lists fan out into
dyads, when a mutual act is coded both ways) are ours; the knowledge they use
(trigger patterns, actors, CAMEO codes) lives in the codebook files.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dyadline import patterns as pat
from dyadline.actors import actors_for
from dyadline.cameo import cameo_info, plover
from dyadline.locations import location_for
from dyadline.model import Actor, DateSpan, Event
from dyadline.modality import modality_of
from dyadline.quantities import quantities_for
from dyadline.time import DateMention, TimeContext, find_dates

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
CONTROL_DEPS = ("xcomp", "conj", "pcomp", "advcl", "acl", "relcl", "ccomp")
DEFER_DATES = "dyadline_defer_dates"
LIST_PREPS = frozenset({"including", "like", "as"})


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
        seen: set[tuple[str, str, str, str]] = set()
        for tok in sent:
            for ev in self._code_token(tok, sent, mentions, ctx):
                tname = (ev.target.name or ev.target.text) if ev.target else ""
                key = (ev.source.code, ev.target.code if ev.target else "-", tname, ev.cameo[:2])
                if key in seen:
                    continue
                seen.add(key)
                out.append(ev)
        # a targetless event is dropped when the sentence codes the same act with a target
        targeted = {(e.source.country, e.cameo) for e in out if e.target is not None}
        return [
            e for e in out if e.target is not None or (e.source.country, e.cameo) not in targeted
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
        for pattern in cands:
            if not pat.particle_ok(tok, pattern):
                continue
            req_tokens = pat.requirement_tokens(tok, pattern)
            if req_tokens is None:
                continue
            dyads = list(_dyads(tok, pattern))
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
        info = cameo_info(pattern.cameo)
        modality, claimant = modality_of(tok)
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
                cameo=pattern.cameo,
                cameo_label=info.label,
                quad_class=info.quad_class,
                goldstein=info.goldstein,
                plover=plover(pattern.cameo),
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
    """A noun phrase head and its conjuncts; an "including X, Y" list replaces its head."""
    heads = [tok, *tok.conjuncts]
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
        out.extend(listed_actors if listed_actors else [h])
    return out


def _actors(tokens: Iterable[Token]) -> list[Actor]:
    out: list[Actor] = []
    for t in tokens:
        for a in actors_for(t):
            if a not in out:
                out.append(a)
    return out


def _subject(verb: Token) -> list[Token]:
    """The subject of ``verb``, inherited through conjunction and control."""
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
        if any(c.dep_ == "nsubjpass" for c in cur.children):
            return []
        if cur.dep_ in ("relcl", "acl") and cur.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
            return _np_subject(cur.head)
        if cur.dep_ in CONTROL_DEPS or cur.dep_ == "pcomp" or cur.head.dep_ == "prep":
            if cur.head is cur:
                return []
            cur = cur.head if cur.head.pos_ != "ADP" else cur.head.head
            continue
        return []
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


def _noun_source(noun: Token) -> list[Token]:
    mods = [
        c for c in noun.children if c.dep_ in ("poss", "amod", "compound", "nmod") and actors_for(c)
    ]
    if mods:
        return mods
    by = pat.prep_objects(noun, {"by", "from"})
    if by and actors_for(by[0]):
        return _expand(by[0])
    of = pat.prep_objects(noun, {"of"})
    if of and actors_for(of[0]):
        return _expand(of[0])
    head = noun.head
    if noun.dep_ in ("attr", "dobj", "nsubjpass") and head.pos_ in ("AUX", "VERB"):
        if noun.dep_ == "attr" or str(head.lemma_).lower() in pat.LIGHT_VERBS:
            return _subject(head)
    if noun.dep_ == "pobj" and head.head.pos_ in ("VERB", "AUX"):
        verb = head.head
        if str(verb.lemma_).lower() in pat.LIGHT_VERBS or verb.lemma_ == "engage":
            return _subject(verb)
    return []


def _target_tokens(tok: Token, pattern: pat.Pattern) -> tuple[list[Token], bool]:
    """Target tokens by the pattern's target spec; the flag says "between" gave them."""
    for spec in pattern.targets:
        kind, _, arg = spec.partition(":")
        found: list[Token] = []
        if kind == "obj":
            obj = pat.direct_object(tok)
            if obj is not None:
                found = [obj]
        elif kind == "prep":
            found = pat.prep_objects(tok, {arg})
            if not found and pattern.pos == "N" and tok.dep_ in ("dobj", "nsubjpass"):
                found = pat.prep_objects(tok.head, {arg})
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
            found = [c for c in tok.children if c.dep_ == "dative"]
        elif kind == "csubj":
            comp = pat.open_complement(tok)
            if comp is not None:
                found = [c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")]
        elif kind == "poss":
            found = [c for c in tok.children if c.dep_ == "poss"]
        found = [t for f in found for t in _expand(f)]
        if not _actors(found) and kind == "obj":
            found = [t for f in found for t in _owner(f)]
        if _actors(found):
            return found, False
    return [], False


def _owner(noun: Token) -> list[Token]:
    """Whose thing a noun is: "Azerbaijan's independence", "the independence of Georgia"."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += pat.prep_objects(noun, {"of"})
    return [t for o in owners for t in _expand(o)]


def _dyads(tok: Token, pattern: pat.Pattern) -> Iterator[tuple[Actor, Actor | None]]:
    if pattern.pos == "V":
        passive = any(c.dep_ == "nsubjpass" for c in tok.children)
        src_toks = _subject(tok) if not passive else _expand_agent(tok)
    else:
        src_toks = _noun_source(tok)
    tgt_toks, between = _target_tokens(tok, pattern)
    sources = _actors(src_toks)
    targets = _actors(tgt_toks)
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
            if pattern.symmetric and between:
                yield t, s


def _expand_agent(verb: Token) -> list[Token]:
    objs = pat.prep_objects(verb, {"by"})
    return _expand(objs[0]) if objs else []


def _pairs(actors: list[Actor], *, symmetric: bool) -> Iterator[tuple[Actor, Actor | None]]:
    for i, a in enumerate(actors):
        for b in actors[i + 1 :]:
            if a.country == b.country:
                continue
            yield a, b
            if symmetric:
                yield b, a
