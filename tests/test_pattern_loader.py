"""The pattern loader's validation: unknown flags, undocumented target kinds, unknown
CAMEO codes and a key given twice with different codes are refused, naming file and
line. The rows are the test author's own."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyadline.codebook import packaged_text, read_user_tsv_numbered
from dyadline.coder.patterns import PACKAGED_FILES, load_index, packaged_patterns
from dyadline.errors import CodebookError

HEADER = "trigger\tpos\trequires\ttarget\tcameo\tflags\n"


def write(tmp_path: Path, *rows: str) -> str:
    path = tmp_path / "mine.tsv"
    path.write_text("# my patterns\n" + HEADER + "".join(r + "\n" for r in rows), "utf-8")
    return str(path)


def test_packaged_pattern_files_pass_their_own_validation() -> None:
    rows = 0
    for name in PACKAGED_FILES:
        lines = packaged_text(name).splitlines()
        rows += sum(1 for ln in lines if ln.strip() and not ln.startswith("#")) - 1
    assert len(packaged_patterns()) == rows


def test_a_valid_user_file_loads_its_rows_first(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "stonewall\tV\t-\tobj\t111\t-",
        "stonewall\tV\tobj=envoy\tprep:to|with\t1411\tsym,notarget",
    )
    index = load_index([path])
    assert [(p.cameo, p.targets, p.symmetric) for p in index.candidates("V", "stonewall")] == [
        ("1411", ("prep:to", "prep:with"), True),
        ("111", ("obj",), False),
    ]


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("stonewall\tV\t-\tobj\t111\tsym,loud", "mine.tsv:4: unknown flag 'loud'"),
        ("stonewall\tV\t-\tprep:at|loc\t111\t-", "mine.tsv:4: undocumented target kind 'loc'"),
        ("stonewall\tV\t-\tobject\t111\t-", "mine.tsv:4: undocumented target kind 'object'"),
        ("stonewall\tV\t-\tprep\t111\t-", "mine.tsv:4: undocumented target kind 'prep'"),
        ("stonewall\tV\t-\ttree:of\t111\t-", "mine.tsv:4: undocumented target kind 'tree:of'"),
        ("stonewall\tV\t-\tobj\t999\t-", "mine.tsv:4: unknown CAMEO code '999'"),
        ("stonewall\tX\t-\tobj\t111\t-", "mine.tsv:4: bad pattern row"),
        (
            "stonewall at once\tV\t-\tobj\t111\t-",
            "mine.tsv:4: trigger 'stonewall at once' has more",
        ),
        ("stonewall\tV\t-\tobj\t111", "mine.tsv:4: row does not have the 6 tab-separated columns"),
    ],
)
def test_a_bad_row_names_file_and_line(tmp_path: Path, row: str, message: str) -> None:
    path = write(tmp_path, "rebuff\tV\t-\tobj\t120\t-", row)
    with pytest.raises(CodebookError, match=message):
        load_index([path])


def test_a_key_given_twice_with_another_code_is_refused_naming_both_lines(
    tmp_path: Path,
) -> None:
    path = write(
        tmp_path,
        "stonewall\tV\tobj=envoy;prep:at=summit\tobj\t111\t-",
        "rebuff\tV\t-\tobj\t120\t-",
        "stonewall\tV\tprep:at=summit;obj=envoy\tprep:to\t120\tsym",
    )
    with pytest.raises(CodebookError) as err:
        load_index([path])
    assert str(err.value) == (
        f"{path}:5: 'stonewall' (V, requires prep:at=summit;obj=envoy) is coded 120 here and "
        f"111 at {path}:3 (keep one row for the key, or tell them apart by their "
        "requirements)"
    )


def test_same_key_with_the_same_code_or_other_requirements_is_allowed(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "stonewall\tV\t-\tobj\t111\t-",
        "stonewall\tV\t-\tprep:to\t111\tnotarget",
        "stonewall\tV\tobj=envoy\tobj\t120\t-",
        "stonewall\tN\t-\tprep:of\t120\t-",
    )
    assert len(load_index([path]).candidates("V", "stonewall")) == 3


def test_a_user_row_may_recode_a_packaged_key(tmp_path: Path) -> None:
    path = write(tmp_path, "condemn\tV\t-\tobj\t112\t-")
    bare = [p for p in load_index([path]).candidates("V", "condemn") if not p.requires]
    assert bare[0].cameo == "112"


def test_numbered_rows_give_file_lines(tmp_path: Path) -> None:
    path = write(tmp_path, "# a comment", "", "stonewall\tV\t-\tobj\t111\t-")
    assert [(n, r["trigger"]) for n, r in read_user_tsv_numbered(path)] == [(5, "stonewall")]


def test_a_field_the_csv_module_refuses_names_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, "stonewall\tV\t-\tobj\t111\t-", "x" * 200_000 + "\tV\t-\tobj\t111\t-")
    with pytest.raises(CodebookError, match=r"mine\.tsv:4: malformed row \(field larger"):
        load_index([path])
