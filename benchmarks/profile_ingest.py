"""Profile one dyadline ingest of a document, dyadline's own code apart from spaCy's.

Reads: a document (default the reference chapter ``../shared/corpus/...``).
Loads the pipeline, runs a warm-up ingest of one example (so one-off set-up,
such as building the gazetteer, is timed on its own), then profiles
``dyadline.ingest.ingest`` of the document with ``cProfile`` into a fresh
database, and prints the wall times and the top functions by cumulative time
whose code is not spaCy's, thinc's or the standard library's.

    python benchmarks/profile_ingest.py [--path FILE] [--top 15] [--dump out.prof]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CHAPTER = REPO.parent / "shared" / "corpus" / "000_98872ea03133f5bc.txt"
WARM = REPO / "examples" / "02-georgia-russia-2008.txt"
#: Frames from these places are spaCy's model or the interpreter's, not ours.
FOREIGN = ("spacy", "thinc", "/lib/python3", "<frozen", "<built-in", "{", "~")


def ours(filename: str) -> bool:
    return not any(part in filename for part in FOREIGN) or "/dyadline/" in filename


def top_own(stats: pstats.Stats, top: int) -> list[tuple[float, float, int, str]]:
    """(cumulative s, own s, calls, "file:line(function)") of dyadline-side functions."""
    rows: list[tuple[float, float, int, str]] = []
    raw: dict[tuple[str, int, str], tuple[int, int, float, float, object]]
    raw = stats.stats  # type: ignore[attr-defined]
    for (filename, line, name), (_, calls, own, cumulative, _) in raw.items():
        if ours(filename):
            where = filename.split("/src/")[-1] if "/src/" in filename else filename
            rows.append((cumulative, own, calls, f"{where}:{line}({name})"))
    rows.sort(reverse=True)
    return rows[:top]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Profile one dyadline ingest.")
    parser.add_argument("--path", type=Path, default=CHAPTER, help="document to ingest")
    parser.add_argument("--top", type=int, default=15, help="rows to print (default 15)")
    parser.add_argument("--dump", type=Path, help="also write the raw profile here")
    args = parser.parse_args(argv)
    from dyadline.ingest import ingest
    from dyadline.nlp import load_pipeline

    start = time.perf_counter()
    nlp = load_pipeline()
    loaded = time.perf_counter() - start
    with tempfile.TemporaryDirectory(prefix="dyadline-prof-") as tmp:
        start = time.perf_counter()
        ingest([WARM], db=Path(tmp) / "warm.db", nlp=nlp)
        warm = time.perf_counter() - start
        profile = cProfile.Profile()
        start = time.perf_counter()
        profile.enable()
        summary = ingest([args.path], db=Path(tmp) / "prof.db", nlp=nlp)
        profile.disable()
        wall = time.perf_counter() - start
    words = len(Path(args.path).read_text(encoding="utf-8").split())
    print(f"pipeline load {loaded:.1f} s; warm-up ingest (first use) {warm:.1f} s")
    print(f"profiled ingest: {wall:.2f} s under cProfile, {summary.events} events, ~{words} words")
    if args.dump:
        profile.dump_stats(str(args.dump))
    stats = pstats.Stats(profile)
    print(f"\n{'cumulative s':>12} {'own s':>7} {'calls':>7}  function (outside spaCy/thinc)")
    for cumulative, own, calls, where in top_own(stats, args.top):
        print(f"{cumulative:12.3f} {own:7.3f} {calls:7d}  {where}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
