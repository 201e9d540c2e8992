"""An abbreviation the text defines in parentheses for a name that is no actor is no
actor, even where it spells an organisation's code; an actor's own abbreviation
stays (sentences written for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, events

ABBREVIATIONS: list[tuple[str, set[Triple]]] = [
    (
        "A Chilean oil firm undertook gas exploration in Peru's Exclusive Economic Zone (EEC).",
        {("CHLBUS", "061", "PER")},
    ),
    ("The European Union (EU) criticised Peru.", {("EUN", "111", "PER")}),
    ("The Islamic Revolutionary Guard Corps (IRGC) attacked Iraq.", {("IRNMIL", "190", "IRQ")}),
]


@pytest.mark.parametrize(("text", "expected"), ABBREVIATIONS)
def test_a_defined_abbreviation_denotes_its_name(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected
