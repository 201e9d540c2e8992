"""Mutual acts are coded both ways: coordinated actors of a mutual verb (or the
states a plural group is drawn from: "the ministers of X and Y met"), "talks
between X and Y", a hyphenated dyad compound before an act noun ("the Kenya-Uganda
talks", "the U.S.-China trade deal"), "X held talks with Y", a joint act beside the
act it is part of, an act on "each other" (sentences written for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, both, events

COORDINATED: list[tuple[str, set[Triple]]] = [
    ("Kenya and Uganda signed a trade agreement on Monday.", both("KEN", "057", "UGA")),
    ("Japan and India held talks in Tokyo.", both("JPN", "046", "IND")),
    ("Brazil and Argentina met in Buenos Aires.", both("BRA", "040", "ARG")),
    ("Poland and Hungary publicly disagreed over the plan.", both("POL", "110", "HUN")),
    ("Egypt and Sudan held joint military exercises.", both("EGY", "062", "SDN")),
    # a plural group drawn from several states: each state
    ("The foreign ministers of Egypt and Jordan met in Amman.", both("EGY", "040", "JOR")),
    ("Officials from Sudan and Chad held talks in Khartoum.", both("SDN", "046", "TCD")),
]


@pytest.mark.parametrize(("text", "expected"), COORDINATED)
def test_coordinated_actors_of_a_mutual_act(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


BETWEEN: list[tuple[str, set[Triple]]] = [
    ("Talks between Egypt and Ethiopia resumed on Tuesday.", both("EGY", "040", "ETH")),
    ("An agreement between Ghana and Togo was signed on Friday.", both("GHA", "057", "TGO")),
    ("The clash between Armenia and Azerbaijan left ten soldiers dead.", both("ARM", "190", "AZE")),
]


@pytest.mark.parametrize(("text", "expected"), BETWEEN)
def test_between_x_and_y(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


HYPHENATED: list[tuple[str, set[Triple]]] = [
    # three tokens: name, hyphen, name
    ("Kenya-Uganda talks ended without a deal.", both("KEN", "040", "UGA")),
    # an en dash
    ("The Peru\u2013Chile talks resumed in Lima.", both("PER", "040", "CHL")),
    # one token whose parts are names (an abbreviation and a name)
    ("The U.S.-China trade deal was signed in January.", both("USA", "057", "CHN")),
    # a deal named but not made is no event
    ("The U.S.-China trade deal collapsed.", set()),
    # a compound inside the target phrase names the target, not two sources
    (
        "Militants attacked a joint Kenya-U.S. base in Lamu.",
        {("KENINS", "190", "KEN"), ("KENINS", "190", "USA")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), HYPHENATED)
def test_hyphenated_dyad_compound(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


ONE_EACH_SIDE: list[tuple[str, set[Triple]]] = [
    ("France held talks with Germany on Monday.", both("FRA", "046", "DEU")),
    # a disagreement with one named partner is the speaker's
    ("Chile disagreed with Bolivia over the river.", {("CHL", "110", "BOL")}),
    # a joint operation with a partner is cooperation both ways, beside the attack
    (
        "France launched a joint operation with Mali against militants.",
        both("FRA", "062", "MLI") | {("FRA", "190", "MLIINS")},
    ),
    (
        "Iraqi forces, in coordination with the U.S. military, raided a camp of Islamic State.",
        both("IRQMIL", "060", "USAMIL") | {("IRQMIL", "190", "IRQINS")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ONE_EACH_SIDE)
def test_mutual_act_with_one_partner(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


RECIPROCAL: list[tuple[str, set[Triple]]] = [
    # an act on "each other" / "one another": each subject on the other
    (
        "Armenia and Azerbaijan accused each other of violating the ceasefire.",
        both("ARM", "112", "AZE") | both("ARM", "196", "AZE"),
    ),
    ("Kenya and Somalia blamed one another for the attack.", both("KEN", "112", "SOM")),
    ("Israeli and Lebanese troops fired at each other.", both("ISRMIL", "190", "LBNMIL")),
    # traded accusations or fire is no trade
    ("India and Pakistan traded accusations over the attack.", both("IND", "112", "PAK")),
    ("Ghana and Togo traded fire along the border.", both("GHA", "190", "TGO")),
    ("Brazil traded soybeans with China.", {("BRA", "061", "CHN")}),
]


@pytest.mark.parametrize(("text", "expected"), RECIPROCAL)
def test_reciprocal_and_traded_acts(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected
