"""Agentless passives of violence take their doer from the hostile act told just
before; people of the attacker's country given by context alone are the attacked
side's; a victim of a fight "with X" fell to X; "X came under attack" is an attack
on X, by the doer told before or the state where it happened; a passive without
a subject of its own ("after being released") is done to the subject it inherits
(sentences written for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, events

AGENTLESS: list[tuple[str, set[Triple]]] = [
    (
        "Russian forces attacked a village in Ukraine on Monday. "
        "Two civilians were killed in an airstrike.",
        {("RUSMIL", "190", "UKR"), ("RUSMIL", "190", "UKRCVL")},
    ),
    # victims named with their own country stay theirs
    (
        "Russian forces attacked a village in Ukraine on Monday. "
        "Two Russian journalists were killed in an airstrike.",
        {("RUSMIL", "190", "UKR"), ("RUSMIL", "190", "RUSMED")},
    ),
    (
        "Militants stormed a village in Mali on Monday. "
        "Five villagers were killed Thursday in a raid.",
        {("MLIINS", "180", "MLICVL"), ("MLIINS", "1823", "MLICVL")},
    ),
    (
        "Rebels attacked an army post in Chad. Two soldiers were killed in the attack.",
        {("TCDREB", "190", "TCDMIL")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), AGENTLESS)
def test_doer_from_the_act_before(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


UNDER: list[tuple[str, set[Triple]]] = [
    (
        "Rebels attacked a town in Mali. Malian soldiers came under attack near Gao.",
        {("MLIREB", "180", "MLICVL"), ("MLIREB", "190", "MLIMIL")},
    ),
    (
        "Rebels attacked a town in Mali. Malian soldiers came under fire near Gao.",
        {("MLIREB", "180", "MLICVL"), ("MLIREB", "190", "MLIMIL")},
    ),
    ("Kenyan troops came under attack in Somalia.", {("SOM", "190", "KENMIL")}),
    ("A fire destroyed the market in Kano.", set()),
]


@pytest.mark.parametrize(("text", "expected"), UNDER)
def test_came_under_attack(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


FIGHT_PARTNER: list[tuple[str, set[Triple]]] = [
    # the soldiers fought in the clash: it is coded both ways beside the killing
    (
        "Five soldiers were killed in a clash with rebels in Chad.",
        {("TCDREB", "190", "TCDMIL"), ("TCDMIL", "190", "TCDREB")},
    ),
    (
        "Three Kenyan police officers were killed in a firefight with militants.",
        {("KENINS", "190", "KENCOP")},
    ),
    # the second of two coordinated acts names the other side
    (
        "Two Malian soldiers were killed in an ambush and the ensuing battle with jihadists.",
        # the battle with no doer named is the state's forces' (dyadline.coder.counterforce)
        {("MLIINS", "190", "MLIMIL"), ("MLIMIL", "190", "MLIINS")},
    ),
    ("A Kenyan police officer was killed in a car accident with a truck.", set()),
]


@pytest.mark.parametrize(("text", "expected"), FIGHT_PARTNER)
def test_victim_of_a_fight_with(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


INHERITED: list[tuple[str, set[Triple]]] = [
    # a passive without a subject of its own acts on the subject it inherits
    (
        "A Kenyan journalist thanked his supporters after being released from prison.",
        {("KENGOV", "0841", "KENMED")},
    ),
    (
        "After being detained for a week, the Ugandan activist was freed.",
        {("UGAGOV", "173", "UGACVL"), ("UGAGOV", "0841", "UGACVL")},
    ),
    # a participle sharing a passive's subject: the subject undergoes it too
    (
        "The Kenyan activist was arrested and later released.",
        {("KENGOV", "173", "KENCVL"), ("KENGOV", "0841", "KENCVL")},
    ),
    (
        "Two Zimbabwean journalists were detained and assaulted in Harare.",
        {("ZWEGOV", "173", "ZWEMED")},
    ),
    # active coordination keeps its subject
    ("Rebels captured and killed two Chadian soldiers.", {("TCDREB", "190", "TCDMIL")}),
]


@pytest.mark.parametrize(("text", "expected"), INHERITED)
def test_passive_on_the_inherited_subject(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# a killing told without its doer in another state than the victim's: that state's
# doing only when the sentence names the victim's state by its own name; a victim
# the context alone placed (a person of the story's main state) gives no doer
KILLED_ABROAD: list[tuple[str, set[Triple]]] = [
    ("Two Russian soldiers were killed in Ukraine.", {("UKR", "190", "RUSMIL")}),
    (
        "Guatemala arrested the publisher. He spoke of journalist Ana Perez, who was killed"
        " in Cyprus in 2019.",
        {("GTM", "173", "GTMMED")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), KILLED_ABROAD)
def test_killed_abroad(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected
