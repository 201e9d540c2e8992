"""Verbal acts aimed at an actor: where their target stands (sentences written for
these tests; exact event sets of (source, code, target))."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, events

NAMING: list[tuple[str, set[Triple]]] = [
    # a verb of naming with a pejorative or laudatory predicate criticises or praises
    ("France called the Iranian decision a mistake.", {("FRA", "111", "IRN")}),
    ("France described the Iranian move as illegal.", {("FRA", "111", "IRN")}),
    (
        "The Turkish president denounced the Greek plan as a provocation.",
        {("TURGOV", "111", "GRC")},
    ),
    ("Turkey called Azerbaijan a reliable partner.", {("TUR", "051", "AZE")}),
    ("Israel held Iran responsible for the sabotage.", {("ISR", "112", "IRN")}),
    # a neutral predicate is no criticism
    ("France called the Iranian decision a surprise.", set()),
]


@pytest.mark.parametrize(("text", "expected"), NAMING)
def test_object_predicates_of_naming(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


PARTICIPLE: list[tuple[str, set[Triple]]] = [
    # "calling it ...": the main clause's subject speaks of the main clause's object
    (
        "Germany rejected the French plan, calling it a mistake.",
        {("DEU", "120", "FRA"), ("DEU", "111", "FRA")},
    ),
    (
        "The rebels have been fighting an insurgency against the Pakistani state for years, "
        "accusing it of corruption.",
        {("PAKREB", "190", "PAK"), ("PAKREB", "1121", "PAK")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARTICIPLE)
def test_participial_clauses_of_the_subject(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


PHRASAL: list[tuple[str, set[Triple]]] = [
    ("Iran lashed out at Israel over the strike.", {("IRN", "111", "ISR")}),
    ("Brazil hit out at Argentina.", {("BRA", "111", "ARG")}),
    ("France took aim at Germany.", {("FRA", "111", "DEU")}),
    ("Mexico poured scorn on the American proposal.", {("MEX", "111", "USA")}),
    ("Cuba spoke out against the Spanish government.", {("CUB", "111", "ESPGOV")}),
]


@pytest.mark.parametrize(("text", "expected"), PHRASAL)
def test_phrasal_verbs_aim_at_their_phrase(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


RECEIVED: list[tuple[str, set[Triple]]] = [
    # the subject receives the act a noun names; its source is the "from" phrase
    ("Germany faced harsh criticism from France over the plan.", {("FRA", "111", "DEU")}),
    ("Germany came under criticism from France.", {("FRA", "111", "DEU")}),
    ("Poland drew condemnation from Belarus.", {("BLR", "111", "POL")}),
    ("Chile won praise from Peru.", {("PER", "051", "CHL")}),
    ("North Korea received a warning from Japan.", {("JPN", "130", "PRK")}),
    (
        "Serbia faced pressure from the European Union to recognise Kosovo.",
        {("EUN", "100", "SRB")},
    ),
    # no source named: no event
    ("Germany faced criticism over the plan.", set()),
    # the possessive and "of" phrase of the noun still give source and target
    ("France's criticism of Germany angered Berlin.", {("FRA", "111", "DEU")}),
]


@pytest.mark.parametrize(("text", "expected"), RECEIVED)
def test_received_nominal_acts(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


WARNINGS: list[tuple[str, set[Triple]]] = [
    ("Russia warned Japan that it would respond.", {("RUS", "130", "JPN")}),
    ("Russia warned that NATO would pay a price.", {("RUS", "130", "NAT")}),
    ("Japan issued a warning to North Korea.", {("JPN", "130", "PRK")}),
    # a warning with no actor in it aims at no one
    ("Russia warned that prices would rise.", set()),
]


@pytest.mark.parametrize(("text", "expected"), WARNINGS)
def test_warnings_aim_at_the_warned(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


CLAIMS: list[tuple[str, set[Triple]]] = [
    # rejecting a claim aims at whoever made it; rejecting an accusation denies it (016)
    # (the accusation itself is coded too, aimed at the one other state named)
    (
        "Russia rejected the accusations made by Ukraine.",
        {("RUS", "016", "UKR"), ("UKR", "112", "RUS")},
    ),
    ("India rejected Pakistan's claims.", {("IND", "120", "PAK")}),
    (
        # the relative's noun is its object: the charge rejected is denied
        "Egypt blamed Sudan, a charge Khartoum rejected.",
        {("EGY", "112", "SDN"), ("SDNGOV", "016", "EGY")},
    ),
    # the request answered was made to whoever answers it (``nominal.response_verb``)
    (
        "Trump denied the North Korean request.",
        {("USAGOV", "120", "PRK"), ("PRK", "020", "USAGOV")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLAIMS)
def test_rejected_claims_aim_at_the_claimant(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


DOERS: list[tuple[str, set[Triple]]] = [
    # a verbal act on an act aims at the act's doer, not at its victim
    ("Canada condemned the Chinese detention of two diplomats.", {("CAN", "111", "CHN")}),
    ("Greece welcomed the Turkish withdrawal.", {("GRC", "051", "TUR")}),
    (
        "Amnesty International welcomed the release of the journalist by Cambodia.",
        {("NGO", "051", "KHM"), ("KHM", "0841", "KHMMED")},
    ),
    ("The United Nations condemned the journalist's arrest.", set()),
]


@pytest.mark.parametrize(("text", "expected"), DOERS)
def test_acts_on_acts_aim_at_their_doer(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


JUDGED: list[tuple[str, set[Triple]]] = [
    # a verb of saying whose clause judges its subject aims at the subject's owner
    ("Russia said the American sanctions were illegal.", {("RUS", "111", "USA")}),
    ("China said the Japanese visit was a provocation.", {("CHN", "111", "JPN")}),
    ("Egypt said Israel's decision was a positive step.", {("EGY", "051", "ISR")}),
    ("Iran said the United States was responsible for the sabotage.", {("IRN", "112", "USA")}),
    ("Ukraine claimed Russia was behind the explosion.", {("UKR", "112", "RUS")}),
    # a neutral judgement is no event
    ("Germany said the Russian talks were difficult.", set()),
    # blaming an act on someone accuses them
    ("Pakistan blamed the bombings on India.", {("PAK", "112", "IND")}),
    ("Kenya blamed the recent raids on rebels based in Somalia.", {("KEN", "112", "SOMREB")}),
]


@pytest.mark.parametrize(("text", "expected"), JUDGED)
def test_judgements_in_reported_clauses(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


SUPPORT: list[tuple[str, set[Triple]]] = [
    # support promised for an actor, standing with one, a call for talks with one
    ("NATO pledged support for Ukraine.", {("NAT", "033", "UKR")}),
    ("Hungary sided with Russia.", {("HUN", "051", "RUS")}),
    ("Germany said it stands with Ukraine.", {("DEU", "051", "UKR")}),
    ("Russia's call for talks with Ukraine was rejected.", {("RUS", "020", "UKR")}),
]


@pytest.mark.parametrize(("text", "expected"), SUPPORT)
def test_support_and_calls_for_an_actor(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


RECIPROCAL: list[tuple[str, set[Triple]]] = [
    # a reciprocal object or traded accusations: the act goes both ways
    (
        "India and Pakistan accused each other of violating the ceasefire.",
        {
            ("IND", "112", "PAK"),
            ("PAK", "112", "IND"),
            ("IND", "196", "PAK"),
            ("PAK", "196", "IND"),
        },
    ),
    (
        "Armenia and Azerbaijan blamed each other for the clashes.",
        {("ARM", "112", "AZE"), ("AZE", "112", "ARM")},
    ),
    ("Egypt and Sudan praised one another.", {("EGY", "051", "SDN"), ("SDN", "051", "EGY")}),
    ("Russia and Ukraine traded accusations.", {("RUS", "112", "UKR"), ("UKR", "112", "RUS")}),
]


@pytest.mark.parametrize(("text", "expected"), RECIPROCAL)
def test_reciprocal_verbal_acts(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


SPEAKER: list[tuple[str, set[Triple]]] = [
    # a participle on a statement noun is said by the statement's speaker
    ("Egypt issued a statement condemning Israel.", {("EGY", "111", "ISR")}),
    ("Japan published a statement urging China to free the crew.", {("JPN", "025", "CHN")}),
    ("Russia's letter urging Ukraine to negotiate was made public.", {("RUS", "026", "UKR")}),
    # no speaker named: no event
    ("The report describing the Chinese policy as illegal was published.", set()),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKER)
def test_statements_speak_for_their_speaker(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected
