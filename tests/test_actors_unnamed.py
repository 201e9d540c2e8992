"""Actors named without a name in news: non-governmental groups, regions and their
states, peoples where they live, "both sides", and hyphenated pairs of states
(sentences written for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from dyadline.coder.actors import DOC_DATE, actors_for

Triple = tuple[str, str, str | None]


def dated(nlp: Language, text: str) -> Doc:
    """The sentence as a news story of 2025-03-12 (groups and people by that date)."""
    doc = nlp.make_doc(text)
    doc.user_data[DOC_DATE] = "2025-03-12"
    for _name, component in nlp.pipeline:
        doc = component(doc)
    return doc


def events(nlp: Language, text: str) -> set[Triple]:
    return {
        (e.source.code, e.cameo, e.target.code if e.target else None)
        for e in dated(nlp, text)._.events
    }


def codes(nlp: Language, text: str, word: str) -> list[str]:
    doc = dated(nlp, text)
    token = next(t for t in doc if t.text == word)
    return [a.code for a in actors_for(token)]


# rights groups, aid agencies, charities: the NGO code; with a demonym, that state's
NGOS: list[tuple[str, set[Triple]]] = [
    ("Rights groups condemned the Egyptian government.", {("NGO", "111", "EGYGOV")}),
    ("Human rights organisations criticized Iran.", {("NGO", "111", "IRN")}),
    ("Aid agencies praised Jordan.", {("NGO", "051", "JOR")}),
    ("International aid groups criticized the Sudanese army.", {("NGO", "111", "SDNMIL")}),
    ("Egyptian rights groups criticized the government.", {("EGYCVL", "111", "EGYGOV")}),
]


@pytest.mark.parametrize(("text", "expected"), NGOS)
def test_unnamed_ngos(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# a region's word gives its code to an actor noun or to a noun for its states
REGIONS: list[tuple[str, set[Triple]]] = [
    ("Western diplomats criticized Russia.", {("WSTGOV", "111", "RUS")}),
    ("Western governments condemned Iran.", {("WSTGOV", "111", "IRN")}),
    ("The West criticized China.", {("WST", "111", "CHN")}),
    ("Arab states condemned Israel.", {("ARB", "111", "ISR")}),
    ("Gulf countries praised Qatar.", {("PGS", "051", "QAT")}),
    ("African leaders criticized France.", {("AFRGOV", "111", "FRA")}),
    ("European officials criticized Hungary.", {("EURGOV", "111", "HUN")}),
    # a person's name, a hyphenated modifier and a prefix are no region
    ("Kanye West criticized Russia.", set()),
    ("Western-backed forces attacked the rebels in Yemen.", {("YEMMIL", "190", "YEMREB")}),
    ("Pro-Western protesters criticized the government in Georgia.", {("GEOOPP", "111", "GEOGOV")}),
]


@pytest.mark.parametrize(("text", "expected"), REGIONS)
def test_regions(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# a people is coded where it lives: a state named with "in" wins over its kin state
PEOPLES: list[tuple[str, set[Triple]]] = [
    ("Kurds in Syria attacked Turkish troops.", {("SYRCVL", "190", "TURMIL")}),
    ("Kurdish fighters in Iraq attacked Turkish troops.", {("IRQREB", "190", "TURMIL")}),
    ("Ethnic Azerbaijanis in Iran criticized the government.", {("IRNCVL", "111", "IRNGOV")}),
    ("Ethnic Hungarians in Romania praised Hungary.", {("ROUCVL", "051", "HUN")}),
    ("Ethnic Russians criticized Estonia.", {("RUSCVL", "111", "EST")}),
    ("Uyghurs criticized China.", {("CHNCVL", "111", "CHN")}),
]


@pytest.mark.parametrize(("text", "expected"), PEOPLES)
def test_peoples_where_they_live(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# "both sides": two states, or two sectors of one state; not the clause's speaker
SIDES: list[tuple[str, str, list[str]]] = [
    (
        "Rebels have been fighting the Congolese army, and the UN says both sides attacked"
        " civilians.",
        "sides",
        ["CODREB", "CODMIL"],
    ),
    (
        "The Rapid Support Forces militia has been fighting the Sudanese army."
        " Both sides attacked civilians.",
        "sides",
        ["SDNREB", "SDNMIL"],
    ),
    ("The EU and China held talks in Beijing. The two sides agreed.", "sides", ["EUN", "CHN"]),
]


@pytest.mark.parametrize(("text", "word", "expected"), SIDES)
def test_both_sides(nlp: Language, text: str, word: str, expected: list[str]) -> None:
    assert codes(nlp, text, word) == expected


SIDE_EVENTS: list[tuple[str, set[Triple]]] = [
    (
        "The Rapid Support Forces militia has been fighting the Sudanese army."
        " Both sides attacked civilians.",
        {("SDNREB", "190", "SDNMIL"), ("SDNREB", "180", "SDNCVL"), ("SDNMIL", "190", "SDNCVL")},
    ),
    (
        "India and Pakistan exchanged fire. Both sides criticized each other.",
        {
            ("IND", "190", "PAK"),
            ("PAK", "190", "IND"),
            ("IND", "111", "PAK"),
            ("PAK", "111", "IND"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), SIDE_EVENTS)
def test_both_sides_act(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# a hyphen after an abbreviation's full stop joins two names
HYPHENS: list[tuple[str, set[Triple]]] = [
    ("U.S.-Israeli strikes hit Iran.", {("USA", "190", "IRN"), ("ISR", "190", "IRN")}),
    (
        "U.N.-backed talks between Serbia and Kosovo ended.",
        {("SRB", "040", "XKX"), ("XKX", "040", "SRB")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), HYPHENS)
def test_hyphenated_pairs(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


def test_hyphen_after_abbreviation_is_split(nlp: Language) -> None:
    assert [t.text for t in nlp.make_doc("U.S.-Israeli talks")] == ["U.S.", "-", "Israeli", "talks"]
