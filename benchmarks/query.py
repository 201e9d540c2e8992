"""Query benchmark: the analyst's queries on a store of a million events.

Reads nothing but dyadline itself. Builds a synthetic ``dyadline.store.Store``
of ``--events`` events (default 1,000,000) in a temporary file, or in
``--db PATH`` (kept, and reused when it already holds events): a skewed
(Zipf) distribution of dyads among 40 countries, CAMEO codes drawn by a
realistic root frequency from dyadline's own CAMEO table, dates 1990-2024 at
mixed precisions (day, month, year, range, decade; some undated), export
records built with ``dyadline.model.Event.to_record()``. The Store has no
bulk API, so rows go into its own tables with the columns ``Store._insert``
writes, through its connection, with ``executemany`` in one transaction.

Then times (median of ``--repeat`` runs) a dyad timeline, the network of one
year, and actor filters, prints the figures against the targets (timeline
<= 50 ms, one-year network <= 200 ms) and each query's ``EXPLAIN QUERY PLAN``
(the SQL is caught with ``sqlite3``'s trace callback, so it is exactly what
the Store ran).

    python benchmarks/query.py [--events 1000000] [--repeat 20] [--db PATH]
"""

from __future__ import annotations

import argparse
import itertools
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from dyadline.cameo import CameoCode, all_codes
from dyadline.model import Actor, DateSpan, Event, content_id
from dyadline.store import EVENT_INSERT, Store, event_row

# 40 states, most reported first: a dyad's weight is the product of Zipf weights.
_STATES = (
    "USA RUS CHN IRN ISR TUR AZE ARM GBR FRA DEU UKR GEO SAU IND PAK SYR IRQ EGY JPN "
    "KOR PRK ARE QAT JOR LBN KAZ UZB TKM GRC CYP ITA POL BLR AFG ISL NOR BRA CAN MEX"
)
COUNTRIES = tuple(_STATES.split())
ZIPF_S = 1.0
# Share of events per CAMEO root (01..20), roughly as in news-coded event data.
ROOT_SHARE = {
    "01": 10, "02": 6, "03": 8, "04": 24, "05": 8, "06": 3, "07": 3, "08": 3, "09": 2,
    "10": 3, "11": 7, "12": 2, "13": 3, "14": 2, "15": 1, "16": 1, "17": 5, "18": 4,
    "19": 5, "20": 0.2,
}  # fmt: skip
SECTORS = ("", "", "GOV", "GOV", "MIL", "BUS", "CVL", "MED", "LEG", "SPY")
MODALITIES = ("asserted", "reported", "hedged", "negated", "future", "counterfactual")
MODALITY_SHARE = (80, 8, 4, 4, 3, 1)
PRECISIONS = ("day", "month", "year", "range", "decade", None)
PRECISION_SHARE = (42, 24, 18, 4, 4, 8)  # None: undated
EVENTS_PER_DOCUMENT = 100
YEARS = range(1990, 2025)
YEAR_CUM = list(itertools.accumulate(1 + (y - 1990) / 10 for y in YEARS))  # more recent, more
STATE_CUM = list(itertools.accumulate(1 / (rank + 1) ** ZIPF_S for rank in range(len(COUNTRIES))))
ROOTS = tuple(ROOT_SHARE)
ROOT_CUM = list(itertools.accumulate(ROOT_SHARE.values()))
MODALITY_CUM = list(itertools.accumulate(MODALITY_SHARE))
PRECISION_CUM = list(itertools.accumulate(PRECISION_SHARE))
TARGETS_MS = {"dyad timeline": 50.0, "network, one year": 200.0}


# -- generation -----------------------------------------------------------------------


def _span(rng: random.Random, precision: str | None) -> DateSpan | None:
    if precision is None:
        return None
    year = rng.choices(YEARS, cum_weights=YEAR_CUM)[0]
    if precision == "decade":
        decade = year - year % 10
        return DateSpan(f"{decade}-01-01", f"{decade + 9}-12-31", "decade", f"the {decade}s")
    if precision == "year":
        return DateSpan(f"{year}-01-01", f"{year}-12-31", "year", f"in {year}")
    month = rng.randint(1, 12)
    if precision == "month":
        last = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
        return DateSpan(f"{year}-{month:02d}-01", f"{year}-{month:02d}-{last}", "month", "")
    day = date(year, month, rng.randint(1, 28))
    if precision == "range":
        end = day + timedelta(days=rng.randint(2, 400))
        return DateSpan(day.isoformat(), end.isoformat(), "range", "between ...")
    return DateSpan(day.isoformat(), day.isoformat(), "day", f"on {day:%d %B %Y}")


@dataclass(slots=True)
class Generator:
    rng: random.Random
    codes: dict[str, list[CameoCode]]

    def actor(self, country: str) -> Actor:
        sector = self.rng.choice(SECTORS)
        return Actor(country + sector, country, sector or None, f"the {country} side", None)

    def event(self, doc_id: str, title: str, index: int) -> Event:
        rng = self.rng
        src, tgt = rng.choices(COUNTRIES, cum_weights=STATE_CUM, k=2)
        while tgt == src:
            tgt = rng.choices(COUNTRIES, cum_weights=STATE_CUM)[0]
        root = rng.choices(ROOTS, cum_weights=ROOT_CUM)[0]
        code = rng.choice(self.codes[root])
        target = self.actor(tgt) if rng.random() > 0.12 else None
        span = _span(rng, rng.choices(PRECISIONS, cum_weights=PRECISION_CUM)[0])
        sentence = (
            f"Synthetic sentence {index}: the {src} side and the {tgt} side, in an act coded "
            f"as {code.label.lower()}, {span.text if span else 'at an unknown time'}."
        )
        start = index * 160
        return Event(
            sentence=sentence,
            sentence_start=start,
            sentence_end=start + len(sentence),
            trigger="acted",
            trigger_start=start + 20,
            trigger_end=start + 25,
            source=self.actor(src),
            target=target,
            cameo=code.code,
            cameo_label=code.label,
            quad_class=code.quad_class,
            goldstein=code.goldstein,
            plover={"event": code.plover_event, "mode": code.plover_mode},
            date=span,
            modality=rng.choices(MODALITIES, cum_weights=MODALITY_CUM)[0],
            notes=[rng.randint(1, 40)] if rng.random() < 0.3 else [],
            confidence=rng.random(),
            sentence_index=index,
            doc_id=doc_id,
            doc_title=title,
        )


def _rows(gen: Generator, doc_id: str, title: str) -> Iterator[tuple[tuple[Any, ...], list[int]]]:
    """The ``events`` rows of one document, built by the Store's own ``event_row``."""
    for index in range(EVENTS_PER_DOCUMENT):
        ev = gen.event(doc_id, title, index)
        row = event_row(ev, doc_id, title)
        yield row, ev.notes


