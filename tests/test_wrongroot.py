"""The "wrongroot" audit: acts coded with the right pair but a neighbouring CAMEO root.
One table per construction; the sentences are written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, events

# a pledge, promise, vow or agreement to act (intent.tsv governor kind "pledge"): a
# cooperative act is an intent (03x); a hostile act keeps its own code (told in the
# future), but force pledged or vowed is a threat of force (138: the coding guide's
# "vowed to retaliate against")
PLEDGED: list[tuple[str, set[Triple]]] = [
    ("Egypt pledged to expel the Sudanese ambassador.", {("EGY", "161", "SDN")}),
    ("Kenya vowed to arrest Somali militants.", {("KEN", "173", "SOMINS")}),
    ("France agreed to impose sanctions on Iran.", {("FRA", "163", "IRN")}),
    ("Brazil reaffirmed its commitment to impose sanctions on Venezuela.", {("BRA", "163", "VEN")}),
    ("Turkey vowed that it would attack Syria.", {("TUR", "138", "SYR")}),
    ("Japan promised to send aid to Haiti.", {("JPN", "0333", "HTI")}),
    ("Turkey vowed that it would help Syria.", {("TUR", "033", "SYR")}),
    # a threat, a wish and a plain future of harm stay threats
    ("Egypt wants to attack Libya.", {("EGY", "138", "LBY")}),
    ("Russia will attack Ukraine.", {("RUS", "138", "UKR")}),
]


@pytest.mark.parametrize(("text", "expected"), PLEDGED)
def test_pledged_act(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


def test_pledged_hostile_act_is_future(nlp: Language) -> None:
    (event,) = nlp("Egypt pledged to expel the Sudanese ambassador.")._.events
    assert (event.cameo, event.modality) == ("161", "future")


# pressure is a demand (10), not a threat (13): it names no harm the source will do
PRESSURE: list[tuple[str, set[Triple]]] = [
    ("The United States pressured Egypt over the dam.", {("USA", "100", "EGY")}),
    ("Britain put pressure on Ghana.", {("GBR", "100", "GHA")}),
    ("Brazil exerted pressure on Bolivia.", {("BRA", "100", "BOL")}),
]


@pytest.mark.parametrize(("text", "expected"), PRESSURE)
def test_pressure_is_a_demand(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# concern or alarm voiced about an actor is disapproval (110); pessimism and fears stay
# pessimistic remarks (012)
CONCERN: list[tuple[str, set[Triple]]] = [
    ("France expressed concern over Iran's nuclear program.", {("FRA", "110", "IRN")}),
    ("Germany voiced concern about Turkey's actions.", {("DEU", "110", "TUR")}),
    ("Japan raised concerns about China's military buildup.", {("JPN", "110", "CHN")}),
    ("Japan raised fears of a war with China.", {("JPN", "012", "CHN")}),
]


@pytest.mark.parametrize(("text", "expected"), CONCERN)
def test_concern_is_disapproval(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# one's own troops removed are withdrawn (0874); troops cut are no blockade, troops or
# routes cut off are (191)
TROOPS: list[tuple[str, set[Triple]]] = [
    ("The United States removed its troops from Syria.", {("USA", "0874", "SYR")}),
    ("Russia withdrew its troops from Moldova.", {("RUS", "0874", "MDA")}),
    ("The United States cut troops in Germany.", set()),
    ("The army cut off the rebels' supply routes in Mali.", {("MLIMIL", "191", "MLIREB")}),
]


@pytest.mark.parametrize(("text", "expected"), TROOPS)
def test_troops_removed_or_cut(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# any act threatened by its own subject is a threat (13x), made as its verb tells, and
# the bare "threatened to" (130) yields to it; no act told ahead is coded beside it
THREATENED: list[tuple[str, set[Triple]]] = [
    ("Chad threatened to withdraw its troops from Mali.", {("TCD", "130", "MLI")}),
    ("Russia threatened to arrest Georgian journalists.", {("RUS", "137", "GEOMED")}),
    ("Russia threatened to attack Georgia.", {("RUS", "138", "GEO")}),
    ("Russia threatened to impose sanctions on Georgia.", {("RUS", "1312", "GEO")}),
    ("Russia threatened to cut ties with Georgia.", {("RUS", "1313", "GEO")}),
    ("Iran threatened to retaliate against Israel.", {("IRN", "138", "ISR")}),
]


@pytest.mark.parametrize(("text", "expected"), THREATENED)
def test_threatened_act(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


THREAT_MODALITY: list[tuple[str, str]] = [
    ("Chad threatened to withdraw its troops from Mali.", "asserted"),
    ("Russia has threatened to attack Georgia.", "asserted"),
    ("Russia may threaten to attack Georgia.", "hedged"),
    ("Russia did not threaten to attack Georgia.", "negated"),
    ("Russia made no threat to attack Georgia.", "negated"),
    ("Russia issued a threat to attack Georgia.", "asserted"),
]


@pytest.mark.parametrize(("text", "modality"), THREAT_MODALITY)
def test_threat_is_made_now(nlp: Language, text: str, modality: str) -> None:
    (event,) = nlp(text)._.events
    assert event.modality == modality


# an act weighed only as a possibility ("the possibility of", "the prospect of") is an
# intent (03x) or a threat (13x), hedged, not the act done
POSSIBLE: list[tuple[str, set[Triple]]] = [
    ("Japan raised the possibility of restoring trade with China.", {("JPN", "0311", "CHN")}),
    ("Russia raised the prospect of attacking Ukraine.", {("RUS", "138", "UKR")}),
]


@pytest.mark.parametrize(("text", "expected"), POSSIBLE)
def test_possible_act(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected
    assert {e.modality for e in nlp(text)._.events} == {"hedged"}


# an armed group's violence on people is unconventional (18); on soldiers or police it is
# fighting (19), as the group's attack on them is
ARMED_VICTIMS: list[tuple[str, set[Triple]]] = [
    ("Militants killed five soldiers in northern Mali.", {("MLIINS", "190", "MLIMIL")}),
    ("Militants killed five villagers in northern Mali.", {("MLIINS", "1823", "MLICVL")}),
    ("Rebels wounded ten police officers in Mali.", {("MLIREB", "190", "MLICOP")}),
    ("Rebels wounded ten civilians in Mali.", {("MLIREB", "182", "MLICVL")}),
]


@pytest.mark.parametrize(("text", "expected"), ARMED_VICTIMS)
def test_armed_victims(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# the intent of an act keeps its CAMEO subcode (03x by the act's own 06x/07x/08x code)
INTENT_SUBCODES: list[tuple[str, set[Triple]]] = [
    ("Turkey made a pledge to send troops to Qatar.", {("TUR", "0334", "QAT")}),
    ("Japan will fund Kenya's new port.", {("JPN", "0331", "KEN")}),
    ("Egypt agreed to extradite the suspects to Libya.", {("EGY", "0313", "LBY")}),
    ("Israel will open the border crossings to Gaza.", {("ISR", "0351", "PSE")}),
]


@pytest.mark.parametrize(("text", "expected"), INTENT_SUBCODES)
def test_intent_subcodes(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# a state leaving an organisation reduces relations with it (160, verbs.tsv requirement
# org:P); troops or rebels withdrawing from a place or state retreat (0874)
LEAVING: list[tuple[str, set[Triple]]] = [
    ("Mali withdrew from ECOWAS.", {("MLI", "160", "WAS")}),
    ("Niger left ECOWAS in January.", {("NER", "160", "WAS")}),
    ("Britain quit the European Union.", {("GBR", "160", "EUN")}),
    ("Burkina Faso withdrew its troops from Mali.", {("BFA", "0874", "MLI")}),
]


@pytest.mark.parametrize(("text", "expected"), LEAVING)
def test_leaving_an_organisation(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


def test_org_requirement_is_read() -> None:
    from dyadline.coder.patterns import _requirement

    req = _requirement("org:from", "test")
    assert (req.kind, req.prep, req.lemmas) == ("org", "from", None)
