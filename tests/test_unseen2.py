"""Constructions of diplomatic news read on unseen stories, each a table of
stories written for these tests:

- a person of the codebooks named in full is named again by the family name alone
  ("Kim Jong Un ... met Kim", "Li Qiang ... Li said"), the first word of the name
  where the person's state writes the family name first (``argument_words``
  ``family_name_first``; ``dyadline.coder.introduced._remember_named``);
- a verb by which its subject receives the act its object names ("met with
  opposition from X", "drew objections from X") tells of no act of its own
  (``dyadline.coder.patterns.receives_noun_act``; ``verbs.tsv`` opposition and
  objection rows); a bare "opposition from X" is no opposition party of X
  (``sectors.tsv``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, events

FAMILY_NAMES: list[tuple[str, set[Triple]]] = [
    (
        "Kim Jong Un arrived in Hanoi. Putin met Kim on Tuesday.",
        {("PRKGOV", "042", "VNMGOV"), ("RUSGOV", "040", "PRKGOV")},
    ),
    (
        "Chinese Premier Li Qiang arrived in Berlin on Monday. Li met Scholz on Tuesday.",
        {("CHNGOV", "042", "DEUGOV"), ("CHNGOV", "040", "DEUGOV")},
    ),
    (
        "Edi Rama arrived in Rome on Monday. Rama met Meloni on Tuesday.",
        {("ALBGOV", "042", "ITAGOV"), ("ALBGOV", "040", "ITAGOV")},
    ),
    # a family name alone, with no full name before it, is nobody the codebooks know
    ("Putin met Kim on Tuesday.", set()),
]

RECEIVED_ACTS: list[tuple[str, set[Triple]]] = [
    ("The Japanese proposal drew objections from South Korea.", {("KOR", "110", "JPN")}),
    ("The Malaysian plan met with opposition from China.", {("CHN", "110", "MYS")}),
    ("The Peruvian plan faced opposition from Chile.", {("CHL", "110", "PER")}),
    ("The plan met with opposition from China.", set()),
    # with its article the opposition is a party met
    (
        "The opposition met with the Kenyan president on Monday.",
        {("KENOPP", "040", "KENGOV")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), FAMILY_NAMES)
def test_a_person_named_again_by_family_name(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), RECEIVED_ACTS)
def test_a_verb_receiving_an_act_is_no_act_of_its_own(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected
