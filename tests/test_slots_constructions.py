"""Argument-slot constructions of verb triggers, one table per construction: who
does the act and to whom when the parse does not put them beside the verb
(sentences written for these tests; exact event sets)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, both, events

# a mutual act of coordinated subjects with no target is each side's with the other,
# not with the people of the place where it happened
COORDINATED_MUTUAL: list[tuple[str, set[Triple]]] = [
    ("Russia and Ukraine fought in Donetsk.", both("RUS", "190", "UKR")),
    (
        "The Kenyan government and the opposition clashed in Nairobi.",
        both("KENGOV", "190", "KENOPP"),
    ),
    ("Serbia and Croatia fought near Vukovar on Monday.", both("SRB", "190", "HRV")),
    # one side named as the object: one way, as before
    ("Somali troops fought against al-Shabab.", {("SOMMIL", "190", "SOMINS")}),
]


@pytest.mark.parametrize(("text", "expected"), COORDINATED_MUTUAL)
def test_coordinated_mutual(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# "X fought with Y": the comitative names the other side of the fight, both ways
COMITATIVE_FIGHT: list[tuple[str, set[Triple]]] = [
    (
        "Militants are fighting with the security forces in Somalia.",
        both("SOMINS", "190", "SOMCOP"),
    ),
    ("Armenian troops fought with Azerbaijani soldiers.", both("ARMMIL", "190", "AZEMIL")),
]


@pytest.mark.parametrize(("text", "expected"), COMITATIVE_FIGHT)
def test_comitative_fight(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# coordinated passives share the "by" agent the parser hangs on the last of them
SHARED_AGENT: list[tuple[str, set[Triple]]] = [
    (
        "Two Kenyan journalists were arrested and beaten by police.",
        {("KENCOP", "173", "KENMED"), ("KENCOP", "182", "KENMED")},
    ),
    (
        "Three Ugandan activists were detained and tortured by soldiers.",
        {("UGAMIL", "173", "UGACVL"), ("UGAMIL", "1822", "UGACVL")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHARED_AGENT)
def test_shared_agent(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# an agentless passive whose doer a clause tied to it names: a clause of time under
# it, or the clause it is coordinated with
CLAUSE_DOER: list[tuple[str, set[Triple]]] = [
    (
        "Five people were killed in Mali when rebels attacked the town.",
        {("MLIREB", "1823", "MLICVL"), ("MLIREB", "180", "MLICVL")},
    ),
    (
        "Five soldiers were killed in Mali after rebels attacked their base.",
        {("MLIREB", "190", "MLIMIL"), ("MLIREB", "180", "MLICVL")},
    ),
    (
        "Rebels attacked a town in Mali, and five people were killed.",
        {("MLIREB", "1823", "MLICVL"), ("MLIREB", "180", "MLICVL")},
    ),
    (
        "Four people were killed and nine were injured when militants attacked a market in Kabul.",
        {("AFGINS", "1823", "AFGCVL"), ("AFGINS", "182", "AFGCVL"), ("AFGINS", "180", "AFGCVL")},
    ),
    # a clause of time with no hostile act names no doer
    (
        "Five people were killed in Nairobi when Kenyan police met protesters.",
        {("KENCOP", "040", "KENOPP")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLAUSE_DOER)
def test_clause_doer(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# victims named by a count or "others" alone are of the victims just named
REMAINDER_VICTIMS: list[tuple[str, set[Triple]]] = [
    (
        "Al-Shabab militants stormed a hotel in Mogadishu. "
        "Five people were killed and ten were wounded.",
        {("SOMINS", "180", "SOMCVL"), ("SOMINS", "1823", "SOMCVL"), ("SOMINS", "182", "SOMCVL")},
    ),
    (
        "Al-Shabab militants stormed a hotel in Mogadishu. "
        "Three people were killed. Six others were wounded.",
        {("SOMINS", "180", "SOMCVL"), ("SOMINS", "1823", "SOMCVL"), ("SOMINS", "182", "SOMCVL")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), REMAINDER_VICTIMS)
def test_remainder_victims(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# "according to X, Y must / should ...": X demands it of Y (or appeals), as "X said Y
# must ..."; the act only demanded is no event; without an obligation the act stands
ACCORDING_TO: list[tuple[str, set[Triple]]] = [
    ("According to Macron, Russia must withdraw from Ukraine.", {("FRAGOV", "100", "RUS")}),
    ("Russia must withdraw from Ukraine, according to Macron.", {("FRAGOV", "100", "RUS")}),
    ("According to the UN, Israel should allow aid into Gaza.", {("UNO", "020", "ISR")}),
    ("According to Macron, Russia withdrew from Ukraine.", {("RUS", "0874", "UKR")}),
]


@pytest.mark.parametrize(("text", "expected"), ACCORDING_TO)
def test_according_to(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# a relative clause without object or relative pronoun has its noun for object ("a
# charge X dismissed", "the sanctions X imposed"), for the pattern's requirement and
# its target; the noun is the relative's subject's ("the plan X proposed": X's)
RELATIVE_OBJECT: list[tuple[str, set[Triple]]] = [
    (
        "Kenya blamed Uganda for the attack, an accusation Kampala dismissed.",
        {("KEN", "112", "UGA"), ("UGAGOV", "016", "KEN")},
    ),
    (
        "Ghana criticized the sanctions Nigeria imposed on Niger.",
        {("GHA", "111", "NGA"), ("NGA", "163", "NER")},
    ),
    ("Egypt welcomed the plan Qatar proposed.", {("EGY", "051", "QAT")}),
    ("Israel rejected the proposal Egypt made.", {("ISR", "120", "EGY")}),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_OBJECT)
def test_relative_object(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# constructions already read, kept: coordinated actors on either side, relative
# clauses, participial clauses, control, complement clauses, quantified objects
KEPT: list[tuple[str, set[Triple]]] = [
    (
        "Russia, China and Iran condemned Israel.",
        {("RUS", "111", "ISR"), ("CHN", "111", "ISR"), ("IRN", "111", "ISR")},
    ),
    (
        "Israel condemned Russia, China and Iran.",
        {("ISR", "111", "RUS"), ("ISR", "111", "CHN"), ("ISR", "111", "IRN")},
    ),
    (
        "Turkey, which attacked Syria last year, condemned Israel.",
        {("TUR", "190", "SYR"), ("TUR", "111", "ISR")},
    ),
    (
        "Kenyan police arrested an opposition politician who criticized President Ruto.",
        {("KENCOP", "173", "KENOPP"), ("KENOPP", "111", "KENGOV")},
    ),
    (
        "Gunmen attacked a village in Mali, killing ten people.",
        {("MLIINS", "180", "MLICVL")},  # the killing is what the attack did: one event
    ),
    (
        "Militants stormed a hotel in Mogadishu and killed five people.",
        {("SOMINS", "180", "SOMCVL"), ("SOMINS", "1823", "SOMCVL")},
    ),
    ("Iran tried to attack Israel.", {("IRN", "190", "ISR")}),
    ("The United States demanded that Russia withdraw its troops.", {("USA", "100", "RUS")}),
    ("Troops killed at least five militants in Somalia.", {("SOMMIL", "190", "SOMINS")}),
]


@pytest.mark.parametrize(("text", "expected"), KEPT)
def test_kept_constructions(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected
