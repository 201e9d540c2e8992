"""A weapon or an attack as the subject of a violent verb stands for whoever used
it: its actor adjective or "by" agent, else the doer of the hostile act told just
before (``nominal.tsv`` kind ``instrument``); a victim's "in <act> by X" names the
doer even where the parser hangs "by X" on the verb (sentences written for these
tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, events

# the instrument's own phrase names its user
NAMED_USER: list[tuple[str, set[Triple]]] = [
    # (aircraft striking make the attack aerial: tests/test_news_wording4.py)
    ("Russian drones hit Odesa overnight.", {("RUS", "195", "UKR")}),
    ("A bomb planted by militants killed four policemen in Kenya.", {("KENINS", "190", "KENCOP")}),
    ("An Israeli airstrike killed three people in Gaza.", {("ISR", "190", "PSECVL")}),
    # a storm is no weapon
    ("A storm killed ten people in Malawi.", set()),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_USER)
def test_instrument_user_named(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# no user named: the doer of the hostile act just before
FROM_MEMORY: list[tuple[str, set[Triple]]] = [
    (
        "Rebels attacked a town in Mali. A car bomb killed six soldiers.",
        {("MLIREB", "180", "MLICVL"), ("MLIREB", "190", "MLIMIL")},
    ),
    (
        "Gunmen raided a village in Niger on Sunday. The blast wounded ten soldiers.",
        {("NERINS", "180", "NERCVL"), ("NERINS", "190", "NERMIL")},
    ),
    # nothing hostile told before: no doer
    ("A roadside bomb killed two soldiers in Mali.", set()),
]


@pytest.mark.parametrize(("text", "expected"), FROM_MEMORY)
def test_instrument_user_from_memory(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# "died in the hijacking by X": the agent the parser hung on the verb
CAUSE_AGENT: list[tuple[str, set[Triple]]] = [
    (
        "Nine hostages lost their lives in the kidnapping by gunmen in Nigeria.",
        {("NGAINS", "181", "NGACVL")},
    ),
    ("Seven people died in an attack by rebels in Chad.", {("TCDREB", "180", "TCDCVL")}),
]


@pytest.mark.parametrize(("text", "expected"), CAUSE_AGENT)
def test_cause_agent_on_the_verb(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected
