"""More forms of a reaction and of an act's other side, each a table of stories
written for these tests:

- a pronoun or a generic noun ("it", "the move", "the step") a reaction acts on
  names the act just told, not a state, and never a reaction said
  (``dyadline.coder.reactions.act_pronoun``, ``anaphora.tsv`` generic rows,
  ``argument_words`` ``generic_act_noun``, ``said_reaction_code``);
- a targetless disapproval after another's disapproval of a third side joins it
  (``reproach``, ``argument_words`` ``joined_root``);
- a state that "protested" complains (114), a crowd that protested rallies (141)
  (``verbs.tsv`` requirement ``subjstate``);
- the aim of an act named in the "with" phrase of a verb of response, hung on the
  verb ("responded with air strikes on Y");
- a mutual act of a bare conjunct verb after a verb of meeting is done with that
  verb's partner ("X met Y and signed a deal"; ``argument_words`` ``partner_verb``);
- a reaction to an act with no doer but a place aims at the state where it took
  place ("condemned the coup in Y"; ``argument_words`` ``scene_act_noun``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, events

ACT_PRONOUNS: list[tuple[str, set[Triple]]] = [
    (
        "Chile and Bolivia signed a gas agreement. Peru welcomed it.",
        {
            ("CHL", "057", "BOL"),
            ("BOL", "057", "CHL"),
            ("PER", "051", "CHL"),
            ("PER", "051", "BOL"),
        },
    ),
    # the pronoun after a reaction names the act before it, not the one who reacted
    (
        "Chile and Bolivia signed a gas agreement. Peru welcomed the move. "
        "Argentina denounced it as a betrayal.",
        {
            ("CHL", "057", "BOL"),
            ("BOL", "057", "CHL"),
            ("PER", "051", "CHL"),
            ("PER", "051", "BOL"),
            ("ARG", "111", "CHL"),
            ("ARG", "111", "BOL"),
        },
    ),
    (
        "Hungary expelled two Dutch diplomats on Monday. The Netherlands condemned the move.",
        {("HUN", "161", "NLD"), ("NLD", "111", "HUN")},
    ),
    (
        "Hungary expelled two Dutch diplomats on Monday. The Netherlands condemned the step.",
        {("HUN", "161", "NLD"), ("NLD", "111", "HUN")},
    ),
    # a pronoun a verb of another kind acts on stays the state it stands for
    (
        "Hungary expelled two Dutch diplomats on Monday. The Netherlands warned it.",
        {("HUN", "161", "NLD"), ("NLD", "130", "HUN")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ACT_PRONOUNS)
def test_a_pronoun_or_generic_noun_names_the_act_just_told(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


JOINED: list[tuple[str, set[Triple]]] = [
    (
        "Serbia condemned Montenegro's decision on Monday. Russia also expressed concern.",
        {("SRB", "111", "MNE"), ("RUS", "110", "MNE")},
    ),
    # the side criticised does not join the criticism of itself
    (
        "Serbia condemned Montenegro's decision on Monday. Montenegro expressed concern.",
        {("SRB", "111", "MNE")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), JOINED)
def test_a_targetless_disapproval_joins_the_one_before(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


STATE_PROTESTS: list[tuple[str, set[Triple]]] = [
    (
        "Chinese warships entered Vietnamese waters on Sunday. Hanoi protested.",
        {("CHN", "150", "VNM"), ("VNMGOV", "114", "CHN")},
    ),
    ("Thousands of people protested in Dhaka on Sunday.", {("BGDCVL", "141", "BGDGOV")}),
]


@pytest.mark.parametrize(("text", "expected"), STATE_PROTESTS)
def test_a_state_that_protests_complains(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


ANSWERS: list[tuple[str, set[Triple]]] = [
    ("Israel responded with air strikes on Lebanon.", {("ISR", "195", "LBN")}),
    ("India responded with tariffs on Chinese steel.", {("IND", "163", "CHN")}),
]


@pytest.mark.parametrize(("text", "expected"), ANSWERS)
def test_the_aim_of_a_response_hung_on_its_verb(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


PARTNERS: list[tuple[str, set[Triple]]] = [
    (
        "Lula met Boric in Brasilia and signed a trade agreement.",
        {("BRAGOV", "040", "CHLGOV"), ("BRAGOV", "057", "CHLGOV")},
    ),
    # no verb of meeting before it: no partner carried
    ("Ghana attacked Togo and signed a trade agreement.", {("GHA", "190", "TGO")}),
]


@pytest.mark.parametrize(("text", "expected"), PARTNERS)
def test_a_mutual_act_after_a_meeting_is_done_with_its_partner(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


SCENES: list[tuple[str, set[Triple]]] = [
    ("The African Union condemned the coup in Gabon.", {("AFU", "111", "GAB")}),
    ("Canada deplored the violence in Haiti.", {("CAN", "111", "HTI")}),
    # a doer named: the doer, not the place
    ("Canada deplored the gang violence in Haiti.", {("CAN", "111", "HTICRM")}),
    (
        "Canada condemned the Russian attack in Ukraine.",
        {("CAN", "111", "RUS"), ("RUS", "190", "UKR")},
    ),
    # a place of the reacting state's own: no target abroad
    ("Kenya condemned the attack in Nairobi.", set()),
]


@pytest.mark.parametrize(("text", "expected"), SCENES)
def test_a_reaction_to_an_act_with_no_doer_aims_at_its_place(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected
