"""An appeal or demand for a release that names no one asked is aimed at whoever
holds the people: the doer of the latest arrest or abduction told by another actor
(``dyadline.coder.discourse.holder``). The sentences are written for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, story_events

HOLDERS: list[tuple[str, set[Triple]]] = [
    (
        "Uganda arrested two Kenyan journalists. Kenya called for their release.",
        {("UGA", "173", "KENMED"), ("KEN", "0253", "UGA")},
    ),
    (
        "Rebels abducted ten Kenyan workers in Somalia. Kenya demanded their release.",
        {("SOMREB", "181", "KENLAB"), ("KEN", "1053", "SOMREB")},
    ),
    # no seizure told: an appeal to no one named
    ("Kenya called for the release of political prisoners.", {("KEN", "0253", None)}),
    # the asker's own arrests are not what it asks another to undo
    (
        "Kenya arrested two Ugandan traders. Kenya called for their release.",
        {("KEN", "173", "UGABUS"), ("KEN", "0253", None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), HOLDERS)
def test_release_asked_of_the_holder(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert story_events(nlp, text) == expected
