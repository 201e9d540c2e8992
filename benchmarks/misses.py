"""The misses and false alarms of any gold file against any texts, one a line.

Reads a gold JSONL file (``../shared/gold/FORMAT.md``) and the texts it codes
(a corpus file, one story a row, or documents), codes the texts with the
installed pipeline, scores them with ``dyadline.evaluate.score`` (the rule of
``dyadline evaluate``) and prints, sentence by sentence in gold order: each
gold event the system missed (``MISS``), each system event no gold event
matches (``FA``), and, with ``--all``, the matches (``OK``, with the parts that
disagree: code, sector, date, modality). A miss is shown with the system
events of its sentence, so a wrong actor or root is told apart from nothing.

    python benchmarks/misses.py                                   # the tuning gold
    python benchmarks/misses.py GOLD.jsonl STORIES.jsonl --all
    python benchmarks/misses.py GOLD.jsonl a.md b.txt --partial --json out.json
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
TUNE_GOLD = REPO / "benchmarks" / "data" / "voa-tune-gold.jsonl"
TUNE_STORIES = REPO / "benchmarks" / "data" / "voa-tune-10.jsonl"


def _actor(value: Any) -> str:
    if isinstance(value, dict):
        return str(value.get("code") or value.get("country") or "-")
    return str(value or "-")


def _date(value: Any) -> str:
    if not value:
        return "-"
    if hasattr(value, "start"):
        return f"{value.start}..{value.end}"
    flag = "~" if value.get("inferred") else ""
    return f"{flag}{value.get('start')}..{value.get('end')}"


def system_line(rec: dict[str, Any]) -> str:
    return (
        f"{_actor(rec.get('source'))} -> {_actor(rec.get('target'))} {rec.get('cameo')} "
        f"[{rec.get('trigger')}] {rec.get('modality') or 'asserted'} {_date(rec.get('date'))}"
    )


def gold_line(g: Any) -> str:
    return (
        f"{g.source} -> {g.target or '-'} {g.cameo} [{g.trigger}] {g.modality} "
        f"{_date(g.date)} ({g.tier})"
    )


def report(gold: list[Any], system: list[dict[str, Any]], scores: Any, show_all: bool) -> str:
    from dyadline.evaluate import sentences_overlap

    by_gold = {id(m.gold): m for m in scores.matches}
    missed = {id(g) for g in scores.misses}
    false_alarms = list(scores.false_alarms)
    lines: list[str] = []
    seen: list[str] = []
    for g in gold:
        if g.sentence not in seen:
            seen.append(g.sentence)
    for sentence in seen:
        here = [g for g in gold if g.sentence == sentence]
        fas = [s for s in false_alarms if sentences_overlap(sentence, str(s.get("sentence")))]
        out: list[str] = []
        for g in here:
            if id(g) in missed:
                out.append(f"  MISS {g.id}: {gold_line(g)}")
            elif show_all and id(g) in by_gold:
                m = by_gold[id(g)]
                bad = [n for n in ("code", "sector", "date", "modality") if not getattr(m, n)]
                out.append(
                    f"  OK   {g.id}: {gold_line(g)}  <- {system_line(m.system)}"
                    + (f"  differs: {', '.join(bad)}" if bad else "")
                )
        for s in fas:
            out.append(f"  FA   {system_line(s)}")
            false_alarms.remove(s)
        if out:
            story = here[0].story or "-"
            lines.append(f"[{story} s{here[0].sentence_no or '?'}] {sentence}")
            lines.extend(out)
    if false_alarms:
        lines.append("False alarms in sentences the gold does not code:")
        for s in false_alarms:
            lines.append(f"  FA   {system_line(s)}  :: {s.get('sentence')}")
    lines.append(
        f"gold {scores.n_gold}, system {scores.n_system}, matched {len(scores.matches)}, "
        f"misses {len(scores.misses)}, false alarms {len(scores.false_alarms)}: "
        f"P {scores.precision:.2f} R {scores.recall:.2f} F1 {scores.f1:.2f}"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="?", default=str(TUNE_GOLD), help="gold JSONL file")
    parser.add_argument("texts", nargs="*", help="corpus file or documents the gold codes")
    parser.add_argument("--all", action="store_true", help="also list the matches")
    parser.add_argument("--partial", action="store_true", help="only gold sentences count")
    parser.add_argument("--model", help="spaCy pipeline (default: dyadline's)")
    parser.add_argument("--json", metavar="FILE", help="also write the scores as JSON")
    args = parser.parse_args(argv)

    from dyadline.evaluate import load_gold, score, system_events_for
    from dyadline.nlp import load_pipeline

    texts = args.texts or ([str(TUNE_STORIES)] if Path(args.gold) == TUNE_GOLD else [])
    if not texts:
        parser.error("give the texts the gold codes")
    gold = load_gold(args.gold)
    system = system_events_for([Path(t) for t in texts], load_pipeline(args.model))
    scores = score(gold, system, partial=args.partial)
    print(report(gold, system, scores, args.all))
    if args.json:
        Path(args.json).write_text(json.dumps(scores.to_dict(), indent=1) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
