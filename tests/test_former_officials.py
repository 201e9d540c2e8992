"""People out of the office they held are of their country's elites (CAMEO ELI), so
their acts on their own government are domestic dyads that stand
(``argument_words`` ``former_sector``, ``actor_codebook.resolve``, ``sectors.tsv``
"former ..." cues). Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, story_events

FORMER: list[tuple[str, str, set[Triple]]] = [
    # out of office on the story's date: an elite, against the government
    (
        "2024-07-10",
        "Raila Odinga accused the Kenyan government of corruption.",
        {("KENELI", "112", "KENGOV")},
    ),
    (
        "2024-07-10",
        "Former president Donald Trump criticized the Biden administration.",
        {("USAELI", "111", "USAGOV")},
    ),
    # in office on the story's date: the government
    ("2025-07-10", "Donald Trump criticized China.", {("USAGOV", "111", "CHN")}),
    ("2024-07-10", "Donald Trump criticized China.", {("USAELI", "111", "CHN")}),
    # a state's own organ held on to it: arrested, still a dyad
    (
        "2024-07-10",
        "Police arrested former prime minister Imran Khan in Islamabad.",
        {("PAKCOP", "173", "PAKELI")},
    ),
]


@pytest.mark.parametrize(("date", "text", "expected"), FORMER)
def test_a_former_office_holder_is_an_elite(
    nlp: Language, date: str, text: str, expected: set[Triple]
) -> None:
    assert story_events(nlp, text, date) == expected
