"""Wire-news wordings, each a table of sentences written for these tests:

- a delegation is its sender's, named by "of" or "from" ("a delegation from Hamas":
  ``sectors.tsv`` ``delegation``);
- a state closing its airspace, ports or crossings "to" another state's craft or
  people restricts their movement (CAMEO 191; ``verbs.tsv`` ``close``/``shut``); a
  closure for no one (repairs) is no event;
- a rejected proposal, plan or demand "from"/"by" an actor is a rejection of that
  actor, also of a group of the rejecting state's own country (``verbs.tsv``
  ``reject``);
- an appeal "for" something, to no one named, is an appeal all the same (020, or the
  code of what it asks for: help is 023);
- "the Pope" and "the pontiff" are the Holy See's head (``actors.tsv``);
- a place named before "region" or "province" is found also where the tagger takes
  the name for a verb ("in Sagaing region": ``dyadline.coder.locations``), so
  violence there is on its people;
- a subject the parser splits in two at an adjective ("Sudan's paramilitary Rapid
  Support Forces shelled ...": two subjects) is the noun that names an actor
  (``dyadline.coder.arguments._subject``);
- cooperation pledged by coordinated states is pledged to each other, investment
  pledged by two is not; ending an agreement with a state reduces relations (160);
- a mediator mediates between the parties its object's "between" phrase names ("mediated
  a prisoner swap between X and Y"), not with the object's own words;
- displeasure at a thing that names no actor ("is alarmed by the violence in X",
  "is concerned about the situation in X") aims at the one other state the sentence
  names; with none it is no event (``verbs.tsv`` displeasure rows ``notarget``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, both, events

DELEGATIONS: list[tuple[str, set[Triple]]] = [
    ("A delegation from Japan visited Beijing.", {("JPNGOV", "042", "CHNGOV")}),
    ("A delegation of Japan visited Beijing.", {("JPNGOV", "042", "CHNGOV")}),
    (
        "A delegation from Hamas held talks with Egyptian officials.",
        both("PSEINS", "046", "EGYGOV"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), DELEGATIONS)
def test_a_delegation_is_its_senders(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


CLOSED_TO: list[tuple[str, set[Triple]]] = [
    ("Algeria closed its airspace to Moroccan aircraft.", {("DZA", "191", "MAR")}),
    ("China closed its ports to Lithuanian ships.", {("CHN", "191", "LTU")}),
    ("Pakistan shut its airspace to Indian airlines.", {("PAK", "191", "INDBUS")}),
    ("Hungary shut its border with Serbia.", {("HUN", "191", "SRB")}),
    ("The government closed the airport for repairs.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CLOSED_TO)
def test_closing_a_way_in_to_a_state_restricts_its_movement(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


REJECTED_FROM: list[tuple[str, set[Triple]]] = [
    (
        "The Sudanese army rejected a ceasefire proposal from the Rapid Support Forces.",
        {("SDNMIL", "120", "SDNREB")},
    ),
    ("The army rejected a demand by the rebels in Sudan.", {("SDNMIL", "120", "SDNREB")}),
    ("Cuba rejected the proposal from Spain.", {("CUB", "120", "ESP")}),
    ("The Sudanese army rejected the proposal.", {("SDNMIL", "120", None)}),
]


@pytest.mark.parametrize(("text", "expected"), REJECTED_FROM)
def test_rejecting_a_proposal_rejects_its_author(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


APPEALS: list[tuple[str, set[Triple]]] = [
    ("Ukraine appealed for more weapons.", {("UKR", "020", None)}),
    ("Ukraine appealed for help.", {("UKR", "023", None)}),
    ("Ukraine appealed to the European Union for help.", {("UKR", "023", "EUN")}),
    ("The Vatican appealed to Russia to end the war.", {("VAT", "020", "RUS")}),
    ("The pontiff appealed to Russia to end the war.", {("VATGOV", "020", "RUS")}),
    ("The Pope met the president of Ukraine.", {("VATGOV", "040", "UKRGOV")}),
]


@pytest.mark.parametrize(("text", "expected"), APPEALS)
def test_appeals_and_the_pope(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


MISCAST_PLACES: list[tuple[str, set[Triple]]] = [
    ("The Myanmar military bombed villages in Sagaing region.", {("MMRMIL", "195", "MMRCVL")}),
    (
        "The military carried out airstrikes on villages in Sagaing region.",
        {("MMRMIL", "195", "MMRCVL")},
    ),
    ("The Myanmar military bombed villages.", set()),
]


@pytest.mark.parametrize(("text", "expected"), MISCAST_PLACES)
def test_a_region_name_read_as_a_verb_still_places_the_event(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


SPLIT_SUBJECTS: list[tuple[str, set[Triple]]] = [
    (
        "Sudan's paramilitary Rapid Support Forces shelled a camp.",
        {("SDNREB", "194", "SDNCVL")},
    ),
    ("The paramilitary Rapid Support Forces shelled a camp.", {("SDNREB", "194", "SDNCVL")}),
    (
        "The Department of State Services arrested a journalist in Abuja.",
        {("NGASPY", "173", "NGAMED")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPLIT_SUBJECTS)
def test_a_subject_split_at_an_adjective_is_its_noun(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


PLEDGES_AND_ENDINGS: list[tuple[str, set[Triple]]] = [
    ("China and Russia pledged closer military cooperation.", both("CHN", "0311", "RUS")),
    ("China pledged closer military cooperation with Russia.", {("CHN", "0311", "RUS")}),
    (
        "China and Japan pledged investment in Kenya.",
        {("CHN", "0311", "KEN"), ("JPN", "0311", "KEN")},
    ),
    ("Mali ended a defense agreement with France.", {("MLI", "160", "FRA")}),
    ("The war ended with an agreement.", set()),
]


@pytest.mark.parametrize(("text", "expected"), PLEDGES_AND_ENDINGS)
def test_pledged_cooperation_and_ended_agreements(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


MEDIATION: list[tuple[str, set[Triple]]] = [
    (
        "The United Arab Emirates mediated a prisoner swap between Russia and Ukraine.",
        {("ARE", "045", "RUS"), ("ARE", "045", "UKR"), *both("RUS", "0841", "UKR")},
    ),
    (
        "Qatar is mediating between Israel and Hamas.",
        {("QAT", "045", "ISR"), ("QAT", "045", "PSEINS")},
    ),
    ("Turkey mediated the talks.", set()),
]


@pytest.mark.parametrize(("text", "expected"), MEDIATION)
def test_a_mediator_mediates_between_the_parties_named(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


DISPLEASURE_AT_A_THING: list[tuple[str, set[Triple]]] = [
    ("The United Nations is alarmed by the violence in Myanmar.", {("UNO", "110", "MMR")}),
    ("The EU is deeply concerned about the situation in Sudan.", {("EUN", "110", "SDN")}),
    ("The United States was dismayed by Kenya's decision.", {("USA", "110", "KEN")}),
    ("The United States is deeply concerned.", set()),
    ("The government was troubled by the news.", set()),
]


@pytest.mark.parametrize(("text", "expected"), DISPLEASURE_AT_A_THING)
def test_displeasure_at_a_thing_aims_at_the_state_named(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


# an "including" list of unnamed members of a group the head names keeps the head as
# the actor; a list of named actors stands for the head ("several states, including")
INCLUDING_MEMBERS: list[tuple[str, set[Triple]]] = [
    (
        "Somalia held talks. Opposition members, including those in the lower house,"
        " have condemned the delay.",
        {("SOMOPP", "111", "SOMGOV")},
    ),
    (
        "Several states, including Kenya and Uganda, condemned Somalia.",
        {("KEN", "111", "SOM"), ("UGA", "111", "SOM")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), INCLUDING_MEMBERS)
def test_including_members(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# ties cut, severed, suspended or frozen by coordinated states are cut with each other,
# as ties broken, established or restored are
TIES_CUT: list[tuple[str, set[Triple]]] = [
    ("Kenya and Somalia severed diplomatic ties.", both("KEN", "161", "SOM")),
    (
        "Kenya and Somalia met in May. The two countries had cut relations in 2020.",
        both("KEN", "040", "SOM") | both("KEN", "161", "SOM"),
    ),
    ("Kenya cut ties with Somalia and Ethiopia.", {("KEN", "161", "SOM"), ("KEN", "161", "ETH")}),
    ("Kenya and Somalia suspended diplomatic relations.", both("KEN", "161", "SOM")),
    ("Kenya and Somalia froze ties.", both("KEN", "161", "SOM")),
    ("Kenya suspended relations with Somalia.", {("KEN", "161", "SOM")}),
]


@pytest.mark.parametrize(("text", "expected"), TIES_CUT)
def test_ties_cut(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# acts coordinated states do with each other: accusations exchanged, pacts renewed or
# extended, embassies reopened
DONE_WITH_EACH_OTHER: list[tuple[str, set[Triple]]] = [
    ("Kenya and Uganda exchanged accusations.", both("KEN", "112", "UGA")),
    ("Kenya and Uganda renewed their defense pact.", both("KEN", "057", "UGA")),
    ("Kenya renewed its defense pact with Uganda.", {("KEN", "057", "UGA")}),
    ("Kenya and Uganda reopened their embassies.", both("KEN", "054", "UGA")),
    ("Kenya reopened its embassy in Uganda.", {("KEN", "054", "UGA")}),
]


@pytest.mark.parametrize(("text", "expected"), DONE_WITH_EACH_OTHER)
def test_done_with_each_other(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# diplomats recalled or expelled and embassies closed by coordinated states: each
# state's act on the other; a third state named is the target of both
RECALLED_BOTH_WAYS: list[tuple[str, set[Triple]]] = [
    ("Kenya and Uganda recalled their ambassadors.", both("KEN", "161", "UGA")),
    ("Kenya and Uganda expelled each other's diplomats.", both("KEN", "161", "UGA")),
    (
        "Kenya and Uganda expelled Russian diplomats.",
        {("KEN", "161", "RUS"), ("UGA", "161", "RUS")},
    ),
    ("Kenya closed its embassy in Uganda.", {("KEN", "161", "UGA")}),
]


@pytest.mark.parametrize(("text", "expected"), RECALLED_BOTH_WAYS)
def test_recalled_both_ways(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# states doing one act together are no aim of each other's act: "Kenya and Uganda
# called for calm" names no other state to aim at
CO_SOURCES: list[tuple[str, set[Triple]]] = [
    ("Kenya and Uganda called for calm.", {("KEN", "0256", None), ("UGA", "0256", None)}),
    ("Kenya called for calm in Uganda.", {("KEN", "0256", "UGA")}),
]


@pytest.mark.parametrize(("text", "expected"), CO_SOURCES)
def test_co_sources(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# money lent or deposited is financial aid (071); a central bank is the state's organ
MONEY_LENT: list[tuple[str, set[Triple]]] = [
    ("China lent Sri Lanka $2 billion.", {("CHN", "071", "LKA")}),
    ("Saudi Arabia deposited $3 billion in Pakistan's central bank.", {("SAU", "071", "PAKGOV")}),
    ("Japan pledged $500 million to the Philippines.", {("JPN", "0331", "PHL")}),
]


@pytest.mark.parametrize(("text", "expected"), MONEY_LENT)
def test_money_lent(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# goods bought from abroad: the seller is the "from" phrase or the state whose goods the
# object names ("purchased Russian missiles"), the buyer the subject
BOUGHT_FROM: list[tuple[str, set[Triple]]] = [
    ("Turkey purchased Russian S-400 missiles.", {("RUS", "072", "TUR")}),
    ("Turkey bought S-400 missiles from Russia.", {("RUS", "072", "TUR")}),
    ("India bought Russian oil.", {("RUS", "061", "IND")}),
    ("India bought weapons for its army.", set()),
]


@pytest.mark.parametrize(("text", "expected"), BOUGHT_FROM)
def test_bought_from(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# a demand for the release of the source's own people aims at whoever holds them
RELEASE_DEMANDED: list[tuple[str, set[Triple]]] = [
    (
        "The United States demanded the release of two Americans detained in Russia.",
        {("USA", "1053", "RUS")},
    ),
    (
        "The United States demanded the release of two Americans held by Russia.",
        {("USA", "1053", "RUS")},
    ),
    (
        "The EU demanded the release of the opposition leader in Belarus.",
        {("EUN", "1053", "BLROPP")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), RELEASE_DEMANDED)
def test_release_demanded(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# a call in which leaders discuss a state: the state is what they talk about, no party
# to the call; whom a leader tells in a call took part in it
DISCUSSED_IN_A_CALL: list[tuple[str, set[Triple]]] = [
    (
        "The Kremlin said Putin and Xi discussed Ukraine in a video call.",
        both("RUSGOV", "040", "CHNGOV"),
    ),
    ("Putin told Xi in a phone call that Russia was ready.", both("RUSGOV", "041", "CHNGOV")),
]


@pytest.mark.parametrize(("text", "expected"), DISCUSSED_IN_A_CALL)
def test_discussed_in_a_call(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected
