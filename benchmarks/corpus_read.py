"""Corpus reading benchmark: time and peak memory of reading a large JSONL corpus.

Reads nothing but dyadline itself. Writes a synthetic JSONL corpus of about
``--size-mb`` megabytes (default 100; ``--gb`` for 1024) into a temporary folder,
or reuses ``--file PATH``: one story a row with an id, a date, a title, a URL and
a text of ``--story-words`` words (default 500) made of sentences this script
composes from country names and verbs. Then, each stage in a fresh process (so
each peak RSS is its own), times:

* ``rows``: ``dyadline.read.corpus.iter_rows`` (file -> parsed rows),
* ``documents``: ``read_corpus`` (rows -> ``Document``: clean text, blocks, date),
* ``check``: ``read_corpus`` plus the store look-up ingest does before annotating
  (``Store.has_document`` on each row's content id: what a re-ingest costs),

and prints rows/s, MB/s and the peak resident set size of each stage. Memory is
flat when the peak does not grow with the file: compare a run at 100 MB with one
at 1 GB.

    python benchmarks/corpus_read.py                 # ~100 MB
    python benchmarks/corpus_read.py --gb            # ~1 GB (a few minutes)
    python benchmarks/corpus_read.py --size-mb 20 --stages rows documents
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

COUNTRIES = ("Germany", "France", "Italy", "Spain", "Poland", "Turkey", "Greece", "Egypt")
COUNTRIES += ("Kenya", "Japan", "China", "India", "Brazil", "Canada", "Mexico", "Norway")
VERBS = ("criticized", "praised", "met", "accused", "thanked", "warned", "hosted", "visited")
WHEN = ("on Friday", "last week", "in July", "yesterday", "earlier this month", "")


def sentence(rng: random.Random) -> str:
    a, b = rng.sample(COUNTRIES, 2)
    return f"{a} {rng.choice(VERBS)} {b} {rng.choice(WHEN)}".rstrip() + "."


def write_corpus(path: Path, size_mb: float, story_words: int, seed: int = 7) -> int:
    """Write about ``size_mb`` MB of stories to ``path``; returns the number of rows."""
    rng = random.Random(seed)
    target = int(size_mb * 1024 * 1024)
    written = rows = 0
    with path.open("w", encoding="utf-8") as handle:
        while written < target:
            words: list[str] = []
            while len(words) < story_words:
                words.extend(sentence(rng).split())
            day = 1 + rows % 28
            line = json.dumps(
                {
                    "id": f"s{rows}",
                    "published": f"2021-03-{day:02d} 10:00:00Z",
                    "title": f"Story {rows}",
                    "url": f"https://news.example/{rows}",
                    "text": " ".join(words),
                }
            )
            handle.write(line + "\n")
            written += len(line) + 1
            rows += 1
    return rows


def run_stage(stage: str, path: Path) -> dict[str, float]:
    """Run one stage in this process; returns rows, seconds and peak RSS (MB)."""
    from dyadline.model import Document
    from dyadline.read.corpus import iter_rows, read_corpus

    start = time.perf_counter()
    rows = 0
    if stage == "rows":
        for _ in iter_rows(path):
            rows += 1
    elif stage == "documents":
        for item in read_corpus(path):
            rows += isinstance(item, Document)
    elif stage == "check":
        from dyadline.store import Store

        with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "c.db") as store:
            for item in read_corpus(path):
                if isinstance(item, Document) and not store.has_document(item.doc_id):
                    rows += 1
    else:
        raise SystemExit(f"unknown stage {stage!r}")
    seconds = time.perf_counter() - start
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"rows": rows, "seconds": seconds, "peak_rss_mb": peak_kb / 1024}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mb", type=float, default=100.0, help="corpus size (default 100)")
    parser.add_argument("--gb", action="store_true", help="a 1 GB corpus (--size-mb 1024)")
    parser.add_argument("--story-words", type=int, default=500)
    parser.add_argument("--file", type=Path, help="read this JSONL corpus instead of writing one")
    parser.add_argument(
        "--stages", nargs="+", default=["rows", "documents", "check"], metavar="STAGE"
    )
    parser.add_argument("--stage", help=argparse.SUPPRESS)  # internal: run one stage
    args = parser.parse_args(argv)
    if args.stage:
        print(json.dumps(run_stage(args.stage, args.file)))
        return 0
    size_mb = 1024.0 if args.gb else args.size_mb
    with tempfile.TemporaryDirectory() as tmp:
        path = args.file
        if path is None:
            path = Path(tmp) / "corpus.jsonl"
            t0 = time.perf_counter()
            n = write_corpus(path, size_mb, args.story_words)
            print(f"wrote {n:,} rows in {time.perf_counter() - t0:.1f} s")
        mb = path.stat().st_size / 1024 / 1024
        print(f"corpus {path.name}: {mb:,.1f} MB; load average {os.getloadavg()[0]:.2f}")
        header = f"{'stage':<10} {'rows':>10} {'seconds':>9} {'rows/s':>9} {'MB/s':>7}"
        print(f"{header} {'peak RSS':>9}")
        for stage in args.stages:
            out = subprocess.run(
                [sys.executable, __file__, "--stage", stage, "--file", str(path)],
                check=True,
                capture_output=True,
                text=True,
            )
            r = json.loads(out.stdout)
            print(
                f"{stage:<10} {int(r['rows']):>10,} {r['seconds']:>9.1f} "
                f"{r['rows'] / r['seconds']:>9,.0f} {mb / r['seconds']:>7.1f} "
                f"{r['peak_rss_mb']:>7.0f} MB"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
