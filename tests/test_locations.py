"""Where an event happened, resolved offline to a country and coordinates."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Token

from dyadline.coder.locations import location_for


def _token(nlp: Language, sentence: str, word: str) -> Token:
    return next(t for t in nlp(sentence) if t.text == word)


def test_baku_resolves_to_azerbaijan_with_coordinates(bare_nlp: Language) -> None:
    loc = location_for(_token(bare_nlp, "Israel opened an embassy in Baku in 1993.", "opened"))
    assert loc is not None
    assert (loc.text, loc.country) == ("Baku", "AZE")
    assert loc.lat == pytest.approx(40.4, abs=0.2)
    assert loc.lon == pytest.approx(49.9, abs=0.2)


def test_haifa_after_a_visit(bare_nlp: Language) -> None:
    loc = location_for(_token(bare_nlp, "The minister made a short visit to Haifa.", "visit"))
    assert loc is not None and loc.country == "ISR"


@pytest.mark.parametrize(
    ("sentence", "word", "text", "country"),
    [
        ("A cargo ship was attacked near Ashdod.", "attacked", "Ashdod", "ISR"),
        ("Iran moved troops into Nakhchivan.", "moved", "Nakhchivan", "AZE"),
        ("Shelling hit the border area of Tovuz.", "hit", "Tovuz", "AZE"),
        ("Armenian forces fired rockets at Ganja.", "fired", "Ganja", "AZE"),
        ("Protesters gathered at Israel's Knesset.", "gathered", "Israel", "ISR"),
        (
            "Iranian troops crossed the border into Azerbaijan and placed concrete blocks "
            "on a road in a district in Jabrayil region.",
            "placed",
            "Jabrayil",
            "AZE",
        ),
        ("Israel did not open an embassy in Azerbaijan.", "open", "Azerbaijan", "AZE"),
        # a generic word ending a name is no place alone ("Bay" is also a town)
        ("The detainees were held at Guantanamo Bay.", "held", "Guantanamo", "CUB"),
    ],
)
def test_locative_phrases(
    bare_nlp: Language, sentence: str, word: str, text: str, country: str
) -> None:
    loc = location_for(_token(bare_nlp, sentence, word))
    assert loc is not None
    assert (loc.text, loc.country) == (text, country)


def test_a_country_has_no_point(bare_nlp: Language) -> None:
    loc = location_for(_token(bare_nlp, "Israel did not open an embassy in Azerbaijan.", "open"))
    assert loc is not None and loc.lat is None and loc.lon is None


def test_ambiguous_name_is_pulled_towards_the_dyad(bare_nlp: Language) -> None:
    met = _token(bare_nlp, "The two envoys met in Moscow.", "met")
    default = location_for(met)
    pulled = location_for(met, ("USA", "CAN"))
    assert default is not None and default.country == "RUS"
    assert pulled is not None and pulled.country == "USA"
    assert pulled.lon is not None and pulled.lon < -100


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Aliyev met Netanyahu to discuss trade.", "met"),
        ("Israel sold drones to Azerbaijan.", "sold"),  # the buyer, not a place
        ("Diplomats met at the UN.", "met"),  # an acronym, not the Indian town "Un"
    ],
)
def test_no_place(bare_nlp: Language, sentence: str, word: str) -> None:
    assert location_for(_token(bare_nlp, sentence, word)) is None


def test_lookups_are_fast_after_the_first(bare_nlp: Language) -> None:
    tok = _token(bare_nlp, "Armenian forces fired rockets at Barda.", "fired")
    location_for(tok)  # builds the gazetteer
    start = time.perf_counter()
    for _ in range(200):
        location_for(tok)
    assert (time.perf_counter() - start) / 200 < 0.02  # a rebuild takes seconds


def test_gold_sample_places(bare_nlp: Language, gold_path: Path) -> None:
    """Gold events placed in a named town are placed there, in the right country."""
    events = [json.loads(line) for line in gold_path.read_text("utf-8").splitlines() if line]
    found = {}
    for ev in events:
        if ev["location"] not in ("Baku", "Jabrayil"):
            continue
        doc = bare_nlp(ev["sentence"])
        start = ev["sentence"].find(ev["trigger"])
        span = doc.char_span(start, start + len(ev["trigger"]), alignment_mode="expand")
        assert span is not None
        loc = location_for(span.root, (ev["source"][:3], ev["target"][:3]))
        found[ev["id"]] = (loc.text, loc.country) if loc else None
    assert found["e009"] == ("Baku", "AZE")
    assert found["e094"] == ("Jabrayil", "AZE")
