"""A reply with no target in its sentence ("rejected the demand", "denied the claim",
"welcomed the offer") answers whoever made the statement, demand, offer or claim it
names: the doer of the latest act of a root the noun can name (``anaphora.tsv``
block ``replytarget``), or, for a noun of a statement, the latest speaker of
reported speech, coded as an event or not (``dyadline.coder.replies``). The
sentences are written for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, story_events

# the noun names an earlier act the coder coded: its doer is answered
ACTS: list[tuple[str, set[Triple]]] = [
    (
        "Venezuela's opposition leader called for new elections. The government rejected "
        "the demand.",
        {("VENOPP", "024", "VENGOV"), ("VENGOV", "120", "VENOPP")},
    ),
    (
        "Turkey demanded that Sweden extradite the suspects. Sweden rejected the demand.",
        {("TUR", "100", "SWE"), ("SWE", "120", "TUR")},
    ),
    (
        "Serbia asked Kosovo to withdraw its police. Kosovo rejected the request.",
        {("SRB", "020", "XKX"), ("XKX", "120", "SRB")},
    ),
    (
        "Egypt invited Ethiopia to talks on the dam. Ethiopia accepted the invitation.",
        {("EGY", "043", "ETH"), ("ETH", "036", "EGY")},
    ),
    (
        "The Chinese foreign minister criticized Japan's defense policy. Japan dismissed "
        "the remarks.",
        {("CHNGOV", "111", "JPN"), ("JPN", "120", "CHNGOV")},
    ),
]

# the noun names a statement: the latest speaker, whether or not what was said is an event
SPOKEN: list[tuple[str, set[Triple]]] = [
    (
        "Sudan's army said it had repelled an attack by the Rapid Support Forces. The "
        "paramilitary group denied the claim.",
        {("SDNMIL", "190", "SDNREB"), ("SDNREB", "016", "SDNMIL")},
    ),
    (
        "The Chinese foreign minister said Japan was rearming. Japan rejected the remarks.",
        {("JPN", "120", "CHNGOV")},
    ),
    (
        "Russia's defense minister said on Monday that NATO was preparing for war. He spoke "
        "in Moscow. NATO rejected the claim.",
        {("NAT", "120", "RUSMIL")},
    ),
    (
        "Iran's foreign minister said Tehran was ready to resume talks with Washington. The "
        "United States welcomed the statement.",
        {("IRNGOV", "036", "USAGOV"), ("USA", "051", "IRNGOV")},
    ),
    (
        '"We will never sign such a deal," the Argentine president said. Britain dismissed '
        "the remarks.",
        {("GBR", "120", "ARGGOV")},
    ),
    (
        "The Kenyan government issued a statement accusing Somalia of meddling. Somalia "
        "rejected the statement.",
        {("KENGOV", "1123", "SOM"), ("SOM", "120", "KENGOV")},
    ),
]

# no one known made it: the reply answers no one named
NO_ONE: list[tuple[str, set[Triple]]] = [
    ("Iran rejected the proposal.", {("IRN", "120", None)}),
    ("Analysts said the talks had failed. China rejected the claim.", {("CHN", "120", None)}),
    # a statement told four sentences before is too far back to be the one answered
    (
        "The Chinese foreign minister said Japan was rearming. Tokyo was quiet. The weather "
        "was cold. Markets were calm. Japan rejected the claim.",
        {("JPN", "120", None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ACTS)
def test_reply_answers_the_act_named(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert story_events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), SPOKEN)
def test_reply_answers_the_speaker(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert story_events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), NO_ONE)
def test_reply_to_no_one_known(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert story_events(nlp, text) == expected
