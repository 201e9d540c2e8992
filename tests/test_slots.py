"""Argument slots: where a pattern's source and target stand, for every pattern
(sentences written for these tests; exact event sets). Also: quantified and partitive
objects, a conjunct of the phrase a modifier names a target in, a relative pronoun's
antecedent as object, a raising verb's predicate, a common noun taking its
apposition's actor, and a subject negated by "neither ... nor"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, events

SLOTS: list[tuple[str, set[Triple]]] = [
    # the subject of a control or raising word acts
    ("Syria tried to attack Israel.", {("SYR", "190", "ISR")}),
    ("Turkey decided to expel the Greek ambassador.", {("TUR", "161", "GRC")}),
    ("Iran says it is willing to withdraw its troops from Iraq.", {("IRN", "0356", "IRQ")}),
    # the subject of a complement clause is the target of a demand
    ("France demanded that Germany withdraw from Syria.", {("FRA", "100", "DEU")}),
    ("Britain said Iran must withdraw from Syria.", {("GBR", "100", "IRN")}),
    ("Britain said Iran withdrew from Syria.", {("IRN", "0874", "SYR")}),
    # the object of an appeal; the act appealed for is no event
    ("The United States urged China to release the dissidents.", {("USA", "025", "CHN")}),
    ("Japan asked South Korea to return the fishermen.", {("JPN", "020", "KOR")}),
    # against / on / at
    ("Pakistan protested against India.", {("PAK", "114", "IND")}),
    ("Kenya imposed sanctions on Uganda.", {("KEN", "163", "UGA")}),
    ("Nigeria launched strikes against Cameroon.", {("NGA", "195", "CMR")}),
    # quantified objects
    ("Indian troops killed at least 20 Pakistani soldiers.", {("INDMIL", "190", "PAKMIL")}),
    ("Gunmen abducted more than 30 Nigerian students.", {("NGAINS", "181", "NGACVL")}),
    ("Rebels in Colombia kidnapped up to 16 Russian advisers.", {("COLREB", "181", "RUS")}),
    # coordination on either side
    ("Germany and France attacked Poland.", {("DEU", "190", "POL"), ("FRA", "190", "POL")}),
    ("Poland attacked Germany and France.", {("POL", "190", "DEU"), ("POL", "190", "FRA")}),
    # relative clauses
    ("Turkey, which attacked Syria, denied it.", {("TUR", "190", "SYR")}),
    # nominal triggers: the support verb's subject, the possessive
    ("Iraq carried out an attack on Kuwait.", {("IRQ", "190", "KWT")}),
    ("The Peruvian president made a visit to Chile.", {("PERGOV", "042", "CHL")}),
]


@pytest.mark.parametrize(("text", "expected"), SLOTS)
def test_argument_slots(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


AGENTLESS: list[tuple[str, set[Triple]]] = [
    # the doer of the hostile act just before; the victims of violence at a place
    (
        "Gunmen attacked a hotel in Somalia. At least five people were killed.",
        {("SOMINS", "180", "SOMCVL"), ("SOMINS", "1823", "SOMCVL")},
    ),
    ("Israel attacked Gaza. Five Palestinians were killed.", {("ISR", "190", "PSE")}),
    ("Rebels attacked a village in Mali.", {("MLIREB", "180", "MLICVL")}),
    # repression without a named doer is the target's own state
    ("The journalist was arrested in Harare on Monday.", {("ZWEGOV", "173", "ZWEMED")}),
    # no doer in reach: no event
    ("Five people were killed in Somalia.", set()),
    # object control through "of": the accused acts
    (
        "Pakistani officials accused India of providing support to militants in Afghanistan.",
        {("PAKGOV", "112", "IND"), ("IND", "070", "AFGINS")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), AGENTLESS)
def test_agentless_and_implicit_arguments(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


RETOLD: list[tuple[str, set[Triple]]] = [
    # an act noun told again is no new event; a verbal act on it aims at its doer
    (
        "Russia invaded Ukraine in 2022. The invasion was condemned by France.",
        {("RUS", "192", "UKR"), ("FRA", "111", "RUS")},
    ),
    (
        "Israel bombed Gaza on Monday. Egypt condemned the bombing.",
        {("ISR", "195", "PSE"), ("EGY", "111", "ISR")},
    ),
    # a new act of the same kind is an event
    (
        "Russia invaded Ukraine in 2022. Russia launched an invasion of Georgia in 2008.",
        {("RUS", "192", "UKR"), ("RUS", "192", "GEO")},
    ),
    # an act done "in cooperation with" is cooperation
    (
        "Peruvian police arrested the smugglers in cooperation with Chilean police.",
        {("PERCOP", "060", "CHLCOP"), ("PERCOP", "173", "PERCRM")},
    ),
    # a noun naming a state of relations is no event
    ("The cooperation between Russia and China extends to space.", set()),
    ("Iran's hostility toward Israel is well known.", set()),
]


@pytest.mark.parametrize(("text", "expected"), RETOLD)
def test_retold_acts_and_state_nouns(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


def test_a_role_described_is_no_re_mention(nlp: Language) -> None:
    text = "Chile sold arms to Peru in 1990. Chile acted as the chief conduit of arms to Peru."
    got = [
        (e.source.code, e.cameo, e.target.code if e.target else None) for e in nlp(text)._.events
    ]
    assert got == [("CHL", "072", "PER"), ("CHL", "072", "PER")]


PHRASES: list[tuple[str, set[Triple]]] = [
    # quantified objects: the quantifier parsed as a particle and a preposition
    ("Rebels kidnapped up to 16 Russian advisers in Mali.", {("MLIREB", "181", "RUS")}),
    ("Ukraine captured one of the Russian soldiers.", {("UKR", "173", "RUSMIL")}),
    ("China detained one of the Canadian citizens.", {("CHN", "173", "CANCVL")}),
    ("Iraqi forces killed dozens of Turkish soldiers.", {("IRQMIL", "190", "TURMIL")}),
    # a conjunct of the phrase the target is named in
    (
        "Australia expelled a Chinese diplomat and two Russian officials.",
        {("AUS", "161", "CHNGOV"), ("AUS", "161", "RUSGOV")},
    ),
    # the antecedent of a relative pronoun object
    ("The Indian diplomats whom Canada expelled returned home.", {("CAN", "161", "IND")}),
    ("The Iranian tanker which Britain seized was released.", {("GBR", "1711", "IRN")}),
    # a raising verb's predicate: its subject acts in the to-clause
    (
        "Egypt appears willing to mediate between Israel and Hamas.",
        {("EGY", "039", "ISR"), ("EGY", "039", "PSEINS")},
    ),
    ("Pakistan seems ready to resume talks with India.", {("PAK", "036", "IND")}),
    # a word for an actor with no country takes its apposition's
    ("The official, an Iranian diplomat, criticized Israel.", {("IRNGOV", "111", "ISR")}),
    ("The envoy, a senior Chinese diplomat, met Indian officials.", {("CHNGOV", "040", "INDGOV")}),
    # coordination on either side, appositions, relative clauses, control
    (
        "Poland, Lithuania and Latvia condemned Belarus.",
        {("POL", "111", "BLR"), ("LTU", "111", "BLR"), ("LVA", "111", "BLR")},
    ),
    ("Japan condemned China and North Korea.", {("JPN", "111", "CHN"), ("JPN", "111", "PRK")}),
    ("Sergei Lavrov, Russia's foreign minister, criticized Kyiv.", {("RUSGOV", "111", "UKRGOV")}),
    (
        "Turkey, which attacked Syria last week, threatened Iraq.",
        {("TUR", "190", "SYR"), ("TUR", "130", "IRQ")},
    ),
    ("The Indian prime minister is expected to visit Nepal.", {("INDGOV", "042", "NPL")}),
    ("Sudan and South Sudan held talks.", {("SDN", "046", "SSD"), ("SSD", "046", "SDN")}),
    # right-node raising: a verb ending its clause before "and" shares the later object
    (
        "Iran condemned and Iraq criticized the Israeli strike.",
        {("IRN", "111", "ISR"), ("IRQ", "111", "ISR")},
    ),
    (
        "Turkey arrested and Greece expelled the Syrian smugglers.",
        {("TUR", "173", "SYRCRM"), ("GRC", "174", "SYRCRM")},
    ),
    ("Iran condemned the strike and Iraq criticized Israel.", {("IRQ", "111", "ISR")}),
    # telling someone to act is a demand; telling them what one will do is not
    ("Britain told Russia to withdraw its troops.", {("GBR", "100", "RUS")}),
    ("Iran told Britain it would release the sailors.", set()),
    ("The minister told reporters to expect new sanctions on Iran.", set()),
    # a thing named by the apposition is no actor of a word for one: nothing
    ("The group, an affiliate of the Islamic State, attacked Mozambican troops.", set()),
]


@pytest.mark.parametrize(("text", "expected"), PHRASES)
def test_phrase_slots(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


NEGATED_SUBJECT: list[tuple[str, str]] = [
    ("Neither China nor Russia condemned North Korea.", "negated"),
    ("Neither Egypt nor Jordan attended the summit in Tehran.", "negated"),
    ("Both Egypt and Qatar condemned Israel.", "asserted"),
]


@pytest.mark.parametrize(("text", "modality"), NEGATED_SUBJECT)
def test_negated_subject(nlp: Language, text: str, modality: str) -> None:
    found = nlp(text)._.events
    assert found
    assert {e.modality for e in found} == {modality}
