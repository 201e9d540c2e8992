"""Accuracy on every development set, in one table.

Reads (relative to the repository): the reference chapter and its public gold
sample (``../shared/corpus/000_98872ea03133f5bc.txt``,
``../shared/gold/seed-sample.jsonl``), the PETRARCH-2 validation records
(``../shared/conformance/PETR2_GSR_validation.xml``), and the team's VOA
development gold with its ten stories (``benchmarks/data/voa-dev-gold.jsonl``,
``benchmarks/data/voa-dev-10.jsonl``). Codes each text once with the installed
pipeline and scores it with ``dyadline.evaluate`` / ``dyadline.petrarch`` (the
rule of ``dyadline evaluate``), then prints one row per set:

- ``sample``: the gold sample against the chapter, only events in the gold's
  sentences counted for precision (``--partial``): the figure the issue asks for;
- ``chapter (all)``: the same gold against every event of the chapter
  (precision over the whole chapter, for information: most of the chapter is
  not in the sample, so its "false alarms" are mostly uncoded, not wrong);
- ``petrarch``: the PETRARCH-2 records; R is the share of expected codings
  found, P is 1 - the false-positive rate (CAMEO root + actor country);
- ``voa-dev``: the VOA development gold against the ten stories, read by the
  corpus reader (``dyadline.read.corpus``) when this checkout has one, else
  through Markdown files with front matter (title, date = published date);
  held apart: nobody tunes on it;
- ``voa-tune``: the VOA tuning gold (``benchmarks/data/voa-tune-gold.jsonl``)
  against the next ten stories (``voa-tune-10.jsonl``, lines 11-20 of the
  corpus), read the same way: the set contributors may tune on.
- ``voa-tune2``: a second tuning gold (``voa-tune2-gold.jsonl``) against ten
  more stories (``voa-tune2-10.jsonl``, lines 38-47 of the corpus): more to
  tune on, so that a rule is checked on more than one set of ten stories;
- ``voa-check``: a second held-apart VOA gold (``voa-check-gold.jsonl``)
  against ten later stories (``voa-check-10.jsonl``, lines 61-70 of the
  corpus), coded by the guide without looking at dyadline's output: a check
  of how much of what is tuned on voa-tune carries over; nobody tunes on it.

Date and modality agreement are shares of the matches (none for PETRARCH).
A set whose files are missing is left out with a note.

    python benchmarks/accuracy.py                 # the table
    python benchmarks/accuracy.py --json out.json # and the figures as JSON
    python benchmarks/accuracy.py --sets sample voa-dev
    python benchmarks/accuracy.py --sets voa-tune   # the set to tune on
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CHAPTER = SHARED / "corpus" / "000_98872ea03133f5bc.txt"
SAMPLE_GOLD = SHARED / "gold" / "seed-sample.jsonl"
PETRARCH = SHARED / "conformance" / "PETR2_GSR_validation.xml"
VOA_GOLD = REPO / "benchmarks" / "data" / "voa-dev-gold.jsonl"
VOA_STORIES = REPO / "benchmarks" / "data" / "voa-dev-10.jsonl"
TUNE_GOLD = REPO / "benchmarks" / "data" / "voa-tune-gold.jsonl"
TUNE_STORIES = REPO / "benchmarks" / "data" / "voa-tune-10.jsonl"
TUNE2_GOLD = REPO / "benchmarks" / "data" / "voa-tune2-gold.jsonl"
TUNE2_STORIES = REPO / "benchmarks" / "data" / "voa-tune2-10.jsonl"
CHECK_GOLD = REPO / "benchmarks" / "data" / "voa-check-gold.jsonl"
CHECK_STORIES = REPO / "benchmarks" / "data" / "voa-check-10.jsonl"
SETS = ("sample", "chapter", "petrarch", "voa-dev", "voa-tune", "voa-tune2", "voa-check")


@dataclass(slots=True)
class Row:
    """One line of the table."""

    set: str
    gold: int
    system: int
    precision: float
    recall: float
    f1: float
    date: float | None
    modality: float | None
    note: str = ""
    seconds: float = 0.0


def scores_row(name: str, scores: Any, note: str, seconds: float) -> Row:
    has = bool(scores.matches)
    return Row(
        set=name,
        gold=scores.n_gold,
        system=scores.n_system,
        precision=scores.precision,
        recall=scores.recall,
        f1=scores.f1,
        date=scores.agreement("date") if has else None,
        modality=scores.agreement("modality") if has else None,
        note=note,
        seconds=seconds,
    )


def chapter_rows(nlp: Any) -> list[Row]:
    from dyadline.evaluate import load_gold, score, system_events_for

    for path in (CHAPTER, SAMPLE_GOLD):
        if not path.exists():
            raise FileNotFoundError(path)
    gold = load_gold(SAMPLE_GOLD)
    t0 = time.perf_counter()
    system = system_events_for([CHAPTER], nlp)
    seconds = time.perf_counter() - t0
    partial = score(gold, system, partial=True)
    whole = score(gold, system)
    return [
        scores_row("sample", partial, "--partial: the gold's sentences only", seconds),
        scores_row("chapter (all)", whole, "every chapter event counted; information", seconds),
    ]


def petrarch_row(nlp: Any) -> Row:
    from dyadline.petrarch import load_petrarch, score_petrarch

    if not PETRARCH.exists():
        raise FileNotFoundError(PETRARCH)
    t0 = time.perf_counter()
    scores = score_petrarch(load_petrarch(PETRARCH), nlp)
    seconds = time.perf_counter() - t0
    precision = 1.0 - scores.false_positive_rate if scores.produced else 0.0
    recall = scores.found_rate
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    note = (
        f"found {100 * recall:.1f}%, false positives {100 * scores.false_positive_rate:.1f}%"
        f" ({len(scores.results)} records)"
    )
    return Row(
        "petrarch",
        scores.expected,
        scores.produced,
        precision,
        recall,
        f1,
        None,
        None,
        note,
        seconds,
    )


def _corpus_reader() -> Callable[[str | Path], bool] | None:
    """``dyadline.read.corpus.is_corpus`` when this checkout reads corpus files."""
    try:
        from dyadline.read.corpus import is_corpus  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None
    reader: Callable[[str | Path], bool] = is_corpus
    return reader


def stories_as_markdown(corpus: Path, folder: Path) -> list[Path]:
    """One Markdown file per corpus row: front matter (title, date), then the text."""
    paths: list[Path] = []
    for n, line in enumerate(corpus.read_text("utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        row = json.loads(line)
        title = json.dumps(str(row.get("title") or ""), ensure_ascii=False)
        date = str(row.get("published") or "")[:10]
        path = folder / f"{n:02d}-{row.get('id', n)}.md"
        path.write_text(f"---\ntitle: {title}\ndate: {date}\n---\n\n{row['text']}\n", "utf-8")
        paths.append(path)
    return paths


def voa_row(
    nlp: Any, name: str = "voa-dev", gold_path: Path = VOA_GOLD, stories_path: Path = VOA_STORIES
) -> Row:
    """One VOA set: its gold against its stories (a corpus file, one story a row)."""
    from dyadline.evaluate import load_gold, score, system_events_for

    for path in (gold_path, stories_path):
        if not path.exists():
            raise FileNotFoundError(path)
    gold = load_gold(gold_path)
    is_corpus = _corpus_reader()
    t0 = time.perf_counter()
    if is_corpus is not None and is_corpus(stories_path):
        system = system_events_for([stories_path], nlp)
        how = "stories read by the corpus reader"
    else:
        with tempfile.TemporaryDirectory() as tmp:
            system = system_events_for(stories_as_markdown(stories_path, Path(tmp)), nlp)
        how = "stories read as Markdown with front matter"
    seconds = time.perf_counter() - t0
    stories = sum(1 for line in stories_path.read_text("utf-8").splitlines() if line.strip())
    with_events = len({g.story for g in gold})
    note = f"{stories} stories ({with_events} with events); {how}"
    return scores_row(name, score(gold, system), note, seconds)


def _fmt(x: float | None) -> str:
    return "-" if x is None else f"{x:.2f}"


def table(rows: list[Row]) -> str:
    head = "| set | gold | system | P | R | F1 | date | modality | note |"
    lines = [head, "|---|---:|---:|---:|---:|---:|---:|---:|---|"]
    for r in rows:
        lines.append(
            f"| {r.set} | {r.gold} | {r.system} | {_fmt(r.precision)} | {_fmt(r.recall)} "
            f"| {_fmt(r.f1)} | {_fmt(r.date)} | {_fmt(r.modality)} | {r.note} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", nargs="+", choices=SETS, default=list(SETS))
    parser.add_argument("--model", help="spaCy pipeline (default: dyadline's)")
    parser.add_argument("--json", metavar="FILE", help="also write the rows as JSON")
    args = parser.parse_args(argv)

    from dyadline.nlp import load_pipeline

    nlp = load_pipeline(args.model)
    rows: list[Row] = []
    skipped: list[str] = []
    runners: dict[str, Callable[[Any], list[Row]]] = {
        "sample": chapter_rows,
        "petrarch": lambda n: [petrarch_row(n)],
        "voa-dev": lambda n: [voa_row(n)],
        "voa-tune": lambda n: [voa_row(n, "voa-tune", TUNE_GOLD, TUNE_STORIES)],
        "voa-tune2": lambda n: [voa_row(n, "voa-tune2", TUNE2_GOLD, TUNE2_STORIES)],
        "voa-check": lambda n: [voa_row(n, "voa-check", CHECK_GOLD, CHECK_STORIES)],
    }
    # "sample" and "chapter" code the chapter once and give one row each
    keep = {
        "sample": "sample",
        "chapter (all)": "chapter",
        "petrarch": "petrarch",
        "voa-dev": "voa-dev",
        "voa-tune": "voa-tune",
        "voa-tune2": "voa-tune2",
        "voa-check": "voa-check",
    }
    wanted = ["sample" if s == "chapter" else s for s in args.sets]
    for name in dict.fromkeys(wanted):
        try:
            got = runners[name](nlp)
        except FileNotFoundError as exc:
            skipped.append(f"{name}: {exc} not found")
            continue
        rows.extend(r for r in got if keep[r.set] in args.sets)
    print(table(rows))
    for note in skipped:
        print(f"left out: {note}", file=sys.stderr)
    if args.json:
        Path(args.json).write_text(json.dumps([asdict(r) for r in rows], indent=2) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
