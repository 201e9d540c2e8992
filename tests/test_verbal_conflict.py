"""Verbal conflict (CAMEO roots 10-13): demands, criticism, accusations, rejections and
threats, their argument slots (sentences written for these tests; exact event sets of
(source, code, target))."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, events, story_events

TOLD_ABUSES: list[tuple[str, set[Triple]]] = [
    # a speaker who tells of another's abuses or crimes accuses it (the clause's subject)
    ("The UN said the Sudanese army had committed war crimes.", {("UNO", "1124", "SDNMIL")}),
    ("Amnesty said the Iranian police committed serious abuses.", {("NGO", "1122", "IRNCOP")}),
    # an unnamed subject is no accused
    ("The minister said the troops had committed no abuses.", set()),
    # a deed called a crime names no accused
    ("Russia said the attack was a crime.", set()),
]


@pytest.mark.parametrize(("text", "expected"), TOLD_ABUSES)
def test_told_abuses_accuse_the_doer(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


END_OF_FIGHTING: list[tuple[str, set[Triple]]] = [
    # a demand for an end to an act is a demand to de-escalate, of whoever does it
    ("Egypt demanded an end to the Israeli offensive.", {("EGY", "1056", "ISR")}),
    # a call for it is an appeal
    ("Egypt called for an end to the Israeli offensive.", {("EGY", "0256", "ISR")}),
]


@pytest.mark.parametrize(("text", "expected"), END_OF_FIGHTING)
def test_demands_to_end_fighting(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


ANSWERED_CLAIMS: list[tuple[str, set[Triple]]] = [
    # rejecting a claim denies it; the claimant is its owner or its "by" phrase
    ("India rejected the Pakistani suggestion.", {("IND", "016", "PAK")}),
    (
        "India rebuffed the accusations made by Pakistan.",
        {("IND", "016", "PAK"), ("PAK", "112", "IND")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ANSWERED_CLAIMS)
def test_rejected_claims_aim_at_the_claimant(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


DOMESTIC_NAMING: list[tuple[str, set[Triple]]] = [
    # government against opposition: a verbal act on an actor of the source's own country
    (
        "Kenya's opposition called the Kenyan government's decision unconstitutional.",
        {("KENOPP", "111", "KENGOV")},
    ),
    (
        "The Kenyan opposition said the ruling by the Kenyan court was unconstitutional.",
        {("KENOPP", "111", "KENJUD")},
    ),
    ("France said the Iranian vote was undemocratic.", {("FRA", "111", "IRN")}),
]


@pytest.mark.parametrize(("text", "expected"), DOMESTIC_NAMING)
def test_criticism_of_the_own_government(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


ANSWERS_IN_A_STORY: list[tuple[str, set[Triple]]] = [
    # "the claims", "the criticism", "the charges" name the latest such act of another
    (
        "Pakistan accused India of backing the militants on Tuesday. "
        "India rejected the claims on Wednesday.",
        {("PAK", "112", "IND"), ("IND", "051", "PAKINS"), ("IND", "120", "PAK")},
    ),
    (
        "Egypt harshly criticized Israel on Monday. Israel rejected the criticism.",
        {("EGY", "111", "ISR"), ("ISR", "120", "EGY")},
    ),
    (
        "Zimbabwe police arrested the journalist Tendai Moyo last month and charged him "
        "with incitement. Moyo denies the charges against him.",
        {("ZWECOP", "173", "ZWEMED"), ("ZWEMED", "016", "ZWECOP")},
    ),
    # "both sides": the two sides of the war told before
    (
        "The Sudanese army attacked the Rapid Support Forces in Khartoum on Monday. "
        "A UN report says both sides have committed serious abuses.",
        {("SDNMIL", "190", "SDNREB"), ("UNO", "1122", "SDNMIL"), ("UNO", "1122", "SDNREB")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ANSWERS_IN_A_STORY)
def test_answers_aim_at_the_earlier_claimant(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert story_events(nlp, text) == expected


SAYING_VERBS: list[tuple[str, set[Triple]]] = [
    # the other verbs of saying tell criticism and accusations as "say" does
    ("France told reporters the Iranian vote was undemocratic.", {("FRA", "111", "IRN")}),
    (
        '"Russian forces have committed war crimes," the Ukrainian president told reporters.',
        {("UKRGOV", "1124", "RUSMIL")},
    ),
    # telling of a broken truce accuses who broke it
    (
        "Armenia said Azerbaijan violated the truce.",
        {("ARM", "112", "AZE"), ("AZE", "196", "ARM")},
    ),
    # a speaker's words of reproach about an actor criticise it
    (
        "A Ugandan activist said the army acts with impunity in the north.",
        {("UGACVL", "111", "UGAMIL")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SAYING_VERBS)
def test_criticism_told_by_verbs_of_saying(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


TOLD_AT_HOME: list[tuple[str, set[Triple]]] = [
    # one of the state's own society telling of its violence or repression accuses it
    (
        "Kenyan activists said police shot dozens of protesters.",
        {("KENCVL", "112", "KENCOP"), ("KENCOP", "175", "KENOPP")},
    ),
    (
        "An Afghan writer told VOA the Taliban's crackdown on women is getting worse.",
        {("AFGCVL", "112", "AFGGOV"), ("AFGGOV", "175", "AFGCVL")},
    ),
    # the state telling of its own forces' acts accuses no one
    ("Kenyan officials said police killed two gunmen.", {("KENCOP", "190", "KENINS")}),
]


@pytest.mark.parametrize(("text", "expected"), TOLD_AT_HOME)
def test_society_telling_state_violence_accuses_it(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


UNDER_FIRE: list[tuple[str, set[Triple]]] = [
    # "came under fire from" critics or a state: criticism; from armed men: an attack
    ("Germany came under fire from France over its budget.", {("FRA", "111", "DEU")}),
    ("The Turkish plan drew fire from Greece.", {("GRC", "111", "TUR")}),
    ("The Ukrainian city came under fire from Russian forces.", {("RUSMIL", "190", "UKR")}),
]


@pytest.mark.parametrize(("text", "expected"), UNDER_FIRE)
def test_under_fire_is_criticism_unless_armed(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


UNKNOWN_SPEAKERS: list[tuple[str, set[Triple]]] = [
    # a person the codebooks do not know who criticises or accuses is a citizen of
    # the state the sentence is about
    ("Chris Dube criticized the Zimbabwean police.", {("ZWECVL", "111", "ZWECOP")}),
    ("John Mwangi accused the Kenyan police of torture.", {("KENCVL", "112", "KENCOP")}),
    # whom a speaker tells is not whom its words are about
    ("France told Kenya the Iranian plan was a mistake.", {("FRA", "111", "IRN")}),
]


@pytest.mark.parametrize(("text", "expected"), UNKNOWN_SPEAKERS)
def test_speakers_and_addressees(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


CLAIM_CLAUSES: list[tuple[str, set[Triple]]] = [
    # a claim whose that-clause tells another's deed accuses the clause's subject; a
    # claim told again is the act of whoever repeats it
    ("Pakistan repeated its claim that India was behind the attack.", {("PAK", "112", "IND")}),
    (
        "Pakistan made the allegation that Indian agents planned the attack.",
        {("PAK", "112", "INDSPY"), ("INDSPY", "1383", "PAK")},
    ),
    # "call on X to" is a demand (10x), as issue 9 and the news gold code it
    ("The UN called on Sudan to release the prisoners.", {("UNO", "100", "SDN")}),
]


@pytest.mark.parametrize(("text", "expected"), CLAIM_CLAUSES)
def test_claims_with_a_clause_accuse(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


AT_HOME_IN_A_STORY: list[tuple[str, set[Triple]]] = [
    # the opposition against the government: a rigged vote told, an accusation of the
    # police, and the government's denial aimed back at its accuser
    (
        "Uganda's opposition leader Bobi Wine said on Monday that the government had "
        "rigged the election. He accused the police of abducting his supporters. "
        "The government denied the accusations.",
        # the abduction he accuses the police of is coded too, reported (CODING-GUIDE):
        # "his supporters" are the opposition leader's, the opposition
        {
            ("UGAOPP", "112", "UGAGOV"),
            ("UGAOPP", "112", "UGACOP"),
            ("UGAGOV", "016", "UGAOPP"),
            ("UGACOP", "181", "UGAOPP"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), AT_HOME_IN_A_STORY)
def test_opposition_and_government(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert story_events(nlp, text) == expected


DEFIANCE: list[tuple[str, set[Triple]]] = [
    # ignoring or disregarding an authority's order defies it
    ("The Kenyan opposition ignored a court summons.", {("KENOPP", "128", "KENJUD")}),
    (
        "The Kenyan opposition leader disregarded the ruling of the Kenyan court.",
        {("KENOPP", "128", "KENJUD")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), DEFIANCE)
def test_ignored_orders_are_defiance(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected
