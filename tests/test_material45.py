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
    (
        "Japan's security cooperation with India and the Philippines will grow.",
        both("JPN", "062", "IND") | both("JPN", "062", "PHL"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), WITHDRAWALS)
def test_withdrawal_nouns(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), JOINT)
def test_joint_exercises_both_ways(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected
