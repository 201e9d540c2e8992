"""Home targets (``dyadline.coder.home_target``, ``codebooks/home_targets.tsv``): a
protest of a country's people and the opposition's complaint about a measure aim at
their own government when the sentence names no actor as target. One table per
construction; the sentences are written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, events

# a protest, rally or strike by a society sector with no target: its own government
PROTESTS: list[tuple[str, set[Triple]]] = [
    ("Hundreds of Kenyan students marched in Nairobi on Monday.", {("KENCVL", "141", "KENGOV")}),
    ("Traders in Accra held a protest on Tuesday.", {("GHABUS", "141", "GHAGOV")}),
    # a strike needs whom it is against: an employer, maybe
    ("Teachers in Ghana went on strike on Tuesday.", set()),
    ("Protesters in Lima took to the streets.", {("PEROPP", "141", "PERGOV")}),
    # a protest with a target keeps it
    (
        "Kenyan protesters rallied against the Chinese embassy.",
        {("KENOPP", "141", "CHNGOV")},
    ),
    # a state's own organ is no society: nothing is added
    ("Soldiers marched in Nairobi on Monday.", set()),
]

# the opposition's criticism, rejection or demand of a measure: of its government
COMPLAINTS: list[tuple[str, set[Triple]]] = [
    ("Zambian opposition lawmakers denounced the new tax.", {("ZMBOPP", "111", "ZMBGOV")}),
    ("The Ugandan opposition rejected the new constitution.", {("UGAOPP", "120", "UGAGOV")}),
    # an act whose doer no sentence told: the government's, unless it is violence
    ("Uganda's opposition condemned the decision.", {("UGAOPP", "111", "UGAGOV")}),
    ("Uganda's opposition condemned the bombing.", set()),
    # appeals and demands for release or resignation ask the government
    (
        "Zambian activists called for the release of the detained journalists.",
        {("ZMBCVL", "0253", "ZMBGOV")},
    ),
    (
        "The Zambian opposition called for the resignation of the interior minister.",
        {("ZMBOPP", "0241", "ZMBGOV")},
    ),
    # a foreign state's appeal names whom it asks, or no one
    ("Zambia called for the release of the detained journalists.", {("ZMB", "0253", None)}),
    # criticism by a sector the codebook does not list stays uncoded
    ("Kenyan doctors criticised the new tax.", set()),
]


@pytest.mark.parametrize(("text", "expected"), PROTESTS)
def test_protests_aim_at_the_home_government(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), COMPLAINTS)
def test_opposition_complaints_aim_at_the_home_government(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


# protesters killed or shot: violent repression (175); with no doer, their own state's
REPRESSION: list[tuple[str, set[Triple]]] = [
    ("Kenyan police shot four protesters in Kisumu.", {("KENCOP", "175", "KENOPP")}),
    ("Six demonstrators were killed in Bamako on Friday.", {("MLIGOV", "175", "MLIOPP")}),
    (
        "Rights groups condemned the killing of protesters in Togo.",
        {("TGOGOV", "175", "TGOOPP"), ("NGO", "111", "TGO")},
    ),
    ("Police in Lagos used live ammunition against demonstrators.", {("NGACOP", "175", "NGAOPP")}),
    ("Security forces in Lagos opened fire on protesters.", {("NGACOP", "175", "NGAOPP")}),
    ("Rebels in Mali opened fire on soldiers.", {("MLIREB", "190", "MLIMIL")}),
    # people dragged from their homes are seized (173); with no doer, by their state
    ("Soldiers in Lagos dragged activists from their homes.", {("NGAMIL", "173", "NGACVL")}),
    ("Farmers in Lagos dragged the cart from the house.", set()),
    # soldiers killed by rebels stay a fight
    ("Rebels in Mali killed six soldiers.", {("MLIREB", "190", "MLIMIL")}),
]

# emergency rule declared; media outlets closed or suspended (1721)
RESTRICTIONS: list[tuple[str, set[Triple]]] = [
    ("The Malian junta declared a state of emergency.", {("MLIGOV", "1724", "MLICVL")}),
    ("Ugandan authorities closed a private radio station.", {("UGAGOV", "1721", "UGACVL")}),
    ("Ugandan authorities suspended three newspapers.", {("UGAGOV", "1721", "UGACVL")}),
    ("The Ugandan government suspended two opposition lawmakers.", {("UGAGOV", "1722", "UGAOPP")}),
    # a road closed is no restriction of freedoms
    ("Ugandan police closed the road to the airport.", set()),
]


@pytest.mark.parametrize(("text", "expected"), REPRESSION)
def test_protesters_killed_are_repressed(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), RESTRICTIONS)
def test_emergency_rule_and_media_closures(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# a crowd with no doer named ("thousands"): the people of the place, against their
# government, unless the protest names what it is about
CROWDS: list[tuple[str, set[Triple]]] = [
    ("Thousands rallied in Harare on Saturday.", {("ZWEOPP", "141", "ZWEGOV")}),
    ("Hundreds protested in Kampala to demand jobs.", {("UGAOPP", "141", "UGAGOV")}),
    ("Hundreds protested in Kampala over fuel prices.", set()),
    ("A rally against the war was held in Oslo.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CROWDS)
def test_crowds_protest_against_their_government(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


# a plural act noun as its clause's subject, with no actor in its phrase: the state of
# its place (else the story's) on its people; a protest, its people on their government
UNNAMED: list[tuple[str, set[Triple]]] = [
    (
        "The Burmese army took power in March. Arbitrary arrests are unacceptable, the UN said.",
        {("MMRGOV", "173", "MMRCVL")},
    ),
    ("Protests erupted in Yangon on Sunday.", {("MMROPP", "141", "MMRGOV")}),
    # a singular names a kind, not acts; an owner or patient named is the noun's own
    ("Pretrial detention is common in Yangon.", set()),
    ("His arrest in Yangon drew criticism.", set()),
    # a state judging acts it does not name judges another's, not its own on its people
    ("Kenya said the deportations were unjustified.", set()),
    ("The detentions were illegal, Kenya said.", set()),
]


@pytest.mark.parametrize(("text", "expected"), UNNAMED)
def test_unnamed_acts_of_a_place(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# sector-only mentions of custodians, enforcers, inmates, electoral bodies and mobs
SECTOR_ONLY: list[tuple[str, set[Triple]]] = [
    ("Prison guards in Haiti beat two inmates.", {("HTICOP", "182", "HTICVL")}),
    ("Law enforcement in Haiti arrested a gang leader.", {("HTICOP", "173", "HTICRM")}),
    (
        "The electoral commission of Haiti disqualified an opposition candidate.",
        {("HTIGOV", "1722", "HTIOPP")},
    ),
    ("A mob in Haiti attacked a police station.", {("HTICVL", "190", "HTICOP")}),
    ("Relatives of the detained rallied in Lagos.", {("NGACVL", "141", "NGAGOV")}),
    ("The alleged coup plotters are detained in Lagos.", {("NGAGOV", "173", "NGAOPP")}),
]


# a sit-in, split by the tokenizer into "sit", "-", "in"
SIT_INS: list[tuple[str, set[Triple]]] = [
    ("Students in Dakar staged a sit-in at the ministry.", {("SENCVL", "141", "SENGOV")}),
    ("Nurses in Dakar held a sit-in on Monday.", {("SENHLH", "141", "SENGOV")}),
]


@pytest.mark.parametrize(("text", "expected"), SIT_INS)
def test_sit_ins(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), SECTOR_ONLY)
def test_sector_only_mentions(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected
