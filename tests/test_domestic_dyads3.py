"""Domestic dyads: two sectors of one country, the sector-only side placed by its
context (sentences written for these tests, one table per construction; the
mechanisms are in dyadline.coder.actors, arguments, domestic and introduced)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, events, story_events

# "X's army said it ...": "it" stands for the organ with its sector, not the bare
# state of its name (a bare state's violence on armed groups names no home for them)
ORGAN_PRONOUN: list[tuple[str, set[Triple]]] = [
    ("Mali's army said it killed 20 militants.", {("MLIMIL", "190", "MLIINS")}),
    ("The court in Cairo said it had sentenced the journalist.", {("EGYJUD", "116", "EGYMED")}),
    ("Niger's army said it had arrested the former minister.", {("NERMIL", "173", "NERELI")}),
]

# "when attacked by X", "arrested by X, ...": a participle clause without auxiliary is
# a reduced passive whose undergoer is the subject of the clause it hangs on
REDUCED_PASSIVE: list[tuple[str, set[Triple]]] = [
    (
        "In Chad, the rebels escape to the hills when attacked by government troops.",
        {("TCDMIL", "190", "TCDREB")},
    ),
    (
        "Arrested by police in Lagos, the activists were later freed.",
        {("NGACOP", "173", "NGACVL")},
    ),
    (
        "The militants fled into the forest when bombed by the Nigerian air force.",
        {("NGAMIL", "195", "NGAINS")},
    ),
    # the clause hangs on a verb that inherits its subject
    (
        "In Mali, the militants want to flee across the border when attacked by soldiers.",
        {("MLIMIL", "190", "MLIINS")},
    ),
]

# a place struck whose state is only its modifier is the people there where the state
# itself would make no dyad: a state's own forces striking it form a domestic dyad;
# others striking it, or a state named as itself, keep the state
STRUCK_PLACE: list[tuple[str, set[Triple]]] = [
    ("The Sudanese army bombed Sudan's Darfur region.", {("SDNMIL", "195", "SDNCVL")}),
    ("Government forces attacked Syria's Idlib province.", {("SYRMIL", "190", "SYRCVL")}),
    ("Sudanese troops attacked the country's second city.", {("SDNMIL", "190", "SDNCVL")}),
    ("Rebels attacked Mali's central region.", {("MLIREB", "190", "MLI")}),
    ("Pakistani forces attacked Afghanistan.", {("PAKMIL", "190", "AFG")}),
]

# protesters are struck at home by their own state's violence; other victims of a
# state's violence are not its own people by default (the targetless act stays)
HOME_VICTIMS: list[tuple[str, set[Triple]]] = [
    ("Iran executed a protester on Monday.", {("IRN", "1823", "IRNOPP")}),
    # demonstrators killed are violently repressed (175; verbs.tsv domestic5 block)
    ("Myanmar killed dozens of demonstrators.", {("MMR", "175", "MMROPP")}),
    ("Israel killed ten civilians.", {("ISR", "190", None)}),
]

# a person's name whose last word is also a town ("Moyo", "Zamora") is the person's
# when a title and a first name are written with it, or the story named them in full
TOWN_SURNAMES: list[tuple[str, set[Triple]]] = [
    ("Police in Zimbabwe arrested journalist John Moyo.", {("ZWECOP", "173", "ZWEMED")}),
]

# the people and bodies of a state's society, organs and crime named without a
# country are sector-only mentions (sectors.tsv), placed by their context
SOCIETY_WORDS: list[tuple[str, set[Triple]]] = [
    ("Police in Kenya arrested an activist on Monday.", {("KENCOP", "173", "KENCVL")}),
    ("A court in Russia jailed a dissident.", {("RUSJUD", "173", "RUSOPP")}),
    ("The village elders in Somalia met government officials.", {("SOMCVL", "040", "SOMGOV")}),
    ("Gendarmes in Niger arrested smugglers.", {("NERCOP", "173", "NERCRM")}),
]

# in an act of repression a state acts on its own officials and organs ("Pakistan
# arrested the former prime minister"); elsewhere its organs are the state itself
REPRESSION: list[tuple[str, set[Triple]]] = [
    ("Pakistan arrested the former prime minister.", {("PAK", "173", "PAKELI")}),
    ("Police in Turkey detained the mayor of Istanbul.", {("TURCOP", "173", "TURGOV")}),
    ("Kenya praised its army.", set()),
]

# stories: a title before an unknown name introduces the person with the title's
# sector, placed in the story's state, so later mentions by surname act
STORIES: list[tuple[str, set[Triple]]] = [
    (
        "Police in Guatemala detained journalist Ana Zamora.\n\n"
        "A court then sentenced Zamora to jail.",
        {("GTMCOP", "173", "GTMMED"), ("GTMJUD", "116", "GTMMED")},
    ),
    (
        "Police in Zimbabwe arrested journalist John Mwangi.\n\n"
        "Mwangi accused the police of torture.",
        {("ZWECOP", "173", "ZWEMED"), ("ZWEMED", "112", "ZWECOP")},
    ),
    (
        "Kenyan police arrested opposition leader Peter Otieno.\n\nOtieno criticized the police.",
        {("KENCOP", "173", "KENOPP"), ("KENOPP", "111", "KENCOP")},
    ),
]

# a sector-only mention takes the one state its own sentence names before the
# story's main state (here the United States, named most)
SENTENCE_STATE: list[tuple[str, set[Triple]]] = [
    (
        "The United States urged calm on Monday.\n\nThe United States also sent an envoy."
        "\n\nKenyan officials said police had arrested dozens of protesters.",
        {("USA", "0256", None), ("KENCOP", "173", "KENOPP")},
    ),
]

# "X remains in detention", "X has been in custody": the subject undergoes the act,
# whose doer is the one named before (in the story) or the state
CUSTODY: list[tuple[str, set[Triple]]] = [
    (
        "Police in Kenya arrested the protesters.\n\nThe protesters were held in custody for days.",
        {("KENCOP", "173", "KENOPP"), ("KENGOV", "173", "KENOPP")},
    ),
    (
        "Police in Zimbabwe arrested journalist John Mwangi on Monday.\n\n"
        "Mwangi remains in detention.",
        {("ZWECOP", "173", "ZWEMED"), ("ZWEGOV", "173", "ZWEMED")},
    ),
    (
        "Police in Zimbabwe arrested journalist John Mwangi on Monday.\n\n"
        "Mwangi has been in custody since then.",
        {("ZWECOP", "173", "ZWEMED"), ("ZWEGOV", "173", "ZWEMED")},
    ),
]

# one country with one sector (or none) on both sides, or two organs of the executive
# outside an act of repression: no dyad
REFUSED: list[tuple[str, set[Triple]]] = [
    ("The Iraqi government praised the Iraqi government.", set()),
    ("Iraq criticized Iraqi officials.", set()),
    ("The Kenyan army praised Kenyan soldiers.", set()),
    ("The Kenyan government funded the police in Kenya.", set()),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    ORGAN_PRONOUN
    + REDUCED_PASSIVE
    + STRUCK_PLACE
    + HOME_VICTIMS
    + TOWN_SURNAMES
    + SOCIETY_WORDS
    + REPRESSION
    + REFUSED,
)
def test_domestic_sentences(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), STORIES + CUSTODY + SENTENCE_STATE)
def test_domestic_stories(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert story_events(nlp, text) == expected
