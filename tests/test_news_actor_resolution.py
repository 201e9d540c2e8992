"""Actor resolution across a news story: "they" for the plural subject of the
sentences just before, "it" for a group keeping the group's sector, "the group"
for an armed group introduced without a name, "the country" for the story's
main state (sentences written for these tests; ``dyadline.coder.actors``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, both, events

# "they" as a subject, with no actor before it in its own sentence: the plural
# subject of the sentences before; not in a quotation, not under a speaker of its own
THEY: list[tuple[str, set[Triple]]] = [
    (
        "Rebels seized a town in Mali. They kidnapped two aid workers.",
        {("MLIREB", "192", "MLI"), ("MLIREB", "181", "MLINGO")},
    ),
    (
        "Protesters marched in Nairobi on Monday. They threw stones at the police.",
        {("KENOPP", "145", "KENCOP")},
    ),
    # a subject of its own sentence comes first
    (
        "Rebels attacked a village in Mali. Soldiers said they killed ten rebels.",
        {("MLIREB", "180", "MLICVL"), ("MLIMIL", "190", "MLIREB")},
    ),
    # a quoted "they" is the speaker's, not the narrative's last subject
    ('Two passengers described the raid in Balochistan. "They shot at us," one said.', set()),
    # two states coordinated: "they" are both
    (
        "Kenya and Uganda signed a trade deal. They also agreed to hold talks.",
        both("KEN", "057", "UGA") | both("KEN", "036", "UGA"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), THEY)
def test_they_is_the_plural_subject_before(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# "it" for a group or an organisation: the group's own code, sector and all
IT: list[tuple[str, set[Triple]]] = [
    (
        "The BLA attacked a train in Balochistan. It later threatened the government.",
        {("PAKINS", "180", "PAKCVL"), ("PAKINS", "130", "PAKGOV")},
    ),
    (
        "The UN criticized Sudan. It later condemned the army.",
        {("UNO", "111", "SDN"), ("UNO", "111", "SDNMIL")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), IT)
def test_it_keeps_the_groups_sector(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# "the group", "the outfit": the armed group introduced last, named or not
GROUP: list[tuple[str, set[Triple]]] = [
    (
        "Police in Rabat arrested a terrorist cell. The group had bombed a hotel.",
        {("MARCOP", "173", "MARINS"), ("MARINS", "195", "MARCVL")},
    ),
    (
        "Gunmen attacked a bus in Kenya. Police said the group killed six passengers.",
        {("KENINS", "180", "KENCVL"), ("KENCOP", "112", "KENINS"), ("KENINS", "1823", "KENCVL")},
    ),
    (
        "The BLA attacked a train in Balochistan. The outfit later threatened the government.",
        {("PAKINS", "180", "PAKCVL"), ("PAKINS", "130", "PAKGOV")},
    ),
    # an unarmed collective is no armed group to point back to
    (
        "Rights groups criticized Kenya. The group said police killed two protesters.",
        {("NGO", "111", "KEN"), ("KENCOP", "190", "KENOPP")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), GROUP)
def test_the_group_is_the_armed_group_introduced(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


# "the country": the state the story names most
COUNTRY: list[tuple[str, set[Triple]]] = [
    (
        "A court in Harare jailed two activists who criticized the country's president.",
        {("ZWEJUD", "173", "ZWECVL"), ("ZWECVL", "111", "ZWEGOV")},
    ),
    (
        "Floods hit Malawi on Monday. The president of the country thanked Britain.",
        {("MWIGOV", "051", "GBR")},
    ),
    (
        "Russia struck Kyiv on Monday. The country's army also shelled Kharkiv.",
        {("RUS", "190", "UKRGOV"), ("RUSMIL", "194", "UKRCVL")},
    ),
    # a word that sets it apart: another country
    ("Kenya sent police to Haiti. The neighboring country criticized Kenya.", set()),
]


@pytest.mark.parametrize(("text", "expected"), COUNTRY)
def test_the_country_is_the_main_state(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected
