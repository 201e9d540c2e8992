"""A word for a role in a body (leader, spokesman, commander: ``argument_words``
``role_noun``) takes the sector of the sector cue right before it ("a rebel
spokesman" is a rebel, not a government official), and keeps its own where the
cue names the same sector or none (``dyadline.coder.actors._find_cue``). Sentences
written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, events

ROLE_OF_BODY: list[tuple[str, set[Triple]]] = [
    ("A rebel spokesman accused Chad.", {("TCDREB", "112", "TCD")}),
    ("Chad met the rebel spokesman.", {("TCD", "040", "TCDREB")}),
    ("Militia commanders accused Chad.", {("TCDREB", "112", "TCD")}),
    ("Chad criticized militia leaders.", {("TCD", "111", "TCDREB")}),
    # the cue before the role names the same sector as the role: no change
    ("Chadian government officials accused Sudan.", {("TCDGOV", "112", "SDN")}),
    # no cue before the role: the role's own sector
    ("The Chadian spokesman accused Sudan.", {("TCDGOV", "112", "SDN")}),
]


@pytest.mark.parametrize(("text", "expected"), ROLE_OF_BODY)
def test_a_role_takes_the_sector_of_its_body(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected
