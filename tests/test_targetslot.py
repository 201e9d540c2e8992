"""Verbal acts whose target is the doer of an act told just before, named again by an
act noun with no doer of its own ("Y arrested three students. X criticised the
arrests"), or judged in a quotation told to someone ('"... is unacceptable," X told
reporters'): the noun's phrase and the hearer name no other thing disapproved of
(``dyadline.coder.reproach``, ``argument_words`` ``unnamed_act_noun``). Sentences
written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, events

# "Y did an act. X condemned the <act noun> of Z": the act noun names the act just told
DOERLESS_ACT: list[tuple[str, set[Triple]]] = [
    (
        "Ugandan police arrested three students. The Kenyan minister criticised the arrests.",
        {("UGACOP", "173", "UGACVL"), ("KENGOV", "111", "UGACOP")},
    ),
    (
        "Ugandan police arrested three students. Kenya condemned the arrest of the students.",
        {("UGACOP", "173", "UGACVL"), ("KEN", "111", "UGACOP")},
    ),
    (
        "Ugandan troops shot dead ten protesters. The UN chief condemned the killing of"
        " protesters.",
        {("UGAMIL", "175", "UGAOPP"), ("UNO", "111", "UGAMIL")},
    ),
    (
        "Ugandan troops shot dead ten protesters. The UN chief condemned the killings.",
        {("UGAMIL", "175", "UGAOPP"), ("UNO", "111", "UGAMIL")},
    ),
    # a noun that names no act is another thing disapproved of: no target from before
    (
        "Ugandan police arrested three students. Kenya voiced concern about the economy.",
        {("UGACOP", "173", "UGACVL")},
    ),
    # the act noun names its own doer: that doer, not the one told before
    (
        "Ugandan police arrested three students. Kenya criticised Tanzania's crackdown.",
        {("UGACOP", "173", "UGACVL"), ("KEN", "111", "TZA"), ("TZA", "175", "TZACVL")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOERLESS_ACT)
def test_doerless_act_noun_names_the_act_told(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


# '"The <act> is unacceptable," X told reporters': the hearer is no thing disapproved of
HEARER: list[tuple[str, set[Triple]]] = [
    (
        'Ugandan troops shot dead ten protesters. "The killing of protesters is unacceptable,"'
        " the UN chief told reporters.",
        {("UGAMIL", "175", "UGAOPP"), ("UNO", "111", "UGAMIL")},
    ),
    (
        'Ugandan troops shot dead ten protesters. "The killing of protesters is unacceptable,"'
        " the UN chief said.",
        {("UGAMIL", "175", "UGAOPP"), ("UNO", "111", "UGAMIL")},
    ),
    # no act told before: nothing to aim at
    ('"The killing of protesters is unacceptable," the UN chief told reporters.', set()),
]


@pytest.mark.parametrize(("text", "expected"), HEARER)
def test_hearer_of_a_judgement(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected
