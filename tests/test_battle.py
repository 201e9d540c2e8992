"""Armed-conflict reports of wire news, each construction a table of sentences
written for these tests:

- force told by its toll on the other side: "X inflicted heavy casualties (losses, a
  defeat) on Y" is X's use of force on Y (``verbs.tsv`` ``inflict`` with its object);
  a toll no actor inflicts ("the storm", "the sanctions") is no fight;
- a fight told by its noun is fought by both sides ("killed in a shootout with gang
  members", "skirmishes with Chinese troops": ``verbs.tsv`` ``mutual`` rows), and the
  victims of a passive are its one side also when the fight noun is the second member
  of the cause phrase ("killed in the ambush and the subsequent gunfight with bandits":
  ``dyadline.coder.arguments`` reads the first conjunct's "in" phrase); a fight with no
  other side named is left alone;
- an attack the target "came under" is done by the agent the parser hangs on the
  verb ("came under attack by gunmen", "came under fire from rebels":
  ``dyadline.coder.arguments._noun_source``); fire from critics is no attack;
- a mutual fight noun whose "between" phrase hangs on the verb that reports it
  ("clashes were reported between X and Y", "an exchange of fire reported between X
  and Y") is fought by both the phrase names.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, events

TOLLS: list[tuple[str, set[Triple]]] = [
    (
        "The rebels inflicted heavy losses on the Congolese army.",
        {("CODREB", "190", "CODMIL")},
    ),
    (
        "The Kenyan army inflicted a defeat on the Somali militants.",
        {("KENMIL", "190", "SOMINS")},
    ),
    ("The storm inflicted heavy losses on farmers in Malawi.", set()),
    ("The sanctions inflicted heavy losses on Iranian companies.", set()),
]


@pytest.mark.parametrize(("text", "expected"), TOLLS)
def test_a_toll_inflicted_on_a_side_is_force_used_on_it(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


FIGHT_NOUNS: list[tuple[str, set[Triple]]] = [
    (
        "Four Pakistani soldiers were killed in the ambush and the subsequent gun battle "
        "with militants.",
        {("PAKINS", "190", "PAKMIL"), ("PAKMIL", "190", "PAKINS")},
    ),
    (
        "Nine Nigerian policemen died in the ambush and the fighting with bandits.",
        {("NGACOP", "190", "NGACRM"), ("NGACRM", "190", "NGACOP")},
    ),
    (
        "Three Haitian policemen died in a shootout with gang members.",
        {("HTICOP", "193", "HTICRM"), ("HTICRM", "193", "HTICOP")},
    ),
    ("Ten Nigerian soldiers were killed in the attack and the fighting.", set()),
]


@pytest.mark.parametrize(("text", "expected"), FIGHT_NOUNS)
def test_a_fight_noun_is_fought_by_both_sides(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


UNDER_ATTACK: list[tuple[str, set[Triple]]] = [
    (
        "A Nigerian army convoy came under attack by Boko Haram fighters on Monday.",
        {("NGAINS", "190", "NGAMIL")},
    ),
    (
        "The Ukrainian town came under fire from Russian troops.",
        {("RUSMIL", "190", "UKR")},
    ),
    (
        "The Somali base came under heavy attack from al-Shabab militants.",
        {("SOMINS", "190", "SOM")},
    ),
    ("The government came under fire from the opposition.", set()),
]


@pytest.mark.parametrize(("text", "expected"), UNDER_ATTACK)
def test_the_agent_of_an_attack_come_under_is_its_doer(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


TOLD_BETWEEN: list[tuple[str, set[Triple]]] = [
    (
        "Heavy exchange of fire was reported between Pakistani troops and BLA militants.",
        {("PAKMIL", "190", "PAKINS"), ("PAKINS", "190", "PAKMIL")},
    ),
    (
        "The operation went on with an exchange of fire reported between Pakistani "
        "troops and BLA militants.",
        {("PAKMIL", "190", "PAKINS"), ("PAKINS", "190", "PAKMIL")},
    ),
    (
        "Clashes were reported between Israeli troops and Hezbollah fighters.",
        {("ISRMIL", "190", "LBNINS"), ("LBNINS", "190", "ISRMIL")},
    ),
    ("Clashes were reported in the capital.", set()),
]


@pytest.mark.parametrize(("text", "expected"), TOLD_BETWEEN)
def test_a_fight_reported_between_two_sides_is_fought_by_both(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected
