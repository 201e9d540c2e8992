"""Material conflict in stories: fighting back at the attacker, weapons that are no side,
counted fighters of the group just named, claims of responsibility, occupation at home,
shows of force, postures that answer force, a roving group told again where it acted,
the fallen of a fight with no other side named. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, events, story_events

STORIES: list[tuple[str, set[Triple]]] = [
    # the militants, attacked, fight back at their attacker; "with mortars" is no side;
    # "12 fighters" are the group's; "the group" claims the attack told (015)
    (
        "Somali troops attacked al-Shabab positions near Mogadishu. The militants fought "
        "back with mortars. At least 12 fighters were killed, the army said. The group "
        "later claimed the attack on a military base.",
        {
            ("SOMMIL", "190", "SOMINS"),
            ("SOMINS", "190", "SOMMIL"),
            ("SOMINS", "015", "SOMMIL"),
        },
    ),
    (
        "Kenyan police raided an al-Shabab camp. The militants returned fire.",
        {("KENCOP", "190", "SOMINS"), ("SOMINS", "190", "KENCOP")},
    ),
    (
        "Rebels attacked an army base in Goma. The soldiers fought back.",
        {("CODREB", "190", "CODMIL"), ("CODMIL", "190", "CODREB")},
    ),
    # a posture with no target answers the act of force just told against its state
    (
        "Chinese warships held drills near Taiwan. Taipei put its military on alert.",
        {("CHN", "150", "TWN"), ("TWNGOV", "152", "CHN")},
    ),
    # the Islamic State told again is where the story had it act
    (
        "Islamic State militants attacked a mosque in Kabul. They killed 25 worshippers.",
        {("AFGINS", "180", "AFGCVL"), ("AFGINS", "1823", "AFGCVL")},
    ),
    # the fallen of "the fighting" took no side the sentence names
    (
        "The Pakistani army launched an operation against militants in Waziristan. "
        "Dozens of insurgents were killed in the fighting.",
        {("PAKMIL", "190", "PAKINS")},
    ),
]

SENTENCES: list[tuple[str, set[Triple]]] = [
    ("India moved tanks closer to the Chinese border.", {("IND", "154", "CHN")}),
    ("Russia moved troops closer to the border with Ukraine.", {("RUS", "154", "UKR")}),
    (
        "The United States sent an aircraft carrier to the Gulf in a show of force against Iran.",
        {("USA", "150", "IRN")},
    ),
    ("China staged a show of force near Taiwan.", {("CHN", "150", "TWN")}),
    ("Israeli forces occupied a hilltop in southern Lebanon.", {("ISRMIL", "192", "LBNGOV")}),
    ("Turkish troops seized a village in northern Syria.", {("TURMIL", "192", "SYR")}),
    # territory taken from a state named by its place only: from its government
    ("Russian forces captured the town of Avdiivka.", {("RUSMIL", "192", "UKRGOV")}),
    ("Jihadists captured a town in central Mali.", {("MLIINS", "192", "MLI")}),
    # claims of responsibility: the claim is the event, not the act it names
    (
        "Al-Shabab claimed responsibility for a deadly attack on a mall in Nairobi.",
        {("SOMINS", "015", "KENGOV")},
    ),
    ("Al-Shabab claimed the attack on a military base.", {("SOMINS", "015", None)}),
    ("The Islamic State group claimed a bombing in Kabul.", {("AFGINS", "015", None)}),
    # a mutual fight with a partner named stays both ways
    (
        "Five soldiers were killed in a battle with militants in Mali.",
        {
            ("MLIINS", "190", "MLIMIL"),
            ("MLIMIL", "190", "MLIINS"),
        },
    ),
    # deaths an act of force resulted in are its doer's killings
    (
        "An offensive by Malian troops resulted in the deaths of nine insurgents.",
        {("MLIMIL", "190", "MLIINS")},
    ),
    (
        "Russian shelling caused the deaths of five civilians in Kharkiv.",
        {
            ("RUS", "190", "UKRCVL"),
        },
    ),
    ("The storm caused the deaths of 40 people in Bangladesh.", set()),
    # the place a force enters does not do the act of its purpose clause
    ("Ethiopian troops entered Somalia to fight al-Shabab.", {("ETHMIL", "190", "SOMINS")}),
    # nothing: no posture toward anyone, a show of strength of no one's, no state named
    ("The parade was a show of strength.", set()),
    ("The army fought with the rebels in the north.", set()),
]


@pytest.mark.parametrize(("text", "expected"), STORIES)
def test_conflict_stories(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert story_events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_conflict_sentences(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected
