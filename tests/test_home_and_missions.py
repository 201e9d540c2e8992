"""Conventions of where an act's target is. Sentences written for these tests.

- the punishments a state metes out (execute, hang, flog) fall on its own people,
  where other violence's unplaced victims are not the doer's
  (``argument_words`` ``home_violence_verb``);
- a town or region taken by name is territory occupied (192), its state the target,
  at home too (``verbs.tsv`` requirement ``objplace``);
- a protest at a state's mission abroad aims at that state, not at the place's
  government, and a mission is where its "in" phrase says (``locatives.tsv``
  ``mission``, ``argument_words`` ``mission_prep``, ``home_target.mission_owner``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, events

PUNISHED: list[tuple[str, set[Triple]]] = [
    ("Saudi Arabia executed seven people.", {("SAU", "1823", "SAUCVL")}),
    ("Iran hanged two protesters.", {("IRN", "1823", "IRNOPP")}),
    ("The Taliban flogged a man in public.", {("AFGGOV", "182", "AFGCVL")}),
]

AT_MISSIONS: list[tuple[str, set[Triple]]] = [
    ("Protesters gathered outside the U.S. embassy in Baghdad.", {("IRQOPP", "141", "USAGOV")}),
    (
        "Hundreds of Palestinians demonstrated outside the Israeli embassy in Amman.",
        {("PSECVL", "141", "ISRGOV")},
    ),
    ("Thousands rallied outside the Russian embassy in London.", {("GBROPP", "141", "RUSGOV")}),
    # no mission: the place's people against their government
    ("Thousands rallied in London.", {("GBROPP", "141", "GBRGOV")}),
]


@pytest.mark.parametrize(("text", "expected"), PUNISHED)
def test_punishments_fall_on_the_states_own_people(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), AT_MISSIONS)
def test_a_protest_at_a_mission_aims_at_its_state(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


TAKEN: list[tuple[str, set[Triple]]] = [
    # a town taken by name is its state's territory occupied, at home too
    ("M23 rebels seized Goma.", {("CODREB", "192", "COD")}),
    ("The Taliban took Kunduz in 2015.", {("AFGINS", "192", "AFG")}),
    # people captured are arrested, not a place taken
    ("Nigerian troops captured two Boko Haram commanders.", {("NGAMIL", "173", "NGAINS")}),
    # a thing taken is no place
    ("The minister took questions.", set()),
]


@pytest.mark.parametrize(("text", "expected"), TAKEN)
def test_a_town_taken_by_name_is_territory_occupied(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected
