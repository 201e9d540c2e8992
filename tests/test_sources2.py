"""Actors of news stories the codebooks do not name (sentences written for these
tests): the speaker of a quotation for its "we" (``dyadline.coder.quoted``), and the
constructions of the sources2 branch."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import pytest
from spacy.language import Language

import eventsets
from eventsets import Triple


@pytest.fixture
def story_events(nlp: Language) -> Callable[[str], set[Triple]]:
    """The events of a news story dated 2025-03-12."""
    return partial(eventsets.story_events, nlp)


# "we", "us", "our" inside a quotation: whoever says it, named before the opening mark or
# after the closing one, though the quotation runs over several sentences; a private
# person's "we" is nobody's
QUOTED: list[tuple[str, set[Triple]]] = [
    (
        'The Ugandan foreign minister said: "Kenya lied to us. We condemn Kenya."',
        # telling that Kenya lied accuses it (verbs.tsv block speech)
        {("UGAGOV", "111", "KEN"), ("UGAGOV", "112", "KEN")},
    ),
    (
        'The Ugandan foreign minister said: "We thank Tanzania. Kenya attacked us."',
        {("UGAGOV", "051", "TZA"), ("KEN", "190", "UGAGOV")},
    ),
    (
        'A Ugandan army spokesman said on Monday: "The raid was a crime. '
        'We accuse Kenya of killing our soldiers."',
        {("UGAMIL", "1122", "KEN"), ("KEN", "190", "UGAMIL")},
    ),
    ('A farmer said: "Life is hard. We condemn Kenya."', set()),
    # no quotation: "we" stays unresolved
    ("Life is hard. We condemn Kenya.", set()),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED)
def test_quotation_speaker(
    story_events: Callable[[str], set[Triple]], text: str, expected: set[Triple]
) -> None:
    assert story_events(text) == expected


# "hoped" is the past of "hope" (a verb of intent), not of "hop"
HOPED: list[tuple[str, set[Triple]]] = [
    ("Somalia hoped to meet Kenya soon.", {("SOM", "036", "KEN")}),
    ("Kenya is hoping to meet Uganda soon.", {("KEN", "036", "UGA")}),
]


@pytest.mark.parametrize(("text", "expected"), HOPED)
def test_hoped_is_intent(
    story_events: Callable[[str], set[Triple]], text: str, expected: set[Triple]
) -> None:
    assert story_events(text) == expected


# a person introduced with a role, written again by the surname: the tagger's common
# noun for the surname counts; a title after a city names an office of its country;
# a role of no country takes the state named before the person, not the one acted on
INTRODUCED: list[tuple[str, set[Triple]]] = [
    (
        "Taliban spokesman Karim Dost said the group was ready. "
        "Dost accused the United States of lying.",
        {("AFGGOV", "112", "USA")},
    ),
    ("Quetta Mayor Ali Khan criticized India.", {("PAKGOV", "111", "IND")}),
    (
        "Bandung Governor Ali Rahman spoke on Monday. Rahman urged Malaysia to act.",
        {("IDNGOV", "020", "MYS")},
    ),
    (
        "Floods hit Kenya. John Doe, a spokesman for the ministry, criticized Uganda. "
        "He said Uganda must pay.",
        {("KENGOV", "111", "UGA"), ("KENGOV", "100", "UGA")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), INTRODUCED)
def test_person_introduced(
    story_events: Callable[[str], set[Triple]], text: str, expected: set[Triple]
) -> None:
    assert story_events(text) == expected


# state media and a portfolio's chief written with no country: the story's main state
UNNAMED: list[tuple[str, set[Triple]]] = [
    ("Floods hit Kenya. State media accused Uganda of meddling.", {("KENMED", "1123", "UGA")}),
    (
        "Floods hit Kenya. The state broadcaster accused Uganda of meddling.",
        {("KENMED", "1123", "UGA")},
    ),
    ("Chinese state media criticized Japan.", {("CHNMED", "111", "JPN")}),
    ("Floods hit Kenya. The Commerce chief criticized Uganda.", {("KENGOV", "111", "UGA")}),
    ("Floods hit Kenya. The intelligence chief criticized Uganda.", {("KENSPY", "111", "UGA")}),
    ("Floods hit Kenya. Uganda's spy chief criticized Kenya.", {("UGASPY", "111", "KEN")}),
]


@pytest.mark.parametrize(("text", "expected"), UNNAMED)
def test_unnamed_office(
    story_events: Callable[[str], set[Triple]], text: str, expected: set[Triple]
) -> None:
    assert story_events(text) == expected


# an acronym of an actor the tagger took for an auxiliary: still the subject's name
ACRONYMS: list[tuple[str, set[Triple]]] = [
    ("IGAD called on Sudan to stop fighting.", {("IGD", "100", "SDN")}),
    ("IGAD criticized Mali.", {("IGD", "111", "MLI")}),
    ("NATO warned Russia.", {("NAT", "130", "RUS")}),
]


@pytest.mark.parametrize(("text", "expected"), ACRONYMS)
def test_acronym_subject(
    story_events: Callable[[str], set[Triple]], text: str, expected: set[Triple]
) -> None:
    assert story_events(text) == expected


# a bare title of an organisation's head ("the secretary-general"): the organisation of
# its office the story named last, or its holder; none named, no actor
ORG_TITLES: list[tuple[str, set[Triple]]] = [
    ("NATO met in Brussels. The secretary general criticized Russia.", {("NAT", "111", "RUS")}),
    (
        "UN spokesman John Doe spoke. The secretary-general criticized Myanmar.",
        {("UNOGOV", "111", "MMR")},
    ),
    (
        "Guterres spoke on Monday. The secretary-general criticized Myanmar.",
        {("UNOGOV", "111", "MMR")},
    ),
    ("The secretary general criticized Russia.", set()),
    ("The UN met. The UN chief criticized Russia.", {("UNO", "111", "RUS")}),
]


@pytest.mark.parametrize(("text", "expected"), ORG_TITLES)
def test_organisation_title(
    story_events: Callable[[str], set[Triple]], text: str, expected: set[Triple]
) -> None:
    assert story_events(text) == expected


# the international community and donors, unnamed: IGO
COLLECTIVES: list[tuple[str, set[Triple]]] = [
    ("The international community criticized Somalia.", {("IGO", "111", "SOM")}),
    ("Donors criticized Somalia.", {("IGO", "111", "SOM")}),
    ("The donor community criticized Somalia.", {("IGO", "111", "SOM")}),
]


@pytest.mark.parametrize(("text", "expected"), COLLECTIVES)
def test_collective(
    story_events: Callable[[str], set[Triple]], text: str, expected: set[Triple]
) -> None:
    assert story_events(text) == expected


# a name written with the organisation it works for or leads: that organisation's actor,
# for the surname written again too
AFFILIATED: list[tuple[str, set[Triple]]] = [
    (
        "John Doe, who heads the World Food Programme, criticized Sudan. Doe later praised Chad.",
        {("UNO", "111", "SDN"), ("UNO", "051", "TCD")},
    ),
    (
        "John Doe, a senior official with the World Food Programme, criticized Sudan.",
        {("UNO", "111", "SDN")},
    ),
    (
        "John Doe, who leads Kenya's main opposition party, criticized the government.",
        {("KENOPP", "111", "KENGOV")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), AFFILIATED)
def test_affiliated_person(
    story_events: Callable[[str], set[Triple]], text: str, expected: set[Triple]
) -> None:
    assert story_events(text) == expected


# a quotation with no attribution of its own after one closed just before is the same
# speaker's; "he" inside a quotation is not its speaker
QUOTE_CHAINS: list[tuple[str, set[Triple]]] = [
    (
        'The Ugandan foreign minister spoke on Monday. "Kenya must stop," the minister '
        'said. "We condemn Kenya."',
        {("UGAGOV", "100", "KEN"), ("UGAGOV", "111", "KEN")},
    ),
    (
        # (a meeting with the press is no consultation in news: consult2)
        'Kenyan President John Doe met reporters. "He criticized Uganda," Doe said.',
        set(),
    ),
    ("Kenyan President John Doe said he criticized Uganda.", {("KENGOV", "111", "UGA")}),
]


@pytest.mark.parametrize(("text", "expected"), QUOTE_CHAINS)
def test_quotation_chain(
    story_events: Callable[[str], set[Triple]], text: str, expected: set[Triple]
) -> None:
    assert story_events(text) == expected


# a directorate of government with no country: the story's state
DIRECTORATES: list[tuple[str, set[Triple]]] = [
    (
        "Floods hit Afghanistan. The provincial Directorate of Information ordered "
        "publishers to stop printing.",
        {("AFGGOV", "100", "AFGBUS")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), DIRECTORATES)
def test_directorate(
    story_events: Callable[[str], set[Triple]], text: str, expected: set[Triple]
) -> None:
    assert story_events(text) == expected


# a roving armed movement (the Islamic State, al-Qaeda) is coded where it acts: a place
# named with the act, else the story's state when no state is on the other side; its
# own code otherwise
ROVING: list[tuple[str, set[Triple]]] = [
    (
        "Islamic State militants attacked a village in Nigeria.",
        {("NGAINS", "180", "NGACVL")},
    ),
    ("Al-Qaeda fighters attacked soldiers in Mali.", {("MLIINS", "190", "MLIMIL")}),
    ("Floods hit Syria. Islamic State attacked the army.", {("SYRINS", "190", "SYRMIL")}),
    ("The United States bombed Islamic State positions.", {("USA", "195", "IRQINS")}),
]


@pytest.mark.parametrize(("text", "expected"), ROVING)
def test_roving_group(
    story_events: Callable[[str], set[Triple]], text: str, expected: set[Triple]
) -> None:
    assert story_events(text) == expected


# a judge, a magistrate or a prosecutor named with the court's name as a compound:
# the court of the story's state
COURTS: list[tuple[str, set[Triple]]] = [
    (
        "Floods hit Kenya. John Doe, a High Court judge, sentenced the journalist to five years.",
        {("KENJUD", "116", "KENMED")},
    ),
    ("Floods hit Kenya. The judge sentenced the journalist.", {("KENJUD", "116", "KENMED")}),
]


@pytest.mark.parametrize(("text", "expected"), COURTS)
def test_court_office(
    story_events: Callable[[str], set[Triple]], text: str, expected: set[Triple]
) -> None:
    assert story_events(text) == expected


# a lawmaker is an office; an opposition lawmaker the opposition's; a spokesman speaks
# for the army or the police named with him
SECTORED_ROLES: list[tuple[str, set[Triple]]] = [
    (
        "Floods hit Kenya. John Doe, an opposition lawmaker, accused the government of fraud.",
        {("KENOPP", "112", "KENGOV")},
    ),
    ("Floods hit Kenya. John Doe, a lawmaker, criticized Uganda.", {("KENLEG", "111", "UGA")}),
    (
        "Floods hit Kenya. Army spokesman John Doe accused Uganda of shelling.",
        {("KENMIL", "112", "UGA")},
    ),
    (
        "Kenyan police spokesman John Doe accused Uganda of smuggling.",
        {("KENCOP", "1121", "UGA")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SECTORED_ROLES)
def test_sectored_role(
    story_events: Callable[[str], set[Triple]], text: str, expected: set[Triple]
) -> None:
    assert story_events(text) == expected


# "the statement" with no speaker of its own: the speaker of the statement told just
# before in its paragraph
STATEMENTS: list[tuple[str, set[Triple]]] = [
    (
        "The US embassy issued a statement on Monday. The statement criticized Somalia.",
        {("USAGOV", "111", "SOM")},
    ),
    (
        "In a statement, the US embassy praised Kenya. The statement also criticized Somalia.",
        {("USAGOV", "051", "KEN"), ("USAGOV", "111", "SOM")},
    ),
    ("The statement criticized Somalia.", set()),
]


@pytest.mark.parametrize(("text", "expected"), STATEMENTS)
def test_statement_told(
    story_events: Callable[[str], set[Triple]], text: str, expected: set[Triple]
) -> None:
    assert story_events(text) == expected


# a role owned by a province or city ("X, Ontario's provincial leader"): an office of
# the place's country
PLACED_ROLES: list[tuple[str, set[Triple]]] = [
    ("John Doe, Lagos's governor, criticized Ghana.", {("NGAGOV", "111", "GHA")}),
    (
        "Ann Smith, Ontario's provincial leader, spoke on Monday. "
        "She criticized the United States.",
        {("CANGOV", "111", "USA")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PLACED_ROLES)
def test_placed_role(
    story_events: Callable[[str], set[Triple]], text: str, expected: set[Triple]
) -> None:
    assert story_events(text) == expected
