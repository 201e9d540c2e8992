"""PETRARCH-2 dictionaries read as dyadline codebooks (``--codebook``), and the
``dyadline codebook`` command. The small dictionaries are written for the test
in PETRARCH-2's formats (the actors and the country Freedonia are invented)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from dyadline.annotate import annotate
from dyadline.cli import main
from dyadline.codebook_stats import coverage, loaded_coverage, summary
from dyadline.coder.patterns import load_index, parse_rows
from dyadline.nlp import load_pipeline, split_codebooks
from dyadline.petrarch_dict import convert, dictionary_kind
from dyadline.read import read_text

VERBS = """\
# a verb dictionary in PETRARCH-2's format
&TROOPS
+SOLDIERS
+TROOPS
+ARMED_FORCES

---  CONDEMN   [111]  ---
CONDEMN
DENOUNCE {DENOUNCES DENOUNCED DENOUNCING }
- * (FOR +)                    [112]  # condemn for
- * &TROOPS                    [1121]

---  RUSH   [---]  ---
RUSH
HURRY {HURRIES HURRYING HURRIED }
+RUSHED_TO {}
- * AID                        [070]   # rush aid
- * {RELIEF SUPPLIES}          [073]
- * (TO)                       [042:043]
- &TROOPS * (TO BORDER)        [154]
- * (INTO (THE AREA))          [192]
- * RELIEF                     [---]
- * (TO)                       [043]

---  SHOOT_DOWN   [195]  ---
SHOOT_DOWN
"""

ACTORS = """\
# an actor dictionary in PETRARCH-2's format
FREEDONIA_  [FRD]
+FREEDONIAN_
+FREEDONIA_CITY_

FREEDONIAN_ARMY
+FDA
\t[FRDMIL]

RUFUS_FIREFLY_  # a leader
+PRESIDENT_FIREFLY_
\t[FRDGOV 330101-451231]
\t[FRDELI]

UNITED_NATIONS_ [IGOUNO]
SOME_AGENT [~GOV]
COASTAL_FISHERIES_COUNCIL_ [IGOWAFCFC]
"""

PATTERNS = "trigger\tpos\trequires\ttarget\tcameo\tflags\n"
ACTOR_TSV = "country\tsector\tkind\tname\taliases\trole\tstart\tend\n"


def write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return str(path)


def test_the_two_formats_are_told_apart_by_content() -> None:
    assert dictionary_kind(VERBS) == "verbs"
    assert dictionary_kind(ACTORS) == "actors"
    assert dictionary_kind(PATTERNS + "snub\tV\t-\tobj\t111\t-\n") is None
    assert dictionary_kind(ACTOR_TSV) is None
    assert dictionary_kind("just some words\n") is None


def test_verb_dictionary_rows_kept_and_dropped() -> None:
    conversion = convert(VERBS)
    assert conversion is not None and conversion.kind == "verbs"
    rows = [
        (line, r["trigger"], r["requires"], r["target"], r["cameo"]) for line, r in conversion.rows
    ]
    default = "obj|prep:to|with|against|on|at|from|into"
    assert rows == [
        (8, "condemn", "-", default, "111"),
        (9, "denounce", "-", default, "111"),
        (10, "condemn", "prep:for", "prep:for", "112"),
        (10, "denounce", "prep:for", "prep:for", "112"),
        (11, "condemn", "obj=soldiers|troops", default, "1121"),
        (11, "denounce", "obj=soldiers|troops", default, "1121"),
        (17, "rush", "obj=aid", default, "070"),
        (17, "hurry", "obj=aid", default, "070"),
        (18, "rush", "obj=supplies", default, "073"),
        (18, "hurry", "obj=supplies", default, "073"),
        (19, "rush", "prep:to", default, "042"),
        (19, "hurry", "prep:to", default, "042"),
        (26, "shoot down", "-", default, "195"),
    ]
    assert dict(conversion.dropped) == {
        "compound verb form ('+' line)": 1,
        "words before the verb (a subject constraint)": 1,
        "pattern without '*' or with nested phrases": 1,
        "pattern with no code of its own or not a CAMEO code": 1,
        "a later pattern with the key of an earlier one": 2,
    }


def test_pattern_forms_of_the_petrarch_dictionary() -> None:
    text = """\
&TREATY
+TREATY
+PACT
---  OFFER   [030]  ---
OFFER
- * {MILITARY &TREATY} WITH +   [0312]
- * COUP AGAINST                [138]
- * (TO LIST) (OF {BANNED PARTIES}) [1722]
- * + (FOR TALKS)               [036]
- SPY_*_DEAL                    [---]
"""
    conversion = convert(text)
    assert conversion is not None
    rows = [(r["requires"], r["target"], r["cameo"]) for _, r in conversion.rows]
    default = "obj|prep:to|with|against|on|at|from|into"
    assert rows == [
        ("-", default, "030"),
        ("obj=pact|treaty", "prep:with", "0312"),
        ("obj=coup", default, "138"),
        ("prep:to=list;prep:of=parties", default, "1722"),
        ("prep:for=talks", "obj", "036"),
    ]
    assert dict(conversion.dropped) == {"pattern with no code of its own or not a CAMEO code": 1}


def test_older_forms_comments_and_a_verbs_own_code() -> None:
    text = """\
<!-- a verb dictionary
     in an older style -->
---  EXPLAIN   [010]  ---
EXPLAIN ; tony 3/12/91
CLARIFY {CLARIFIES CLARIFIED } [040]
COME {COMING COMES CAME } [---]
- ** RELATIONS [050]  ; pas 4/20/03
"""
    conversion = convert(text)
    assert conversion is not None
    assert [(n, r["trigger"], r["requires"], r["cameo"]) for n, r in conversion.rows] == [
        (4, "explain", "-", "010"),
        (5, "clarify", "-", "040"),
        (7, "explain", "obj=relations", "050"),
        (7, "clarify", "obj=relations", "050"),
        (7, "come", "obj=relations", "050"),
    ]


def test_converted_verb_rows_pass_the_pattern_loader() -> None:
    conversion = convert(VERBS)
    assert conversion is not None
    patterns = parse_rows([r for _, r in conversion.rows], "verbs.txt")
    assert [(p.trigger, p.particle, p.cameo) for p in patterns][-1] == ("shoot", "down", "195")


def test_actor_dictionary_rows() -> None:
    conversion = convert(ACTORS)
    assert conversion is not None and conversion.kind == "actors"
    assert [list(r.values()) for _, r in conversion.rows] == [
        ["FRD", "", "state", "Freedonia", "Freedonia|Freedonian|Freedonia City", "", "", ""],
        ["FRD", "MIL", "org", "Freedonian Army", "Freedonian Army|FDA", "", "", ""],
        [
            "FRD",
            "GOV",
            "person",
            "Rufus Firefly",
            "Rufus Firefly|President Firefly",
            "PETRARCH FRDGOV",
            "1933-01-01",
            "1945-12-31",
        ],
        [
            "FRD",
            "ELI",
            "person",
            "Rufus Firefly",
            "Rufus Firefly|President Firefly",
            "PETRARCH FRDELI",
            "",
            "",
        ],
        ["UNO", "", "org", "United Nations", "United Nations", "", "", ""],
        [
            "IGO",
            "",
            "org",
            "Coastal Fisheries Council",
            "Coastal Fisheries Council",
            "",
            "",
            "",
        ],
    ]
    assert dict(conversion.dropped) == {"agent code or code without a country": 1}


def test_tenure_forms_from_and_until_and_eight_digit_years() -> None:
    text = "A_PERSON_\n\t[FRDGOV >011222]\n\t[FRDMIL <19270101]\n\t[FRDLEG 990101-050630]\n"
    conversion = convert(text)
    assert conversion is not None
    assert [(r["sector"], r["start"], r["end"]) for _, r in conversion.rows] == [
        ("GOV", "2001-12-22", ""),
        ("MIL", "", "1927-01-01"),
        ("LEG", "1999-01-01", "2005-06-30"),
    ]


def test_a_default_code_on_the_name_line_comes_after_the_tenures() -> None:
    conversion = convert("OTTO_BRAUN_  [FRDELI]; a legacy comment\n\t[FRDGOV 19200101-19321231]\n")
    assert conversion is not None
    assert [(r["sector"], r["start"], r["end"]) for _, r in conversion.rows] == [
        ("GOV", "1920-01-01", "1932-12-31"),
        ("ELI", "", ""),
    ]


def test_codebook_option_sorts_petrarch_files_by_content(tmp_path: Path) -> None:
    verbs = write(tmp_path, "CAMEO.mine.txt", VERBS)
    actors = write(tmp_path, "mine.actors.txt", ACTORS)
    assert split_codebooks([verbs, actors]) == ([actors], [verbs])
    index = load_index([verbs])
    assert [p.cameo for p in index.candidates("V", "hurry")] == ["070", "073", "042"]


def test_a_petrarch_users_dictionaries_code_a_text(tmp_path: Path) -> None:
    verbs = write(tmp_path, "CAMEO.mine.txt", VERBS)
    actors = write(tmp_path, "mine.actors.txt", ACTORS)
    nlp: Language = load_pipeline(codebooks=[actors, verbs])
    dated = "---\ndate: 1940-05-02\n---\n\nPresident Firefly denounced Iran.\n"
    doc = annotate(read_text(dated, fmt="md"), nlp)
    assert [(e.source.code, e.target.code if e.target else None, e.cameo) for e in doc.events] == [
        ("FRDGOV", "IRN", "111")
    ]
    doc = annotate(read_text("The Freedonian Army hurried aid to Iran.\n"), nlp)
    assert [(e.source.code, e.target.code if e.target else None, e.cameo) for e in doc.events] == [
        ("FRDMIL", "IRN", "070")
    ]


def test_a_line_a_petrarch_reader_would_not_read_is_dropped_and_counted() -> None:
    conversion = convert("FREEDONIA_ [FRD 33010]\nSYLVANIA_ [SYL]\n")
    assert conversion is not None
    assert [r["name"] for _, r in conversion.rows] == ["Sylvania"]
    assert dict(conversion.dropped) == {"name without a code": 1}


def test_coverage_counts_verb_and_noun_triggers_per_code() -> None:
    rows = [
        {
            "trigger": "snub",
            "pos": "V",
            "requires": "-",
            "target": "obj",
            "cameo": "111",
            "flags": "-",
        },
        {
            "trigger": "scold",
            "pos": "V",
            "requires": "-",
            "target": "obj",
            "cameo": "111",
            "flags": "-",
        },
        {
            "trigger": "rebuke",
            "pos": "N",
            "requires": "-",
            "target": "prep:of",
            "cameo": "111",
            "flags": "-",
        },
        {
            "trigger": "shoot down",
            "pos": "V",
            "requires": "-",
            "target": "obj",
            "cameo": "195",
            "flags": "-",
        },
        {
            "trigger": "return",
            "pos": "V",
            "requires": "-",
            "target": "obj",
            "cameo": "042",
            "flags": "mirror",
        },
    ]
    entries = {e.code: e for e in coverage(parse_rows(rows, "mine.tsv"))}
    assert (entries["111"].verbs, entries["111"].nouns, entries["111"].rows) == (
        ("scold", "snub"),
        ("rebuke",),
        3,
    )
    assert entries["195"].verbs == ("shoot down",)
    assert entries["042"].covered is False  # a mirror row's code is a placeholder
    assert summary(list(entries.values()))["covered"] == 2


def test_packaged_coverage_has_every_code_once() -> None:
    entries = loaded_coverage()
    codes = [e.code for e in entries]
    assert len(codes) == len(set(codes))
    assert all(len(c) in (3, 4) for c in codes)
    s = summary(entries)
    assert s["covered"] + s["none"] == s["codes"] == len(entries)


def test_cli_codebook_stats_and_convert(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    verbs = write(tmp_path, "CAMEO.mine.txt", VERBS)
    assert main(["codebook", "stats", "--format", "json"]) == 0
    before = json.loads(capsys.readouterr().out)
    assert main(["codebook", "stats", "--format", "json", "--codebook", verbs]) == 0
    after = json.loads(capsys.readouterr().out)
    by_code = {e["code"]: e for e in after["codes"]}
    assert "hurry" in by_code["070"]["verbs"]
    assert by_code["1121"]["verbs"] == ["accuse", "condemn", "denounce"]
    assert after["summary"]["verb_triggers"] > before["summary"]["verb_triggers"]
    assert main(["codebook", "stats", "--missing", "--format", "tsv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "code\tlabel\torigin\tverbs\tnouns\trows\tderived"
    assert all(line.split("\t")[3:5] == ["-", "-"] for line in lines[1:])
    out = tmp_path / "converted.tsv"
    assert main(["codebook", "convert", verbs, "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "13 rows kept (verbs)" in err.splitlines()[0]
    packaged = len(load_index().candidates("V", "denounce"))
    assert len(load_index([str(out)]).candidates("V", "denounce")) == packaged + 3


def test_cli_convert_refuses_a_file_that_is_no_dictionary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plain = write(tmp_path, "notes.txt", "just some words\n")
    assert main(["codebook", "convert", plain]) == 2
    assert capsys.readouterr().err == (
        f"dyadline: {plain}: is neither a PETRARCH-2 verb dictionary nor an actor dictionary "
        "(give a file with '--- VERB [code] ---' blocks, or 'NAME [CODE]' lines)\n"
    )
