"""Document text is data: the terminal, CSV exports, ``-o`` and folder links."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from spacy.language import Language

from dyadline.cli import main
from dyadline.cli.terminal import visible
from dyadline.export import output_file, spreadsheet_safe
from dyadline.ingest import expand

ESC = "\x1b"
TITLE_SEQ = f"{ESC}]0;pwned\x07"
CLEAR_SEQ = f"{ESC}[2J"

MARKUP_DOC = (
    "Iran and Israel\n\n"
    "Israeli [/] forces attacked Iranian positions [sic] in Syria in March 2019.\n\n"
    f"{TITLE_SEQ} Iran condemned Israel {CLEAR_SEQ} in 2019.\n\n"
    "Iran condemned Israel [emphasis added] in 2020.¹\n\n"
    "Notes\n\n"
    f"1. Report [sic] by {TITLE_SEQ} the [link=https://evil.example]ministry[/link], 2020.\n"
)
FORMULA_DOC = (
    '=HYPERLINK("http://evil.example","x")\n\n'
    "@SUM(1) Iran condemned Israel in 2019.\n\n"
    "-Iran accused Israel of spying in 2020.\n"
)


@pytest.fixture
def hostile_db(nlp: Language, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    from dyadline.ingest import _pipeline

    _pipeline(None, ())
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "markup.txt").write_text(MARKUP_DOC)
    (docs / "formula.txt").write_text(FORMULA_DOC)
    db = str(tmp_path / "h.db")
    assert main(["ingest", str(docs), "--db", db, "--workers", "1"]) == 0
    monkeypatch.setenv("COLUMNS", "250")
    return db


def _cells(table_text: str) -> list[list[str]]:
    """The cells of each line of a rich table (box-drawing borders dropped)."""
    rows = []
    for line in table_text.splitlines():
        if line.startswith("│"):
            rows.append([c.strip() for c in line.strip("│").split("│")])
    return rows


def test_visible_escapes_controls_and_keeps_json_exact() -> None:
    text = f"a{CLEAR_SEQ}b\x9bc\u202ed\tok\n"
    assert visible(text) == "a\\u001b[2Jb\\u009bc\\u202ed\tok\n"
    assert visible(text, one_line=True) == "a\\u001b[2Jb\\u009bc\\u202ed\\u0009ok\\u000a"
    dumped = json.dumps({"s": text}, ensure_ascii=False)
    assert json.loads(visible(dumped)) == {"s": text}


def test_events_notes_timeline_print_document_text_as_text(
    hostile_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["events", "--db", hostile_db]) == 0
    events = capsys.readouterr().out
    assert ESC not in events
    rows = _cells(events)
    assert ["", "Israeli [/] forces", "", "Iranian positions", "", "", ""] in rows
    assert ["", "Iran", "", "Israel \\u001b[2J", "", "", ""] in rows

    assert main(["notes", "--db", hostile_db, "markup.txt"]) == 0
    notes = capsys.readouterr().out
    assert ESC not in notes
    rows = _cells(notes)
    assert rows[0] == [
        "1",
        "Report [sic] by \\u001b]0;pwned\\u0007 the [link=https://evil.example]ministry[/link], "
        "2020.",
        "s3: Iran condemned Israel [emphasis added] in 2020.",
    ]

    assert main(["timeline", "--db", hostile_db, "--sentences"]) == 0
    timeline = capsys.readouterr().out
    assert ESC not in timeline
    sentences = [line.strip() for line in timeline.splitlines() if line.startswith("    ")]
    assert "\\u001b]0;pwned\\u0007 Iran condemned Israel \\u001b[2J in 2019." in sentences
    assert "Israeli [/] forces attacked Iranian positions [sic] in Syria in March 2019." in (
        sentences
    )


def test_csv_export_neutralises_formulas_and_jsonl_stays_exact(
    hostile_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["export", "--db", hostile_db, "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    by_sentence = {r["sentence"]: r for r in rows}
    formula = by_sentence[
        '\'=HYPERLINK("http://evil.example","x") @SUM(1) Iran condemned Israel in 2019.'
    ]
    assert formula["goldstein"] == "-2.0"  # a number stays a number
    assert main(["export", "--db", hostile_db, "--format", "jsonl"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert '=HYPERLINK("http://evil.example","x") @SUM(1) Iran condemned Israel in 2019.' in {
        r["sentence"] for r in records
    }


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_spreadsheet_safe_prefixes_each_formula_start(start: str) -> None:
    row = {"a": f"{start}1+1", "b": "plain", "c": -3.5, "d": None}
    assert spreadsheet_safe(row) == {"a": f"'{start}1+1", "b": "plain", "c": -3.5, "d": None}


def test_output_keeps_mode_and_follows_symlink(tmp_path: Path) -> None:
    real = tmp_path / "real.csv"
    real.write_text("old")
    real.chmod(0o600)
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    with output_file(link) as out:
        out.write("new")
    assert link.is_symlink()
    assert real.read_text() == "new"
    assert stat.S_IMODE(real.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.csv", "real.csv"]


def test_output_writes_devices_and_fifos_in_place(tmp_path: Path) -> None:
    with output_file("/dev/null") as out:
        out.write("gone")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)

    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    got: list[str] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text()))
    reader.start()
    with output_file(fifo) as out:
        out.write("through the pipe")
    reader.join(5)
    assert got == ["through the pipe"]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe.csv"]


def test_output_temp_file_removed_on_sigterm(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("previous export")
    script = (
        "import sys, time\n"
        "from dyadline.export import output_file\n"
        f"with output_file({str(target)!r}) as out:\n"
        "    out.write('half'); out.flush(); print('ready', flush=True); time.sleep(30)\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline() == "ready\n"
    assert len(list(tmp_path.iterdir())) == 2  # the target and its temporary file
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(10) == 128 + signal.SIGTERM
    proc.stdout.close()
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]
    assert target.read_text() == "previous export"


def test_folder_links_outside_are_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "secret.txt"
    outside.write_text("Iran condemned Israel in 2019.\n")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "own.txt").write_text("Iran praised Israel in 2019.\n")
    (docs / "inner.txt").symlink_to(docs / "own.txt")
    (docs / "passwd.txt").symlink_to(outside)
    files, skipped, failed = expand([docs])
    assert [f.name for f in files] == ["inner.txt"]  # the same file as own.txt, sorted first
    assert skipped == 0
    assert failed == [
        (
            str(docs / "passwd.txt"),
            f"{docs / 'passwd.txt'}: a link to a file outside {docs} (not read; pass "
            "--follow-links to read it)",
        )
    ]
    files, _, failed = expand([docs], follow_links=True)
    assert sorted(f.name for f in files) == ["inner.txt", "passwd.txt"]
    assert failed == []


# -- hangs and unbounded reads ---------------------------------------------------------


def test_fifo_and_device_links_are_refused(tmp_path: Path) -> None:
    from dyadline.errors import ReadError
    from dyadline.read import read_document

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(ReadError) as err:
        read_document(fifo)
    assert str(err.value) == f"{fifo}: is a FIFO (named pipe), not a file (give a regular file)"
    zero = tmp_path / "zero.txt"
    zero.symlink_to("/dev/zero")
    with pytest.raises(ReadError) as err:
        read_document(zero)
    assert str(err.value) == f"{zero}: is a device, not a file (give a regular file)"


def test_size_cap_is_configurable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dyadline.errors import ReadError
    from dyadline.read import read_document

    big = tmp_path / "big.txt"
    big.write_text("Iran condemned Israel in 2019. " * 100_000)  # 3.1 MB
    monkeypatch.setenv("DYADLINE_MAX_FILE_MB", "1")
    with pytest.raises(ReadError) as err:
        read_document(big)
    assert str(err.value) == (
        f"{big}: file is too large (3 MB; the limit is 1 MB) (split it, or raise the limit "
        "with DYADLINE_MAX_FILE_MB)"
    )
    monkeypatch.setenv("DYADLINE_MAX_FILE_MB", "5")
    assert len(read_document(big).text) == 3_099_999


def test_file_changing_while_read_is_reread_or_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dyadline.errors import ReadError
    from dyadline.read import source

    path = tmp_path / "torn.txt"
    path.write_text("first version of the text\n")
    rewrites = {"left": 1}
    real_fdopen = os.fdopen

    class Torn:
        """A read that sees half the file while another program rewrites it."""

        def __init__(self, handle: io.BufferedReader) -> None:
            self.handle = handle

        def __enter__(self) -> Torn:
            return self

        def __exit__(self, *exc: object) -> None:
            self.handle.close()

        def read(self, n: int) -> bytes:
            data = self.handle.read(n)
            if not rewrites["left"]:
                return data
            rewrites["left"] -= 1
            path.write_text("second, longer version of the text\n")
            return data[: len(data) // 2]

    monkeypatch.setattr(source.os, "fdopen", lambda fd, mode: Torn(real_fdopen(fd, mode)))
    assert source.read_bytes(path) == b"second, longer version of the text\n"
    rewrites["left"] = 10
    with pytest.raises(ReadError) as err:
        source.read_bytes(path)
    assert str(err.value) == (
        f"{path}: the file kept changing while it was read (wait until it is fully "
        "written, then ingest it again)"
    )


def test_regex_bombs_read_in_linear_time() -> None:
    from dyadline.read import read_text
    from dyadline.read.build import _drop_code_blocks
    from dyadline.read.clean import strip_inline_markdown

    start = time.monotonic()
    assert read_text("*a " * 300_000, fmt="md").text == ("*a " * 300_000).strip()
    assert _drop_code_blocks("```a\n" * 40_000) == "```a\n" * 40_000
    assert time.monotonic() - start < 10
    # what the linear rewrite must still do
    assert strip_inline_markdown("**bold *it* bold** and _x_ ~~gone~~ \\*") == (
        "bold it bold and x gone *"
    )
    assert _drop_code_blocks("a\n```py\nx = 1\n```\nb") == "a\n\nb"


def test_nested_divs_and_xml_incompatible_entities_are_read() -> None:
    from dyadline.read import read_text

    sentence = "Iran condemned Israel in 2019 after the incident at the border crossing."
    nested = "<html><body>" + "<div>" * 50_000 + f"<p>{sentence}</p>" + "</div>" * 50_000
    assert read_text(nested, fmt="html").text == sentence
    bad = f"<html><body><p>{sentence[:-1]} &#0;&#x1;&#xFFFE; again.</p></body></html>"
    assert read_text(bad, fmt="html").text == sentence[:-1] + " again."


def test_clear_messages_for_odd_encodings_and_links(tmp_path: Path) -> None:
    from dyadline.errors import ReadError
    from dyadline.read import read_document, read_text

    utf16 = tmp_path / "u16.txt"
    utf16.write_bytes("Iran condemned Israel in 2019.".encode("utf-16-le"))
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    cases = {
        utf16: "looks like UTF-16 text without a byte order mark (re-save it as UTF-8, e.g. "
        "`iconv -f utf-16le -t utf-8 FILE > NEW`)",
        loop: "symlink loop (the link points back to itself) (fix the link)",
    }
    for path, message in cases.items():
        with pytest.raises(ReadError) as err:
            read_document(path)
        assert str(err.value) == f"{path}: {message}"
    with pytest.raises(ReadError) as err:
        read_text("a \udc80")
    assert str(err.value) == (
        "<txt text>: not Unicode text (a lone surrogate U+DC80 at offset 2) (decode the "
        "bytes with errors='replace', or fix the text)"
    )


def test_long_paragraphs_are_cut_at_sentence_ends(nlp: Language) -> None:
    from dyadline.annotate import MAX_BLOCK_CHARS, _chunked, annotate
    from dyadline.model import Block
    from dyadline.read import read_text

    text = "Iran condemned Israel in 2019. " * 2000 + "x" * 50_000
    text = text.strip()
    blocks, continued = _chunked(text, [Block(0, len(text))])
    assert all(b.end - b.start <= MAX_BLOCK_CHARS for b in blocks)
    assert "".join(text[b.start : b.end] for b in blocks).replace(" ", "") == text.replace(" ", "")
    assert continued == set(range(1, len(blocks)))
    assert text[blocks[0].end - 1] == "."  # the first cut is after a sentence
    paragraph = " ".join(f"Iran condemned Israel over item {i} in 2019." for i in range(1200))
    annotated = annotate(read_text(paragraph), nlp)
    assert len(annotated.sentences) == 1200
    assert len(annotated.events) == 1200


# -- kill -9 leaves no worker behind -----------------------------------------------------


def _session_members(sid: int) -> list[int]:
    """Pids of the live processes in session ``sid`` (from /proc)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat_line = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat_line.rsplit(")", 1)[1].split()
        if int(fields[3]) == sid and fields[0] != "Z":  # fields[3]: session id
            pids.append(int(entry.name))
    return pids


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_kill_9_during_pool_ingest_leaves_no_worker(tmp_path: Path) -> None:
    from test_ingest import write_briefings

    write_briefings(tmp_path / "docs", 16)
    db = tmp_path / "k.db"
    cmd = [sys.executable, "-m", "dyadline", "ingest", str(tmp_path / "docs")]
    proc = subprocess.Popen(
        [*cmd, "--db", str(db), "--workers", "2"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 90
    while len(_session_members(proc.pid)) < 3 and time.monotonic() < deadline:
        assert proc.poll() is None, "ingest ended before its workers started"
        time.sleep(0.1)
    assert len(_session_members(proc.pid)) >= 3  # the parent and two workers
    proc.kill()
    proc.wait(10)
    deadline = time.monotonic() + 5
    while _session_members(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _session_members(proc.pid) == []
