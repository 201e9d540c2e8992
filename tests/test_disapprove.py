"""Disapproval and accusation (CAMEO roots 11 and 12): blame laid on someone, a
reciprocal "the other", disapproval of another's act, and a charge told as the
reason for an act (sentences written for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, both, events, story_events

# "placed / put / laid / shifted the blame on Y": an accusation of Y
BLAME_LAID: list[tuple[str, set[Triple]]] = [
    ("Kenya placed blame on Uganda.", {("KEN", "112", "UGA")}),
    ("Kenya's government put the blame on Uganda for the attack.", {("KENGOV", "112", "UGA")}),
    ("Kenya shifted the blame onto Uganda.", {("KEN", "112", "UGA")}),
    ("Kenya laid the blame on Uganda.", {("KEN", "112", "UGA")}),
    # no one blamed: no event
    ("Kenya placed a roadside sign.", set()),
]


@pytest.mark.parametrize(("text", "expected"), BLAME_LAID)
def test_blame_laid_on_someone(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# two or more subjects and "the other": each on the other, both ways
RECIPROCAL_OTHER: list[tuple[str, set[Triple]]] = [
    ("Kenya and Uganda accused the other of stalling.", both("KEN", "112", "UGA")),
    ("Kenya and Uganda each blamed the other for the clashes.", both("KEN", "112", "UGA")),
    # one subject: "the other" names no actor
    ("Kenya blamed the other party.", set()),
]


@pytest.mark.parametrize(("text", "expected"), RECIPROCAL_OTHER)
def test_reciprocal_the_other(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# regret / lament another's act: disapproval (111) of its doer
REGRET: list[tuple[str, set[Triple]]] = [
    ("Kenya regretted Uganda's decision.", {("KEN", "111", "UGA")}),
    ("Kenya lamented the move by Uganda.", {("KEN", "111", "UGA")}),
    # an act with no doer named: no target
    ("Kenya regretted the loss of life.", set()),
]


@pytest.mark.parametrize(("text", "expected"), REGRET)
def test_regret_of_an_act(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# "X did A to Y for allegedly doing B": X accuses Y (112) besides A
ALLEGED_REASON: list[tuple[str, set[Triple]]] = [
    (
        "Somalia cut ties with Kenya for allegedly meddling in its affairs.",
        {("SOM", "112", "KEN"), ("SOM", "161", "KEN")},
    ),
    (
        "Kenya expelled two Ugandan diplomats for allegedly spying.",
        {("KEN", "112", "UGAGOV"), ("KEN", "161", "UGA")},
    ),
    (
        "Kenyan police detained a Ugandan journalist over allegedly inciting violence.",
        {("KENCOP", "112", "UGAMED"), ("KENCOP", "173", "UGAMED")},
    ),
    # the act noun carried by the verb: its of-actor is the one charged
    (
        "Kenyan prosecutors ordered the arrest of Ruto for allegedly taking bribes.",
        {("KENJUD", "112", "KENGOV"), ("KENJUD", "173", "KENGOV")},
    ),
    # no "allegedly": the reason is the text's, no accusation of its own
    ("Kenya expelled two Ugandan diplomats for spying.", {("KEN", "161", "UGA")}),
]


@pytest.mark.parametrize(("text", "expected"), ALLEGED_REASON)
def test_charge_told_as_reason(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# an earlier act told again in a phrase of the trigger ("spoke out against the ban"):
# its doer is the target
BACK_IN_PHRASE: list[tuple[str, set[Triple]]] = [
    (
        "Kenya banned Ugandan imports. Uganda spoke out against the ban.",
        {("KEN", "163", "UGA"), ("UGA", "111", "KEN")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), BACK_IN_PHRASE)
def test_act_told_again_in_a_phrase(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# a speaker telling that another actor schemed against someone accuses it (112)
SCHEME_TOLD: list[tuple[str, set[Triple]]] = [
    ("Kenya claimed Uganda had tried to sabotage the talks.", {("KEN", "112", "UGA")}),
    ("Kenya believes Uganda orchestrated the attack.", {("KEN", "112", "UGA")}),
    ("Kenya suggested Uganda must have ordered the attack.", {("KEN", "112", "UGA")}),
    ("Kenya insisted Uganda was meddling in its affairs.", {("KEN", "112", "UGA")}),
    # the agent of a passive clause is the accused
    ("Kenya said the attack was orchestrated by Ugandan militants.", {("KEN", "112", "UGAINS")}),
    # its own act, a cooperative belief, no named speaker: no accusation
    ("Kenya said it would not interfere in Uganda's affairs.", set()),
    ("Kenya believes Uganda will help.", set()),
    ("Analysts believe Uganda orchestrated the attack.", set()),
]


@pytest.mark.parametrize(("text", "expected"), SCHEME_TOLD)
def test_scheme_told_accuses(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# a charge of a crime (1121); with no accuser named, the accused's own state's courts
CRIMINAL_CHARGE: list[tuple[str, set[Triple]]] = [
    ("Kenya accused Uganda of corruption.", {("KEN", "1121", "UGA")}),
    ("A Kenyan lawmaker is accused of sedition.", {("KENJUD", "1121", "KENLEG")}),
    (
        "The prison holds a former Kenyan lawmaker, who is accused of illegal possession of arms.",
        {("KENJUD", "1121", "KENLEG")},
    ),
    # not a crime: the act itself, told as the charge
    ("Uganda was accused of aiding rebels.", {("UGA", "070", "UGAREB")}),
]


@pytest.mark.parametrize(("text", "expected"), CRIMINAL_CHARGE)
def test_criminal_charge(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert story_events(nlp, text) == expected


# "no longer" negates the verb as "not" does: no longer recognising is a rejection (120)
NO_LONGER: list[tuple[str, set[Triple]]] = [
    ("Kenya will no longer recognize Uganda's government.", {("KEN", "120", "UGA")}),
    ("Kenya does not recognize Uganda's government.", {("KEN", "120", "UGA")}),
    ("Kenya will no longer cooperate with Uganda.", {("KEN", "121", "UGA")}),
]


@pytest.mark.parametrize(("text", "expected"), NO_LONGER)
def test_no_longer_negates(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected
