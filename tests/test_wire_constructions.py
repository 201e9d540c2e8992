"""Constructions of wire-service sentences, each a table of sentences written for
these tests:

- a coordinated subject the parser fused into one noun phrase ("[the Peruvian
  government] and [ELN rebels] signed": ``arguments._fused_conjuncts``);
- a mutual act told in a participle or complement after a meeting is done with the
  meeting's partner ("held talks with Y, agreeing to boost cooperation":
  ``argument_words`` ``partner_noun``);
- a message "sent" carries its act ("sent a congratulatory message to Y":
  ``support_verbs.tsv`` send, ``verbs.tsv`` message rows);
- an appeal answered is aimed at who answers it, not at a place its phrases name
  ("rejected calls from Y for a ceasefire in Z").
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, both, events

FUSED: list[tuple[str, set[Triple]]] = [
    (
        "The Colombian government and ELN rebels signed a ceasefire agreement in Caracas.",
        both("COLGOV", "057", "COLREB"),
    ),
    (
        "The Indian and Chinese governments signed a trade deal.",
        both("INDGOV", "057", "CHNGOV"),
    ),
    # one phrase of two sectors names no second actor
    ("Security and defence officials met in Paris.", set()),
]


@pytest.mark.parametrize(("text", "expected"), FUSED)
def test_a_fused_coordinated_subject(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


PARTICIPLES: list[tuple[str, set[Triple]]] = [
    (
        "The Spanish prime minister held talks with his Moroccan counterpart in Rabat, "
        "agreeing to boost trade.",
        {*both("ESPGOV", "046", "MARGOV"), ("ESPGOV", "0311", "MARGOV")},
    ),
    (
        "Putin met Erdogan and agreed to expand trade.",
        {("RUSGOV", "040", "TURGOV"), ("RUSGOV", "0311", "TURGOV")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARTICIPLES)
def test_a_participle_after_a_meeting_has_its_partner(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


MESSAGES: list[tuple[str, set[Triple]]] = [
    ("Lula sent a congratulatory message to Milei.", {("BRAGOV", "051", "ARGGOV")}),
    ("Putin sent a condolence message to Erdogan.", {("RUSGOV", "018", "TURGOV")}),
    ("Germany sent aid to Turkey.", {("DEU", "073", "TUR")}),
]


@pytest.mark.parametrize(("text", "expected"), MESSAGES)
def test_a_message_sent_carries_its_act(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


ANSWERED: list[tuple[str, set[Triple]]] = [
    (
        "Sudan rejected calls from Egypt for a truce in Darfur.",
        {("SDN", "120", "EGY"), ("EGY", "020", "SDN")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ANSWERED)
def test_an_answered_appeal_aims_at_who_answers(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


LEGISLATURES: list[tuple[str, set[Triple]]] = [
    (
        "The Peruvian president dissolved the legislature on Wednesday.",
        {("PERGOV", "172", "PERLEG")},
    ),
    ("The Tunisian president suspended parliament.", {("TUNGOV", "172", "TUNLEG")}),
    # a constitution suspended names no actor
    ("The junta suspended the constitution.", set()),
]


@pytest.mark.parametrize(("text", "expected"), LEGISLATURES)
def test_a_legislature_dissolved_is_an_administrative_sanction(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


BROKERED_AND_LENT: list[tuple[str, set[Triple]]] = [
    ("The IMF approved a $2 billion bailout for Sri Lanka.", {("IMF", "070", "LKA")}),
    (
        "Oman brokered a prisoner swap between Iran and Belgium.",
        {
            ("OMN", "045", "IRN"),
            ("OMN", "045", "BEL"),
            ("IRN", "0841", "BEL"),
            ("BEL", "0841", "IRN"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), BROKERED_AND_LENT)
def test_a_bailout_approved_and_a_swap_brokered(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected
