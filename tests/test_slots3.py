"""Argument slots, third set: who acts and to whom when the actor is an organ named
without its state, a claim noun added after the clause, or a speech noun under a
counting phrase (sentences written for these tests; exact event sets)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, story_events

# an organ of a state written without its country ("the ministry") is no organ of the
# state on the other side of its act: with two states named equally often, the other one
OTHER_SIDE_ORGAN: list[tuple[str, set[Triple]]] = [
    (
        "Ghana and Togo have argued over the border for months. "
        "The ministry accused Togo of moving troops.",
        {("GHAGOV", "112", "TGO")},
    ),
    (
        "Sudan and Chad disputed the frontier again. The army condemned Chad.",
        {("SDNMIL", "111", "TCD")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), OTHER_SIDE_ORGAN)
def test_other_side_organ(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert story_events(nlp, text) == expected


# "X blamed Y ..., a charge Y rejected": the claim noun set off by a comma sums up the
# main clause, whose subject made the claim, wherever the parser hung the noun
AFTERTHOUGHT_CLAIM: list[tuple[str, set[Triple]]] = [
    (
        "Ghanaian officials blamed Togo, accusing it of backing rebels in Mali, "
        "a charge Lome quickly rejected.",
        {("GHAGOV", "112", "TGO"), ("TGO", "051", "MLIREB"), ("TGOGOV", "016", "GHAGOV")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), AFTERTHOUGHT_CLAIM)
def test_afterthought_claim(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert story_events(nlp, text) == expected


# a participle on a speech noun ("warnings demanding ...", "an ultimatum demanding ...")
# is said by whoever issued it, also through "a series of"
SPEECH_NOUN: list[tuple[str, set[Triple]]] = [
    (
        "Cairo issued a series of warnings insisting that Tripoli alter its policy.",
        {("EGYGOV", "100", "LBYGOV")},
    ),
    (
        "Cairo issued an ultimatum demanding that Khartoum expel the rebels.",
        {("EGYGOV", "100", "SDNGOV")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPEECH_NOUN)
def test_speech_noun(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert story_events(nlp, text) == expected


# an organ or chief named without a state ("the army chief", "the foreign office",
# "the cabinet", "the navy") takes the state of the story's context
UNNAMED_ORGAN: list[tuple[str, set[Triple]]] = [
    (
        "Somalia's president visited Kenya on Monday. "
        "The army chief accused al-Shabab of attacking civilians.",
        {("SOMGOV", "042", "KEN"), ("SOMINS", "180", "SOMCVL"), ("SOMMIL", "1123", "SOMINS")},
    ),
    (
        "Pakistan blamed India for the bombing. The foreign office accused New Delhi of spying.",
        {("PAK", "112", "IND"), ("PAKGOV", "1125", "INDGOV")},
    ),
    (
        "Peru recalled its envoy from Chile. The cabinet condemned Chile.",
        {("PER", "161", "CHL"), ("PERGOV", "111", "CHL")},
    ),
    (
        "Iran seized a tanker on Monday. The navy accused Britain of spying.",
        {("IRNMIL", "1125", "GBR")},
    ),
    (
        "Zimbabwe arrested a reporter. The police chief accused the opposition of lying.",
        {("ZWECOP", "112", "ZWEOPP")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNNAMED_ORGAN)
def test_unnamed_organ(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert story_events(nlp, text) == expected


# humanitarian aid given at home to no one named goes to the people of the place; a
# foreign giver's aid there goes to the state, as before
AID_AT_HOME: list[tuple[str, set[Triple]]] = [
    ("The Malawian government distributed food in Malawi.", {("MWIGOV", "073", "MWICVL")}),
    (
        "In Malawi, aid agencies and the government started relief operations.",
        {("MWIGOV", "073", "MWICVL"), ("NGO", "073", "MWI")},
    ),
    ("Aid agencies distributed food in Malawi.", {("NGO", "073", "MWI")}),
    ("The Kenyan government delivered food aid.", set()),
]


@pytest.mark.parametrize(("text", "expected"), AID_AT_HOME)
def test_aid_at_home(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert story_events(nlp, text) == expected


# a decision, ban or measure named again as the object (or passive subject) of a
# verbal act aims at whoever took it a sentence or two before
DECISION_TOLD_AGAIN: list[tuple[str, set[Triple]]] = [
    (
        "The Taliban banned women from universities. The United Nations condemned the ban.",
        {("AFGGOV", "1721", "AFGCVL"), ("UNO", "111", "AFGGOV")},
    ),
    (
        "The Taliban banned women from universities. "
        "The decision was condemned by the United Nations.",
        {("AFGGOV", "1721", "AFGCVL"), ("UNO", "111", "AFGGOV")},
    ),
    (
        "Russia expelled two British diplomats on Friday. Britain condemned the expulsions.",
        {("RUS", "161", "GBR"), ("GBR", "111", "RUS")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), DECISION_TOLD_AGAIN)
def test_decision_told_again(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert story_events(nlp, text) == expected


# two sides' act nouns named together answer each other: each aims at the other's owner
RIVAL_ACTS: list[tuple[str, set[Triple]]] = [
    (
        "Ghana's demand for talks and Togo's refusal hardened the dispute.",
        {("GHA", "100", "TGO")},
    ),
    (
        "Russia's threats and the Ukrainian appeals continued.",
        {("RUS", "130", "UKR"), ("UKR", "020", "RUS")},
    ),
    ("Egypt's criticism and Sudan's denial followed.", {("EGY", "111", "SDN")}),
    # a possessive pronoun's noun is no rival act
    ("Kenya fears its weak economy and the threat of drought.", set()),
]


@pytest.mark.parametrize(("text", "expected"), RIVAL_ACTS)
def test_rival_acts(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert story_events(nlp, text) == expected
