"""Last-resort argument slots (``dyadline.coder.last_resort``): a trigger whose
standard slots found no actor takes the nearest actor to its right in its own
clause as target and the nearest actor of its subject phrase as source. The
sentences are written for the test, one table per construction, with the
sentences where the slots must not be read."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, events

# a prepositional phrase of the trigger its own pattern does not read
PREPOSITION: list[tuple[str, set[Triple]]] = [
    ("Chinese warships arrived at Kenya's main port.", {("CHN", "042", "KEN")}),
    ("Turkish troops arrived at the Syrian border town.", {("TURMIL", "042", "SYR")}),
    ("Kenya sent aid toward the Somali refugees.", {("KEN", "073", "SOMREF")}),
    ("Ecuador apologized for the Peruvian deaths.", {("ECU", "055", "PER")}),
]

# a quotation's own words: the speaker's side is the source
QUOTED: list[tuple[str, set[Triple]]] = [
    ('"Our ships arrived at Kenya\'s port," the Chinese envoy said.', {("CHNGOV", "042", "KEN")}),
]

# where the slots must not be read
NOT_READ: list[tuple[str, set[Triple]]] = [
    # "from" names where the doer comes from, not whom it acts on
    ("Chinese warships arrived from Kenya's main port.", set()),
    # a passive: its subject is not the doer
    ("Chinese warships were welcomed at Kenya's main port.", set()),
    # a verb of saying: whom it is told to is no target
    ("The minister told Ugandan reporters that talks would resume.", set()),
    # an appraisal is of the doer of the act it appraises, never of that act's victims
    ("Ghana condemned the raids on Togolese villages.", {("GHA", "111", "TGO")}),
    # a clause with a trigger of its own codes its own act
    (
        "Chinese warships arrived in the port after Kenyan ships attacked Somali pirates.",
        {("KEN", "190", "SOMREB")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PREPOSITION)
def test_preposition_target(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), QUOTED)
def test_quoted_speaker_source(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), NOT_READ)
def test_not_read(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected
