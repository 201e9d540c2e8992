"""Ingest on a Dask LocalCluster of 2 worker processes: same store as a local ingest,
a worker killed mid-run loses nothing, bad documents are reported and the rest lands."""

from __future__ import annotations

import io
import logging
import os
import shutil
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from dyadline import distributed as dyad_dask
from dyadline.cli import main
from dyadline.errors import DyadlineError
from dyadline.export import export
from dyadline.ingest import ingest
from dyadline.store import Store
from test_ingest import write_briefings

distributed = pytest.importorskip("distributed")

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
BRIEFINGS = 30


def jsonl(db: Path) -> str:
    out = io.StringIO()
    with Store(db) as store:
        export(store, "jsonl", out)
    return out.getvalue()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example briefings and 30 short ones of the ingest tests."""
    root = tmp_path_factory.mktemp("corpus")
    shutil.copytree(EXAMPLES, root / "examples")
    write_briefings(root / "briefings", BRIEFINGS)
    return root


@pytest.fixture(scope="module")
def local_export(corpus: Path, tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> str:
    db = tmp_path_factory.mktemp("local") / "local.db"
    summary = ingest([corpus], db, workers=1, nlp=nlp)
    assert summary.added == 5 + BRIEFINGS and summary.failed == []
    return jsonl(db)


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",  # any free port: 8787 may be taken
            silence_logs=logging.ERROR,
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


@pytest.fixture
def one_document_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Many small batches, so that both workers have some in flight at any time."""
    monkeypatch.setattr(dyad_dask, "BATCH_DOCS", 1)


def test_cli_ingest_on_local_cluster_gives_the_local_export(
    corpus: Path, local_export: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "cluster.db"
    assert main(["ingest", str(corpus), "--db", str(db), "--scheduler", "local:2"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{db}: {5 + BRIEFINGS} documents added, ")
    assert out.endswith("0 unchanged, 0 skipped, 0 failed\n")
    assert jsonl(db) == local_export
    # a second run finds everything stored and starts no cluster
    assert main(["ingest", str(corpus), "--db", str(db), "--scheduler", "local:2"]) == 0
    assert capsys.readouterr().out == (
        f"{db}: 0 documents added, 0 sentences, 0 events; {5 + BRIEFINGS} unchanged, "
        "0 skipped, 0 failed\n"
    )


def test_a_worker_killed_mid_run_loses_nothing(
    corpus: Path, local_export: str, tmp_path: Path, client: Any, one_document_batches: None
) -> None:
    client.wait_for_workers(2)
    pids_before = client.run(os.getpid)
    killed: list[tuple[int, int]] = []

    def kill_a_busy_worker(done: int, total: int, path: str) -> None:
        if killed or done < 3:
            return
        busy = [addr for addr, keys in client.processing().items() if keys]
        victim = busy[0] if busy else next(iter(pids_before))
        os.kill(pids_before[victim], signal.SIGKILL)
        killed.append((done, total))

    db = tmp_path / "killed.db"
    summary = ingest([corpus], db, scheduler=client, progress=kill_a_busy_worker)
    assert len(killed) == 1
    done_at_kill, total = killed[0]
    assert done_at_kill < total  # the worker died while documents were still in flight
    assert summary.failed == []
    assert summary.added == 5 + BRIEFINGS
    assert jsonl(db) == local_export
    client.wait_for_workers(2, timeout=60)
    assert set(client.run(os.getpid).values()) != set(pids_before.values())  # restarted


def test_bad_documents_are_reported_and_the_rest_lands(
    corpus: Path, local_export: str, tmp_path: Path, client: Any, one_document_batches: None
) -> None:
    mixed = tmp_path / "mixed"
    shutil.copytree(corpus, mixed)
    binary = mixed / "briefings" / "broken.txt"
    binary.write_bytes(b"not\x00text\x00at all")
    db = tmp_path / "mixed.db"
    summary = ingest([mixed], db, scheduler=client)
    failures = dict(summary.failed)
    assert sorted(failures) == [str(binary)]
    assert failures[str(binary)] == (
        f"{binary}: binary file (it contains NUL bytes), not text "
        "(convert it to .txt, .md, .html or .pdf first)"
    )
    assert summary.added == 5 + BRIEFINGS
    assert jsonl(db) == local_export


def test_scheduler_spec_is_checked_before_any_work() -> None:
    assert dyad_dask.parse_scheduler("local:3") == dyad_dask.SchedulerSpec(local_workers=3)
    assert dyad_dask.parse_scheduler("tcp://10.0.0.5:8786") == dyad_dask.SchedulerSpec(
        address="tcp://10.0.0.5:8786"
    )
    with pytest.raises(DyadlineError) as bad:
        dyad_dask.parse_scheduler("local:0")
    assert (
        str(bad.value)
        == "--scheduler: 'local:0' is not local:N with N >= 1 (e.g. --scheduler local:4)"
    )
    with pytest.raises(DyadlineError) as bad:
        dyad_dask.parse_scheduler("myhost:8786")
    assert str(bad.value) == (
        "--scheduler: 'myhost:8786' is neither a scheduler address nor local:N "
        "(give tcp://HOST:8786 (a running `dask scheduler`) or local:N)"
    )


def test_batches_are_bounded_by_size_and_count(monkeypatch: pytest.MonkeyPatch) -> None:
    from dyadline.model import Document

    monkeypatch.setattr(dyad_dask, "BATCH_CHARS", 100)
    monkeypatch.setattr(dyad_dask, "BATCH_DOCS", 3)
    docs = [Document(text="x" * n) for n in (60, 60, 10, 10, 10, 10, 200, 5)]
    sizes = [[len(d.text) for d in batch] for batch in dyad_dask.batches(iter(docs))]
    assert sizes == [[60, 60], [10, 10, 10], [10, 200], [5]]


def test_cli_reports_a_bad_scheduler_before_any_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "never.db"
    code = main(["ingest", str(EXAMPLES), "--db", str(db), "--scheduler", "local:zero"])
    assert code == 2
    assert capsys.readouterr().err == (
        "dyadline: --scheduler: 'local:zero' is not local:N with N >= 1 "
        "(e.g. --scheduler local:4)\n"
    )
    assert not db.exists()


def test_a_users_codebook_reaches_the_workers(tmp_path: Path, client: Any) -> None:
    """The codebook file exists only here: the workers get its text with the job."""
    book = tmp_path / "mine.tsv"
    book.write_text(
        "country\tsector\tkind\tname\taliases\trole\tstart\tend\n"
        "AZE\tGOV\torg\tCaspian Affairs Bureau\tCaspian Affairs Bureau\t\t\t\n",
        encoding="utf-8",
    )
    doc = tmp_path / "doc.txt"
    doc.write_text(
        "The Caspian Affairs Bureau signed an agreement with Turkey in May 2012.\n",
        encoding="utf-8",
    )
    db = tmp_path / "book.db"
    summary = ingest([doc], db, scheduler=client, codebooks=[str(book)])
    assert summary.failed == [] and summary.added == 1
    with Store(db) as store:
        [record] = store.events()
    assert (record["source"]["code"], record["source"]["name"], record["cameo"]) == (
        "AZEGOV",
        "Caspian Affairs Bureau",
        "057",
    )


def _log_lengths(dask_scheduler: Any) -> set[int | None]:
    streams = dask_scheduler.stream_comms.values()
    return {dask_scheduler.transition_log.maxlen} | {s.recent_message_log.maxlen for s in streams}


def test_an_ingests_cluster_keeps_short_debugging_logs() -> None:
    """Dask's logs of recent messages hold the tasks sent, documents included: with its
    default length the writer of a long run grew with the corpus (issue 12)."""
    import dask

    key = "distributed.admin.low-level-log-length"
    before = dask.config.get(key)
    with dyad_dask._Connection("local:1") as client:
        assert client.run_on_scheduler(_log_lengths) == {dyad_dask.LOW_LEVEL_LOG}
        assert client.scheduler_comm.recent_message_log.maxlen == dyad_dask.LOW_LEVEL_LOG
        assert client.run(lambda: dask.config.get(key)) == {
            addr: dyad_dask.LOW_LEVEL_LOG for addr in client.nthreads()
        }
    assert dask.config.get(key) == before


def _has_probe() -> bool:
    return "probe" in dyad_dask._LOADED


@pytest.mark.skipif(not dyad_dask.forks_workers(), reason="workers are spawned here")
def test_local_workers_start_with_the_pipeline_loaded_here(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(dyad_dask._LOADED, "probe", nlp)
    with dyad_dask._Connection("local:2") as client:
        assert set(client.run(_has_probe).values()) == {True}
