"""Provinces and states of ISO 3166-2 (pycountry) as places that give a country,
with the guard against words and names of several countries (sentences written
for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyadline.coder.actor_codebook import country_of_place, subdivisions
from eventsets import Triple, events

NAMES: list[tuple[str, str | None]] = [
    ("Borno", "NGA"),
    ("Zamfara", "NGA"),
    ("Balochistan", "PAK"),
    ("Khyber Pakhtunkhwa", "PAK"),
    ("Helmand", "AFG"),
    ("Lamu", "KEN"),  # "Lamu County": the type word dropped
    ("Anbar", "IRQ"),  # "Al Anbar": the Arabic article dropped
    ("Idlib", "SYR"),
    ("Rakhine", "MMR"),
    ("Cabo Delgado", "MOZ"),
    ("Tigray", "ETH"),  # places.tsv: a spelling ISO 3166-2 lacks
    # the guard: English words, names of actors, names in several countries
    ("Unity", None),
    ("Gulf", None),
    ("Sahel", None),
    ("Punjab", None),  # a province of Pakistan and a state of India
    ("Niger", None),  # a state of Nigeria, but the name of a country first
    ("Somali", None),  # a region of Ethiopia, but a demonym
]


@pytest.mark.parametrize(("name", "country"), NAMES)
def test_subdivision_names(name: str, country: str | None) -> None:
    assert subdivisions().get(name.lower()) == country or country_of_place(name) == country
    if country is None:
        assert name.lower() not in subdivisions()


SENTENCES: list[tuple[str, set[Triple]]] = [
    ("Nigerian troops killed militants in Borno.", {("NGAMIL", "190", "NGAINS")}),
    ("Gunmen attacked a village in Zamfara state.", {("NGAINS", "180", "NGACVL")}),
    ("Police arrested protesters in Sindh province.", {("PAKCOP", "173", "PAKOPP")}),
    ("The army shelled rebel positions in Idlib.", {("SYRMIL", "194", "SYRREB")}),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_a_province_gives_the_country_of_sector_mentions(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected
