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
  (``sectors.tsv``);
- a time given an actor to do something is an ultimatum (139: "gave Sweden ten
  days to extradite"; ``verbs.tsv`` give row, ``patterns._second_object`` for the
  counted noun the parser hangs as an adverbial after the first object);
- an actor named only in a subordinate clause marked by a conjunction other than a
  condition's ("after Y attacked", "because Y refused") tells when or why, and is
  no target of the act of the clause above (``arguments._marked_clauses``,
  ``dyads._aside_states``);
- a quotation with no attribution of its own that goes on from one its speaker is
  named with says what an actor must or should do: the speaker's demand or appeal
  (``coding._continued_demands``, ``clauses.told_modal_code``);
- a charge its answerer calls baseless or false is denied (016), not the accuser
  criticised (``verbs.tsv`` call/describe rows with ``obj=`` and ``pred=``);
- a verbless adverbial clause says what the main clause's subject is, an act as
  "X was critical of Y" is ("While critical of Y, X ..."; ``coding._adverbial_predicates``);
- a state's post at an organisation ("China's U.N. ambassador") is the state's
  (``argument_words`` ``post_noun``, ``actors._post_at_organisation``);
- an act inside an indirect question ("to see whether a summit is held") is only
  asked: hedged (``modality.tsv`` ``question`` cues).
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


ULTIMATUMS: list[tuple[str, set[Triple]]] = [
    ("Turkey gave Sweden ten days to extradite the suspects.", {("TUR", "139", "SWE")}),
    ("Russia gave Ukraine 48 hours to surrender the city.", {("RUS", "139", "UKR")}),
    (
        "The Kenyan government gave the U.N. agency 14 days to present a plan.",
        {("KENGOV", "139", "UNO")},
    ),
    # to one's own people: no dyad
    ("The Kenyan president gave his aides two weeks to prepare a report.", set()),
]

ASIDE_CLAUSES: list[tuple[str, set[Triple]]] = [
    (
        "The Kenyan government called for closing the camp after Somalia attacked refugees.",
        {("KENGOV", "020", None), ("SOM", "190", "KENREF")},
    ),
    (
        "The Kenyan government called for talks because Somalia attacked refugees.",
        {("KENGOV", "026", None), ("SOM", "190", "KENREF")},
    ),
    # a condition names whom a warning aims at
    (
        "The Kenyan government warned of retaliation if Somalia attacks refugees.",
        {("KENGOV", "138", "SOM"), ("SOM", "190", "KENREF")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ULTIMATUMS)
def test_a_time_given_to_act_is_an_ultimatum(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), ASIDE_CLAUSES)
def test_an_actor_of_a_clause_of_time_or_cause_is_no_target(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


CONTINUED_QUOTES: list[tuple[str, set[Triple]]] = [
    (
        '"No one should be detained there," the Kenyan minister said. '
        '"Uganda must stop these cruel transfers."',
        {("KENGOV", "100", "UGA")},
    ),
    (
        '"We are worried," the French foreign minister said. "Russia should return to the talks."',
        {("FRAGOV", "020", "RUS")},
    ),
    # the speaker's own side, or no actor, is asked nothing
    ('"We are worried," the French foreign minister said. "We must return to the talks."', set()),
    ('"We are worried," the French foreign minister said. "The weather must improve."', set()),
    # not a quotation: the text's own words, or another speaker's
    ("The French foreign minister spoke on Monday. Russia must return to the talks.", set()),
]

QUESTIONS: list[tuple[str, str]] = [
    ("We will have to see whether Trump meets Kim Jong Un.", "hedged"),
    ("We will have to see whether another summit between Trump and Kim Jong Un is held.", "hedged"),
    ("Trump met Kim Jong Un in Hanoi.", "asserted"),
]


@pytest.mark.parametrize(("text", "expected"), CONTINUED_QUOTES)
def test_a_continued_quotation_demands_of_an_actor(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "modality"), QUESTIONS)
def test_an_act_in_an_indirect_question_is_hedged(nlp: Language, text: str, modality: str) -> None:
    found = nlp(text)._.events
    assert found
    assert {e.modality for e in found} == {modality}


DENIALS: list[tuple[str, set[Triple]]] = [
    ("Iran called the U.S. allegations baseless.", {("IRN", "016", "USA")}),
    ("Iran described the American accusations as absurd.", {("IRN", "016", "USA")}),
    # another thing called so is criticised
    ("Iran called the U.S. plan a huge mistake.", {("IRN", "111", "USA")}),
]


@pytest.mark.parametrize(("text", "expected"), DENIALS)
def test_a_charge_called_baseless_is_denied(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


ADVERBIAL_PREDICATES: list[tuple[str, set[Triple]]] = [
    (
        "While highly critical of the British government, the French diplomat warned "
        "that other states could quit.",
        {("FRAGOV", "111", "GBRGOV")},
    ),
    (
        "Critical of Russia, the Polish minister called for sanctions.",
        {("POLGOV", "111", "RUS"), ("POLGOV", "020", "RUS")},
    ),
    # an adjective that is no act
    (
        "While happy with the result, the Polish minister called for more talks.",
        {("POLGOV", "026", None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ADVERBIAL_PREDICATES)
def test_a_verbless_adverbial_clause_tells_of_its_subject(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


POSTS: list[tuple[str, set[Triple]]] = [
    ("China's U.N. ambassador criticized Japan.", {("CHNGOV", "111", "JPN")}),
    ("The U.S. NATO ambassador criticized Russia.", {("USAGOV", "111", "RUS")}),
    # an organisation's own mission, named with the place it is in, stays the organisation's
    ("The UN mission in Mali criticized the Malian army.", {("UNO", "111", "MLIMIL")}),
]


@pytest.mark.parametrize(("text", "expected"), POSTS)
def test_a_states_post_at_an_organisation_is_the_states(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected
