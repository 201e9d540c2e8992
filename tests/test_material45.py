"""Material acts (CAMEO roots 06-09, 18-20) in news wording: troop withdrawals named by
a noun whose "of" phrase is the doer and whose "from" phrase is the state left (0874),
troop drawdowns, and joint exercises, drills and security cooperation with one actor on
each side, coded both ways (062). Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, both, events

WITHDRAWALS: list[tuple[str, set[Triple]]] = [
    ("The withdrawal of American forces from Iraq began in June.", {("USAMIL", "0874", "IRQ")}),
    ("The withdrawal of Russian troops from Moldova was slow.", {("RUSMIL", "0874", "MDA")}),
    ("The American drawdown from Iraq is complete.", {("USA", "0874", "IRQ")}),
    ("The American troop withdrawal from Syria started last month.", {("USA", "0874", "SYR")}),
]

JOINT: list[tuple[str, set[Triple]]] = [
    ("India held joint exercises with Japan.", both("IND", "062", "JPN")),
    ("Egypt held military drills with Greece in May.", both("EGY", "062", "GRC")),
    ("Russia and China held joint naval exercises.", both("RUS", "062", "CHN")),
    # fire exchanged with another side is a mutual fight, as a clash is
    ("Militants exchanged fire with Pakistani soldiers.", both("PAKINS", "190", "PAKMIL")),
    (
        "Indian troops exchanged gunfire with Pakistani soldiers.",
        both("INDMIL", "190", "PAKMIL"),
    ),
    (
        "Japan's security cooperation with Vietnam and the Philippines will grow.",
        both("JPN", "062", "VNM") | both("JPN", "062", "PHL"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), WITHDRAWALS)
def test_withdrawal_nouns(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), JOINT)
def test_joint_acts_both_ways(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


COUNTERFORCE: list[tuple[str, set[Triple]]] = [
    # a fight aimed at a state's own armed group, no doer named: that state's forces
    ("The fight against Boko Haram has displaced thousands.", {("NGAMIL", "190", "NGAINS")}),
    ("The offensive against the rebels in Sudan killed dozens.", {("SDNMIL", "190", "SDNREB")}),
    # a mutual fight with such a group: each side's on the other
    ("The battle with al-Shabab lasted hours in Somalia.", both("SOMMIL", "190", "SOMINS")),
    # a doer named keeps its own code
    ("Kenya's fight against al-Shabab continues.", {("KEN", "190", "SOMINS")}),
    # no actor aimed at: no event
    ("The fight against corruption continues in Kenya.", set()),
]


@pytest.mark.parametrize(("text", "expected"), COUNTERFORCE)
def test_unnamed_state_forces_fight_armed_groups(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected
