"""A people living in another state is that state's civilians (the coding guide:
an ethnic group is coded where it lives, not by its kin state); a diaspora keeps
its homeland (sentences written for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, events

RESIDENTS: list[tuple[str, set[Triple]]] = [
    # "<people> in <state>"
    ("Many Somalis in Kenya criticised the Kenyan government.", {("KENCVL", "111", "KENGOV")}),
    ("Ethnic Kurds in Syria praised Turkey.", {("SYRCVL", "051", "TUR")}),
    ("Some Armenians in Georgia thanked Russia.", {("GEOCVL", "051", "RUS")}),
    # "<state>'s <people>"
    ("Iran's ethnic Azerbaijanis praised Israel.", {("IRNCVL", "051", "ISR")}),
    # a people's minority or community noun
    ("The Azerbaijani minority in Iran praised Israel.", {("IRNCVL", "051", "ISR")}),
    ("Iran's Azerbaijani community praised Israel.", {("IRNCVL", "051", "ISR")}),
    # "ethnic X" with no state of its own: where the text last placed them
    (
        "Ethnic Uzbeks in Kyrgyzstan fled. Dozens of ethnic Uzbeks thanked Uzbekistan.",
        {("KGZCVL", "051", "UZB")},
    ),
    # not a people: forces, soldiers, a diaspora
    ("Azerbaijani forces in Iran attacked Armenia.", {("AZEMIL", "190", "ARM")}),
    ("The Armenian diaspora community in France praised Armenia.", {("ARMCVL", "051", "ARM")}),
]


@pytest.mark.parametrize(("text", "expected"), RESIDENTS)
def test_a_people_is_coded_where_it_lives(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected
