"""A table of hostile inputs, each run through the real command line under a time limit.

Three kinds of run, all subprocesses (a hang is a timeout, and fails the case):

- one ``dyadline ingest`` batch of every hostile file next to good ones: each bad
  file gives exactly one ``dyadline: <file>: ...`` line on stderr, the readable
  ones (odd but valid) are stored with the good ones, the exit code is 1;
- a reader harness that reads the inputs that are too large to annotate in a
  test (regex bombs, a 5 MB line) with a per-file alarm;
- one command per database or codebook case (damaged, locked, read-only, full
  disk, another program's file ...): one line, exit code 2, nothing else printed.

The subprocesses run concurrently, so the whole table costs about its slowest run.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from test_ingest import write_briefings

SRC = Path(__file__).resolve().parents[2] / "src"
TIMEOUT = 150  # seconds for the slowest run (the batch loads spaCy and annotates)


@dataclass
class Run:
    argv: list[str]
    env: dict[str, str] = field(default_factory=dict)
    prelude: str = ""  # Python run before the CLI (a simulated full disk ...)
    code: int = 0
    stdout: str = ""
    stderr: str = ""
    timed_out: bool = False


def _run(run: Run) -> Run:
    script = run.prelude + "\nimport sys\nfrom dyadline.cli import main\nsys.exit(main())\n"
    env = {**os.environ, "PYTHONPATH": f"{SRC}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    env.update(run.env)
    try:
        done = subprocess.run(
            [sys.executable, "-c", script, *run.argv],
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            env=env,
        )
    except subprocess.TimeoutExpired:
        run.timed_out = True
        return run
    run.code, run.stdout, run.stderr = done.returncode, done.stdout, done.stderr
    return run


# -- the ingest batch ------------------------------------------------------------------

SENTENCE = "Iran condemned Israel over the border incident in 2019."


def _say(tag: str) -> str:
    """A sentence of its own for each file (the same text twice is one document)."""
    return f"Iran condemned Israel over the {tag} incident in 2019."


def _pdf(filter_name: str) -> bytes:
    """A one-page PDF whose content stream claims the filter ``filter_name``."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>",
        b"<< /Length 4 /Filter /" + filter_name.encode() + b" >>\nstream\nxxxx\nendstream",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    trailer = f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out + trailer.encode()


def _write(path: Path, data: str | bytes) -> Path:
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


# name -> (builder(folder) -> path given to ingest, expected line after "dyadline: <path>: "
# or None when only the prefix is checked (the PDF reader is another module's))
Failing = Callable[[Path], Path]
FAILING: dict[str, tuple[Failing, str | None]] = {
    "fifo": (
        lambda d: (os.mkfifo(d / "pipe.txt"), d / "pipe.txt")[1],
        "is a FIFO (named pipe), not a file (give a regular file)",
    ),
    "dev-zero-link": (
        lambda d: ((d / "zero.txt").symlink_to("/dev/zero"), d / "zero.txt")[1],
        "is a device, not a file (give a regular file)",
    ),
    "dev-null-link": (
        lambda d: ((d / "null.md").symlink_to("/dev/null"), d / "null.md")[1],
        "is a device, not a file (give a regular file)",
    ),
    "symlink-loop": (
        lambda d: ((d / "loop.txt").symlink_to(d / "loop.txt"), d / "loop.txt")[1],
        "symlink loop (the link points back to itself) (fix the link)",
    ),
    "broken-link": (
        lambda d: ((d / "broken.txt").symlink_to(d / "gone.txt"), d / "broken.txt")[1],
        None,  # names the link target, which holds the temporary folder
    ),
    "empty": (
        lambda d: _write(d / "empty.txt", b""),
        "file is empty (give a file that contains the document's text)",
    ),
    "only-whitespace": (
        lambda d: _write(d / "blank.md", " \n\t\n  \n"),
        "file holds only whitespace (give a file with the document's text)",
    ),
    "binary": (
        lambda d: _write(d / "data.txt", bytes(range(256)) * 4),
        "binary file (it contains NUL bytes), not text (convert it to .txt, .md, .html or "
        ".pdf first)",
    ),
    "utf16-without-bom": (
        lambda d: _write(d / "u16.txt", SENTENCE.encode("utf-16-le")),
        "looks like UTF-16 text without a byte order mark (re-save it as UTF-8, e.g. "
        "`iconv -f utf-16le -t utf-8 FILE > NEW`)",
    ),
    "cp1252": (
        lambda d: _write(d / "latin.txt", "Caf\u00e9 talks in 2019.".encode("cp1252")),
        "not UTF-8 text (byte 0xe9 at offset 3) (re-save the file as UTF-8, e.g. "
        "`iconv -f cp1252 -t utf-8 FILE > NEW`)",
    ),
    "broken-utf16": (
        lambda d: _write(d / "bad16.txt", b"\xff\xfe" + "ab".encode("utf-16-le") + b"\x00"),
        "broken UTF-16 text (re-save the file as UTF-8)",
    ),
    "unknown-extension": (
        lambda d: _write(d / "notes.xyz", SENTENCE),
        None,  # lists the supported extensions, which other readers extend
    ),
    "too-large": (
        lambda d: _write(d / "huge.txt", (SENTENCE + " ") * 22_000),
        "file is too large (1 MB; the limit is 1 MB) (split it, or raise the limit with "
        "DYADLINE_MAX_FILE_MB)",
    ),
    "only-code-fences": (
        lambda d: _write(d / "fences.md", "```a\n" * 40_000),
        "no text found in the file (check the file is not empty)",
    ),
    "script-only-html": (
        lambda d: _write(d / "script.html", "<html><body><script>var x;</script></body></html>"),
        "no main text found in the HTML page (save the article itself (not an index or a "
        "script-only page) as HTML or text)",
    ),
    "text-named-pdf": (lambda d: _write(d / "fake.pdf", SENTENCE), None),
    "pdf-unsupported-filter": (lambda d: _write(d / "filter.pdf", _pdf("FooDecode")), None),
    "truncated-pdf": (lambda d: _write(d / "cut.pdf", _pdf("FlateDecode")[:120]), None),
}
MISSING: dict[str, tuple[str, str]] = {
    # name -> (argument given, the whole expected line after "dyadline: ")
    "missing-file": ("{d}/absent.txt", "{d}/absent.txt: no such file or directory"),
    "glob-matching-nothing": ("{d}/nomatch*.txt", "{d}/nomatch*.txt: no file matches this pattern"),
}

READABLE: dict[str, Callable[[Path], Path]] = {
    # odd but valid inputs: stored with the good ones
    "markup-and-controls": lambda d: _write(
        d / "markup.txt",
        "Israeli [/] forces [sic] attacked Iranian positions in 2019. \x1b]0;x\x07"
        "Iran condemned Israel [link=https://evil.example]x[/link] \x1b[2J in 2020.\n",
    ),
    "csv-formula": lambda d: _write(
        d / "formula.txt", f'=HYPERLINK("http://e.example")\n\n@{_say("formula")}\n'
    ),
    "emphasis-bomb-small": lambda d: _write(d / "stars.md", "*a " * 2_000 + "\n\n" + _say("stars")),
    "unclosed-fences-and-text": lambda d: _write(
        d / "fenced.md", "```a\n" * 5_000 + "\n" + _say("fence")
    ),
    "nested-divs": lambda d: _write(
        d / "nested.html", "<html><body>" + "<div>" * 50_000 + f"<p>{_say('nested')}</p>"
    ),
    "xml-incompatible-entities": lambda d: _write(
        d / "entities.html", "<html><body><p>Iran &#0;&#x1;&#xFFFE; condemned Israel in 2019.</p>"
    ),
    "crlf-and-bom": lambda d: _write(
        d / "crlf.txt", ("\ufeff" + _say("crlf") + "\r\n\r\n").encode()
    ),
    "utf16-with-bom": lambda d: _write(
        d / "bom16.txt", ("\ufeff" + _say("bom")).encode("utf-16-le")
    ),
    "long-line-over-block-limit": lambda d: _write(
        d / "longline.txt",
        " ".join(f"Iran condemned Israel over item {i} in 2019." for i in range(500)),
    ),
    "invisible-characters": lambda d: _write(
        d / "invisible.txt", "Iran\u200b condemned\u00ad Israel\u2060 in 2019.\u202e\n"
    ),
}


@dataclass
class Batch:
    run: Run
    lines: dict[str, str]  # case name -> expected exact stderr line ("" : prefix only)
    prefixes: dict[str, str]
    stored: int
    db: Path


