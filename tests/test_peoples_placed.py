"""A people with no state of its own, named as the subject or object of a verb whose
"in" phrase names a state, lives there: the parser hung the place on the verb
("Turkey shelled Kurdish fighters in Syria"); a crowd abroad keeps its kin
(``actors._phrase_actors``). Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, events

PLACED: list[tuple[str, set[Triple]]] = [
    ("Turkey shelled Kurdish fighters in Syria.", {("TUR", "194", "SYRREB")}),
    ("Turkish troops attacked Kurdish villages in Iraq.", {("TURMIL", "190", "IRQCVL")}),
    # a rally abroad is the people's, named by its kin
    ("Kurdish protesters rallied in Germany.", {("TUROPP", "141", "DEU")}),
]


@pytest.mark.parametrize(("text", "expected"), PLACED)
def test_a_people_is_placed_by_the_verbs_phrase(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected
