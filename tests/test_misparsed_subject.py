"""Parser slips the coder reads through. Sentences written for these tests.

- a state's name that opens a clause, which the parser took for a modifier of the
  verb ("Azerbaijan massed troops": npadvmod), is the verb's subject
  (``arguments._subject``, ``MISPARSED_SUBJECT_DEPS``);
- a body of people that is also a noun trigger ("delegation") welcomed is a visitor
  received, not a thing approved (``patterns._act_nouns``);
- a known name the tagger read as a verb ("Trump on Monday threatened ...") is a
  name still (``actors._mistagged_name``), and as the root the parser made of it,
  the subject of the act hung below it (``arguments._subject``);
- a verb hung as a modifier on the noun after it ("Kazakhstan hosted talks") takes
  that noun for its object (``patterns.direct_object``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, events

OPENING_NAME: list[tuple[str, set[Triple]]] = [
    ("Azerbaijan massed troops near Armenia.", {("AZE", "154", "ARM")}),
    ("On Monday, Azerbaijan massed troops near Armenia.", {("AZE", "154", "ARM")}),
    # a name further in the clause is no subject: no source, no event
    ("Monday saw troops massed near Armenia.", set()),
]

WELCOMED_BODY: list[tuple[str, set[Triple]]] = [
    (
        "Bhutan welcomed the Indian delegation.",
        {("BTN", "043", "INDGOV"), ("INDGOV", "042", "BTN")},
    ),
    (
        "Bhutan welcomed the delegation of India.",
        {("BTN", "043", "INDGOV"), ("INDGOV", "042", "BTN")},
    ),
    # an act received stays an act, not a visitor
    ("Mali's army received military support from Russia.", {("RUS", "072", "MLIMIL")}),
]


@pytest.mark.parametrize(("text", "expected"), OPENING_NAME)
def test_an_opening_name_is_the_subject(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), WELCOMED_BODY)
def test_a_body_welcomed_is_a_visitor(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


MISTAGGED_NAME: list[tuple[str, set[Triple]]] = [
    ("Trump on Monday threatened Canada with new tariffs.", {("USAGOV", "1312", "CAN")}),
    (
        "Trump at first raised 20% duties on Canadian and Mexican goods, then exempted the"
        " duties on cars.",
        {("USAGOV", "163", "CAN"), ("USAGOV", "163", "MEX")},
    ),
    ("Canada criticized Trump.", {("CAN", "111", "USAGOV")}),
]


@pytest.mark.parametrize(("text", "expected"), MISTAGGED_NAME)
def test_mistagged_name(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# "Kazakhstan hosted talks between ...": the parser hangs the verb on the noun after it
# as a modifier; that noun is its object
VERB_AS_MODIFIER: list[tuple[str, set[Triple]]] = [
    (
        "Kazakhstan hosted talks between Armenia and Azerbaijan.",
        {
            ("KAZ", "044", "ARM"),
            ("KAZ", "044", "AZE"),
            ("ARM", "040", "AZE"),
            ("AZE", "040", "ARM"),
        },
    ),
    (
        "Turkey hosted talks between Russian and Ukrainian officials.",
        {
            ("TUR", "044", "RUSGOV"),
            ("TUR", "044", "UKRGOV"),
            ("RUSGOV", "040", "UKRGOV"),
            ("UKRGOV", "040", "RUSGOV"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), VERB_AS_MODIFIER)
def test_verb_as_modifier(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected
