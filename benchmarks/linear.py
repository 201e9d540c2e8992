"""Linear time: annotation per sentence in one long paragraph, and one large file.

Part 1 annotates a single paragraph of N generated sentences (N = 100, 1,000,
10,000 by default) and prints the time per sentence; a flat column means the
cost of a sentence does not grow with the paragraph it is in. Part 2 writes one
text file of ``--mb`` megabytes (paragraphs of generated sentences), ingests it
in a subprocess with ``dyadline ingest --workers 1`` and prints the wall time
and the peak resident memory of that process (``ru_maxrss`` of the child).

The sentences are written here from a few templates (states, verbs, years);
nothing is read from the development corpus.

    python benchmarks/linear.py                    # 100/1,000/10,000 sentences, 50 MB
    python benchmarks/linear.py --mb 5             # smaller file (~1/10 of the time)
    python benchmarks/linear.py --sizes 100 1000 --mb 0   # part 1 only
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

STATES = ["Iran", "Israel", "Armenia", "Azerbaijan", "Georgia", "Turkey", "Russia", "France"]
VERBS = [
    "condemned",
    "signed an agreement with",
    "accused",
    "met officials from",
    "praised",
    "threatened",
    "sent aid to",
    "criticised",
]


def sentence(i: int) -> str:
    a = STATES[i % len(STATES)]
    b = STATES[(i * 3 + 1) % len(STATES)]
    if a == b:
        b = STATES[(i + 2) % len(STATES)]
    verb = VERBS[(i // len(STATES)) % len(VERBS)]
    return f"In {1990 + i % 30} {a} {verb} {b} over item {i}."


def paragraph(n: int, offset: int = 0) -> str:
    return " ".join(sentence(offset + i) for i in range(n))


def per_sentence(sizes: list[int]) -> None:
    from dyadline.annotate import annotate
    from dyadline.nlp import load_pipeline
    from dyadline.read import read_text

    nlp = load_pipeline()
    annotate(read_text(paragraph(50)), nlp)  # warm-up: gazetteer, caches
    print(f"{'sentences':>10} {'seconds':>9} {'ms/sentence':>12} {'events':>7}")
    for n in sizes:
        document = read_text(paragraph(n))
        assert len(document.blocks) == 1
        start = time.perf_counter()
        annotated = annotate(document, nlp)
        took = time.perf_counter() - start
        print(
            f"{n:>10,} {took:>9.2f} {1000 * took / len(annotated.sentences):>12.2f} "
            f"{len(annotated.events):>7,}",
            flush=True,
        )


def big_file(mb: float, workdir: Path) -> None:
    path = workdir / "big.txt"
    target = int(mb * 1_000_000)
    written = 0
    i = 0
    with path.open("w", encoding="utf-8") as out:
        while written < target:
            para = paragraph(40, offset=i) + "\n\n"
            out.write(para)
            written += len(para.encode())
            i += 40
    size = path.stat().st_size
    db = workdir / "big.db"
    cmd = [sys.executable, "-m", "dyadline", "ingest", str(path), "--db", str(db)]
    cmd += ["--workers", "1"]
    env = dict(os.environ, DYADLINE_MAX_FILE_MB=str(max(200, mb * 2)))
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
    took = time.perf_counter() - start
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(proc.stdout.strip() or proc.stderr.strip())
    print(
        f"file {size / 1e6:.1f} MB, {i:,} sentences: ingest {took:.0f} s "
        f"({size / 1e6 / took * 60:.1f} MB/min), peak RSS {peak_kb / 1024:.0f} MB, "
        f"exit {proc.returncode}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[100, 1000, 10000])
    parser.add_argument("--mb", type=float, default=50.0, help="size of the file (0: skip)")
    args = parser.parse_args()
    print(f"load average {os.getloadavg()[0]:.2f}")
    if args.sizes:
        per_sentence(args.sizes)
    if args.mb > 0:
        with tempfile.TemporaryDirectory() as tmp:
            big_file(args.mb, Path(tmp))


if __name__ == "__main__":
    main()
