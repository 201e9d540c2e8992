"""Analysis over export records: timeline, network, precedence, claims, and their CLI."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from dyadline.analysis import (
    claims,
    display_date,
    network,
    parse_query,
    precedes,
    relation,
    timeline,
)
from dyadline.errors import QueryError, StoreError
from dyadline.model import Actor, Annotated, DateSpan, Document, Event, Sentence

NAMES = {"ISR": "Israel", "AZE": "Azerbaijan", "IRN": "Iran", "ARM": "Armenia", "TUR": "Turkey"}
GOLDSTEIN = {1: 3.0, 2: 7.0, 3: -2.0, 4: -9.0}


def actor(code: str) -> Actor:
    country = code[:3]
    return Actor(code, country, code[3:] or None, NAMES[country], NAMES[country])


def event(
    sentence: str,
    trigger: str,
    src: str,
    tgt: str,
    cameo: str,
    quad: int,
    when: tuple[str | None, str | None, str] | None = None,
    *,
    modality: str = "asserted",
    doc: Document | None = None,
    plover: str | None = None,
) -> Event:
    """An event grounded in ``sentence`` (placed in ``doc``'s text when given)."""
    start = doc.text.index(sentence) if doc else 0
    t = start + sentence.index(trigger)
    return Event(
        sentence=sentence,
        sentence_start=start,
        sentence_end=start + len(sentence),
        trigger=trigger,
        trigger_start=t,
        trigger_end=t + len(trigger),
        source=actor(src),
        target=actor(tgt),
        cameo=cameo,
        quad_class=quad,
        goldstein=GOLDSTEIN[quad],
        plover={"event": plover, "mode": None} if plover else {},
        date=DateSpan(when[0], when[1], when[2]) if when else None,
        modality=modality,
        doc_id=doc.doc_id if doc else "doc-a",
        doc_title=doc.title if doc else "Briefing A",
    )


def rec(*args: Any, **kwargs: Any) -> dict[str, Any]:
    return event(*args, **kwargs).to_record()


DAY = ("1991-12-25", "1991-12-25", "day")
Y2014 = ("2014-01-01", "2014-12-31", "year")
SEP2014 = ("2014-09-01", "2014-09-30", "month")
Y95_96 = ("1995-01-01", "1996-12-31", "range")
NINETIES = ("1990-01-01", "1999-12-31", "decade")


@pytest.fixture()
def dyad_records() -> list[dict[str, Any]]:
    return [
        rec(
            "Israel's defence minister toured Baku in 2014.",
            "toured",
            "ISRGOV",
            "AZE",
            "042",
            1,
            Y2014,
        ),
        rec(
            "Israel recognised Azerbaijan on 25 December 1991.",
            "recognised",
            "ISR",
            "AZE",
            "054",
            1,
            DAY,
        ),
        rec(
            "Azerbaijan never opened an embassy in Israel.",
            "opened",
            "AZE",
            "ISR",
            "054",
            1,
            modality="negated",
        ),
        rec(
            "In September 2014 Baku hosted Israeli officers.",
            "hosted",
            "AZE",
            "ISRMIL",
            "043",
            1,
            SEP2014,
        ),
        rec("Israel sold drones to Azerbaijan in 1995-96.", "sold", "ISR", "AZE", "062", 2, Y95_96),
        rec(
            "Trade between Israel and Azerbaijan grew in the 1990s.",
            "grew",
            "ISR",
            "AZE",
            "061",
            2,
            NINETIES,
        ),
        rec(
            "Iran accused Azerbaijan of hosting spies in 2014.",
            "accused",
            "IRN",
            "AZE",
            "112",
            3,
            Y2014,
        ),
    ]


# ------------------------------------------------------------------ timeline


def test_timeline_orders_a_dyad_by_date_and_keeps_undated_apart(
    dyad_records: list[dict[str, Any]],
) -> None:
    tl = timeline(dyad_records, dyad=("ISR", "AZE"))
    assert [e.date for e in tl.dated] == ["1990s", "1991-12-25", "1995–1996", "2014", "2014-09"]
    # both directions of the dyad, and actor codes with a sector, are on it; Iran is not
    assert {(e.source, e.target) for e in tl.dated} >= {("AZE", "ISRMIL"), ("ISRGOV", "AZE")}
    assert all("IRN" not in (e.source, e.target) for e in tl.dated + tl.undated)
    assert [e.trigger for e in tl.undated] == ["opened"]
    assert tl.undated[0].mark == "[NOT]" and tl.undated[0].date == "undated"


def test_timeline_period_keeps_overlapping_dated_events_only(
    dyad_records: list[dict[str, Any]],
) -> None:
    tl = timeline(dyad_records, actor="AZE", date_from="1995", date_to="1996")
    assert [e.date for e in tl.dated] == ["1990s", "1995–1996"]
    assert tl.undated == []
    with pytest.raises(QueryError, match="YYYY"):
        timeline(dyad_records, date_from="last spring")


def test_display_dates_follow_precision() -> None:
    assert (
        display_date({"start": "1994-01-01", "end": "1997-12-31", "precision": "decade"})
        == "mid-1990s"
    )
    assert (
        display_date({"start": "2020-09-27", "end": "2020-11-10", "precision": "range"})
        == "2020-09-27–2020-11-10"
    )
    assert display_date({"start": "1993-01-01", "end": None, "precision": "year"}) == "since 1993"
    assert display_date(None) == "undated"


# ------------------------------------------------------------------ network


def test_network_edges_carry_quad_counts_and_relation(dyad_records: list[dict[str, Any]]) -> None:
    extra = [
        rec(
            "Armenia praised Israel in 2016.",
            "praised",
            "ARM",
            "ISR",
            "051",
            1,
            ("2016-01-01", "2016-12-31", "year"),
        ),
        rec(
            "Armenia recalled its envoy from Israel in 2020.",
            "recalled",
            "ARM",
            "ISR",
            "161",
            4,
            ("2020-10-01", "2020-10-31", "month"),
        ),
        rec(
            "Israeli courts heard a petition by Israeli activists.",
            "heard",
            "ISRJUD",
            "ISRCVL",
            "020",
            1,
        ),
    ]
    g = network(dyad_records + extra)
    assert isinstance(g, nx.DiGraph)
    isr_aze = g.edges["ISR", "AZE"]
    # the negated embassy opening is no tie: AZE->ISR has only the 2014 hosting
    assert (isr_aze["q1"], isr_aze["q2"], isr_aze["total"]) == (2, 2, 4)
    assert g.edges["AZE", "ISR"]["total"] == 1
    assert isr_aze["first"] == "1990-01-01" and isr_aze["last"] == "2014-12-31"
    assert relation(isr_aze) == "cooperative" and isr_aze["relation"] == "cooperative"
    assert relation(g.edges["IRN", "AZE"]) == "conflictual"
    assert relation(g.edges["ARM", "ISR"]) == "mixed"
    assert not g.has_edge("ISR", "ISR")  # domestic events are no relation between states
    actors = network(dyad_records + extra, level="actor")
    assert actors.has_edge("ISRJUD", "ISRCVL") and actors.has_edge("AZE", "ISRMIL")


def test_network_period_excludes_undated_and_non_overlapping(
    dyad_records: list[dict[str, Any]],
) -> None:
    undated = rec("Turkey supplied Israel with fuel.", "supplied", "TUR", "ISR", "070", 2)
    g = network([*dyad_records, undated], date_from="2014-06", date_to="2014-12")
    assert sorted(g.edges) == [("AZE", "ISR"), ("IRN", "AZE"), ("ISR", "AZE")]
    assert g.edges["ISR", "AZE"]["total"] == 1  # only the 2014 tour overlaps
    assert network([*dyad_records, undated]).has_edge("TUR", "ISR")


# ------------------------------------------------------------------ precedence


@pytest.mark.parametrize(
    ("query", "fix"),
    [
        ("IRN AZE conflict", "SRC->TGT KIND"),
        ("IRN<-AZE conflict", "SRC->TGT KIND"),
        ("IRN->AZE", "SRC->TGT KIND"),
        ("IRN->AZE friendship", "material-cooperation"),
        ("ARM->ISR 27", "root 01-20"),
    ],
)
def test_bad_queries_say_how_to_fix_them(query: str, fix: str) -> None:
    with pytest.raises(QueryError) as err:
        parse_query(query)
    assert fix in str(err.value) and query in str(err.value)


def test_queries_parse_kinds() -> None:
    q = parse_query("isr<->aze material-cooperation")
    assert (q.source, q.target, q.either, q.quads) == ("ISR", "AZE", True, frozenset({2}))
    assert parse_query("ARM->ISR 16").cameo == "16"
    assert parse_query("TUR->ISR aid").plover == "AID"
    assert parse_query("IRN->AZE conflict").quads == frozenset({3, 4})


def test_conflict_with_iran_preceded_cooperation_with_israel() -> None:
    records = [
        rec(
            "Iran backed Armenian forces against Azerbaijan in 1991-92.",
            "backed",
            "IRN",
            "AZE",
            "173",
            4,
            ("1991-01-01", "1992-12-31", "range"),
        ),
        rec(
            "Iran never shelled Azerbaijan in 1990.",
            "shelled",
            "IRN",
            "AZE",
            "195",
            4,
            ("1990-01-01", "1990-12-31", "year"),
            modality="negated",
        ),
        rec(
            "Azerbaijan bought Israeli radar in 1995/96.", "bought", "AZE", "ISR", "062", 2, Y95_96
        ),
        rec(
            "Israel may have trained Azeri pilots in 1993.",
            "trained",
            "ISR",
            "AZE",
            "062",
            2,
            ("1993-01-01", "1993-12-31", "year"),
            modality="hedged",
        ),
    ]
    result = precedes(records, "IRN->AZE conflict", "ISR<->AZE material-cooperation")
    assert result.first == "a"
    assert (
        result.a is not None and result.a["trigger"] == "backed"
    )  # the negated 1990 one never counts
    assert result.b is not None and result.b["trigger"] == "bought"  # hedged 1993 not by default
    hedged = precedes(
        records, "IRN->AZE conflict", "ISR<->AZE material-cooperation", include_hedged=True
    )
    assert hedged.b is not None and hedged.b["trigger"] == "trained"
    # the directed query does not see the Azerbaijani purchase
    assert precedes(records, "IRN->AZE conflict", "ISR->AZE 06").first == "unknown"


def test_starts_equal_at_the_coarser_precision_tie() -> None:
    records = [
        rec(
            "Israel and Azerbaijan traded oil in the 1990s.",
            "traded",
            "ISR",
            "AZE",
            "061",
            2,
            NINETIES,
        ),
        rec(
            "Iran protested to Azerbaijan in March 1992.",
            "protested",
            "IRN",
            "AZE",
            "130",
            3,
            ("1992-03-01", "1992-03-31", "month"),
        ),
    ]
    assert precedes(records, "ISR->AZE cooperation", "IRN->AZE 13").first == "tie"


# ------------------------------------------------------------------ claims


def _document(text: str, title: str) -> Document:
    return Document(text=text, title=title, path=f"/tmp/{title}.txt")


def test_one_document_asserting_and_another_denying_make_one_contested_claim() -> None:
    a = _document(
        "Notes from Baku. Israel delivered air defence systems to Azerbaijan in 2016.", "brief-a"
    )
    b = _document(
        "A rebuttal. Israel did not deliver air defence systems to Azerbaijan in 2016.", "brief-b"
    )
    c = _document("Market report. Israeli firms sold radars to Azerbaijan in mid-2016.", "brief-c")
    records = [
        rec(
            a.text[17:],
            "delivered",
            "ISR",
            "AZE",
            "0711",
            2,
            ("2016-01-01", "2016-12-31", "year"),
            doc=a,
        ),
        rec(
            b.text[12:],
            "deliver",
            "ISR",
            "AZE",
            "0711",
            2,
            ("2016-01-01", "2016-12-31", "year"),
            doc=b,
            modality="negated",
        ),
        rec(
            c.text[15:],
            "sold",
            "ISRBUS",
            "AZE",
            "071",
            2,
            ("2016-05-01", "2016-08-31", "range"),
            doc=c,
        ),
        rec(
            "Azerbaijan thanked Israel in 2019.",
            "thanked",
            "AZE",
            "ISR",
            "051",
            1,
            ("2019-01-01", "2019-12-31", "year"),
        ),
    ]
    found = claims(records)
    contested = [cl for cl in found if cl.status == "contested"]
    assert len(contested) == 1
    claim = contested[0]
    assert claim.dyad == ("ISR", "AZE") and claim.cameo_root == "07"
    assert {d["doc_title"]: d["stance"] for d in claim.documents} == {
        "brief-a": "affirms",
        "brief-b": "negates",
        "brief-c": "affirms",
    }
    assert len(claim.events) == 3 and claim.date == "2016"
    assert [cl.status for cl in found if cl is not claim] == ["single"]


def test_two_documents_agreeing_corroborate_and_opposite_quads_contest() -> None:
    y = ("2012-01-01", "2012-12-31", "year")
    records = [
        rec(
            "Israel signed a gas deal with Azerbaijan in 2012.",
            "signed",
            "ISR",
            "AZE",
            "057",
            1,
            y,
            doc=_document("Israel signed a gas deal with Azerbaijan in 2012.", "a"),
        ),
        rec(
            "In 2012 Israel signed an accord with Azerbaijan.",
            "signed",
            "ISR",
            "AZE",
            "057",
            1,
            y,
            doc=_document("In 2012 Israel signed an accord with Azerbaijan.", "b"),
        ),
        rec(
            "Turkey sent aid to Israel in 2010.",
            "sent",
            "TUR",
            "ISR",
            "070",
            2,
            ("2010-01-01", "2010-12-31", "year"),
            doc=_document("Turkey sent aid to Israel in 2010.", "c"),
        ),
        rec(
            "Turkey seized Israeli ships in 2010.",
            "seized",
            "TUR",
            "ISR",
            "171",
            4,
            ("2010-05-01", "2010-05-31", "month"),
            doc=_document("Turkey seized Israeli ships in 2010.", "d"),
        ),
    ]
    by_root = {c.cameo_root: c for c in claims(records)}
    assert by_root["05"].status == "corroborated" and len(by_root["05"].documents) == 2
    assert by_root["07"].status == "contested" and by_root["17"].status == "contested"
    assert by_root["07"].contradicts == [by_root["17"].claim_id]


# ------------------------------------------------------------------ CLI


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    from dyadline.store import Store

    text_a = (
        "Iran backed Armenian forces against Azerbaijan in 1992. "
        "Israel sold drones to Azerbaijan in 1996. "
        "Azerbaijan never opened an embassy in Israel."
    )
    text_b = "A second view. Israel did not sell drones to Azerbaijan in 1996."
    a, b = _document(text_a, "first"), _document(text_b, "second")
    s1, s2, s3 = (s if s.endswith(".") else s + "." for s in text_a.split(". "))
    y92, y96 = ("1992-01-01", "1992-12-31", "year"), ("1996-01-01", "1996-12-31", "year")
    events_a = [
        event(s1, "backed", "IRN", "AZE", "173", 4, y92, doc=a),
        event(s2, "sold", "ISR", "AZE", "062", 2, y96, doc=a),
        event(s3, "opened", "AZE", "ISR", "054", 1, doc=a, modality="negated"),
    ]
    events_b = [event(text_b[15:], "sell", "ISR", "AZE", "062", 2, y96, doc=b, modality="negated")]
    path = tmp_path / "events.db"
    with Store(path) as store:
        for doc, evs in ((a, events_a), (b, events_b)):
            sents = [
                Sentence(i, e.sentence_start, e.sentence_end, e.sentence) for i, e in enumerate(evs)
            ]
            store.write(Annotated(doc, sents, evs))
    return path


def _run(argv: list[str]) -> list[str]:
    from dyadline.cli import analysis

    parser = argparse.ArgumentParser(prog="dyadline")
    analysis.register(parser.add_subparsers(dest="command"))
    lines: list[str] = []
    args = parser.parse_args(argv)
    assert args.func(args, out=lines.append) == 0
    return lines


def test_cli_timeline_lists_undated_under_a_heading(db: Path) -> None:
    lines = _run(["timeline", "--db", str(db), "--dyad", "ISR", "AZE", "--sentences"])
    assert lines[0].startswith("1996  ISR → AZE  062")
    assert "Undated (1)" in lines
    assert any("[NOT]" in ln for ln in lines[lines.index("Undated (1)") :])
    assert any("Israel sold drones" in ln for ln in lines)


def test_cli_precedes_json_and_network_json(db: Path, tmp_path: Path) -> None:
    out = json.loads(
        _run(
            ["precedes", "--db", str(db), "IRN->AZE conflict", "ISR<->AZE 06", "--format", "json"]
        )[0]
    )
    assert out["first"] == "a" and out["a"]["trigger"] == "backed" and out["b"]["trigger"] == "sold"
    target = tmp_path / "net.json"
    _run(["network", "--db", str(db), "--format", "json", "-o", str(target)])
    data = json.loads(target.read_text("utf-8"))
    assert {(e["source"], e["target"]) for e in data["edges"]} == {("IRN", "AZE"), ("ISR", "AZE")}
    graphml = tmp_path / "net.graphml"
    _run(["network", "--db", str(db), "--format", "graphml", "-o", str(graphml)])
    assert nx.read_graphml(graphml).edges["IRN", "AZE"]["relation"] == "conflictual"


def test_cli_claims_contested_and_clean_errors(db: Path) -> None:
    lines = _run(["claims", "--db", str(db), "--contested"])
    assert len(lines) == 2 and lines[0].startswith("contested") and "ISR → AZE" in lines[0]
    with pytest.raises(QueryError, match="SRC->TGT KIND"):
        _run(["precedes", "--db", str(db), "IRN=>AZE conflict", "ISR->AZE 06"])
    with pytest.raises(StoreError, match="no such database"):
        _run(["timeline", "--db", str(db.with_name("missing.db"))])


# ------------------------------------------------------------------ the reference chapter


def _gold_records(gold_path: Path) -> list[dict[str, Any]]:
    """The hand-coded events of the chapter sample as export records."""
    out = []
    for line in gold_path.read_text("utf-8").splitlines():
        g = json.loads(line)
        d = g["date"]
        sentence, trigger = g["sentence"], g["trigger"] or ""
        t = max(sentence.find(trigger), 0)
        ev = Event(
            sentence=sentence,
            sentence_start=0,
            sentence_end=len(sentence),
            trigger=trigger,
            trigger_start=t,
            trigger_end=t + len(trigger),
            source=Actor(g["source"], g["source"][:3], g["source"][3:] or None),
            target=Actor(g["target"], g["target"][:3], g["target"][3:] or None),
            cameo=g["cameo"],
            quad_class=g["quad"],
            goldstein=GOLDSTEIN[g["quad"]],
            date=DateSpan(d["start"], d["end"], d["precision"]) if d else None,
            modality=g["modality"],
            doc_id="chapter",
        )
        out.append(ev.to_record())
    return out


def test_chapter_sample_timeline_network_and_precedence(gold_path: Path) -> None:
    records = _gold_records(gold_path)
    tl = timeline(records, dyad=("ISR", "AZE"))
    assert tl.dated[0].date == "1991-12-25" and tl.dated[0].cameo == "054"
    assert tl.undated and all(e.date == "undated" for e in tl.undated)
    g = network(records)
    assert g.edges["ISR", "AZE"]["relation"] == "cooperative"
    assert g.edges["IRN", "AZE"]["relation"] == "conflictual"
    # Iran's hostility to Azerbaijan is dated before Israel's arms sales in the war
    result = precedes(records, "IRN->AZE conflict", "ISR<->AZE material-cooperation")
    assert result.first == "a"
    assert precedes(records, "ARM->ISR 16", "ISR->AZE 05").first == "b"


def test_precedence_prefers_known_starts_over_open_ones() -> None:
    from dyadline.analysis import precedes
    from dyadline.model import Actor, DateSpan, Event

    def rec(src: str, tgt: str, cameo: str, quad: int, start: str | None, end: str) -> dict:
        ev = Event(
            sentence=f"{src} and {tgt}.",
            sentence_start=0,
            sentence_end=10,
            trigger="x",
            trigger_start=0,
            trigger_end=1,
            source=Actor(src, src),
            target=Actor(tgt, tgt),
            cameo=cameo,
            quad_class=quad,
            date=DateSpan(start, end, "range" if start is None else "year"),
            doc_id="d",
        )
        return ev.to_record()

    records = [
        rec("IRN", "AZE", "110", 3, "1991-01-01", "1991-12-31"),
        rec("ISR", "AZE", "072", 2, None, "2020-07-11"),  # "before the war": open start
        rec("ISR", "AZE", "060", 2, "1995-01-01", "1996-12-31"),
    ]
    result = precedes(records, "IRN->AZE conflict", "ISR<->AZE material-cooperation")
    assert result.first == "a"
    assert result.b is not None and result.b["date"]["start"] == "1995-01-01"


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("israel", "ISR"),
        ("Azerbaijan", "AZE"),
        ("Iranian", "IRN"),
        ("NATO", "NAT"),
        ("Baku", "AZE"),  # a capital stands for its state
        ("isr", "ISR"),
        ("irnmil", "IRNMIL"),
        ("XYZ", "XYZ"),  # a code no packaged codebook has (a user codebook may)
    ],
)
def test_actor_names_and_codes_as_a_user_types_them(typed: str, code: str) -> None:
    from dyadline.analysis.records import actor_code_for

    assert actor_code_for(typed) == code


@pytest.mark.parametrize("typed", ["Nowhereland", "IS", "ISRGO", "12", ""])
def test_unknown_actor_names_say_what_to_give(typed: str) -> None:
    from dyadline.analysis.records import actor_code_for

    with pytest.raises(QueryError, match="give an actor code such as ISR"):
        actor_code_for(typed)


def test_queries_take_country_names() -> None:
    q = parse_query("israel<->Azerbaijan cooperation")
    assert (q.source, q.target) == ("ISR", "AZE")