def _batch(tmp: Path) -> tuple[Batch, Run]:
    d = tmp / "batch"
    d.mkdir()
    good = write_briefings(d, 2)
    lines: dict[str, str] = {}
    prefixes: dict[str, str] = {}
    argv = ["ingest", *map(str, good)]
    for name, (build, message) in FAILING.items():
        path = build(d)
        argv.append(str(path))
        prefixes[name] = f"dyadline: {path}: "
        lines[name] = f"dyadline: {path}: {message}" if message else ""
    for name, (given, line) in MISSING.items():
        argv.append(given.format(d=d))
        prefixes[name] = ""
        lines[name] = "dyadline: " + line.format(d=d)
    links = d / "linked"
    links.mkdir()
    _write(links / "own.txt", SENTENCE)
    (links / "passwd.txt").symlink_to(tmp / "secret.txt")
    _write(tmp / "secret.txt", "Iran praised Israel in 2019.")
    argv.append(str(links))
    lines["link-out-of-folder"] = (
        f"dyadline: {links / 'passwd.txt'}: a link to a file outside {links} (not read; "
        "pass --follow-links to read it)"
    )
    prefixes["link-out-of-folder"] = ""
    (d / "nodocs").mkdir()
    _write(d / "nodocs" / "image.png", b"\x89PNG")
    argv.append(str(d / "nodocs"))
    lines["folder-without-documents"] = (
        f"dyadline: {d / 'nodocs'}: no documents in this folder (dyadline reads "
    )
    prefixes["folder-without-documents"] = lines["folder-without-documents"]
    lines["folder-without-documents"] = ""
    for build_ok in READABLE.values():
        argv.append(str(build_ok(d)))
    db = tmp / "batch.db"
    argv += ["--db", str(db), "--workers", "1"]
    run = Run(argv, env={"DYADLINE_MAX_FILE_MB": "1", "COLUMNS": "200"}, code=-1)
    stored = len(good) + 1 + len(READABLE)  # own.txt in the linked folder
    return Batch(run, lines, prefixes, stored, db), run


# -- the reader harness ----------------------------------------------------------------

HARNESS = textwrap.dedent(
    """
    import json, signal, sys, time
    from dyadline.annotate import MAX_BLOCK_CHARS, _blocks, _chunked
    from dyadline.errors import DyadlineError
    from dyadline.read import read_document

    def hang(signum, frame):
        raise TimeoutError
    signal.signal(signal.SIGALRM, hang)
    for path in sys.argv[1:]:
        start = time.monotonic()
        signal.alarm(20)
        try:
            doc = read_document(path)
            blocks, _ = _chunked(doc.text, _blocks(doc))
            out = {"chars": len(doc.text), "longest": max(b.end - b.start for b in blocks)}
        except DyadlineError as exc:
            out = {"error": str(exc)}
        except TimeoutError:
            out = {"error": "HANG"}
        signal.alarm(0)
        out["seconds"] = round(time.monotonic() - start, 2)
        print(json.dumps({"path": path, **out}), flush=True)
    """
)
HEAVY: dict[str, Callable[[Path], Path]] = {
    "emphasis-bomb-900k": lambda d: _write(d / "bomb.md", "*a " * 300_000),
    "underscore-bomb": lambda d: _write(d / "under.md", "_a " * 300_000),
    "strike-bomb": lambda d: _write(d / "strike.md", "~~a " * 200_000),
    "link-bomb": lambda d: _write(d / "links.md", "[a](" * 200_000),
    "five-mb-line": lambda d: _write(d / "line.txt", "Iran condemned Israel " + "x" * 5_000_000),
    "five-mb-sentence": lambda d: _write(d / "sentence.txt", "Iran and Israel talked " * 220_000),
}


# -- database and codebook cases -------------------------------------------------------


def _damaged_db(tmp: Path) -> Path:
    from dyadline.store import Store

    db = tmp / "damaged.db"
    Store(db).close()
    data = bytearray(db.read_bytes())
    data[4096:] = b"\x5a" * (len(data) - 4096)
    db.write_bytes(bytes(data))
    return db


FULL_DISK = textwrap.dedent(
    """
    import sqlite3
    from dyadline.store import Store
    def full(self, annotated):
        raise sqlite3.OperationalError("database or disk is full")
    Store._insert = full
    """
)
READ_ONLY = textwrap.dedent(
    """
    import sqlite3
    from dyadline import store
    _connect = sqlite3.connect
    def read_only(path, **kw):
        return _connect(f"file:{path}?mode=ro", uri=True, **kw)
    store.sqlite3.connect = read_only
    """
)


def _commands(tmp: Path, good: Path) -> dict[str, tuple[Run, str]]:
    """name -> (run, expected one stderr line); every one exits 2 and prints nothing else."""
    from dyadline.store import Store

    damaged = _damaged_db(tmp)
    broken_msg = (
        f"dyadline: {damaged}: the database file is damaged (database disk image is "
        "malformed) (restore a backup, or recover it with `sqlite3 FILE .recover | sqlite3 "
        "NEW.db`)"
    )
    cases: dict[str, tuple[Run, str]] = {}
    for command in (
        ["events"],
        ["export", "--format", "csv"],
        ["notes"],
        ["timeline"],
        ["network"],
        ["claims"],
        ["precedes", "IRN->ISR conflict", "ISR->IRN conflict"],
        ["report", "-o", str(tmp / "r.html")],
        ["ingest", str(good)],
    ):
        cases[f"damaged-db-{command[0]}"] = (Run([*command, "--db", str(damaged)]), broken_msg)

    zero = _write(tmp / "zero.db", b"")
    cases["zero-byte-db"] = (
        Run(["ingest", str(good), "--db", str(zero)]),
        f"dyadline: {zero}: is an empty file, not a dyadline database (delete it, or pass "
        "--db with a dyadline database or a new file name)",
    )
    other = tmp / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("PRAGMA application_id=1234")
    cases["other-application-db"] = (
        Run(["ingest", str(good), "--db", str(other)]),
        f"dyadline: {other}: is an SQLite database but not a dyadline one (pass --db with "
        "a dyadline database or a new file name)",
    )
    text_db = _write(tmp / "notes.db", "just some text, not a database at all\n" * 40)
    cases["text-file-as-db"] = (
        Run(["events", "--db", str(text_db)]),
        f"dyadline: {text_db}: not a dyadline database (the file is not SQLite) (pass --db "
        "with a dyadline database or a new file name)",
    )
    fine = tmp / "fine.db"
    Store(fine).close()
    cases["disk-full-during-ingest"] = (
        Run(["ingest", str(good), "--db", str(fine), "--workers", "1"], prelude=FULL_DISK),
        f"dyadline: {fine}: the disk is full (the document being written was not stored) "
        "(free some space, then run the same command again)",
    )
    ro = tmp / "ro.db"
    Store(ro).close()
    cases["read-only-db"] = (
        Run(["ingest", str(good), "--db", str(ro), "--workers", "1"], prelude=READ_ONLY),
        f"dyadline: {ro}: cannot write the database (it or its folder is read-only) (make "
        "it writable, or pass --db with another file)",
    )
    long_field = _write(
        tmp / "long.tsv",
        "country\tsector\tname\tpattern\n# x\nIRN\t\tIran\t" + "x" * 200_000 + "\n",
    )
    bad_header = _write(tmp / "header.tsv", "name\tcode\nIran\tIRN\n")
    latin = _write(
        tmp / "latin.tsv", "country\tsector\tname\tpattern\nIRN\t\tCaf\xe9\tx\n".encode("latin-1")
    )
    missing = tmp / "absent.tsv"
    for name, book, line in (
        (
            "codebook-field-over-128k",
            long_field,
            f"{long_field}:3: malformed row (field larger than field limit (131072)) "
            "(fix the row or remove it)",
        ),
        (
            "codebook-bad-header",
            bad_header,
            f"{bad_header}: header row is neither an actor file's nor a pattern file's "
            "(start it with 'country<TAB>sector<TAB>...' or 'trigger<TAB>pos<TAB>...',"
            " or give a PETRARCH-2 verb or actor dictionary)",
        ),
        ("codebook-not-utf8", latin, ""),
        ("codebook-missing", missing, ""),
    ):
        run = Run(["ingest", str(good), "--db", str(tmp / f"{name}.db"), "--codebook", str(book)])
        cases[name] = (run, f"dyadline: {line}" if line else f"dyadline: {book}: ")
    return cases


@dataclass
class Results:
    batch: Batch
    heavy: dict[str, dict[str, object]]
    commands: dict[str, tuple[Run, str]]
    locked: tuple[Run, str]
    torn: list[str]


def _locked(tmp: Path, good: Path) -> tuple[Callable[[], Run], str]:
    from dyadline.store import Store

    db = tmp / "locked.db"
    Store(db).close()

    def go() -> Run:
        holder = sqlite3.connect(db, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")  # another process holds the write lock
        try:
            return _run(
                Run(
                    ["ingest", str(good), "--db", str(db), "--workers", "1"],
                    env={"DYADLINE_DB_TIMEOUT": "1"},
                )
            )
        finally:
            holder.execute("ROLLBACK")
            holder.close()

    return go, (
        f"dyadline: {db}: the database is locked by another process (waited 1 s) (wait for "
        "the other dyadline command to finish, then run again)"
    )


def _torn_reads(tmp: Path) -> list[str]:
    """Read a file 40 times while another thread rewrites it; every read is a whole
    version or a refusal, never a torn mix."""
    from dyadline.errors import ReadError
    from dyadline.read.source import read_bytes

    path = tmp / "rewritten.txt"
    versions = [(chr(65 + i) * 300_000 + "\n").encode() for i in range(4)]
    path.write_bytes(versions[0])
    stop = threading.Event()

    def writer() -> None:
        i = 0
        while not stop.is_set():
            i += 1
            with path.open("wb") as out:
                data = versions[i % 4]
                out.write(data[:150_000])
                out.flush()
                out.write(data[150_000:])

    thread = threading.Thread(target=writer)
    thread.start()
    seen = []
    try:
        for _ in range(40):
            try:
                data = read_bytes(path)
            except ReadError as exc:
                seen.append(exc.problem)
            else:
                seen.append("whole" if data in versions else f"torn ({len(data)} bytes)")
    finally:
        stop.set()
        thread.join()
    return seen


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> Results:
    tmp = tmp_path_factory.mktemp("hostile")
    batch, batch_run = _batch(tmp)
    heavy_dir = tmp / "heavy"
    heavy_dir.mkdir()
    heavy_paths = {name: build(heavy_dir) for name, build in HEAVY.items()}
    good = write_briefings(tmp / "good", 1)[0]
    commands = _commands(tmp, good)
    lock_go, lock_line = _locked(tmp, good)
    harness = Run([])

    def run_harness() -> Run:
        env = {**os.environ, "PYTHONPATH": str(SRC)}
        try:
            done = subprocess.run(
                [sys.executable, "-c", HARNESS, *map(str, heavy_paths.values())],
                capture_output=True,
                text=True,
                timeout=TIMEOUT,
                env=env,
            )
            harness.stdout, harness.code = done.stdout, done.returncode
        except subprocess.TimeoutExpired:
            harness.timed_out = True
        return harness

    with ThreadPoolExecutor(max_workers=6) as pool:
        futures = [pool.submit(_run, batch_run), pool.submit(run_harness), pool.submit(lock_go)]
        futures += [pool.submit(_run, run) for run, _ in commands.values()]
        torn = _torn_reads(tmp)
        done = [f.result() for f in futures]
    by_path = {json.loads(line)["path"]: json.loads(line) for line in harness.stdout.splitlines()}
    heavy = {name: by_path.get(str(p), {"error": "no result"}) for name, p in heavy_paths.items()}
    return Results(batch, heavy, commands, (done[2], lock_line), torn)


# -- the table -------------------------------------------------------------------------

BATCH_FAILING = [*FAILING, *MISSING, "link-out-of-folder", "folder-without-documents"]


def test_batch_exit_code_and_stored_documents(results: Results) -> None:
    batch = results.batch
    assert not batch.run.timed_out
    assert batch.run.code == 1
    errors = batch.run.stderr.splitlines()
    assert len(errors) == len(BATCH_FAILING), batch.run.stderr
    with sqlite3.connect(batch.db) as conn:
        stored = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    assert stored == batch.stored
    assert batch.run.stdout.startswith(f"{batch.db}: {batch.stored} documents added, ")


@pytest.mark.parametrize("name", BATCH_FAILING)
def test_bad_file_is_one_line(results: Results, name: str) -> None:
    batch = results.batch
    assert not batch.run.timed_out
    errors = batch.run.stderr.splitlines()
    expected = batch.lines[name]
    if expected:
        assert errors.count(expected) == 1, batch.run.stderr
    else:
        assert sum(line.startswith(batch.prefixes[name]) for line in errors) == 1, batch.run.stderr


@pytest.mark.parametrize("name", list(READABLE))
def test_odd_but_valid_file_is_stored(results: Results, name: str) -> None:
    batch = results.batch
    with sqlite3.connect(batch.db) as conn:
        paths = {Path(p).name for (p,) in conn.execute("SELECT path FROM documents")}
    expected = {
        "markup-and-controls": "markup.txt",
        "csv-formula": "formula.txt",
        "emphasis-bomb-small": "stars.md",
        "unclosed-fences-and-text": "fenced.md",
        "nested-divs": "nested.html",
        "xml-incompatible-entities": "entities.html",
        "crlf-and-bom": "crlf.txt",
        "utf16-with-bom": "bom16.txt",
        "long-line-over-block-limit": "longline.txt",
        "invisible-characters": "invisible.txt",
    }[name]
    assert expected in paths
    assert not any(
        line.startswith(f"dyadline: {expected}") for line in batch.run.stderr.splitlines()
    )


@pytest.mark.parametrize("name", list(HEAVY))
def test_heavy_input_is_read_in_time(results: Results, name: str) -> None:
    from dyadline.annotate import MAX_BLOCK_CHARS

    got = results.heavy[name]
    assert "error" not in got, got
    assert float(got["seconds"]) < 20  # type: ignore[arg-type]
    assert 0 < int(got["longest"]) <= MAX_BLOCK_CHARS  # type: ignore[call-overload]


@pytest.mark.parametrize(
    "name",
    [
        "damaged-db-events",
        "damaged-db-export",
        "damaged-db-notes",
        "damaged-db-timeline",
        "damaged-db-network",
        "damaged-db-claims",
        "damaged-db-precedes",
        "damaged-db-report",
        "damaged-db-ingest",
        "zero-byte-db",
        "other-application-db",
        "text-file-as-db",
        "disk-full-during-ingest",
        "read-only-db",
        "codebook-field-over-128k",
        "codebook-bad-header",
        "codebook-not-utf8",
        "codebook-missing",
    ],
)
def test_database_and_codebook_cases_are_one_line_exit_2(results: Results, name: str) -> None:
    run, line = results.commands[name]
    assert not run.timed_out
    assert run.code == 2, run.stderr
    errors = run.stderr.splitlines()
    assert len(errors) == 1, run.stderr
    assert errors[0] == line if not line.endswith(": ") else errors[0].startswith(line)


def test_locked_database_is_one_line_exit_2(results: Results) -> None:
    run, line = results.locked
    assert not run.timed_out
    assert (run.code, run.stderr.splitlines()) == (2, [line])


def test_file_rewritten_while_read_is_never_stored_torn(results: Results) -> None:
    # an empty moment between truncation and writing is refused as empty, not stored
    allowed = {"whole", "the file kept changing while it was read", "file is empty"}
    assert set(results.torn) <= allowed, results.torn
    assert len(results.torn) == 40


def test_real_full_disk_on_a_small_tmpfs(tmp_path: Path) -> None:
    """Where a tmpfs can be mounted (root), the full disk is real, not simulated."""
    mount = tmp_path / "small"
    mount.mkdir()
    if (
        os.geteuid() != 0
        or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=300k", "tmpfs", str(mount)], capture_output=True
        ).returncode
    ):
        pytest.skip("cannot mount a tmpfs here (the simulated full disk above still runs)")
    try:
        text = "\n\n".join(
            " ".join(f"In 2003 Iran condemned Israel over item {i + j}." for j in range(40))
            for i in range(0, 400, 40)
        )
        doc = _write(tmp_path / "fill.txt", text)
        db = mount / "full.db"
        run = _run(Run(["ingest", str(doc), "--db", str(db), "--workers", "1"]))
        assert not run.timed_out
        assert (run.code, run.stderr.splitlines()) == (
            2,
            [
                f"dyadline: {db}: the disk is full (the document being written was not "
                "stored) (free some space, then run the same command again)"
            ],
        )
    finally:
        subprocess.run(["umount", str(mount)], check=False)
