"""The command line: ingest/export/events/notes/demo, bad inputs, a killed ingest."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from spacy.language import Language

from dyadline.cli import main
from dyadline.ingest import ingest
from dyadline.store import Store
from test_ingest import write_briefings

CLI = [sys.executable, "-c", "import sys; from dyadline.cli import main; sys.exit(main())"]


@pytest.fixture
def warm(nlp: Language) -> Language:
    """Load the pipeline once and let in-process CLI runs reuse it."""
    from dyadline import ingest as ingest_module

    ingest_module._pipeline(None, ())  # cached: the CLI's ingest finds it loaded
    return nlp


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_ingest_export_events_notes(
    warm: Language, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_briefings(tmp_path / "docs", 3)
    db = str(tmp_path / "t.db")
    code, out, err = run(["ingest", str(tmp_path / "docs"), "--db", db, "--workers", "1"], capsys)
    assert code == 0, err
    assert "3 documents added" in out and "0 failed" in out

    code, out, _ = run(["ingest", str(tmp_path / "docs"), "--db", db, "--workers", "1"], capsys)
    assert code == 0 and "0 documents added" in out and "3 unchanged" in out

    target = tmp_path / "events.csv"
    code, _, err = run(["export", "--db", db, "--format", "csv", "-o", str(target)], capsys)
    assert code == 0 and "events written" in err
    assert target.read_text().startswith("event_id,doc_id,doc_title,")

    code, out, _ = run(["export", "--db", db, "--format", "jsonl"], capsys)
    assert code == 0
    assert all(json.loads(line)["event_id"] for line in out.splitlines())

    code, out, _ = run(["events", "--db", db, "--notes"], capsys)
    assert code == 0 and ("events" in out or "no events match" in out)

    code, out, _ = run(["notes", "--db", db, "b001.md"], capsys)
    assert code == 0
    assert "https://example.org/1" in out and "Example Wire" in out
    assert "s1:" in out or "s0:" in out  # the sentence citing the note is listed


def test_notes_lists_uncited_notes_from_the_audit(
    warm: Language, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    memo = tmp_path / "memo.md"
    memo.write_text(
        "# Memo\n\nGeorgia and Turkey opened a new border post in 2012.[^1]\n\n"
        "## Notes\n\n[^1]: Wire One, 2012. https://example.org/one\n"
        "[^2]: Wire Two, 2013. https://example.org/two\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "t.db")
    assert run(["ingest", str(memo), "--db", db, "--workers", "1"], capsys)[0] == 0
    code, out, _ = run(["notes", "--db", db, "memo.md"], capsys)
    assert code == 0
    assert "not cited" in out and "uncited" in out


def test_bad_inputs_give_one_line_each_and_the_batch_continues(
    warm: Language, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_briefings(tmp_path / "docs", 2)
    (tmp_path / "docs" / "empty.md").write_text("   \n")
    (tmp_path / "docs" / "blob.txt").write_bytes(b"\x00\x00\x00 binary")
    odd = tmp_path / "sheet.xlsx"
    odd.write_bytes(b"PK\x03\x04")
    db = str(tmp_path / "t.db")
    code, out, err = run(
        [
            "ingest",
            str(tmp_path / "docs"),
            str(odd),
            str(tmp_path / "gone.md"),
            "--db",
            db,
            "--workers",
            "1",
        ],
        capsys,
    )
    assert code == 1
    assert "2 documents added" in out and "4 failed" in out
    lines = err.strip().splitlines()
    for name in ("empty.md", "blob.txt", "sheet.xlsx", "gone.md"):
        [line] = [ln for ln in lines if name in ln]
        assert line.startswith("dyadline: ")
    assert "Traceback" not in err


def test_errors_are_one_line_without_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "none.db"
    code, _, err = run(["events", "--db", str(missing)], capsys)
    assert code == 2 and err.count("\n") == 1
    assert err.startswith(f"dyadline: {missing}: no such database")
    assert not missing.exists()  # reading commands never create a database

    junk = tmp_path / "junk.db"
    junk.write_text("plain words, not SQLite\n" * 100)
    code, _, err = run(["export", "--db", str(junk), "--format", "jsonl"], capsys)
    assert code == 2 and "not a dyadline database" in err and "Traceback" not in err

    good = tmp_path / "good.db"
    Store(good).close()
    code, _, err = run(["events", "--db", str(good), "--from", "May 2020"], capsys)
    assert code == 2 and err.startswith("dyadline: May 2020: --from is not a date")


def test_db_defaults_to_environment(
    warm: Language,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    write_briefings(tmp_path / "docs", 1)
    monkeypatch.setenv("DYADLINE_DB", str(tmp_path / "env.db"))
    code, _, _ = run(["ingest", str(tmp_path / "docs"), "--workers", "1"], capsys)
    assert code == 0 and (tmp_path / "env.db").exists()


def test_demo_builds_a_fresh_database(
    warm: Language,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    for _ in range(2):  # replaced on each run, never appended to
        code, out, _ = run(["demo"], capsys)
        assert code == 0
        assert "5 documents added" in out and "0 failed" in out
    with sqlite3.connect(tmp_path / "dyadline-demo.db") as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 5
        assert conn.execute("SELECT count(*) FROM notes").fetchone()[0] >= 5


def _documents(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.Error:
        return 0


def test_killed_ingest_leaves_a_consistent_db_that_a_rerun_completes(
    warm: Language, tmp_path: Path
) -> None:
    docs = tmp_path / "docs"
    write_briefings(docs, 60)
    db = tmp_path / "killed.db"
    argv = [*CLI, "ingest", str(docs), "--db", str(db), "--workers", "1"]
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while _documents(db) < 3 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "ingest finished before it could be killed"
    landed = _documents(db)
    assert 3 <= landed < 60

    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    rerun = subprocess.run(argv, capture_output=True, text=True, check=False)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{60 - landed} documents added" in rerun.stdout

    clean = tmp_path / "clean.db"
    ingest([docs], clean, workers=1, nlp=warm)
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    def exported(path: Path) -> str:
        out = subprocess.run(
            [*CLI, "export", "--db", str(path), "--format", "jsonl"],
            capture_output=True,
            text=True,
            check=True,
        )
        return out.stdout

    from test_ingest import dump

    assert dump(db)[:2] == dump(clean)[:2]  # same rows per table, same sentences
    assert exported(db) == exported(clean)
