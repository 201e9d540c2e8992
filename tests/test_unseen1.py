"""Acts told in witnesses' quotations and designations of armed groups, each a table
of stories written for these tests:

- "they" as the subject of an assault inside the quotation of a private person (a
  witness, a victim) is the armed group the story named last, or that an armed noun
  just before points back to (``dyadline.coder.actors._quoted_assailants``,
  ``argument_words`` ``quoted_assault_verb``, ``quoted_assailant_noun``); an
  official's "they", and a "they" of no assault, stay open;
- a state that designates a group (as) a terrorist organisation sanctions it (163;
  ``verbs.tsv`` ``designate``), also where the parser takes the predicate for a
  second object (``dyadline.coder.patterns.predicates``); a place designated a zone
  is no event;
- the "between" phrase of a mutual act noun that the parser hangs on the noun's "of"
  object names its two sides ("an exchange of fire between X and Y";
  ``dyadline.coder.arguments``);
- "sent / ordered / returned X (back) to prison" jails X (173; ``verbs.tsv``), the
  "to" phrase of "back" read as the verb's own (``argument_words`` ``return_adverb``,
  ``dyadline.coder.patterns._approach_objects``);
- a state's paramilitaries are its armed forces (MIL; ``sectors.tsv``), a named
  paramilitary group keeps its own code;
- a hostile act told without its doer ("a train came under attack") is the act of
  whoever claims "the attack" in the next sentence (``dyadline.coder.arguments.
  later_claimant``, ``argument_words`` ``claim_verb``, ``claimed_noun``,
  ``blamed_act``), on its victims or the people of its place; a claim of another act
  ("the attack on the police post"), a denial and no claim leave it uncoded.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, events

WITNESS_THEY: list[tuple[str, set[Triple]]] = [
    (
        "Travellers in Pakistan told of their hours with the Baloch Liberation Army. "
        '"They shot two policemen," Karim said.',
        {("PAKINS", "190", "PAKCOP")},
    ),
    # the group named further back, through "the militants" just before
    (
        "Travellers in Pakistan told of their hours with the Baloch Liberation Army. "
        '"They shot people in the bus. We sat down," said Karim. The militants then '
        'asked the men to step forward, he said. "Then they picked out two policemen '
        'and shot them," Karim said.',
        {("PAKINS", "020", "PAKCVL"), ("PAKINS", "1823", "PAKCVL")},
    ),
    (
        "Al-Shabab fighters attacked a hotel in Mogadishu on Friday. A survivor said: "
        '"They came in shooting. They killed the guards at the gate."',
        {("SOMINS", "180", "SOMCVL"), ("SOMINS", "190", "SOMCOP")},
    ),
    # an official's "they" is not the group named before
    (
        "The Baloch Liberation Army attacked a village in Pakistan on Monday. "
        '"They shelled our posts," the army spokesman said.',
        {("PAKINS", "180", "PAKCVL")},
    ),
    # no assault: the victims' "they", or none
    (
        "The Baloch Liberation Army attacked a village in Pakistan on Monday. "
        '"They are afraid, and they cried," a villager said.',
        {("PAKINS", "180", "PAKCVL")},
    ),
    (
        "Travellers in Pakistan told of their hours with the Baloch Liberation Army. "
        '"They were kind to us," Karim said.',
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected"), WITNESS_THEY)
def test_a_witness_they_of_an_assault_is_the_armed_group_named_last(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


DESIGNATIONS: list[tuple[str, set[Triple]]] = [
    (
        "Pakistan and the United States have designated the BLA a terrorist group.",
        {("PAK", "172", "PAKINS"), ("USA", "163", "PAKINS")},
    ),
    (
        "The United States designated the Baloch Liberation Army as a terrorist "
        "organization in 2019.",
        {("USA", "163", "PAKINS")},
    ),
    # the predicate parsed as a second object
    (
        "Canada designated the Houthis a terrorist entity in 2019.",
        {("CAN", "163", "YEMREB")},
    ),
    ("The government designated the area a protected zone.", set()),
    ("Kenya designated Mombasa as a special economic zone.", set()),
    # a naming, not a designation
    ("Russia called the Ukrainian battalion a terrorist group.", {("RUS", "111", "UKR")}),
]


@pytest.mark.parametrize(("text", "expected"), DESIGNATIONS)
def test_a_terrorist_designation_sanctions_the_group(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


BETWEEN_OF: list[tuple[str, set[Triple]]] = [
    (
        "An exchange of fire between Pakistani troops and Baloch Liberation Army "
        "militants took place on Tuesday.",
        {("PAKINS", "190", "PAKMIL"), ("PAKMIL", "190", "PAKINS")},
    ),
    (
        "The exchange of fire between Indian and Pakistani troops lasted an hour.",
        {("INDMIL", "190", "PAKMIL"), ("PAKMIL", "190", "INDMIL")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), BETWEEN_OF)
def test_a_between_phrase_on_the_of_object_names_both_sides(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


TO_PRISON: list[tuple[str, set[Triple]]] = [
    (
        "A Guatemalan judge ordered the journalist back to prison on Monday.",
        {("GTMJUD", "173", "GTMMED")},
    ),
    (
        "A court in Guatemala sent the publisher to prison for six years.",
        {("GTMJUD", "173", "GTMMED")},
    ),
    (
        "The Iranian authorities returned the activist to prison in May.",
        {("IRNGOV", "173", "IRNCVL")},
    ),
    # going back is no one's act on the activist
    ("The activist went back to prison in Iran on Monday.", set()),
    ("The activist returned to prison in Iran on Monday.", set()),
    # "back to" another place keeps the verb's own reading
    ("Egypt sent its ambassador back to Israel.", {("EGY", "054", "ISR")}),
    ("Kenya sent the delegation back to its hotel.", set()),
]


@pytest.mark.parametrize(("text", "expected"), TO_PRISON)
def test_sent_or_ordered_back_to_prison_is_a_jailing(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


PARAMILITARIES: list[tuple[str, set[Triple]]] = [
    (
        "Militants attacked a police post in Pakistan on Monday. "
        "Four paramilitary personnel were also killed.",
        {("PAKINS", "190", "PAKCOP"), ("PAKINS", "190", "PAKMIL")},
    ),
    ("Militants ambushed paramilitaries in Pakistan on Monday.", {("PAKINS", "190", "PAKMIL")}),
    (
        "The paramilitary Rapid Support Forces attacked a camp in Darfur.",
        {("SDNREB", "180", "SDNCVL")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARAMILITARIES)
def test_paramilitaries_are_the_state_armed_forces(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


NEXT_CLAIM: list[tuple[str, set[Triple]]] = [
    (
        "A passenger train came under a bomb and gun attack near Sibi in Pakistan on "
        "Tuesday. The Baloch Liberation Army claimed responsibility for the attack.",
        {("PAKINS", "180", "PAKCVL"), ("PAKINS", "015", None)},
    ),
    (
        "A military convoy came under attack in Kalat in Pakistan on Tuesday. "
        "The Baloch Liberation Army claimed responsibility for the attack.",
        {("PAKINS", "190", "PAKMIL"), ("PAKINS", "015", None)},
    ),
    # an agentless passive of violence too
    (
        "Five soldiers were killed in Pakistan on Tuesday. "
        "The Baloch Liberation Army claimed responsibility for the attack.",
        {("PAKINS", "190", "PAKMIL"), ("PAKINS", "015", None)},
    ),
    (
        "A passenger train came under attack in Pakistan on Tuesday. The Baloch "
        "Liberation Army claimed responsibility for the attack on the police post.",
        {("PAKINS", "015", None)},
    ),
    (
        "A passenger train came under attack in Pakistan on Tuesday. "
        "No group claimed responsibility for the attack.",
        set(),
    ),
    (
        "A passenger train came under attack in Pakistan on Tuesday. "
        "Officials said the damage was severe.",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEXT_CLAIM)
def test_the_next_sentence_claimant_did_an_attack_told_without_doer(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected
