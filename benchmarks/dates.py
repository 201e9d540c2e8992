"""Date agreement of the time pass on every gold event, not only the matched ones.

Reads a gold JSONL file (``../shared/gold/FORMAT.md``) and the texts it codes
(default: the tuning gold and its ten stories). Codes the texts with the
installed pipeline and, as each sentence is coded, dates each gold event of
that sentence the way the coder dates a trigger (``TimeContext.dating`` on the
gold trigger's head token, read forward for an act told in the future, which
is taken as only planned), with the document's time context as it stands at
that sentence. Prints the share of gold events whose date agrees
(``dyadline.evaluate.dates_agree``: intervals overlap; an inferred date agrees
with a null gold date), split by whether the gold gives a date and by where the
date came from, and, with ``--list``, each disagreement; and the share whose
modality (``modality_of`` on the same token) is the gold's. Event matching plays
no part, so this measures dating on all the gold's events where
``accuracy.py``'s date column measures it on the matches only.

    python benchmarks/dates.py                     # the tuning gold
    python benchmarks/dates.py --list              # and each disagreement
    python benchmarks/dates.py GOLD.jsonl STORIES.jsonl
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
TUNE_GOLD = REPO / "benchmarks" / "data" / "voa-tune-gold.jsonl"
TUNE_STORIES = REPO / "benchmarks" / "data" / "voa-tune-10.jsonl"


@dataclass(slots=True)
class Dated:
    gold: Any  # GoldEvent
    system: dict[str, Any] | None  # the date record the coder gives its trigger
    source: str  # own | carried | story | none | no-trigger
    agrees: bool
    modality: str = "asserted"  # the modality the coder gives the gold trigger


def trigger_token(sent: Any, trigger: str) -> Any:
    """The head token of the gold trigger's words in the sentence (a verb first)."""
    text = sent.text
    first = trigger.split(" ... ")[0].strip()
    at = text.find(first) if first else -1
    if at < 0:
        return None
    span = sent.doc.char_span(
        sent.start_char + at, sent.start_char + at + len(first), alignment_mode="expand"
    )
    if span is None or len(span) == 0:
        return None
    verbs = [t for t in span if t.pos_ in ("VERB", "AUX") and t.dep_ != "aux"]
    if verbs:
        return min(verbs, key=lambda t: sum(1 for a in t.ancestors if a in span))
    return span.root


@contextmanager
def watching(gold: list[Any], out: list[Dated]) -> Iterator[None]:
    """While coding, date each gold event in the sentence being coded."""
    from dyadline.coder.coding import EventCoder
    from dyadline.coder.modality import modality_of
    from dyadline.evaluate import dates_agree, normalise_sentence

    by_sentence: dict[str, list[Any]] = {}
    for g in gold:
        by_sentence.setdefault(normalise_sentence(g.sentence), []).append(g)
    original = EventCoder.code_sentence

    def code_sentence(self: Any, sent: Any, mentions: Any, ctx: Any) -> Any:
        for g in by_sentence.pop(normalise_sentence(sent.text), []):
            tok = trigger_token(sent, g.trigger)
            if tok is None:
                out.append(Dated(g, None, "no-trigger", dates_agree(g.date, None)))
                continue
            dating = ctx.time.dating(tok, mentions)
            span, source = dating.span, dating.source
            modality, _ = modality_of(tok)
            if modality in ("future", "counterfactual"):
                span = ctx.time.event_span(
                    tok, mentions, modality, ahead=modality == "future", planned=True
                )
            record = span.to_record() if span is not None else None
            out.append(Dated(g, record, source, dates_agree(g.date, record), modality))
        return original(self, sent, mentions, ctx)

    EventCoder.code_sentence = code_sentence  # type: ignore[method-assign]
    try:
        yield
    finally:
        EventCoder.code_sentence = original  # type: ignore[method-assign]


def _fmt(record: dict[str, Any] | None) -> str:
    if not record:
        return "-"
    flag = "~" if record.get("inferred") else ""
    return f"{flag}{record.get('start')}..{record.get('end')}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="?", default=str(TUNE_GOLD), help="gold JSONL file")
    parser.add_argument("texts", nargs="*", help="corpus file or documents the gold codes")
    parser.add_argument("--list", action="store_true", help="list each disagreement")
    parser.add_argument("--model", help="spaCy pipeline (default: dyadline's)")
    args = parser.parse_args(argv)

    from dyadline.evaluate import load_gold, system_events_for
    from dyadline.nlp import load_pipeline

    texts = args.texts or ([str(TUNE_STORIES)] if Path(args.gold) == TUNE_GOLD else [])
    if not texts:
        parser.error("give the texts the gold codes")
    gold = load_gold(args.gold)
    nlp = load_pipeline(args.model)
    dated: list[Dated] = []
    with watching(gold, dated):
        system_events_for([Path(t) for t in texts], nlp)
    if args.list:
        for d in dated:
            if not d.agrees:
                g = d.gold
                gold_date = f"{g.date.start}..{g.date.end}" if g.date else "-"
                print(
                    f"{g.id} [{g.trigger}] gold {gold_date} system {_fmt(d.system)} ({d.source})"
                    f"\n    {g.sentence}"
                )
    with_date = [d for d in dated if d.gold.date is not None]
    without = [d for d in dated if d.gold.date is None]
    for name, part in (("all", dated), ("gold dated", with_date), ("gold undated", without)):
        agree = sum(d.agrees for d in part)
        share = agree / len(part) if part else 0.0
        print(f"{name:13} {agree:4}/{len(part):<4} {share:.2f}")
    sources = sorted({d.source for d in dated})
    print(
        "by source:",
        ", ".join(
            f"{src} {sum(d.agrees for d in dated if d.source == src)}/"
            f"{sum(1 for d in dated if d.source == src)}"
            for src in sources
        ),
    )
    moded = [d for d in dated if d.source != "no-trigger"]
    same = sum(d.modality == d.gold.modality for d in moded)
    print(f"modality     {same:4}/{len(moded):<4} {same / len(moded) if moded else 0.0:.2f}")
    if args.list:
        for d in moded:
            if d.modality != d.gold.modality:
                print(
                    f"  modality {d.gold.id} [{d.gold.trigger}] "
                    f"gold {d.gold.modality} system {d.modality}"
                )
    unseen = len(gold) - len(dated)
    if unseen:
        print(f"({unseen} gold events in sentences the texts do not hold)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
