"""The "wrongroot" audit: acts coded with the right pair but a neighbouring CAMEO root.
One table per construction; the sentences are written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, events

# a pledge, promise, vow or agreement to act (intent.tsv governor kind "pledge"): a
# cooperative act is an intent (03x); a hostile act keeps its own code (told in the
# future), since CAMEO's threats (13x) are threats, not pledges
PLEDGED: list[tuple[str, set[Triple]]] = [
    ("Egypt pledged to expel the Sudanese ambassador.", {("EGY", "161", "SDN")}),
    ("Kenya vowed to arrest Somali militants.", {("KEN", "173", "SOMINS")}),
    ("France agreed to impose sanctions on Iran.", {("FRA", "163", "IRN")}),
    ("Brazil reaffirmed its commitment to impose sanctions on Venezuela.", {("BRA", "163", "VEN")}),
    ("Turkey vowed that it would attack Syria.", {("TUR", "190", "SYR")}),
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
