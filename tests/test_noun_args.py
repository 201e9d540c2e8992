"""The sides of act nouns in news, read from the clause around the noun
(``dyadline.coder.noun_args``), from the weapon rule (act nouns as the subject of a
violent verb) and from the discourse memory (``discourse.root_doer``). Sentences
written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, both, events

# the noun's own phrase: possessive, adjective, compound actor; "on" / "of" / "into"
OWN_PHRASE: list[tuple[str, set[Triple]]] = [
    ("U.S. sanctions on Iran took effect on Friday.", {("USA", "163", "IRN")}),
    ("Russia's invasion of Ukraine drew condemnation.", {("RUS", "192", "UKR")}),
    ("An Israeli incursion into Lebanon was reported on Tuesday.", {("ISR", "190", "LBN")}),
]


@pytest.mark.parametrize(("text", "expected"), OWN_PHRASE)
def test_own_phrase(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# talks told by a verb of saying: the speaker is the other party
SPEAKER_PARTY: list[tuple[str, set[Triple]]] = [
    ("The French president said talks with Brazil must go on.", both("FRAGOV", "040", "BRA")),
    (
        "Pakistan said that discussions with the IMF are progressing well.",
        both("PAK", "040", "IMF"),
    ),
    (
        "The Russian foreign minister spoke about the negotiations with Ukraine.",
        both("RUSGOV", "046", "UKR"),
    ),
    ("Kenya said the meeting with Uganda was useful.", both("KEN", "040", "UGA")),
    # "between" names both sides: the speaker is no party
    ("Egypt said talks between Israel and Hamas would resume.", both("ISR", "040", "PSEINS")),
    # an attack is not the speaker's
    ("The minister said the attack on Kenya was cowardly.", set()),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKER_PARTY)
def test_speaker_is_party(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# "responded with", "received ... from", "involved in"
CLAUSE_SIDES: list[tuple[str, set[Triple]]] = [
    ("Russia responded with missile strikes on Ukrainian cities.", {("RUS", "195", "UKR")}),
    ("Iran retaliated with drone attacks on Israeli bases.", {("IRN", "195", "ISR")}),
    ("Egypt has received four bailout packages from the IMF.", {("IMF", "071", "EGY")}),
    ("Kenya obtained a loan from China in May.", {("CHN", "071", "KEN")}),
    ("Egypt received a letter from Sudan.", set()),
    (
        "Canadian officials involved in negotiations with Cuba were reassigned.",
        both("CANGOV", "046", "CUB"),
    ),
    (
        "Japanese diplomats taking part in the talks with South Korea left early.",
        both("JPNGOV", "040", "KOR"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLAUSE_SIDES)
def test_clause_sides(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# an act noun as the subject of a violent verb: its doer, the verb's undergoer or place
OUTCOME: list[tuple[str, set[Triple]]] = [
    (
        "Pakistani troops launched an offensive in Balochistan on Monday. "
        "The offensive killed twelve militants.",
        {("PAKMIL", "190", "PAKCVL"), ("PAKMIL", "190", "PAKINS")},
    ),
    ("A Turkish military operation killed 30 militants in Syria.", {("TURMIL", "190", "SYRINS")}),
    # the place struck: its people
    (
        "Israeli aircraft struck targets in Lebanon. The strikes hit a hospital in Tyre.",
        # aircraft striking: an aerial attack (tests/test_news_wording4.py)
        {("ISR", "195", "LBNCVL"), ("ISR", "190", "LBNCVL")},
    ),
    ("A storm hit a village in Malawi.", set()),
]


@pytest.mark.parametrize(("text", "expected"), OUTCOME)
def test_act_noun_outcome(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# a target and no doer: the one doer of the root the memory holds
MEMORY_DOER: list[tuple[str, set[Triple]]] = [
    (
        "Rebels attacked the town of Kidal on Monday. Attacks on the army followed on Tuesday.",
        {("MLIREB", "180", "MLICVL"), ("MLIREB", "190", "MLIMIL")},
    ),
    # a re-mention of the act remembered is no new event
    (
        "Rebels attacked the town of Kidal on Monday. The attack on Kidal was condemned.",
        {("MLIREB", "180", "MLICVL")},
    ),
    # a state does not attack its own base: the remembered doer is not this act's
    (
        "Kenyan troops raided a camp in Somalia. An attack on a Kenyan base followed.",
        {("KENMIL", "190", "SOM")},
    ),
    # nothing remembered: no doer
    ("Attacks on the police rose in 2020.", set()),
]


@pytest.mark.parametrize(("text", "expected"), MEMORY_DOER)
def test_memory_doer(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


def test_memory_doer_needs_one_doer(nlp: Language) -> None:
    text = (
        "Rebels attacked the town of Kidal on Monday. Soldiers of Mali shelled the rebels "
        "near Gao. Attacks on the police followed on Tuesday."
    )
    # two doers of violence remembered: the attacks on the police are nobody's
    assert events(nlp, text) == {("MLIREB", "180", "MLICVL"), ("MLIMIL", "194", "MLIREB")}


# support verbs of keeping and pressing ("kept tariffs in place on", "exerted pressure on")
SUPPORT: list[tuple[str, set[Triple]]] = [
    (
        "Washington is keeping high tariffs in place on Chile and Peru.",
        {("USAGOV", "163", "CHL"), ("USAGOV", "163", "PER")},
    ),
    ("The European Union tightened sanctions on Russia on Friday.", {("EUN", "163", "RUS")}),
    ("China exerted pressure on the Philippines.", {("CHN", "100", "PHL")}),
    ("Japan applied sanctions against North Korea.", {("JPN", "163", "PRK")}),
    ("The police put the suspects in a van.", set()),
]


@pytest.mark.parametrize(("text", "expected"), SUPPORT)
def test_support_verbs(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# victims of a passive verb of harm fought in the mutual act of its cause phrase
FALLEN_SIDE: list[tuple[str, set[Triple]]] = [
    (
        "Five Nigerian soldiers were killed in a battle with militants.",
        {("NGAINS", "190", "NGAMIL"), ("NGAMIL", "190", "NGAINS")},
    ),
    # an attack is one-sided: the victims are no party to it
    (
        "Six Pakistani policemen were killed in an attack by militants.",
        {("PAKINS", "180", "PAKCVL"), ("PAKINS", "190", "PAKCOP")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), FALLEN_SIDE)
def test_fallen_side(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# a domestic act noun with another undergoer than the act remembered is a new act
DOMESTIC_REMENTION: list[tuple[str, set[Triple]]] = [
    (
        "Zimbabwe police detained two reporters. "
        "They were filming during the arrest of a rival opposition leader.",
        {("ZWECOP", "173", "ZWEMED"), ("ZWEGOV", "173", "ZWEOPP")},
    ),
    (
        "Zimbabwe police detained two reporters on Monday. "
        "The arrest of the reporters drew criticism.",
        {("ZWECOP", "173", "ZWEMED")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOMESTIC_REMENTION)
def test_domestic_remention(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# a meeting named by its noun with one side in a "with" phrase is coded both ways
MEETINGS_BOTH_WAYS: list[tuple[str, set[Triple]]] = [
    ("Kenya had a meeting with Uganda in May.", both("KEN", "040", "UGA")),
    ("Kenya agreed to a summit with Uganda.", {("KEN", "036", "UGA")}),
    ("The United States put pressure on Israel.", {("USA", "100", "ISR")}),
]


@pytest.mark.parametrize(("text", "expected"), MEETINGS_BOTH_WAYS)
def test_meetings_both_ways(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# a state's forces named by a sector word before a forceful act noun aimed at someone
SECTOR_DOER: list[tuple[str, set[Triple]]] = [
    (
        "The military offensive against rebels in Darfur entered its third week.",
        {("SDNMIL", "190", "SDNREB")},
    ),
    (
        "An army operation against militants in Balochistan killed 12.",
        {("PAKMIL", "190", "PAKINS")},
    ),
    # the act's "on" phrase is whom it struck, not who used it
    (
        "A police crackdown on protesters in Nairobi killed three people.",
        {("KENCOP", "190", "KENCVL")},
    ),
    # an armed group's word gives no country: where it struck is no guide
    ("Terrorist strikes against the United States killed thousands.", set()),
    # no aim: a description of the act, not its doer
    ("Military exercises near Taiwan alarmed Taipei.", set()),
]


@pytest.mark.parametrize(("text", "expected"), SECTOR_DOER)
def test_sector_doer(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected
