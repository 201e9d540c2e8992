"""Verbal conflict told in news speech: every verb of saying reads its that-clause as
"say" does (``argument_words`` ``content_model``: "argued that X's sanctions were
illegal"); a word of approval its copula denies is criticism ("was not acceptable",
``denied_praise``); how a speaker says an actor acts is a predicate ("was acting
recklessly", "acting as a puppet of X", ``acting_verb``); telling that another lies
accuses it; a claim its clause denies accuses no one; an election's results not
recognised is a rejection; a protest lodged is a complaint; "it" after an organ of a
state named as a proper noun ("the Iranian Foreign Ministry ... It condemned") is
that organ. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, events

SPEECH: list[tuple[str, set[Triple]]] = [
    # the that-clause rows of "say" for every verb of saying
    ("Peru argued that the Chilean tariffs were illegal.", {("PER", "111", "CHL")}),
    ("Chad declared that the Libyan raid was an act of aggression.", {("TCD", "111", "LBY")}),
    ("Laos maintained that Thailand's claims were false.", {("LAO", "111", "THA")}),
    # denied approval
    ("Japan said Russia's conduct was not acceptable.", {("JPN", "111", "RUS")}),
    ("Peru said the Bolivian vote was not legitimate.", {("PER", "111", "BOL")}),
    ("Peru said the Bolivian offer was acceptable.", set()),
    # how an actor is said to act
    ("Egypt said Sudan was acting unilaterally.", {("EGY", "111", "SDN")}),
    ("Chile said Peru was behaving like a bully.", {("CHL", "111", "PER")}),
    (
        '"Guyana is acting as a puppet of Brazil," the Surinamese minister said.',
        {("SURGOV", "111", "GUY")},
    ),
    ("Kenya said Uganda was acting within its rights.", set()),
    # lying and deceiving
    ('"Moldova is lying to the world," the Romanian president said.', {("ROUGOV", "112", "MDA")}),
    ("Laos said Vietnam was spreading disinformation.", {("LAO", "112", "VNM")}),
    # a denied claim accuses no one
    ("Peru said it was not about an attack on Chile.", set()),
    # an election not recognised
    (
        "Chad said it would not recognise the results of the election in Niger.",
        {("TCD", "120", "NER")},
    ),
    # an object predicate the parser hangs as an adverbial noun
    ("Israel branded the Turkish report a disgrace.", {("ISR", "111", "TUR")}),
    # a protest lodged is a complaint, never a demonstration
    ("Peru lodged a strong protest over the Chilean remarks.", {("PER", "114", "CHL")}),
]

STORIES: list[tuple[str, set[Triple]]] = [
    (
        "The Iranian Foreign Ministry issued a statement on Tuesday. "
        "It condemned the Iraqi strike.",
        {("IRNGOV", "111", "IRQ")},
    ),
    (
        "The Iranian foreign ministry issued a statement on Tuesday. "
        "It said the Iraqi strike was a flagrant violation of international law.",
        {("IRNGOV", "112", "IRQ")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPEECH + STORIES)
def test_speech_criticism(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected
