"""News-lede constructions: object classes, the object an infinitive's subject
stands for, a holder named by a modifier, self-claims, permissions, clashes at
home, the place of what a statement is about (sentences written for these tests;
exact event sets)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, events

OBJECT_CLASSES: list[tuple[str, set[Triple]]] = [
    # one word class of argument_words.tsv serves every verb of a kind
    ("Rioters hurled rocks at the French embassy in Dakar.", {("SENOPP", "145", "FRAGOV")}),
    ("The United States gave Ghana $20 million in aid.", {("USA", "070", "GHA")}),
    ("Brazil sold tanks to Bolivia.", {("BRA", "072", "BOL")}),
    ("The Peruvian navy seized a Chilean fishing boat.", {("PERMIL", "1711", "CHL")}),
    ("Kazakhstan approved a loan for Kyrgyzstan.", {("KAZ", "070", "KGZ")}),
    ("Somali forces recaptured the port from al-Shabab.", {("SOMMIL", "192", "SOMINS")}),
]


@pytest.mark.parametrize(("text", "expected"), OBJECT_CLASSES)
def test_object_classes(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


HOLDERS: list[tuple[str, set[Triple]]] = [
    # the object names no actor; its modifier says whose it is
    ("Sudanese troops shelled rebel-held villages in Darfur.", {("SDNMIL", "194", "SDNREB")}),
    ("The Nepali army captured a rebel base.", {("NPLMIL", "192", "NPLREB")}),
]


@pytest.mark.parametrize(("text", "expected"), HOLDERS)
def test_object_holders(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


INFINITIVE_OBJECTS: list[tuple[str, set[Triple]]] = [
    # the parser makes the object the subject of a bare infinitive
    ("Iran helped Iraq rebuild its army.", {("IRN", "070", "IRQ")}),
    # a subject makes a verb finite whatever its tag
    (
        "Thousands of Palestinians protested against the Israeli raid.",
        {("PSECVL", "141", "ISR")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), INFINITIVE_OBJECTS)
def test_infinitive_objects(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


SELF_CLAIMS: list[tuple[str, set[Triple]]] = [
    # the doer claims its own act: a claim of responsibility and the act, reported
    ("Chad claimed that it had attacked Libya.", {("TCD", "015", "LBY"), ("TCD", "190", "LBY")}),
    # another actor's act: an accusation
    ("Chad claimed that Libya had attacked Niger.", {("TCD", "112", "LBY"), ("LBY", "190", "NER")}),
]


@pytest.mark.parametrize(("text", "expected"), SELF_CLAIMS)
def test_self_claims(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


PERMISSIONS: list[tuple[str, set[Triple]]] = [
    # the permission is the event (a concession), the act permitted is not done
    ("Egypt gave Israel permission to deploy troops.", {("EGY", "080", "ISR")}),
    ("Chile said it would not give permission to Peru to attack Bolivia.", {("CHL", "124", "PER")}),
]


@pytest.mark.parametrize(("text", "expected"), PERMISSIONS)
def test_permissions(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


CLASHES: list[tuple[str, set[Triple]]] = [
    # forces against a crowd: repression one way, a violent protest the other
    (
        "Police clashed with protesters in Nairobi.",
        {("KENCOP", "175", "KENOPP"), ("KENOPP", "145", "KENCOP")},
    ),
    # two armies: fighting, both ways
    (
        "Indian troops clashed with Pakistani soldiers.",
        {("INDMIL", "190", "PAKMIL"), ("PAKMIL", "190", "INDMIL")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLASHES)
def test_clashes(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


OCCASIONS: list[tuple[str, set[Triple]]] = [
    # sympathy over an event abroad goes to the state where it happened
    (
        "The Chinese president expressed condolences over the earthquake in Nepal.",
        {("CHNGOV", "018", "NPL")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), OCCASIONS)
def test_occasion_places(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


PASSIVE_UNDERGOERS: list[tuple[str, set[Triple]]] = [
    # a passive conjunct with an agent of its own is done to the subject it shares
    (
        "The journalists jailed for spying were freed by Iran.",
        {("IRNGOV", "173", "IRNMED"), ("IRN", "0841", "IRNMED")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PASSIVE_UNDERGOERS)
def test_passive_undergoers(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected
