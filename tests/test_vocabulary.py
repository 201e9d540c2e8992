"""The CAMEO vocabulary: one pattern file with consistent keys, codes the codebook
knows, and common news words of each root (sentences written for these tests)."""

from __future__ import annotations

from collections import Counter

import pytest
from spacy.language import Language

from dyadline.cameo import is_cameo
from dyadline.codebook import read_tsv
from dyadline.coder.patterns import packaged_patterns, support_verbs
from eventsets import Triple, events


def test_one_pattern_file_with_unique_keys() -> None:
    rows = read_tsv("verbs.tsv")
    keys = Counter((r["trigger"], r["pos"], r["requires"]) for r in rows)
    assert [k for k, n in keys.items() if n > 1] == []


def test_every_pattern_code_is_a_cameo_code() -> None:
    unknown = sorted({p.cameo for p in packaged_patterns() if not is_cameo(p.cameo)})
    assert unknown == []


@pytest.mark.parametrize(
    ("trigger", "pos", "code"),
    [
        ("torture", "V", "1822"),  # physical assault: torture (not 1721, political freedoms)
        ("demolish", "V", "1712"),  # destroy property (not 145, violent protest)
        ("force", "V", "170"),  # coerce (not 130, threaten)
        ("coerce", "V", "170"),
    ],
)
def test_codes_checked_against_the_codebook(trigger: str, pos: str, code: str) -> None:
    bare = [
        p for p in packaged_patterns() if (p.trigger, p.pos) == (trigger, pos) and not p.requires
    ]
    assert [p.cameo for p in bare] == [code]


def test_support_verbs_are_data() -> None:
    assert {"hold", "carry", "impose", "launch", "double"} <= support_verbs()


VOCABULARY: list[tuple[str, set[Triple]]] = [
    ("Germany congratulated France on the election.", {("DEU", "051", "FRA")}),
    (
        "The Dutch minister spoke with his Belgian counterpart.",
        {("NLDGOV", "040", "BELGOV"), ("BELGOV", "040", "NLDGOV")},
    ),
    ("Chile lambasted Peru over the fishing dispute.", {("CHL", "111", "PER")}),
    ("Ecuador rebuffed Colombia.", {("ECU", "120", "COL")}),
    ("Islamabad blamed the attacks on militants in Afghanistan.", {("PAKGOV", "112", "AFGINS")}),
    ("Gunmen stormed a hotel in Somalia.", {("SOMINS", "180", "SOMCVL")}),
    ("Kenyan police fired tear gas at protesters.", {("KENCOP", "175", "KENOPP")}),
    ("Trump doubled the tariffs on Canada's steel.", {("USAGOV", "163", "CAN")}),
    ("Rebels executed ten Malian soldiers.", {("MLIREB", "1823", "MLIMIL")}),
]


@pytest.mark.parametrize(("text", "expected"), VOCABULARY)
def test_news_vocabulary(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected
