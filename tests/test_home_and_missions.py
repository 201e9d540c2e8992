"""Two conventions of where an act's target is. Sentences written for these tests.

- the punishments a state metes out (execute, hang, flog) fall on its own people,
  where other violence's unplaced victims are not the doer's
  (``argument_words`` ``home_violence_verb``);
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
        {("PSE", "141", "ISRGOV")},
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
