"""A state's name that several states share, settled by the places named with it.

Reads: a parsed spaCy ``Doc`` with the tagger's mentions, ``ambiguous_states.tsv``
(names such as "Congo", "Guinea", "Georgia": the states each may denote, the usual
one first, and how far to look), the places of
``dyadline.coder.actor_codebook.country_of_place`` (cities of 100,000 people,
ISO 3166-2 provinces, ``places.tsv``) and the capitals of the actor codebooks.
Adds nothing itself: ``settled_entries`` tells the actor tagger which state such a
name denotes here; ``dyadline.coder.context`` carries a settled name into the later
paragraphs of the story.

"GOMA, Congo" and "Kinshasa ... Congo" are the DR Congo, though "Congo" alone is
the Republic of the Congo; "ATLANTA, Georgia" is the US state, not the country. A
place just before the name, after a comma ("City, Country": a dateline or an
apposition), decides. With scope ``story`` the places of the whole paragraph count
too, where they name one of the other states and none of the usual one.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Doc, Token

from dyadline.codebook import read_tsv_numbered
from dyadline.coder.actor_codebook import Entry, _fold, country_of_place, packaged_entries
from dyadline.errors import CodebookError

__all__ = [
    "Ambiguous",
    "ambiguous_states",
    "carry_settled",
    "settled_entries",
    "state_entry",
    "story_places",
]

SCOPES = ("phrase", "story")


@dataclass(frozen=True, slots=True)
class Ambiguous:
    """A shared state name: the states it may denote (the usual one first)."""

    countries: tuple[str, ...]
    scope: str


@cache
def ambiguous_states() -> dict[str, Ambiguous]:
    """Folded name -> Ambiguous, from ``ambiguous_states.tsv``."""
    out: dict[str, Ambiguous] = {}
    for lineno, row in read_tsv_numbered("ambiguous_states.tsv"):
        countries = tuple(c.strip().upper() for c in row["countries"].split("|") if c.strip())
        if len(countries) < 2 or row["scope"] not in SCOPES:
            raise CodebookError(
                f"ambiguous_states.tsv:{lineno}",
                f"{row['name']!r} needs two or more countries and a scope",
                f"give countries as A|B and the scope {' or '.join(SCOPES)}",
            )
        out[_fold(row["name"])] = Ambiguous(countries, row["scope"])
    return out


@cache
def _states() -> dict[str, Entry]:
    """ISO-3 code -> the first state row of the packaged codebooks."""
    out: dict[str, Entry] = {}
    for _alias, e, _where in packaged_entries():
        if e.kind == "state":
            out.setdefault(e.country, e)
    return out


@cache
def _capitals() -> dict[str, str]:
    """Folded capital name -> ISO-3 code (``capitals.tsv`` rows)."""
    return {_fold(a): e.country for a, e, _w in packaged_entries() if e.kind == "capital"}


def state_entry(country: str) -> Entry | None:
    """The state row of ``country`` (its canonical name), if the codebooks have one."""
    return _states().get(country)


def _place(tokens: list[Token], towns: bool = False) -> str | None:
    """The country of a place name (a city, province or capital; with ``towns``, also
    the towns of the whole gazetteer, for a place named with the state)."""
    if not tokens:
        return None
    text = tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text
    found = _capitals().get(_fold(text)) or country_of_place(text)
    if found is None and towns:
        from dyadline.coder.locations import country_of_name

        found = country_of_name(text)
    return found


def _run_before(doc: Doc, start: int) -> list[Token]:
    """The capitalised words just before a comma before token ``start`` ("GOMA ,")."""
    i = start - 1
    if i < 1 or doc[i].text != ",":
        return []
    run: list[Token] = []
    i -= 1
    while i >= 0 and (doc[i].text[:1].isupper() or doc[i].text in ("-", "'")):
        run.insert(0, doc[i])
        i -= 1
    return run


def story_places(doc: Doc) -> Counter[str]:
    """How often the paragraph names a place of each country (proper-noun words)."""
    found: Counter[str] = Counter()
    for t in doc:
        if t.pos_ == "PROPN" and t.text[:1].isupper():
            country = _place([t])
            if country:
                found[country] += 1
    return found


def settled_entries(
    doc: Doc, start: int, end: int, entries: tuple[Entry, ...], places: Counter[str] | None
) -> tuple[Entry, ...] | None:
    """The entries a shared state name at ``[start, end)`` denotes here, where a place
    settles it on another of its states; None to keep it. ``places``: the paragraph's
    places by country (``story_places``), for names of scope ``story``."""
    if entries[0].kind != "state":
        return None
    found = ambiguous_states().get(_fold(doc[start:end].text))
    if found is None:
        return None
    usual, others = found.countries[0], found.countries[1:]
    near = _place(_run_before(doc, start), towns=True)
    # the usual reading, which need not be the state whose alias the name is ("Congo"
    # is listed as the Republic of the Congo's short name; in news it is the DR Congo)
    choice = usual
    if near in others:
        choice = near
    elif near is None and found.scope == "story" and places is not None and not places[usual]:
        named = [c for c in others if places[c]]
        if named:
            choice = max(named, key=lambda c: places[c])
    entry = state_entry(choice)
    if entry is None or choice == entries[0].country:
        return None
    return (replace(entry, order=entries[0].order),)


def carry_settled(doc: Doc, settled: dict[str, str]) -> dict[str, str]:
    """Give the shared state names of a story's paragraph (scope ``story``) the state an
    earlier paragraph's places settled them on ("GOMA, Congo" ... "Congo" later is the
    DR Congo); return the names settled so far, this paragraph's included. Rewrites
    ``doc._.actors`` (a new list of plain dicts) where a mention changes."""
    from dyadline.coder.actors import ActorMention, mention_data, mentions

    table = ambiguous_states()
    out = dict(settled)
    changed = False
    typed: list[ActorMention] = []
    for m in mentions(doc):
        key = _fold(m.actor.text) if m.kind == "state" else ""
        found = table.get(key) if key else None
        if found is None or found.scope != "story":
            typed.append(m)
            continue
        if m.actor.country != found.countries[0]:
            out[key] = m.actor.country or ""
        elif key in settled:
            entry = state_entry(settled[key])
            if entry is not None:
                m = ActorMention(m.start, m.end, entry.actor(m.actor.text), "state", (entry,))
                changed = True
        typed.append(m)
    if changed:
        doc._.actors = [mention_data(m) for m in typed]
    return out
