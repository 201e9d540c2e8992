"""Cooperative acts of news told by the rows of the "coop" block of verbs.tsv, one
sentence per row, written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, both, events

VOCABULARY: list[tuple[str, set[Triple]]] = [
    # 03 willingness and readiness expressed
    ("Iran expressed readiness to work with the IAEA.", {("IRN", "030", "IAE")}),
    ("Serbia signalled its willingness to cooperate with Kosovo.", {("SRB", "030", "XKX")}),
    # 04 a call between two actors; views exchanged
    ("A call between Biden and Xi lasted two hours.", both("USAGOV", "041", "CHNGOV")),
    ("Lavrov exchanged views with Wang Yi on Syria.", {("RUSGOV", "040", "CHNGOV")}),
    # 05 support reaffirmed, solidarity shown
    ("Turkey reaffirmed its support for Azerbaijan.", {("TUR", "051", "AZE")}),
    ("Poland expressed solidarity with Lithuania.", {("POL", "051", "LTU")}),
    # 07 sales and loans approved; aid provided is aid, not military aid
    ("The United States approved the sale of jets to Greece.", {("USA", "072", "GRC")}),
    ("The World Bank approved a loan for Kenya.", {("WBK", "070", "KEN")}),
    ("The United Nations provided assistance to Chad.", {("UNO", "070", "TCD")}),
    # 08 prisoners swapped
    ("Russia swapped prisoners with Ukraine.", both("RUS", "0841", "UKR")),
]


@pytest.mark.parametrize(("text", "expected"), VOCABULARY)
def test_coop_vocabulary(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected
