"""The adjective of a region no actor file names is of the region's state
(``codebooks/region_adjectives.tsv``, ``actor_codebook.region_adjective_country``,
``actors._region_adjectives``). Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyadline.coder.actor_codebook import region_adjective_country
from eventsets import Triple, events

WORDS: list[tuple[str, str | None]] = [
    ("Kashmiri", "IND"),
    ("Darfuri", "SDN"),
    ("Crimean", "UKR"),
    ("Texan", "USA"),
    ("Balochi", "PAK"),
    ("Sicilian", "ITA"),
    ("Californian", "USA"),
    # not a region's: a word, a short stem, a city's, a lower-case word
    ("Roman", None),
    ("Christian", None),
    ("European", None),
    ("Victorian", None),
    ("civilian", None),
]


@pytest.mark.parametrize(("word", "country"), WORDS)
def test_region_adjective_country(word: str, country: str | None) -> None:
    assert region_adjective_country(word) == country


EVENTS: list[tuple[str, set[Triple]]] = [
    ("Sicilian police arrested Tunisian smugglers.", {("ITACOP", "173", "TUNCRM")}),
    ("Texan officials met Mexican diplomats.", {("USAGOV", "040", "MEXGOV")}),
    ("Crimean officials met Turkish diplomats.", {("UKRGOV", "040", "TURGOV")}),
    # inside a proper name it names no actor
    ("The Crimean War began in 1853.", set()),
    # eastern Congo is the DR Congo's (state_names.tsv)
    (
        "Fighting between the army and rebels killed 20 people in eastern Congo.",
        {("CODMIL", "190", "CODREB"), ("CODREB", "190", "CODMIL")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), EVENTS)
def test_a_region_adjective_names_its_state(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected
