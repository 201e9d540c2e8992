"""Material and threatening acts of news told by the rows of the "conflict" block of
verbs.tsv, one table per kind of act (sentences written for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, events

# 172 a ban at home: the victims are the state's own people where no one is named
BANS: list[tuple[str, set[Triple]]] = [
    ("Belarus banned the opposition newspaper.", {("BLR", "1721", "BLROPP")}),
    ("Iran banned women from stadiums.", {("IRN", "1721", "IRNCVL")}),
    ("Pakistan banned the opposition party.", {("PAK", "1722", "PAKOPP")}),
    ("Belarus banned the weekly newspaper.", {("BLR", "1721", "BLRCVL")}),
    # barring foreigners from entering is a sanction on their state
    (
        "The United States barred two Ugandan officials from entering the country.",
        {("USA", "163", "UGAGOV")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), BANS)
def test_bans(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# 163 sanctions told by the verb that applies them
SANCTION_VERBS: list[tuple[str, set[Triple]]] = [
    ("Washington hit Venezuela with new sanctions.", {("USAGOV", "163", "VEN")}),
    ("Mexico retaliated with tariffs on American steel.", {("MEX", "163", "USA")}),
    ("China slapped Australia with tariffs.", {("CHN", "163", "AUS")}),
    # a hit without sanctions stays force
    ("Ukraine hit Russia with drones.", {("UKR", "190", "RUS")}),
]


@pytest.mark.parametrize(("text", "expected"), SANCTION_VERBS)
def test_sanction_verbs(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# 161 an embassy closed: whose embassy, or where
EMBASSIES: list[tuple[str, set[Triple]]] = [
    ("Mali closed the French embassy.", {("MLI", "161", "FRA")}),
    ("Canada shut its embassy in Tehran.", {("CAN", "161", "IRN")}),
]


@pytest.mark.parametrize(("text", "expected"), EMBASSIES)
def test_embassies(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# 15 force posture, 13 threats told by what is warned of
POSTURE_AND_THREATS: list[tuple[str, set[Triple]]] = [
    ("Greece mobilised its navy near Turkey.", {("GRC", "154", "TUR")}),
    ("Iran put its air defences on alert.", {("IRN", "152", None)}),
    ("Hamas warned of retaliation against Israel.", {("PSEINS", "138", "ISR")}),
    ("Beijing warned of countermeasures against Canada.", {("CHNGOV", "130", "CAN")}),
]


@pytest.mark.parametrize(("text", "expected"), POSTURE_AND_THREATS)
def test_posture_and_threats(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# 14 a workers' strike needs whom it is against; 19 fighting that broke out between two
# sides, control seized, fighters eliminated
FIGHTS_AND_STRIKES: list[tuple[str, set[Triple]]] = [
    ("Kenyan doctors went on strike against the government.", {("KENHLH", "143", "KENGOV")}),
    ("Ukrainian miners went on strike over wages.", set()),
    (
        "Fighting broke out between Ethiopia and Eritrea.",
        {("ETH", "190", "ERI"), ("ERI", "190", "ETH")},
    ),
    ("Russia seized control of the Ukrainian village.", {("RUS", "192", "UKR")}),
    ("Nigerian troops eliminated five Boko Haram commanders.", {("NGAMIL", "190", "NGAINS")}),
]


@pytest.mark.parametrize(("text", "expected"), FIGHTS_AND_STRIKES)
def test_fights_and_strikes(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected
