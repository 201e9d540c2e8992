"""What an attacker strikes is not its own: a possessive pronoun owning the patient of
a verb of attack stands for another actor than the attacker ("Israel said Hamas had
fired rockets at its towns": Israel's), unless "own" says so or the noun names the
other party of a relation (``actors._struck_owner``, ``argument_words``
``struck_verb``). Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyadline.coder.actors import actors_for
from eventsets import Triple, events

OWNERS: list[tuple[str, str, str]] = [
    ("Israel said Hamas had fired rockets at its towns.", "its", "ISR"),
    ("Ghana said Togolese troops had attacked its border posts.", "its", "GHA"),
    ("Ghana said Togolese troops had shelled their own positions.", "their", "TGO"),
]


@pytest.mark.parametrize(("text", "pronoun", "country"), OWNERS)
def test_the_owner_of_what_is_struck(nlp: Language, text: str, pronoun: str, country: str) -> None:
    doc = nlp(text)
    tok = next(t for t in doc if t.lower_ == pronoun)
    assert [a.country for a in actors_for(tok)] == [country]


EVENTS: list[tuple[str, set[Triple]]] = [
    (
        "Israel said Hamas had fired rockets at its towns.",
        {("ISR", "112", "PSEINS"), ("PSEINS", "195", "ISR")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), EVENTS)
def test_an_attack_on_the_speakers_own(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected
