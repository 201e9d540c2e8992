"""Money, percentages, fractions and counts, and which event they belong to."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from dyadline.coder.quantities import find_quantities, quantities_for
from dyadline.model import Quantity


def _all(nlp: Language, sentence: str) -> list[Quantity]:
    doc = nlp(sentence)
    return [q for sent in doc.sents for _, q in find_quantities(sent)]


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("The two states signed a deal worth $1.6 billion.", "$1.6 billion", 1.6e9, "USD"),
        (
            "The deal was worth approximately $5 billion.",
            "approximately $5 billion",
            5e9,
            "USD",
        ),
        ("Baku transferred USD 3 million to the fund.", "USD 3 million", 3e6, "USD"),
        ("Baku paid 5 billion dollars for the systems.", "5 billion dollars", 5e9, "USD"),
        ("The refinery cost €200 million to build.", "€200 million", 2e8, "EUR"),
        ("The pipeline drew $5bn of investment.", "$5bn", 5e9, "USD"),
        ("Exports to Israel rose by 30-40 percent.", "30-40 percent", 35.0, "percent"),
        (
            "Imports grew by between 10 and 20 per cent.",
            "between 10 and 20 per cent",
            15.0,
            "percent",
        ),
        ("Some 30% of the crude went to refineries in Italy.", "Some 30%", 30.0, "percent"),
        ("A third of the oil went to Israel.", "A third", 0.333, "fraction"),
        ("Two-thirds of the gas stayed at home.", "Two-thirds", 0.667, "fraction"),
        (
            "The shelling killed six Azerbaijani soldiers.",
            "six Azerbaijani soldiers",
            6.0,
            "soldiers",
        ),
        ("Four thousand Armenians left the town.", "Four thousand Armenians", 4000.0, "Armenians"),
        ("Baku bought 12 F-16 jets.", "12 F-16 jets", 12.0, "jets"),
    ],
)
def test_quantity_kinds(
    bare_nlp: Language, sentence: str, text: str, value: float, unit: str
) -> None:
    found = _all(bare_nlp, sentence)
    assert [q.text for q in found] == [text]
    assert found[0].unit == unit
    assert found[0].value == pytest.approx(value, rel=1e-3)


def test_bare_count_with_qualifier(bare_nlp: Language) -> None:
    found = _all(bare_nlp, "The protest drew approximately 30,000, the police said.")
    assert found == [Quantity("approximately 30,000", 30000.0, None)]


def test_vague_count_keeps_its_unit_but_no_guessed_value(bare_nlp: Language) -> None:
    found = _all(bare_nlp, "The police made dozens of arrests after the rally.")
    assert found == [Quantity("dozens of arrests", None, "arrests")]


def test_backslash_escaped_dollar_sign(bare_nlp: Language) -> None:
    found = _all(bare_nlp, "Israel sold drones worth \\$1.6 billion to Azerbaijan.")
    assert [(q.value, q.unit) for q in found] == [(1.6e9, "USD")]


@pytest.mark.parametrize(
    "sentence",
    [
        "On October 17, 2020, Iranian troops stayed there for three days.",
        "Turkey was one of the first states to recognise Azerbaijan in 1991.",
        "From 1992 to 1995 the two countries bought S-300 systems.",
        "The two countries renewed the agreement.",
    ],
)
def test_dates_durations_codes_and_references_are_not_quantities(
    bare_nlp: Language, sentence: str
) -> None:
    assert _all(bare_nlp, sentence) == []


def test_quantities_follow_their_own_event(bare_nlp: Language) -> None:
    doc = bare_nlp(
        "Israel signed a contract valued at $1.6 billion, "
        "and Azerbaijan later bought six Harop drones."
    )
    signed = next(t for t in doc if t.text == "signed")
    bought = next(t for t in doc if t.text == "bought")
    assert [q.text for q in quantities_for(signed)] == ["$1.6 billion"]
    assert [q.text for q in quantities_for(bought)] == ["six Harop drones"]


def test_quantity_of_another_clause_is_left_out(bare_nlp: Language) -> None:
    doc = bare_nlp("Baku thanked Israel after Iran had fired four missiles at the city.")
    thanked = next(t for t in doc if t.text == "thanked")
    fired = next(t for t in doc if t.text == "fired")
    assert quantities_for(thanked) == []
    assert [q.value for q in quantities_for(fired)] == [4.0]


def test_value_in_a_relative_clause_stays_with_the_deal(bare_nlp: Language) -> None:
    doc = bare_nlp("Azerbaijan signed a deal with Israel, which was worth $5 billion.")
    signed = next(t for t in doc if t.text == "signed")
    assert [q.value for q in quantities_for(signed)] == [5e9]


def test_gold_sample_arms_deal_value(bare_nlp: Language, gold_path: Path) -> None:
    events = [json.loads(line) for line in gold_path.read_text("utf-8").splitlines() if line]
    ev = next(e for e in events if e["quantity"])
    doc = bare_nlp(ev["sentence"])
    start = ev["sentence"].find(ev["trigger"])
    span = doc.char_span(start, start + len(ev["trigger"]), alignment_mode="expand")
    assert span is not None
    found = quantities_for(span.root)
    assert [(q.text, q.value, q.unit) for q in found] == [
        (ev["quantity"]["text"], ev["quantity"]["value"], ev["quantity"]["unit"])
    ]
