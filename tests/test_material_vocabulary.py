"""Material acts of news told by verbs and nouns of the "material and mutual acts in
news" block of verbs.tsv, one row per sentence written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, events

VOCABULARY: list[tuple[str, set[Triple]]] = [
    # 05 agreements
    ("Egypt and Jordan inked a gas deal.", {("EGY", "057", "JOR"), ("JOR", "057", "EGY")}),
    # 08 a ceasefire the verb its row names carries: one act, the ceasefire's
    (
        "Israel and Hamas agreed to a ceasefire.",
        {("ISR", "0871", "PSEINS"), ("PSEINS", "0871", "ISR")},
    ),
    ("Hamas declared a ceasefire with Israel.", {("PSEINS", "0871", "ISR")}),
    # 06 cooperation
    (
        "Thailand and Malaysia conducted joint patrols along the border.",
        {("THA", "062", "MYS"), ("MYS", "062", "THA")},
    ),
    (
        "India and France agreed to boost military cooperation.",
        {("IND", "0312", "FRA"), ("FRA", "0312", "IND")},
    ),
    # 07 aid: "provided X with ..."
    ("The United States has provided Ukraine with military aid.", {("USA", "070", "UKR")}),
    ("Turkey supplied Azerbaijan with drones.", {("TUR", "072", "AZE")}),
    # 17 custody, 174 expulsion
    (
        "Police took three opposition activists into custody in Uganda.",
        {("UGACOP", "173", "UGAOPP")},
    ),
    # 19 force
    ("Russian forces pounded Ukrainian positions.", {("RUSMIL", "190", "UKR")}),
    ("Israeli strikes against Hezbollah continued.", {("ISR", "190", "LBNINS")}),
]


@pytest.mark.parametrize(("text", "expected"), VOCABULARY)
def test_material_vocabulary(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected
