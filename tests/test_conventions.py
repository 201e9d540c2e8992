"""CAMEO's conventions for any act (CODING-GUIDE.md), on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, events

CONVENTIONS: list[tuple[str, set[Triple]]] = [
    # a promise, "will", an offer, a willingness, an agreement to act: intent (03x / 13x)
    ("Sudan promised to release the Chadian prisoners.", {("SDN", "0353", "TCDCVL")}),
    ("Ethiopia will provide aid to Somalia.", {("ETH", "033", "SOM")}),
    ("Russia will attack Ukraine.", {("RUS", "138", "UKR")}),
    ("The Egyptian foreign minister will visit Israel next week.", {("EGYGOV", "036", "ISR")}),
    ("Iran said it would free the British sailors.", {("IRN", "0353", "GBR")}),
    (
        "Vietnam offered to mediate between Cambodia and Thailand.",
        {("VNM", "039", "KHM"), ("VNM", "039", "THA")},
    ),
    # demands
    ("France demanded that Germany withdraw its troops.", {("FRA", "100", "DEU")}),
    # verbal acts aimed at an actor
    ("Greece criticized Turkey.", {("GRC", "111", "TUR")}),
    ("Venezuela accused Colombia of spying.", {("VEN", "1125", "COL")}),
    ("Canada praised Mexico.", {("CAN", "051", "MEX")}),
    ("Russia warned Ukraine.", {("RUS", "130", "UKR")}),
    ("Cuba rejected the proposal from Spain.", {("CUB", "120", "ESP")}),
    # mutual acts both ways
    ("Israel and Jordan signed an agreement.", {("ISR", "057", "JOR"), ("JOR", "057", "ISR")}),
    ("Brazil held talks with Argentina.", {("BRA", "046", "ARG"), ("ARG", "046", "BRA")}),
    (
        "Japan and South Korea agreed to resume talks.",
        {("JPN", "036", "KOR"), ("KOR", "036", "JPN")},
    ),
    (
        "Saudi Arabia and Iran restored diplomatic relations.",
        {("SAU", "054", "IRN"), ("IRN", "054", "SAU")},
    ),
    # nominal triggers: the possessive or compound actor is the source
    ("Russia's invasion of Ukraine began in 2022.", {("RUS", "192", "UKR")}),
    ("The US sanctions on Iran hurt its economy.", {("USA", "163", "IRN")}),
    ("Brazil recalled its ambassador to Israel.", {("BRA", "161", "ISR")}),
    # a bare statement with no target is no event
    ("Iran said the weather was fine.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CONVENTIONS)
def test_conventions(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


def test_a_promise_is_future(nlp: Language) -> None:
    (ev,) = nlp("Ethiopia will provide aid to Somalia.")._.events
    assert ev.modality == "future"


def test_an_offer_or_agreement_to_act_is_a_future_intent(nlp: Language) -> None:
    got = [
        (e.source.code, e.cameo, e.target.code if e.target else None, e.modality)
        for e in nlp("China offered to send aid to Nepal.")._.events
    ]
    assert got == [("CHN", "0333", "NPL", "future")]
    both = nlp("Ghana and Togo agreed to boost trade.")._.events
    assert {(e.source.code, e.cameo, e.target.code if e.target else None) for e in both} == {
        ("GHA", "0311", "TGO"),
        ("TGO", "0311", "GHA"),
    }
