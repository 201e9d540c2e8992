"""Actors of news the codebooks named only in part, each a table of sentences written
for these tests:

- "the Chinese side", "the Russian side": a state's side in talks or a dispute is its
  government (``sectors.tsv`` row ``side``);
- "it" after a capital stands for the government the capital stands for ("Beijing
  said it would ...": CHNGOV, as "Beijing" itself), where "it" after a state's name
  stays the state (``dyadline.coder.actors.actors_for``);
- one of a state's society named in the singular ("a trader", "a cleric", "a
  doctor") has the sector of its plural row (``sectors.tsv``), while a professor
  quoted in news stays an analyst, no actor;
- more of what a speaker calls a policy it criticises ("called the subsidies
  unbearable": ``argument_words`` ``pejorative``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, events

SIDES: list[tuple[str, set[Triple]]] = [
    ("The Russian side rejected the proposal.", {("RUSGOV", "120", None)}),
    (
        "Japan offered talks, but the Chinese side rejected the offer.",
        {("CHNGOV", "120", "JPN")},
    ),
    # "side" without a state is no actor
    ("The other side rejected the proposal.", set()),
]

CAPITAL_PRONOUNS: list[tuple[str, set[Triple]]] = [
    (
        "Beijing said it would impose sanctions on Japan.",
        {("CHNGOV", "1312", "JPN")},
    ),
    (
        "Ankara has hinted that it could retaliate with tariffs on Greek goods.",
        {("TURGOV", "1312", "GRC")},  # a threat (tests/test_news_wording3.py)
    ),
    # a state's name stays the state
    (
        "China said it would impose sanctions on Japan.",
        {("CHN", "1312", "JPN")},
    ),
]

SINGULAR_SECTORS: list[tuple[str, set[Triple]]] = [
    ("Kenyan police arrested a trader in Nairobi.", {("KENCOP", "173", "KENBUS")}),
    ("Kenyan police detained a cleric in Mombasa.", {("KENCOP", "173", "KENREL")}),
    # a school attacked is a place: its people are civilians
    ("Gunmen stormed a school in Nigeria.", {("NGAINS", "180", "NGACVL")}),
    # a professor quoted on a state's policy is an analyst, not an actor
    ("A professor in Nairobi criticized the Kenyan government.", set()),
]

PEJORATIVES: list[tuple[str, set[Triple]]] = [
    (
        'The French president called Chinese subsidies "unbearable."',
        {("FRAGOV", "111", "CHN")},
    ),
    ("Beijing called the U.S. tariffs protectionist.", {("CHNGOV", "111", "USA")}),
    # a word of praise or a neutral word is no criticism
    ("Beijing called the U.S. tariffs temporary.", set()),
]


@pytest.mark.parametrize(("text", "expected"), SIDES)
def test_a_states_side_is_its_government(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), CAPITAL_PRONOUNS)
def test_it_after_a_capital_is_the_government(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), SINGULAR_SECTORS)
def test_singular_sector_nouns(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), PEJORATIVES)
def test_more_pejoratives(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected
