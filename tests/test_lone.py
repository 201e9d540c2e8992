"""Lone news sentences: what a sentence coded with no story around it needs from its
own words (sentences written for these tests).

- a dateline opening the sentence is where it happens, not an actor: no subject
  is taken from it, and it gives its state to sector-only mentions;
- regions of conflict give their state to sector-only mentions;
- actors of the whole world: organisations, movements, demonyms, small capitals;
- leaders of the 1990s-2020s, read at a date of their tenure.
"""

from __future__ import annotations

import dataclasses

import pytest
from spacy.language import Language

from dyadline.annotate import annotate
from dyadline.read import read_text
from eventsets import Triple, events

DATELINES: list[tuple[str, set[Triple]]] = [
    (
        "KANDAHAR, Afghanistan (AP) - Police arrested 12 protesters on Sunday.",
        {("AFGCOP", "173", "AFGOPP")},
    ),
    ("PESHAWAR - Security forces killed five militants.", {("PAKCOP", "190", "PAKINS")}),
    ("JERUSALEM (AP) — Police detained two Palestinians.", {("ISRCOP", "173", "PSE")}),
    (
        "KABUL, Afghanistan (AP) — Militants attacked a police checkpoint, killing four officers.",
        {("AFGINS", "190", "AFGCOP")},
    ),
    (
        "MOGADISHU, Somalia, March 3 (Reuters) - Militants attacked a police station.",
        {("SOMINS", "190", "SOMCOP")},
    ),
    ("LAGOS -- Soldiers killed eight rebels.", {("NGAMIL", "190", "NGAREB")}),
    ("MOSCOW - Police detained dozens of opposition activists.", {("RUSCOP", "173", "RUSOPP")}),
    # no dateline: an all-capitals name that is the subject stays the subject
    ("NATO criticised Russia.", {("NAT", "111", "RUS")}),
]

REGIONS: list[tuple[str, set[Triple]]] = [
    ("Police in Chechnya arrested protesters.", {("RUSCOP", "173", "RUSOPP")}),
    ("Troops in Kashmir killed two militants.", {("INDMIL", "190", "INDINS")}),
    ("Police in the Niger Delta arrested protesters.", {("NGACOP", "173", "NGAOPP")}),
]

WORLD: list[tuple[str, set[Triple]]] = [
    ("Al-Qaida criticised Japan.", {("IMGINS", "111", "JPN")}),
    ("The Khmer Rouge criticised Japan.", {("KHMREB", "111", "JPN")}),
    ("Belarussian officials criticised Japan.", {("BLRGOV", "111", "JPN")}),
    ("Gazan officials criticised Egypt.", {("PSEGOV", "111", "EGY")}),
    ("Apia criticised Japan.", {("WSMGOV", "111", "JPN")}),
    ("Japan criticised Vaduz.", {("JPN", "111", "LIEGOV")}),
]

LEADERS: list[tuple[str, str, set[Triple]]] = [
    ("1990-06-15", "Gorbachev criticised Japan.", {("SUNGOV", "111", "JPN")}),
    ("1998-06-15", "Ocalan criticised Turkey.", {("TURREB", "111", "TUR")}),
    ("1998-06-15", "Bin Laden criticised Saudi Arabia.", {("IMGINS", "111", "SAU")}),
    ("2005-06-15", "Japan criticised Bashir.", {("JPN", "111", "SDNGOV")}),
    ("2005-06-15", "Saleh criticised Japan.", {("YEMGOV", "111", "JPN")}),
    ("2005-06-15", "Zarqawi criticised Japan.", {("IRQINS", "111", "JPN")}),
    ("2015-06-15", "Baghdadi criticised Japan.", {("IRQINS", "111", "JPN")}),
]


@pytest.mark.parametrize(("text", "expected"), DATELINES)
def test_dateline(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), REGIONS)
def test_region_gives_state(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), WORLD)
def test_world_actors(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("date", "text", "expected"), LEADERS)
def test_leader_at_tenure(nlp: Language, date: str, text: str, expected: set[Triple]) -> None:
    doc = dataclasses.replace(read_text(text), date=date, news=True)
    got = {
        (e.source.code, e.cameo, e.target.code if e.target else None)
        for e in annotate(doc, nlp).events
    }
    assert got == expected
