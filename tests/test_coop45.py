"""Verbal cooperation in news (coop45): an agreement to an act that codes no event
of its own is an intent to cooperate (030), mutual between the coordinated actors
that agree, every pair both ways (sentences written for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, both, events

# "X and Y agreed to <an act with no code of its own>": 030 both ways
AGREED_UNCODED: list[tuple[str, set[Triple]]] = [
    ("Japan and India agreed to work together.", both("JPN", "030", "IND")),
    ("Chile and Peru agreed on Monday to tackle the problem.", both("CHL", "030", "PER")),
    (
        "Japan, India and Australia agreed to address the challenges.",
        both("JPN", "030", "IND") | both("JPN", "030", "AUS") | both("IND", "030", "AUS"),
    ),
    # one actor and a partner in a with-phrase
    ("Kenya agreed with Uganda to tackle the drought.", {("KEN", "030", "UGA")}),
    # one actor and no partner: no dyad
    ("Kenya agreed to tackle the drought.", set()),
]


@pytest.mark.parametrize(("text", "expected"), AGREED_UNCODED)
def test_agreement_to_an_uncoded_act(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# the act agreed on codes an event of its own: that act (as an intent, or with its own
# code), not a second, general intent
AGREED_CODED: list[tuple[str, set[Triple]]] = [
    ("Japan and India agreed to meet again.", both("JPN", "036", "IND")),
    ("Japan and India agreed to expand ties.", both("JPN", "032", "IND")),
    ("Japan and India agreed to boost trade.", both("JPN", "0311", "IND")),
    ("Japan agreed to help India.", {("JPN", "033", "IND")}),
    # force agreed on is a threat of force (intent.tsv pledge rows)
    ("Japan and India agreed to attack China.", {("JPN", "138", "CHN"), ("IND", "138", "CHN")}),
]


@pytest.mark.parametrize(("text", "expected"), AGREED_CODED)
def test_agreement_to_a_coded_act(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# a bare gerund of a consultation ("after meeting with X", "will include meeting Y")
# names the act as the noun would: both ways; a finite verb keeps its one direction
GERUND_CONSULT: list[tuple[str, set[Triple]]] = [
    (
        "Kishida flew to India after meeting with Lula.",
        {("JPNGOV", "042", "IND")} | both("JPNGOV", "040", "BRAGOV"),
    ),
    ("The tour will include meeting President Lula.", set()),
    ("Kishida's tour will include meeting President Lula.", both("JPNGOV", "040", "BRAGOV")),
    ("Kishida met with Lula on Monday.", {("JPNGOV", "040", "BRAGOV")}),
    # not a consultation: one way
    ("Kishida spoke of restoring cooperation with Brazil.", {("JPNGOV", "060", "BRA")}),
]


@pytest.mark.parametrize(("text", "expected"), GERUND_CONSULT)
def test_gerund_of_a_consultation(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# "the population" with no country of its own is a sector-only mention like "the
# people": the civilians of its context state
POPULATION: list[tuple[str, set[Triple]]] = [
    ("The Haitian government urged the population to remain calm.", {("HTIGOV", "020", "HTICVL")}),
    (
        '"We urge the population to stay home," the Chilean government said.',
        {("CHLGOV", "020", "CHLCVL")},
    ),
    ("The population of the region grew last year.", set()),
]


@pytest.mark.parametrize(("text", "expected"), POPULATION)
def test_population_alone(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected
