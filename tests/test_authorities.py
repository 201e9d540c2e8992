"""Which state a sector-only mention takes, and whom a denial answers, in stories of
several states, each a table of stories written for these tests:

- a state named as where the mention's own clause sends someone or goes ("into X",
  "to X" of a verb with an object) is not the mention's home: "the government sent
  soldiers into Somalia" is the government of the story's other state
  (``dyadline.coder.arguments._destinations``; ``argument_words`` ``destination_prep``,
  ``homing_verb``);
- a denial of "the allegations" answers the accusation aimed at the denier, before a
  later speaker's words that accuse no one (``dyadline.coder.replies.answered``);
- "sent N people back to X" is a deportation (``verbs.tsv`` ``send back``; a particle
  after the verb's object, ``patterns.particle_ok``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, story_events

DESTINATIONS: list[tuple[str, set[Triple]]] = [
    (
        "Kenya launched an operation against al-Shabab in 2015. The government sent "
        "soldiers into Somalia to combat the militant group.",
        {("KEN", "190", "SOMINS"), ("KENGOV", "190", "SOMINS")},
    ),
    (
        "Kenya launched an operation against al-Shabab in 2015. Somalia-based al-Shabab "
        "has been fighting Kenyan troops since 2011, when the government sent soldiers "
        "into Somalia to combat the militant group.",
        {("KEN", "190", "SOMINS"), ("SOMINS", "190", "KENMIL"), ("KENGOV", "190", "SOMINS")},
    ),
    # the story's own state, named in the sentence, stays the home
    (
        "Turkey has sent troops to Syria. The government said the soldiers would fight "
        "Kurdish militants.",
        {("TUR", "074", "SYR"), ("TURMIL", "190", "TURINS")},
    ),
]

DENIALS: list[tuple[str, set[Triple]]] = [
    (
        "The United States accused China of genocide against Uyghurs. The United Nations "
        "says their treatment may amount to crimes against humanity. Beijing denies the "
        "allegations.",
        {("USA", "1124", "CHN"), ("CHNGOV", "016", "USA")},
    ),
    (
        "Britain accused Iran of plotting attacks in London. The European Union says the "
        "plots may be part of a campaign. Tehran denies the allegations.",
        {("GBR", "112", "IRN"), ("IRN", "1383", "GBRGOV"), ("IRNGOV", "016", "GBR")},
    ),
]

SENT_BACK: list[tuple[str, set[Triple]]] = [
    ("Thailand sent 109 Uyghur men back to China in 2015.", {("THA", "174", "CHNCVL")}),
    ("Malaysia sent 50 Rohingya migrants back to Myanmar last week.", {("MYS", "174", "MMRREF")}),
    # an envoy sent back is a return of an ambassador, not a deportation
    ("Egypt sent its ambassador back to Israel.", {("EGY", "054", "ISR")}),
    # no people sent back: nothing
    ("The minister sent the proposal back to parliament.", set()),
]


@pytest.mark.parametrize(("text", "expected"), DESTINATIONS + DENIALS + SENT_BACK)
def test_story_events(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert story_events(nlp, text) == expected
