"""A "welcome" hosts a visitor only when what is welcomed is a person or body; a thing
welcomed ("the vaccines from X", "the decision by X") is approval of whoever it comes
from (``verbs.tsv`` block ``welcome``). Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, events

WELCOMED: list[tuple[str, set[Triple]]] = [
    ("Chad welcomed the French president.", {("TCD", "043", "FRAGOV"), ("FRAGOV", "042", "TCD")}),
    (
        "The Chadian president welcomed his Nigerien counterpart in N'Djamena.",
        {("TCDGOV", "043", "NERGOV"), ("NERGOV", "042", "TCDGOV")},
    ),
    ("Chad's president welcomed the vaccines from China.", {("TCDGOV", "051", "CHN")}),
    ("Chad welcomed the decision by Niger.", {("TCD", "051", "NER")}),
    # nothing welcomed comes from an actor: no event
    ("Chad welcomed the news.", set()),
]


@pytest.mark.parametrize(("text", "expected"), WELCOMED)
def test_welcome_hosts_persons_and_approves_things(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected
