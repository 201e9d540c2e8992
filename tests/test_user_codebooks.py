"""A user's own codebook files: actors and event patterns, told apart by header."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyadline.annotate import annotate
from dyadline.errors import CodebookError
from dyadline.nlp import load_pipeline, split_codebooks
from dyadline.read import read_text

ACTORS = (
    "country\tsector\tkind\tname\taliases\trole\tstart\tend\nKAZ\tGOV\torg\tAkorda\tAkorda\t\t\t\n"
)
PATTERNS = "trigger\tpos\trequires\ttarget\tcameo\tflags\nsnub\tV\t-\tobj\t111\t-\n"


def test_user_actor_and_pattern_files_are_both_used(tmp_path: Path) -> None:
    actors = tmp_path / "actors.tsv"
    patterns = tmp_path / "patterns.tsv"
    actors.write_text(ACTORS, encoding="utf-8")
    patterns.write_text(PATTERNS, encoding="utf-8")
    assert split_codebooks([str(actors), str(patterns)]) == ([str(actors)], [str(patterns)])

    nlp = load_pipeline(codebooks=[str(actors), str(patterns)])
    out = annotate(read_text("In 2019 the Akorda snubbed Georgia."), nlp)
    assert [
        (e.source.code, e.target.country if e.target else None, e.cameo) for e in out.events
    ] == [("KAZGOV", "GEO", "111")]


def test_a_file_of_neither_kind_is_refused_with_the_fix(tmp_path: Path) -> None:
    odd = tmp_path / "odd.tsv"
    odd.write_text("name\tcode\nX\tY\n", encoding="utf-8")
    with pytest.raises(CodebookError, match=r"odd\.tsv.*header row"):
        split_codebooks([str(odd)])
