"""Reactions whose target the sentence does not name aim at the doer of the act the
story told before: a disapproval answers a hostile or restrictive act, an approval a
cooperative one (a release, an agreement, talks, a pledge); a reaction to a mutual act
aims at both its sides; a few sentences may come between
(``dyadline.coder.reactions``, ``reproach``, ``codebooks/anaphora.tsv`` block
``reaction``). Stories written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, events

REACTIONS: list[tuple[str, set[Triple]]] = [
    # an approval of a release, a pledge, a truce: its doer
    (
        "Iran freed a French tourist on Tuesday. France welcomed the release.",
        {("IRN", "0841", "FRACVL"), ("FRA", "051", "IRN")},
    ),
    (
        "Germany pledged 2 billion euros to Ukraine. President Zelensky praised the pledge.",
        {("DEU", "0331", "UKR"), ("UKRGOV", "051", "DEU")},
    ),
    # a mutual act: both its sides
    (
        "Ethiopia and Eritrea signed a peace agreement in Riyadh. "
        "The African Union welcomed the agreement.",
        {
            ("ETH", "057", "ERI"),
            ("ERI", "057", "ETH"),
            ("AFU", "051", "ETH"),
            ("AFU", "051", "ERI"),
        },
    ),
    (
        "Indian and Chinese officials held talks in Beijing. The United States welcomed the talks.",
        {
            ("INDGOV", "046", "CHNGOV"),
            ("CHNGOV", "046", "INDGOV"),
            ("USA", "051", "INDGOV"),
            ("USA", "051", "CHNGOV"),
        },
    ),
    (
        "Armenian and Azerbaijani troops clashed on the border on Tuesday. "
        "Russia expressed concern.",
        {
            ("ARMMIL", "190", "AZEMIL"),
            ("AZEMIL", "190", "ARMMIL"),
            ("RUS", "110", "ARMMIL"),
            ("RUS", "110", "AZEMIL"),
        },
    ),
    # a decision of one side to hold talks: that side alone
    (
        "Colombia's government decided to resume peace talks with the ELN rebels. "
        "The United Nations praised the decision.",
        {("COLGOV", "040", "COLREB"), ("COLREB", "040", "COLGOV"), ("UNO", "051", "COLGOV")},
    ),
    # the act named in a phrase of the reaction, or as the subject carrying its noun
    (
        "China conducted military drills near Taiwan on Saturday. "
        "The United States expressed concern over the drills.",
        {("CHN", "150", "TWN"), ("USA", "110", "CHN")},
    ),
    (
        "Gunmen attacked a church in Burkina Faso, killing 15 worshippers. "
        "The attack drew condemnation from France.",
        {("BFAINS", "180", "BFACVL"), ("FRA", "111", "BFAINS")},
    ),
    # a reaction two sentences after the act, past another reaction
    (
        "Mozambican police shot dead five protesters in Maputo. "
        "Amnesty International denounced the killings. The European Union voiced concern.",
        {("MOZCOP", "175", "MOZOPP"), ("NGO", "111", "MOZCOP"), ("EUN", "110", "MOZCOP")},
    ),
    (
        "Israeli jets struck Gaza. Egypt condemned the strikes. Washington voiced concern.",
        {("ISR", "195", "PSE"), ("EGY", "111", "ISR"), ("USAGOV", "110", "ISR")},
    ),
    # a side of the mutual act praising it answers no one
    (
        "Ghana and Togo signed a border agreement. Ghana welcomed the agreement.",
        {("GHA", "057", "TGO"), ("TGO", "057", "GHA")},
    ),
    # no earlier act by another actor: no reaction coded
    ("The Kenyan president expressed concern over the drills.", set()),
    ("The Nigerian president expressed concern on Tuesday about the economy.", set()),
    (
        "The Nigerian president expressed concern. Gunmen killed 12 villagers in Borno state.",
        {("NGAINS", "1823", "NGACVL")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), REACTIONS)
def test_reaction_aims_at_the_doer_told_before(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


# (the sentence between tells no act: the reaction is not carried past it)
PAST_NOTHING: list[tuple[str, set[Triple]]] = [
    (
        "Israeli jets struck Gaza. The weather was cold. Washington voiced concern.",
        {("ISR", "195", "PSE")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PAST_NOTHING)
def test_reaction_not_carried_past_a_sentence_without_acts(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected
