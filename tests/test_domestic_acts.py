"""Domestic dyads in news (issue 9): one state's organ against another sector of its
own. A passive participle's noun is what the act acts on ("the books banned by the
authorities", "the party dissolved by the court": ``patterns.participle_object``); a
state's curbs on its people happen in a place, not to it (``argument_words``
``placed_act_code``); sanctions imposed at home are administrative sanctions
(``armed_acts.tsv`` kind ``home``); a legislature dissolved or suspended, people
clubbed or roughed up, a town retaken from someone (``verbs.tsv`` block ``domestic``).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, events

DOMESTIC: list[tuple[str, set[Triple]]] = [
    # what a passive participle describes is the object the verb's row asks for
    (
        "Reporters listed the books banned by the authorities in Iran.",
        {("IRNGOV", "1721", "IRNCVL")},
    ),
    (
        "The opposition party dissolved by the Cambodian court appealed.",
        {("KHMJUD", "1722", "KHMOPP")},
    ),
    # a curb told with its place: the people there, not the state
    ("The government shut down the internet in Ethiopia.", {("ETHGOV", "1721", "ETHCVL")}),
    # sanctions at home
    (
        "The Taliban imposed new restrictions on women in Afghanistan.",
        {("AFGGOV", "172", "AFGCVL")},
    ),
    ("The US imposed sanctions on Russia.", {("USA", "163", "RUS")}),
    # a legislature dissolved or suspended
    ("Tunisia's president dissolved parliament on Sunday.", {("TUNGOV", "172", "TUNLEG")}),
    ("The junta suspended the National Assembly of Niger.", {("NERGOV", "172", "NERLEG")}),
    ("The sugar dissolved in water.", set()),
    # force on people held or dispersed
    ("Police in Harare clubbed demonstrators.", {("ZWECOP", "182", "ZWEOPP")}),
    ("Police in Minsk roughed up reporters.", {("BLRCOP", "182", "BLRMED")}),
    ("Police teargassed students in Nairobi.", {("KENCOP", "175", "KENCVL")}),
    # a town retaken from someone: taken from them ("retook": the irregular past)
    ("Government forces retook the town from rebels in Mali.", {("MLIMIL", "192", "MLIREB")}),
    ("The army retook the town.", set()),
    # one member of the opposition, a critic, an artist or an editor a court or police act on
    (
        "A court in Harare sentenced an opposition activist to two years in prison.",
        {("ZWEJUD", "116", "ZWEOPP")},
    ),
    (
        "A court in Tunisia sentenced a prominent critic of the president to three years.",
        {("TUNJUD", "116", "TUNOPP")},
    ),
    ("A court in Tehran sentenced a rapper to death.", {("IRNJUD", "116", "IRNCVL")}),
    (
        "Authorities in Kyrgyzstan detained the editor of an independent news site.",
        {("KGZGOV", "173", "KGZMED")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOMESTIC)
def test_domestic_acts(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


STORIES: list[tuple[str, set[Triple]]] = [
    # "he"/"she" points back to one person named by trade (person_roles.tsv)
    (
        "Police in Zimbabwe arrested a journalist on Monday. She was sentenced to two years.",
        {("ZWECOP", "173", "ZWEMED"), ("ZWEJUD", "116", "ZWEMED")},
    ),
    (
        "Authorities in Belarus detained an opposition activist. He was later sentenced to "
        "five years in prison.",
        {("BLRGOV", "173", "BLROPP"), ("BLRJUD", "116", "BLROPP")},
    ),
    # "his supporters": the country and the sector of the opposition figure "his" stands for
    (
        "The opposition leader in Kenya called for protests. Police arrested his supporters.",
        {("KENOPP", "020", None), ("KENCOP", "173", "KENOPP")},
    ),
    # a person repressed by an organ of his own state: a dyad, though his office is of its
    # sector; the same person on both sides is none
    ("Niger's junta detained Mohamed Bazoum.", {("NERGOV", "173", "NERGOV")}),
    ("The Nigerien government praised Mohamed Bazoum.", set()),
]


@pytest.mark.parametrize(("text", "expected"), STORIES)
def test_domestic_stories(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected
