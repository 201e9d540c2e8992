"""Acts a verbal act speaks of, and the arguments of verbal act nouns. Sentences
written for these tests.

- an act noun that names a doer of its own, spoken of by another actor of the same
  country, is an event of its own (``dyads._drop_carried_nouns``); one a material
  act answers ("repelled an attack by X") stays that act's;
- a verbal act noun whose row names no target takes the actor of a preposition of
  aim or the maker of what its "of" phrase names (``targets._noun_fallback``);
- who claims a hostile act did it (``arguments._claimed_doer``);
- nouns of violence and aid with rows of their own ("the shooting of protesters",
  "a donation of vaccines to Y");
- a noun's participle tells where its act happened (``locations._event_heads``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, events

SPOKEN_OF: list[tuple[str, set[Triple]]] = [
    (
        "Nigeria condemned Boko Haram's attack on Nigerian soldiers.",
        {("NGA", "111", "NGAINS"), ("NGAINS", "190", "NGAMIL")},
    ),
    (
        "Nigeria condemned the attack by Boko Haram on Nigerian soldiers.",
        {("NGA", "111", "NGAINS"), ("NGAINS", "190", "NGAMIL")},
    ),
    # a doer of another state was an act of its own already
    (
        "Ghana condemned Boko Haram's attack on Nigeria.",
        {("GHA", "111", "NGAINS"), ("NGAINS", "190", "NGA")},
    ),
    # the verb's own act, told again by its noun: one event
    ("Chad voiced its support for Nigeria.", {("TCD", "051", "NGA")}),
]

NOUN_AIM: list[tuple[str, set[Triple]]] = [
    ("Venezuela hurled accusations at Colombia.", {("VEN", "112", "COL")}),
    ("Iran made allegations against Israel.", {("IRN", "112", "ISR")}),
    ("The Philippines filed a diplomatic protest against China.", {("PHL", "114", "CHN")}),
    ("Biden tweeted his condemnation of the Israeli strike.", {("USAGOV", "111", "ISR")}),
    # what is condemned comes from no actor: no target, no event
    ("Biden tweeted his condemnation of the weather.", set()),
]

ACT_NOUNS: list[tuple[str, set[Triple]]] = [
    # a shooting of protesters is repression; the condemnation aims at its doer
    (
        "The UN condemned the shooting of protesters by Myanmar security forces.",
        {("UNO", "111", "MMRCOP"), ("MMRCOP", "175", "MMROPP")},
    ),
    ("Japan announced a donation of vaccines to Vietnam.", {("JPN", "070", "VNM")}),
    # a shooting with no doer or victim named: nothing
    ("The shooting at a school in Texas killed 19.", set()),
]

CLAIMED: list[tuple[str, set[Triple]]] = [
    (
        "Boko Haram claimed responsibility for the kidnapping of 300 schoolgirls in Nigeria.",
        {("NGAINS", "015", None), ("NGAINS", "181", "NGACVL")},
    ),
    ("Past attacks in Kabul were claimed by the Islamic State.", {("AFGINS", "180", "AFGCVL")}),
    # no claimant named: nothing
    ("No group has claimed responsibility for the attack.", set()),
    # what is claimed is no act: a claim to land, no event
    ("Morocco claimed the territory.", set()),
]


@pytest.mark.parametrize(("text", "expected"), SPOKEN_OF)
def test_an_act_spoken_of_with_its_own_doer_is_coded(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), NOUN_AIM)
def test_a_verbal_act_noun_aims_at_its_phrase_of_aim(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), ACT_NOUNS)
def test_nouns_of_violence_and_aid_are_acts(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), CLAIMED)
def test_who_claims_an_attack_did_it(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


def test_a_participle_of_the_act_places_it(nlp: Language) -> None:
    text = "Gunmen claimed an attack targeting shoppers at a mall in Kenya's capital."
    from dyadline.annotate import annotate
    from dyadline.read import read_text

    evs = annotate(read_text(text, path="mall.txt"), nlp).events
    assert [(e.cameo, e.location.country if e.location else None) for e in evs] == [("180", "KEN")]
