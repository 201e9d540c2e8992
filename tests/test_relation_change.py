"""A relation noun that begins, grows or deepens is an act of both sides; a
relation noun that only is (remains, extends) is a state, no event (sentences
written for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, both, events

CHANGES: list[tuple[str, set[Triple]]] = [
    # the noun is the subject of an intransitive verb of change
    ("Cooperation between Chile and Peru deepened in 2004.", both("CHL", "060", "PER")),
    ("Military cooperation between Egypt and Sudan began in 1998.", both("EGY", "062", "SDN")),
    ("Relations between Ghana and Togo improved last year.", both("GHA", "050", "TGO")),
    # the noun is the object of a verb of starting
    ("Chile launched cooperation with Peru in 2004.", {("CHL", "060", "PER")}),
    # a state of relations: no event
    ("Cooperation between Chile and Peru remains strong.", set()),
    ("The cooperation between Chile and Peru extends beyond trade.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CHANGES)
def test_a_relation_that_changes_is_an_act(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected
