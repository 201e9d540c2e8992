"""Constructions of analytic prose about relations between states (branch chapter3):
a possessive that owns a state's partners, a relative clause on a class a copula
puts its subject in, an act aimed at a relation between two parties, a quantity
counting states, arrests told as a protest's outcome, a target the parser hangs on
an act noun's agent, historical names of states, and act nouns of consultation and
conquest, a war named by its sides, and an episode's name inside another name
(sentences written for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyadline.coder.episodes import find_episodes
from eventsets import Triple, both, events

# "its Arab neighbours", "Peru's allies": the owner says whose partners, not who they are
OTHER_PARTY: list[tuple[str, set[Triple]]] = [
    ("Israel and its Arab neighbours signed a treaty.", both("ISR", "057", "ARB")),
    (
        "Relations between Israel and its Arab neighbours were normalised.",
        both("ISR", "054", "ARB"),
    ),
    # no cue of their own: the partners stay unnamed (not the owner again)
    ("Brazil and its neighbours signed a treaty.", set()),
    ("Chile's allies condemned Peru.", set()),
    # a noun of one's own people is still the owner's
    ("Chile's army attacked Peru.", {("CHLMIL", "190", "PER")}),
]

# "several of the Arab states": a quantity with an of-phrase stands for what it counts
PARTITIVE: list[tuple[str, set[Triple]]] = [
    ("Several of the Arab states condemned Israel.", {("ARB", "111", "ISR")}),
    (
        "Israel normalised relations with several of its Arab neighbours.",
        {("ISR", "054", "ARB")},
    ),
    ("None of the Arab states condemned Israel.", set()),
]

# "held rallies against X, resulting in arrests": the state arrests the protesters
PROTEST_OUTCOME: list[tuple[str, set[Triple]]] = [
    (
        "Bolivian workers held rallies against the Bolivian government, "
        "resulting in dozens of arrests.",
        {("BOLLAB", "141", "BOLGOV"), ("BOLGOV", "173", "BOLLAB")},
    ),
    (
        "Bolivian workers held rallies against the Peruvian government, resulting in many arrests.",
        {("BOLLAB", "141", "PERGOV"), ("BOLGOV", "173", "BOLLAB")},
    ),
    (
        "The protests against the Peruvian government led to dozens of arrests.",
        {("PEROPP", "141", "PERGOV"), ("PERGOV", "173", "PEROPP")},
    ),
    # an arrest that follows no protest keeps its own reading
    ("Peruvian police arrested two Bolivian workers.", {("PERCOP", "173", "BOLLAB")}),
]

# "a visit by a delegation of X to Y": the target hangs on the agent's phrase
AGENT_PHRASE: list[tuple[str, set[Triple]]] = [
    (
        "A visit by a delegation of Peruvian engineers to Chile followed.",
        {("PERGOV", "042", "CHL")},
    ),
    ("A visit by a team of Peruvian doctors to Chile followed.", {("PERHLH", "042", "CHL")}),
    ("Attacks by a group of Chilean rebels on Peru continued.", {("CHLREB", "190", "PER")}),
    ("A visit by Peruvian officials to Chile followed.", {("PERGOV", "042", "CHL")}),
]

# former states and their adjectives: the present state's code
HISTORICAL: list[tuple[str, set[Triple]]] = [
    ("The Ottoman Empire attacked Persia in 1821.", {("TUR", "190", "IRN")}),
    ("Nazi troops invaded Poland in 1939.", {("DEUMIL", "192", "POL")}),
    ("Prussia attacked Austria-Hungary in 1866.", {("DEU", "190", "AUT")}),
    ("The Habsburg Empire signed a treaty with the Third Reich.", {("AUT", "057", "DEU")}),
]

# act nouns: consultation between two sides, and conquest
ACT_NOUNS: list[tuple[str, set[Triple]]] = [
    (
        "The deal required direct communication between Chilean and Peruvian officials.",
        both("CHLGOV", "040", "PERGOV"),
    ),
    ("The Ottoman conquest of Egypt took place in 1517.", {("TUR", "192", "EGY")}),
    ("Further diplomatic openings between Chile and Peru are likely.", both("CHL", "054", "PER")),
    ("The opening of the bridge between Chile and Peru was delayed.", set()),
    (
        "Peruvians appreciated Chile's contribution to Peru's recovery.",
        {("CHL", "070", "PER"), ("PERCVL", "051", "CHL")},
    ),
    ("Chile's contribution to the debate was small.", set()),
    ("The conquest of the desert was a myth.", set()),
]

# "one of the few states that recognized X": the relative clause tells the subject's act
CLASSED_SUBJECT: list[tuple[str, set[Triple]]] = [
    ("Chile was one of the few states that recognized Kosovo.", {("CHL", "054", "XKX")}),
    ("Chile was among the first countries that recognized Kosovo.", {("CHL", "054", "XKX")}),
    ("The states that recognized Kosovo included Chile.", set()),
]

# an act aimed at a relation "between X and Y" is aimed at each party
RELATION_PARTIES: list[tuple[str, set[Triple]]] = [
    (
        "Brazil criticized the cooperation between Peru and Bolivia.",
        {("BRA", "111", "PER"), ("BRA", "111", "BOL")},
    ),
    (
        "Brazil posed a threat to the alliance between Peru and Bolivia.",
        {("BRA", "130", "PER"), ("BRA", "130", "BOL")},
    ),
    # a party criticising its own relation aims at the other party only
    ("Bolivia criticized the cooperation between Peru and Bolivia.", {("BOL", "111", "PER")}),
]

# "during the X-Y war, X's attacks": a hostile act noun with no target is on the other side
WAR_SIDE: list[tuple[str, set[Triple]]] = [
    ("During the 1998 Peru-Ecuador war, Peru's attacks failed.", {("PER", "190", "ECU")}),
    # a target of its own wins; a hyphen pair that names no war gives none
    ("During the Peru-Ecuador war, Peru's attacks on Chile failed.", {("PER", "190", "CHL")}),
    ("Peru's attacks failed.", set()),
]

# an episode's name inside a longer name ("... Remembrance Day") dates nothing
NAME_TAIL: list[tuple[str, list[str]]] = [
    ("He spoke on Holocaust Remembrance Day.", []),
    ("The Six-Day War Museum opened.", []),
    ("Many fled during the Holocaust.", ["holocaust"]),
    ("After the Six-Day War, the border moved.", ["six-day-war"]),
]


@pytest.mark.parametrize(("text", "expected"), WAR_SIDE)
def test_a_hostile_act_in_a_named_war_is_on_its_other_side(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), NAME_TAIL)
def test_an_episode_inside_another_name_is_no_date(text: str, expected: list[str]) -> None:
    assert [ep.key for _s, _e, ep in find_episodes(text)] == expected


def test_an_act_on_a_remembrance_day_is_not_dated_by_the_episode(nlp: Language) -> None:
    on_day = nlp("The Peruvian president visits Chile every year on Holocaust Remembrance Day.")
    assert [(e["cameo"], e["date"]) for e in on_day._.events] == [("042", None)]
    during = nlp("The Peruvian president visited Chile during the Holocaust.")
    assert [(e["date"] or {}).get("start") for e in during._.events] == ["1941-01-01"]


# an act with no target of its own takes the earlier act's, unless its sentence names
# two or more other states and not that target (a scene of its own)
BACK_TARGET: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    (
        "Peru intervened in Chile in May. Peru intervened again in June.",
        [("Peru interve", "PER", "CHL"), ("Peru interve", "PER", "CHL")],
    ),
    (
        "Peru intervened in Chile in May. "
        "Brazil gave Bolivia an edge over Ecuador, and Peru could have intervened.",
        [("Peru interve", "PER", "CHL")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BACK_TARGET)
def test_a_target_carried_back_only_into_the_same_scene(
    nlp: Language, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    got = [
        (e["sentence"][:12], e["source"]["code"], (e["target"] or {}).get("code"))
        for e in nlp(text)._.events
    ]
    assert got == expected


# a withdrawal told without the place left: the state the side's force was used on
WITHDRAWAL: list[tuple[str, set[Triple]]] = [
    (
        "Peruvian troops crossed the border into Chile in May. "
        "In June, the Peruvian troops withdrew.",
        {("PERMIL", "190", "CHL"), ("PERMIL", "0874", "CHL")},
    ),
    (
        "Peruvian troops crossed the border into Chile in May. "
        "Weeks later, the Peruvian troops agreed to leave.",
        {("PERMIL", "190", "CHL"), ("PERMIL", "0356", "CHL")},
    ),
    # only asked to leave; no force used before; a noun only discussed
    (
        "Peruvian troops crossed the border into Chile in May. "
        "Chilean officers tried to convince the Peruvian troops to leave.",
        {("PERMIL", "190", "CHL"), ("CHLMIL", "020", "PERMIL")},
    ),
    (
        "The Peruvian minister met Chile's president. Then the minister left.",
        {("PERGOV", "040", "CHLGOV")},
    ),
    (
        "Peruvian troops crossed the border into Chile in May. "
        "Chile sent an envoy to Lima to discuss their withdrawal.",
        {("PERMIL", "190", "CHL"), ("CHL", "042", "PERGOV")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), WITHDRAWAL)
def test_a_withdrawal_leaves_the_state_force_was_used_on(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


# a visit that names no host: the state its purpose clause acts on
VISIT_PURPOSE: list[tuple[str, set[Triple]]] = [
    (
        "Peruvian doctors visited to treat wounded Chilean soldiers.",
        {("PERHLH", "042", "CHL"), ("PERHLH", "073", "CHLMIL")},
    ),
    (
        "Trust grew after visits by a team of Peruvian doctors to treat wounded Chilean soldiers.",
        {("PERHLH", "042", "CHL"), ("PERHLH", "073", "CHLMIL")},
    ),
    # the purpose names no other state: no host
    ("The Peruvian minister visited to meet reporters.", {("PERGOV", "040", "PERMED")}),
]


@pytest.mark.parametrize(("text", "expected"), VISIT_PURPOSE)
def test_a_visit_without_host_is_to_the_state_its_purpose_acts_on(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


# an act told at two coordinated named episodes is two events, one at each
TWIN_EPISODES: list[tuple[str, list[str | None]]] = [
    (
        "Jordan sent arms to Syria during both the Six-Day War and the Yom Kippur War.",
        ["1967-06-05", "1973-10-06"],
    ),
    (
        "Jordan sent arms to Syria in both the 1967 war and the 1973 war.",
        ["1967-06-05", "1973-10-06"],
    ),
    ("Jordan sent arms to Syria during the Six-Day War.", ["1967-06-05"]),
]


@pytest.mark.parametrize(("text", "expected"), TWIN_EPISODES)
def test_an_act_at_two_named_episodes_is_one_event_at_each(
    nlp: Language, text: str, expected: list[str | None]
) -> None:
    got = [(e["source"]["code"], e["cameo"], e["target"]["code"]) for e in nlp(text)._.events]
    assert got == [("JOR", "072", "SYR")] * len(expected)
    assert sorted((e["date"] or {}).get("start") for e in nlp(text)._.events) == expected


@pytest.mark.parametrize(("text", "expected"), CLASSED_SUBJECT)
def test_a_class_relative_clause_tells_the_subjects_act(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), RELATION_PARTIES)
def test_an_act_on_a_relation_aims_at_its_parties(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), OTHER_PARTY)
def test_an_owned_partner_is_not_its_owner(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), PARTITIVE)
def test_a_quantity_stands_for_the_states_it_counts(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), PROTEST_OUTCOME)
def test_arrests_after_a_protest_are_the_states(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), AGENT_PHRASE)
def test_a_target_on_the_agents_phrase_is_the_acts(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), HISTORICAL)
def test_historical_names_of_states(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), ACT_NOUNS)
def test_act_nouns_of_consultation_and_conquest(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected
