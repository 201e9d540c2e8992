"""Intent, threats and refusals told ahead (CODING-GUIDE "Intent is its own code"): an
answer to a hostile act told ahead is a threat at the act's doer (verbs.tsv block
``intent``, requirement ``ahead``, target ``answered``); force pledged or vowed is a
threat (intent.tsv ``pledge`` rows); an act only weighed is intended; a noun act under
a governed verb is governed as it is; a participle's clause is told by the main verb's
subject. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, events

ANSWERED: list[tuple[str, set[Triple]]] = [
    (
        "Lithuania warned that it would respond to any provocation by Belarus.",
        {("LTU", "138", "BLR")},
    ),
    # "it" after a capital is the government the capital stands for
    (
        "Seoul said it would react firmly to any attack from Pyongyang.",
        {("KORGOV", "138", "PRKGOV")},
    ),
    (
        '"We will respond to any aggression by Eritrea," the Ethiopian defense minister said.',
        {("ETHMIL", "138", "ERI")},
    ),
    ("Iran vowed to retaliate for the assassination by Israel.", {("IRN", "138", "ISR")}),
    # an answer told as done, to no hostile act, or refused: no threat
    ("Greece responded to the Turkish attack.", set()),
    ("Greece said it would respond to the letter from Turkey.", set()),
    ("Greece said it would not respond to Turkey's provocations.", set()),
]


@pytest.mark.parametrize(("text", "expected"), ANSWERED)
def test_answer_told_ahead_is_a_threat(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


def test_threat_told_ahead_keeps_its_future(nlp: Language) -> None:
    # (as "said Tehran would strike ...": tests/test_announced_intent.py)
    (event,) = nlp("Lithuania warned that it would respond to any provocation by Belarus.")._.events
    assert (event.cameo, event.modality) == ("138", "future")


PLEDGED_FORCE: list[tuple[str, set[Triple]]] = [
    ("Armenia vowed to retaliate against Azerbaijan.", {("ARM", "138", "AZE")}),
    ("Sudan promised to attack the rebels in Darfur.", {("SDN", "138", "SDNREB")}),
    ("Turkey vowed that it would attack Syria.", {("TUR", "138", "SYR")}),
    # an arrest vowed keeps its code, told ahead
    ("Kenya vowed to arrest Somali militants.", {("KEN", "173", "SOMINS")}),
]


@pytest.mark.parametrize(("text", "expected"), PLEDGED_FORCE)
def test_force_pledged_is_a_threat(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


WEIGHED_AND_GOVERNED: list[tuple[str, set[Triple]]] = [
    ("Kenya is considering sending troops to Haiti.", {("KEN", "0334", "HTI")}),
    ("Japan is weighing imposing sanctions on Russia.", {("JPN", "1312", "RUS")}),
    ("Cuba is seeking to improve relations with Spain.", {("CUB", "032", "ESP")}),
    ("Cuba refused to restore relations with Spain.", {("CUB", "120", "ESP")}),
    (
        "Ukraine's president rejected the offer, saying Ukraine would never negotiate with Russia.",
        {("UKR", "125", "RUS")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), WEIGHED_AND_GOVERNED)
def test_weighed_and_governed_acts(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected
