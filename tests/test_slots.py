"""General argument slots: quantified and partitive objects ("kidnapped up to 16 X",
"captured one of the X"), a conjunct of the phrase a modifier names a target in
("expelled a Chinese diplomat and two Russian officials"), a relative pronoun's
antecedent as the object ("the diplomats whom X expelled"), a raising verb's
predicate passing on its subject ("X appears willing to mediate"), a common noun
taking the actor of its apposition ("the official, an Iranian diplomat, ..."), and a
subject negated by "neither ... nor" / "no". Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, both, events

SLOTS: list[tuple[str, set[Triple]]] = [
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
    ("Sudan and South Sudan held talks.", both("SDN", "046", "SSD")),
    # a thing named by the apposition is no actor of a word for one: nothing
    ("The group, an affiliate of the Islamic State, attacked Mozambican troops.", set()),
]


@pytest.mark.parametrize(("text", "expected"), SLOTS)
def test_argument_slots(nlp: Language, text: str, expected: set[Triple]) -> None:
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