def populate(store: Store, n_events: int, seed: int) -> float:
    """Insert ``n_events`` synthetic events in one transaction; seconds taken."""
    codes: dict[str, list[CameoCode]] = {}
    for code in all_codes():
        if not code.is_root:
            codes.setdefault(code.root, []).append(code)
    gen = Generator(random.Random(seed), codes)
    conn: sqlite3.Connection = store._conn
    conn.execute("PRAGMA cache_size=-262144")  # 256 MiB of page cache for the bulk load
    start = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    try:
        # The Store's own secondary indexes on events, dropped for the load and created
        # again from their stored SQL afterwards (one sort each instead of 1e6 inserts).
        indexes = [
            str(sql)
            for (sql,) in conn.execute(
                "SELECT sql FROM sqlite_master WHERE type='index' AND tbl_name='events' "
                "AND sql IS NOT NULL"
            )
        ]
        for sql in indexes:
            conn.execute("DROP INDEX " + sql.split()[2])
        for number in range(-(-n_events // EVENTS_PER_DOCUMENT)):
            title = f"Synthetic briefing {number}"
            doc_id = content_id(title)
            conn.execute(
                "INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?)",
                (doc_id, f"/synthetic/{number:07d}.txt", title, "[]", None, "txt", 0, "[]",
                 title, "2024-01-01T00:00:00+00:00"),
            )  # fmt: skip
            events: list[tuple[Any, ...]] = []
            notes: list[tuple[str, str, int]] = []
            for row, numbers in _rows(gen, doc_id, title):
                events.append(row)
                notes.extend((row[0], doc_id, n) for n in numbers)
            conn.executemany(EVENT_INSERT, events)
            conn.executemany("INSERT OR IGNORE INTO event_notes VALUES (?,?,?)", notes)
            if number % 1000 == 999:
                print(f"  {(number + 1) * EVENTS_PER_DOCUMENT} events ...", flush=True)
        for sql in indexes:
            conn.execute(sql)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return time.perf_counter() - start


# -- timing ---------------------------------------------------------------------------


@dataclass(slots=True)
class Result:
    name: str
    rows: int
    median_ms: float
    first_ms: float
    sql: list[str]


def measure(store: Store, name: str, fn: Callable[[], int], repeat: int) -> Result:
    """Run ``fn`` ``repeat`` times; keep the SQL it sent (from the first run)."""
    sql: list[str] = []
    conn: sqlite3.Connection = store._conn
    conn.set_trace_callback(sql.append)
    start = time.perf_counter()
    rows = fn()
    first = time.perf_counter() - start
    conn.set_trace_callback(None)
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return Result(name, rows, statistics.median(times) * 1000, first * 1000, sql)


def plan(store: Store, sql: str) -> list[str]:
    conn: sqlite3.Connection = store._conn
    return [str(row[-1]) for row in conn.execute("EXPLAIN QUERY PLAN " + sql)]


def queries(store: Store, year: str) -> list[tuple[str, Callable[[], int], int]]:
    """(name, query, repeat divisor): the heavy Python-side ones are run less often."""
    from dyadline.analysis import network, timeline

    def dyad_records() -> int:
        return len(store.events(dyad=("ISR", "AZE")))

    def dyad_timeline() -> int:
        return len(timeline(store.events(dyad=("ISR", "AZE")), dyad=("ISR", "AZE")))

    def year_stats() -> int:
        return len(store.dyad_stats(f"{year}-01-01", f"{year}-12-31"))

    def year_network() -> int:
        records = store.iter_events(date_from=f"{year}-01-01", date_to=f"{year}-12-31")
        return int(network(records, date_from=f"{year}-01", date_to=f"{year}-12").number_of_edges())

    def actor_page() -> int:
        return len(list(itertools.islice(store.iter_events(actor="IRN"), 100)))

    def actor_year() -> int:
        return len(store.events(actor="IRN", date_from=year, date_to=year))

    def actor_code_year() -> int:
        return len(store.events(actor="IRNMIL", date_from=year, date_to=year))

    return [
        ("dyad timeline", dyad_records, 1),
        ("dyad timeline + analysis.timeline", dyad_timeline, 1),
        ("network, one year", year_stats, 1),
        ("network, one year (analysis.network)", year_network, 4),
        ("actor IRN, first 100 by date", actor_page, 1),
        ("actor IRN, one year", actor_year, 2),
        ("actor IRNMIL, one year", actor_code_year, 1),
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time the analyst's queries on 1e6 events.")
    parser.add_argument("--events", type=int, default=1_000_000, help="events to generate")
    parser.add_argument("--repeat", type=int, default=20, help="timed runs per query")
    parser.add_argument("--db", type=Path, help="keep (or reuse) the database at this path")
    parser.add_argument("--year", default="2020", help="the year of the network query")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-plans", action="store_true", help="do not print query plans")
    parser.add_argument(
        "--analyze",
        action="store_true",
        help="run ANALYZE before timing (the Store itself never does; compare the plans)",
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="dyadline-query-") as tmp:
        path = args.db or Path(tmp) / "events.db"
        with Store(path) as store:
            stored = store.counts()["events"]
            if stored == 0:
                print(f"generating {args.events} events into {path} ...", flush=True)
                seconds = populate(store, args.events, args.seed)
                stored = store.counts()["events"]
                print(f"generated {stored} events in {seconds:.0f} s", flush=True)
            else:
                print(f"reusing {path}: {stored} events")
            if args.analyze:
                store._conn.execute("ANALYZE")
            size = path.stat().st_size / 2**20
            results = [
                measure(store, name, fn, max(1, args.repeat // div))
                for name, fn, div in queries(store, args.year)
            ]
        print(f"\n{stored} events, {size:.0f} MiB; median of {args.repeat} runs (heavy: fewer)")
        print(f"{'query':<40}{'rows':>8}{'median':>11}{'first':>11}  target")
        for r in results:
            target = TARGETS_MS.get(r.name)
            verdict = (
                ""
                if target is None
                else f"<= {target:.0f} ms " + ("ok" if r.median_ms <= target else "MISSED")
            )
            print(f"{r.name:<40}{r.rows:>8}{r.median_ms:>8.1f} ms{r.first_ms:>8.1f} ms  {verdict}")
        if not args.no_plans:
            with Store(path) as store:
                for r in results:
                    for sql in r.sql:
                        if sql.lstrip().upper().startswith("SELECT"):
                            print(f"\n[{r.name}] {' '.join(sql.split())[:300]}")
                            for line in plan(store, sql):
                                print(f"  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
