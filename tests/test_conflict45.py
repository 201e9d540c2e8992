"""Quarrels, standoffs and custody of the conflict45 block of verbs.tsv (roots 11, 15,
17), one table per construction (sentences written for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, both, events

# 110 a territory or right disputed between two states, coded both ways
DISPUTES: list[tuple[str, set[Triple]]] = [
    ("Japan and China still dispute the rocky islets.", both("JPN", "110", "CHN")),
    ("Uganda contests the islands with Kenya.", both("UGA", "110", "KEN")),
    ("Kenya disputes the border with Uganda.", both("KEN", "110", "UGA")),
    # a report disputed is no quarrel between states
    ("Kenya disputed the report.", set()),
]


@pytest.mark.parametrize(("text", "expected"), DISPUTES)
def test_disputes(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# 150 a standoff between two states, coded both ways
STANDOFFS: list[tuple[str, set[Triple]]] = [
    ("India is in a tense standoff with China.", both("IND", "150", "CHN")),
    ("Kenya and Uganda have been locked in a standoff.", both("KEN", "150", "UGA")),
    ("The standoff between Kenya and Uganda continued.", both("KEN", "150", "UGA")),
]


@pytest.mark.parametrize(("text", "expected"), STANDOFFS)
def test_standoffs(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# 173 arrested again
REARRESTS: list[tuple[str, set[Triple]]] = [
    ("Kenyan police rearrested the gang leader.", {("KENCOP", "173", "KENCRM")}),
    ("The gang leader was rearrested in Kenya.", {("KENGOV", "173", "KENCRM")}),
]


@pytest.mark.parametrize(("text", "expected"), REARRESTS)
def test_rearrests(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# 141 a march against an actor; 173 a person recaptured (a town recaptured stays 192)
MARCHES_AND_RECAPTURES: list[tuple[str, set[Triple]]] = [
    ("Kenyan protesters marched against the government.", {("KENOPP", "141", "KENGOV")}),
    ("Haitian police recaptured the gang leader.", {("HTICOP", "173", "HTICRM")}),
    ("The Syrian army recaptured the city from the rebels.", {("SYRMIL", "192", "SYRREB")}),
]


@pytest.mark.parametrize(("text", "expected"), MARCHES_AND_RECAPTURES)
def test_marches_and_recaptures(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# 175 protests or dissent crushed at home: the state's own people where no place is
# named; 190 armed foes crushed; a country beaten at sport is no act of force
CRUSHED: list[tuple[str, set[Triple]]] = [
    ("The Kenyan army crushed the protests.", {("KENMIL", "175", "KENCVL")}),
    ("Kenyan police quelled the protests in Nairobi.", {("KENCOP", "175", "KENCVL")}),
    ("Kenyan police put down the uprising.", {("KENCOP", "175", "KENCVL")}),
    ("Kenyan police stamped out dissent.", {("KENCOP", "175", "KENCVL")}),
    ("The Kenyan army crushed the rebels.", {("KENMIL", "190", "KENREB")}),
    # force vowed is a threat of force (138: the coding guide's "vowed to retaliate against")
    ("The Kenyan president vowed to crush the rebels.", {("KENGOV", "138", "KENREB")}),
    ("Kenya crushed Uganda in the football final.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CRUSHED)
def test_crushed(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected
