"""Why gold events are missed, as counts only: the stage at which the coder stopped.

Reads a gold JSONL file (``../shared/gold/FORMAT.md``) and the texts it codes,
codes them with the installed pipeline, scores them by the rule of ``dyadline
evaluate`` and sorts each missed gold event into one cause:

- ``wrong root`` / ``wrong pair`` / ``other``: the system coded an event in the
  sentence, with the gold's pair but another root, the gold's root but another
  pair, or neither;
- for a sentence the system coded nothing in, the furthest stage any trigger
  of the sentence reached (the stages of ``coder.coding.EventCoder._code_token``,
  read on the live Doc, so the story's context counts): ``no trigger`` (no
  pattern for any word), ``requirement`` (a pattern, but its required words are
  absent), ``argument`` / ``owned`` (the act is a state or needs a clause),
  ``no pair`` (the pattern matched but no source-target pair came out, with the
  reason: no source tokens, source unresolved, no target tokens, target
  unresolved, or both found but the pair refused).

The false alarms are counted the same way: in a sentence the gold codes (another
pair or root than the gold's) or in one it codes nothing in.

The ``requirement`` misses are broken down by the coarse class (V/N) of the
sentence's blocked triggers, whether a trigger's rows agree on one CAMEO root, and
whether that root is the gold's (what a root-agreement fallback could gain);
``--lemmas`` also lists the blocked lemmas (words: for a tuning gold only).

It prints only counts, never a sentence, so it may be run on a held-apart gold
without reading it. ``reporting`` verbs (say, tell) and the copula and "have" (whose required-word
rows would label nearly every uncoded sentence ``requirement``) are left out of the stages.

    python benchmarks/blockers.py                                 # the tuning gold
    python benchmarks/blockers.py benchmarks/data/voa-dev-gold.jsonl \
        benchmarks/data/voa-dev-10.jsonl
    python benchmarks/blockers.py --roots 11,12 ...               # the causes of two roots' misses
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
TUNE_GOLD = REPO / "benchmarks" / "data" / "voa-tune-gold.jsonl"
TUNE_STORIES = REPO / "benchmarks" / "data" / "voa-tune-10.jsonl"
STAGES = ("no trigger", "requirement", "argument", "owned", "no pair")
REPORTING = frozenset({"say", "tell", "be", "have"})


def _country(value: Any) -> str:
    if isinstance(value, dict):
        return str(value.get("country") or value.get("code") or "")[:3]
    return str(value or "")[:3]


def _pair_reason(tok: Any, pattern: Any, req: list[Any]) -> str:
    from dyadline.coder import arguments as args

    src_toks, _passive = args._source_tokens(tok, pattern)
    sources = args._actor_tokens(src_toks, None)
    tgt_toks, _between = args._target_tokens(tok, pattern, {a.country for a, _t in sources})
    targets = args._actor_tokens(tgt_toks, None)
    src = "no source" if not src_toks else "source unresolved" if not sources else ""
    tgt = "no target" if not tgt_toks else "target unresolved" if not targets else ""
    return ", ".join(r for r in (src, tgt) if r) or _refusal(tok, pattern, sources, targets)


def _refusal(tok: Any, pattern: Any, sources: list[Any], targets: list[Any]) -> str:
    """Why both sides were found but no pair came out: a sector-only side placed in
    no country, one actor on both sides, or one country whose pair is refused."""
    from dyadline.coder import arguments as args

    placed_s = args._localise(sources, tok, [a for a, _t in targets], [t for _a, t in targets])
    placed_t = args._localise(targets, tok, placed_s, [t for _a, t in sources])
    if not placed_s or not placed_t:
        return "pair refused: sector-only side placed nowhere"
    pairs = [(s, t) for s in placed_s for t in placed_t]
    if all(s.code == t.code for s, t in pairs):
        return "pair refused: same actor both sides"
    if all(s.country == t.country for s, t in pairs):
        return "pair refused: one country, " + "/".join(
            sorted({f"{s.sector or '-'}-{t.sector or '-'}" for s, t in pairs})
        )
    return "pair refused: other"


def stage_of(sent: Any, index: Any, blocked: list[tuple[str, str]] | None = None) -> str:
    """The furthest stage any trigger of ``sent`` reached, as a label; ``blocked``
    collects the (pos, lemma) of each trigger stopped by its required words."""
    from dyadline.coder import patterns as pat
    from dyadline.coder.arguments import (
        clause_argument,
        conducted_relation,
        dyads,
        effect_subject,
        named_owner,
        owned_act,
    )

    best, reason = -1, ""
    for tok in sent:
        pos = "V" if tok.pos_ in ("VERB", "AUX") else "N" if tok.pos_ in ("NOUN", "PROPN") else ""
        if not pos or tok.lemma_.lower() in REPORTING:
            continue
        cands = index.candidates(pos, tok.lemma_.lower())
        if not cands or pat.requested(tok):
            continue
        best = max(best, 1)
        tested = passed = False
        for pattern in cands:
            if not pat.particle_ok(tok, pattern):
                continue
            if pattern.argument and not (clause_argument(tok) or owned_act(tok)):
                best = max(best, 2)
                continue
            acted_on = tok.dep_ in ("dobj", "pobj", "nsubjpass") or effect_subject(tok)
            if pattern.owned and not ((named_owner(tok) and acted_on) or conducted_relation(tok)):
                best = max(best, 3)
                continue
            req = pat.requirement_tokens(tok, pattern)
            tested = True
            if req is None:
                continue
            passed = True
            if list(dyads(tok, pattern, req)):
                return "pair found (dropped later)"
            if best < 4:
                best, reason = 4, _pair_reason(tok, pattern, req)
        key = (pos, tok.lemma_.lower())
        if blocked is not None and tested and not passed and key not in blocked:
            blocked.append(key)  # every row of the trigger wanted words absent here
    if best < 0:
        return "no trigger"
    return STAGES[best] + (f": {reason}" if best == 4 else "")


def requirement_class(
    g: Any, blocked: dict[str, list[tuple[str, str]]], index: Any
) -> tuple[str, list[str]]:
    """How a gold event missed at the ``requirement`` stage stands to a root-agreement
    fallback: the coarse class (V/N) of the sentence's blocked triggers, whether the
    rows of a trigger agree on one CAMEO root, and whether that root is the gold's.
    Returns the label and the lemmas whose rows agree on the gold's root."""
    from dyadline.evaluate import sentences_overlap

    found = next((v for k, v in blocked.items() if sentences_overlap(g.sentence, k)), [])
    labels = ("agree = gold", "agree, other root", "differ, one has gold's", "differ")
    ranked: list[tuple[int, str, str]] = []
    for pos, lemma in found:
        roots = {p.cameo[:2] for p in index.candidates(pos, lemma)}
        single = len(roots) == 1
        rank = (0 if single else 2) + (g.cameo[:2] not in roots)
        ranked.append((rank, pos, f"{pos}:{lemma}:{labels[rank]}"))
    if not ranked:
        return "?, no blocked trigger seen", []
    ranked.sort()
    return f"{ranked[0][1]}, {labels[ranked[0][0]]}", [r[2] for r in ranked]


def _cause(g: Any, system: list[dict[str, Any]], stages: dict[str, str]) -> str:
    """The cause of the miss of the gold event ``g``."""
    from dyadline.evaluate import sentences_overlap

    here = [s for s in system if sentences_overlap(g.sentence, str(s.get("sentence")))]
    if here:
        root = [s for s in here if str(s.get("cameo"))[:2] == g.cameo[:2]]
        pair = [
            s
            for s in here
            if _country(s.get("source")) == str(g.source)[:3]
            and _country(s.get("target")) == str(g.target or "")[:3]
        ]
        kind = "wrong root" if pair else "wrong pair" if root else "other"
        return f"events, {kind}"
    found = [v for k, v in stages.items() if sentences_overlap(g.sentence, k)]
    return "nothing coded, " + (found[0] if found else "sentence not seen")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="?", default=str(TUNE_GOLD), help="gold JSONL file")
    parser.add_argument("texts", nargs="*", help="corpus file or documents the gold codes")
    parser.add_argument("--model", help="spaCy pipeline (default: dyadline's)")
    parser.add_argument(
        "--lemmas",
        action="store_true",
        help="also list the blocked trigger lemmas (words: only for a tuning gold)",
    )
    parser.add_argument(
        "--roots",
        help="also count the causes of the misses of these CAMEO roots alone (comma-separated)",
    )
    args = parser.parse_args(argv)

    from dyadline.coder.coding import EventCoder
    from dyadline.evaluate import load_gold, score, sentences_overlap, system_events_for
    from dyadline.nlp import load_pipeline

    texts = args.texts or ([str(TUNE_STORIES)] if Path(args.gold) == TUNE_GOLD else [])
    if not texts:
        parser.error("give the texts the gold codes")
    nlp = load_pipeline(args.model)
    stages: dict[str, str] = {}
    blocked: dict[str, list[tuple[str, str]]] = {}
    original = EventCoder.code_sentence

    def recording(self: Any, sent: Any, mentions: Any, ctx: Any) -> Any:
        events = original(self, sent, mentions, ctx)
        if not events:
            stages[sent.text] = stage_of(sent, self.index, blocked.setdefault(sent.text, []))
        return events

    EventCoder.code_sentence = recording  # type: ignore[method-assign]
    try:
        gold = load_gold(args.gold)
        system = system_events_for([Path(t) for t in texts], nlp)
    finally:
        EventCoder.code_sentence = original  # type: ignore[method-assign]
    scores = score(gold, system)
    from dyadline.coder.patterns import load_index

    index = load_index()
    causes: Counter[str] = Counter()
    home: Counter[str] = Counter()  # the causes of the domestic misses alone
    required: Counter[str] = Counter()  # the requirement misses, by fallback class
    agreeing: Counter[str] = Counter()  # the blocked lemmas with their class
    for g in scores.misses:
        cause = _cause(g, system, stages)
        causes[cause] += 1
        if cause == "nothing coded, requirement":
            label, hits = requirement_class(g, blocked, index)
            required[label] += 1
            agreeing.update(hits)
        if str(g.source)[:3] == str(g.target or "")[:3]:
            home[cause] += 1
    print(
        f"gold {scores.n_gold}, system {scores.n_system}, matched {len(scores.matches)}, "
        f"missed {len(scores.misses)}: P {scores.precision:.2f} R {scores.recall:.2f} "
        f"F1 {scores.f1:.2f}"
    )
    for cause, n in causes.most_common():
        print(f"  {n:4d}  {cause}")
    for label, n in sorted(required.items()):
        print(f"        {n:4d}  requirement: {label}")
    if args.lemmas:
        for lemma, n in agreeing.most_common():
            print(f"          {n:3d}  {lemma}")
    in_gold = sum(
        1
        for s in scores.false_alarms
        if any(sentences_overlap(g.sentence, str(s.get("sentence"))) for g in gold)
    )
    print(
        f"false alarms {len(scores.false_alarms)}: {in_gold} in sentences the gold codes, "
        f"{len(scores.false_alarms) - in_gold} in sentences it codes nothing in"
    )
    domestic = [g for g in gold if str(g.source)[:3] == str(g.target or "")[:3]]
    missed = [g for g in scores.misses if str(g.source)[:3] == str(g.target or "")[:3]]
    print(f"domestic gold events (one country both sides): {len(domestic)}, missed {len(missed)}")
    for cause, n in home.most_common():
        print(f"  {n:4d}  domestic: {cause}")
    if args.roots:
        wanted = {r.strip() for r in args.roots.split(",")}
        for root in sorted(wanted):
            mine = [g for g in scores.misses if g.cameo[:2] == root]
            print(f"root {root}: missed {len(mine)}")
            for cause, n in Counter(_cause(g, system, stages) for g in mine).most_common():
                print(f"  {n:4d}  {root}: {cause}")
    roots: Counter[str] = Counter(g.cameo[:2] for g in gold)
    lost: Counter[str] = Counter(g.cameo[:2] for g in scores.misses)
    print("missed / gold by root: " + " ".join(f"{r}:{lost[r]}/{roots[r]}" for r in sorted(roots)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
