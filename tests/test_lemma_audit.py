"""Lemma fixes (``codebooks/lemmas.tsv``): a verb trigger's inflected forms reach its
rows though the small pipeline's lemmatizer gets some of them wrong ("fined" -> "fin",
"lambasted" -> "lambast", "hopes" -> "hop"). The sentences are written for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyadline.codebook import read_tsv
from eventsets import Triple, events

INFLECTED: list[tuple[str, set[Triple]]] = [
    ("Kenya fined a Ugandan company.", {("KEN", "172", "UGABUS")}),
    ("Kenya lambasted Uganda.", {("KEN", "111", "UGA")}),
    ("Kenya lambastes Uganda.", {("KEN", "111", "UGA")}),
    ("Kenya hopes to settle the dispute with Uganda.", {("KEN", "032", "UGA")}),
    ("The UN prepositioned food aid for Somalia.", {("UNO", "073", "SOM")}),
    ("Ugandan soldiers are raping women in Kenya.", {("UGAMIL", "1821", "KENCVL")}),
]


@pytest.mark.parametrize(("text", "expected"), INFLECTED)
def test_inflected_trigger(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


def _forms(lemma: str) -> list[str]:
    """The -s, -ed and -ing forms of a regular verb (only the -s form of one ending in
    consonant, vowel, consonant, whose final consonant may double: "airdropped")."""
    consonant_y = lemma.endswith("y") and lemma[-2:-1] not in tuple("aeiou")
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        third = lemma + "es"
    else:
        third = lemma[:-1] + "ies" if consonant_y else lemma + "s"
    if lemma.endswith("e"):
        past = lemma + "d"
    else:
        past = lemma[:-1] + "ied" if consonant_y else lemma + "ed"
    ing = lemma[:-1] + "ing" if lemma.endswith("e") and not lemma.endswith("ee") else lemma + "ing"
    vowels = tuple("aeiou")
    doubles = (
        len(lemma) > 2
        and lemma[-1] not in "aeiouwxy"
        and lemma[-2] in vowels
        and lemma[-3] not in vowels
    )
    return [third] if doubles else [third, past, ing]


def test_regular_forms_of_every_verb_trigger_reach_a_trigger(nlp: Language) -> None:
    """Every one-word verb trigger whose regular forms the tagger reads as verbs gets
    back a trigger lemma (the pipeline's, or a fix of lemmas.tsv)."""
    triggers = {
        row["trigger"]
        for row in read_tsv("verbs.tsv")
        if row["pos"] == "V" and row["trigger"].isalpha() and row["trigger"] != "be"
    }
    forms = [form for lemma in sorted(triggers) for form in _forms(lemma)]
    wrong = [
        (form, doc[1].lemma_)
        for form, doc in zip(
            forms, nlp.pipe(f"Kenya {form} Uganda." for form in forms), strict=True
        )
        if doc[1].tag_.startswith("VB") and doc[1].lemma_.lower() not in triggers
    ]
    assert wrong == []
