"""The "requirement" breakdown of benchmarks/blockers.py: a gold event missed because
its trigger's rows all require words the sentence lacks is classed by the trigger's
coarse class (V/N), whether its rows agree on one CAMEO root, and whether that root is
the gold's. One table per construction; the sentences are written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from spacy.language import Language

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import blockers

from dyadline.coder.patterns import load_index

SENT = "The council weighed the matter in the capital on Monday."

# (blocked triggers of the sentence, gold code) -> (label, lemmas with their class)
CLASSES: list[tuple[list[tuple[str, str]], str, str, list[str]]] = [
    # the rows of "blast" (N) all code root 18
    ([("N", "blast")], "183", "N, agree = gold", ["N:blast:agree = gold"]),
    ([("N", "blast")], "111", "N, agree, other root", ["N:blast:agree, other root"]),
    # the rows of "ban" (V) code roots 16 and 17
    ([("V", "ban")], "1721", "V, differ, one has gold's", ["V:ban:differ, one has gold's"]),
    ([("V", "ban")], "040", "V, differ", ["V:ban:differ"]),
    # the best class of the sentence's triggers labels the miss
    (
        [("V", "ban"), ("N", "blast")],
        "180",
        "N, agree = gold",
        ["N:blast:agree = gold", "V:ban:differ"],
    ),
    ([], "180", "?, no blocked trigger seen", []),
]


@pytest.mark.parametrize(("found", "code", "label", "lemmas"), CLASSES)
def test_requirement_class(
    found: list[tuple[str, str]], code: str, label: str, lemmas: list[str]
) -> None:
    gold = SimpleNamespace(sentence=SENT, cameo=code)
    assert blockers.requirement_class(gold, {SENT: found}, load_index()) == (label, lemmas)


# sentences whose only trigger is held back by its required words -> the blocked triggers
STAGES: list[tuple[str, str, list[tuple[str, str]]]] = [
    # "make" needs a visit or trip; "cut" needs ties, aid, tariffs or forces
    ("The minister made a long speech.", "requirement", [("V", "make")]),
    ("The company cut its prices.", "requirement", [("V", "cut")]),
    # a default row passes: the stage is later, no trigger is listed as blocked
    ("The rebels attacked.", "no pair: no target", []),
]


@pytest.mark.parametrize(("text", "stage", "found"), STAGES)
def test_stage_blocked(nlp: Language, text: str, stage: str, found: list[tuple[str, str]]) -> None:
    sent = next(nlp(text).sents)
    blocked: list[tuple[str, str]] = []
    assert (blockers.stage_of(sent, load_index(), blocked), blocked) == (stage, found)
