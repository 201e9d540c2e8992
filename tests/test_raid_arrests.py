"""An arrest told without its doer just after another state's armed organ struck the
victims' country is that force's (``discourse._foreign_raid``, ``argument_words``
``raid_sector``). Stories written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, story_events

RAIDS: list[tuple[str, set[Triple]]] = [
    (
        "Israeli forces raided a village near Jenin. Five Palestinians were arrested.",
        {("ISRMIL", "190", "PSE"), ("ISRMIL", "173", "PSECVL")},
    ),
    (
        "Russian troops shelled Kharkiv. Two Ukrainian journalists were detained.",
        {("RUSMIL", "194", "UKRCVL"), ("RUSMIL", "173", "UKRMED")},
    ),
    # the state itself, not an armed organ of it: no doer for the arrest
    ("Israel struck Gaza. Five Palestinians were arrested.", {("ISR", "190", "PSE")}),
    # no raid before: the state where it happened holds them
    ("A French journalist was jailed in Iran.", {("IRNGOV", "173", "FRAMED")}),
]


@pytest.mark.parametrize(("text", "expected"), RAIDS)
def test_an_arrest_after_a_raid_is_the_raiders(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert story_events(nlp, text) == expected
