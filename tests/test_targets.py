"""The target slot's fallbacks (``dyadline.coder.targets``): where a careful coder finds
the target a pattern's own slot missed. Sentences written for these tests; exact
event sets of (source, code, target)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, events

# a story's first sentence, so that sector-only mentions have a state
KENYA = "Kenya's parliament met in Nairobi on Monday. "


def last_events(nlp: Language, text: str) -> set[Triple]:
    """The events of the last sentence of ``text``."""
    doc = nlp(text)
    last = list(doc.sents)[-1]
    return {
        (e.source.code, e.cameo, e.target.code if e.target else None)
        for e in doc._.events
        if e.sentence_start >= last.start_char
    }


OWNED_BY: list[tuple[str, set[Triple]]] = [
    # a "by" phrase on a content noun names its owner, whom the act aims at
    ("Chile criticised the decision by Bolivia.", {("CHL", "111", "BOL")}),
    ("Peru condemned the decision by the Ecuadorian government.", {("PER", "111", "ECUGOV")}),
    ("Austria denounced the measures announced by Hungary.", {("AUT", "111", "HUN")}),
    ("Vietnam criticized a bill passed by the Cambodian parliament.", {("VNM", "111", "KHMLEG")}),
    ("Norway condemned the sanctions imposed by Russia.", {("NOR", "111", "RUS")}),
    ("Ghana criticised the decision by Togo to close the border.", {("GHA", "111", "TGO")}),
    # the possessive and "of" phrase still do (arguments._owner)
    ("Chile criticised Bolivia's decision.", {("CHL", "111", "BOL")}),
    ("Latvia welcomed the move of Estonia.", {("LVA", "051", "EST")}),
]


@pytest.mark.parametrize(("text", "expected"), OWNED_BY)
def test_owner_of_a_content_noun(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


NO_SLOT: list[tuple[str, set[Triple]]] = [
    # a pattern without a target slot ("reject" an appeal) takes the object's owner
    (KENYA + "The court rejected the government's appeal.", {("KENJUD", "120", "KENGOV")}),
    ("Ecuador refused Colombia's request.", {("ECU", "120", "COL")}),
]


@pytest.mark.parametrize(("text", "expected"), NO_SLOT)
def test_owner_where_the_pattern_has_no_slot(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert last_events(nlp, text) == expected


AIMED: list[tuple[str, set[Triple]]] = [
    # a preposition of aim on a verbal act names whom it is about
    ("Denmark warned about Russia.", {("DNK", "130", "RUS")}),
    ("Finland warned against Russian aggression.", {("FIN", "130", "RUS")}),
    # on a deed the object names it is that deed's target, not whom the act aims at
    ("Latvia denounced the moves against Lithuania.", set()),
]


@pytest.mark.parametrize(("text", "expected"), AIMED)
def test_preposition_of_aim(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


CLAUSE: list[tuple[str, set[Triple]]] = [
    # an accusation's that-clause names whom it charges: its active subject
    ("Qatar alleged that Bahrain had broken the truce.", {("QAT", "112", "BHR")}),
    # a passive clause's subject is a victim; the speaker itself is no target
    ("Egypt alleged that civilians were killed in the strike.", set()),
    ("Serbia alleged that it had been attacked.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CLAUSE)
def test_subject_of_the_clause(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert {e for e in events(nlp, text) if e[1] == "112"} == expected


GUARDS: list[tuple[str, set[Triple]]] = [
    # the source's own side is never its target: the place target stands
    ("Iran protested to Britain over the seizure of its tanker.", {("IRN", "114", "GBR")}),
    ("Japan warned about Japanese debt.", set()),
    # a date in the phrase of aim is no actor
    ("Belgium warned about Monday's vote.", set()),
]


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_guards(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


PRONOUN_OBJECT: list[tuple[str, set[Triple]]] = [
    # an object pronoun never stands for its own clause's subject: the state before
    (
        "Estonia sent ships to the islands. Russia warned it against further moves.",
        {("RUS", "130", "EST")},
    ),
    (
        "Laos deported the men last month. Hanoi had assured it that they would be safe.",
        {("VNMGOV", "030", "LAO")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PRONOUN_OBJECT)
def test_object_pronoun_is_not_its_subject(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert last_events(nlp, text) == expected


BACK: list[tuple[str, set[Triple]]] = [
    # "the seizure" points back to the latest seizure by another actor
    (
        "Iran seized a Greek tanker on Friday. Athens condemned the seizure.",
        {("GRCGOV", "111", "IRN")},
    ),
    # "the warrant" points back to the arrest ordered: its issuer
    (
        "Kenyan prosecutors ordered the arrest of the opposition leader. "
        "The opposition leader rejected the warrant.",
        {("KENOPP", "120", "KENJUD")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), BACK)
def test_act_told_again(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert last_events(nlp, text) == expected
