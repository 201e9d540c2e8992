"""An agentless act of repression whose doer neither its sentence nor the two before
name takes as source the story's doer of acts of its family: the state organ that
did such an act to its own people earlier in the story
(``dyadline.coder.storyagent``, ``codebooks/story_doers.tsv``); not without that
evidence, not for a foreign victim, place or state, not for violence in a story
with a second armed side, not for an act told as known or a kind. The sentences
are written for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

Told = tuple[int, str, str, str | None]


def told(nlp: Language, text: str) -> set[Told]:
    """The events of ``text`` as one news story, with the sentence each is told in
    (an act told again by a later sentence is another event)."""
    from dyadline.annotate import annotate
    from dyadline.model import Document

    annotated = annotate(Document(text=text, date="2025-03-12", news=True), nlp)
    return {
        (e.sentence_index, e.source.code, e.cameo, e.target.code if e.target else None)
        for e in annotated.events
    }


ARREST = "Police in Belarus arrested dozens of protesters on Sunday."
FILLER = "The opposition leader met reporters on Monday. She said the economy was weak."
KILLING = "The army in Myanmar killed eight protesters on Friday."
BASE = {(0, "BLRCOP", "173", "BLROPP")}
NGA = (
    "The army in Nigeria arrested dozens of protesters on Sunday. Farmers met the governor"
    " on Monday. The governor said the economy was weak."
)
MMR = {(0, "MMRMIL", "175", "MMROPP")}

STORY_DOERS: list[tuple[str, set[Told]]] = [
    # the victim is no actor: the usual victims of the story's doer
    (
        f"{ARREST} {FILLER} Everyone knows someone who has been detained, she said.",
        BASE | {(3, "BLRCOP", "173", "BLROPP")},
    ),
    (
        f"{ARREST} {FILLER} A curfew was imposed in the capital on Tuesday.",
        BASE | {(3, "BLRCOP", "1723", "BLROPP")},
    ),
    (
        f"{ARREST} {FILLER} Some patients were evicted from a hospital on Tuesday.",
        BASE | {(3, "BLRCOP", "174", "BLROPP")},
    ),
    # violence on the state's people the sentence names, in a story with one armed side
    (
        f"{NGA} Nobody knew the date of the vote. Some villagers were shot dead on Tuesday.",
        {(0, "NGAMIL", "173", "NGAOPP"), (4, "NGAMIL", "190", "NGACVL")},
    ),
]

NOT_GIVEN: list[tuple[str, set[Told]]] = [
    # no earlier act of the family in the story
    (
        "The opposition leader in Belarus met reporters on Monday. She said the economy"
        " was weak. Nobody knew the date of the vote. Everyone knows someone who has been"
        " detained, she said.",
        set(),
    ),
    # foreign victims
    (f"{KILLING} {FILLER} Two Thai soldiers were killed on Tuesday.", MMR),
    # an act only possible
    (f"{ARREST} {FILLER} Anyone could be detained at any time, she said.", BASE),
    # an act a clause asks about is known, not new
    (f"{ARREST} {FILLER} Her lawyer asked why anyone was detained.", BASE),
    # a kind of act, not an act
    (
        f"{KILLING} {FILLER} She called for an end to pretrial detention.",
        MMR | {(3, "MMROPP", "0256", None)},
    ),
    # two armed sides: the killing is not given to the state
    (
        "The army in Nigeria arrested dozens of protesters on Sunday. Militants attacked"
        " an army base in the north on Monday. The governor said the economy was weak."
        " Nobody knew the date of the vote. Some villagers were shot dead on Tuesday.",
        {(0, "NGAMIL", "173", "NGAOPP"), (1, "NGAINS", "190", "NGAMIL")},
    ),
    # another state named in the sentence
    (
        f"{NGA} Nobody knew the date of the vote. Russia said some villagers were shot"
        " dead on Tuesday.",
        {(0, "NGAMIL", "173", "NGAOPP")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), STORY_DOERS)
def test_story_doer_given(nlp: Language, text: str, expected: set[Told]) -> None:
    assert told(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), NOT_GIVEN)
def test_story_doer_not_given(nlp: Language, text: str, expected: set[Told]) -> None:
    assert told(nlp, text) == expected
