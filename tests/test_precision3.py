"""Precision: acts a story names again, or names under a negation that does not deny
them, are no new events (sentences written for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

Triple = tuple[str, str, str | None]

# sentences that code nothing: they put distance between an act and its re-mention
FILLER = (
    "The weather in the capital was mild. Markets opened higher. Schools were closed "
    "for the holiday. Traffic was heavy on the main roads. A new bridge opened in the "
    "north. Farmers expect a good harvest. Tourism rose this year. "
)


def story(nlp: Language, text: str) -> list[Triple]:
    """Every event of ``text`` as a news story, in text order (a re-mention repeats)."""
    from dyadline.annotate import annotate
    from dyadline.model import Document

    done = annotate(Document(text=text, date="2025-03-12", news=True), nlp)
    return [(e.source.code, e.cameo, e.target.code if e.target else None) for e in done.events]


ARREST = "A Kenyan journalist, Peter Otieno, has been arrested. "
ARRESTED = ("KENGOV", "173", "KENMED")

RETOLD: list[tuple[str, list[Triple]]] = [
    # the act named by whom it was done to, in the next sentence
    (ARREST + "Rights groups condemned Otieno's arrest.", [ARRESTED, ("NGO", "111", "KEN")]),
    # ... and many sentences on: a story re-tells its main act
    (
        ARREST + FILLER + "Rights groups condemned Otieno's arrest.",
        [ARRESTED, ("NGO", "111", "KEN")],
    ),
    (ARREST + FILLER + "Otieno's arrest frightened many reporters.", [ARRESTED]),
]


@pytest.mark.parametrize(("text", "expected"), RETOLD)
def test_an_act_told_again_is_no_new_event(
    nlp: Language, text: str, expected: list[Triple]
) -> None:
    assert story(nlp, text) == expected


NEGATED: list[tuple[str, list[Triple]]] = [
    # the noun is what a negated verb denies a meaning of: no act stated
    (
        "Analysts said the talks in Cairo would not signal a rapprochement between "
        "Turkey and Egypt.",
        [],
    ),
    # the act noun is the subject of the negated verb: it happened
    (
        "Analysts said the visit of the Turkish president to Egypt did not signal a "
        "rapprochement between Turkey and Egypt.",
        [("TURGOV", "042", "EGY")],
    ),
    # ... and told again, it is a re-mention
    (
        ARREST + "The minister said Otieno's arrest was not a sign of a crackdown.",
        [ARRESTED],
    ),
    # a support verb states the act, negated
    (
        "Israel and Jordan did not hold talks in Amman.",
        [("ISR", "046", "JOR"), ("JOR", "046", "ISR")],
    ),
    # a block verb codes its own act: the stopping did not happen
    (
        "Iran said the deal would not stop Israel's cooperation with Azerbaijan.",
        [("ISR", "162", "AZE")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEGATED)
def test_an_act_noun_under_a_negation(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert story(nlp, text) == expected


TOLD: list[tuple[str, list[Triple]]] = [
    # a state organ telling of violence at home accuses no one
    (
        "Kenyan officials said militants attacked a police post in Garissa.",
        [("KENINS", "190", "KENCOP")],
    ),
    (
        "The Kenyan interior minister said gunmen killed five villagers.",
        [("KENINS", "1823", "KENCVL")],
    ),
    # a group apart from its state does accuse
    (
        "Kenyan activists said the police killed two protesters in Nairobi.",
        [("KENCVL", "112", "KENCOP"), ("KENCOP", "175", "KENOPP")],
    ),
    # so does a state telling of another state's forces
    ("Ethiopia said Eritrean troops attacked a border town.", [("ETH", "112", "ERIMIL")]),
    # and a verb that accuses in itself
    (
        "Kenyan officials alleged that militants attacked a police post in Garissa.",
        [("KENGOV", "112", "KENINS"), ("KENINS", "190", "KENCOP")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOLD)
def test_a_state_telling_of_violence_at_home(
    nlp: Language, text: str, expected: list[Triple]
) -> None:
    assert story(nlp, text) == expected


ONCE: list[tuple[str, list[Triple]]] = [
    # two common nouns of one sector: one act, one record
    (
        "A UN envoy said that women and girls in Taliban-ruled areas are being persecuted.",
        [("AFGGOV", "175", "AFGCVL")],
    ),
    # two sectors: two dyads
    (
        "Amnesty said that journalists and students in Myanmar are being persecuted by the junta.",
        [("MMRGOV", "175", "MMRMED"), ("MMRGOV", "175", "MMRCVL")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ONCE)
def test_one_trigger_one_dyad_one_record(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert story(nlp, text) == expected


STANDS: list[tuple[str, list[Triple]]] = [
    # an act negated in the present simple: a rejection its doer makes now
    ("Serbia does not recognize Kosovo.", [("SRB", "120", "XKX")]),
    ("Kenya does not support the Somali government.", [("KEN", "120", "SOMGOV")]),
    # in the past: the act did not happen
    ("Serbia did not recognize Kosovo in 2008.", [("SRB", "054", "XKX")]),
    # emphatic, not negated: the act itself
    ("Kenya does support the Somali government.", [("KEN", "051", "SOMGOV")]),
]


@pytest.mark.parametrize(("text", "expected"), STANDS)
def test_an_act_negated_in_the_present(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert story(nlp, text) == expected


CODEBOOK: list[tuple[str, list[Triple]]] = [
    # a trade war is tariffs (163), not fighting (190)
    ("The United States escalated its trade war with China on Monday.", [("USA", "163", "CHN")]),
]


@pytest.mark.parametrize(("text", "expected"), CODEBOOK)
def test_rows_corrected_to_the_codebook(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert story(nlp, text) == expected


NESTED: list[tuple[str, list[Triple]]] = [
    # "X said Y must stop Z": a demand of Y (10x), though the clause names violence
    ("The UN said Israel must stop its attacks on Gaza.", [("UNO", "100", "ISR")]),
    ("Egypt said Israel should end the strikes on Gaza.", [("EGY", "020", "ISR")]),
    # told as done: an accusation, and the act reported
    (
        "Ukraine said Russia had attacked Ukrainian ports.",
        [("UKR", "112", "RUS"), ("RUS", "190", "UKR")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NESTED)
def test_a_clause_told_by_a_verb_of_saying(
    nlp: Language, text: str, expected: list[Triple]
) -> None:
    assert story(nlp, text) == expected


PRIVATE: list[tuple[str, list[Triple]]] = [
    # private people's trips are no political event
    ("More than two million Chinese tourists visited Vietnam last year.", []),
    ("A Kenyan student attending college in Germany said the exams were hard.", []),
    # an official's visit is
    ("The Chinese foreign minister visited Vietnam.", [("CHNGOV", "042", "VNM")]),
]


@pytest.mark.parametrize(("text", "expected"), PRIVATE)
def test_a_private_trip_is_no_visit(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert story(nlp, text) == expected


BARRED: list[tuple[str, list[Triple]]] = [
    # the act barred is not done; the barring is the event
    (
        "The Taliban have barred women from attending UN meetings in Kabul.",
        [("AFGGOV", "1721", "AFGCVL")],
    ),
    ("Egypt forbade its ministers from meeting Israeli officials.", []),
]


@pytest.mark.parametrize(("text", "expected"), BARRED)
def test_an_act_barred_is_not_done(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert story(nlp, text) == expected


PURPOSE: list[tuple[str, list[Triple]]] = [
    # what means are sought for is only intended (03x)
    (
        "UNICEF said it needs two billion dollars in 2026 to provide food support to "
        "5 million Sudanese children.",
        [("UNO", "033", "SDNCVL")],
    ),
    ("UNICEF provided critical support to Sudanese children.", [("UNO", "070", "SDNCVL")]),
    # "aimed at": an aim, as "aimed to" is
    (
        "Analysts said the Japanese prime minister's visit is aimed at boosting "
        "cooperation with India.",
        [("JPNGOV", "031", "IND")],
    ),
    ("Japan boosted cooperation with India.", [("JPN", "060", "IND")]),
]


@pytest.mark.parametrize(("text", "expected"), PURPOSE)
def test_the_purpose_of_means_sought(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert story(nlp, text) == expected
