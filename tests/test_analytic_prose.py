"""Constructions of analytic prose (books, think-tank reports): a relation noun
that an actor owns and that does something is an act, one that only is something
is a state; a relation conducted by named actors is their act; a passive verb of
participation names the doer; coordinated nouns share an owner and a complement
(sentences written for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, both, events

# "X's support for Y angered Z": the owned act is the subject of a verb of effect
OWNED_SUBJECT: list[tuple[str, set[Triple]]] = [
    ("Chile's support for Peru angered Bolivia.", {("CHL", "051", "PER")}),
    ("Chile's cooperation with Peru has given it influence.", {("CHL", "060", "PER")}),
    ("Ghana's military cooperation with Togo alarmed Benin in 2010.", {("GHA", "062", "TGO")}),
    (
        "Chile's support for Peru was criticised by Bolivia.",
        {("CHL", "051", "PER"), ("BOL", "111", "CHL")},
    ),
    # a state of the relation, or a judgement of it: no event
    ("Chile's cooperation with Peru remains strong.", set()),
    ("Chile's cooperation with Peru extends beyond trade.", set()),
    ("Chile's support for Peru is well known.", set()),
    ("Chile's cooperation with Peru has a long history.", set()),
    ("Chile's cooperation with Peru will develop slowly.", set()),
    # an actor adjective names the owner too; two sides before the noun name a relation
    ("Russian support for Syria angered Turkey.", {("RUS", "051", "SYR")}),
    ("Chile's policies have facilitated Peruvian support for Bolivia.", {("PER", "051", "BOL")}),
    ("Chilean cooperation with Peru remains strong.", set()),
    ("The high level of Chilean-Peruvian cooperation surprised Bolivia.", set()),
    # no owner: a background relation, as before
    ("Cooperation with Peru angered Bolivia.", set()),
]

# "X and Y have maintained close cooperation": a support verb of conduct carries it
CONDUCTED: list[tuple[str, set[Triple]]] = [
    ("Chile and Peru have maintained close military cooperation.", both("CHL", "062", "PER")),
    ("Ghana has pursued cooperation with Togo since 1995.", {("GHA", "060", "TGO")}),
    ("The United States gives military support to Peru.", {("USA", "072", "PER")}),
    # a relation they only are in: no event
    ("Chile and Peru have enjoyed close cooperation since 1990.", set()),
    ("Chile and Peru have had close ties since 1990.", set()),
]

# "X was involved in the training of Y's pilots": the participant did the act
PARTICIPATION: list[tuple[str, set[Triple]]] = [
    ("Chile was involved in the training of Peruvian pilots.", {("CHL", "062", "PER")}),
    ("Ghana was involved in the attack on Togo.", {("GHA", "190", "TGO")}),
    ("Chile engaged in the training of Peruvian pilots.", {("CHL", "062", "PER")}),
]

# "X's collaboration with and support for Y": one owner, one complement for both nouns
SHARED: list[tuple[str, set[Triple]]] = [
    (
        "Chile's collaboration with and support for Peru during the flood won it friends.",
        {("CHL", "060", "PER"), ("CHL", "051", "PER")},
    ),
    # a conjunct with modifiers of its own is not the first conjunct's
    ("The victims of the Lima attack and other bombings were buried.", set()),
]


# a relation named by the act noun it is the "of" object of, or by the verb it changes by
RELATION_NOUNS: list[tuple[str, set[Triple]]] = [
    (
        "The establishment of full diplomatic relations between Chile and Peru in 1992 eased"
        " trade.",
        both("CHL", "054", "PER"),
    ),
    ("Relations between Ghana and Togo soured in 2010.", both("GHA", "160", "TGO")),
    ("Ties between Chile and Peru deteriorated after 2010.", both("CHL", "160", "PER")),
    ("Relations between Chile and Peru improved last year.", both("CHL", "050", "PER")),
    # a relation that only is (rocky, strained): no event
    ("Relations between Chile and Peru remain strained.", set()),
    ("The establishment of relations was a long process.", set()),
]

# "the two countries" stands for the pair the sentence names together, not for the
# two states named last
PAIR: list[tuple[str, set[Triple]]] = [
    (
        "The war opened the way to warmer ties between Chile and Peru, owing to the two"
        " countries' support of Bolivia.",
        {("CHL", "051", "BOL"), ("PER", "051", "BOL")},
    ),
    (
        "After the war, in which Ghana and Togo helped Benin, Benin sought the"
        " establishment of ties between the two countries.",
        {("GHA", "070", "BEN"), ("TGO", "070", "BEN"), *both("GHA", "054", "TGO")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), RELATION_NOUNS)
def test_relation_nouns_in_analytic_prose(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), PAIR)
def test_the_two_countries_are_the_pair_named_together(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), OWNED_SUBJECT)
def test_an_owned_relation_that_acts_is_an_event(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), CONDUCTED)
def test_a_relation_conducted_by_actors_is_their_act(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), PARTICIPATION)
def test_a_participant_is_the_doer(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), SHARED)
def test_coordinated_nouns_share_owner_and_complement(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


# a lasting relation told again with its dyad is stated again (each sentence codes it);
# a one-off act told again by a definite noun is not (tests/test_remention.py)
RESTATED: list[tuple[str, int]] = [
    (
        "Chile lent support to Peru in 2010."
        " Voters in Bolivia praised Chile for its support of Peru.",
        2,
    ),
    ("Chile invaded Peru in 2010. Bolivia condemned the invasion.", 1),
]


@pytest.mark.parametrize(("text", "count"), RESTATED)
def test_a_restated_relation_is_coded_in_each_sentence(
    nlp: Language, text: str, count: int
) -> None:
    own = [e for e in nlp(text)._.events if e.source.code == "CHL" and e.target.code == "PER"]
    assert len(own) == count


# one act at two coordinated times is two events, one for each time
TWICE: list[tuple[str, list[tuple[str, str]]]] = [
    ("Chile attacked Peru in 2008 and again in 2010.", [("190", "2008"), ("190", "2010")]),
    ("Ghana met Togo in May 2001 and in June 2003.", [("040", "2001"), ("040", "2003")]),
    (
        "Chile sold arms to Peru during both the first war in 1990 and the second war in 2005.",
        [("072", "1990"), ("072", "2005")],
    ),
    # two clauses, each with its own time; a range is one time
    ("Chile met Peru in 2001, and Bolivia met Peru in 2003.", [("040", "2001")]),
    ("Chile sold arms to Peru between 2001 and 2003.", [("072", "2001")]),
]


@pytest.mark.parametrize(("text", "expected"), TWICE)
def test_an_act_at_two_coordinated_times_is_two_events(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    got = sorted(
        (e.cameo, (e.date.start or "")[:4])
        for e in nlp(text)._.events
        if e.source.code == "CHL" or e.source.code == "GHA"
    )
    assert got == sorted(expected)


# a generic statement of what tends to happen names no doer to infer; a dated act does
GENERIC: list[tuple[str, set[Triple]]] = [
    ("Tourists often lose their visas when they are convicted of crimes in Peru.", set()),
    ("Journalists are usually arrested in Peru.", set()),
    ("Five journalists were arrested in Peru on Monday.", {("PERGOV", "173", "PERMED")}),
]


@pytest.mark.parametrize(("text", "expected"), GENERIC)
def test_a_generic_statement_infers_no_doer(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected
