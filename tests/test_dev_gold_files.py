"""The development golds under benchmarks/data hold what accuracy.py scores them on.

Each gold file (``../shared/gold/FORMAT.md``) is read with ``dyadline.evaluate.load_gold``
against its stories file: ids are unique, every record's sentence is a sentence of
its story's text, its trigger is words of that sentence, its root is the first two
digits of its CAMEO code and names a CAMEO root, and every record marked symmetric
is the reverse of another record of the same sentence. A hand edit that breaks one
of these would silently change the scores the closing notes quote.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from dyadline.cameo import cameo_info
from dyadline.errors import CodebookError
from dyadline.evaluate import load_gold

DATA = Path(__file__).resolve().parents[1] / "benchmarks" / "data"
SETS = [
    ("voa-tune-gold.jsonl", "voa-tune-10.jsonl"),
    ("voa-tune2-gold.jsonl", "voa-tune2-10.jsonl"),
    ("voa-check-gold.jsonl", "voa-check-10.jsonl"),
    ("voa-dev-gold.jsonl", "voa-dev-10.jsonl"),
]


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize(("gold", "stories"), SETS)
def test_gold_file_fits_its_stories(gold: str, stories: str) -> None:
    gold_path, stories_path = DATA / gold, DATA / stories
    if not gold_path.exists():
        pytest.skip(f"{gold} is not in this checkout")
    rows = _rows(gold_path)
    assert len(load_gold(gold_path)) == len(rows)
    texts = {str(s["id"]): _squash(str(s["text"])) for s in _rows(stories_path)}
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), f"{gold}: duplicate ids"
    bad = []
    for r in rows:
        sentence = _squash(r["sentence"])
        if r["story"] not in texts or sentence not in texts[r["story"]]:
            bad.append((r["id"], "sentence not in its story"))
        # a trigger may skip words with "..."
        pieces = [_squash(p).lower() for p in str(r.get("trigger") or "").split("...")]
        if any(p and p not in sentence.lower() for p in pieces):
            bad.append((r["id"], "trigger not in its sentence"))
        try:
            cameo_info(r["cameo"])
        except CodebookError:
            bad.append((r["id"], f"code {r['cameo']} is no CAMEO code"))
        if r["root"] != r["cameo"][:2]:
            bad.append((r["id"], f"root {r['root']} of code {r['cameo']}"))
    assert bad == []
    plain = {(r["story"], r["sentence_no"], r["source"], r["target"], r["cameo"]) for r in rows}
    unmatched = [
        r["id"]
        for r in rows
        if r.get("symmetric")
        and (r["story"], r["sentence_no"], r["target"], r["source"], r["cameo"]) not in plain
    ]
    assert unmatched == []
