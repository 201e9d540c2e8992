"""A protest whose phrase names no doer ("thousands", "demonstrations against X
took place in Y") is the act of the people of its place, else of the target's state
(``agentless.tsv`` source ``crowd``), when it has a target; fighting "between X and
Y" is the two sides' whatever the clause's subject (sentences written for these
tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, events

CROWD: list[tuple[str, set[Triple]]] = [
    ("Demonstrations against Israel took place in Amman.", {("JOROPP", "141", "ISR")}),
    ("A rally against France was held in Bamako.", {("MLIOPP", "141", "FRA")}),
    # no target named: no event
    ("A rally against the war was held in London.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CROWD)
def test_crowd_protest(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


BETWEEN: list[tuple[str, set[Triple]]] = [
    (
        "Thousands were displaced by fighting between Armenia and Azerbaijan.",
        {("ARM", "190", "AZE"), ("AZE", "190", "ARM")},
    ),
    (
        "Fighting between Sudan and South Sudan erupted on Sunday.",
        {("SDN", "190", "SSD"), ("SSD", "190", "SDN")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), BETWEEN)
def test_fighting_between(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected
