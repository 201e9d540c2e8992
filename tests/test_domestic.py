"""Domestic dyads: sector-only mentions take their country from context, and two
sectors of one country form an event (sentences written for these tests).

Also: a sector noun standing alone ("officers", "senators", "MPs") is an actor of the
story's state, as "police" and "lawmakers" are (``sectors.tsv`` use ``alone``); a
nation's people named by a plural demonym with no article as its clause's doer
("thousands of Kenyans protested", "Sudanese protested") are its civilians, so their
protest or demand aims at their own government (``dyadline.coder.actors._nationals``,
``argument_words`` ``invariant_demonym_ending``, ``home_targets.tsv``); a people that
suffers the act keeps its state's code."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, events

DOMESTIC: list[tuple[str, set[Triple]]] = [
    # a place in the sentence gives the country (own phrase, the event's, a capital)
    ("Police arrested protesters in Kenya.", {("KENCOP", "173", "KENOPP")}),
    ("Police in Nairobi arrested journalists.", {("KENCOP", "173", "KENMED")}),
    ("The army attacked rebels in Mali.", {("MLIMIL", "190", "MLIREB")}),
    ("Security forces killed militants in Pakistan.", {("PAKCOP", "190", "PAKINS")}),
    # a clash is mutual; forces repress a crowd (175), the crowd riots (145): clashes.tsv
    (
        "Troops clashed with protesters in Caracas.",
        {("VENMIL", "175", "VENOPP"), ("VENOPP", "145", "VENMIL")},
    ),
    ("A court in Cairo sentenced the journalists to prison.", {("EGYJUD", "116", "EGYMED")}),
    (
        "Protesters in Lagos clashed with police.",
        {("NGAOPP", "145", "NGACOP"), ("NGACOP", "175", "NGAOPP")},
    ),
    # the other side's country: one country, two sectors
    ("Kenyan police fired tear gas at demonstrators.", {("KENCOP", "175", "KENOPP")}),
    (
        "Sudan's army clashed with rebels.",
        {("SDNMIL", "190", "SDNREB"), ("SDNREB", "190", "SDNMIL")},
    ),
    ("The Turkish government arrested opposition lawmakers.", {("TURGOV", "173", "TUROPP")}),
    # the story's main state
    (
        "Ugandan opposition leader Bobi Wine accused the government of torture.",
        {("UGAOPP", "112", "UGAGOV")},
    ),
    # a place in the other side's phrase; repression without a named victim
    ("Soldiers opened fire on protesters in Khartoum.", {("SDNMIL", "175", "SDNOPP")}),
    ("Police said they arrested five suspects in Lagos.", {("NGACOP", "173", "NGACVL")}),
    ("The government imposed a curfew in Dhaka.", {("BGDGOV", "1723", "BGDCVL")}),
    # a country that would make the mention the other side itself is passed over
    ("The foreign ministry summoned the French ambassador.", set()),
    # the executive's organs among themselves form no dyad
    ("The Haitian government funded the Haitian police.", set()),
    (
        "A Kenyan court ordered the Kenyan government to release the journalists.",
        {("KENJUD", "100", "KENGOV")},
    ),
    # no country anywhere: no event, and no country-less code
    ("Police fired on protesters.", set()),
    ("The villagers of Eldoria sent grain to the elders of Zentar.", set()),
]


@pytest.mark.parametrize(("text", "expected"), DOMESTIC)
def test_domestic_dyads(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


def test_main_state_of_the_story_gives_the_country(nlp: Language) -> None:
    text = (
        "Zimbabwe held elections on Monday. Zimbabwe's president promised calm. "
        "Police arrested dozens of opposition supporters."
    )
    assert events(nlp, text) == {("ZWECOP", "173", "ZWEOPP")}


def test_a_sector_word_as_modifier_is_no_actor(nlp: Language) -> None:
    # "military exercises": the word describes the act; the place is the target
    assert events(nlp, "Russia is now conducting military exercises in Alaska.") == {
        ("RUS", "150", "USA")
    }


def test_victims_of_a_state_are_not_its_own_people_by_default(nlp: Language) -> None:
    # the children have no country of their own here: not Israel's
    assert events(nlp, "Three women and a boy were killed in Israeli artillery shelling.") == {
        ("ISR", "190", None)
    }
    # foreigners killed in a country: that country's act (no doer named)
    assert events(nlp, "There were 12 Russian troops killed in Ukraine today.") == {
        ("UKR", "190", "RUSMIL")
    }


# --- domestic (issue 9, point 2): people the codebooks do not name, state forces
# against armed groups with no doer named, gangs (sentences written for these tests)

# a person's name the codebooks do not know, as the target of a domestic act: a
# sector-only mention (title -> sector, else CVL), its country from the context
UNNAMED: list[tuple[str, set[Triple]]] = [
    ("Police in Kenya arrested John Mwangi on Monday.", {("KENCOP", "173", "KENCVL")}),
    ("Amos Kiprono was arrested in Uganda on Monday.", {("UGAGOV", "173", "UGACVL")}),
    ("Peter Otieno was sentenced to ten years in prison in Kenya.", {("KENJUD", "116", "KENCVL")}),
    ("Security forces in Mali freed Amadou Traore.", {("MLICOP", "0841", "MLICVL")}),
    ("Gunmen in Nigeria abducted Father Peter Obi.", {("NGAINS", "181", "NGACVL")}),
    ("Police in Kenya arrested Mr. Mwangi.", {("KENCOP", "173", "KENCVL")}),
    # two organs of one state in an act of repression ("former president": GOV)
    ("Police in Peru arrested former president Julio Marquez.", {("PERCOP", "173", "PERELI")}),
    # not in a meeting; not one unknown word alone; not a place or an organisation
    ("The Kenyan foreign minister met John Mwangi in Nairobi.", set()),
    ("Police in Kenya arrested Mwangi.", set()),
    ("Russia annexed the Kars Region from Turkey.", {("RUS", "192", "TUR")}),
    # a foreign state's act gives the unknown person no country
    ("Russian agents killed John Mwangi in Nairobi.", set()),
    # the name's last word alone, once the name was written in full
    (
        "Kenyan police arrested opposition activist Peter Otieno in Nairobi. "
        "Otieno was charged with incitement on Tuesday.",
        # one opposition activist is the opposition's, as the plural is (sectors.tsv)
        {("KENCOP", "173", "KENOPP"), ("KENGOV", "173", "KENOPP")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNNAMED)
def test_an_unnamed_person_is_coded_where_the_act_happens(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


# an armed group killed with no doer named: its own state's forces (agentless.tsv)
FORCES: list[tuple[str, set[Triple]]] = [
    ("Sixteen militants were killed in Pakistan on Monday.", {("PAKMIL", "190", "PAKINS")}),
    ("Twelve rebels were killed in Mali on Sunday.", {("MLIMIL", "190", "MLIREB")}),
    (
        "Rebels attacked a base in Mali. Twenty rebels were killed.",
        {("MLIREB", "180", "MLICVL"), ("MLIMIL", "190", "MLIREB")},
    ),
    # protesters are no armed group; killed with no doer named, they are violently
    # repressed by their own state (verbs.tsv domestic5 block, agentless.tsv 17)
    ("Ten protesters were killed in Nairobi on Monday.", {("KENGOV", "175", "KENOPP")}),
]


@pytest.mark.parametrize(("text", "expected"), FORCES)
def test_state_forces_against_armed_groups(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# gangs and cartels (CRM) against the police
GANGS: list[tuple[str, set[Triple]]] = [
    ("Police arrested the gang leader in Haiti.", {("HTICOP", "173", "HTICRM")}),
    ("Gangs attacked a police station in Haiti.", {("HTICRM", "190", "HTICOP")}),
    ("Haitian police killed three gang members.", {("HTICOP", "190", "HTICRM")}),
    # schools (EDU) are a sector of their own state
    ("A court in Malawi ordered the schools to admit the girls.", {("MWIJUD", "100", "MWIEDU")}),
]


@pytest.mark.parametrize(("text", "expected"), GANGS)
def test_gangs_against_the_police(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


SECTOR_ALONE: list[tuple[str, set[Triple]]] = [
    (
        "Police in Chile fired tear gas at protesters on Monday. "
        "Officers detained at least 30 demonstrators.",
        {("CHLCOP", "175", "CHLOPP"), ("CHLMIL", "173", "CHLOPP")},
    ),
    (
        "Senators in Peru criticized the president on Friday.",
        {("PERLEG", "111", "PERGOV")},
    ),
    (
        "The Peruvian congress met on Friday. MPs accused the interior minister of lying.",
        {("PERLEG", "112", "PERGOV")},
    ),
    # a sector noun with nothing done names no event
    ("Officers in Peru were on duty on Friday.", set()),
]


@pytest.mark.parametrize(("text", "expected"), SECTOR_ALONE)
def test_a_sector_noun_alone_is_an_actor_of_the_story_state(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


NATIONALS: list[tuple[str, set[Triple]]] = [
    (
        "Thousands of Peruvians protested in Lima on Sunday.",
        {("PERCVL", "141", "PERGOV")},
    ),
    (
        "Chileans marched through Santiago to demand the resignation of the president.",
        {("CHLCVL", "1041", "CHLGOV")},
    ),
    # a demonym whose plural is its singular
    (
        "Tens of thousands of Sudanese protested over bread prices.",
        {("SDNCVL", "141", "SDNGOV")},
    ),
    (
        "Hundreds of Serbians rallied on Saturday.",
        {("SRBCVL", "141", "SRBGOV")},
    ),
    # abroad, at another state's mission: against that state
    (
        "Peruvians protested outside the Chilean embassy in Lima.",
        {("PERCVL", "141", "CHLGOV")},
    ),
    # a demonym as adjective is no people ("Peruvian police" are the police)
    ("Peruvian police detained ten students.", {("PERCOP", "173", "PERCVL")}),
]


@pytest.mark.parametrize(("text", "expected"), NATIONALS)
def test_a_nation_people_protest_aims_at_its_government(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected
