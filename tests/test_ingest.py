"""Ingest: many files in, one consistent database out; bad files reported, not fatal."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from spacy.language import Language

from dyadline.errors import DyadlineError
from dyadline.export import export
from dyadline.ingest import expand, ingest
from dyadline.store import Store

PAIRS = [
    ("Georgia", "Turkey", "a rail link"),
    ("Armenia", "France", "air defence radars"),
    ("Azerbaijan", "Italy", "gas deliveries"),
    ("Iran", "Armenia", "a border crossing"),
    ("Russia", "Georgia", "trade quotas"),
    ("Kazakhstan", "Azerbaijan", "oil shipments across the Caspian"),
]


def briefing(i: int) -> str:
    """A small original briefing with a footnote, different for every ``i``."""
    a, b, topic = PAIRS[i % len(PAIRS)]
    year = 2001 + i % 20
    return (
        f"# Briefing {i}: {a} and {b}\n\n"
        f"In May {year} {a} signed an agreement with {b} on {topic}.[^1] "
        f"Officials from {b} visited the capital of {a} two months later.\n\n"
        f"{a} did not recognise the claims made by {b} about item {i}.\n\n"
        "## Notes\n\n"
        f"[^1]: Example Wire, report number {i}, {year}. https://example.org/{i}\n"
    )


def write_briefings(folder: Path, n: int, start: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + n):
        p = folder / f"b{i:03d}.md"
        p.write_text(briefing(i), encoding="utf-8")
        paths.append(p)
    return paths


def dump(db: Path) -> tuple[dict[str, int], list[tuple[str, int, str]], str]:
    """Row counts, all sentences (by path) and the JSONL export of a database."""
    import io

    with Store(db) as store:
        sentences = [
            (Path(d["path"]).name, s.index, s.text)
            for d in store.documents()
            for s in store.sentences(d["doc_id"])
        ]
        out = io.StringIO()
        export(store, "jsonl", out)
        return store.counts(), sentences, out.getvalue()


def test_ingest_directory_and_reingest_changes_nothing(nlp: Language, tmp_path: Path) -> None:
    write_briefings(tmp_path / "docs", 4)
    db = tmp_path / "t.db"
    seen: list[tuple[int, int]] = []
    summary = ingest(
        [tmp_path / "docs"], db, workers=1, nlp=nlp, progress=lambda d, t, p: seen.append((d, t))
    )
    assert (summary.added, summary.unchanged, summary.failed) == (4, 0, [])
    assert summary.sentences >= 12
    assert seen[-1] == (4, 4)
    counts, sentences, _ = dump(db)
    assert counts["documents"] == 4 and counts["notes"] == 4 and counts["markers"] == 4
    assert any(
        name == "b000.md" and "signed an agreement with Turkey" in text
        for name, _, text in sentences
    )

    again = ingest([tmp_path / "docs"], db, workers=1, nlp=nlp)
    assert (again.added, again.unchanged, again.sentences) == (0, 4, 0)
    assert dump(db)[:2] == (counts, sentences)


def test_changed_file_replaces_its_old_version(nlp: Language, tmp_path: Path) -> None:
    [path] = write_briefings(tmp_path / "docs", 1)
    db = tmp_path / "t.db"
    ingest([path], db, workers=1, nlp=nlp)
    before, _, _ = dump(db)
    path.write_text(briefing(0).replace("two months later", "the next week"), encoding="utf-8")
    summary = ingest([path], db, workers=1, nlp=nlp)
    assert summary.added == 1
    after, sentences, _ = dump(db)
    assert after["documents"] == 1 and after["sentences"] == before["sentences"]
    assert any("the next week" in text for _, _, text in sentences)
    assert not any("two months later" in text for _, _, text in sentences)


def test_bad_files_are_reported_and_the_rest_lands(nlp: Language, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    write_briefings(docs, 2)
    (docs / "empty.txt").write_text("")
    (docs / "binary.txt").write_bytes(b"\x00\x01\x02 not text \xff")
    (docs / "latin1.txt").write_bytes("Caf\u00e9 talks in Baku".encode("latin-1"))
    (docs / "scan.pdf").write_bytes(b"%PDF-1.4\nnot really a pdf\n")
    (docs / "table.ods").write_text("a,b\n1,2\n")  # unknown extension inside a directory
    odd = tmp_path / "memo.xyz"
    odd.write_text("Georgia and Turkey met.")
    summary = ingest([docs, odd, tmp_path / "missing.txt"], tmp_path / "t.db", workers=1, nlp=nlp)
    assert summary.added == 2
    assert summary.skipped == 1
    failed = dict(summary.failed)
    names = sorted(Path(p).name for p in failed)
    assert names == ["binary.txt", "empty.txt", "latin1.txt", "memo.xyz", "missing.txt", "scan.pdf"]
    for path, message in failed.items():
        assert Path(path).name in message  # every message names its file
    assert "empty" in failed[str(docs / "empty.txt")]
    assert "UTF-8" in failed[str(docs / "latin1.txt")]
    assert ".xyz" in failed[str(odd)]


def test_expand_globs_dedups_and_skips_hidden(tmp_path: Path) -> None:
    write_briefings(tmp_path / "a", 2)
    write_briefings(tmp_path / "a" / ".cache", 1, start=5)
    write_briefings(tmp_path / "b" / "deep", 1, start=7)
    files, skipped, missing = expand(
        [tmp_path / "a", str(tmp_path / "a" / "b000.md"), str(tmp_path / "**" / "*.md")]
    )
    assert [f.name for f in files] == ["b000.md", "b001.md", "b007.md"]
    assert skipped == 0 and missing == []
    _, _, missing = expand([str(tmp_path / "*.none")])
    assert missing and "no file matches" in missing[0][1]


def test_two_workers_give_the_same_database_as_one(nlp: Language, tmp_path: Path) -> None:
    write_briefings(tmp_path / "docs", 6)
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    ingest([tmp_path / "docs"], one, workers=1, nlp=nlp)
    summary = ingest([tmp_path / "docs"], two, workers=2)
    assert (summary.added, summary.failed) == (6, [])
    assert dump(one) == dump(two)
    with sqlite3.connect(two) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_reference_chapter_lands_with_its_notes(
    nlp: Language, chapter_path: Path, tmp_path: Path
) -> None:
    db = tmp_path / "t.db"
    summary = ingest([chapter_path], db, workers=1, nlp=nlp)
    assert summary.added == 1 and summary.failed == []
    counts, _, jsonl = dump(db)
    assert counts["notes"] == 26
    assert all(json.loads(line)["doc_id"] for line in jsonl.splitlines())


def test_bad_workers_and_codebooks_stop_the_run_before_any_work(tmp_path: Path) -> None:
    write_briefings(tmp_path / "docs", 1)
    db = tmp_path / "t.db"
    with pytest.raises(DyadlineError, match="needs at least one worker"):
        ingest([tmp_path / "docs"], db, workers=0)
    # a missing user codebook is reported even when no text would need annotating
    with pytest.raises(DyadlineError, match=r"nosuch\.tsv"):
        ingest([tmp_path / "nothing"], db, codebooks=[str(tmp_path / "nosuch.tsv")])
    assert not db.exists()
