"""Reading-room benchmark: two pages on a store of a million events.

Builds the synthetic store of ``benchmarks/query.py`` (``--events``, default
1,000,000; or reuses ``--db PATH``), ingests the reference chapter
(``../shared/corpus/000_98872ea03133f5bc.txt``, or ``--chapter``) into it, and
times through the whole application stack (FastAPI's TestClient: routing,
the store opened per request, SQL, templates) the median of ``--repeat`` runs of

- the Events page for one dyad and one year (target <= 300 ms),
- the reader of the reference chapter (target <= 500 ms).

    python benchmarks/serve.py [--events 1000000] [--repeat 20] [--db PATH]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from fastapi.testclient import TestClient

sys.path.insert(0, str(Path(__file__).resolve().parent))
from query import populate

from dyadline.ingest import ingest
from dyadline.store import Store
from dyadline.web import Settings, create_app

CHAPTER = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "000_98872ea03133f5bc.txt"
TARGETS_MS = {"events page, dyad + year": 300.0, "reader, reference chapter": 500.0}


def timed(client: TestClient, url: str, repeat: int) -> tuple[float, float, int]:
    """(median ms, first ms, bytes) of GET ``url``; each response must be 200."""
    times = []
    size = 0
    for _ in range(repeat):
        start = time.perf_counter()
        response = client.get(url)
        times.append(time.perf_counter() - start)
        if response.status_code != 200:
            raise SystemExit(f"{url}: HTTP {response.status_code}: {response.text[:300]}")
        size = len(response.content)
    return statistics.median(times) * 1000, times[0] * 1000, size


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time the reading room's pages on 1e6 events.")
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--db", type=Path, help="keep (or reuse) the database at this path")
    parser.add_argument("--chapter", type=Path, default=CHAPTER)
    parser.add_argument("--dyad", default="ISR-AZE")
    parser.add_argument("--year", default="2020")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    if not args.chapter.exists():
        raise SystemExit(f"{args.chapter}: the reference chapter is missing (pass --chapter)")
    with tempfile.TemporaryDirectory(prefix="dyadline-serve-") as tmp:
        path = args.db or Path(tmp) / "events.db"
        with Store(path) as store:
            stored = store.counts()["events"]
            if stored == 0:
                print(f"generating {args.events} events into {path} ...", flush=True)
                seconds = populate(store, args.events, args.seed)
                print(f"generated in {seconds:.0f} s", flush=True)
        summary = ingest([args.chapter], path, workers=1)
        print(f"chapter: {summary.added} added, {summary.unchanged} already stored")
        with Store(path) as store:
            counts = store.counts()
            chapter = store.find_document(str(args.chapter.resolve()))
        size = path.stat().st_size / 2**20
        app = create_app(Settings(db=path, upload_dir=Path(tmp)))
        pages = {
            "events page, dyad + year": f"/events?dyad={args.dyad}&from={args.year}&to={args.year}",
            "reader, reference chapter": f"/documents/{chapter}",
        }
        print(f"\n{counts['events']} events, {counts['documents']} documents, {size:.0f} MiB;")
        print(f"median of {args.repeat} runs through the app (TestClient)")
        print(f"{'page':<30}{'median':>11}{'first':>11}{'bytes':>10}  target")
        missed = 0
        with TestClient(app, base_url="http://127.0.0.1") as client:
            for name, url in pages.items():
                median, first, nbytes = timed(client, url, args.repeat)
                target = TARGETS_MS[name]
                verdict = "ok" if median <= target else "MISSED"
                missed += verdict == "MISSED"
                print(
                    f"{name:<30}{median:>8.1f} ms{first:>8.1f} ms{nbytes:>10}  "
                    f"<= {target:.0f} ms {verdict}"
                )
                print(f"  GET {url}")
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
