"""Roots 13-17 at CAMEO scale: threats, force posture, reduced relations, coercion.
One table per construction; the sentences are written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, events

# 154: forces sent, moved or massed to a border, toward or near a state are aimed at it;
# "its border with X" is X's border too
FORCES_MOVED: list[tuple[str, set[Triple]]] = [
    ("Venezuela sent troops to the border with Guyana.", {("VEN", "154", "GUY")}),
    ("Venezuela moved troops toward the border with Guyana.", {("VEN", "154", "GUY")}),
    ("Russia massed troops on its border with Ukraine.", {("RUS", "154", "UKR")}),
    ("Russia amassed tanks near Ukraine's border.", {("RUS", "154", "UKR")}),
    ("Russia built up forces near Ukraine.", {("RUS", "154", "UKR")}),
    ("India beefed up security along the border with China.", {("IND", "154", "CHN")}),
]


@pytest.mark.parametrize(("text", "expected"), FORCES_MOVED)
def test_forces_moved_toward_a_state(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# 150: drills staged or begun near a state, aircraft flown and ships sailed near it or
# into its zone, muscle flexed near it
SHOW_OF_FORCE: list[tuple[str, set[Triple]]] = [
    ("Russia staged drills near the Ukrainian border.", {("RUS", "150", "UKR")}),
    ("China began war games around Taiwan.", {("CHN", "150", "TWN")}),
    ("Chinese warships sailed near Taiwan.", {("CHN", "150", "TWN")}),
    ("Chinese fighter jets flew near Taiwan.", {("CHN", "150", "TWN")}),
    ("Chinese military aircraft entered Taiwan's air defense zone.", {("CHNMIL", "150", "TWN")}),
    ("China sent warships into waters claimed by the Philippines.", {("CHN", "150", "PHL")}),
    ("Chinese vessels swarmed a reef claimed by the Philippines.", {("CHN", "150", "PHL")}),
    ("China flexed its military muscle near Taiwan.", {("CHN", "150", "TWN")}),
    ("Russia flew bombers near Japan.", {("RUS", "150", "JPN")}),
    ("China sent warships toward Taiwan.", {("CHN", "154", "TWN")}),
    ("India tightened security along the border with Pakistan.", {("IND", "151", "PAK")}),
    # aircraft or ships a state detects near it: their state's show of force toward it
    ("Taiwan detected 20 Chinese warplanes near the island.", {("CHN", "150", "TWN")}),
    (
        "Twenty Chinese aircraft crossed the median line of the Taiwan Strait.",
        {("CHN", "150", "TWN")},
    ),
    # aircraft flown to a state name no show of force toward it
    ("Russia flew jets to Syria.", set()),
    # joint drills are cooperation between the partners, a show of force to the state
    # they are held near
    (
        "Russia and Belarus held joint drills near the Polish border.",
        {
            ("RUS", "062", "BLR"),
            ("BLR", "062", "RUS"),
            ("RUS", "150", "POL"),
            ("BLR", "150", "POL"),
        },
    ),
    # ships sent to a sea with no state named make no dyad
    ("Russia sent warships to the Black Sea.", set()),
]


@pytest.mark.parametrize(("text", "expected"), SHOW_OF_FORCE)
def test_show_of_force(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# 13: an ultimatum given, delivered or issued; a threatened act of roots 14-17 keeps
# its root 13 code (halting talks 134, a curfew 1323 ...); a hostile act warned of with
# a condition is aimed at the condition's subject
THREATS: list[tuple[str, set[Triple]]] = [
    ("Russia gave Ukraine an ultimatum.", {("RUS", "139", "UKR")}),
    ("Iraq delivered an ultimatum to Kuwait.", {("IRQ", "139", "KWT")}),
    ("Russia threatened to halt talks with Ukraine.", {("RUS", "134", "UKR")}),
    ("Egypt threatened to withdraw from the talks with Ethiopia.", {("EGY", "134", "ETH")}),
    ("China warned that it would retaliate if Japan sent troops.", {("CHN", "138", "JPN")}),
    ("Russia warned of a direct conflict with NATO.", {("RUS", "138", "NAT")}),
    ("China said it would take resolute measures against Japan.", {("CHN", "137", "JPN")}),
    ("China took countermeasures against Lithuania.", {("CHN", "170", "LTU")}),
]


@pytest.mark.parametrize(("text", "expected"), THREATS)
def test_threats(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# 16: cooperation suspended or reduced, an agreement revoked or left, talks paused,
# supplies cut off, export controls placed, support suspended, an envoy ordered out
REDUCED: list[tuple[str, set[Triple]]] = [
    ("Mali suspended military cooperation with France.", {("MLI", "160", "FRA")}),
    ("Iran reduced its cooperation with the IAEA.", {("IRN", "160", "IAE")}),
    ("Niger revoked its military agreement with the United States.", {("NER", "160", "USA")}),
    ("Ecuador withdrew from the agreement with Colombia.", {("ECU", "160", "COL")}),
    ("Canada paused trade talks with India.", {("CAN", "164", "IND")}),
    ("Russia cut gas supplies to Poland.", {("RUS", "163", "POL")}),
    (
        "The U.S. designation of the Houthis as a terrorist group angered Yemen.",
        {("USA", "163", "YEMREB")},
    ),
    ("The United States placed export controls on Chinese firms.", {("USA", "163", "CHNBUS")}),
    ("The EU suspended budget support to Mali.", {("EUN", "162", "MLI")}),
    ("Niger ordered the French ambassador to leave.", {("NER", "161", "FRAGOV")}),
]


@pytest.mark.parametrize(("text", "expected"), REDUCED)
def test_reduced_relations(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# a truce broken or ended ("cease-fire" is parsed as "fire"), buildings occupied (171),
# flights cut or halted (163), countermeasures vowed (130)
MORE_HOSTILE: list[tuple[str, set[Triple]]] = [
    ("Rebels broke the cease-fire with the government of Mali.", {("MLIREB", "196", "MLIGOV")}),
    ("Hamas threatened to break the cease-fire with Israel.", {("PSEINS", "138", "ISR")}),
    ("Soldiers occupied the university campus in Yangon.", {("MMRMIL", "171", "MMRCVL")}),
    ("Kenya reduced flights to Somalia.", {("KEN", "163", "SOM")}),
    ("Ghana halted flights from Britain.", {("GHA", "163", "GBR")}),
    ("China vowed countermeasures against Lithuania.", {("CHN", "130", "LTU")}),
]


@pytest.mark.parametrize(("text", "expected"), MORE_HOSTILE)
def test_more_hostile_acts(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# force or weapons used by one state on another state are a use of force (190), and
# threatened, a threat of force (138); on a people, force stays repression (175)
FORCE_ABROAD: list[tuple[str, set[Triple]]] = [
    ("Russia used force against Ukraine.", {("RUS", "190", "UKR")}),
    ("China threatened to use force against Taiwan.", {("CHN", "138", "TWN")}),
    ("Ukraine used drones against Russian forces.", {("UKR", "190", "RUSMIL")}),
    ("Russia threatened to use nuclear weapons against Ukraine.", {("RUS", "138", "UKR")}),
    ("Police used force against the protesters in Kenya.", {("KENCOP", "175", "KENOPP")}),
    ("Israel used force against Palestinian protesters.", {("ISR", "175", "PSEOPP")}),
]


@pytest.mark.parametrize(("text", "expected"), FORCE_ABROAD)
def test_force_abroad(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# 17: networks shut down or cut, citizenship stripped; 14: a crowd gathered at an
# embassy protests against its state; a country's people against its government
COERCE_PROTEST: list[tuple[str, set[Triple]]] = [
    ("Iran shut down the internet.", {("IRN", "1721", "IRNCVL")}),
    ("Nicaragua stripped opposition leaders of their citizenship.", {("NIC", "1721", "NICOPP")}),
    (
        "Demonstrators gathered outside the American embassy in Baghdad.",
        {("IRQOPP", "141", "USAGOV")},
    ),
    ("Thousands of Kenyans protested against the government.", {("KENCVL", "141", "KENGOV")}),
    # protests mobilised are the crowd's act; told ahead, a threat of protest (133)
    (
        "The Kenyan opposition mobilized protests against the government.",
        {("KENOPP", "141", "KENGOV")},
    ),
    (
        "The opposition leader said he would mobilize protests against the government of Kenya.",
        {("KENOPP", "133", "KENGOV")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), COERCE_PROTEST)
def test_coercion_and_protest(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# nouns of roots 15-17: an envoy's expulsion or recall (161), cooperation suspended
# (160), a ban on a state's goods (163), a seizure of its ship (1711), a troop buildup
# on a border (154), drills encircling a state (150)
NOUNS: list[tuple[str, set[Triple]]] = [
    ("Mali's expulsion of the French ambassador angered Paris.", {("MLI", "161", "FRAGOV")}),
    (
        "Algeria's recall of its ambassador from France deepened the crisis.",
        {("DZA", "161", "FRA")},
    ),
    ("Mali's suspension of cooperation with France ended an era.", {("MLI", "160", "FRA")}),
    ("Russia's ban on Georgian wine hurt Georgia.", {("RUS", "163", "GEO")}),
    ("Iran's seizure of the British tanker raised tensions.", {("IRN", "1711", "GBR")}),
    (
        "Ethiopia's troop buildup on the border with Eritrea raised fears.",
        {("ETH", "154", "ERI")},
    ),
    ("China conducted military drills encircling Taiwan.", {("CHN", "150", "TWN")}),
    ("China launched drills simulating a blockade of Taiwan.", {("CHN", "150", "TWN")}),
]


@pytest.mark.parametrize(("text", "expected"), NOUNS)
def test_hostile_nouns(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# a crowd's violence is a violent protest (145) and its blockade an obstruction as
# protest (144); armed groups keep their codes, and so does a mutual clash at home
CROWD_ACTS: list[tuple[str, set[Triple]]] = [
    ("Demonstrators attacked the police in Lima.", {("PEROPP", "145", "PERCOP")}),
    ("Protesters torched police cars in Nairobi.", {("KENOPP", "145", "KENCOP")}),
    ("Iraqi protesters set fire to the Swedish embassy.", {("IRQOPP", "145", "SWE")}),
    ("Protesters blocked the main highway in Kenya.", {("KENOPP", "144", "KEN")}),
    ("Rebels blocked the road to Goma in Congo.", {("CODREB", "191", "COD")}),
    (
        "Police clashed with protesters in Nairobi.",
        {("KENCOP", "175", "KENOPP"), ("KENOPP", "145", "KENCOP")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CROWD_ACTS)
def test_crowd_acts(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# 140: a campaign of civil disobedience, against the campaigners' own state
DISSENT: list[tuple[str, set[Triple]]] = [
    (
        "Myanmar's doctors launched a civil disobedience campaign against the junta.",
        {("MMRHLH", "140", "MMRGOV")},
    ),
    (
        "Kenyan students began a protest campaign against the government.",
        {("KENCVL", "141", "KENGOV")},
    ),
    ("Russia waged a disinformation campaign against Ukraine.", set()),
]


@pytest.mark.parametrize(("text", "expected"), DISSENT)
def test_dissent(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected
