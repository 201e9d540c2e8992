"""Actor resolution in news constructions: counts of people, metonyms, titled
people, back-references to a group or person just named, the sector of a group's
spokesman, and where an armed group belongs (sentences written for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, events

# a count or group of people stands for the sector noun of its of-phrase
COUNTS: list[tuple[str, set[Triple]]] = [
    (
        "Thousands of protesters clashed with police in Tbilisi.",
        {("GEOOPP", "145", "GEOCOP"), ("GEOCOP", "175", "GEOOPP")},
    ),
    ("Dozens of militants attacked an army base in Mali.", {("MLIINS", "190", "MLIMIL")}),
    ("Soldiers killed hundreds of civilians in Darfur.", {("SDNMIL", "190", "SDNCVL")}),
    ("A group of rebels kidnapped two aid workers in Mali.", {("MLIREB", "181", "MLINGO")}),
]


@pytest.mark.parametrize(("text", "expected"), COUNTS)
def test_a_count_of_people_is_its_of_phrase(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


# buildings and capitals stand for their governments (capitals.tsv, actors.tsv)
METONYMS: list[tuple[str, set[Triple]]] = [
    ("Foggy Bottom criticized Beijing.", {("USAGOV", "111", "CHNGOV")}),
    ("Capitol Hill criticized the White House.", {("USALEG", "111", "USAGOV")}),
    ("The Kremlin warned Kyiv.", {("RUSGOV", "130", "UKRGOV")}),
    ("The Pentagon condemned Tehran.", {("USAMIL", "111", "IRNGOV")}),
    ("Downing Street criticized the Elysee Palace.", {("GBRGOV", "111", "FRAGOV")}),
]


@pytest.mark.parametrize(("text", "expected"), METONYMS)
def test_seats_of_government_stand_for_it(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# people in news: a title with a demonym, a name with a title, coordinated demonyms
PEOPLE: list[tuple[str, set[Triple]]] = [
    # a known person's own sector beats the bare demonym of the title
    (
        "Chinese President Xi Jinping met Russian President Vladimir Putin.",
        {
            ("CHNGOV", "040", "RUSGOV"),
        },
    ),
    # an unknown name with a title and a demonym: that country's government
    (
        "Ukrainian Foreign Minister Ivan Petrenko accused Russia of war crimes.",
        {
            ("UKRGOV", "1124", "RUS"),
        },
    ),
    (
        "Iraqi and U.S. officials met in Baghdad.",
        {
            ("IRQGOV", "040", "USAGOV"),
            ("USAGOV", "040", "IRQGOV"),
        },
    ),
    ("Egypt's foreign ministry condemned Israel.", {("EGYGOV", "111", "ISR")}),
    # the leader or spokesman of a group is of the group's sector
    ("In 2019 the leader of the Taliban praised Qatar.", {("AFGINS", "051", "QAT")}),
    ("In 2019 a spokesman for the Taliban criticized Pakistan.", {("AFGINS", "111", "PAK")}),
    # overlapping aliases of one person are one name; a ruling party is the government
    ("President Xi Jinping praised Zanu-PF.", {("CHNGOV", "051", "ZWEGOV")}),
    ("The C.A.R. government accused rebels of attacks.", {("CAFGOV", "112", "CAFREB")}),
    # a group's name beats the state beside it
    ("The leader of Colombia's FARC guerrillas criticized Venezuela.", {("COLREB", "111", "VEN")}),
]


@pytest.mark.parametrize(("text", "expected"), PEOPLE)
def test_people_by_title_and_name(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# a definite noun or a personal pronoun points back to the actor just named
BACK: list[tuple[str, set[Triple]]] = [
    (
        "The Taliban seized the district. In 2019 the group attacked Afghan soldiers.",
        {
            ("AFGINS", "190", "AFGMIL"),
        },
    ),
    (
        "Hamas fired rockets at Israel. The group also threatened Egypt.",
        {
            ("PSEINS", "195", "ISR"),
            ("PSEINS", "130", "EGY"),
        },
    ),
    (
        "Ukrainian Foreign Minister Ivan Petrenko arrived in Berlin. "
        "The minister criticized Russia.",
        {("UKRGOV", "042", "DEUGOV"), ("UKRGOV", "111", "RUS")},
    ),
    (
        "Russian President Vladimir Putin arrived in Beijing. The president praised China.",
        {("RUSGOV", "042", "CHNGOV"), ("RUSGOV", "051", "CHN")},
    ),
    (
        "Ukrainian Foreign Minister Ivan Petrenko arrived in Berlin. He criticized Russia.",
        {("UKRGOV", "042", "DEUGOV"), ("UKRGOV", "111", "RUS")},
    ),
    # "his forces": the country of the titled person who is the subject
    (
        "The Afghan army chief said in 2019 his forces killed Taliban fighters.",
        {
            ("AFGMIL", "190", "AFGINS"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), BACK)
def test_back_references(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# a pronoun in a fronted phrase points ahead to its clause's subject; a possessive
# "their" to the group just named; a definite armed noun to the group named last,
# wherever it now is
PRONOUNS: list[tuple[str, set[Triple]]] = [
    (
        "South Korea sent an envoy. "
        "At their summit in July, Japan and India signed a defence pact.",
        {
            ("JPN", "040", "IND"),
            ("IND", "040", "JPN"),
            ("JPN", "057", "IND"),
            ("IND", "057", "JPN"),
        },
    ),
    (
        "Kenyan President William Ruto spoke. After lunch in Addis Ababa, "
        "the Ukrainian foreign minister criticized Russia.",
        {("UKRGOV", "111", "RUS")},
    ),
    (
        "People in Peru want their government to condemn Chile.",
        {("PERCVL", "020", "PERGOV")},
    ),
    (
        "The Taliban chief praised the deal. "
        "In 2019 the United States bargained with the insurgents in Doha.",
        {("USA", "046", "AFGINS")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PRONOUNS)
def test_pronouns_and_definite_nouns(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


def test_an_unknown_person_stops_the_search_for_he(nlp: Language) -> None:
    text = (
        "Kenyan President William Ruto met the envoys. Later, Okonjo Mbeki arrived. "
        "He criticized Ethiopia."
    )
    assert ("KENGOV", "111", "ETH") not in events(nlp, text)


# a bare name described as one person ("X, a businessman") is the person "he" points
# back to: the pronoun stays unresolved rather than taking a leader named before
NAMED_BY_APPOSITION: list[tuple[str, set[Triple]]] = [
    (
        "President Joe Biden met Chinese officials. Wong, a businessman in Hong Kong, "
        "stands accused of sedition. He rejects the charges.",
        {("USAGOV", "040", "CHNGOV")},
    ),
    (
        "President Joe Biden met Chinese officials. Wong, a Hong Kong publisher, was "
        "jailed. He criticized China.",
        {("USAGOV", "040", "CHNGOV"), ("HKGGOV", "173", "HKGMED"), ("HKGMED", "111", "CHN")},
    ),
    (
        "President Joe Biden met Chinese officials. Wong, a city in Hong Kong, was "
        "flooded. He criticized China.",
        {("USAGOV", "040", "CHNGOV"), ("USAGOV", "111", "CHN")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_BY_APPOSITION)
def test_a_name_described_as_a_person_is_whom_he_points_to(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


def test_the_group_reaches_back_into_an_earlier_paragraph(nlp: Language) -> None:
    from dyadline.annotate import annotate
    from dyadline.read import read_text

    text = "Al-Shabab has fighters in the south.\n\nThe militants attacked Kenyan troops.\n"
    found = {
        (e.source.code, e.cameo, e.target.code if e.target else None)
        for e in annotate(read_text(text), nlp).events
    }
    assert found == {("SOMINS", "190", "KENMIL")}


# where an armed group belongs when it is not named: the state its own act is
# aimed at, not a state that strikes it from abroad
ARMED: list[tuple[str, set[Triple]]] = [
    (
        "The United States bombed targets near Baghdad, widening its campaign against "
        "a militant group that has seized towns in Iraq and Syria.",
        {("IRQINS", "192", "IRQ"), ("IRQINS", "192", "SYR"), ("USA", "195", "IRQCVL")},
    ),
    (
        "The rebels fighting the government of Chad attacked a convoy.",
        {
            ("TCDREB", "180", "TCDCVL"),
            ("TCDREB", "190", "TCDGOV"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), ARMED)
def test_an_armed_group_is_where_it_acts(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# demonyms: of "Iranian-American" the last is the nationality; "anti-X" fighters
# fight in X
DEMONYMS: list[tuple[str, set[Triple]]] = [
    ("Police arrested an Iranian-American journalist in Tehran.", {("IRNCOP", "173", "USAMED")}),
    ("Police arrested the Iranian American journalist in Tehran.", {("IRNCOP", "173", "USAMED")}),
    ("Anti-Kyiv militias attacked a village.", {("UKRREB", "180", "UKRCVL")}),
]


@pytest.mark.parametrize(("text", "expected"), DEMONYMS)
def test_demonyms_in_a_phrase(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


def test_an_organisation_gives_civilians_no_country(nlp: Language) -> None:
    # the civilians are of the country of the place, never "UNOCVL"
    assert events(nlp, "UN peacekeepers protected civilians in Bangui.") == {
        ("UNOMIL", "074", "CAFCVL")
    }


# an undated event of a news story: people by their office on the story's date
TENURE: list[tuple[str, str, set[Triple]]] = [
    ("2020-06-01", "Akhundzada criticized Pakistan.", {("AFGINS", "111", "PAK")}),
    ("2023-06-01", "Akhundzada criticized Pakistan.", {("AFGGOV", "111", "PAK")}),
    ("2015-06-01", "Berisha criticized Serbia.", {("ALBELI", "111", "SRB")}),
]


@pytest.mark.parametrize(("story", "text", "expected"), TENURE)
def test_people_by_the_story_date(
    nlp: Language, story: str, text: str, expected: set[Triple]
) -> None:
    from dyadline.annotate import annotate
    from dyadline.model import Document

    found = annotate(Document(text=text, date=story, news=True), nlp).events
    assert {(e.source.code, e.cameo, e.target.code if e.target else None) for e in found} == (
        expected
    )


# "the two sides" may take in an intergovernmental organisation; "the two countries" not
GROUPS: list[tuple[str, set[Triple]]] = [
    (
        "Japan raised concerns. The EU and China held talks in Beijing. "
        "The two sides agreed to cooperate on climate.",
        {
            ("CHN", "046", "EUN"),
            ("EUN", "046", "CHN"),
            ("CHN", "031", "EUN"),
            ("EUN", "031", "CHN"),
        },
    ),
    (
        "Japan raised concerns. The EU and China held talks in Beijing. "
        "The two countries agreed to cooperate on climate.",
        {
            ("CHN", "046", "EUN"),
            ("EUN", "046", "CHN"),
            ("CHN", "031", "JPN"),
            ("JPN", "031", "CHN"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), GROUPS)
def test_the_two_sides(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# the one other party a sentence names keeps an armed group's sector
IMPLICIT: list[tuple[str, set[Triple]]] = [
    (
        "Kenya launched a new operation to flush out the al-Shabab fighters from the "
        "forest near the border.",
        {("KEN", "190", "SOMINS")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), IMPLICIT)
def test_a_named_group_as_the_implicit_target(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


# a sector noun said to be from abroad ("foreign", "international") is of no state its
# context names; "foreign" on an office ("the foreign minister") is the state's own
OUTSIDERS: list[tuple[str, set[Triple]]] = [
    ("China hosted the forum. Journalists criticized China.", {("CHNMED", "111", "CHN")}),
    ("China hosted the forum. Foreign journalists criticized China.", set()),
    ("China hosted the forum. International journalists criticized China.", set()),
    ("China hosted the forum. Western diplomats criticized China.", {("WSTGOV", "111", "CHN")}),
    ("Kenya hosted the forum. The foreign minister criticized Uganda.", {("KENGOV", "111", "UGA")}),
]


@pytest.mark.parametrize(("text", "expected"), OUTSIDERS)
def test_outsiders_are_not_placed(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected
