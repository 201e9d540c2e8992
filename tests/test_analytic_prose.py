"""Constructions of analytic prose (books, think-tank reports): a relation noun
that an actor owns and that does something is an act, one that only is something
is a state; a relation conducted by named actors is their act; a passive verb of
participation names the doer; coordinated nouns share an owner and a complement
(sentences written for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, both, events

# "X's support for Y angered Z": the owned act is the subject of a verb of effect
OWNED_SUBJECT: list[tuple[str, set[Triple]]] = [
    ("Chile's support for Peru angered Bolivia.", {("CHL", "051", "PER")}),
    ("Chile's cooperation with Peru has given it influence.", {("CHL", "060", "PER")}),
    ("Ghana's military cooperation with Togo alarmed Benin in 2010.", {("GHA", "062", "TGO")}),
    (
        "Chile's support for Peru was criticised by Bolivia.",
        {("CHL", "051", "PER"), ("BOL", "111", "CHL")},
    ),
    # a state of the relation, or a judgement of it: no event
    ("Chile's cooperation with Peru remains strong.", set()),
    ("Chile's cooperation with Peru extends beyond trade.", set()),
    ("Chile's support for Peru is well known.", set()),
    ("Chile's cooperation with Peru has a long history.", set()),
    # no owner: a background relation, as before
    ("Cooperation with Peru angered Bolivia.", set()),
]

# "X and Y have maintained close cooperation": a support verb of conduct carries it
CONDUCTED: list[tuple[str, set[Triple]]] = [
    ("Chile and Peru have maintained close military cooperation.", both("CHL", "062", "PER")),
    ("Ghana has pursued cooperation with Togo since 1995.", {("GHA", "060", "TGO")}),
    ("The United States gives military support to Peru.", {("USA", "072", "PER")}),
    # a relation they only are in: no event
    ("Chile and Peru have enjoyed close cooperation since 1990.", set()),
    ("Chile and Peru have had close ties since 1990.", set()),
]

# "X was involved in the training of Y's pilots": the participant did the act
PARTICIPATION: list[tuple[str, set[Triple]]] = [
    ("Chile was involved in the training of Peruvian pilots.", {("CHL", "062", "PER")}),
    ("Ghana was involved in the attack on Togo.", {("GHA", "190", "TGO")}),
    ("Chile engaged in the training of Peruvian pilots.", {("CHL", "062", "PER")}),
]

# "X's cooperation with and support of Y": one owner, one complement for both nouns
SHARED: list[tuple[str, set[Triple]]] = [
    (
        "Chile's cooperation with and support of Peru during the flood won it friends.",
        {("CHL", "060", "PER"), ("CHL", "051", "PER")},
    ),
    # a conjunct with modifiers of its own is not the first conjunct's
    ("The victims of the Lima attack and other bombings were buried.", set()),
]


@pytest.mark.parametrize(("text", "expected"), OWNED_SUBJECT)
def test_an_owned_relation_that_acts_is_an_event(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), CONDUCTED)
def test_a_relation_conducted_by_actors_is_their_act(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), PARTICIPATION)
def test_a_participant_is_the_doer(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), SHARED)
def test_coordinated_nouns_share_owner_and_complement(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected
