"""Evaluation: the gold matching rule, the PETRARCH-2 loader and the evaluate command.

The sentences here are the test author's own; the reference chapter and the
PETRARCH file are read from ../shared through the conftest fixtures.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from dyadline.cli import evaluate as cli_evaluate
from dyadline.errors import DyadlineError, GoldFormatError
from dyadline.evaluate import (
    GoldEvent,
    dates_agree,
    load_gold,
    load_system_jsonl,
    score,
    sentences_overlap,
)
from dyadline.model import DateSpan
from dyadline.petrarch import PetrRecord, compare, load_petrarch, score_petrarch

VISIT = (
    "Norway\u2019s foreign minister flew to \u201cOttawa\u201d in May 2011"
    " for talks on Arctic fishing.\u00b9\u2074"
)
VISIT_PLAIN = (
    'norway\'s  foreign minister flew to "Ottawa" in May 2011 for talks on arctic fishing.'
)
LOAN = (
    "Chile lent Peru \\$40 million in 2009 to rebuild the port,"
    " and the two governments signed a water treaty."
)
OTHER = "Portugal recalled its envoy from Angola after the trial of the journalists began."


def gold(
    gid: str,
    sentence: str,
    source: str,
    target: str | None,
    cameo: str,
    *,
    date: tuple[str, str] | None = None,
    modality: str = "asserted",
) -> GoldEvent:
    return GoldEvent(
        id=gid,
        sentence=sentence,
        source=source,
        target=target,
        cameo=cameo,
        root=cameo[:2],
        modality=modality,
        date=DateSpan(date[0], date[1], "range") if date else None,
    )


def actor(code: str) -> dict[str, Any]:
    return {"code": code, "country": code[:3], "sector": code[3:] or None, "text": code}


def system(
    sentence: str,
    source: str,
    target: str | None,
    cameo: str,
    *,
    date: tuple[str | None, str | None] | None = None,
    modality: str = "asserted",
) -> dict[str, Any]:
    return {
        "event_id": f"{source}-{target}-{cameo}",
        "sentence": sentence,
        "trigger": "x",
        "source": actor(source),
        "target": actor(target) if target else None,
        "cameo": cameo,
        "cameo_root": cameo[:2],
        "date": {"start": date[0], "end": date[1], "precision": "range"} if date else None,
        "modality": modality,
    }


# ---------------------------------------------------------------- sentences


def test_overlap_ignores_superscripts_escapes_quotes_case_and_spacing() -> None:
    assert sentences_overlap(VISIT, VISIT_PLAIN)
    assert sentences_overlap(LOAN, LOAN.replace("\\$", "$").upper())
    assert not sentences_overlap(VISIT, OTHER)


def test_partial_gold_sentence_and_split_system_sentence_overlap() -> None:
    first_line = "Chile lent Peru \\$40 million in 2009"
    assert sentences_overlap(first_line, LOAN.replace("\\", ""))
    # a system that splits the sentence in two still overlaps on a long run
    half = "Chile lent Peru $40 million in 2009 to rebuild the port."
    assert sentences_overlap(LOAN, half)
    # short common words alone are not an overlap
    assert not sentences_overlap("Peru agreed.", "Chile lent Peru money and Peru agreed.")


# ------------------------------------------------------------------ matching


def test_root_match_counts_and_full_code_agreement_is_reported() -> None:
    g = [gold("g1", VISIT, "NORGOV", "CAN", "042")]
    s = score(g, [system(VISIT_PLAIN, "NOR", "CAN", "040")])
    assert (s.precision, s.recall, s.f1) == (1.0, 1.0, 1.0)
    assert s.agreement("code") == 0.0
    assert s.agreement("sector") == 0.0  # NORGOV coded as NOR


def test_greedy_matching_prefers_the_full_code() -> None:
    g = [gold("g1", VISIT, "NOR", "CAN", "042")]
    sys = [system(VISIT, "NOR", "CAN", "040"), system(VISIT, "NOR", "CAN", "042")]
    s = score(g, sys)
    assert s.matches[0].system["cameo"] == "042"
    assert s.agreement("code") == 1.0
    assert len(s.false_alarms) == 1 and s.false_alarms[0]["cameo"] == "040"
    assert s.precision == 0.5


def test_countries_and_roots_must_agree() -> None:
    g = [gold("g1", OTHER, "PRT", "AGO", "161")]
    assert score(g, [system(OTHER, "AGO", "PRT", "161")]).recall == 0.0  # direction
    assert score(g, [system(OTHER, "PRT", "AGO", "172")]).recall == 0.0  # root
    assert score(g, [system(OTHER, "PRT", None, "161")]).recall == 0.0  # null target
    assert score(g, [system(OTHER, "PRTGOV", "AGOGOV", "1612")]).recall == 1.0


def test_null_target_matches_only_null() -> None:
    g = [gold("g1", OTHER, "PRT", None, "161")]
    assert score(g, [system(OTHER, "PRT", None, "161")]).recall == 1.0
    assert score(g, [system(OTHER, "PRT", "AGO", "161")]).recall == 0.0


def test_symmetric_gold_needs_both_directions() -> None:
    g = [gold("g1", LOAN, "CHL", "PER", "057"), gold("g1r", LOAN, "PER", "CHL", "057")]
    one_way = score(g, [system(LOAN, "CHL", "PER", "057")])
    assert (one_way.precision, one_way.recall) == (1.0, 0.5)
    assert [m.id for m in one_way.misses] == ["g1r"]
    both = score(g, [system(LOAN, "PER", "CHL", "057"), system(LOAN, "CHL", "PER", "057")])
    assert both.f1 == 1.0


def test_each_gold_event_matches_one_system_event() -> None:
    g = [gold("g1", OTHER, "PRT", "AGO", "161")]
    s = score(g, [system(OTHER, "PRT", "AGO", "161"), system(OTHER, "PRT", "AGO", "161")])
    assert len(s.matches) == 1 and len(s.false_alarms) == 1


def test_visit_twin_counts_neither_for_nor_against() -> None:
    g = [gold("g1", VISIT, "NORGOV", "CAN", "042")]
    with_twin = score(
        g, [system(VISIT, "NORGOV", "CAN", "042"), system(VISIT, "CAN", "NORGOV", "043")]
    )
    assert with_twin.precision == 1.0 and with_twin.recall == 1.0
    assert len(with_twin.twins) == 1 and not with_twin.false_alarms
    # the twin alone matches nothing and is a false alarm
    alone = score(g, [system(VISIT, "CAN", "NORGOV", "043")])
    assert alone.recall == 0.0 and len(alone.false_alarms) == 1
    # a 043 in another sentence is no twin
    far = score(g, [system(VISIT, "NOR", "CAN", "042"), system(OTHER, "CAN", "NOR", "043")])
    assert not far.twins and len(far.false_alarms) == 1


def test_partial_restricts_precision_to_gold_sentences() -> None:
    g = [gold("g1", OTHER, "PRT", "AGO", "161")]
    sys = [system(OTHER, "PRT", "AGO", "161"), system(LOAN, "CHL", "PER", "057")]
    full = score(g, sys)
    assert full.precision == 0.5 and len(full.false_alarms) == 1
    part = score(g, sys, partial=True)
    assert part.precision == 1.0 and part.outside == 1 and not part.false_alarms
    # a wrong event inside a gold sentence still counts against precision
    wrong = score(g, [*sys, system(OTHER, "AGO", "PRT", "111")], partial=True)
    assert wrong.precision == 0.5


INFERRED_DATE_CASES = [
    # gold date, system date, agree?
    (None, {"start": "2025-03-07", "end": "2025-03-07", "inferred": True}, True),
    (None, {"start": "2025-03-07", "end": "2025-03-07", "inferred": False}, False),
    (
        DateSpan("2025-03-07", "2025-03-07", "day"),
        {"start": "2025-03-07", "end": "2025-03-07", "inferred": True},
        True,
    ),
    (
        DateSpan("2025-03-03", "2025-03-03", "day"),
        {"start": "2025-03-07", "end": "2025-03-07", "inferred": True},
        False,
    ),
    (
        DateSpan("2025-03-01", "2025-03-31", "month"),
        {"start": "2025-03-07", "end": "2025-03-07", "inferred": True},
        True,
    ),
]


@pytest.mark.parametrize(("gold_date", "system_date", "agree"), INFERRED_DATE_CASES)
def test_an_inferred_date_agrees_with_a_null_gold_date(
    gold_date: DateSpan | None, system_date: dict[str, Any], agree: bool
) -> None:
    assert dates_agree(gold_date, system_date) is agree


def test_date_agreement_is_interval_overlap() -> None:
    year = DateSpan("2011-01-01", "2011-12-31", "year")
    assert dates_agree(year, {"start": "2011-05-03", "end": "2011-05-03"})
    assert dates_agree(year, {"start": "2010", "end": "2011-02"})
    assert dates_agree(year, {"start": "2005-01-01", "end": None})  # "since 2005"
    assert not dates_agree(year, {"start": "2012-01-01", "end": "2012-12-31"})
    assert dates_agree(None, None)
    assert not dates_agree(year, None)
    assert not dates_agree(None, {"start": "2011-05-03", "end": "2011-05-03"})
    g = [gold("g1", VISIT, "NOR", "CAN", "042", date=("2011-05-01", "2011-05-31"))]
    s = score(g, [system(VISIT, "NOR", "CAN", "042", date=("2011-05-03", "2011-05-03"))])
    assert s.agreement("date") == 1.0
    s = score(g, [system(VISIT, "NOR", "CAN", "042", date=("2001-05-03", "2001-05-03"))])
    assert s.recall == 1.0 and s.agreement("date") == 0.0


def test_modality_agreement() -> None:
    g = [gold("g1", OTHER, "PRT", "AGO", "161", modality="negated")]
    assert score(g, [system(OTHER, "PRT", "AGO", "161")]).agreement("modality") == 0.0
    s = score(g, [system(OTHER, "PRT", "AGO", "161", modality="negated")])
    assert s.agreement("modality") == 1.0


# ---------------------------------------------------------------------- gold


def _gold_line(**kw: Any) -> str:
    rec = {
        "id": "a1",
        "sentence": OTHER,
        "source": "PRT",
        "target": "AGO",
        "cameo": "161",
        "root": "16",
        "date": None,
        "modality": "asserted",
    }
    rec.update(kw)
    return json.dumps(rec)


def test_load_gold_reads_the_shared_sample(gold_path: Path) -> None:
    events = load_gold(gold_path)
    assert len(events) >= 20
    by_id = {e.id: e for e in events}
    assert by_id["e008r"].symmetric and by_id["e008r"].source == "AZE"
    assert all(e.root == e.cameo[:2] for e in events)


def test_load_gold_names_file_and_line_of_a_bad_line(tmp_path: Path) -> None:
    f = tmp_path / "g.jsonl"
    f.write_text(_gold_line() + "\n{not json\n", "utf-8")
    with pytest.raises(GoldFormatError, match=r"g\.jsonl:2"):
        load_gold(f)
    f.write_text(_gold_line() + "\n" + _gold_line(id="a2", cameo="16A") + "\n", "utf-8")
    with pytest.raises(GoldFormatError, match=r"g\.jsonl:2: cameo '16A'"):
        load_gold(f)
    f.write_text(_gold_line() + "\n\n" + _gold_line() + "\n", "utf-8")
    with pytest.raises(GoldFormatError, match=r"g\.jsonl:3: duplicate id"):
        load_gold(f)
    f.write_text(_gold_line(root="17"), "utf-8")
    with pytest.raises(GoldFormatError, match="does not agree"):
        load_gold(f)
    with pytest.raises(GoldFormatError, match="cannot read"):
        load_gold(tmp_path / "missing.jsonl")


# ----------------------------------------------------------------- PETRARCH


def test_petrarch_loader_reads_the_shared_file(petr_path: Path) -> None:
    records = load_petrarch(petr_path)
    assert len(records) == 78
    by_id = {r.id: r for r in records}
    assert by_id["AFP0808020625_4"].codings == [("042", "USA", "CHN")]
    assert by_id["AFP0808020625_4"].date == "2008-08-04"
    assert by_id["AFP0808020625_4"].text.startswith("The stopover came")
    assert "\n" not in by_id["AFP0808020625_4"].text
    assert len(by_id["COOP_0"].codings) == 6
    assert by_id["TEST_8"].codings == [("036", "IGOCOPITP", "---")]
    nulls = [r for r in records if not r.codings]
    assert len(nulls) == 12
    assert by_id["abc12_3"].text == ""
    assert by_id["AFP0808020905_1"].date is None  # its date attribute has six digits
    assert 'as "unacceptable" allegations' in by_id["AFP0808020840_1"].text


SNIPPET = """<?xml version='1.0' encoding='utf-8'?>
<Validation>
# a bare comment line with <Sentence id="fake"/> in it
<Sentences>
<Sentence category="T" date="20190301" id="S1" evaluate="true"/>
<EventCoding eventcode="112" sourcecode="FINGOV" targetcode="SWE" />
<Text>
Finland's government accused
Sweden of hiding the report.
</Text>
</Sentence>
<!-- <Sentence id="commented"/> -->
<Sentence category="T" date="20190302" id="S2" evaluate="false">
<EventCoding noevents="True" />
<Text>Nothing happened in Oslo.</Text>
</Sentence>
<Sentence category="T" date="2019" id="S3"/>
<Text>Denmark welcomed the plan.</Text>
</Sentences>
</Validation>
"""


def test_petrarch_loader_is_lenient_with_a_malformed_file(tmp_path: Path) -> None:
    f = tmp_path / "v.xml"
    f.write_text(SNIPPET, "utf-8")
    records = load_petrarch(f)
    assert [r.id for r in records] == ["S1", "S2", "S3"]
    s1, s2, s3 = records
    assert s1.text == "Finland's government accused Sweden of hiding the report."
    assert s1.codings == [("112", "FINGOV", "SWE")] and s1.date == "2019-03-01"
    assert not s2.evaluate and s2.codings == []
    assert s3.codings == [] and s3.date is None and s3.evaluate


def test_petrarch_loader_names_the_line_of_a_bad_coding(tmp_path: Path) -> None:
    f = tmp_path / "bad.xml"
    f.write_text(SNIPPET.replace('eventcode="112" ', ""), "utf-8")
    with pytest.raises(GoldFormatError, match=r"bad\.xml:6: <EventCoding> of record S1"):
        load_petrarch(f)
    f.write_text("<Validation>nothing here</Validation>", "utf-8")
    with pytest.raises(GoldFormatError, match="no <Sentence> records"):
        load_petrarch(f)


def test_petrarch_compare_by_root_and_country_or_strict() -> None:
    rec = PetrRecord("r", "text", None, [("042", "USAGOV", "CHN"), ("036", "IGOUNO", "---")])
    loose = compare(rec, [("043", "USA", "CHNGOV"), ("031", "IGOUNO", None)])
    assert loose.found == rec.codings and not loose.extra
    strict = compare(rec, [("043", "USA", "CHNGOV"), ("036", "IGOUNO", "---")], strict=True)
    assert strict.found == [("036", "IGOUNO", "---")]
    assert strict.missing == [("042", "USAGOV", "CHN")]
    assert strict.extra == [("043", "USA", "CHNGOV")]


def test_petrarch_sector_of_unknown_country_matches_any_country() -> None:
    rec = PetrRecord("r", "text", None, [("190", "---REB", "SYRMIL"), ("173", "---GOV", None)])
    produced = [("193", "SYRINS", "SYRMIL"), ("173", "TURGOV", None), ("111", "---OPP", "FRA")]
    result = compare(rec, produced)
    assert result.found == rec.codings
    assert result.extra == [("111", "---OPP", "FRA")]
    no_actor = compare(
        PetrRecord("s", "t", None, [("190", "USA", "---REB")]), [("190", "USA", None)]
    )
    assert no_actor.missing == [("190", "USA", "---REB")]


def test_score_petrarch_rates_and_correct_nulls(monkeypatch: pytest.MonkeyPatch) -> None:
    records = [
        PetrRecord("a", "one", None, [("042", "USA", "CHN"), ("190", "RUS", "UKR")]),
        PetrRecord("b", "two", None, []),
        PetrRecord("c", "three", None, []),
        PetrRecord("d", "four", None, [("010", "FRA", None)], evaluate=False),
        PetrRecord("e", "", None, [("010", "FRA", None)]),
    ]
    canned = {
        "one": [("042", "USA", "CHN"), ("111", "USA", "RUS")],
        "two": [],
        "three": [("010", "ITA", None)],
    }
    monkeypatch.setattr("dyadline.petrarch.produced_codings", lambda rec, nlp: canned[rec.text])
    s = score_petrarch(records, nlp=None)  # type: ignore[arg-type]
    assert (s.found, s.expected, s.found_rate) == (1, 2, 0.5)
    assert (s.false_positives, s.produced) == (2, 3)
    assert (s.correct_nulls, s.null_records) == (1, 2)
    assert [i for i, _ in s.skipped] == ["d", "e"]


def test_score_petrarch_runs_the_pipeline(petr_path: Path, nlp: Language) -> None:
    records = load_petrarch(petr_path)[:4]
    s = score_petrarch(records, nlp)
    assert len(s.results) == 4
    for r in s.results:
        assert len(r.found) + len(r.missing) == len(r.record.codings)
        assert len(r.found) + len(r.extra) == len(r.produced)
    assert 0.0 <= s.found_rate <= 1.0 and 0.0 <= s.false_positive_rate <= 1.0


# ------------------------------------------------------------------------ CLI


def _cli(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="dyadline")
    cli_evaluate.register(parser.add_subparsers(dest="command"))
    return parser.parse_args(["evaluate", *argv])


def _write(tmp_path: Path) -> tuple[Path, Path]:
    g = tmp_path / "gold.jsonl"
    g.write_text(
        _gold_line(id="a1")
        + "\n"
        + _gold_line(id="a2", sentence=LOAN, source="CHL", target="PER", cameo="057", root="05")
        + "\n",
        "utf-8",
    )
    ev = tmp_path / "events.jsonl"
    recs = [system(OTHER, "PRT", "AGO", "161"), system(VISIT, "NOR", "CAN", "042")]
    ev.write_text("".join(json.dumps(r) + "\n" for r in recs), "utf-8")
    return g, ev


def test_cli_text_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    g, ev = _write(tmp_path)
    args = _cli(str(g), "--events", str(ev), "--show-errors")
    assert args.func(args) == 0
    out = capsys.readouterr().out
    assert "precision 0.500   recall 0.500   F1 0.500" in out
    assert "misses 1   false alarms 1" in out
    assert "a2 " in out and "CHL->PER 057" in out  # the miss
    assert "NOR->CAN 042" in out  # the false alarm


def test_cli_partial_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    g, ev = _write(tmp_path)
    args = _cli(str(g), "--events", str(ev), "--partial", "--format", "json")
    args.func(args)
    data = json.loads(capsys.readouterr().out)
    assert data["precision"] == 1.0 and data["recall"] == 0.5
    assert data["outside_gold_sentences"] == 1
    assert [m["id"] for m in data["misses"]] == ["a2"]


def test_cli_codes_documents_with_injected_events(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    g, _ = _write(tmp_path)
    doc = tmp_path / "brief.txt"
    doc.write_text(OTHER + " " + LOAN + "\n", "utf-8")
    seen: list[list[str]] = []

    def fake(paths: list[str], model: str | None, fields: object = None) -> list[dict[str, Any]]:
        seen.append(paths)
        return [system(LOAN, "CHL", "PER", "057"), system(LOAN, "PER", "CHL", "057")]

    monkeypatch.setattr(cli_evaluate, "_code_documents", fake)
    args = _cli(str(g), str(doc))
    args.func(args)
    assert seen == [[str(doc)]]
    assert "precision 0.500   recall 0.500" in capsys.readouterr().out


def test_cli_errors(tmp_path: Path) -> None:
    g, _ = _write(tmp_path)
    no_events = _cli(str(g))
    with pytest.raises(DyadlineError, match="one way"):
        no_events.func(no_events)
    no_gold = _cli()
    with pytest.raises(DyadlineError, match="no gold file"):
        no_gold.func(no_gold)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"sentence": "x"}\n', "utf-8")
    with pytest.raises(GoldFormatError, match=r"bad\.jsonl:1"):
        load_system_jsonl(bad)


def test_cli_end_to_end_smoke(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    nlp: Language,
) -> None:
    read = pytest.importorskip("dyadline.read")
    if not hasattr(read, "read_document"):
        pytest.skip("dyadline.read.read_document is not there yet")
    g, _ = _write(tmp_path)
    doc = tmp_path / "brief.txt"
    doc.write_text(OTHER + "\n\n" + LOAN + "\n", "utf-8")
    monkeypatch.setattr("dyadline.nlp.load_pipeline", lambda model=None: nlp)
    args = _cli(str(g), str(doc), "--format", "json")
    args.func(args)
    data = json.loads(capsys.readouterr().out)
    assert data["gold"] == 2
    assert set(data) >= {"precision", "recall", "f1", "agreement", "misses", "false_alarms"}
    assert set(data["agreement"]) == {"code", "sector", "date", "modality"}


def test_cli_reads_events_from_a_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from dyadline.model import Actor, Annotated, Document, Event, Sentence
    from dyadline.store import Store

    g, _ = _write(tmp_path)
    document = Document(text=OTHER)
    ev = Event(
        sentence=OTHER,
        sentence_start=0,
        sentence_end=len(OTHER),
        trigger="recalled",
        trigger_start=9,
        trigger_end=17,
        source=Actor("PRTGOV", "PRT", "GOV"),
        target=Actor("AGO", "AGO"),
        cameo="161",
        doc_id=document.doc_id,
    )
    db = tmp_path / "events.db"
    with Store(db) as store:
        store.write(Annotated(document, [Sentence(0, 0, len(OTHER), OTHER)], [ev]))
    args = _cli(str(g), "--db", str(db), "--format", "json")
    args.func(args)
    data = json.loads(capsys.readouterr().out)
    assert (data["matched"], data["system"], data["recall"]) == (1, 1, 0.5)
    assert data["agreement"]["sector"]["agree"] == 0  # PRTGOV against the gold's PRT


def test_petrarch_igo_codes_agree_with_ours() -> None:
    from dyadline.evaluate import country_key

    assert country_key("IGOEUREEC") == country_key("EUN") == "EUN"
    assert country_key("IGOUNOMIL") == "UNO"
    assert country_key("IGOCOPITP") == "ITP"
    assert country_key("IGOXYZABC") == "IGO"  # an unknown organisation stays itself
    assert country_key("---REB") is None
