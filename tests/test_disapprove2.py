"""Disapproval and denial whose other side an earlier sentence names (CAMEO roots 11,
12 and the denial 016): a reproach with no target aims at the doer of the act just
told, a denial with no target at whoever accused the denier (sentences written for
these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, events

# "Y did an act. X expressed concern": the doer of the act the sentence before told
TOLD_ACT: list[tuple[str, set[Triple]]] = [
    (
        "Ugandan troops shelled a Kenyan village. Kenya expressed concern.",
        {("UGAMIL", "194", "KEN"), ("KEN", "110", "UGAMIL")},
    ),
    (
        "Ugandan police arrested three opposition leaders. Kenya voiced concern.",
        {("UGACOP", "173", "UGAOPP"), ("KEN", "110", "UGACOP")},
    ),
    (
        "Ugandan troops shelled a Kenyan village. Kenya condemned the violence.",
        {("UGAMIL", "194", "KEN"), ("KEN", "111", "UGAMIL")},
    ),
    # the act two sentences back: too far
    (
        "Ugandan police arrested three opposition leaders. The rain fell. Kenya voiced concern.",
        {("UGACOP", "173", "UGAOPP")},
    ),
    # no act told before: no target, no event
    ("Kenya expressed concern.", set()),
    # a noun's slots are its own: the act that drew criticism is no critic
    (
        "Ugandan police arrested two reporters. The arrest of the reporters drew criticism.",
        {("UGACOP", "173", "UGAMED")},
    ),
    # another state named in the sentence: its own scene
    (
        "Ugandan troops shelled a Kenyan village. Kenya expressed concern about Tanzania.",
        {("UGAMIL", "194", "KEN"), ("KEN", "110", "TZA")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOLD_ACT)
def test_reproach_of_the_act_just_told(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# "X accused Y. Y denied involvement": the denial answers the accuser
DENIAL: list[tuple[str, set[Triple]]] = [
    (
        "Kenya accused Uganda of the attack. Uganda denied involvement.",
        {("KEN", "112", "UGA"), ("UGA", "016", "KEN")},
    ),
    (
        "Kenya accused Uganda of the attack. Uganda's army denied any responsibility.",
        {("KEN", "112", "UGA"), ("UGAMIL", "016", "KEN")},
    ),
    # no accusation before: the denial stands alone
    ("Uganda denied involvement in the attack.", {("UGA", "016", None)}),
    # the accusation was aimed at another state
    (
        "Kenya accused Tanzania of the attack. Uganda denied involvement.",
        {("KEN", "112", "TZA"), ("UGA", "016", None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), DENIAL)
def test_denial_answers_the_accuser(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# the nouns of a disapproval name another thing than the act just told: no target from it
OTHER_THING: list[tuple[str, set[Triple]]] = [
    (
        "Ugandan troops shelled a Kenyan village. Kenya voiced concern about the economy.",
        {("UGAMIL", "194", "KEN")},
    ),
    (
        "Ugandan troops shelled a Kenyan village. Kenya voiced concern about the violence.",
        {("UGAMIL", "194", "KEN"), ("KEN", "110", "UGAMIL")},
    ),
    (
        "Ugandan troops shelled a Kenyan village. Kenya said it was wrong to stall the talks.",
        {("UGAMIL", "194", "KEN")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), OTHER_THING)
def test_reproach_of_another_thing(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# displeasure, condemnation or criticism voiced (110 / 111)
VOICED: list[tuple[str, set[Triple]]] = [
    ("Kenya expressed outrage over Uganda's decision.", {("KEN", "110", "UGA")}),
    ("Kenya voiced anger at Uganda.", {("KEN", "110", "UGA")}),
    ("Kenya expressed disappointment with Uganda's ruling.", {("KEN", "110", "UGA")}),
    ("Kenya voiced criticism of Uganda's plan.", {("KEN", "111", "UGA")}),
    ("Kenya expressed gratitude to Uganda.", {("KEN", "051", "UGA")}),
]


@pytest.mark.parametrize(("text", "expected"), VOICED)
def test_displeasure_voiced(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# verbs of judging with a pejorative predicate; a standing called into doubt
JUDGED: list[tuple[str, set[Triple]]] = [
    ("Kenya views Uganda's troop build-up as a provocation.", {("KEN", "111", "UGA")}),
    ("Kenya described Uganda's move as a breach of the truce.", {("KEN", "111", "UGA")}),
    ("Kenya questioned Uganda's commitment to peace.", {("KEN", "111", "UGA")}),
    # a friendly judgement is no criticism (it is praise, 051, as "called X a friend")
    ("Kenya views Uganda as a friend.", {("KEN", "051", "UGA")}),
    ("Kenya questioned the data.", set()),
]


@pytest.mark.parametrize(("text", "expected"), JUDGED)
def test_pejorative_judgement(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# an actor telling of its own displeasure (110), not another's view of it
OWN_FEELING: list[tuple[str, set[Triple]]] = [
    ("Canada is deeply disappointed by Peru's decision.", {("CAN", "110", "PER")}),
    ("Kenya was concerned about Uganda's troop movements.", {("KEN", "110", "UGA")}),
    ("Analysts say Kenya is concerned about Uganda's troop movements.", set()),
    ("Kenya is concerned about the economy.", set()),
]


@pytest.mark.parametrize(("text", "expected"), OWN_FEELING)
def test_own_displeasure(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# a denial of what a pronoun names, or told after the accusation in its own sentence
DENIED_PRONOUN: list[tuple[str, set[Triple]]] = [
    (
        "Kenya alleged that Uganda had armed the rebels. Uganda denied it.",
        {("KEN", "112", "UGA"), ("UGA", "072", "KENREB"), ("UGA", "016", "KEN")},
    ),
    (
        "Kenya accused Uganda of arming the rebels, which Uganda denied.",
        {("KEN", "112", "UGA"), ("UGA", "072", "KENREB"), ("UGA", "016", "KEN")},
    ),
    (
        "Kenyan officials said Uganda was responsible for the attack. Uganda denied involvement.",
        {("KENGOV", "112", "UGA"), ("UGA", "016", "KENGOV")},
    ),
    # no accusation told: a pronoun denied names nothing, no event
    ("Uganda denied it.", set()),
]


@pytest.mark.parametrize(("text", "expected"), DENIED_PRONOUN)
def test_denial_of_a_pronoun(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# displeasure felt by the subject of a passive verb (110), of the "by" agent
FELT: list[tuple[str, set[Triple]]] = [
    ("Kenya was alarmed by Uganda's decision.", {("KEN", "110", "UGA")}),
    ("Kenya said it was deeply troubled by Uganda's decision.", {("KEN", "110", "UGA")}),
    (
        "Ugandan troops shelled a Kenyan village. Kenya was outraged by the attack.",
        {("UGAMIL", "194", "KEN"), ("KEN", "110", "UGAMIL")},
    ),
    # in another's words, or the active voice: the telling of another's feeling, no act
    ("Analysts say Kenya was alarmed by Uganda's decision.", set()),
    ("Uganda's decision angered Kenya.", set()),
    # no actor displeased, or no one to be displeased with
    ("Kenyan traders were angered by the price rises.", set()),
    ("Kenya was upset.", set()),
]


@pytest.mark.parametrize(("text", "expected"), FELT)
def test_displeasure_felt(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# the mild words of diplomacy are disapproval too
MILD: list[tuple[str, set[Triple]]] = [
    ("The Kenyan president called the Ugandan move unfortunate.", {("KENGOV", "111", "UGA")}),
    ("Kenya said Uganda's policies were deeply troubling.", {("KEN", "111", "UGA")}),
    ("Kenya said Uganda's policies were helpful.", set()),
]


@pytest.mark.parametrize(("text", "expected"), MILD)
def test_mild_disapproval(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# "along with Y" on a verb of disapproval: Y shares the subject's role
ALONG_WITH: list[tuple[str, set[Triple]]] = [
    (
        "Kenya, along with Tanzania, criticized Uganda.",
        {("KEN", "111", "UGA"), ("TZA", "111", "UGA")},
    ),
    (
        "Kenya criticized Uganda, along with Tanzania.",
        {("KEN", "111", "UGA"), ("TZA", "111", "UGA")},
    ),
    # an act done to someone: the companion after the verb suffers it too
    (
        "Kenyan troops attacked Ugandan rebels along with Tanzanian rebels.",
        {("KENMIL", "190", "UGAREB"), ("KENMIL", "190", "TZAREB")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ALONG_WITH)
def test_co_speaker_along_with(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# the world and the donors, named by no name, speak as an IGO
UNNAMED_BODIES: list[tuple[str, set[Triple]]] = [
    ("The international community condemned Uganda's government.", {("IGO", "111", "UGAGOV")}),
    ("Donors criticized Uganda's government.", {("IGO", "111", "UGAGOV")}),
]


@pytest.mark.parametrize(("text", "expected"), UNNAMED_BODIES)
def test_unnamed_bodies(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected
