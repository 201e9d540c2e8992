"""People by role in news: a title the parser takes for an apposition, a name the
codebooks do not know written with its role, and the later mentions of a person so
introduced (sentences written for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyadline.annotate import annotate
from dyadline.model import Document
from eventsets import Triple, events

# "Prime Minister Modi": the parser hangs the name on the title as an apposition
TITLES: list[tuple[str, set[Triple]]] = [
    ("Prime Minister Modi criticized Pakistan.", {("INDGOV", "111", "PAK")}),
    ("President Putin praised Prime Minister Modi.", {("RUSGOV", "051", "INDGOV")}),
    ("Chancellor Scholz met President Macron in Paris.", {("DEUGOV", "040", "FRAGOV")}),
]


@pytest.mark.parametrize(("text", "expected"), TITLES)
def test_a_title_and_a_known_name(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# a name the codebooks do not know takes the actor of the role written with it
APPOSITIONS: list[tuple[str, set[Triple]]] = [
    (
        "Karim Ahmadi, Iran's deputy foreign minister, criticized France.",
        {("IRNGOV", "111", "FRA")},
    ),
    ("Lena Varga, the defence minister of Hungary, praised Poland.", {("HUNMIL", "051", "POL")}),
    (
        "Iran's deputy foreign minister, Karim Ahmadi, criticized Israel.",
        {("IRNGOV", "111", "ISR")},
    ),
    ("Mary Lane, UNICEF's executive director, praised Sudan.", {("UNO", "051", "SDN")}),
    (
        "Tomas Berg, a spokesman for the Swedish foreign ministry, condemned Russia.",
        {("SWEGOV", "111", "RUS")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), APPOSITIONS)
def test_an_unknown_name_with_a_role(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# a person introduced with a role is the same actor when named again, or "she"
INTRODUCED: list[tuple[str, set[Triple]]] = [
    (
        "Karim Ahmadi, Iran's deputy foreign minister, arrived in Paris. Ahmadi criticized France.",
        {("IRNGOV", "042", "FRAGOV"), ("IRNGOV", "111", "FRA")},
    ),
    (
        "Karim Ahmadi, Iran's deputy foreign minister, arrived in Paris. "
        "Mr. Ahmadi criticized France.",
        {("IRNGOV", "042", "FRAGOV"), ("IRNGOV", "111", "FRA")},
    ),
    (
        "Turkish Foreign Ministry spokesman Ali Demir spoke on Monday. Demir condemned Greece.",
        {("TURGOV", "111", "GRC")},
    ),
    (
        "Mary Lane, UNICEF's executive director, visited Khartoum. She praised Sudan.",
        {("UNO", "042", "SDNGOV"), ("UNO", "051", "SDN")},
    ),
    # a name never introduced stays uncoded
    ("Ahmadi criticized France.", set()),
]


@pytest.mark.parametrize(("text", "expected"), INTRODUCED)
def test_a_person_introduced_is_named_again(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


def test_an_introduction_holds_in_later_paragraphs(nlp: Language) -> None:
    text = (
        "Karim Ahmadi, Iran's deputy foreign minister, arrived in Paris on Monday.\n\n"
        "On Tuesday, Ahmadi criticized France.\n"
    )
    annotated = annotate(Document(text=text, date="2025-03-12", news=True), nlp)
    got = {(e.source.code, e.cameo, e.target.code if e.target else None) for e in annotated.events}
    assert got == {("IRNGOV", "042", "FRAGOV"), ("IRNGOV", "111", "FRA")}
