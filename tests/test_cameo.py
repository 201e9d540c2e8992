"""The CAMEO code table: completeness, quad classes, Goldstein weights, PLOVER."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from dyadline import cameo
from dyadline.codebook import packaged_text
from dyadline.errors import CodebookError

ROOT_NAMES = {
    "01": "Make a public statement",
    "04": "Consult",
    "10": "Demand",
    "13": "Threaten",
    "19": "Fight",
    "20": "Use unconventional mass violence",
}


def test_all_twenty_roots_are_present() -> None:
    roots = [c.code for c in cameo.all_codes() if c.is_root]
    assert roots == [f"{n:02d}" for n in range(1, 21)]
    for root, name in ROOT_NAMES.items():
        assert cameo.root_label(root) == name


def test_table_holds_the_whole_codebook() -> None:
    codes = cameo.all_codes()
    from_codebook = [c for c in codes if c.origin == "1.1b3"]
    # CAMEO 1.1b3 has 311 codes counting the 20 roots; GDELT 2.0 added five.
    assert len(from_codebook) == 311
    assert {c.code for c in codes if c.origin == "GDELT2"} == {"155", "176", "1834", "1951", "1952"}
    known = {c.code for c in codes}
    for c in codes:
        assert c.root in known
        if len(c.code) == 4:
            assert c.code[:3] in known, f"{c.code} has no three-digit parent"
    for c in ("0211", "0874", "1056", "108", "1246", "1385", "1454", "1663", "1724", "2042"):
        assert cameo.is_cameo(c), c


def test_labels_are_distinct_and_short() -> None:
    labels = [c.label for c in cameo.all_codes()]
    assert len(set(labels)) == len(labels)
    assert max(len(label) for label in labels) <= 60


def test_quad_class_follows_the_root() -> None:
    for c in cameo.all_codes():
        root = int(c.root)
        expected = 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4
        assert c.quad_class == expected, c.code
    assert cameo.quad_class("042") == 1
    assert cameo.quad_class("072") == 2
    assert cameo.quad_class("094") == 3
    assert cameo.quad_class("1383") == 3
    assert cameo.quad_class("145") == 4
    assert cameo.quad_class("1952") == 4


@pytest.mark.parametrize(
    ("code", "weight"),
    [
        ("042", 1.9),
        ("043", 2.8),
        ("054", 6.0),
        ("057", 8.0),
        ("072", 8.3),
        ("0874", 10.0),
        ("011", -0.1),
        ("130", -4.4),
        ("163", -8.0),
        ("182", -9.5),
        ("1823", -10.0),
        ("190", -10.0),
        ("191", -9.5),
    ],
)
def test_goldstein_weights_match_the_public_scale(code: str, weight: float) -> None:
    assert cameo.goldstein(code) == weight
    assert cameo.cameo_info(code).goldstein == weight


def test_goldstein_weights_stay_on_the_scale() -> None:
    assert all(-10.0 <= c.goldstein <= 10.0 for c in cameo.all_codes())
    # The GDELT 2.0 additions have no published weight and carry their parent's.
    assert cameo.goldstein("1952") == cameo.goldstein("195")
    assert cameo.goldstein("1834") == cameo.goldstein("183")


@pytest.mark.parametrize("bad", ["999", "0429", "21", "", "visit", " 04 2"])
def test_unknown_codes_are_refused(bad: str) -> None:
    assert not cameo.is_cameo(bad)
    with pytest.raises(CodebookError, match=re.escape("not a CAMEO 1.1b3 code")):
        cameo.cameo_info(bad)
    with pytest.raises(CodebookError):
        cameo.plover(bad)


def test_a_code_without_its_leading_zero_gets_a_hint() -> None:
    with pytest.raises(CodebookError, match="did you mean '042'"):
        cameo.cameo_info("42")
    # "10" is a real code (the root DEMAND), so no zero is added to it.
    assert cameo.cameo_info("10").label == "Demand"
    assert cameo.cameo_info(" 042 ").code == "042"


@pytest.mark.parametrize(
    ("code", "event", "mode"),
    [
        ("042", "CONSULT", "visit"),
        ("041", "CONSULT", "phone"),
        ("044", "CONSULT", "third-party"),
        ("054", "SUPPORT", None),
        ("057", "AGREE", None),
        ("062", "COOPERATE", "military"),
        ("072", "AID", "military"),
        ("073", "AID", "humanitarian"),
        ("0871", "RETREAT", "ceasefire"),
        ("1124", "ACCUSE", "allege"),
        ("1383", "THREATEN", "violence"),
        ("161", "SANCTION", "sever"),
        ("1622", "SANCTION", "withdraw"),
        ("173", "COERCE", "arrest"),
        ("190", "ASSAULT", None),
        ("195", "ASSAULT", "aerial"),
        ("1952", "ASSAULT", "drone"),
        ("010", "OTHER", None),
    ],
)
def test_plover_mapping(code: str, event: str, mode: str | None) -> None:
    assert cameo.plover(code) == {"event": event, "mode": mode}


def _documented_modes() -> dict[str, set[str]]:
    """The per-event mode vocabulary the TSV's header comment promises."""
    text = packaged_text("cameo.tsv")
    block = text.split("# PLOVER modes used here, by event type", 1)[1].split("\n#\n", 1)[0]
    modes: dict[str, set[str]] = {}
    event = ""
    for line in block.splitlines():
        m = re.match(r"#\s+([A-Z]+)\s+(.*)", line)
        if m:
            event, rest = m.group(1), m.group(2)
        else:
            rest = line.lstrip("# ")
        words = re.sub(r"\(.*?\)", "", rest).replace(",", " ").split()
        modes.setdefault(event, set()).update(words)
    return modes


def test_every_mode_is_in_the_documented_vocabulary() -> None:
    modes = _documented_modes()
    modes["REJECT"] = modes["REQUEST"]  # the header says REJECT shares REQUEST's modes
    assert modes["CONSULT"] == {"phone", "visit", "third-party", "multilateral"}
    for c in cameo.all_codes():
        if c.plover_mode is not None:
            assert c.plover_mode in modes.get(c.plover_event, set()), c.code


def test_table_is_loaded_once() -> None:
    assert cameo.cameo_info("042") is cameo.cameo_info("042")


def _row(code: str, **changes: str) -> dict[str, str]:
    row = {
        "code": code,
        "label": f"row {code}",
        "root": code[:2],
        "quad_class": str(cameo.quad_for_root(code[:2])),
        "goldstein": "1.0",
        "plover_event": "CONSULT",
        "plover_mode": "",
        "origin": "1.1b3",
    }
    row.update(changes)
    return row


@pytest.mark.parametrize(
    ("rows", "problem"),
    [
        ([_row("04"), _row("042", quad_class="3")], "quad class 3"),
        ([_row("042")], "root 04 has no row"),
        ([_row("04"), _row("0421")], "parent 042"),
        ([_row("04"), _row("042", plover_event="MEET")], "not a PLOVER event"),
        ([_row("04"), _row("042", goldstein="12")], "outside -10..10"),
        ([_row("04"), _row("042"), _row("042")], "appears twice"),
    ],
)
def test_a_broken_table_is_reported_with_its_code(rows: list[dict[str, str]], problem: str) -> None:
    with pytest.raises(CodebookError, match=re.escape(problem)) as err:
        cameo.build_table(rows)
    assert "cameo.tsv (code '04" in str(err.value)


def test_gold_events_use_known_codes_with_matching_root_and_quad(gold_path: Path) -> None:
    events = [json.loads(line) for line in gold_path.read_text("utf-8").splitlines() if line]
    assert events
    for ev in events:
        info = cameo.cameo_info(ev["cameo"])
        assert info.root == ev["root"], ev["id"]
        assert info.quad_class == ev["quad"], ev["id"]


def test_petrarch_validation_codes_are_all_known(petr_path: Path) -> None:
    codes = set(re.findall(r'eventcode="([^"]*)"', petr_path.read_text("utf-8")))
    assert len(codes) > 20
    assert sorted(c for c in codes if not cameo.is_cameo(c)) == []
