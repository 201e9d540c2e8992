"""Appraisals a speaker makes of an act or of its doer (sentences written for these
tests; exact event sets): the act's doer is the target, not its victims ("said Y's
strikes on civilians were illegal"), and a frame noun's "of" phrase carries the
appraisal ("called the raid an act of aggression")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, story_events

# the subject of the speaker's clause is an act: its doer is whom the speaker accuses
DOER: list[tuple[str, set[Triple]]] = [
    (
        "Putin said Ukraine's attacks on civilians were unacceptable.",
        {("RUSGOV", "112", "UKR"), ("UKR", "190", "RUSCVL")},
    ),
    (
        "Putin said the attacks by Ukraine on civilians were illegal.",
        {("RUSGOV", "112", "UKR"), ("UKR", "190", "RUSCVL")},
    ),
    (
        "Putin said the Ukrainian attacks on civilians were war crimes.",
        {("RUSGOV", "112", "UKR"), ("UKR", "190", "RUSCVL")},
    ),
]


# the object of a verb of appraisal is an act: its doer is the target
OBJECT_DOER: list[tuple[str, set[Triple]]] = [
    (
        "Russia condemned Ukraine's attacks on civilians.",
        {("RUS", "111", "UKR"), ("UKR", "190", "RUSCVL")},
    ),
    (
        "The UN criticized the Ethiopian army's attacks on Tigrayan civilians.",
        {("UNO", "111", "ETHMIL"), ("ETHMIL", "190", "ETHCVL")},
    ),
    # an act that its owner suffers: only its "by" phrase names the doer
    (
        "Russia condemned the arrest of Russian citizens by Polish police.",
        {("RUS", "111", "POLCOP"), ("POLCOP", "173", "RUSCVL")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), OBJECT_DOER)
def test_appraised_object_doer(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert story_events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), DOER)
def test_appraised_doer(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert story_events(nlp, text) == expected


# "an act of aggression", "a form of terrorism": the framed word is the appraisal
FRAMED: list[tuple[str, set[Triple]]] = [
    ("Turkey described the Israeli strike as an act of aggression.", {("TUR", "111", "ISR")}),
    ("Turkey called the strike by Israel an act of aggression.", {("TUR", "111", "ISR")}),
    ("Egypt said the Israeli raid was an act of terrorism.", {("EGY", "111", "ISR")}),
    # a frame noun framing no reproach is no appraisal
    ("Japan described the Chinese visit as a sign of goodwill.", set()),
]


@pytest.mark.parametrize(("text", "expected"), FRAMED)
def test_framed_appraisal(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert story_events(nlp, text) == expected


# an act noun naming an earlier deed the coder gave no event: the deed's doer
DEED: list[tuple[str, set[Triple]]] = [
    (
        "The Kenyan government extended the ban on Somali flights. Somalia criticized the"
        " extension.",
        {("SOM", "111", "KENGOV")},
    ),
    ("Iran postponed the talks. France criticized the delay.", {("FRA", "111", "IRN")}),
    (
        "The Somali president signed a law extending his term. The opposition denounced the"
        " action.",
        {("SOMOPP", "111", "SOMGOV")},
    ),
    # the act a speaker's clause appraises, told (and coded) before
    (
        "Iran seized a British tanker. Britain said the seizure was illegal.",
        {("IRN", "1711", "GBR"), ("GBR", "111", "IRN")},
    ),
    (
        "Russia expelled two Polish diplomats. Poland said the expulsions were unjustified.",
        {("RUS", "161", "POL"), ("POL", "111", "RUS")},
    ),
    # the noun names another deed than the one told: no doer
    ("Iran postponed the talks. France criticized the extension.", set()),
    # a noun for any deed reaches back two sentences only
    (
        "Chad closed its border. The rains came early. The harvest was poor. Farmers were"
        " worried. France criticized the decision.",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected"), DEED)
def test_deed_doer(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert story_events(nlp, text) == expected


# a step noun appraised by the way it goes
STEP: list[tuple[str, set[Triple]]] = [
    ("Japan said China's decision was a step forward.", {("JPN", "051", "CHN")}),
    ("Japan called the Chinese proposal a step forward.", {("JPN", "051", "CHN")}),
    ("Japan said the Chinese ban was a step backwards.", {("JPN", "111", "CHN")}),
    # a step with no appraisal
    ("Japan said China's decision was a first step.", set()),
]


@pytest.mark.parametrize(("text", "expected"), STEP)
def test_step_appraisal(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert story_events(nlp, text) == expected


def test_missed_deadline_is_a_delay(nlp: Language) -> None:
    text = "The Iraqi government missed the deadline. Turkey denounced the delay."
    assert story_events(nlp, text) == {("TUR", "111", "IRQGOV")}


# a pronoun an appraisal calls something: the deed just told
PRONOUN: list[tuple[str, set[Triple]]] = [
    (
        "Israeli forces raided a Palestinian camp on Monday. Egypt called it an act of aggression.",
        {("ISRMIL", "190", "PSE"), ("EGY", "111", "ISRMIL")},
    ),
    (
        "Israeli forces raided a Palestinian camp on Monday. Egypt said this was unacceptable.",
        {("ISRMIL", "190", "PSE"), ("EGY", "111", "ISRMIL")},
    ),
    # "it" before an extraposed clause is no deed
    (
        "Israeli forces raided a Palestinian camp on Monday. Egypt said it was a mistake to"
        " ignore the talks.",
        {("ISRMIL", "190", "PSE")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PRONOUN)
def test_pronoun_deed(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert story_events(nlp, text) == expected


# "said the army's actions were brutal": a that-clause judging a thing an actor owns
# judges its owner, a sector the context places
OWNED_THING_JUDGED: list[tuple[str, set[Triple]]] = [
    (
        "Myanmar held elections. Activists in Yangon said the army's actions were brutal.",
        {("MMRCVL", "111", "MMRMIL")},
    ),
    (
        "Kenya held elections. The opposition said the government's decision was illegal.",
        {("KENOPP", "111", "KENGOV")},
    ),
    (
        "Myanmar held elections. Activists in Yangon said the army's actions were normal.",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected"), OWNED_THING_JUDGED)
def test_owned_thing_judged(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert story_events(nlp, text) == expected
