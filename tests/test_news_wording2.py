"""More wire-news wordings, each a table of sentences written for these tests:

- a past tense the parser hung on the sentence's opening noun as a modifier ("X's
  foreign minister called on Y to ..." parsed as "minister [who was] called") is the
  sentence's verb, its subject that noun (``arguments._misplaced_main_verb``);
- the passive of headlines and captions, a participle with a subject and no
  auxiliary ("two soldiers killed in an attack"), is done to its subject
  (``arguments._headline_passive``);
- a lower-case word the tagger took for a proper noun ("off its east coast") names
  no place, whatever a gazetteer's region it spells (``locations._name_runs``);
- armoured vehicles, mortars and grenades sent or delivered are arms
  (``argument_words.tsv`` ``weapon``/``weapon_noun``); vehicles sent for an evacuation
  name no receiver and are no event;
- the sides of a war named by its place ("the warring parties in X", "the rival
  factions of X") are that state; a mutual act "between" them is that state's own,
  so whoever hosts or brokers it is no party of it (``sectors.tsv``,
  ``arguments._sides_of_one``);
- "inside" and "within" place an armed group as "in" does ("militant hideouts
  inside X": ``argument_words.tsv`` ``within_prep``);
- a reaction to an act done to someone, whose victim its "of" phrase names, aims at
  the act's owner ("condemned X's execution of a dissident": X); without that
  phrase the owner is the victim ("condemned his arrest": ``arguments._doer``);
- measures and countermeasures taken "against" a state are penalties (163), also
  when adopted, approved, enacted or unveiled (``support_verbs.tsv``) or sent in a
  "package" (``nominal.tsv`` ``container``);
- leaving, quitting or withdrawing from an organisation is a state's act (160) only
  when a state speaks as one (``verbs.tsv`` ``subjstate``), not a person leaving a post;
- an act noun counted by a container ("signed a series of agreements with X") has
  the container's verb for its own (``mod=`` requirements: ``patterns._modifier``);
- tariffs and duties on goods aim at the goods' origin named anywhere in the phrase,
  not at the actors of a comment set off after the act ("..., a move criticized by
  X": ``arguments._comment_on_the_act``);
- strikes, missiles or fire exchanged or traded go both ways (``verbs.tsv``);
- an envoy "summoned to" a ministry is summoned by the ministry's state: an inverse
  row of a passive takes the passive's subject as its target
  (``arguments._source_tokens``);
- what a decree, law or resolution does ("signed a decree banning imports from X")
  its signer does, when a support verb (sign, pass, issue) takes the text;
- arms bought, purchased, acquired or imported are of every kind the seller arms
  others with (``verbs.tsv`` ``obj=@weapon_noun``): jets and tanks too.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, events

MISPLACED_MAIN_VERB: list[tuple[str, set[Triple]]] = [
    (
        "Turkey's foreign minister called on Sweden to extradite suspected Kurdish militants.",
        {("TURGOV", "100", "SWE")},
    ),
    (
        "Egypt's president urged Ethiopia to halt the filling of the dam.",
        {("EGYGOV", "025", "ETH")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), MISPLACED_MAIN_VERB)
def test_a_verb_hung_on_the_opening_noun_is_the_sentences_verb(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


HEADLINE_PASSIVE: list[tuple[str, set[Triple]]] = [
    # no doer named: the soldiers are no attackers of the place's people
    ("Two soldiers killed in an attack in Mali.", set()),
    (
        "Two Malian soldiers killed in an attack by jihadists.",
        {("MLIINS", "190", "MLIMIL"), ("MLIINS", "180", "MLICVL")},
    ),
    (
        "Three Nigerian policemen kidnapped by gunmen in Zamfara state.",
        {("NGAINS", "181", "NGACOP")},
    ),
    ("Five Chinese nationals arrested in Pakistan.", {("PAKGOV", "173", "CHNCVL")}),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINE_PASSIVE)
def test_a_headline_passive_is_done_to_its_subject(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


LOWER_CASE_PLACE: list[tuple[str, set[Triple]]] = [
    (
        "North Korea fired two ballistic missiles into the sea off its east coast.",
        {("PRK", "150", None)},  # missiles fired into the sea: a show of force
    ),
    ("North Korea fired a missile toward the east.", {("PRK", "195", None)}),
]


@pytest.mark.parametrize(("text", "expected"), LOWER_CASE_PLACE)
def test_a_lower_case_word_names_no_place(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


ARMS: list[tuple[str, set[Triple]]] = [
    ("Germany will send 40 more infantry fighting vehicles to Ukraine.", {("DEU", "0332", "UKR")}),
    ("Poland delivered 14 armored vehicles to Ukraine.", {("POL", "072", "UKR")}),
    ("Iran supplied mortars and grenades to the Houthis.", {("IRN", "072", "YEMREB")}),
    ("The U.N. sent vehicles to evacuate civilians from the city.", set()),
]


@pytest.mark.parametrize(("text", "expected"), ARMS)
def test_vehicles_and_small_arms_are_arms(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


SIDES_OF_A_WAR: list[tuple[str, set[Triple]]] = [
    ("Qatar offered to mediate between the warring parties in Sudan.", {("QAT", "039", "SDN")}),
    ("Qatar brokered a truce between the warring parties in Sudan.", {("QAT", "045", "SDN")}),
    ("Kenya hosted talks between the rival factions of Somalia.", {("KEN", "044", "SOM")}),
    ("Kenya hosted talks between Sudanese factions.", {("KEN", "044", "SDN")}),
    (
        "Kenya hosted talks between Ethiopia and Eritrea.",
        {
            ("KEN", "044", "ETH"),
            ("KEN", "044", "ERI"),
            ("ETH", "040", "ERI"),
            ("ERI", "040", "ETH"),
        },
    ),
    ("The envoy met the warring parties.", set()),
]


@pytest.mark.parametrize(("text", "expected"), SIDES_OF_A_WAR)
def test_the_sides_of_a_war_are_its_states(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


INSIDE_AS_IN: list[tuple[str, set[Triple]]] = [
    (
        "Pakistan's military carried out airstrikes on militant hideouts inside Afghanistan.",
        {("PAKMIL", "195", "AFGINS")},
    ),
    (
        "Pakistan's military carried out airstrikes on militant hideouts in Afghanistan.",
        {("PAKMIL", "195", "AFGINS")},
    ),
    ("Turkish jets bombed rebel positions within Syria.", {("TUR", "195", "SYRREB")}),
]


@pytest.mark.parametrize(("text", "expected"), INSIDE_AS_IN)
def test_inside_places_an_armed_group_as_in_does(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


OWNER_OF_A_DONE_ACT: list[tuple[str, set[Triple]]] = [
    (
        "Germany condemned Iran's execution of a British national.",
        {("DEU", "111", "IRN"), ("IRN", "1823", "GBR")},
    ),
    (
        "The U.S. condemned Myanmar's detention of the journalists.",
        {("USA", "111", "MMR"), ("MMR", "173", "USAMED")},
    ),
    # without an "of" phrase the owner is the one it is done to: no doer named
    ("Britain condemned his arrest.", set()),
]


@pytest.mark.parametrize(("text", "expected"), OWNER_OF_A_DONE_ACT)
def test_the_owner_of_an_act_done_to_someone_named_is_its_doer(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


PENALTIES: list[tuple[str, set[Triple]]] = [
    ("Russia imposed countermeasures against the EU.", {("RUS", "163", "EUN")}),
    ("China announced punitive measures against Taiwan.", {("CHN", "163", "TWN")}),
    ("The EU adopted sanctions against Belarus.", {("EUN", "163", "BLR")}),
    ("The EU approved new sanctions against Belarus.", {("EUN", "163", "BLR")}),
    ("The U.S. Congress enacted sanctions on Russia.", {("USALEG", "163", "RUS")}),
    ("The EU unveiled a new package of sanctions against Russia.", {("EUN", "163", "RUS")}),
    # measures against a thing name no one
    ("The government announced new measures against the virus.", set()),
]


@pytest.mark.parametrize(("text", "expected"), PENALTIES)
def test_measures_against_a_state_are_penalties(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


LEAVING_AN_ORGANISATION: list[tuple[str, set[Triple]]] = [
    ("Britain left the European Union.", {("GBR", "160", "EUN")}),
    (
        "Mali and Niger quit ECOWAS.",
        {("MLI", "160", "WAS"), ("NER", "160", "WAS")},
    ),
    # a person leaving a post in an organisation is no state leaving it
    ("Since leaving the EU bureaucracy, the former commissioner has criticized the bloc.", set()),
    ("The former minister quit NATO to join a bank.", set()),
]


@pytest.mark.parametrize(("text", "expected"), LEAVING_AN_ORGANISATION)
def test_a_state_leaves_an_organisation_a_person_does_not(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


COUNTED_OBJECTS: list[tuple[str, set[Triple]]] = [
    (
        "Macron signed a series of agreements with Morocco.",
        {("FRAGOV", "057", "MAR")},
    ),
    (
        "Israel and Egypt signed a package of deals.",
        {("ISR", "057", "EGY"), ("EGY", "057", "ISR")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), COUNTED_OBJECTS)
def test_a_verb_acts_on_what_its_objects_container_counts(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


DUTIES_ON_GOODS: list[tuple[str, set[Triple]]] = [
    ("China imposed tariffs on wine from Australia.", {("CHN", "163", "AUS")}),
    ("The U.S. imposed tariffs on Chinese goods.", {("USA", "163", "CHN")}),
    # a comment set off after the act names no aim of it
    ("The U.S. imposed tariffs on steel, a move criticized by Canada.", set()),
]


@pytest.mark.parametrize(("text", "expected"), DUTIES_ON_GOODS)
def test_duties_on_goods_aim_at_their_origin(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


STRIKES_EXCHANGED: list[tuple[str, set[Triple]]] = [
    (
        "Pakistan and Iran exchanged missile strikes.",
        {("PAK", "195", "IRN"), ("IRN", "195", "PAK")},
    ),
    (
        "Israel traded drone strikes with Hezbollah.",
        {("ISR", "190", "LBNINS"), ("LBNINS", "190", "ISR")},
    ),
    (
        "Indian troops traded fire with Pakistani soldiers.",
        {("INDMIL", "190", "PAKMIL"), ("PAKMIL", "190", "INDMIL")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), STRIKES_EXCHANGED)
def test_strikes_exchanged_go_both_ways(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


SUMMONED_TO: list[tuple[str, set[Triple]]] = [
    (
        "Russia's ambassador was summoned to the Foreign Office in London.",
        {("GBRGOV", "114", "RUSGOV")},
    ),
    (
        "The Iranian envoy was summoned to the French foreign ministry.",
        {("FRAGOV", "114", "IRNGOV")},
    ),
    (
        "The Chinese ambassador was summoned by the Japanese foreign ministry.",
        {("JPNGOV", "114", "CHNGOV")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SUMMONED_TO)
def test_the_ministry_an_envoy_is_summoned_to_summons(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


WHAT_A_DECREE_DOES: list[tuple[str, set[Triple]]] = [
    (
        "Putin signed a decree banning imports of food from the European Union.",
        {("RUSGOV", "163", "EUN")},
    ),
    (
        "The U.S. Senate passed a resolution condemning China's crackdown in Hong Kong.",
        {("USALEG", "111", "CHN"), ("CHN", "190", "HKG")},
    ),
    # who only reacts to a text is not its author
    ("Analysts criticized the decision expelling diplomats.", set()),
]


@pytest.mark.parametrize(("text", "expected"), WHAT_A_DECREE_DOES)
def test_what_a_signed_text_does_its_signer_does(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


ARMS_BOUGHT: list[tuple[str, set[Triple]]] = [
    ("Indonesia bought 42 Rafale jets from France.", {("FRA", "072", "IDN")}),
    ("Poland purchased Abrams tanks from the United States.", {("USA", "072", "POL")}),
    ("Iran acquired drone technology from Russia.", {("RUS", "072", "IRN")}),
    ("India imported S-400 missile systems from Russia.", {("RUS", "072", "IND")}),
]


@pytest.mark.parametrize(("text", "expected"), ARMS_BOUGHT)
def test_arms_bought_are_the_sellers_arms_aid(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected
