"""An act noun told again — with a definite article or a possessive pronoun, and
no support verb to state it anew — is no new event; one marked by an adjective of
status ("planned") is (sentences written for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

Triple = tuple[str, str, str | None]


def events(nlp: Language, text: str) -> list[Triple]:
    """Every event, in text order (a re-mention would repeat a triple)."""
    return [
        (e.source.code, e.cameo, e.target.code if e.target else None) for e in nlp(text)._.events
    ]


RETOLD: list[tuple[str, list[Triple]]] = [
    # a possessive pronoun points back
    (
        "Chilean troops invaded Peru in 1880. Peru never forgot their invasion.",
        [("CHLMIL", "192", "PER")],
    ),
    # a verb that is no support verb tells the act again
    (
        "Chilean troops invaded Peru in 1880. Peruvian papers described the Chilean invasion.",
        [("CHLMIL", "192", "PER")],
    ),
    # a support verb states a new act
    (
        "Chilean troops invaded Peru in 1880. Chile launched the invasion of Bolivia in 1879.",
        [("CHLMIL", "192", "PER"), ("CHL", "192", "BOL")],
    ),
    # an adjective of status: the act in another status, a new record
    (
        "Peru opened an embassy in Chile in May. Peru announced the planned opening of a "
        "second embassy in Chile in April.",
        [("PER", "054", "CHL"), ("PER", "054", "CHL")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RETOLD)
def test_an_act_told_again_is_no_new_event(
    nlp: Language, text: str, expected: list[Triple]
) -> None:
    assert events(nlp, text) == expected
