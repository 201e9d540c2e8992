"""The rows of the "vocab" block of verbs.tsv: default rows of verbs that had only
rows with required words, common synonyms of the codes news uses, and the
``objactor`` / ``objperson`` requirements (the object names an actor, or a person or
body). One table per kind of act; the sentences are written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, both, events

# a verb that had only required-word rows now codes its plain use
DEFAULTS: list[tuple[str, set[Triple]]] = [
    (
        "Polish farmers lobbied the European Commission for lower tariffs.",
        {("POLCVL", "020", "EUN")},
    ),
    ("A US senator pressed Cairo on human rights.", {("USALEG", "020", "EGYGOV")}),
    ("Youths pelted the police in Srinagar.", {("INDCVL", "145", "INDCOP")}),
    ("Thousands of students rallied in Dhaka on Sunday.", {("BGDCVL", "141", "BGDGOV")}),
]


@pytest.mark.parametrize(("text", "expected"), DEFAULTS)
def test_defaults(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# appeals, consultations and diplomatic cooperation told by common synonyms
COOPERATION: list[tuple[str, set[Triple]]] = [
    ("Washington pushed Tokyo to raise its defence budget.", {("USAGOV", "020", "JPNGOV")}),
    ("The US envoy engaged with the Taliban in Doha.", {("USAGOV", "040", "AFGGOV")}),
    ("Blinken briefed NATO allies in Brussels.", {("USAGOV", "040", "NAT")}),
    ("Seoul and Tokyo revived relations in 2023.", both("KORGOV", "054", "JPNGOV")),
    # a call on an actor to act is a demand (10x, the convention of issue 9)
    ("Germany called on Serbia to free the jailed activists.", {("DEU", "100", "SRB")}),
    (
        "The African Union called upon Sudan's army to end the fighting.",
        {("AFU", "100", "SDNMIL")},
    ),
    ("Beijing wooed Honduras with investment.", {("CHNGOV", "050", "HND")}),
]


@pytest.mark.parametrize(("text", "expected"), COOPERATION)
def test_cooperation(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# reduced relations, coercion and assault told by common synonyms
CONFLICT: list[tuple[str, set[Triple]]] = [
    ("Senegal shunned Niger's junta after the coup.", {("SEN", "160", "NERGOV")}),
    ("Police harassed journalists in Kampala.", {("UGACOP", "170", "UGAMED")}),
    ("Tehran silenced its critics.", {("IRNGOV", "1721", "IRNOPP")}),
    ("Militants maimed three Afghan villagers.", {("AFGINS", "182", "AFGCVL")}),
    ("Gunmen strangled a Mexican reporter.", {("MEXINS", "1823", "MEXMED")}),
    ("Armed gangs terrorised villagers in Haiti.", {("HTICRM", "180", "HTICVL")}),
    ("Venezuela nationalized American oil companies.", {("VEN", "1711", "USABUS")}),
]


@pytest.mark.parametrize(("text", "expected"), CONFLICT)
def test_conflict(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# objactor / objperson: a verb of fighting codes only an object that is an actor, and
# "captured" an arrest only of a person or body, never of a place or a thing
ACTOR_OBJECTS: list[tuple[str, set[Triple]]] = [
    ("Mali's army battled Tuareg rebels in the north.", {("MLIMIL", "190", "MLIREB")}),
    ("Kenyan forces battled al-Shabab in Somalia.", {("KENMIL", "190", "SOMINS")}),
    (
        "Somali troops battled with al-Shabab fighters near Mogadishu.",
        both("SOMMIL", "190", "SOMINS"),
    ),
    ("Firefighters battled wildfires in Greece.", set()),
    ("The agency is battling cholera in Yemen.", set()),
    ("Nigerian soldiers combat Boko Haram militants in Borno.", {("NGAMIL", "190", "NGAINS")}),
    ("The ministry launched a drive to combat malaria in Uganda.", set()),
    ("The army drove out al-Shabab militants from the town.", {("SOMMIL", "190", "SOMINS")}),
    ("Nigerian troops wiped out a Boko Haram cell.", {("NGAMIL", "190", "NGAINS")}),
    ("Britain equipped the Ukrainian army.", {("GBR", "072", "UKRMIL")}),
    ("The company equipped its factories with robots.", set()),
    ("Ukrainian troops captured two Russian soldiers.", {("UKRMIL", "173", "RUSMIL")}),
    ("Russian forces captured Avdiivka in February.", set()),
]


@pytest.mark.parametrize(("text", "expected"), ACTOR_OBJECTS)
def test_actor_objects(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


def test_actor_requirements_parse() -> None:
    from dyadline.coder.patterns import parse_rows

    rows = [
        {"trigger": "battle", "pos": "V", "requires": "objactor", "target": "obj"},
        {"trigger": "capture", "pos": "V", "requires": "objperson", "target": "obj"},
    ]
    parsed = parse_rows([{**r, "cameo": "190", "flags": "-"} for r in rows], "test")
    assert [p.requires[0].kind for p in parsed] == ["objactor", "objperson"]
