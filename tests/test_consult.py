"""Cooperative acts in news: a progressive hung on "is" keeps its subject, money in a
currency is aid, a force leaves the state of the place it leaves, an agreement praised
aims at its parties, "they" after a meeting are its two sides, and a bare-country
twin of one act is dropped (``consult.parties_told_again``, ``patterns`` money and
leaving phrases, ``locatives.tsv`` origin/leave, ``verbs.tsv`` block consult).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, both, events, story_events

DATE = "2024-05-10"

SENTENCES: list[tuple[str, set[Triple]]] = [
    # "is mediating": the parser hangs the participle on "is"
    (
        "Qatar is mediating between Hamas and Israel.",
        {("QAT", "045", "PSEINS"), ("QAT", "045", "ISR")},
    ),
    # an amount in a currency is money handed over
    ("The European Union gave 50 million euros to Lebanon.", {("EUN", "071", "LBN")}),
    ("Norway gave $40 million to Yemen.", {("NOR", "071", "YEM")}),
    (
        "Canada contributed 20 million dollars to the relief effort in Sudan.",
        {("CAN", "071", "SDN")},
    ),
    ("Britain announced 100 million pounds in aid for Gaza.", {("GBR", "070", "PSE")}),
    ("Sweden pledged 30 million euros to Somalia.", {("SWE", "0331", "SOM")}),
    # money given with no receiver: nothing
    ("Denmark gave 5 million euros.", set()),
    # leaving a place: its state
    ("Israel pulled its forces out of Gaza.", {("ISR", "0874", "PSE")}),
    ("Israeli forces pulled out of Jenin.", {("ISRMIL", "0874", "PSE")}),
    ("Russian troops withdrew from Kharkiv.", {("RUSMIL", "0874", "UKR")}),
    # an agreement praised aims at its parties
    ("Macron hailed the agreement with Morocco.", {("FRAGOV", "051", "MAR")}),
    (
        "Biden praised the deal between Israel and the UAE.",
        {("USAGOV", "051", "ISR"), ("USAGOV", "051", "ARE")},
    ),
    ("Biden praised the weather.", set()),
    # one act, one record: the verb and the noun it acts on
    (
        "Beijing and Moscow pledged to deepen their strategic partnership.",
        both("CHNGOV", "032", "RUSGOV"),
    ),
    # a royal office is the government
    ("The Saudi crown prince met Blinken.", both("SAUGOV", "040", "USAGOV")),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_cooperative_sentences(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert story_events(nlp, text, DATE) == expected


STORIES: list[tuple[str, set[Triple]]] = [
    (
        "Macron met Scholz in Berlin on Friday. They discussed defence and trade.",
        both("FRAGOV", "040", "DEUGOV"),
    ),
    (
        "The presidents of Kenya and Uganda met in Entebbe. They signed a pipeline deal.",
        both("KEN", "040", "UGA") | both("KEN", "057", "UGA"),
    ),
    # no meeting before: "they" stays unknown
    ("The weather was fine on Friday. They discussed defence and trade.", set()),
]


@pytest.mark.parametrize(("text", "expected"), STORIES)
def test_they_are_the_sides_just_met(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert story_events(nlp, text, DATE) == expected


def test_money_outside_news(nlp: Language) -> None:
    # the rows are no convention of news: a chapter codes them too
    assert events(nlp, "Japan gave 2 billion yen to Laos.") == {("JPN", "071", "LAO")}
