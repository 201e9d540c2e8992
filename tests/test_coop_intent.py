"""Intent to cooperate (CAMEO 03x) in news: a noun of intent with its to-clause, a
helping verb between the governor and the act, an act governed through "to" +
gerund; and aid counted by an amount ("$5 million in aid to X", sentences written
for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

Coded = tuple[str, str, str | None, str]


def events(nlp: Language, text: str) -> set[Coded]:
    return {
        (e.source.code, e.cameo, e.target.code if e.target else None, e.modality)
        for e in nlp(text)._.events
    }


# "a plan to withdraw", "its readiness to work with X", "Y's offer to mediate": the
# noun's owner, or the subject of the verb it is the object of, intends the act
INTENT_NOUN: list[tuple[str, set[Coded]]] = [
    (
        "Israel announced a plan to withdraw troops from Gaza.",
        {("ISR", "0356", "PSE", "future")},
    ),
    (
        "China made an offer to mediate between Iran and Saudi Arabia.",
        {("CHN", "039", "IRN", "future"), ("CHN", "039", "SAU", "future")},
    ),
    (
        "Japan announced plans to send aid to Turkey.",
        {("JPN", "0333", "TUR", "future")},
    ),
    (
        "Serbia signalled its willingness to cooperate with Kosovo.",
        {("SRB", "030", "XKX", "asserted")},
    ),
    # a decision is no intent: the act is told as done
    ("Russia's decision to invade Ukraine shocked Europe.", {("RUS", "192", "UKR", "asserted")}),
]


@pytest.mark.parametrize(("text", "expected"), INTENT_NOUN)
def test_noun_of_intent(nlp: Language, text: str, expected: set[Coded]) -> None:
    assert events(nlp, text) == expected


# the governor reaches the act through a helping verb or a "to" + gerund
INTENT_CHAIN: list[tuple[str, set[Coded]]] = [
    (
        "Qatar offered to help mediate between Hamas and Israel.",
        {("QAT", "039", "ISR", "future"), ("QAT", "039", "PSEINS", "future")},
    ),
    (
        "The United States committed to providing $1 billion to Ukraine.",
        # money promised: economic aid (0331)
        {("USA", "0331", "UKR", "future")},
    ),
    ("Turkey is ready to help Syria rebuild.", {("TUR", "033", "SYR", "future")}),
]


@pytest.mark.parametrize(("text", "expected"), INTENT_CHAIN)
def test_intent_through_a_helping_verb(nlp: Language, text: str, expected: set[Coded]) -> None:
    assert events(nlp, text) == expected


# an amount object counts the goods of its "in" phrase, whose "to" names the receiver
COUNTED_AID: list[tuple[str, set[Coded]]] = [
    (
        "Japan provided $5 million in humanitarian aid to Sudan.",
        {("JPN", "070", "SDN", "asserted")},
    ),
    (
        "The United States will give Ukraine $2 billion in military aid.",
        {("USA", "033", "UKR", "future")},
    ),
    ("Germany pledged 500 million euros in aid to Ukraine.", {("DEU", "033", "UKR", "asserted")}),
    # arms of any kind (the @weapon word list)
    (
        "Germany pledged to send more air defense systems to Ukraine.",
        {("DEU", "0332", "UKR", "future")},
    ),
    ("France delivered Rafale warplanes to India.", {("FRA", "072", "IND", "asserted")}),
    # sanctuary given to fighters is no arms
    (
        "Kabul denied providing sanctuary to Pakistani fighters.",
        {("AFGGOV", "070", "PAKREB", "negated")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), COUNTED_AID)
def test_counted_aid(nlp: Language, text: str, expected: set[Coded]) -> None:
    assert events(nlp, text) == expected
