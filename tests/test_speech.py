"""Appeals (02), intents (03) and demands (10) in news prose, and who speaks them: the
constructions of the "speech" audit. One table per construction; the sentences are
written for these tests (exact event sets of (source, code, target))."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, events, story_events

# "X urged / asked / requested that Y do ...": an appeal to the subject of the that-clause
APPEAL_THAT: list[tuple[str, set[Triple]]] = [
    ("Kenya asked that Somalia withdraw its troops.", {("KEN", "020", "SOM")}),
    ("Peru urged that Chile reopen the border.", {("PER", "020", "CHL")}),
    ("Ghana requested that Togo return the refugees.", {("GHA", "020", "TGO")}),
    # the object-control appeal is unchanged
    ("Somalia asked Kenya to withdraw its troops.", {("SOM", "020", "KEN")}),
]


@pytest.mark.parametrize(("text", "expected"), APPEAL_THAT)
def test_appeal_with_that_clause(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# "X is pleading with Y to ...": the parser takes "with" for a subordinator of the
# clause "Y to ..."; its subject is the preposition's object
PLEAD_WITH: list[tuple[str, set[Triple]]] = [
    (
        "Ghanaian farmers are pleading with the government to drop the tax.",
        {("GHACVL", "020", "GHAGOV")},
    ),
    ("Mali pleaded with Algeria to reopen the border.", {("MLI", "020", "DZA")}),
]


@pytest.mark.parametrize(("text", "expected"), PLEAD_WITH)
def test_plead_with(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# "we" in a quotation is its speaker, named after the quotation closes, also when the
# quotation runs over several sentences; a "they" speaker is not a group named inside it
WE_SPEAKER: list[tuple[str, set[Triple]]] = [
    (
        "The German foreign minister spoke in Berlin. “We urge Russia to stop the attacks. "
        "We will also help Ukraine,” she said.",
        {("DEUGOV", "025", "RUS"), ("DEUGOV", "033", "UKR")},
    ),
    (
        "A U.S. spokesperson spoke on Friday. “We have long urged the Haitian authorities "
        "to take steps. This shows the need for reform,” the spokesperson said.",
        {("USAGOV", "020", "HTIGOV")},
    ),
    (
        "Rights groups criticized the Guatemalan court. “We urge Guatemalan authorities to "
        "guarantee a fair trial,” they said.",
        {("NGO", "111", "GTMJUD"), ("NGO", "020", "GTMGOV")},
    ),
    # any verb of saying, and a speaker named beside the quotation just before
    (
        "The Haitian president spoke. “We condemn the jailbreak and urge the people to "
        "stay calm. The police will act,” he tweeted.",
        {("HTIGOV", "020", "HTICVL")},
    ),
    (
        '"The mandate has expired," the Somali opposition leader said. "So we urged'
        ' Farmajo to return to talks."',
        {("SOMOPP", "020", "SOMELI")},
    ),
    (
        "“We condemn Russia,” the German chancellor said. “We will send aid to Ukraine.”",
        {("DEUGOV", "111", "RUS"), ("DEUGOV", "0333", "UKR")},
    ),
    # no speaker named: no source
    ("We urge Russia to stop the attacks.", set()),
    ("“We urged Ruto to resume the talks.”", set()),
]


@pytest.mark.parametrize(("text", "expected"), WE_SPEAKER)
def test_we_is_the_quote_speaker(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert story_events(nlp, text) == expected


# "X is ready for / open to <act> with Y": the subject of the clause intends the act
READY_FOR: list[tuple[str, set[Triple]]] = [
    ("Moscow is ready for talks with Kyiv.", {("RUSGOV", "036", "UKRGOV")}),
    ("Russia is open to talks with Ukraine.", {("RUS", "036", "UKR")}),
    (
        "The Russian president said Moscow was ready for talks with Kyiv.",
        {("RUSGOV", "036", "UKRGOV")},
    ),
    # a hostile act one is ready for stays a threat; a place open to something is no actor
    ("Iran is ready for war with Israel.", {("IRN", "138", "ISR")}),
    ("The border is open to trade with Kenya.", set()),
]


@pytest.mark.parametrize(("text", "expected"), READY_FOR)
def test_ready_for_an_act(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# "the ministry said Japan would ...": an official of no state named speaks for the doer,
# whose act told ahead is its intent; an analyst's forecast stays the act told ahead
OFFICIAL_FORECAST: list[tuple[str, set[Triple]]] = [
    ("The ministry said Japan would provide aid to Ukraine.", {("JPN", "033", "UKR")}),
    ("A spokesperson said Peru would send aid to Chile.", {("PER", "0333", "CHL")}),
    ("Analysts said China would attack Taiwan.", {("CHN", "190", "TWN")}),
]


@pytest.mark.parametrize(("text", "expected"), OFFICIAL_FORECAST)
def test_official_tells_its_side_ahead(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# "X proposed / suggested that Y ...": an appeal to the clause's subject, not Y's act;
# "said Y must have done ..." infers a past act, no demand
PROPOSED_THAT: list[tuple[str, set[Triple]]] = [
    (
        "Turkey proposed that Russia and Ukraine hold talks.",
        {("TUR", "020", "RUS"), ("TUR", "020", "UKR")},
    ),
    ("France suggested that Iran should release the sailors.", {("FRA", "020", "IRN")}),
    ("The UN said Russia must withdraw its troops.", {("UNO", "100", "RUS")}),
    ("The UN said Russia must have given the orders.", set()),
]


@pytest.mark.parametrize(("text", "expected"), PROPOSED_THAT)
def test_proposed_that(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected
