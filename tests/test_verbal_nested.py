"""Nested and reported acts: an accusation, a report or a denial and the act it names
(sentences written for these tests; exact event sets with modality)."""

from __future__ import annotations

import pytest
from spacy.language import Language

Quad = tuple[str, str, str | None, str]


def events(nlp: Language, text: str) -> set[Quad]:
    return {
        (e.source.code, e.cameo, e.target.code if e.target else None, e.modality)
        for e in nlp(text)._.events
    }


NESTED: list[tuple[str, set[Quad]]] = [
    # the accused does the act of the "of" gerund, as the accuser's claim (the
    # accusation itself is the accuser's own act, asserted; an attack alleged is an
    # accusation of aggression, 1123)
    (
        "France accused Rwanda of attacking Uganda.",
        {("FRA", "1123", "RWA", "asserted"), ("RWA", "190", "UGA", "reported")},
    ),
    # the blamed does the act of the "for" / "of" noun
    (
        "Israel blamed Iran for the attack on Saudi Arabia.",
        {("ISR", "112", "IRN", "asserted"), ("IRN", "190", "SAU", "reported")},
    ),
    (
        "Germany condemned Russia for the invasion of Ukraine.",
        {("DEU", "111", "RUS", "asserted"), ("RUS", "192", "UKR", "asserted")},
    ),
    # the subject of "stands accused" did it
    (
        "Two Ivorian soldiers stand accused of the bombing of a French army base.",
        {("CIVMIL", "183", "FRAMIL", "reported")},
    ),
    # a reported act: the speaker's claim (the saying is asserted)
    (
        "France said Germany attacked Poland.",
        {("FRA", "112", "DEU", "asserted"), ("DEU", "190", "POL", "reported")},
    ),
    # the doer claims its own act: a claim of responsibility (015) and the act
    (
        "Iran claimed that it had attacked Israel.",
        {("IRN", "015", "ISR", "asserted"), ("IRN", "190", "ISR", "reported")},
    ),
    # a denied act did not happen, by the speaker's word
    ("Russia denied attacking Ukraine.", {("RUS", "190", "UKR", "negated")}),
]


@pytest.mark.parametrize(("text", "expected"), NESTED)
def test_nested_and_reported_acts(nlp: Language, text: str, expected: set[Quad]) -> None:
    assert events(nlp, text) == expected


SPEECH: list[tuple[str, set[tuple[str, str, str | None]]]] = [
    # speech with a target inside the reported clause; the act asked for is no event
    ("Britain said Iran must leave Syria.", {("GBR", "100", "IRN")}),
    ("France demanded that Germany leave Syria.", {("FRA", "100", "DEU")}),
    # "call on ... to" is a demand (10x, the news gold's convention); "urge" an appeal (02x)
    ("France called on Germany to withdraw its troops.", {("FRA", "100", "DEU")}),
    ("France urged Germany to hold elections.", {("FRA", "020", "DEU")}),
    ("China said it would retaliate against the United States.", {("CHN", "138", "USA")}),
]


@pytest.mark.parametrize(("text", "expected"), SPEECH)
def test_speech_with_a_target_in_its_clause(
    nlp: Language, text: str, expected: set[tuple[str, str, str | None]]
) -> None:
    assert {(s, c, t) for s, c, t, _m in events(nlp, text)} == expected
