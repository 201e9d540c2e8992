"""Act nouns of news and where their arguments stand: the doer as a possessive, an
actor adjective, a "by" agent (also when the parser hangs it on the "of" object) or
the subject of a support verb (whose prepositional phrase is the noun's own); whom
the act is done to as its "of" object or its phrase; an act noun as the subject or
object of another verb, whose subject answers it (sentences written for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, both, events

# the possessive names the doer; the noun's own phrase whom it is aimed at
POSSESSIVE_SOURCE: list[tuple[str, set[Triple]]] = [
    ("Canada's threats against Denmark grew louder.", {("CAN", "130", "DNK")}),
    ("Peru's plea to Chile went unanswered.", {("PER", "020", "CHL")}),
    ("Ghana's protest to Togo was delivered on Monday.", {("GHA", "114", "TGO")}),
    ("Brazil's calls on Paraguay to reopen the border grew.", {("BRA", "020", "PRY")}),
    ("Belarus's charges against the Polish reporter were dropped.", {("BLR", "173", "POLMED")}),
    ("Algeria's endorsement of Tunisia surprised observers.", {("DZA", "051", "TUN")}),
    # a relation, not an act: no event
    ("Kenya's friendship with Tanzania is old.", set()),
]


@pytest.mark.parametrize(("text", "expected"), POSSESSIVE_SOURCE)
def test_possessive_source(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# an actor adjective before the noun names the doer
ADJECTIVE_SOURCE: list[tuple[str, set[Triple]]] = [
    ("Ethiopian threats against Eritrea worried Kenya.", {("ETH", "130", "ERI")}),
    ("Sudanese operations against the rebels continued in Darfur.", {("SDN", "190", "SDNREB")}),
    ("Egyptian pleas to Ethiopia failed.", {("EGY", "020", "ETH")}),
]


@pytest.mark.parametrize(("text", "expected"), ADJECTIVE_SOURCE)
def test_adjective_source(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# a "by" agent, on the noun or on its "of" object (where the parser often hangs it)
BY_AGENT: list[tuple[str, set[Triple]]] = [
    # diplomats expelled reduce relations (161), as the verb "expelled diplomats" codes
    ("The expulsion of Cuban diplomats by Panama drew a response.", {("PAN", "161", "CUBGOV")}),
    ("The deportation of Haitian migrants by Chile rose sharply.", {("CHL", "174", "HTIREF")}),
    ("The jailing of Kenyan activists by Uganda sparked outrage.", {("UGA", "173", "KENCVL")}),
]


@pytest.mark.parametrize(("text", "expected"), BY_AGENT)
def test_by_agent(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# the subject of a support verb does the act; a phrase the parser hung on the verb
# ("carried out strikes on X") is the noun's own, a date is not
SUPPORT_VERB: list[tuple[str, set[Triple]]] = [
    ("Ethiopia carried out strikes on Eritrea on Monday.", {("ETH", "190", "ERI")}),
    ("Ethiopia carried out strikes on Monday.", set()),
    ("Nigeria conducted operations against Boko Haram.", {("NGA", "190", "NGAINS")}),
    ("Kenya issued threats against Somalia.", {("KEN", "130", "SOM")}),
    ("Chile imposed restrictions on imports from Peru.", {("CHL", "172", "PER")}),
]


@pytest.mark.parametrize(("text", "expected"), SUPPORT_VERB)
def test_support_verb_subject(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# the "of" object (or a possessive beside no "of") is whom the act is done to
OF_OBJECT: list[tuple[str, set[Triple]]] = [
    ("Turkey's trial of the Kurdish lawmakers began.", {("TUR", "173", "TURLEG")}),
    ("Moldova's prosecution of the Russian spies ended.", {("MDA", "173", "RUSSPY")}),
    (
        "The conviction of the Chadian rebels by a Sudanese court ended.",
        {("SDNJUD", "116", "TCDREB")},
    ),
    ("Morocco's war against Algeria never came.", {("MAR", "190", "DZA")}),
]


@pytest.mark.parametrize(("text", "expected"), OF_OBJECT)
def test_of_object(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# an act noun as an argument of another verb: both acts; a verb of response aims the
# answered act at its subject; rejecting an accusation denies it (016) to its maker
ARGUMENT_OF_VERB: list[tuple[str, set[Triple]]] = [
    (
        "Ghana condemned the expulsion of its diplomats by Togo.",
        {("TGO", "161", "GHAGOV"), ("GHA", "111", "TGO")},
    ),
    (
        "Vietnam rejected China's accusations.",
        {("CHN", "112", "VNM"), ("VNM", "016", "CHN")},
    ),
    ("Laos welcomed Thailand's offer of aid.", {("THA", "033", "LAO"), ("LAO", "051", "THA")}),
    ("Chile accepted Brazil's apology.", {("BRA", "055", "CHL")}),
    (
        "Brazil's accusations were rejected by Chile.",
        {("BRA", "112", "CHL"), ("CHL", "016", "BRA")},
    ),
    # the answered act names its own target: as before
    ("Chile accepted Brazil's apology to Peru.", {("BRA", "055", "PER")}),
    # the act noun a relative clause without an object is about is its object
    (
        "Chile blamed Peru, a charge Lima rejected.",
        {("CHL", "112", "PER"), ("PERGOV", "016", "CHL")},
    ),
    # a verb that does not answer: no target
    ("Chile described Brazil's accusations.", set()),
]


@pytest.mark.parametrize(("text", "expected"), ARGUMENT_OF_VERB)
def test_noun_as_argument_of_verb(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# a mutual act noun: both ways
MUTUAL: list[tuple[str, set[Triple]]] = [
    ("Kenya's agreement with Ethiopia was signed in May.", {("KEN", "057", "ETH")}),
    ("The talks between Ghana and Togo resumed in Lome.", both("GHA", "040", "TGO")),
]


@pytest.mark.parametrize(("text", "expected"), MUTUAL)
def test_mutual_noun(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# an act a verb of response answers was told before when the story told it: no second
# event, whoever owns it
ANSWERED_REMENTION: list[tuple[str, set[Triple]]] = [
    (
        "Iran accused Israel of sabotage. Israel rejected Iran's accusations.",
        {("IRN", "1125", "ISR"), ("ISR", "016", "IRN")},
    ),
    (
        "Japan offered aid to Laos. Laos welcomed Japan's offer.",
        {("JPN", "033", "LAO"), ("LAO", "051", "JPN")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ANSWERED_REMENTION)
def test_answered_act_told_before(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# what an offer, pledge or suspension is of gives the code; support received comes
# from the "from" phrase
WHAT_IS_OFFERED: list[tuple[str, set[Triple]]] = [
    ("Ghana's offer of talks to Togo surprised many.", {("GHA", "036", "TGO")}),
    ("Norway's pledge of aid to Nepal was welcomed.", {("NOR", "033", "NPL")}),
    ("Peru's suspension of talks with Chile surprised Bolivia.", {("PER", "164", "CHL")}),
    ("The Dutch suspension of aid to Mali angered Bamako.", {("NLD", "162", "MLI")}),
    ("Niger's suspension of relations with France was announced.", {("NER", "160", "FRA")}),
    ("Somalia received support from Qatar.", {("QAT", "051", "SOM")}),
    ("Somalia received military support from Qatar.", {("QAT", "072", "SOM")}),
]


@pytest.mark.parametrize(("text", "expected"), WHAT_IS_OFFERED)
def test_what_the_noun_is_of(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# a violent act noun in the "in" / "during" phrase of a violent verb by the same doer,
# against the same side, is the verb's own act; one with its own target stays; a
# fixed phrase ("in recognition of") names no act
MANNER_AND_IDIOM: list[tuple[str, set[Triple]]] = [
    ("Militants killed 40 people in 50 attacks in Nigeria.", {("NGAINS", "1823", "NGACVL")}),
    (
        "Russian forces killed five civilians in an attack on Kharkiv.",
        {("RUSMIL", "190", "UKR"), ("RUSMIL", "190", "UKRCVL")},
    ),
    ("In recognition of Women's Day, Britain funded a clinic in Kenya.", set()),
]


@pytest.mark.parametrize(("text", "expected"), MANNER_AND_IDIOM)
def test_manner_phrase_and_idiom(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected
