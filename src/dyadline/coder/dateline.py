"""A news dateline opening a text: where the story is told from, not an actor.

Reads: a parsed ``Doc`` (its first tokens) and ``doc._.actors``. Adds nothing to
the Doc but a cached token index in ``doc.user_data`` (a plain int).

A wire story opens with a dateline: a place in capitals, perhaps its country
and the agency, then a dash ("KABUL, Afghanistan (AP) -", "MOSCOW -",
"GOMA, Congo (Reuters) --"). The parser reads its head as one more subject of
the first verb, so "KABUL ... - Police arrested ..." would give Kabul (the
Afghan government) as the one who arrested. ``dateline_end`` tells where the
dateline stops: ``dyadline.coder.arguments`` takes no subject from before it,
and ``dateline_state`` gives its country to sector-only mentions ("police",
"rebels") that name no state of their own, as a story's main state does.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dyadline.coder.actor_codebook import country_of_place, state_codes
from dyadline.coder.actors import mentions
from dyadline.coder.locations import country_of_name

__all__ = ["dateline_end", "dateline_state"]

_KEY = "dyadline_dateline_end"
DASHES = frozenset({"-", "--", "\u2013", "\u2014", "\u2013\u2013", "\u2014\u2014"})
#: longest dateline read, in tokens ("SAN JOSE, Costa Rica, March 3, 2021 (AP) -")
_LONGEST = 20


def _capitals(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def _joined(doc: Doc, i: int, start: int) -> bool:
    """A hyphen or apostrophe inside a place's name ("PORT-AU-PRINCE"), not the dash."""
    return (
        start < i < len(doc) - 1
        and doc[i].text in ("-", "'")
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
    )


def _scan(doc: Doc) -> int:
    i, n = 0, min(len(doc), _LONGEST)
    while i < n and doc[i].is_space:
        i += 1
    start = i
    # the place, in capitals: "KABUL", "UNITED NATIONS", "PORT-AU-PRINCE"
    while i < n and (_capitals(doc[i].text) or _joined(doc, i, start)):
        i += 1
    if i == start or i - start > 5:
        return 0
    words = 0
    while i < n:
        t = doc[i]
        if t.text in DASHES:
            return i + 1 if words <= 12 else 0
        if t.text in (",", "(", ")", ".", "&") or t.is_space:
            i += 1
            continue
        if t.text[:1].isupper() or t.like_num:
            # the country or state, the date, the agency: "Afghanistan", "March 3", "(AP)"
            words += 1
            i += 1
            continue
        return 0
    return 0


def dateline_end(doc: Doc) -> int:
    """The index of the first token after a dateline opening ``doc`` (0: none)."""
    cached = doc.user_data.get(_KEY)
    if isinstance(cached, int):
        return cached
    end = _scan(doc)
    doc.user_data[_KEY] = end
    return end


def dateline_state(doc: Doc) -> str | None:
    """The state a dateline opening ``doc`` names: a state or capital within it
    ("KABUL, Afghanistan (AP) -", "MOSCOW -"), else the country of its place
    ("PESHAWAR -" -> Pakistan; a smaller town by the gazetteer of
    ``dyadline.coder.locations``); None without a dateline or a known place."""
    end = dateline_end(doc)
    if not end:
        return None
    states = state_codes()
    for m in mentions(doc):
        if m.start >= end:
            break
        if m.actor.country in states:
            return m.actor.country
    names: list[str] = []
    for t in doc[:end]:
        if not (_capitals(t.text) or _joined(doc, t.i, 0)):
            break
        names.append(t.text_with_ws)
    place = "".join(names).strip()
    if not place:
        return None
    # a city of 100,000 people, else a town of the whole gazetteer ("SIBI -")
    return country_of_place(place) or country_of_name(place)
