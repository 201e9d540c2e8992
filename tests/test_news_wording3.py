"""Wire-news wordings of session 18, each a table of sentences written for these tests:

- an attack or raid a violent verb's act is done "in" names no target of its own
  ("killed five militants in a raid"): it is the verb's act, one event, whatever the
  target the noun alone would get (``dyads._names_aim``); a raid "on" a place of its
  own stays an act of its own;
- "in protest", "in retaliation", "in solidarity" name the motive of the verb's act,
  no act of their own (``nominal.tsv`` ``idiom``);
- an organisation that suspends a state reduces relations with it (160:
  ``verbs.tsv`` ``org:subj;objactor``);
- a participle of result after a violent protest ("clashed with police, leaving two
  dead") tells its outcome, no act of its own (``argument_words.tsv`` ``outcome_root``);
- "provided X with Y", "supplied X with Y": X receives aid, arms when Y is a weapon
  (``verbs.tsv`` ``prep:with=``);
- people taken "from" a place (abducted, kidnapped, rescued) were taken there: its
  country places an unnamed group ("gunmen abducted pupils from a school in Kaduna":
  ``locatives.tsv`` ``leave``);
- an agreement or deal "with" someone told as done ("after a deal with X", "under a
  deal with X") was made by the verb's subject with X (``verbs.tsv`` ``happened``
  rows, ``nominal.tsv`` ``setting_root`` 057); hoped for or talked about, it is none;
- goods handed over belong to who hands them over: "the sale of U.S. weapons to X"
  is the United States' (``argument_words.tsv`` ``goods_owner_root``), and opposing
  or condemning it aims at the United States (``goods_act_noun``; ``verbs.tsv``
  ``obj|doer`` on oppose, condemn, criticise, denounce, slam, decry);
- "rights groups" name the NGOs whatever proper name a phrase of theirs holds ("by
  rights groups of abuses in Darfur", as parsed); a name beside the words ("Kanye
  West") is no collective (``actors._collective``);
- a possessive pronoun in the motive of an act aimed at someone named ("cut ties
  with Israel over its offensive") stands for another than the act's subject
  (``actors._motive_owner``, ``argument_words.tsv`` ``motive_prep``); a security
  "coordination" suspended is cooperation cut (160);
- "after three years in detention", in an act told as done, counts from no date the
  text gives: the act is dated as one without a time of its own (the story's day,
  inferred), not three years after the story (``dategrammar._h_duration``,
  ``time.TimeContext._unresolved``); told ahead it still counts forward;
- "forces loyal to X", "fighters allied with X" are X's (``actors._loyal_to``,
  ``argument_words.tsv`` ``loyal_word``);
- rivals, enemies, foes and adversaries named by a state ("Chinese rivals", "the
  enemies of Israel") are not that state: an act aimed at them aims at no one the
  text names (``argument_words.tsv`` ``opponent_noun``);
- a bare state organ ("the military", "the police") that an official of one state
  tells of is that state's, not the place's where it acted ("an Israeli official said
  the military had struck targets in Syria": ``arguments._speakers_state``);
- a coordination of sector words before one head names two sides ("government and
  rebel forces", "government and opposition supporters"): each word is the head's people
  of that side (``arguments._shared_head_sides``); words of no side ("security and
  defence officials") stay one actor;
- refusing or declining to comment (elaborate, confirm) is declining comment, 011, aimed
  at whom its "on" phrase names, no rejection (``verbs.tsv`` ``xcomp=comment``); an act
  refused that codes a rejection of its own ("refused to meet X": 125) is the one event,
  no second, plain 120 (``verbs.tsv`` ``refuse`` rows ``bare``);
- "the journalist", "the activist" point back to the person the text named with that
  noun for a title, or to the person of that sector the text named last ("US journalist
  Evan Gershkovich ... accused the journalist": USAMED, not the accuser's country;
  ``actors._society_person``);
- a hostile act a state warns or hints it could or may do is a threat, as one it says
  it would do ("warned it could retaliate against Israel": 138; ``argument_words.tsv``
  ``warning_verb``, ``warning_modal``); a cooperative act so told stays hedged; the
  noun a verb's row names in its phrase ("retaliate with tariffs") is no second act
  (``dyads._drop_carried_nouns``);
- a deal or ceasefire "brokered by" or "mediated by" a third state, as the object of a
  verb of agreement, is mediated between the verb's subject and its "with" party
  (045; ``verbs.tsv`` target ``parties``, ``arguments._deal_parties``);
- an act noun in the phrase of a grievance ("lodged a protest over the incursion") is
  not the act of the protest's maker (``argument_words.tsv`` ``grievance_prep``);
- vessels ramming a boat is force (190; ``verbs.tsv`` ``ram``);
- an act blocked or vetoed is not done ("Hungary blocked an EU aid package for
  Ukraine": no aid; ``intent.tsv`` governor ``block``);
- a place "near the Rwandan border" is on either side of it: the state's adjective
  names no state as whose the place is (``arguments._beside_borders``,
  ``argument_words.tsv`` ``edge_prep``); "in Rwanda" does;
- not ruling out a strike or military action against a state is a threat of force
  (138, asserted; ``verbs.tsv`` requirement ``negated``); ruling it out is none;
- "Congo" alone is the DR Congo, as news agencies write it; a place of the Republic
  named with it settles it there (``ambiguous_states.tsv``, tests/test_actors3.py).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyadline.annotate import annotate
from dyadline.model import DateSpan, Document
from eventsets import Triple, both, events, story_events

MANNER_ACT: list[tuple[str, set[Triple]]] = [
    (
        "Pakistani security forces killed five militants in a raid in North Waziristan.",
        {("PAKCOP", "190", "PAKINS")},
    ),
    (
        "Nigerian troops killed 20 fighters in an ambush near the border.",
        {("NGAMIL", "190", "NGAREB")},
    ),
    # the raid names a place of its own: an act of its own
    (
        "Israeli forces killed two Palestinians in a raid on the Jenin refugee camp.",
        {("ISRMIL", "190", "PSE"), ("ISRMIL", "190", "PSEREF")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), MANNER_ACT)
def test_an_act_the_killing_is_done_in_is_the_killing(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


MOTIVE_IDIOM: list[tuple[str, set[Triple]]] = [
    (
        "Algeria recalled its ambassador to Madrid in protest over Spain's shift.",
        {("DZA", "161", "ESPGOV")},
    ),
    (
        "Iran fired missiles at Israel in retaliation for the strike on its consulate.",
        {("IRN", "195", "ISR")},
    ),
    # a protest of its own is one
    (
        "Students in Belgrade staged a protest against the Serbian government.",
        {("SRBCVL", "141", "SRBGOV")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), MOTIVE_IDIOM)
def test_in_protest_names_the_motive_of_the_act(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


SUSPENDED_BY_AN_ORGANISATION: list[tuple[str, set[Triple]]] = [
    ("The African Union suspended Niger after the coup.", {("AFU", "160", "NER")}),
    ("ECOWAS suspended Guinea from its decision-making bodies.", {("WAS", "160", "GIN")}),
    ("The Commonwealth suspended Fiji in 2009.", {("CWN", "160", "FJI")}),
    # a state suspending people is no reduction of relations
    ("The government suspended two judges.", set()),
]


@pytest.mark.parametrize(("text", "expected"), SUSPENDED_BY_AN_ORGANISATION)
def test_an_organisation_suspending_a_state_reduces_relations(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


PROTEST_OUTCOME: list[tuple[str, set[Triple]]] = [
    (
        "Protesters in Dhaka clashed with police, leaving two people dead.",
        {("BGDOPP", "145", "BGDCOP"), ("BGDCOP", "175", "BGDOPP")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PROTEST_OUTCOME)
def test_the_outcome_of_a_violent_protest_is_no_act_of_its_own(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


PROVIDED_WITH: list[tuple[str, set[Triple]]] = [
    ("Qatar provided the Taliban with fuel.", {("QAT", "070", "AFGGOV")}),
    ("Germany provided Ukraine with air defense systems.", {("DEU", "072", "UKR")}),
    ("The United States supplied Israel with bunker-buster bombs.", {("USA", "072", "ISR")}),
    ("Japan will provide Ukraine with generators.", {("JPN", "033", "UKR")}),
    # no actor receives it
    ("The ministry provided reporters with a statement.", set()),
]


@pytest.mark.parametrize(("text", "expected"), PROVIDED_WITH)
def test_provided_with_gives_to_the_object(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


TAKEN_FROM_A_PLACE: list[tuple[str, set[Triple]]] = [
    (
        "Gunmen abducted more than 100 students from a school in Kaduna state.",
        {("NGAINS", "181", "NGACVL")},
    ),
    ("Gunmen kidnapped 20 passengers from a bus near Maiduguri.", {("NGAINS", "181", "NGACVL")}),
]


@pytest.mark.parametrize(("text", "expected"), TAKEN_FROM_A_PLACE)
def test_people_taken_from_a_place_were_taken_there(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


DEAL_TOLD_DONE: list[tuple[str, set[Triple]]] = [
    (
        "The Cuban government released political prisoners after a deal with the Vatican.",
        {("CUBGOV", "0841", "CUBCVL")} | both("CUBGOV", "057", "VAT"),
    ),
    (
        "Following an agreement with Egypt, Israel reopened the crossing.",
        both("ISR", "057", "EGY"),
    ),
    ("Iran hopes for a deal with the United States.", set()),
    ("Talks on a deal with Iran stalled.", set()),
]


@pytest.mark.parametrize(("text", "expected"), DEAL_TOLD_DONE)
def test_a_deal_told_as_done_was_made_by_the_subject(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert story_events(nlp, text) == expected


GOODS_OWNER: list[tuple[str, set[Triple]]] = [
    (
        "Beijing firmly opposes the sale of U.S. weapons to Taiwan.",
        {("CHNGOV", "110", "USA"), ("USA", "072", "TWN")},
    ),
    (
        "China condemned the sale of U.S. weapons to Taiwan.",
        {("CHN", "111", "USA"), ("USA", "072", "TWN")},
    ),
    # the seller named as such
    (
        "China opposes the U.S. sale of weapons to Taiwan.",
        {("CHN", "110", "USA"), ("USA", "072", "TWN")},
    ),
    # no owner named: no seller
    ("The sale of weapons to Taiwan angered China.", set()),
]


@pytest.mark.parametrize(("text", "expected"), GOODS_OWNER)
def test_goods_handed_over_are_their_owners_act(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


COLLECTIVE_WITH_A_PLACE: list[tuple[str, set[Triple]]] = [
    (
        "Sudanese forces have been accused by rights groups of abuses in Darfur.",
        {("NGO", "112", "SDNMIL")},
    ),
    ("The West condemned Russia.", {("WST", "111", "RUS")}),
    ("Kanye West criticized the president.", set()),
]


@pytest.mark.parametrize(("text", "expected"), COLLECTIVE_WITH_A_PLACE)
def test_a_collective_keeps_its_code_beside_a_place_phrase(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


MOTIVE_OWNER: list[tuple[str, set[Triple]]] = [
    (
        "Bolivia cut diplomatic ties with Israel over its military offensive in Gaza.",
        {("BOL", "161", "ISR"), ("ISR", "190", "PSE")},
    ),
    (
        "Colombia recalled its ambassador from Israel over its offensive in Gaza.",
        {("COL", "161", "ISR"), ("ISR", "190", "PSE")},
    ),
    (
        "The Palestinian Authority suspended security coordination with Israel.",
        {("PSEGOV", "160", "ISR")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), MOTIVE_OWNER)
def test_a_pronoun_in_the_motive_is_the_aims_own(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


AFTER_A_LENGTH: list[tuple[str, DateSpan]] = [
    (
        "Egyptian authorities released the activist after three years in pretrial detention.",
        DateSpan("2025-03-12", "2025-03-12", "day", "", inferred=True),
    ),
    (
        "Egypt will release the activist after three years.",
        DateSpan("2028-03-11", None, "range", "after three years"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), AFTER_A_LENGTH)
def test_after_a_length_counts_from_no_date_in_the_past(
    nlp: Language, text: str, expected: DateSpan
) -> None:
    annotated = annotate(Document(text=text, date="2025-03-12", news=True), nlp)
    assert [e.date for e in annotated.events] == [expected]


LOYAL_TO: list[tuple[str, set[Triple]]] = [
    ("Libyan forces loyal to Khalifa Haftar attacked Tripoli.", {("LBYREB", "180", "LBYGOV")}),
    ("Forces loyal to Haftar attacked Tripoli.", {("LBYREB", "180", "LBYGOV")}),
    ("Militias allied with Haftar shelled Tripoli.", {("LBYREB", "194", "LBYGOV")}),
]


@pytest.mark.parametrize(("text", "expected"), LOYAL_TO)
def test_forces_loyal_to_someone_are_his(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert story_events(nlp, text, "2020-01-10") == expected


OPPONENTS_OF: list[tuple[str, set[Triple]]] = [
    ("Washington sends military aid to Chinese rivals in Asia.", set()),
    ("Iran armed the enemies of Israel.", set()),
    # the rival named by its own name is an actor
    ("Russia sold weapons to India, a rival of China.", {("RUS", "072", "IND")}),
    # bare, the noun stands for the states named before, as any group noun
    (
        "Kenya and Uganda met on Monday. Both rivals condemned Sudan.",
        {*both("KEN", "040", "UGA"), ("KEN", "111", "SDN"), ("UGA", "111", "SDN")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), OPPONENTS_OF)
def test_a_states_rivals_are_not_that_state(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


SPEAKERS_ORGAN: list[tuple[str, set[Triple]]] = [
    (
        "A senior Israeli official said the military had struck Iranian targets in Syria.",
        {("ISRMIL", "190", "IRN")},
    ),
    (
        "A Turkish official said the army had killed 20 militants in northern Iraq.",
        {("TURMIL", "190", "IRQINS")},
    ),
    # no official of a state tells it: the place still places the organ
    ("Police fired tear gas at protesters in Nairobi.", {("KENCOP", "175", "KENOPP")}),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKERS_ORGAN)
def test_a_bare_organ_is_of_the_officials_state(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


SHARED_HEAD_SIDES: list[tuple[str, set[Triple]]] = [
    ("Government and rebel forces clashed near Goma on Tuesday.", both("CODGOV", "190", "CODREB")),
    (
        "Government and opposition supporters clashed in Nairobi on Monday.",
        both("KENGOV", "190", "KENOPP"),
    ),
    # no sides named: one actor, no clash between its words
    ("Security and defence officials from Kenya met in Nairobi.", set()),
]


@pytest.mark.parametrize(("text", "expected"), SHARED_HEAD_SIDES)
def test_sector_words_before_one_head_are_its_sides(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


DECLINED_COMMENT: list[tuple[str, set[Triple]]] = [
    ("Kenya refused to comment on the Ugandan claims.", {("KEN", "011", "UGA")}),
    ("Kenya declined to confirm the Somali report.", {("KEN", "011", "SOM")}),
    # refusing to act is still a rejection
    ("Kenya refused to accept the Ugandan proposal.", {("KEN", "120", "UGA")}),
]


@pytest.mark.parametrize(("text", "expected"), DECLINED_COMMENT)
def test_refusing_to_comment_is_declining_comment(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


REFUSED_ACT: list[tuple[str, set[Triple]]] = [
    ("Kenya refused to meet the Ugandan envoy.", {("KEN", "125", "UGAGOV")}),
    ("Iran refused to release the prisoners.", {("IRN", "1243", "IRNCVL")}),
    # an act refused that codes nothing of its own: the refusal, 120
    ("Hamas refused to disarm.", {("PSEINS", "120", None)}),
]


@pytest.mark.parametrize(("text", "expected"), REFUSED_ACT)
def test_an_act_refused_is_one_rejection(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


TITLED_PERSON: list[tuple[str, set[Triple]]] = [
    (
        "US journalist Evan Gershkovich was jailed in Russia. Moscow accused the journalist"
        " of spying.",
        {("RUSGOV", "173", "USAMED"), ("RUSGOV", "112", "USAMED")},
    ),
    (
        "Kenyan reporter Jane Achieng spoke on Monday. Last year, Secretary of State Antony"
        " Blinken praised the reporter.",
        {("USAGOV", "051", "KENMED")},
    ),
    # far back, the person of that sector named last by name
    (
        "Kenyan reporter Jane Achieng spoke on Monday. The weather was cold. Markets were"
        " calm. Prices rose. Achieng smiled. Rain fell. Last year, Secretary of State Antony"
        " Blinken praised the journalist.",
        {("USAGOV", "051", "KENMED")},
    ),
    # "the opposition" is no person: the place gives its country
    (
        "South African opposition politician Thabo Nkosi spoke on Monday. In Zimbabwe,"
        " police arrested leaders of the opposition.",
        {("ZWECOP", "173", "ZWEOPP")},
    ),
    # no name titled before: the place and the speaker give the country
    ("Moscow accused the journalist of spying.", {("RUSGOV", "112", "RUSMED")}),
]


@pytest.mark.parametrize(("text", "expected"), TITLED_PERSON)
def test_the_journalist_is_the_one_named(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


WARNED_COULD: list[tuple[str, set[Triple]]] = [
    ("Iran warned it could retaliate against Israel.", {("IRN", "138", "ISR")}),
    ("China hinted that it may impose tariffs on German cars.", {("CHN", "1312", "DEU")}),
    (
        "China threatened to retaliate with tariffs on German vehicles.",
        {("CHN", "1312", "DEU")},
    ),
    # a cooperative act, or another's act, warned of: no threat of the speaker's
    ("Kenya hinted that it could send aid to Somalia.", {("KEN", "073", "SOM")}),
    (
        "Iran warned Israel could strike Lebanon.",
        {("IRN", "130", "ISR"), ("ISR", "190", "LBN")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), WARNED_COULD)
def test_a_hostile_act_warned_of_is_a_threat(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


BROKERED_BY: list[tuple[str, set[Triple]]] = [
    (
        "Israel and Hamas agreed to a ceasefire brokered by Qatar.",
        {*both("ISR", "0871", "PSEINS"), ("QAT", "045", "ISR"), ("QAT", "045", "PSEINS")},
    ),
    (
        "Saudi Arabia restored diplomatic relations with Iran in a deal brokered by China.",
        {("SAU", "054", "IRN"), ("CHN", "045", "SAU"), ("CHN", "045", "IRN")},
    ),
    # mediation told with its own parties
    ("Qatar mediated between Israel and Hamas.", {("QAT", "045", "ISR"), ("QAT", "045", "PSEINS")}),
]


@pytest.mark.parametrize(("text", "expected"), BROKERED_BY)
def test_a_deal_brokered_by_a_third_state_is_its_mediation(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


GRIEVANCE_AND_FORCE: list[tuple[str, set[Triple]]] = [
    ("Japan lodged a formal protest with China over the incursion.", {("JPN", "114", "CHN")}),
    # a purpose the visitor pursues is still its own act
    (
        "The Iraqi prime minister visited Tehran for talks with Iranian leaders.",
        {("IRQGOV", "042", "IRNGOV"), ("IRNGOV", "040", "IRQGOV")},
    ),
    (
        "Chinese coast guard vessels rammed a Philippine supply boat.",
        {("CHNMIL", "190", "PHL")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), GRIEVANCE_AND_FORCE)
def test_a_grievance_is_no_act_of_the_protester(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


BLOCKED_ACT: list[tuple[str, set[Triple]]] = [
    ("Hungary blocked an EU aid package for Ukraine.", set()),
    # the veto is an act of its own, against whose act it stops
    ("Hungary vetoed EU aid to Ukraine.", {("HUN", "129", "EUN")}),
    ("Russia vetoed a U.N. resolution on Ukraine.", {("RUS", "129", "UNO")}),
]


@pytest.mark.parametrize(("text", "expected"), BLOCKED_ACT)
def test_an_act_blocked_is_not_done(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


BESIDE_BORDER: list[tuple[str, set[Triple]]] = [
    ("Rebels seized a town near the Rwandan border.", set()),
    ("Rebels seized the town of Bunagana near the Ugandan border.", set()),
    # a place in the state, and troops massed at its border, name it
    ("Rebels attacked a village in Rwanda.", {("RWAREB", "180", "RWACVL")}),
    ("Russia massed troops near the Ukrainian border.", {("RUS", "154", "UKR")}),
]


@pytest.mark.parametrize(("text", "expected"), BESIDE_BORDER)
def test_a_place_near_a_border_is_of_no_state_named(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


NOT_RULED_OUT: list[tuple[str, set[Triple]]] = [
    ("Israel did not rule out military action against Iran.", {("ISR", "138", "IRN")}),
    ("Israel is not ruling out strikes on Iran.", {("ISR", "138", "IRN")}),
    # ruled out: no threat
    ("Israel ruled out a strike on Iran.", set()),
]


@pytest.mark.parametrize(("text", "expected"), NOT_RULED_OUT)
def test_not_ruling_out_force_is_a_threat(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


def test_a_threat_not_ruled_out_is_asserted(nlp: Language) -> None:
    text = "Israel did not rule out military action against Iran."
    annotated = annotate(Document(text=text, date="2025-03-12", news=True), nlp)
    assert [(e.cameo, e.modality) for e in annotated.events] == [("138", "asserted")]
