"""Vocabulary at CAMEO scale: common news synonyms of each root code the act
they name, with source and target read from their usual construction
(sentences written for these tests, countries named explicitly)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, events

SCALE: list[tuple[str, set[Triple]]] = [
    # 01 statements: "voice" as a support verb; a refutation of a claim
    ("Egypt voiced concern about Libya's elections.", {("EGY", "110", "LBY")}),
    ("Ghana voiced support for Nigeria.", {("GHA", "051", "NGA")}),
    ("Brazil refuted Argentina's claims.", {("BRA", "016", "ARG")}),
    # 02 appeals
    ("Chad pleaded with France for aid.", {("TCD", "023", "FRA")}),
    ("Pakistan sought loans from China.", {("PAK", "0231", "CHN")}),
    # 03 intent
    ("Norway proposed talks to Sudan.", {("NOR", "036", "SDN")}),
    ("Germany accepted Egypt's mediation.", {("DEU", "038", "EGY")}),
    # 05 diplomatic cooperation: the deal verbs ("struck a deal" is no attack)
    ("Peru struck a deal with Chile.", {("PER", "057", "CHL")}),
    ("Ghana reached an agreement with Togo.", {("GHA", "057", "TGO")}),
    ("Turkey sealed a pact with Azerbaijan.", {("TUR", "057", "AZE")}),
    ("Morocco repudiated Algeria.", {("MAR", "120", "DZA")}),
    (
        "The rapprochement between Egypt and Turkey continued.",
        {("EGY", "050", "TUR"), ("TUR", "050", "EGY")},
    ),
    # 06 / 07 cooperation and aid
    ("Colombia teamed up with Ecuador.", {("COL", "060", "ECU")}),
    ("Qatar airlifted food to Afghanistan.", {("QAT", "073", "AFG")}),
    ("Venezuela bailed out Cuba.", {("VEN", "071", "CUB")}),
    ("Britain's military aid to Ukraine grew.", {("GBR", "072", "UKR")}),
    # 08 yield
    ("Germany relaxed sanctions on Iran.", {("DEU", "085", "IRN")}),
    ("Sweden waived tariffs on Finland.", {("SWE", "085", "FIN")}),
    # 09 / 10 investigate, demand
    ("Mexico investigated corruption in Guatemala.", {("MEX", "091", "GTM")}),
    ("Ethiopia demanded compensation from Eritrea.", {("ETH", "1031", "ERI")}),
    ("Poland demanded the resignation of Belarus's president.", {("POL", "1041", "BLRGOV")}),
    ("Uruguay demanded a ceasefire from Argentina.", {("URY", "1056", "ARG")}),
    # 11 disapprove: the accusation's subject picks the 112x code
    ("Canada lodged a complaint with India.", {("CAN", "114", "IND")}),
    ("Spain lodged a protest with Morocco.", {("ESP", "114", "MAR")}),
    ("China accused Japan of espionage.", {("CHN", "1125", "JPN")}),
    ("Nepal accused India of aggression.", {("NPL", "1123", "IND")}),
    ("Cuba accused Haiti of corruption.", {("CUB", "1121", "HTI")}),
    # 12 reject: what is rejected picks the 12x code
    ("Israel rejected Egypt's mediation.", {("ISR", "126", "EGY")}),
    ("Iran rejected talks with Iraq.", {("IRN", "125", "IRQ")}),
    ("Chile rejected Bolivia's deal.", {("CHL", "127", "BOL")}),
    # 13 threaten: "threatened X with ..."
    ("Greece threatened Turkey with sanctions.", {("GRC", "1312", "TUR")}),
    ("Serbia threatened Kosovo with war.", {("SRB", "138", "XKX")}),
    # 15 / 16 posture, relations
    ("Russia reinforced its troops near Ukraine.", {("RUS", "154", "UKR")}),
    ("Bolivia broke off talks with Paraguay.", {("BOL", "164", "PRY")}),
    ("Kenya recalled its ambassador from Uganda.", {("KEN", "161", "UGA")}),
    ("Sudan expelled Norwegian aid agencies.", {("SDN", "1663", "NOR")}),
    ("Zimbabwe blacklisted Zambia.", {("ZWE", "163", "ZMB")}),
    # 17 coerce
    ("Thailand apprehended Cambodian smugglers.", {("THA", "173", "KHMCRM")}),
    ("Myanmar deported Bangladeshi workers.", {("MMR", "174", "BGDLAB")}),
    # 18 / 19 / 20 violence
    ("Rwanda tortured Burundian prisoners.", {("RWA", "1822", "BDICVL")}),
    ("Libya detonated a bomb in Tunisia.", {("LBY", "183", "TUN")}),
    ("India retaliated against Pakistan.", {("IND", "190", "PAK")}),
    ("Syria strafed Turkish positions.", {("SYR", "195", "TUR")}),
    ("Iraq slaughtered Kuwaiti civilians.", {("IRQ", "202", "KWTCVL")}),
]


@pytest.mark.parametrize(("text", "expected"), SCALE)
def test_news_synonyms_code_their_act(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The United States reached an agreement.",  # an accord needs a partner
        "Iraq sought loans.",  # an appeal needs someone asked
    ],
)
def test_no_event_without_the_other_side(nlp: Language, text: str) -> None:
    assert events(nlp, text) == set()
