"""A said-clause told before its speaker ("..., X said") is read like one told after it
("X said that ..."): a demand, an appeal or an accusation aimed at the clause's subject
(sentences written for these tests; exact event sets of (source, code, target))."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, events

QUOTE_FIRST: list[tuple[str, set[Triple]]] = [
    ("Ethiopia must stop filling the dam, Egypt said.", {("EGY", "100", "ETH")}),
    ("Egypt said Ethiopia must stop filling the dam.", {("EGY", "100", "ETH")}),
    (
        '"Japan should apologise for the war," the Chinese foreign minister told reporters.',
        {("CHNGOV", "020", "JPN")},
    ),
    ("Iran was behind the attack, the American envoy said.", {("USAGOV", "112", "IRN")}),
    # no actor aimed at, no event
    ("The talks were productive, the Turkish minister said.", set()),
]


@pytest.mark.parametrize(("text", "expected"), QUOTE_FIRST)
def test_a_said_clause_before_its_speaker(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected
