"""Appeals (02), intents (03) and demands (10) in news prose: the constructions of the
"speech" audit. One table per construction; the sentences are written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, events

# "X urged / asked / requested that Y do ...": an appeal to the subject of the that-clause
APPEAL_THAT: list[tuple[str, set[Triple]]] = [
    ("Kenya asked that Somalia withdraw its troops.", {("KEN", "020", "SOM")}),
    ("Peru urged that Chile reopen the border.", {("PER", "020", "CHL")}),
    ("Ghana requested that Togo return the refugees.", {("GHA", "020", "TGO")}),
    # the object-control appeal is unchanged
    ("Somalia asked Kenya to withdraw its troops.", {("SOM", "020", "KEN")}),
]


@pytest.mark.parametrize(("text", "expected"), APPEAL_THAT)
def test_appeal_with_that_clause(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# "X is pleading with Y to ...": the parser takes "with" for a subordinator of the
# clause "Y to ..."; its subject is the preposition's object
PLEAD_WITH: list[tuple[str, set[Triple]]] = [
    (
        "Ghanaian farmers are pleading with the government to drop the tax.",
        {("GHACVL", "020", "GHAGOV")},
    ),
    ("Mali pleaded with Algeria to reopen the border.", {("MLI", "020", "DZA")}),
]


@pytest.mark.parametrize(("text", "expected"), PLEAD_WITH)
def test_plead_with(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected
