"""The place of talks, a meeting, an agreement or a truce is only where the parties
met: it hosts them and gives neither rebels, insurgents nor the opposition their
state ("Chad signed a truce with rebels in Doha": Chad's rebels), unless the mention
names that state itself, or the place is the other side's or the story's own country
(``argument_words`` ``venue_act``, ``venue_prep``, ``venue_party``;
``dyadline.coder.arguments._venue_hosts``). Officials met there are its own; an act
of another kind is still placed where it happens. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, events

VENUE: list[tuple[str, set[Triple]]] = [
    # a place phrase the parser hangs on the party ("rebel groups in Doha")
    ("Chad signed a truce with rebel groups in Doha.", {("TCD", "0871", "TCDREB")}),
    # a place phrase of the act itself ("met ... in Quito")
    ("The president of Peru met opposition leaders in Quito.", {("PERGOV", "040", "PEROPP")}),
    (
        "Peru held talks with the opposition in Quito.",
        {("PER", "046", "PEROPP"), ("PEROPP", "046", "PER")},
    ),
    # the mention names its state: the place changes nothing
    (
        "Kenyan opposition leaders met the Ugandan president in Nairobi.",
        {("KENOPP", "040", "UGAGOV")},
    ),
    # the place is the parties' own country
    (
        "Chad's government and local elders met in Abeche.",
        {("TCDGOV", "040", "TCDCVL"), ("TCDCVL", "040", "TCDGOV")},
    ),
    # officials met in a place are its own state's (``venue_party``: rebels,
    # insurgents, the opposition)
    ("Chad's foreign minister met officials in Doha.", {("TCDGOV", "040", "QATGOV")}),
    # not an act of meeting: the place still says whose the protesters are
    ("Ugandan police arrested protesters in Nairobi.", {("UGACOP", "173", "KENOPP")}),
]


@pytest.mark.parametrize(("text", "expected"), VENUE)
def test_a_place_of_talks_only_hosts_them(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected
