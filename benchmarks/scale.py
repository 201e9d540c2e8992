"""Scale benchmark: the Dask path against the local pool, the one writer, DuckDB on Parquet.

Reads: the VOA development stories (``../shared/corpus/voa/voa_dev.jsonl``,
lines 11-75 only: lines 1-10 are the team's gold and are left alone), and
``benchmarks/query.py`` (its synthetic million-event store). Measures:

1. **throughput**, words/s, on the stories' texts written as ``.txt`` files and
   repeated (each copy a new document) to at least ``--words`` words:
   ``ingest --workers 2`` against ``ingest --scheduler local:2``, alternating,
   ``--runs`` times each, medians; twice: end to end through the command line
   (a fresh process each, start-up included: pipeline load, pool or cluster
   start), and warm in this process (pipeline loaded, pool forked from it;
   a running LocalCluster whose workers have loaded theirs). The cluster's
   overhead is the ratio of the two rates (goal: cluster >= 0.85 x pool);
2. **short documents**: ``--docs`` generated one-paragraph news items (and a
   tenth as many) sent as ``Document`` objects straight through
   ``dyadline.distributed.run_cluster`` on ``local:2``, in a fresh process each:
   documents/s, the writer's RSS at every tenth of the run and its peak
   (``VmHWM``), and the larger worker's peak, to show memory stays flat as the
   corpus grows;
3. **the writer's limit**: ``Store.write`` of already annotated documents (the
   stories, and short items; copies with fresh ids), no annotation: events/s
   and documents/s, with and without unpickling the results as they arrive
   from workers, one transaction per document and per group of ``GROUP``
   (``Store.write_many``, what the cluster's writer does with a finished batch);
4. **DuckDB on Parquet**: the million-event store of ``query.py`` exported with
   ``--format parquet``; the export's time and size, then DuckDB answering a
   dyad's timeline and one year's network from the file (medians).

    python benchmarks/scale.py --quick        # a smoke run, a few minutes
    python benchmarks/scale.py                # the figures in benchmarks/README.md
    python benchmarks/scale.py --only writer,duckdb --events 200000
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import json
import os
import pickle
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
VOA = REPO.parent / "shared" / "corpus" / "voa" / "voa_dev.jsonl"
GOLD_LINES = 10  # lines 1-10 of voa_dev.jsonl: development gold, not used here
SECTIONS = ("throughput", "short", "writer", "duckdb")

sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "benchmarks"))


# -- helpers ----------------------------------------------------------------------------


def peak_rss_kib() -> int:
    """This process's peak resident set (``VmHWM``), KiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    gc.collect()
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO / "src")}


# -- 1. throughput ------------------------------------------------------------------------


def voa_texts() -> list[str]:
    lines = VOA.read_text(encoding="utf-8").splitlines()[GOLD_LINES:]
    return [json.loads(line)["text"] for line in lines if line.strip()]


def build_corpus(root: Path, words: int) -> tuple[list[Path], int]:
    """The stories as .txt files, copied (each copy a distinct text) to >= ``words``."""
    from dyadline.read import read_document

    root.mkdir(parents=True, exist_ok=True)
    texts = voa_texts()
    files: list[Path] = []
    total = 0
    copy = 0
    while total < words:
        copy += 1
        for index, text in enumerate(texts):
            path = root / f"story-{copy:03d}-{index:03d}.txt"
            path.write_text(f"Benchmark copy {copy}.\n\n{text}", encoding="utf-8")
            files.append(path)
            total += len(read_document(path).text.split())
    return files, total


def cli_ingest(root: Path, db: Path, option: list[str]) -> float:
    db.unlink(missing_ok=True)
    cmd = [sys.executable, "-m", "dyadline", "ingest", str(root), "--db", str(db), *option]
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env(), capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed: {done.stderr[-2000:]}")
    return seconds


def local_cluster(workers: int) -> Any:
    from dyadline.distributed import local_cluster as make

    return make(workers)


def throughput(tmp: Path, words: int, runs: int) -> dict[str, Any]:
    import distributed

    from dyadline.ingest import _pipeline, ingest, warm_up

    files, total = build_corpus(tmp / "voa", words)
    print(f"corpus: {len(files)} files, {total} words", flush=True)
    db = tmp / "throughput.db"
    cli: dict[str, list[float]] = {"pool": [], "cluster": []}
    options = {"pool": ["--workers", "2"], "cluster": ["--scheduler", "local:2"]}
    for run in range(runs):
        order = ("pool", "cluster") if run % 2 == 0 else ("cluster", "pool")
        for name in order:
            cli[name].append(cli_ingest(tmp / "voa", db, options[name]))
            print(f"  cli {name}: {total / cli[name][-1]:,.0f} w/s", flush=True)
    warm: dict[str, list[float]] = {"pool": [], "cluster": []}
    _pipeline(None, ())
    warm_up()
    with local_cluster(2) as cluster, distributed.Client(cluster) as client:
        db.unlink(missing_ok=True)
        ingest(files[:2], db, scheduler=client)  # workers load their pipelines
        for run in range(runs):
            order = ("pool", "cluster") if run % 2 == 0 else ("cluster", "pool")
            for name in order:
                db.unlink(missing_ok=True)
                kwargs: dict[str, Any] = {"workers": 2} if name == "pool" else {"scheduler": client}
                seconds, summary = timed(lambda kw=kwargs: ingest(files, db, **kw))
                if summary.failed or summary.added != len(files):
                    raise SystemExit(f"{name}: {summary.failed[:3]}")
                warm[name].append(seconds)
                print(f"  warm {name}: {total / seconds:,.0f} w/s", flush=True)
    out: dict[str, Any] = {"files": len(files), "words": total, "runs": runs}
    for label, times in (("cli", cli), ("warm", warm)):
        pool = total / statistics.median(times["pool"])
        cluster = total / statistics.median(times["cluster"])
        out[label] = {"pool_wps": pool, "cluster_wps": cluster, "ratio": cluster / pool}
    return out


# -- 2. short documents ---------------------------------------------------------------------

_STATES = [
    "Georgia",
    "Turkey",
    "Armenia",
    "France",
    "Azerbaijan",
    "Italy",
    "Iran",
    "Russia",
    "Kazakhstan",
    "Israel",
    "Ukraine",
    "Poland",
    "Greece",
    "Egypt",
    "Jordan",
    "Qatar",
    "India",
    "Pakistan",
    "Japan",
    "Brazil",
]
_ACTS = (
    "{a} signed an agreement with {b} on {topic} in {month} {year}.",
    "Officials from {a} met their counterparts from {b} in {month} {year} to discuss {topic}.",
    "{a} condemned {b} over {topic} on {day} {month} {year}.",
    "{a} sent humanitarian aid to {b} in {month} {year}.",
    "{a} did not recognise the claims made by {b} about {topic}.",
    "The president of {a} visited {b} in {month} {year} and praised its stance on {topic}.",
)
_TOPICS = ("trade quotas", "a rail link", "gas deliveries", "border crossings", "fishing rights")
_MONTHS = ("January", "March", "May", "July", "September", "November")


def short_document(i: int) -> Any:
    """A generated one-paragraph news item, different for every ``i``."""
    from dyadline.model import Block, Document

    rng = random.Random(i)
    a, b = rng.sample(_STATES, 2)
    values = {
        "a": a,
        "b": b,
        "topic": rng.choice(_TOPICS),
        "month": rng.choice(_MONTHS),
        "year": 1995 + rng.randrange(30),
        "day": 1 + rng.randrange(28),
    }
    sentences = [rng.choice(_ACTS).format(**values) for _ in range(2)]
    text = f"Item {i}. " + " ".join(sentences)
    return Document(text=text, path=f"/simulated/{i:07d}.txt", blocks=[Block(0, len(text))])


def rss_kib() -> int:
    """This process's resident set now (``VmRSS``), KiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def short_child(n_docs: int, db: Path) -> None:
    """In a fresh process: ``n_docs`` short items through run_cluster on ``local:2``, as
    ``ingest --scheduler local:2`` runs them (this process loads the pipeline, the workers
    are forked from it); prints JSON with the time, the counts, this writer's RSS at every
    tenth of the run and its peak, and the larger worker's peak (``RUSAGE_CHILDREN``: the
    workers are this process's children, waited for when the cluster closes)."""
    import resource

    from dyadline.distributed import run_cluster
    from dyadline.ingest import IngestSummary
    from dyadline.store import Store

    summary = IngestSummary()
    words = 0
    done = 0
    samples: list[tuple[int, int]] = []

    def tick(path: str) -> None:
        nonlocal done
        done += 1
        if done % max(1, n_docs // 10) == 0:
            samples.append((done, rss_kib()))
            print(
                f"{done} docs, writer RSS {samples[-1][1] // 1024} MiB", file=sys.stderr, flush=True
            )

    def documents() -> Iterator[Any]:
        nonlocal words
        for i in range(n_docs):
            document = short_document(i)
            words += len(document.text.split())
            yield document

    with Store(db) as store:
        seconds, _ = timed(lambda: run_cluster(documents(), store, summary, tick, "local:2"))
    print(
        json.dumps(
            {
                "docs": n_docs,
                "words": words,
                "seconds": seconds,
                "added": summary.added,
                "events": summary.events,
                "failed": len(summary.failed),
                "writer_kib": peak_rss_kib(),
                "writer_rss_kib_at": samples,
                "worker_kib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
            }
        )
    )


def short_docs(tmp: Path, n_docs: int) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for n in (max(1, n_docs // 10), n_docs):
        db = tmp / f"short-{n}.db"
        db.unlink(missing_ok=True)
        cmd = [sys.executable, __file__, "--short-child", str(n), "--child-db", str(db)]
        done = subprocess.run(cmd, env=env(), capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise SystemExit(f"short-child {n} failed: {done.stderr[-3000:]}")
        result = json.loads(done.stdout.strip().splitlines()[-1])
        along = [round(k / 1024) for _, k in result["writer_rss_kib_at"]]
        print(
            f"  {n} docs: {n / result['seconds']:,.0f} docs/s, {result['events']} events; "
            f"writer peak {result['writer_kib'] / 1024:.0f} MiB (RSS at each tenth: "
            f"{along} MiB), worker peak {result['worker_kib'] / 1024:.0f} MiB",
            flush=True,
        )
        out[str(n)] = result
    return out


# -- 3. the writer ------------------------------------------------------------------------


def _copies(annotated: list[Any], n: int) -> Iterator[Any]:
    """``n`` distinct copies of the annotated documents (new text, so a new doc_id, and
    the events moved to it), cycling through them."""
    for k in range(n):
        original = annotated[k % len(annotated)]
        document = dataclasses.replace(
            original.document,
            text=f"{original.document.text}\n\nCopy {k}.",
            path=f"/copies/{k:07d}.txt",
        )
        events = [dataclasses.replace(e, doc_id=document.doc_id) for e in original.events]
        yield dataclasses.replace(original, document=document, events=events)


#: documents per transaction in the group-commit mode (a cluster batch of short items)
GROUP = 32


def writer_rate(tmp: Path, annotated: list[Any], n: int, label: str) -> dict[str, Any]:
    from dyadline.store import Store

    copies = list(_copies(annotated, n))
    blobs = [pickle.dumps(a, protocol=pickle.HIGHEST_PROTOCOL) for a in copies]
    events = sum(len(a.events) for a in copies)
    out: dict[str, Any] = {"docs": n, "events": events}
    groups = [blobs[i : i + GROUP] for i in range(0, len(blobs), GROUP)]
    for mode in ("write", "unpickle+write", f"unpickle+write_many({GROUP})"):
        db = tmp / f"writer-{label}.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        with Store(db) as store:
            if mode == "write":
                seconds, _ = timed(lambda s=store: [s.write(a) for a in copies])
            elif mode == "unpickle+write":
                seconds, _ = timed(lambda s=store: [s.write(pickle.loads(b)) for b in blobs])
            else:
                seconds, _ = timed(
                    lambda s=store: [s.write_many([pickle.loads(b) for b in g]) for g in groups]
                )
        out[mode] = {"docs_per_s": n / seconds, "events_per_s": events / seconds}
        print(f"  {label} {mode}: {n / seconds:,.0f} docs/s, {events / seconds:,.0f} events/s")
    return out


def writer(tmp: Path, n_long: int, n_short: int) -> dict[str, Any]:
    from dyadline.annotate import annotate
    from dyadline.ingest import _pipeline, read_one, warm_up

    nlp = _pipeline(None, ())
    warm_up()
    files, _ = build_corpus(tmp / "voa-once", 1)  # one copy of the stories
    stories = [annotate(read_one(p), nlp) for p in files]
    items = [annotate(short_document(i), nlp) for i in range(300)]
    return {
        "stories": writer_rate(tmp, stories, n_long, "stories"),
        "short": writer_rate(tmp, items, n_short, "short"),
    }


# -- 4. DuckDB on Parquet ---------------------------------------------------------------------


def duckdb_queries(tmp: Path, n_events: int, repeat: int, db_path: Path | None) -> dict[str, Any]:
    import duckdb
    from query import populate

    from dyadline.export import export_file
    from dyadline.store import Store

    db = db_path or tmp / "million.db"
    with Store(db) as store:
        if store.counts()["events"] == 0:
            print(f"  generating {n_events} events ...", flush=True)
            populate(store, n_events, 1)
        stored = store.counts()["events"]
        parquet = tmp / "million.parquet"
        export_seconds, written = timed(lambda: export_file(store, "parquet", parquet))
    size = parquet.stat().st_size / 2**20
    print(f"  export: {written} events in {export_seconds:.1f} s, {size:.0f} MiB", flush=True)
    con = duckdb.connect()
    source = f"read_parquet('{parquet}')"
    sql = {
        "dyad timeline (ISR-AZE, both directions, by date)": f"""
            SELECT "date".start, "date".end, "date".precision, source.code, cameo,
                   target.code, modality, sentence
            FROM {source}
            WHERE (source.country = 'ISR' AND target.country = 'AZE')
               OR (source.country = 'AZE' AND target.country = 'ISR')
            ORDER BY "date".start NULLS LAST, doc_id, sentence_index""",
        "network, one year (2020, spans overlapping it)": f"""
            SELECT source.country, target.country, quad_class, count(*), avg(goldstein),
                   min("date".start), max("date".start)
            FROM {source}
            WHERE source.country IS NOT NULL AND target.country IS NOT NULL
              AND ("date".end >= DATE '2020-01-01'
                   OR ("date".end IS NULL AND "date".start IS NOT NULL))
              AND ("date".start <= DATE '2020-12-31'
                   OR ("date".start IS NULL AND "date".end IS NOT NULL))
            GROUP BY ALL ORDER BY ALL""",
    }
    out: dict[str, Any] = {
        "events": stored,
        "export_s": export_seconds,
        "parquet_mib": size,
        "queries": {},
    }
    for name, query in sql.items():
        first, rows = timed(lambda q=query: con.execute(q).fetchall())
        times = []
        for _ in range(repeat):
            seconds, _ = timed(lambda q=query: con.execute(q).fetchall())
            times.append(seconds)
        median = statistics.median(times) * 1000
        out["queries"][name] = {"rows": len(rows), "first_ms": first * 1000, "median_ms": median}
        print(f"  {name}: {len(rows)} rows, median {median:.1f} ms (first {first * 1000:.0f})")
    return out


# -- main ---------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, one run each")
    parser.add_argument("--words", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--docs", type=int, default=100_000, help="short documents")
    parser.add_argument("--events", type=int, default=1_000_000, help="events for DuckDB")
    parser.add_argument("--repeat", type=int, default=20, help="timed DuckDB runs")
    parser.add_argument("--db", type=Path, help="keep (or reuse) the million-event store here")
    parser.add_argument("--only", default=",".join(SECTIONS), help="sections to run")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    parser.add_argument("--short-child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--child-db", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.short_child is not None:
        short_child(args.short_child, args.child_db)
        return 0
    if args.quick:
        args.words, args.runs, args.docs = 20_000, 1, 2_000
        args.events, args.repeat = min(args.events, 100_000), 5
    only = set(args.only.split(","))
    print(
        f"scale benchmark: {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}, "
        f"Python {sys.version.split()[0]}",
        flush=True,
    )
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="dyadline-scale-") as name:
        tmp = Path(name)
        if "throughput" in only:
            print("throughput: --workers 2 vs --scheduler local:2", flush=True)
            results["throughput"] = throughput(tmp, args.words, args.runs)
        if "short" in only:
            print(f"short documents through local:2: {args.docs // 10} and {args.docs}")
            results["short"] = short_docs(tmp, args.docs)
        if "writer" in only:
            print("the writer alone (Store.write of annotated documents)", flush=True)
            n_long = 200 if args.quick else 2_000
            n_short = 2_000 if args.quick else 20_000
            results["writer"] = writer(tmp, n_long, n_short)
        if "duckdb" in only:
            print("DuckDB over the Parquet export", flush=True)
            results["duckdb"] = duckdb_queries(tmp, args.events, args.repeat, args.db)
        shutil.rmtree(tmp / "voa", ignore_errors=True)
    results["load_after"] = os.getloadavg()[0]
    print(json.dumps(results, indent=1))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
