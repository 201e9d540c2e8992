"""Gold alternatives (CODING-GUIDE.md's ``source_alt`` / ``target_alt``) and the
gold's ``story`` / ``sentence_no`` fields, as ``dyadline evaluate`` reads them.

The sentences are the test author's own.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import pytest

from dyadline.cli import evaluate as cli_evaluate
from dyadline.errors import GoldFormatError
from dyadline.evaluate import load_gold, score

RAID = "Gunmen of the Harbour Front raided a customs post near Tarvo on Monday."
TALKS = "Envoys of Ostmark met delegates of the island council in Pella."


def actor(code: str) -> dict[str, Any]:
    return {"code": code, "country": code[:3], "sector": code[3:] or None, "text": code}


def system(sentence: str, source: str, target: str | None, cameo: str) -> dict[str, Any]:
    return {
        "event_id": f"{source}-{target}-{cameo}",
        "sentence": sentence,
        "source": actor(source),
        "target": actor(target) if target else None,
        "cameo": cameo,
        "cameo_root": cameo[:2],
        "date": None,
        "modality": "asserted",
    }


def write_gold(tmp_path: Path, *records: dict[str, Any]) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    return path


def raid_gold(**kw: Any) -> dict[str, Any]:
    rec: dict[str, Any] = {
        "id": "s1-e01",
        "story": "s1",
        "sentence_no": 4,
        "sentence": RAID,
        "source": "PSEINS",
        "target": "ISRMIL",
        "source_alt": ["PSEGOV", "LBNINS"],
        "target_alt": [],
        "cameo": "190",
        "root": "19",
        "date": None,
        "modality": "asserted",
    }
    rec.update(kw)
    return rec


def test_load_gold_keeps_alternatives_story_and_sentence_number(tmp_path: Path) -> None:
    (g,) = load_gold(write_gold(tmp_path, raid_gold()))
    assert (g.story, g.sentence_no) == ("s1", 4)
    assert g.source_alt == ("PSEGOV", "LBNINS")
    assert g.target_alt == ()
    assert g.sources == ("PSEINS", "PSEGOV", "LBNINS")
    record = g.to_record()
    assert (record["story"], record["sentence_no"], record["source_alt"]) == (
        "s1",
        4,
        ["PSEGOV", "LBNINS"],
    )


def test_missing_or_null_alternatives_are_none(tmp_path: Path) -> None:
    rec = raid_gold(source_alt=None)
    del rec["target_alt"], rec["story"], rec["sentence_no"]
    (g,) = load_gold(write_gold(tmp_path, rec))
    assert (g.source_alt, g.target_alt, g.story, g.sentence_no) == ((), (), None, None)


@pytest.mark.parametrize(
    ("system_source", "matched", "sector"),
    [
        ("PSEINS", 1, True),  # the main code
        ("PSEGOV", 1, True),  # an alternative, exactly
        ("LBN", 1, False),  # an alternative's country, another sector
        ("SYRINS", 0, False),  # neither
    ],
)
def test_a_source_agrees_with_the_main_code_or_any_alternative(
    tmp_path: Path, system_source: str, matched: int, sector: bool
) -> None:
    gold = load_gold(write_gold(tmp_path, raid_gold()))
    scores = score(gold, [system(RAID, system_source, "ISRMIL", "193")])
    assert len(scores.matches) == matched
    assert [m.sector for m in scores.matches] == ([sector] if matched else [])
    assert scores.f1 == (1.0 if matched else 0.0)


def test_target_alternatives_include_a_null_target(tmp_path: Path) -> None:
    rec = raid_gold(target=None, target_alt=["ISRCOP"], source_alt=[])
    gold = load_gold(write_gold(tmp_path, rec))
    assert len(score(gold, [system(RAID, "PSEINS", None, "190")]).matches) == 1
    assert len(score(gold, [system(RAID, "PSEINS", "ISR", "190")]).matches) == 1
    assert len(score(gold, [system(RAID, "PSEINS", "EGY", "190")]).matches) == 0


def test_story_and_sentence_number_play_no_part_in_matching(tmp_path: Path) -> None:
    gold = load_gold(write_gold(tmp_path, raid_gold(story="another", sentence_no=99)))
    assert len(score(gold, [system(RAID, "PSEINS", "ISRMIL", "190")]).matches) == 1


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("source_alt", "PSEGOV", "field 'source_alt' must be a list of actor codes"),
        ("target_alt", ["ISR", ""], "field 'target_alt' must be a list of actor codes"),
        ("target_alt", [7], "field 'target_alt' must be a list of actor codes"),
        ("sentence_no", 0, "field 'sentence_no' must be a positive whole number"),
        ("sentence_no", "4", "field 'sentence_no' must be a positive whole number"),
        ("story", ["s1"], "field 'story' must be a story id"),
    ],
)
def test_bad_alternative_fields_name_file_and_line(
    tmp_path: Path, field: str, value: object, message: str
) -> None:
    path = write_gold(tmp_path, raid_gold(id="ok"), raid_gold(**{field: value}))
    with pytest.raises(GoldFormatError, match=rf"gold\.jsonl:2: {message}"):
        load_gold(path)


def test_cli_lists_a_miss_with_its_alternatives_story_and_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    talks = {
        "id": "s2-e01",
        "story": "s2",
        "sentence_no": 1,
        "sentence": TALKS,
        "source": "OSTGOV",
        "target": "PLLGOV",
        "target_alt": ["PLLLEG"],
        "cameo": "040",
    }
    gold = write_gold(tmp_path, raid_gold(), talks)
    events = tmp_path / "events.jsonl"
    events.write_text(json.dumps(system(RAID, "PSEGOV", "ISR", "190")) + "\n", "utf-8")
    parser = argparse.ArgumentParser(prog="dyadline")
    cli_evaluate.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["evaluate", str(gold), "--events", str(events), "--show-errors"])
    assert args.func(args) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[3] == "precision 1.000   recall 0.500   F1 0.667"
    assert lines[-1] == f"  s2-e01  OSTGOV->PLLGOV|PLLLEG 040 [s2 s1]  {TALKS}"
