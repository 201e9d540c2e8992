"""The world's actors as data: one table per construction, exact codes.

Sentences are written for these tests. Each row names a word of the sentence
and the codes ``actors_for`` gives the noun phrase it heads (with the date
the coder would pass, where a tenure decides).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from dyadline.coder.actor_codebook import country_of_place, load_index, resolve
from dyadline.coder.actors import actors_for, mentions
from dyadline.errors import CodebookError

HEADER = "country\tsector\tkind\tname\taliases\trole\tstart\tend\n"


def codes(nlp: Language, text: str, word: str, date: str | None = None) -> list[str]:
    doc = nlp(text)
    hits = [t for t in doc if t.text == word]
    assert hits, f"{word!r} not in {text!r}"
    return [a.code for a in actors_for(hits[0], date=date)]


SHORT_NAMES = [
    ("Bosnia asked for more aid.", "Bosnia", ["BIH"]),
    ("Macedonia changed its name in 2019.", "Macedonia", ["MKD"]),
    ("Burma released the prisoners.", "Burma", ["MMR"]),
    ("Ivory Coast closed its border.", "Coast", ["CIV"]),
    ("The Soviet Union sent advisers.", "Union", ["SUN"]),
    ("Swaziland held an election.", "Swaziland", ["SWZ"]),
    ("Zaire expelled the envoy.", "Zaire", ["COD"]),
    ("Yugoslavia broke apart.", "Yugoslavia", ["YUG"]),
    ("Czechoslovakia split peacefully.", "Czechoslovakia", ["CSK"]),
    ("East Germany opened the wall.", "Germany", ["DDR"]),
    ("The DRC accused its neighbour.", "DRC", ["COD"]),
    ("East Timor became independent.", "Timor", ["TLS"]),
]


@pytest.mark.parametrize(("text", "word", "expected"), SHORT_NAMES)
def test_short_common_and_historical_state_names(
    nlp: Language, text: str, word: str, expected: list[str]
) -> None:
    assert codes(nlp, text, word) == expected


DEMONYMS = [
    ("Burkinabe soldiers crossed the river.", "soldiers", ["BFAMIL"]),
    ("The Ivorian government protested.", "government", ["CIVGOV"]),
    ("Malagasy officials met the donors.", "officials", ["MDGGOV"]),
    ("Swazi protesters marched.", "protesters", ["SWZOPP"]),
    ("Yugoslav troops withdrew.", "troops", ["YUGMIL"]),
    ("Bosnian Serb soldiers shelled the town.", "soldiers", ["BIHMIL"]),
    ("Guyanese officials signed the deal.", "officials", ["GUYGOV"]),
]


@pytest.mark.parametrize(("text", "word", "expected"), DEMONYMS)
def test_demonyms_give_the_country(
    nlp: Language, text: str, word: str, expected: list[str]
) -> None:
    assert codes(nlp, text, word) == expected


CAPITALS = [
    ("Ankara rejected the offer.", "Ankara", ["TURGOV"]),
    ("Abuja accused the rebels.", "Abuja", ["NGAGOV"]),
    ("Hanoi protested to Beijing.", "Hanoi", ["VNMGOV"]),
    ("Beijing replied within hours.", "Beijing", ["CHNGOV"]),
    ("The Kremlin denied it.", "Kremlin", ["RUSGOV"]),
    ("Canberra recalled its envoy.", "Canberra", ["AUSGOV"]),
]


@pytest.mark.parametrize(("text", "word", "expected"), CAPITALS)
def test_capitals_stand_for_governments(
    nlp: Language, text: str, word: str, expected: list[str]
) -> None:
    assert codes(nlp, text, word) == expected


ORGANISATIONS = [
    ("ECOWAS suspended the junta.", "ECOWAS", ["WAS"]),
    ("ASEAN issued a statement.", "ASEAN", ["ASN"]),
    ("OPEC cut its output.", "OPEC", ["OPC"]),
    ("The G7 warned Moscow.", "G7", ["G7"]),
    ("UNICEF delivered vaccines.", "UNICEF", ["UNO"]),
    ("The UN refugee agency criticised the plan.", "agency", ["UNO"]),
    ("The European Commission fined the firm.", "Commission", ["EUN"]),
    ("The European Community lifted the embargo in 1988.", "Community", ["EUN"]),
    ("The African Union sent observers.", "Union", ["AFU"]),
    ("Amnesty International condemned the arrests.", "International", ["NGO"]),
    ("Doctors Without Borders evacuated its staff.", "Doctors", ["NGO"]),
    ("The Red Cross visited the prisoners.", "Cross", ["NGO"]),
    ("The World Bank approved a loan.", "Bank", ["WBK"]),
]


@pytest.mark.parametrize(("text", "word", "expected"), ORGANISATIONS)
def test_intergovernmental_and_non_governmental_organisations(
    nlp: Language, text: str, word: str, expected: list[str]
) -> None:
    assert codes(nlp, text, word) == expected


ARMED_GROUPS = [
    ("Boko Haram kidnapped the girls.", "Haram", None, ["NGAINS"]),
    ("FARC released the hostages.", "FARC", None, ["COLREB"]),
    ("Al-Shabaab claimed the attack.", "Shabaab", None, ["SOMINS"]),
    ("The Taliban attacked the convoy in 2010.", "Taliban", "2010-05-01", ["AFGINS"]),
    ("The Taliban closed the schools in 2022.", "Taliban", "2022-03-01", ["AFGGOV"]),
    ("The Taliban banned music in 1998.", "Taliban", "1998-01-01", ["AFGGOV"]),
    ("The SPLA fought government troops in 1995.", "SPLA", "1995-01-01", ["SDNREB"]),
    ("The SPLA fought government troops in 2014.", "SPLA", "2014-01-01", ["SSDGOV"]),
    ("The Houthis fired a missile.", "Houthis", None, ["YEMREB"]),
    ("Hamas fired rockets.", "Hamas", None, ["PSEINS"]),
]


@pytest.mark.parametrize(("text", "word", "date", "expected"), ARMED_GROUPS)
def test_armed_groups_by_country_and_status_on_the_date(
    nlp: Language, text: str, word: str, date: str | None, expected: list[str]
) -> None:
    assert codes(nlp, text, word, date) == expected


PEOPLES = [
    ("The Rohingya fled the fighting.", "Rohingya", ["MMRCVL"]),
    ("Uyghurs were detained.", "Uyghurs", ["CHNCVL"]),
    ("Iraqi Kurds voted.", "Kurds", ["IRQCVL"]),
    ("Kurdish militants took the town.", "militants", ["TURINS"]),
    ("Hutu troops crossed the border.", "troops", ["RWAMIL"]),
    ("Baloch separatists attacked a convoy.", "separatists", ["PAKSEP"]),
]


@pytest.mark.parametrize(("text", "word", "expected"), PEOPLES)
def test_peoples_are_coded_where_they_live(
    nlp: Language, text: str, word: str, expected: list[str]
) -> None:
    assert codes(nlp, text, word) == expected


LEADERS = [
    ("Mugabe addressed parliament.", "Mugabe", "2005-01-01", ["ZWEGOV"]),
    ("Mubarak received the envoy.", "Mubarak", "2005-01-01", ["EGYGOV"]),
    ("Kofi Annan urged restraint.", "Annan", "2003-01-01", ["UNOGOV"]),
    ("Modi visited Tokyo.", "Modi", "2018-01-01", ["INDGOV"]),
    ("Merkel called Macron.", "Merkel", "2019-01-01", ["DEUGOV"]),
    ("Kim Jong Un fired a missile.", "Un", "2017-01-01", ["PRKGOV"]),
    # one surname, two people: the date decides
    ("Kabila met the rebels.", "Kabila", "1998-01-01", ["CODGOV"]),
    ("Sharif visited Beijing.", "Sharif", "2015-01-01", ["PAKGOV"]),
    ("Le Drian visited Mali in 2014.", "Drian", "2014-01-01", ["FRAMIL"]),
    ("Le Drian visited Mali in 2019.", "Drian", "2019-01-01", ["FRAGOV"]),
    # out of office on the date: the country, not its government
    ("Berisha led the protest.", "Berisha", "2010-01-01", ["ALBGOV"]),
    ("Berisha led the protest.", "Berisha", "2020-01-01", ["ALBELI"]),
    ("The FARC signed the accord in 2016.", "FARC", "2016-11-24", ["COLREB"]),
    ("The FARC won seats in 2018.", "FARC", "2018-03-11", ["COL"]),
]


@pytest.mark.parametrize(("text", "word", "date", "expected"), LEADERS)
def test_leaders_by_role_on_the_date(
    nlp: Language, text: str, word: str, date: str, expected: list[str]
) -> None:
    assert codes(nlp, text, word, date) == expected


def test_an_ambiguous_surname_resolves_to_the_holder_on_the_date() -> None:
    index = load_index()
    kabila = index["kabila"]
    assert resolve(kabila, "1999-06-01").name == "Laurent-Désiré Kabila"
    assert resolve(kabila, "2010-06-01").name == "Joseph Kabila"
    aoun = index["aoun"]
    assert resolve(aoun, "2018-01-01").name == "Michel Aoun"
    assert resolve(aoun, "2025-06-01").name == "Joseph Aoun"


def test_sector_nouns_take_a_citys_country(nlp: Language) -> None:
    assert codes(nlp, "Rebels in Goma shelled the town.", "Rebels") == ["CODREB"]
    assert codes(nlp, "Soldiers in Lagos arrested the men.", "Soldiers") == ["NGAMIL"]
    assert [country_of_place(n) for n in ("Mosul", "São Paulo", "Sao Paulo", "Atlantis")] == [
        "IRQ",
        "BRA",
        "BRA",
        None,
    ]


def test_a_mention_keeps_its_candidates_as_plain_data(nlp: Language) -> None:
    doc = nlp("Kabila met Museveni.")
    assert [(m["text"], m["kind"], len(m["candidates"])) for m in doc._.actors] == [
        ("Kabila", "person", 2),
        ("Museveni", "person", 1),
    ]
    assert [m.resolved("1998-01-01").name for m in mentions(doc)] == [
        "Laurent-Désiré Kabila",
        "Yoweri Museveni",
    ]


def _write(tmp_path: Path, rows: str) -> str:
    path = tmp_path / "mine.tsv"
    path.write_text("# my actors\n" + HEADER + rows, encoding="utf-8")
    return str(path)


def test_overlapping_tenures_in_one_role_are_refused_with_file_and_line(
    tmp_path: Path,
) -> None:
    path = _write(
        tmp_path,
        "FRD\tGOV\tperson\tRufus Firefly\tFirefly\tpresident\t1933-01\t1935-06\n"
        "FRD\tGOV\tperson\tChicolini\tChicolini\tpresident\t1935-01\t\n",
    )
    with pytest.raises(CodebookError, match=r"mine\.tsv:4: Chicolini's term as president"):
        load_index([path])


def test_a_handover_month_is_not_an_overlap(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "FRD\tGOV\tperson\tRufus Firefly\tFirefly\tpresident\t1933-01\t1935-06\n"
        "FRD\tGOV\tperson\tChicolini\tChicolini\tpresident\t1935-06\t\n",
    )
    assert [e.name for e in load_index([path])["chicolini"]] == ["Chicolini"]


def test_a_role_held_by_several_at_once_is_written_one_of(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "FRD\tGOV\tperson\tRufus Firefly\tFirefly\tone of the spokespersons\t1933\t\n"
        "FRD\tGOV\tperson\tChicolini\tChicolini\tone of the spokespersons\t1934\t\n",
    )
    index = load_index([path])
    assert [index["firefly"][0].code, index["chicolini"][0].code] == ["FRDGOV", "FRDGOV"]


def test_an_alias_with_two_codes_at_once_is_refused_with_file_and_line(
    tmp_path: Path,
) -> None:
    path = _write(
        tmp_path,
        "FRD\tGOV\torg\tFreedonia Council\tThe Council\t\t\t\n"
        "SYL\tGOV\torg\tSylvania Council\tThe Council\t\t\t\n",
    )
    with pytest.raises(CodebookError, match=r"mine\.tsv:4: the alias 'the council' is SYLGOV"):
        load_index([path])


def test_a_row_with_missing_columns_names_its_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "FRD\tGOV\torg\tFreedonia Council\n")
    with pytest.raises(CodebookError, match=r"mine\.tsv:3: .*4 tab-separated columns"):
        load_index([path])


def test_an_end_before_the_start_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, "FRD\tGOV\tperson\tRufus Firefly\tFirefly\tpresident\t1935\t1933\n")
    with pytest.raises(CodebookError, match=r"mine\.tsv:3: 'Rufus Firefly' ends \(1933\)"):
        load_index([path])
