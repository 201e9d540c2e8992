"""Actor recognition: the ``dyadline_actors`` spaCy component and ``actors_for``.

Reads: a parsed spaCy ``Doc`` and the actor codebooks (``dyadline.coder.actor_codebook``:
states, adjectives, capitals, organisations, armed groups, leaders with
tenures, sector cue words), plus the user's own actor files given as
``codebooks=[path, ...]`` in the format documented there. Adds:
``doc._.actors`` — a list of plain dicts, one per name found (longest
non-overlapping matches, in text order; fields in ``dyadline.coder.docdata``), so
the Doc serialises; ``mentions(doc)`` gives them as ``ActorMention`` records.
``actors_for(token, date=...)`` then turns the noun
phrase headed by a token into coded ``Actor`` records (country + sector), for
the event coder: a person or a group by their role or status on ``date`` (a
person out of office then by country alone), a people (kind ``people``) by
the state named with it or where it lives, and a sector noun with no
country of its own by an "in/of/from X" phrase naming a state, an actor or a
city (``country_of_place``: "rebels in Goma" -> CODREB, "militants in Borno" ->
NGAINS by ISO 3166-2). A count of people stands for its of-phrase ("thousands of
protesters"); a definite armed noun, group noun or title points back to the
group or titled person named last, in this paragraph or an earlier one ("the
militants", "the group", "the minister": ``_back_reference``); "he"/"his" to the
nearest subject that names a person, coded or not; a pronoun in a fronted phrase
to its clause's subject ("At their summit, X and Y ..."); a subject "they" with no
actor before it in its sentence to the plural subject of the sentences just before
("Gunmen stormed a hotel. They ...": ``_plural_subject``); "it" for a group keeps the
group's sector; "the group" also to an armed group introduced without a name ("a
terrorist cell"), and "the council" first to the organisation whose name holds the
noun; "the country" to the story's main state (``MAIN_STATE``). Without an event date,
a news story's date (``DOC_DATE``) decides who held an office. A mention built by
hand or read back from a serialised Doc may be a dict or an ``ActorMention``;
``mentions(doc)`` accepts both.

User codebooks are TSV files with the header
``country sector kind name aliases role start end`` (the format of the
packaged ``codebooks/actors.tsv`` and ``leaders.tsv``; every column is
described in ``dyadline.coder.actor_codebook``), e.g. a row
``FRD<TAB>GOV<TAB>person<TAB>Rufus Firefly<TAB>Rufus Firefly|Firefly<TAB>president<TAB>1933<TAB>``.
Their rows come first, so they override packaged aliases.

A match that only ends a longer proper name of another actor is dropped ("the World
Uyghur Congress" is not the US Congress: ``dyadline.coder.compounds``), and a state
name several states share is settled by a place named with it ("GOMA, Congo" is the
DR Congo: ``dyadline.coder.ambiguous``).

Names are found with two spaCy ``PhraseMatcher`` s compiled once at start-up
(exact ``ORTH`` for all-capital aliases, ``LOWER`` for the rest), so the work
per sentence does not grow with the codebook. What a phrase denotes is read
from the dependency parse by hand: no library maps "Kenya's High Court" to
KENJUD or "the two countries" to the last two states named.
"""

from __future__ import annotations

from collections import Counter, OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from dyadline.codebook import read_tsv
from dyadline.coder import memo, quoted, roles
from dyadline.coder.actor_codebook import (
    Cue,
    Entry,
    _fold,
    armed_sectors,
    collectives,
    country_of_place,
    load_index,
    longest_collective,
    longest_cue,
    packaged_entries,
    region_adjective_country,
    resolve,
    sector_cues,
    society_sectors,
    state_codes,
    title_cues,
)
from dyadline.coder.ambiguous import ambiguous_states, settled_entries, story_places
from dyadline.coder.compounds import foreign_compound
from dyadline.coder.docdata import MentionData
from dyadline.model import Actor

__all__ = [
    "DOC_DATE",
    "MAIN_STATE",
    "RUNNER_UP",
    "STATE_COUNTS",
    "ActorMention",
    "ActorTagger",
    "actors_for",
    "country_of_place",
    "mention_at",
    "mention_data",
    "mention_from_data",
    "mentions",
    "named_states",
    "sentence_states",
]

# A name after "pro-"/"anti-" ("pro-Armenia activists") is not the actor's country.
PREFIXES = frozenset({"pro", "anti", "non", "post", "ex"})
# Nor is a name before "-linked"/"-backed" ("Al Qaeda-linked Somali militants" are Somali).
LINKS = frozenset(
    {"linked", "backed", "affiliated", "allied", "inspired", "sponsored", "funded", "aligned"}
)
HYPHENS = frozenset({"-", "–", "‑"})
# Nor is a name before "made"/"-built" ("the Israeli-made system" is a product).
MADE = frozenset({"made", "built", "produced", "manufactured", "designed", "supplied"})
GROUP_NOUNS = frozenset(
    {"country", "state", "nation", "side", "government", "capital", "party", "ally"}
)
# doc.user_data key: the states named before this paragraph (``dyadline.coder.context``)
DOC_DATE = "dyadline_doc_date"  # a news story's date (``dyadline.annotate``): tenure default
PRIOR_STATES = "dyadline_prior_states"
PRIOR_NAMED = "dyadline_prior_named"  # groups and people of earlier paragraphs
# the dependencies of a noun that is an argument of its clause or of a preposition
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})
# doc.user_data key: the ISO-3 code of the state the document names most (so far)
MAIN_STATE = "dyadline_main_state"
# doc.user_data key: the state named most after it (so far), or None
RUNNER_UP = "dyadline_runner_up"
# doc.user_data key: ISO-3 code -> times the document names the state (so far)
STATE_COUNTS = "dyadline_state_counts"
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
BACK_KINDS = frozenset({"group", "org", "person"})  # what a definite noun may point back to
GROUP_WORDS = frozenset({"two", "both", "warring"})
HOME_PREPS = frozenset({"in", "inside", "of", "from"})  # where a people lives
PLACE_PREPS = frozenset({"in", "at", "near", "inside"})  # a name there is a place
SINGULAR = frozenset({"it", "its", "itself"})
PERSONAL = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
PLURAL = frozenset({"they", "their", "them", "themselves", "theirs"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# verbs of speech whose subject, an unknown proper name, is a person ("Kamau said")
SPEECH_VERBS = frozenset({"say", "tell", "add", "state", "note", "explain", "write", "ask"})
GROUP_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})
CUT = frozenset({"relcl", "acl", "advcl", "parataxis"})  # clauses trimmed from a phrase
TOP_CUT = frozenset({"conj", "cc", "preconj", "appos"})  # "Israel and Azerbaijan": one each
NOT_NOMINAL = frozenset({"VERB", "AUX", "ADP", "SCONJ", "CCONJ", "PUNCT", "DET", "PART", "NUM"})
STATE_KINDS = frozenset({"state", "capital"})
# what "they"/"their" may also stand for in its own sentence: coordinated people of
# two or more states ("X and Y ... their phone call")
PLURAL_PEOPLE = frozenset({"person"})
IT_KINDS = frozenset({"state", "capital", "org", "group"})  # what "it" can stand for
COPULAS = frozenset({"be", "become", "seem", "appear", "remain", "prove"})


@dataclass(frozen=True)
class ActorMention:
    """A name of an actor in a Doc: tokens [start, end), what it denotes, what kind of name."""

    start: int  # token index in the Doc
    end: int  # exclusive token index
    actor: Actor  # resolved without a date (current holder for shared surnames)
    kind: str  # "state" | "adjective" | "capital" | "person" | "org" | "group"
    candidates: tuple[Entry, ...] = field(default=(), compare=False, repr=False)

    def resolved(self, date: str | None) -> Entry:
        """The codebook entry on ``date`` (people by tenure)."""
        if not self.candidates:  # a mention built by hand, without codebook rows
            a = self.actor
            return Entry(a.country or a.code[:3], a.sector, self.kind, a.name or a.text)
        return resolve(self.candidates, date)

    @property
    def ambiguous(self) -> bool:
        """Does the reading depend on the date: different people (or roles) at
        different dates, or a person or group whose term or status ended?"""
        if len({(e.country, e.sector, e.name) for e in self.candidates}) > 1:
            return True
        return any(e.end is not None for e in self.candidates)

    @property
    def state_level(self) -> bool:
        """A state (or one of its organs, people, capitals), not an IGO or transnational group."""
        if self.kind == "people":  # "Kurds" do not name Turkey
            return False
        return self.kind in ("state", "adjective") or self.actor.country in state_codes()


def mention_data(m: ActorMention) -> MentionData:
    """The plain-data form of a mention (what ``doc._.actors`` holds)."""
    a = m.actor
    return MentionData(
        start=m.start,
        end=m.end,
        kind=m.kind,
        code=a.code,
        country=a.country,
        sector=a.sector,
        text=a.text,
        name=a.name,
        candidates=[
            [e.country, e.sector, e.kind, e.name, e.role, e.start, e.end, e.order]
            for e in m.candidates
        ],
    )


def mention_from_data(data: dict[str, Any] | ActorMention) -> ActorMention:
    """The typed mention of a stored dict (an ``ActorMention`` is returned as it is)."""
    if isinstance(data, ActorMention):
        return data
    actor = Actor(
        code=data["code"],
        country=data.get("country"),
        sector=data.get("sector"),
        text=data.get("text") or "",
        name=data.get("name"),
    )
    candidates = tuple(
        Entry(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]) for c in data.get("candidates") or []
    )
    return ActorMention(data["start"], data["end"], actor, data["kind"], candidates)


# typed views of recent ``doc._.actors`` lists: id(list) -> (the list, its mentions)
_TYPED: OrderedDict[int, tuple[list[Any], list[ActorMention]]] = OrderedDict()
_TYPED_SIZE = 64


def _remember(data: list[Any], typed: list[ActorMention]) -> None:
    _TYPED[id(data)] = (data, typed)
    _TYPED.move_to_end(id(data))
    while len(_TYPED) > _TYPED_SIZE:
        _TYPED.popitem(last=False)


def mentions(doc: Doc) -> list[ActorMention]:
    """The actor mentions of a Doc as ``ActorMention`` records (from ``doc._.actors``)."""
    data = doc._.actors
    if not data:
        return []
    hit = _TYPED.get(id(data))
    if hit is not None and hit[0] is data and len(hit[1]) == len(data):
        return hit[1]
    typed = [mention_from_data(d) for d in data]
    _remember(data, typed)
    return typed


class ActorTagger:
    """spaCy component ``dyadline_actors``: sets ``doc._.actors``."""

    def __init__(self, nlp: Language, codebooks: list[str]) -> None:
        self.codebooks = list(codebooks)
        self.index = load_index(self.codebooks)
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.orth = PhraseMatcher(nlp.vocab, attr="ORTH")
        exact: dict[str, list[str]] = {}
        folded: dict[str, list[str]] = {}
        for key in self.index:
            if key.startswith("="):
                exact.setdefault(key, []).append(key[1:])
            else:
                folded.setdefault(key, []).append(key)
        for matcher, groups in ((self.orth, exact), (self.lower, folded)):
            for key, aliases in groups.items():
                matcher.add(key, [nlp.make_doc(a) for a in aliases])
        self.strings = nlp.vocab.strings

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        for match_id, start, end in self.orth(doc):
            spans.append(Span(doc, start, end, label=match_id))
        for match_id, start, end in self.lower(doc):
            # case-insensitive aliases still need a capital in the text ("Turkey", not "turkey")
            if any(ch.isupper() for ch in doc[start:end].text):
                spans.append(Span(doc, start, end, label=match_id))
        mentions: list[ActorMention] = []
        kept = sorted(filter_spans(self._joined(doc, spans)), key=lambda s: s.start)
        found = [(span, tuple(self.index[self.strings[span.label]])) for span in kept]
        covered = {
            i: frozenset(e.country for e in entries)
            for span, entries in found
            if entries[0].kind != "none"
            for i in range(span.start, span.end)
        }
        places: Counter[str] | None = None  # the paragraph's places, for a shared name
        for span, entries in found:
            if entries[0].kind == "none" or _defined_abbreviation(doc, span, spans):
                continue
            if foreign_compound(span, entries, covered):
                continue  # "the World Uyghur Congress" is not the US Congress
            if entries[0].kind == "state" and _fold(span.text) in ambiguous_states():
                if places is None:
                    places = story_places(doc)
                entries = settled_entries(doc, span.start, span.end, entries, places) or entries
            entry = resolve(entries)
            mentions.append(
                ActorMention(span.start, span.end, entry.actor(span.text), entry.kind, entries)
            )
        taken = {i for span in kept for i in range(span.start, span.end)}
        mentions += _region_adjectives(doc, taken)
        mentions.sort(key=lambda m: m.start)
        data = [mention_data(m) for m in mentions]
        doc._.actors = data
        _remember(data, mentions)
        return doc

    def _joined(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """Overlapping matches of one person's aliases as one name: "President Xi" and
        "Xi Jinping" in "President Xi Jinping" are one mention of Xi Jinping."""

        def person(span: Span) -> str | None:
            entries = self.index[self.strings[span.label]]
            return entries[0].name if entries[0].kind == "person" else None

        out = sorted(spans, key=lambda s: (s.start, -s.end))
        for i, a in enumerate(out):
            for j in range(i + 1, len(out)):
                b = out[j]
                if b.start >= a.end:
                    break
                name = person(a)
                if name is not None and b.end > a.end and person(b) == name:
                    longer = a if len(a) >= len(b) else b
                    out[i] = a = Span(doc, a.start, b.end, label=longer.label)
        return out


def _region_adjectives(doc: Doc, taken: set[int]) -> list[ActorMention]:
    """Mentions of the capitalised adjectives of regions no actor file names
    ("Tigrayan forces", "Kashmiri separatists": ``region_adjective_country``), as the
    adjectives of their states; not inside another name ("the Crimean War")."""
    out: list[ActorMention] = []
    for t in doc:
        if t.i in taken or t.tag_ not in ("JJ", "NNP", "NNPS") or t.ent_type_ in _NOT_REGION:
            continue
        if t.dep_ == "compound" and t.head.pos_ == "PROPN":
            continue  # part of a proper name
        country = region_adjective_country(t.text)
        if country is None:
            continue
        entry = Entry(country, None, "adjective", t.text)
        out.append(ActorMention(t.i, t.i + 1, entry.actor(t.text), "adjective", (entry,)))
    return out


# entity types of a word that is no region's adjective ("Roman Catholic" is no
# place's people; a person's or a work's name)
_NOT_REGION = frozenset({"PERSON", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT", "LANGUAGE"})


def _defined_abbreviation(doc: Doc, span: Span, names: list[Span]) -> bool:
    """Is an all-capitals match in parentheses the abbreviation the text defines for
    the name before it, a name that is no actor ("the Exclusive Economic Zone (EEC)",
    "the Joint Commission (JC)")? Then it is no actor either. An abbreviation of an
    actor's name ("the European Union (EU)") stays."""
    if not span.text.isupper() or span.start < 3 or span.end >= len(doc):
        return False
    if doc[span.start - 1].text != "(" or doc[span.end].text != ")":
        return False
    words: list[Token] = []
    for t in reversed(doc[: span.start - 1]):
        if not (t.text[:1].isupper() or t.lower_ in ("of", "and", "for")):
            break
        words.append(t)
    while words and not words[-1].text[:1].isupper():
        words.pop()
    if len(words) < 2:
        return False
    first = min(t.i for t in words)
    return not any(n.start < span.start - 1 and n.end > first for n in names)


# --- what a noun phrase denotes -------------------------------------------------


def _mentions(doc: Doc) -> list[ActorMention]:
    return mentions(doc)


_BY_TOKEN = "dyadline_mentions_by_token"


def _mentions_by_token(doc: Doc) -> dict[int, ActorMention]:
    """Token index -> the mention covering it, built once per ``Doc`` (``actors_for`` is
    called for many tokens of a paragraph; rebuilding it per call was quadratic)."""
    found = doc._.actors
    cached = doc.user_data.get(_BY_TOKEN)
    if cached is None or cached[0] is not found or cached[1] != len(found or ()):
        by_token = {i: m for m in found or () for i in range(m.start, m.end)}
        cached = (found, len(found or ()), by_token)
        doc.user_data[_BY_TOKEN] = cached
    return cached[2]


_LINKS_MADE = LINKS | MADE


def _prefixed(doc: Doc, m: ActorMention) -> bool:
    """True for a name inside "pro-X" / "anti-X" (not the actor's own country), and for
    a group's seat ("a UK-based group"), and for waters named after a state ("the Sea
    of Japan"): where a monitor, a rights group or a firm sits
    says neither whose actor it is nor which state the sentence is about (its other
    actors take no country from it). "Rebels based in Somalia" keep that country: the
    phrase tells where they live and fight."""
    i = m.start
    if i >= 2 and doc[i - 1].text in HYPHENS and doc[i - 2].lower_ in PREFIXES:
        return True
    j = m.end
    if j + 1 < len(doc) and doc[j].text in HYPHENS and doc[j + 1].lower_ in _LINKS_MADE:
        return True
    if (
        j + 1 < len(doc)
        and doc[j].text in HYPHENS
        and doc[j + 1].lower_ in _resident_words("seat_word")
    ):
        return True
    if _water_named(doc[j - 1]):
        return True  # "the Sea of Japan": waters, not the state
    if j + 1 < len(doc) and doc[j].lower_ in MADE and m.kind == "adjective":
        # "the Israeli made system", not "the Israelis made a deal"
        return doc[j + 1].pos_ not in ("DET", "PRON", "ADP", "PART")
    return i >= 1 and doc[i - 1].lower_.rstrip("-–") in PREFIXES and doc[i - 1].text[-1:] in HYPHENS


def _phrase(token: Token) -> list[Token]:
    """The noun phrase headed by ``token``: its subtree less clauses and coordinated heads."""
    keep: list[Token] = []

    def walk(t: Token, top: bool) -> None:
        keep.append(t)
        for child in t.children:
            if child.dep_ in CUT or (top and child.dep_ in TOP_CUT and not _name_after(child)):
                continue
            walk(child, False)

    walk(token, True)
    keep.sort(key=lambda t: t.i)
    # a parenthesis after the head is an aside, not part of the name
    cut = next((t.i for t in keep if t.i > token.i and t.text == "("), None)
    if cut is not None:
        keep = [t for t in keep if t.i < cut]
    while len(keep) > 1 and keep[-1].is_punct:
        keep.pop()
    while len(keep) > 1 and keep[0].is_punct:
        keep.pop(0)
    return keep


def _name_after(child: Token) -> bool:
    """An "appositive" the parser hangs on a title right before it, with no comma:
    "Prime Minister Modi" (Minister <- Modi) is one name, not an apposition."""
    head = child.head
    return (
        child.dep_ == "appos"
        and child.pos_ == "PROPN"
        and child.i == head.i + 1
        and head.pos_ in ("PROPN", "NOUN")
        and bool(head.whitespace_)
    )


def _text(tokens: list[Token]) -> str:
    return "".join(t.text_with_ws for t in tokens).strip()


def _prep_of(t: Token, head: Token, inside: set[int]) -> Token | None:
    """The nearest preposition between ``t`` and the phrase head (None if ``t`` is a modifier)."""
    while t.i != head.i and t.head.i != t.i and t.i in inside:
        if t.dep_ == "prep":
            return t
        t = t.head
    return None


def _cue_use(t: Token) -> str | None:
    """The ``use`` of the one-word sector cue at ``t`` (None when it is none)."""
    cue = sector_cues().get((t.lower_,)) or sector_cues().get((t.lemma_.lower(),))
    return cue.use if cue is not None else None


def _find_cue(tokens: list[Token], head: Token) -> tuple[Cue, list[Token]] | None:
    """The best sector cue among consecutive tokens: longest, then on the head, then rightmost."""
    cues = sector_cues()
    best: tuple[tuple[int, int, int], Cue, list[Token]] | None = None
    found: list[tuple[Cue, list[Token]]] = []
    for a in range(len(tokens)):
        for n in range(min(longest_cue(), len(tokens) - a), 0, -1):
            run = tokens[a : a + n]
            if run[-1].i - run[0].i != n - 1:
                continue
            cue = cues.get(tuple(t.lower_ for t in run)) or cues.get(
                tuple(t.lemma_.lower() for t in run)
            )
            if cue is None:
                continue
            rank = (n, int(any(t.i == head.i for t in run)), run[-1].i)
            if best is None or rank > best[0]:
                best = (rank, cue, run)
            found.append((cue, run))
            break
    if best is not None and [t.i for t in best[2]] == [head.i] and _role_noun(head):
        # "rebel spokesman", "army commanders": a word for a role takes the sector of
        # the cue that modifies it
        before = [
            cue
            for cue, run in found
            if run[-1].i == head.i - 1 and cue.sector not in (None, best[1].sector)
        ]
        if before:
            return before[-1], best[2]
    return (best[1], best[2]) if best else None


def _role_noun(t: Token) -> bool:
    """Is ``t`` a word for a role in a body (``argument_words`` ``role_noun``: leader,
    spokesman, commander), whose body a sector cue before it names?"""
    words = _resident_words("role_noun")
    return t.lower_ in words or t.lemma_.lower() in words


def _collective(
    core: list[Token], head: Token, found: tuple[Cue, list[Token]] | None, text: str
) -> Actor | None:
    """An unnamed collective actor (``collectives.tsv``): words ending at the head that
    name one ("rights groups", "aid agencies" -> NGO; "the West" -> WST), the rest of
    the phrase no proper name; or a region's word before the head that gives its code
    to an actor noun ("Western diplomats" -> WSTGOV) or to a noun for its states
    ("Arab states" -> ARB). Not after or before a hyphen ("pro-Western",
    "Western-backed")."""
    table = collectives()
    doc = head.doc
    for a in range(len(core)):
        for n in range(min(longest_collective(), len(core) - a), 0, -1):
            run = core[a : a + n]
            if run[-1].i - run[0].i != n - 1:
                continue
            words = tuple(t.lower_ for t in run)
            c = table.get(words) or table.get((*words[:-1], run[-1].lemma_.lower()))
            if c is None or c.code is None:
                continue
            first, last = run[0].i, run[-1].i
            if (first > 0 and doc[first - 1].text in HYPHENS) or (
                last + 1 < len(doc) and doc[last + 1].text in HYPHENS
            ):
                break
            if c.use == "phrase" and last == head.i:
                # a proper name beside the words ("Kanye West"), not one inside a
                # phrase of the head ("rights groups of abuses in Darfur")
                named = [
                    t
                    for t in core
                    if t.pos_ == "PROPN" and (t.i < first or (t.i > last and t.head.i == head.i))
                ]
                if named:
                    break
                return Actor(c.code + (c.sector or ""), c.code, c.sector, text, None)
            if c.use == "modifier" and last < head.i and head.pos_ == "NOUN":
                if found is not None and any(t.i == head.i for t in found[1]):
                    sector = found[0].sector
                elif _members(head):
                    sector = None
                else:
                    break
                return Actor(c.code + (sector or ""), c.code, sector, text, None)
            break
    return None


def _members(head: Token) -> bool:
    """Does the head noun stand for a region's states ("countries", "powers")?"""
    table = collectives()
    c = table.get((head.lemma_.lower(),)) or table.get((head.lower_,))
    return c is not None and c.use == "members"


def _party(m: ActorMention) -> bool:
    """Can a mention be one of "the two sides": a state, or an intergovernmental
    organisation (an organisation code that is no state's and not the NGO code)?"""
    country = m.actor.country or ""
    return m.kind == "org" and country not in state_codes() and country not in ("", "NGO")


def _two_states(
    doc: Doc,
    before: int,
    *,
    sides: bool = False,
    skip: frozenset[int] = frozenset(),
    n: int = 2,
) -> list[ActorMention]:
    """The two most recently named distinct states before token ``before``, in text order
    (reaching back into earlier paragraphs of the document when this one names fewer);
    with ``sides`` ("the two sides", "both parties") an intergovernmental organisation
    counts too ("talks between the EU and China ... the two sides"). Names at ``skip``
    (the speakers of the clauses above: ``_speakers``) do not count."""
    paired = _coordinated_pair(doc, before, skip)
    if paired:
        return paired
    found: dict[str, ActorMention] = {}
    for m in reversed(_mentions(doc)):
        if m.end > before or m.start in skip or _prefixed(doc, m):
            continue
        if not m.state_level and not (sides and _party(m)):
            continue
        country = m.actor.country or ""
        if country not in found:
            found[country] = m
        if len(found) == n:
            break
    here = sorted(found.values(), key=lambda m: m.start)
    prior: list[ActorMention] = []
    for m in reversed([mention_from_data(d) for d in doc.user_data.get(PRIOR_STATES, [])]):
        if len(found) + len(prior) >= n:
            break
        if (m.actor.country or "") not in found:
            prior.insert(0, m)
    return prior + here


def _coordinated_pair(
    doc: Doc, before: int, skip: frozenset[int], n: int = 2
) -> list[ActorMention]:
    """The two states coordinated last before token ``before`` in its own sentence ("a
    return to warmer ties between Chile and Peru, given the two countries' trade"; "X,
    in which Chile and Peru took part, ... between the two countries"): a pair the
    text names together is the pair "the two countries" stands for, before two states
    that only happen to be named last; [] when the sentence coordinates none. With
    ``n`` above two, a coordination of exactly ``n`` states ("Japan, India and
    Australia ... the three nations")."""
    sent_start = doc[before].sent.start
    by_head: dict[int, ActorMention] = {}
    for m in _mentions(doc):
        if m.start < sent_start or m.end > before or m.start in skip:
            continue
        if not m.state_level or _prefixed(doc, m):
            continue
        span = doc[m.start : m.end]
        by_head[span.root.i] = m
    for i in sorted(by_head, reverse=True):
        tok = doc[i]
        if tok.dep_ != "conj":
            continue
        first = tok.head
        while first.dep_ == "conj" and first.head is not first:
            first = first.head
        other = by_head.get(first.i)
        mine = by_head[i]
        if n > 2:
            listed = [by_head.get(t.i) for t in (first, *first.conjuncts)]
            named = [m for m in listed if m is not None]
            if len(named) == n and len({m.actor.country for m in named}) == n:
                return sorted(named, key=lambda m: m.start)
            continue
        if other is not None and other.actor.country != mine.actor.country:
            return [other, mine]
    return []


SIDES = frozenset({"side", "party"})  # group nouns that need not be states


def _speakers(token: Token) -> frozenset[int]:
    """Token indices of the subjects of the clauses above ``token``'s own: "the UN says
    both sides committed abuses" -- the UN is not one of the sides."""
    out: set[int] = set()
    cur = token
    while cur.head.i != cur.i and cur.dep_ != "conj":  # a coordinated clause is not above
        verb = cur = cur.head
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        for c in verb.children:
            if c.dep_ in SUBJECTS and not (c.left_edge.i <= token.i <= c.right_edge.i):
                out.update(range(c.left_edge.i, c.right_edge.i + 1))
    return frozenset(out)


def _two_sides(token: Token, before: int, date: str | None) -> list[Actor]:
    """The two sides of "both sides", "the two parties", "the warring parties": the
    actors of the two most recently named phrases that are distinct sides -- two states
    or organisations, or two sectors of one state of which one stands apart from its
    executive ("the RSF has been fighting the army ... both sides": SDNREB, SDNMIL);
    a sector-only phrase of the last sentences ("rebels") takes the other side's
    country. [] when fewer than two are named in the Doc before ``before``."""
    doc = token.doc
    skip = _speakers(token)
    warring = any(c.lower_ == "warring" for c in token.children)
    found: list[Actor] = []
    heads: set[int] = set()
    unplaced: list[Actor] = []  # "rebels": a sector without a country
    window = _window_start(token)
    by_token = _mentions_by_token(doc)
    for j in range(before - 1, -1, -1):
        if j in skip:
            continue
        t = doc[j]
        m = by_token.get(j)
        if m is None:
            if j >= window and t.dep_ in GROUP_ROLES and _cue_use(t) == "alone":
                unplaced += [a for a in _antecedent_actors(t, date) or [] if not a.country]
            continue
        if m.start != j - (m.end - 1 - m.start) or _prefixed(doc, m):
            continue  # a mention is looked at once, from its last token
        if not (m.state_level or (_party(m) and not warring) or m.kind == "group"):
            continue  # "the warring parties" fight: an organisation is no side of them
        root = doc[m.start : m.end].root
        if root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPS:
            continue  # "talks in Beijing": a place, not a side
        head = root.head if root.dep_ in ("compound", "amod", "poss", "nmod") else root
        if head.i in heads:
            continue
        heads.add(head.i)
        named = _antecedent_actors(head, date) or [m.resolved(date).actor(m.actor.text)]
        for a in named:
            if a.country and all(_other_side(a, b) for b in found):
                found.insert(0, a)
        if len(found) >= 2:
            return found[-2:]
    if len(found) == 1 and found[0].country:
        country = found[0].country
        for u in unplaced:
            side = Actor(country + (u.sector or ""), country, u.sector, u.text, None)
            if _other_side(side, found[0]):
                return [side, found[0]]
    return []


def _other_side(a: Actor, b: Actor) -> bool:
    """Can ``a`` and ``b`` be two sides: two countries, or two sectors of one country of
    which one stands apart from its executive (``society_sectors``)?"""
    if a.country != b.country:
        return True
    sectors = society_sectors()
    return bool(a.sector and b.sector and a.sector != b.sector) and (
        a.sector in sectors or b.sector in sectors
    )


@cache
def _groupings() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Named groupings of states (``groupings.tsv``): alias words -> member codes."""
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    for row in read_tsv("groupings.tsv"):
        members = tuple(m.strip() for m in row["members"].split("|") if m.strip())
        for alias in row["aliases"].split("|"):
            out[tuple(alias.split())] = members
    return out


def _grouping(
    core: list[Token], head: Token, preps: list[Any], actor_head: bool
) -> tuple[str, ...]:
    """The member states of a named grouping the phrase names (``groupings.tsv``):
    on its head ("the Quad"), or before or in the "of" phrase of a head that is an
    actor noun (``actor_head``: a sector cue or a members noun: "Quad leaders",
    "leaders of the Quad", "AUKUS countries"); () otherwise ("a Quad summit" is an
    act, and whose it is the act's own rules say)."""
    table = _groupings()
    if not table:
        return ()
    tokens = list(core)
    if not any(t.i == head.i for t in tokens):
        return ()
    if not actor_head and head.dep_ in ("compound", "poss"):
        return ()  # "a Quad summit", "the Quad's strength": the act's own rules decide
    if not actor_head:  # the head itself names the grouping: a run ending at it
        tokens = [t for t in tokens if t.i == head.i or (t.dep_ == "compound" and t.head == head)]
    for c in head.children if actor_head else ():
        if c.dep_ == "prep" and c.lower_ == "of" and not preps:
            tokens += [t for o in c.children if o.dep_ == "pobj" for t in o.subtree]
    texts = [t.text for t in tokens]
    for n in (3, 2, 1):
        for a in range(len(texts) - n + 1):
            run = tokens[a : a + n]
            if run[-1].i - run[0].i != n - 1:
                continue
            members = table.get(tuple(texts[a : a + n]))
            if members is not None and (actor_head or run[-1].i == head.i):
                return members
    return ()


def _other_members(token: Token, by_token: dict[int, ActorMention]) -> tuple[str, ...]:
    """ "the other three countries" beside a member of a named grouping of one more
    state (``groupings.tsv``) named in the sentence or the few before ("X held drills
    with the other three countries of the Quad"): the grouping's members other than
    the member states the sentence names; () otherwise."""
    if not any(c.lower_ == "other" for c in token.children) or not _definite(token):
        return ()
    lemma = token.lemma_.lower()
    if lemma not in GROUP_NOUNS and lemma not in _resident_words("group_noun"):
        return ()
    count = next(
        (_group_counts()[c.lower_] for c in token.children if c.lower_ in _group_counts()), 0
    )
    if not count:
        return ()
    doc = token.doc
    sent = token.sent
    named = {
        m.actor.country for j, m in by_token.items() if sent.start <= j < sent.end and m.state_level
    }
    window = doc[_window_start(token) : sent.end]
    table = _groupings()
    for i in range(len(window)):
        for n in (3, 2, 1):
            members = table.get(tuple(x.text for x in window[i : i + n]))
            if members is None or len(members) != count + 1:
                continue
            rest = tuple(m for m in members if m not in named)
            if len(rest) == count:
                return rest
    return ()


def _bare_quantifier(token: Token) -> bool:
    """ "both" or "each" as a subject with no noun of its own ("X and Y met, each
    accusing the other"; "Both accused the other"; ``argument_words`` ``group_quantifier``)."""
    return (
        token.dep_ in SUBJECTS
        and token.lower_ in _resident_words("group_quantifier")
        and not any(c.dep_ == "prep" for c in token.children)
    )


def _quantified(token: Token, by_token: dict[int, ActorMention]) -> list[ActorMention]:
    """The states a bare "both"/"each" subject stands for: the coordinated states of
    the subject of a clause above its own ("X and Y met, each accusing the other"),
    else the two states last named (``_two_states``); [] when fewer than two."""
    for verb in token.head.ancestors:
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS and c.i < token.i]
        if subjects:
            states = _subject_states(subjects[0], by_token)
            return states if len(states) >= 2 else []
    found = _two_states(token.doc, token.i, skip=_speakers(token))
    return found if len(found) == 2 else []


def _is_group(token: Token) -> bool:
    """ "the two countries", "both sides", "the three states", "both rivals"."""
    return _group_size(token) > 0


@cache
def _group_counts() -> dict[str, int]:
    """Count words of a group of states (``argument_words`` ``group_count``, from two)."""
    words = [
        w
        for row in read_tsv("argument_words.tsv")
        if row["kind"] == "group_count"
        for w in row["words"].split("|")
    ]
    return {w.strip().lower(): n for n, w in enumerate(words, start=2)}


def _group_size(token: Token) -> int:
    """How many states a definite group noun stands for: 2 for "the two countries",
    "both sides", "the warring parties"; 3 for "the three nations", "all three
    countries" (a count word of ``argument_words`` ``group_count``); 0 when the noun is
    no group of states (no count word, an indefinite "three countries", or "the other
    three countries", whose members the sentence does not name)."""
    lemma = token.lemma_.lower()
    if lemma not in GROUP_NOUNS and lemma not in _resident_words("group_noun"):
        return 0
    size = 0
    definite = False
    for c in token.children:
        word = c.lower_
        if word in ("both", "warring") or (word == "two" and c.dep_ in ("nummod", "det")):
            size = 2
        elif c.dep_ == "nummod" and word in _group_counts():
            size = _group_counts()[word]
        if word in DEFINITE or word in ("all", "both", "warring") or c.dep_ == "poss":
            definite = True
        if word in ("other", "remaining") and (size > 2 or lemma not in GROUP_NOUNS):
            return 0
    if size == 2 and lemma in GROUP_NOUNS:
        return 2  # "two countries ... both" as before: no determiner needed
    return size if definite else 0


def _subject_states(
    token: Token, by_token: dict[int, ActorMention], kinds: frozenset[str] = STATE_KINDS
) -> list[ActorMention]:
    """States (or other ``kinds`` of actor) named by a subject token and the heads
    coordinated with it."""
    doc = token.doc
    size = _group_size(token)
    if size:
        sides = token.lemma_.lower() in SIDES
        return _two_states(doc, token.i, sides=sides, skip=_speakers(token), n=size)
    out: list[ActorMention] = []
    for t in [token, *token.conjuncts]:
        m = by_token.get(t.i)
        if m is None:
            # "Barack Obama": the parser may hang the name on its first word
            m = next((by_token[c.i] for c in t.children if c.i in by_token), None)
            if m is None or not (m.start <= t.i < m.end):
                continue
        if m.kind in kinds and not _prefixed(doc, m):
            out.append(m)
    return out


def _expletive(token: Token) -> bool:
    """ "it is likely that ...", "it became clear ...", "made it easy to ...": no referent."""
    if token.lower_ != "it":
        return False
    head = token.head
    if token.dep_ == "expl" or head.pos_ == "ADJ":
        return True
    near = [head, *(c for c in head.children if c.dep_ in ("acomp", "attr"))]
    clausal = any(c.dep_ in ("ccomp", "xcomp", "csubj") for t in near for c in t.children)
    if clausal and (head.lemma_.lower() in COPULAS or token.dep_ == "nsubjpass"):
        return True
    # "it is unsurprising that ..." parsed as a progressive verb with a that-clause
    aux_be = any(c.dep_ == "aux" and c.lemma_.lower() in COPULAS for c in head.children)
    that = any(
        c.dep_ == "ccomp" and any(m.dep_ == "mark" for m in c.children) for c in head.children
    )
    return aux_be and that


def _cataphor(token: Token) -> Token | None:
    """The subject of the clause a pronoun's fronted phrase belongs to ("At their
    meeting, Peru and Chile agreed ...": Peru and Chile), when it comes after it."""
    for verb in token.ancestors:
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
        if subjects:
            subject = subjects[0]
            inside = {t.i for t in subject.subtree}
            if subject.i > token.i and token.i not in inside and subject.pos_ != "PRON":
                return subject
            return None
    return None


def _helped_object(
    token: Token, by_token: dict[int, ActorMention], kinds: frozenset[str]
) -> list[ActorMention]:
    """ "X backed Y in its war with Z", "helped Y in its efforts": an "its" owning a
    struggle noun (``argument_words`` ``struggle_noun``) in a phrase of a verb whose
    object is one state before it is that object's, not the subject's."""
    if token.lower_ != "its" or token.dep_ != "poss":
        return []
    noun = token.head
    prep = noun.head
    if noun.dep_ != "pobj" or noun.lemma_.lower() not in _resident_words("struggle_noun"):
        return []
    verb = prep.head
    if prep.dep_ != "prep" or verb.pos_ != "VERB":
        return []
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < prep.i), None)
    if obj is None:
        return []
    states = _subject_states(obj, by_token, kinds)
    return states if len(states) == 1 else []


def _antecedent(token: Token, by_token: dict[int, ActorMention]) -> list[ActorMention]:
    """States a pronoun refers to: the subject after it of the clause its fronted
    phrase belongs to (``_cataphor``), else the most recent state-level subject of
    the few sentences before it (``BACK_SENTENCES``; "it" may also stand for an
    organisation, "he"/"she" for a person)."""
    if _expletive(token):
        return []
    plural = token.lower_ in PLURAL
    personal = token.lower_ in PERSONAL
    kinds = frozenset({"person"}) if personal else STATE_KINDS if plural else IT_KINDS
    doc = token.doc
    helped = _helped_object(token, by_token, kinds)
    if helped:
        return helped
    later = _cataphor(token)
    if later is not None:
        states = _subject_states(later, by_token, kinds)
        if (plural and len(states) >= 2) or (not plural and len(states) == 1):
            return states
    start = token.sent.start
    # nothing in the pronoun's own sentence: "its" may stand for a state named
    # there in another role ("doubts about Chile because of its vote")
    fallback = not plural and not personal
    clause_subject = _own_clause_subject(token) | _struck_owner(token) | _motive_owner(token)
    # a pronoun stands for an actor a few sentences before (``BACK_SENTENCES``), not
    # one named long ago in a story printed as one paragraph
    first = _window_start(token)
    for j in range(token.i - 1, first - 1, -1):
        t = doc[j]
        if j < start and fallback:
            near, fallback = _nearest_name(token, by_token, kinds, clause_subject), False
            if near:
                return near
        if t.dep_ not in SUBJECTS or t.pos_ == "PRON" or t.i in clause_subject:
            continue
        states = _subject_states(t, by_token, kinds)
        if (plural and len(states) >= 2) or (not plural and len(states) == 1):
            return states
        if plural and j >= start:
            # "Lula and Petro praised their talks": the
            # coordinated leaders of two states just named in the pronoun's sentence
            people = _subject_states(t, by_token, PLURAL_PEOPLE)
            if len({m.actor.country for m in people}) >= 2:
                return people
        if not (plural or personal or states):
            # "The outfit said it had ...": the group it points to; "Mali's army said it
            # had ...": the organ of the state, not the state
            told = _told_group(t) or _organ_subject(t)
            if told is not None:
                return [told]
    return _nearest_name(token, by_token, kinds, clause_subject) if fallback else []


def _own_clause_subject(token: Token) -> frozenset[int]:
    """The tokens of the subject of the verb whose object a pronoun is ("China warned
    it", "Beijing assured them", "X turned to it"): a pronoun object that is not
    reflexive never stands for its own clause's subject (that would be "itself")."""
    if token.dep_ in ("dobj", "dative"):
        verb = token.head
    elif token.dep_ == "pobj" and token.head.dep_ in ("prep", "dative"):
        verb = token.head.head
    else:
        return frozenset()
    if verb.pos_ not in ("VERB", "AUX"):
        return frozenset()
    return frozenset(t.i for c in verb.children if c.dep_ in SUBJECTS for t in c.subtree)


def _struck_owner(token: Token) -> frozenset[int]:
    """The tokens of the subject of a verb of attack (``argument_words``
    ``struck_verb``) whose patient a possessive pronoun owns ("Hezbollah launched
    drones at its towns", "rebels shelled their bases"): what an attacker strikes is
    not its own, so the pronoun stands for another; not a noun of the other party
    ("attacked its neighbours": the attacker's)."""
    noun = token.head
    if token.dep_ != "poss" or noun.i == token.i or _other_party_owner(noun):
        return frozenset()
    if any(c.lower_ == "own" for c in noun.children):
        return frozenset()  # "shelled its own cities"
    if noun.dep_ == "dobj":
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        verb = noun.head.head
    else:
        return frozenset()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _resident_words("struck_verb"):
        return frozenset()
    return frozenset(t.i for c in verb.children if c.dep_ in SUBJECTS for t in c.subtree)


def _loyal_to(token: Token, date: str | None) -> list[Actor]:
    """The actors a noun of people is loyal to (``argument_words`` ``loyal_word``:
    "forces loyal to Khalifa Haftar", "fighters allied with the junta"): their country,
    and the sector of a group that stands apart from its state (rebels, the
    opposition); a state's own leader gives his state alone."""
    if token.pos_ != "NOUN":
        return []
    found: list[Actor] = []
    for adj in token.children:
        if adj.dep_ != "amod" or adj.lemma_.lower() not in _resident_words("loyal_word"):
            continue
        for prep in (c for c in adj.children if c.dep_ == "prep" and c.lower_ in ("to", "with")):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                for a in _antecedent_actors(obj, date) or []:
                    if not a.country:
                        continue
                    kept = a.sector if a.sector in society_sectors() else None
                    found.append(Actor(a.country + (kept or ""), a.country, kept, "", a.name))
    return found


def _motive_owner(token: Token) -> frozenset[int]:
    """The tokens of the subject of a verb whose phrase of motive (``argument_words``
    ``motive_prep``) a possessive pronoun owns, when the verb also names whom its act
    aims at ("Bolivia cut ties with Israel over its offensive", "X sanctioned Y for
    its nuclear program"): the deed that moves an act against someone is theirs, so
    the pronoun stands for another than the subject."""
    noun = token.head
    if token.dep_ != "poss" or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return frozenset()
    prep = noun.head
    verb = prep.head
    if prep.lower_ not in _resident_words("motive_prep") or verb.pos_ != "VERB":
        return frozenset()
    aimed = [
        o
        for c in verb.children
        for o in ([c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"])
        if (c.dep_ == "dobj" or (c.dep_ == "prep" and c.i != prep.i))
        and o.pos_ in ("PROPN", "NOUN")
    ]
    if not any(a.pos_ == "PROPN" or any(t.pos_ == "PROPN" for t in a.subtree) for a in aimed):
        return frozenset()
    return frozenset(t.i for c in verb.children if c.dep_ in SUBJECTS for t in c.subtree)


def _told_group(t: Token) -> ActorMention | None:
    """A definite back noun ("the group", "the outfit", "the agency") that points back
    to a group or organisation, as a mention "it" can stand for in its turn."""
    if (
        t.tag_ != "NN"
        or not _definite(t)
        or _cue_use(t) != "back"
        or t.i in _mentions_by_token(t.doc)
    ):
        return None
    found = _antecedent_actors(t, None) or []
    if len(found) != 1 or not found[0].country:
        return None
    a = found[0]
    entry = Entry(a.country or "", a.sector, "group", a.name or a.text)
    return ActorMention(t.i, t.i + 1, a, "group", (entry,))


def _organ_subject(t: Token) -> ActorMention | None:
    """A subject naming one organ of a state ("Mali's army", "the government of
    Kenya", "the court in Cairo"; ``argument_words.tsv`` ``organ_noun``), as a mention
    "it" can stand for: the organ with its sector, not the bare state of its name."""
    if t.tag_ not in ("NN", "NNP") or t.lemma_.lower() not in _resident_words("organ_noun"):
        return None
    if t.i in _mentions_by_token(t.doc):
        return None
    found = _antecedent_actors(t, None) or []
    if len(found) != 1 or not found[0].country or not found[0].sector:
        return None
    a = found[0]
    entry = Entry(a.country or "", a.sector, "group", a.name or a.text)
    return ActorMention(t.i, t.i + 1, a, "group", (entry,))


def _nearest_name(
    token: Token,
    by_token: dict[int, ActorMention],
    kinds: frozenset[str],
    skip: frozenset[int] = frozenset(),
) -> list[ActorMention]:
    """The last state (or ``kinds`` of actor) named before ``token`` in its sentence,
    outside ``skip`` (the subject of a pronoun object's own clause)."""
    doc = token.doc
    for j in range(token.i - 1, token.sent.start - 1, -1):
        if j in skip:
            continue
        m = by_token.get(j)
        if m is not None and m.kind in kinds and not _prefixed(doc, m):
            return [m]
    return []


def _plural_group(token: Token, placed: bool = True) -> list[Actor]:
    """ "they" for one group named earlier in the sentence ("asked the Peruvian
    troops to withdraw and they declined"): the nearest plural noun that is an actor
    (with ``placed`` False also a sector-only one, "soldiers said they ...", which the
    pronoun's context then places). A "they" outside a quotation is not one of the
    groups named inside it."""
    doc = token.doc
    by_token = _mentions_by_token(doc)
    outside: bool | None = None  # is the pronoun outside a quotation? (read once, if needed)
    for j in range(token.i - 1, token.sent.start - 1, -1):
        t = doc[j]
        if not _plural_noun(t, by_token) or t.dep_ not in GROUP_ROLES:
            continue
        if outside is None:
            outside = not _quoted(token)
        if outside and _quoted(t):
            continue  # "'We urge the authorities to ...,' they said": not whom it quotes
        if t.dep_ == "conj" or any(c.dep_ == "conj" for c in t.children):
            return []  # "Israel and Azerbaijan ... they": two actors, the subject rule
        found = actors_for(t)
        if len(found) == 1 and (found[0].country or (not placed and t.dep_ in SUBJECTS)):
            return found
    return []


def _the_country(t: Token) -> ActorMention | None:
    """ "the country", "this nation", "the North African country": a news story's
    way of naming again the state it is about, its main state (``MAIN_STATE``, the
    state its text names most). Not "the two countries" (``_is_group``), not "a
    country", and not with a word that sets it apart ("the neighbouring country",
    "the other nation": any modifier in lower case)."""
    if (
        t.lemma_.lower() not in _resident_words("country_noun")
        or t.tag_ != "NN"
        or not _definite(t)
    ):
        return None
    for c in t.children:
        if c.dep_ in ("det", "case", "punct"):
            continue
        if c.dep_ in ("amod", "compound") and c.text[:1].isupper():
            continue  # a region: "the Central Asian country"
        if c.dep_ in ("prep", "relcl", "acl"):
            continue  # what the phrase goes on to say does not set it apart
        return None
    main = t.doc.user_data.get(MAIN_STATE)
    if not isinstance(main, str) or main not in state_codes():
        return None
    named = (m.resolved(None).name for m in _mentions(t.doc) if m.actor.country == main)
    entry = Entry(main, None, "state", next(named, main))
    return ActorMention(t.i, t.i + 1, entry.actor(t.text), "state", (entry,))


def _plural_noun(t: Token, by_token: dict[int, ActorMention]) -> bool:
    """A plural noun, or the name of a group ("the Taliban", "al-Shabab"), which news
    speaks of as "they"."""
    if t.tag_ in ("NNS", "NNPS"):
        return True
    m = by_token.get(t.i)
    return m is not None and m.kind == "group" and m.end - 1 == t.i


PLURAL_BACK = 2  # how many sentences back "they" looks for the plural subject it stands for


def _plural_subject(token: Token, date: str | None) -> list[Actor]:
    """ "they" as a subject with no actor before it in its own sentence: the plural
    subject of the sentences just before ("Gunmen stormed a hotel. They killed five
    guests": the gunmen; "Protesters marched ... They demanded ..."), one actor
    (named or a sector-only mention, which its own sentence's context then places).
    A coordinated subject ("Israel and Azerbaijan ... they") is left to the rule for
    states (``_antecedent``), and so is anything in the pronoun's own sentence; a
    "they" in a quotation is the speaker's, whom the narrative does not name as a
    subject ("Two passengers spoke of the raid: 'They shot at us'"), and stays open."""
    if token.dep_ not in SUBJECTS or token.lower_ != "they" or _DEPTH[0] or _quoted(token):
        return []
    doc = token.doc
    by_token = _mentions_by_token(doc)
    if _speakers(token):
        return []  # "an official of X says they ...": the speaker's side, not a subject before
    sent = token.sent
    for _ in range(PLURAL_BACK):
        if sent.start == 0:
            return []
        sent = doc[sent.start - 1].sent
        subjects = [t for t in sent if t.dep_ in SUBJECTS and t.pos_ != "PRON"]
        for t in reversed(subjects):
            if t.dep_ == "conj" or any(c.dep_ == "conj" for c in t.children):
                if len(_subject_states(t, by_token)) >= 2:
                    return []  # two states: "they" are both (``_antecedent``)
                continue
            if not _plural_noun(t, by_token):
                continue
            found = _antecedent_actors(t, date) or []
            if len(found) == 1:
                return found
    return []


def _quoted_assailants(token: Token, date: str | None) -> list[Actor]:
    """ "they" as the subject of an assault (``argument_words`` ``quoted_assault_verb``)
    inside the quotation of a private person, a witness or a victim, or of no one named
    ('The passengers spoke of the BLA. "They shot people on the train," one said'):
    the armed group named last before it, as "the attackers" would point back
    (``quoted_assailant_noun``, ``_back_reference``). A quotation of an official or a
    group ("'They shelled our posts,' the army said") keeps its "they" open."""
    if token.dep_ not in SUBJECTS or token.lower_ != "they" or _DEPTH[0] or not _quoted(token):
        return []
    verb = token.head
    verbs = (verb, *verb.conjuncts) if verb.pos_ in ("VERB", "AUX") else ()
    if not any(v.lemma_.lower() in _resident_words("quoted_assault_verb") for v in verbs):
        return []
    speaker = quoted.said_by(token)
    if speaker is not None:
        side = _antecedent_actors(speaker, date) or []
        if any(a.sector not in quoted.private_sectors() for a in side):
            return []
    for noun in sorted(_resident_words("quoted_assailant_noun")):
        cue = sector_cues().get((noun,))
        back = _back_reference(token, cue, (noun,), date) if cue is not None else []
        if back:
            return back
    # else an armed noun of the sentences just before that points back itself ("The
    # militants then asked ...": the group named further back in the paragraph)
    doc = token.doc
    for j in range(token.i - 1, _window_start(token) - 1, -1):
        t = doc[j]
        if t.pos_ != "NOUN" or t.dep_ not in GROUP_ROLES or not _definite(t) or _quoted(t):
            continue
        found = _antecedent_actors(t, date) or []
        if len(found) == 1 and found[0].sector in armed_sectors() and found[0].country:
            a = found[0]
            return [Actor(a.code, a.country, a.sector, token.text, a.name)]
    return []


OPENING_QUOTES = frozenset({"“", '"', "«"})
CLOSING_QUOTES = frozenset({"”", "»"})


def _quoted(token: Token) -> bool:
    """Is ``token`` inside a quotation opened before it in its sentence (or left open
    by one of the few sentences before it, ``_window_start``)?"""
    depth = 0
    for t in token.doc[_window_start(token) : token.i]:
        if t.text == '"':
            depth = 0 if depth else 1
        elif t.text in OPENING_QUOTES:
            depth = 1
        elif t.text in CLOSING_QUOTES:
            depth = 0
    return depth > 0


def _is_pronoun(token: Token) -> bool:
    return token.pos_ == "PRON" and token.lower_ in SINGULAR | PLURAL | PERSONAL


_DEPTH = [0]  # antecedents being resolved now: one level only, so no chain recurses


def _antecedent_actors(token: Token, date: str | None) -> list[Actor] | None:
    """``actors_for`` of an antecedent's phrase, without resolving the antecedents of
    its own pronouns and back-references (None when already inside one)."""
    if _DEPTH[0]:
        return None
    _DEPTH[0] += 1
    try:
        return actors_for(token, date=date)
    finally:
        _DEPTH[0] -= 1


BACK_SENTENCES = 4  # how far back in a paragraph an antecedent is looked for


def _window_start(token: Token) -> int:
    """The first token of the sentence ``BACK_SENTENCES`` before ``token``'s own: the
    search for an antecedent stops there (and stays linear in a long paragraph)."""
    sent = token.sent
    for _ in range(BACK_SENTENCES):
        if sent.start == 0:
            break
        sent = token.doc[sent.start - 1].sent
    return sent.start


@cache
def _org_titles() -> dict[tuple[str, ...], frozenset[str]]:
    """Titles of the heads of organisations (``org_titles.tsv``): words -> org codes."""
    return {
        tuple(row["title"].lower().split()): frozenset(row["orgs"].split("|"))
        for row in read_tsv("org_titles.tsv")
    }


def _org_title(token: Token, by_token: dict[int, ActorMention], date: str | None) -> Entry | None:
    """The organisation a bare definite title of its head points back to ("the
    secretary-general", ``org_titles.tsv``): the last one of the title's row named
    before it, in this paragraph or an earlier one; None for any other phrase."""
    if token.pos_ not in ("NOUN", "PROPN") or not _definite(token):
        return None
    words = [c for c in token.lefts if c.dep_ in ("compound", "amod", "punct", "nmod")]
    if any(c.i in by_token for c in words):
        return None  # "the UN secretary-general": the name in the phrase decides
    run = tuple(w.lower_ for w in (*words, token) if w.is_alpha)
    orgs = _org_titles().get(run)
    if orgs is None:
        return None
    for j in range(token.i - 1, -1, -1):
        m = by_token.get(j)
        if m is not None and m.actor.country in orgs:
            return m.resolved(date)
    for data in reversed(token.doc.user_data.get(PRIOR_NAMED, [])):
        m = mention_from_data(data)
        if m.actor.country in orgs:
            return m.resolved(date)
    return None


def _definite(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in token.children)


def _in_role(words: tuple[str, ...], role: str) -> bool:
    """Do the cue words stand together in a person's role ("minister" in "foreign minister")?"""
    have = tuple(role.lower().replace("-", " ").split())
    n = len(words)
    return any(have[i : i + n] == words for i in range(len(have) - n + 1))


def _human(t: Token, by_token: dict[int, ActorMention]) -> bool:
    """Does the noun at ``t`` name a person: a person's name, a proper name with a
    title ("Minister Ivan Petrenko"), or a title ("the army chief")?"""
    m = by_token.get(t.i)
    if m is not None:
        return m.kind == "person"
    words = [c for c in t.children if c.dep_ == "compound"] + [t]
    if any((w.lower_,) in title_cues() or (w.lemma_.lower(),) in title_cues() for w in words):
        return True
    # a name the codebooks do not know ("Detrez"), not an organisation's ("U.N. ... Office")
    return t.pos_ == "PROPN" and not any(w.i in by_token for w in words)


def _person_antecedent(token: Token, date: str | None) -> list[Actor] | None:
    """ "he"/"she"/"his": the person it points back to (``roles.person_antecedent``:
    the last person of its gender, its sentence's subject first), coded or not
    ("The Ukrainian foreign minister arrived; he said ..." -> UKRGOV); a fronted
    phrase's subject after it ("After his arrival, the minister said ..."). [] when
    that person has no actor we know (a name the parser tags as a person's, an
    office with no country is kept sector-only for its context to place), None
    when no person is named before it."""
    doc = token.doc
    by_token = _mentions_by_token(doc)
    later = _cataphor(token)  # "After his arrival, the minister said ..."
    if later is not None and later.pos_ != "PRON" and _human(later, by_token):
        head: Token | None = later
    else:
        head = roles.person_antecedent(token, lambda t: _person_at(t, by_token))
    if head is None:
        return None
    talker = quoted.attributed(token)
    if talker is not None and talker.lower_ == head.lower_ and talker.pos_ != "PRON":
        return []  # '"He calls Xi a friend," Wyne said': "he" is not the speaker himself
    m = by_token.get(head.i)
    if m is not None and m.kind == "person":
        return [m.resolved(date).actor(_text(_phrase(token)))]
    found = _antecedent_actors(head, date)
    if found is None:
        return None
    found = [a for a in found if a.country or a.sector]
    return found if len(found) == 1 else []


def _person_apposition(name: Token) -> bool:
    """Is a bare name described by an apposition that names one person ("Wong, a
    businessman in Macau", "Ortega, the publisher of ...")? A singular noun that
    tells a gender, an office or trade (``person_roles.tsv``), or a sector cue of one
    person ("a journalist", "an activist"). Then "he" points back to that name, not to
    a person named before it."""
    for c in name.children:
        if c.dep_ != "appos" or c.tag_ != "NN":
            continue
        lemma = c.lemma_.lower()
        cue = sector_cues().get((lemma,))
        if roles.gender(lemma) or lemma in roles.person_roles() or cue is not None:
            return True
    return False


def _person_at(t: Token, by_token: dict[int, ActorMention]) -> tuple[int, str] | None:
    """(first token, key) of the person a phrase headed by ``t`` names: a person the
    codebooks or the text's introductions know (at its last token), a name the
    parser tags as a person's, or a titled noun ("the minister"); else None."""
    m = by_token.get(t.i)
    if m is not None:
        if m.kind != "person" or t.i != m.end - 1:
            return None
        return m.start, t.lower_
    if t.pos_ == "PROPN" and t.dep_ in GROUP_ROLES and t.text[:1].isupper():
        # a name the codebooks do not know: a person's where it is written with a
        # first name or title ("Peter Kamau", "Mr. Kamau") or speaks ("Kamau said")
        words = [c for c in t.lefts if c.dep_ == "compound"]
        if any(w.i in by_token for w in words):
            return None  # "U.N. ... Office": an organisation's name
        speaks = t.dep_ == "nsubj" and t.head.lemma_.lower() in SPEECH_VERBS
        if words or speaks or _person_apposition(t):
            return (words[0].i if words else t.i), t.lower_
        return None
    # a titled noun ("the army chief"), or one person named by trade ("police arrested
    # a journalist ... she was charged": person_roles.tsv)
    if (
        t.pos_ == "NOUN"
        and t.dep_ in GROUP_ROLES
        and t.tag_ == "NN"
        and (_human(t, by_token) or t.lemma_.lower() in roles.person_roles())
    ):
        return t.i, t.lemma_.lower()
    return None


def _back_reference(
    token: Token, cue: Cue, words: tuple[str, ...], date: str | None
) -> list[Actor]:
    """A definite noun with no country of its own that points back to an actor just
    named: "the militants", "the insurgents" -> the armed group named last; "the group"
    (a ``back`` cue) -> the group or organisation named last; "the minister", "the
    president" (``title_cues``) -> the person or titled phrase named last with that
    title. Earlier paragraphs of the document count (``PRIOR_NAMED``)."""
    doc = token.doc
    armed = cue.sector in armed_sectors()
    title = words in title_cues()
    group = cue.use == "back"
    # "the journalist" after "Cambodian journalist Mech Dara": one person of society
    # the text named with that noun for a title
    named_as = not (armed or title or group) and _society_person(token, cue)
    if not (armed or title or group or named_as):
        return []
    text = _text(_phrase(token))
    by_token = _mentions_by_token(doc)

    def fits(m: ActorMention) -> Entry | None:
        e = m.resolved(date)
        if armed or group:
            if m.kind not in ("group", "org") or (armed and e.sector not in armed_sectors()):
                return None
            state_organ = e.country in state_codes() and e.sector not in society_sectors()
            return None if state_organ else e
        if named_as:  # the person of that sector named last ("Mech Dara said")
            return e if m.kind == "person" and e.country and e.sector == cue.sector else None
        return e if m.kind == "person" and _in_role(words, e.role) else None

    seen: set[int] = set(_own_subject(token))  # "The UN condemned the group": not the UN
    if group:
        # "the council" after "the Security Council" and MSF: the one its noun names
        own = _own_noun(token, words, date, seen, fits)
        if own is not None:
            return [own.actor(text)]
    for j in range(token.i - 1, _window_start(token) - 1, -1):
        m = by_token.get(j)
        if m is not None and m.start not in seen and j not in seen:
            seen.add(m.start)
            entry = fits(m)
            if entry is not None:
                return [entry.actor(text)]
        t = doc[j]
        if (armed or group) and m is None and j not in seen:
            unnamed = _unnamed_armed(t, date)  # "a terrorist cell ... the group"
            if unnamed is not None:
                return [Actor(unnamed.code, unnamed.country, unnamed.sector, text, None)]
        if (title or named_as) and t.lemma_.lower() == words[-1] and not _definite(t):
            head = t  # "Foreign Minister Ivan Petrenko": the title modifies the name
            while head.dep_ == "compound" and head.head.i != head.i:
                head = head.head
            named = head.pos_ == "PROPN" or not named_as  # a person's name it titles
            found = [a for a in _antecedent_actors(head, date) or [] if a.country]
            if named and len(found) == 1:
                a = found[0]
                return [Actor(a.code, a.country, a.sector, text, a.name)]
    for data in reversed(doc.user_data.get(PRIOR_NAMED, [])):
        entry = fits(mention_from_data(data))
        if entry is not None:
            return [entry.actor(text)]
    return []


def _society_person(token: Token, cue: Cue) -> bool:
    """Whether ``token`` is one person of a sector apart from the state ("the
    journalist", "the activist", "the lawyer": a noun of a trade, ``person_roles.tsv``,
    of ``society_sectors``; not "the opposition", "the industry")."""
    if token.tag_ != "NN" or cue.sector not in society_sectors():
        return False
    return token.lemma_.lower() in roles.person_roles()


def _own_noun(
    token: Token,
    words: tuple[str, ...],
    date: str | None,
    seen: set[int],
    fits: Callable[[ActorMention], Entry | None],
) -> Entry | None:
    """The organisation named last, in reach of a back noun (its window, then earlier
    paragraphs), whose own name holds that noun: "the council" -> "the UN Security
    Council", "the agency" -> "the International Atomic Energy Agency", even with
    another organisation named in between."""
    noun = words[-1]

    def named(m: ActorMention) -> Entry | None:
        e = fits(m)
        if e is None:
            return None
        names = {*f"{e.name} {m.actor.text}".lower().replace("-", " ").split()}
        names |= _alias_words().get(e.name, frozenset())
        return e if noun in names or f"{noun}s" in names else None

    start = _window_start(token)
    for m in reversed(_mentions(token.doc)):
        if m.end > token.i or m.start < start or m.start in seen:
            continue
        e = named(m)
        if e is not None:
            return e
    for data in reversed(token.doc.user_data.get(PRIOR_NAMED, [])):
        e = named(mention_from_data(data))
        if e is not None:
            return e
    return None


@cache
def _alias_words() -> dict[str, frozenset[str]]:
    """An organisation's or group's name -> the lower-case words of all its packaged
    aliases ("IAEA" -> international, atomic, energy, agency)."""
    out: dict[str, set[str]] = {}
    for alias, e, _where in packaged_entries():
        if e.kind in ("org", "group"):
            out.setdefault(e.name, set()).update(alias.lower().replace("-", " ").split())
    return {k: frozenset(v) for k, v in out.items()}


def _unnamed_armed(t: Token, date: str | None) -> Actor | None:
    """The armed actor an indefinite phrase headed by ``t`` introduces without a name
    ("a terrorist cell", "gunmen", "separatist militants"): what a later "the group"
    or "the militants" points back to. None for a definite phrase (itself a
    back-reference), a phrase naming a group (its mention decides) or any other."""
    if t.pos_ != "NOUN" or t.dep_ not in GROUP_ROLES or _definite(t):
        return None
    words = [c for c in t.lefts if c.dep_ in ("compound", "amod")] + [t]
    cue = _find_cue(words, t)
    if cue is None or cue[0].sector not in armed_sectors() or t not in cue[1]:
        return None  # the armed noun heads the phrase ("its campaign against militants": no)
    found = _antecedent_actors(t, date) or []
    if len(found) != 1 or found[0].sector not in armed_sectors():
        return None
    return found[0]


def _own_subject(token: Token) -> list[int]:
    """Token indices of the subject of the clause ``token`` is an object of."""
    verb = token.head.head if token.dep_ == "pobj" else token.head
    if token.dep_ in SUBJECTS or verb.pos_ not in ("VERB", "AUX"):
        return []
    return [t.i for c in verb.children if c.dep_ in SUBJECTS for t in c.subtree]


def _water_named(token: Token) -> bool:
    """Is ``token`` a body of water named after a state by an "of" phrase, or that
    phrase's object (``argument_words`` ``water_body``: "the Gulf of Oman", "the Sea of
    Japan")?"""
    waters = _resident_words("water_body")
    if token.lower_ in waters and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in token.children
    ):
        return True  # the waters' own phrase
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "of" or prep.head is prep:
        return False
    return prep.head.lower_ in waters


def actors_for(token: Token, *, date: str | None = None) -> list[Actor]:
    """Actors denoted by the noun phrase headed by ``token`` ([] when none); a name
    the codebooks do not know takes the actor of its apposition ("Karim Ahmadi,
    Iran's deputy foreign minister" -> IRNGOV; ``_phrase_actors`` for the rest).
    While the Doc is coded (``memo.coding``) a phrase is resolved once per date."""
    found = memo.table(token.doc, "actors")
    if found is None:
        return _actors_for(token, date)
    key = (token.i, date, _DEPTH[0])  # an antecedent's phrase is read without its own
    hit = found.get(key)
    if hit is None:
        hit = found[key] = tuple(_actors_for(token, date))
    return list(hit)


def _actors_for(token: Token, date: str | None) -> list[Actor]:
    if _water_named(token):
        return []  # "in the Gulf of Oman", "the Sea of Japan": waters, not the state
    if token.lower_ in _resident_words("partitive") and token.pos_ != "PROPN":
        # "several of its neighbours", "some of the Gulf states": the states counted
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                objects = [o for o in child.children if o.dep_ == "pobj"]
                counted = actors_for(objects[0], date=date) if objects else []
                if counted:
                    return counted
    found = _phrase_actors(token, date)
    if token.pos_ == "NOUN" and not any(a.country for a in found) and _cue_use(token):
        # "the official, an Iranian diplomat, said": a word for an actor with no
        # country of its own takes its apposition's
        for child in token.children:
            if child.dep_ == "appos" and child.i > token.i and child.pos_ in ("NOUN", "PROPN"):
                role = [a for a in _phrase_actors(child, date) if a.country]
                if role:
                    text = _text(_phrase(token))
                    return [Actor(a.code, a.country, a.sector, text, a.name) for a in role]
    if found or token.pos_ != "PROPN":
        return found
    for child in token.children:
        if child.dep_ == "appos" and child.i > token.i and not _name_after(child):
            role = _phrase_actors(child, date)
            if role:
                text = _text(_phrase(token))
                return [Actor(a.code, a.country, a.sector, text, a.name) for a in role]
    titled = any(
        c.dep_ == "compound" and c.i < token.i and c.lower_ in roles.person_roles()
        for c in token.subtree
    )
    for child in token.children if titled else ():
        # "Secretary-General John Doe of the UN": the title's of-phrase gives the actor
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [o for o in child.children if o.dep_ == "pobj"]
            named = [a for a in actors_for(objects[0], date=date) if a.country] if objects else []
            if len(named) == 1:
                a = named[0]
                return [Actor(a.code, a.country, a.sector, _text(_phrase(token)), a.name)]
    return []


def _mistagged_name(token: Token) -> bool:
    """Is ``token`` the last word of a name the codebooks know that the tagger read
    as a verb ("Trump on Monday threatened ...": "Trump" a VB), in the place of an
    argument of its clause or as the root that opens its sentence?"""
    if token.pos_ not in ("VERB", "AUX") or not token.text[:1].isupper():
        return False
    # "Trump at first imposed ...": the name the parser made the root, opening it
    opening = token.dep_ == "ROOT" and token.i == token.sent.start
    if token.dep_ not in ARGUMENT_DEPS and not opening:
        return False
    m = _mentions_by_token(token.doc).get(token.i)
    return m is not None and m.end - 1 == token.i


def opponents_named(token: Token) -> bool:
    """Whether ``token`` is a noun of opponents (``argument_words`` ``opponent_noun``)
    with a word naming whom they stand against ("Chinese rivals", "Israel's enemies",
    "the enemies of Israel"); bare ("both rivals condemned Sudan") it stands for those
    the text named before, as any group noun."""
    if token.pos_ != "NOUN" or token.lower_ not in _resident_words("opponent_noun"):
        return False
    return any(c.dep_ in ("amod", "compound", "nmod", "poss", "prep") for c in token.children)


def _phrase_actors(token: Token, date: str | None) -> list[Actor]:
    """Actors denoted by the noun phrase headed by ``token`` ([] when none).

    The country comes from a name in the phrase (state, adjective, capital,
    person, organisation; possessives and compounds included), else from a
    pronoun's antecedent ("its", "they"), else for "the two countries" from
    the two states last named, else — for a sector noun with no country of its
    own — from an "of X" / "in X" phrase ("activists in Israel"). A name after
    "pro-" or "anti-" never gives the country. The sector comes from the name
    itself (a capital is GOV, "IRGC" MIL, a person by their role on ``date``, else
    on the news story's date that ``dyadline.annotate`` puts in ``DOC_DATE``)
    or from cue words of the phrase (``sectors.tsv``); a role written in the
    phrase ("Defence Minister X") beats a person's recorded role.
    """
    doc = token.doc
    if (
        token.pos_ in NOT_NOMINAL
        and not _bare_quantifier(token)
        and not acronym_name(token)
        and not _mistagged_name(token)
    ):
        return []
    if date is None:  # an undated event of a news story: people as on the story's date
        stored = doc.user_data.get(DOC_DATE)
        date = stored if isinstance(stored, str) and stored[:4].isdigit() else None
    by_token = _mentions_by_token(doc)
    if _bare_quantifier(token):
        text = token.text
        return [m.resolved(date).country_actor(text, None) for m in _quantified(token, by_token)]
    phrase = _phrase(token)
    text = _text(phrase)

    loyal = _loyal_to(token, date)
    if loyal:  # "forces loyal to Khalifa Haftar": his forces
        return [Actor(a.code, a.country, a.sector, text, a.name) for a in loyal]
    if opponents_named(token):
        return []  # "Chinese rivals", "the enemies of Israel": whom they oppose, not who

    if token.pos_ == "PRON" and token.lower_ in quoted.first_person():
        # "we" inside a quotation: whoever says it ("'We will sue Chad,' the minister said")
        said_by = quoted.speaker(token)
        # the speaker is never first person, so its own pronoun ("...,' she said") is
        # resolved in full, as a subject of its own sentence would be
        speaking = actors_for(said_by, date=date) if said_by is not None else None
        # a private person's "we" is no actor's ("a farmer said: 'we ...'")
        return [
            Actor(a.code, a.country, a.sector, text, a.name)
            for a in speaking or []
            if a.sector not in quoted.private_sectors()
        ]
    titled = _org_title(token, by_token, date)
    if titled is not None:  # "the secretary-general": of the UN the story named
        return [titled.actor(text)]
    if _is_pronoun(token):
        if token.lower_ in PLURAL and not _expletive(token):
            subject = token.dep_ in SUBJECTS and token.lower_ == "they"
            group = (
                _plural_group(token, placed=not subject)
                or _plural_subject(token, date)
                or _quoted_assailants(token, date)
            )
            if group:
                return [Actor(a.code, a.country, a.sector, text, a.name) for a in group]
        if token.lower_ in PERSONAL:
            person = _person_antecedent(token, date)
            if person is not None:
                return [Actor(a.code, a.country, a.sector, text, a.name) for a in person]
        # a person, group or organisation keeps its own sector ("the BLA said it ...":
        # PAKINS), and so does a capital, which stands for the government ("Beijing
        # said it would ...": CHNGOV); a state is the state itself
        return [
            m.resolved(date).actor(text)
            if m.kind in BACK_KINDS or m.kind == "capital"
            else m.resolved(date).country_actor(text, None)
            for m in _antecedent(token, by_token)
        ]
    head_cue = sector_cues().get((token.lower_,)) or sector_cues().get((token.lemma_.lower(),))
    if head_cue is not None and head_cue.use == "never":
        return []  # "the ... flight crash": an event, not an actor

    # names in the phrase: on the head, as modifiers, or inside a prepositional phrase
    in_phrase = {t.i for t in phrase}
    modifiers: list[ActorMention] = []
    preps: list[tuple[Token, ActorMention]] = []
    blocked: set[int] = set()  # tokens that are names, "pro-" prefixes or prepositional phrases
    seen: set[int] = set()
    opposed: list[ActorMention] = []  # "anti-Kyiv militias": the state they fight
    for t in phrase:
        m = by_token.get(t.i)
        if m is None or m.start in seen:
            continue
        seen.add(m.start)
        blocked.update(range(m.start, m.end))
        if _prefixed(doc, m):
            blocked.update(range(max(m.start - 2, 0), m.start))
            if (m.start >= 1 and doc[m.start - 1].lower_.rstrip("-–") == "anti") or (
                m.start >= 2 and doc[m.start - 2].lower_ == "anti"
            ):
                opposed.append(m)
            continue
        nxt = by_token.get(m.end + 1 if doc[m.end : m.end + 1].text in HYPHENS else m.end)
        if nxt is not None and m.kind == nxt.kind == "adjective" and nxt.start in in_phrase:
            continue  # "an Iranian-American writer": the last demonym is the nationality
        prep = _prep_of(doc[m.start : m.end].root, token, in_phrase)
        if prep is None:
            modifiers.append(m)
        else:
            preps.append((prep, m))
            blocked.update(s.i for s in prep.subtree if s.i in in_phrase)
    core = [t for t in phrase if t.i not in blocked and t.pos_ not in ("DET", "PUNCT")]
    found = _find_cue(core, token)
    cue = found[0] if found else None
    cue_sector = cue.sector if cue else None

    residents = _residents(token, by_token.get(token.i), modifiers, preps, date)
    if residents is not None:  # "ethnic Kurds in Syria", "Turkey's Arab minority"
        return [residents.country_actor(text, cue_sector or "CVL")]

    # a people named with a state ("Iraqi Kurds"): the state's country, the people's sector
    peoples = [m for m in modifiers if m.kind == "people"]
    if peoples and len(peoples) < len(modifiers):
        modifiers = [m for m in modifiers if m.kind != "people"]
        people_sector = cue_sector or peoples[0].resolved(date).sector
        return [
            m.resolved(date).country_actor(text, people_sector)
            for m in modifiers
            if m.resolved(date).kind in ("state", "adjective", "capital")
        ] or [m.resolved(date).actor(text) for m in modifiers]

    # a people where it lives ("Kurds in Syria", "ethnic Azerbaijanis in Iran"): the
    # state of its in/of/from phrase, not its kin state (a ``people`` cue: "ethnic")
    ethnic = any(_cue_use(t) == "people" for t in core)
    lived = [m for m in modifiers if m.kind == "people" or (ethnic and m.kind == "adjective")]
    if lived and len(lived) == len(modifiers):
        home = next((m for p, m in preps if p.lower_ in HOME_PREPS and m.state_level), None)
        armed = cue_sector is None or cue_sector in armed_sectors()
        if home is None and armed and not preps and token.dep_ in ("nsubj", "nsubjpass", "dobj"):
            # "Turkey shelled Kurdish fighters in Syria": the "in" phrase the parser
            # hung on the verb places them (not a crowd abroad: "Kurds rallied in Berlin")
            home = next(
                (
                    m
                    for p, m in _prep_mentions(token.head)
                    if p.lower_ == "in" and m.kind in STATE_KINDS
                ),
                None,
            )
        if home is not None and home.actor.country:
            country = home.actor.country
            home_sector = cue_sector or lived[0].resolved(date).sector
            return [Actor(country + (home_sector or ""), country, home_sector, text, None)]

    head_m = by_token.get(token.i)
    if head_m is not None and head_m in modifiers:
        entry = head_m.resolved(date)
        if entry.kind == "people":
            return [entry.actor(text, sector=cue_sector or entry.sector)]
        if entry.kind == "person" and cue_sector:
            return [entry.actor(text, sector=cue_sector)]
        if entry.kind == "adjective" and cue_sector is None and _nationals(token):
            # "thousands of Kenyans protested": a nation's people, its civilians
            return [entry.actor(text, sector="CVL")]
        if entry.kind in ("state", "adjective") or not entry.sector:
            return [entry.actor(text, sector=cue_sector)]
        return [entry.actor(text)]

    # "its Arab neighbours", "Peru's allies": the owner of a noun of the other party
    # says whose partners they are, not who they are
    owned = _other_party_owner(token)
    if owned:
        modifiers = [m for m in modifiers if doc[m.start : m.end].root.i not in owned]
    modifiers = _post_at_organisation(token, modifiers)

    # possessive pronouns ("its army") stand for their antecedent
    pronoun_states: list[ActorMention] = []
    for t in core:
        if t.i != token.i and t.i not in owned and _is_pronoun(t):
            person = _person_antecedent(t, date) if t.lower_ in PERSONAL else None
            if person is None and t.lower_ in PLURAL and not modifiers and not _DEPTH[0]:
                # "people in Peru want their government to act": the group just named
                _DEPTH[0] += 1
                try:
                    person = _plural_group(t) or None
                finally:
                    _DEPTH[0] -= 1
            if person is not None:  # "his forces": the country of the person just named
                if not person or modifiers or not person[0].country:
                    continue
                country = person[0].country or ""
                kept = cue_sector
                if kept is None and token.lemma_.lower() in _resident_words("follower_noun"):
                    # "his supporters": the opposition leader's (a ruler's are no organ
                    # of the state: they keep no sector, as before)
                    theirs = person[0].sector
                    kept = theirs if theirs in society_sectors() else None
                return [Actor(country + (kept or ""), country, kept, text, None)]
            pronoun_states += _antecedent(t, by_token)

    # "the country's president", "troops left the country": the story's main state
    pronoun_states += [
        c
        for t in core
        if (t.i == token.i or (t.dep_ == "poss" and t.head.i == token.i and t.i not in owned))
        and (c := _the_country(t)) is not None
    ]

    if modifiers or pronoun_states:
        out: dict[str, Actor] = {}
        sector: str | None
        # a person's or a group's name beats the demonym or state beside it
        # ("Chinese President Xi Jinping", "Colombia's FARC guerrillas")
        for m in sorted(modifiers, key=lambda m: m.kind not in BACK_KINDS):
            entry = m.resolved(date)
            if entry.kind == "people":
                sector = cue_sector or entry.sector
            elif entry.kind in ("org", "group") and entry.sector:
                sector = entry.sector
            else:
                sector = cue_sector or entry.sector
            out.setdefault(entry.country, entry.actor(text, sector=sector))
        for m in pronoun_states:
            entry = m.resolved(date)
            out.setdefault(entry.country, entry.country_actor(text, cue_sector))
        return list(out.values())

    others = _other_members(token, by_token)
    if others:
        return [Actor(c + (cue_sector or ""), c, cue_sector, text, None) for c in others]
    size = _group_size(token)
    if size:
        sides = token.lemma_.lower() in SIDES
        if sides and size == 2:
            two = _two_sides(token, phrase[0].i, date)
            if two:
                return [Actor(a.code, a.country, a.sector, text, a.name) for a in two]
        named = _two_states(doc, phrase[0].i, sides=sides, skip=_speakers(token), n=size)
        if len(named) >= size:
            return [m.resolved(date).country_actor(text, cue_sector) for m in named]
        if not (cue is not None and cue.sector is None and preps):
            return []  # fewer states named than the phrase counts: not these
        # "the warring parties in Sudan": the sides of the war its place phrase names

    actor_head = (found is not None and any(t.i == token.i for t in found[1])) or _members(token)
    grouped = _grouping(core, token, preps, actor_head)
    if grouped:
        return [Actor(c + (cue_sector or ""), c, cue_sector, text, None) for c in grouped]

    collective = _collective(core, token, found, text)
    if collective is not None:
        return [collective]

    if (
        cue is not None
        and found is not None
        and cue.sector in armed_sectors()
        and (_definite(token) or any(c.dep_ == "nummod" for c in token.children))
        and any(t.i == token.i for t in found[1])
    ):
        # "the insurgents in the capital": the group just named, wherever it now is;
        # "12 fighters were killed": a count of its members
        back = _back_reference(token, cue, cue.words, date)
        if back:
            return back
    if cue is not None:
        candidates = [prep for prep, _m in sorted(preps, key=lambda p: p[0].i)]
        if cue_sector or cue.sector is None:
            # "rebels in Goma": a phrase naming a place, not an actor; "thousands of
            # protesters": a count or group stands for the sector noun of its of-phrase
            candidates += [
                c
                for c in token.children
                if c.dep_ == "prep" and c.i in in_phrase and c not in candidates
            ]
        after = phrase[-1].i + 1
        if not candidates and after < len(doc) and doc[after].dep_ == "prep":
            # "attacks on institutions in X": the parser often hangs "in X" on the verb
            candidates = [doc[after]]
        if not candidates:
            # "a report released by X", "a statement issued in X": the participle's phrase
            candidates = [
                p
                for c in token.children
                if c.dep_ == "acl" and c.tag_ == "VBN"
                for p in c.children
                if p.dep_ in ("prep", "agent")
            ]
        for prep in candidates:
            inside = prep.lower_ in _resident_words("within_prep")
            if prep.lower_ not in cue.preps and not (inside and "in" in cue.preps):
                continue  # "militant hideouts inside Afghanistan": as "in"
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if not objects:
                continue
            if prep.i == after:
                text = _text(phrase + _phrase(prep))
            out_prep: list[Actor] = []
            for a in actors_for(objects[0], date=date):
                # "the leader of the opposition", "a spokesman for the Taliban": of its sector
                own = a.sector in society_sectors()
                sec = a.sector if own else cue_sector or a.sector
                if a.country is None:  # a sector-only mention: its context gives the country
                    if sec:
                        out_prep.append(Actor(sec, None, sec, text, None))
                    continue
                out_prep.append(Actor(a.country + (sec or ""), a.country, sec, text, a.name))
            place = None if out_prep or not cue_sector else place_country(objects[0])
            if place is not None and cue_sector:  # "rebels in Goma": the city's country
                out_prep.append(Actor(place + cue_sector, place, cue_sector, text, None))
            if out_prep or prep.lower_ == "by":
                return out_prep
        on_head = found is not None and any(t.i == token.i for t in found[1])
        if on_head and found is not None and _definite(token):
            back = _back_reference(token, cue, tuple(t.lemma_.lower() for t in found[1]), date)
            if not back and found is not None:
                back = _back_reference(token, cue, cue.words, date)
            if back:
                return back
        if cue_sector and roles.office(token) and token.tag_ in ("NN", "NNP"):
            # "the foreign minister", "a government spokesman": the office of the
            # state its context gives (``context_country``)
            return [Actor(cue_sector, None, cue_sector, text, None)]
        if cue.use == "alone" and cue_sector and found and any(t.i == token.i for t in found[1]):
            states = [m.actor.country for m in opposed if m.state_level and m.actor.country]
            if states and cue_sector in armed_sectors():
                # "anti-Kyiv militias": an armed group fights in the state it opposes
                return [Actor(states[0] + cue_sector, states[0], cue_sector, text, None)]
            # "insurgents shelled the city": an armed group without a country
            return [Actor(cue_sector, None, cue_sector, text, None)]
    return []


def _post_at_organisation(token: Token, modifiers: list[ActorMention]) -> list[ActorMention]:
    """A state's post at an organisation ("China's U.N. mission", "the U.S. NATO
    ambassador", ``argument_words`` ``post_noun``) is the state's: the organisation
    named with it says where the post is, not whose it is."""
    words = _resident_words("post_noun")
    if token.lower_ not in words and token.lemma_.lower() not in words:
        return modifiers
    states = [m for m in modifiers if m.state_level]
    if not states or len(states) == len(modifiers):
        return modifiers
    return states


def _other_party_owner(token: Token) -> set[int]:
    """The tokens of the possessive owning a noun of the other party of a relation
    (``argument_words`` ``other_party``: "its neighbours", "Peru's allies"); empty
    for any other noun."""
    words = _resident_words("other_party")
    if token.lower_ not in words and token.lemma_.lower() not in words:
        return set()
    return {t.i for c in token.children if c.dep_ == "poss" for t in c.subtree}


@cache
def _resident_words(kind: str) -> frozenset[str]:
    """A word list of ``codebooks/argument_words.tsv`` (``resident_noun``, ``ethnic_marker``)."""
    return frozenset(
        w.strip().lower()
        for row in read_tsv("argument_words.tsv")
        if row["kind"] == kind
        for w in row["words"].split("|")
    )


def _residents(
    token: Token,
    head_m: ActorMention | None,
    modifiers: list[ActorMention],
    preps: list[tuple[Token, ActorMention]],
    date: str | None,
    carry: bool = True,
) -> Entry | None:
    """The state a people lives in, for a phrase naming the people of one nation
    as living in another ("Somalis in Kenya", "Syria's ethnic Kurds", "the Azerbaijani
    minority in Iran"): an ethnic group is coded where it lives (CODING-GUIDE), so
    the phrase is that state's civilians. A people named "ethnic" with no state of
    its own lives where the document last placed it ("ethnic Kurds in Syria ... dozens
    of ethnic Kurds"). None for any other phrase."""
    doc = token.doc
    people = ("adjective", "people")
    kin: ActorMention | None = None
    if head_m is not None and head_m in modifiers and head_m.kind in people:
        if token.tag_ in ("NNS", "NNPS"):  # "Azerbaijanis", not "Azerbaijani forces"
            kin = head_m
    elif token.lemma_.lower() in _resident_words("resident_noun"):
        kin = next((m for m in modifiers if m.kind in people), None)
    if kin is None or any(t.lower_ in _resident_words("kin_marker") for t in token.children):
        return None  # "the Armenian diaspora in France": named by its homeland
    kin_country = kin.resolved(date).country
    hosts = [m for p, m in preps if p.lower_ == "in" and m.kind in STATE_KINDS]
    hosts += [
        m for m in modifiers if m.kind in STATE_KINDS and doc[m.start : m.end].root.dep_ == "poss"
    ]
    for m in hosts:
        entry = m.resolved(date)
        if entry.country and entry.country != kin_country:
            return entry
    marked = any(t.lower_ in _resident_words("ethnic_marker") for t in token.children)
    if hosts or not marked or not carry:
        return None
    # the people's last placement earlier in the Doc
    for t in reversed(doc[: token.i]):
        if t.lower_ == token.lower_ and t.i != token.i:
            prev = _mentions_by_token(doc).get(t.i)
            if prev is None:
                continue
            mods = [prev, *_modifier_mentions(t)]
            found = _residents(t, prev, mods, _prep_mentions(t), date, carry=False)
            if found is not None:
                return found
    return None


def _nationals(token: Token) -> bool:
    """Is the demonym at ``token`` a plural noun naming a nation's people with no
    article as the doer of its clause ("Kenyans marched", "thousands of Sudanese
    protested"), not its state's side ("the Americans proposed a deal": a definite
    people stands for its state in diplomacy) nor an adjective ("Kenyan police")?"""
    if any(c.dep_ == "det" for c in token.children) or not _doer(token):
        return False
    if token.pos_ in ("NOUN", "PROPN") and token.tag_ in ("NNS", "NNPS"):
        return True
    # "Sudanese protested", "thousands of Sudanese": a plural the parser cannot tell
    return token.dep_ in ARGUMENT_DEPS and token.lower_.endswith(
        tuple(_resident_words("invariant_demonym_ending"))
    )


def _doer(token: Token) -> bool:
    """Is the noun at ``token`` the subject of its clause, itself or as the of-phrase
    of a count ("thousands of Kenyans protested")? A people that suffers an act
    ("police detained two Palestinians", "five Kenyans were killed") keeps its
    state's code, whose country the other side's sector-only mention must not take."""
    if token.dep_ == "pobj" and token.head.lower_ == "of":
        token = token.head.head
    return token.dep_ == "nsubj"


def _modifier_mentions(head: Token) -> list[ActorMention]:
    """The names that modify ``head`` directly ("Iran's", "Kurdish")."""
    by_token = _mentions_by_token(head.doc)
    out: list[ActorMention] = []
    for c in head.children:
        m = by_token.get(c.i)
        if m is not None and c.dep_ in ("poss", "amod", "compound", "nmod"):
            out.append(m)
    return out


def _prep_mentions(head: Token) -> list[tuple[Token, ActorMention]]:
    """The names that are objects of prepositions on ``head`` ("in Iran")."""
    by_token = _mentions_by_token(head.doc)
    out: list[tuple[Token, ActorMention]] = []
    for c in head.children:
        if c.dep_ != "prep":
            continue
        for o in c.children:
            m = by_token.get(o.i)
            if o.dep_ == "pobj" and m is not None:
                out.append((c, m))
    return out


def place_country(token: Token) -> str | None:
    """The country of a proper-noun place name headed by ``token`` ("Lagos",
    "Kandahar province"), from the cities and places of ``country_of_place``."""
    names = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if token.pos_ == "PROPN":
        names.append(token)
    if not names:
        return None
    names.sort(key=lambda t: t.i)
    return country_of_place(_text(names)) or country_of_place(names[-1].text)


def named_states(sent: Span) -> frozenset[str]:
    """The states a sentence names by a name of their own (a state, its adjective or
    its capital), not through a person or group the context placed there."""
    return frozenset(
        m.actor.country
        for m in _mentions(sent.doc)
        if sent.start <= m.start
        and m.end <= sent.end
        and m.kind in ("state", "adjective", "capital")
        and m.actor.country
    )


def sentence_states(sent: Span) -> dict[str, Actor]:
    """The states a sentence names as actors, by country (first mention each).

    Left out: names after "pro-"/"anti-", and names that only modify a word that
    is no actor ("Israeli arms", "the Russian-made system": ``never`` cues).
    """
    doc = sent.doc
    out: dict[str, Actor] = {}
    for m in _mentions(doc):
        if m.start < sent.start or m.end > sent.end or not m.state_level:
            continue
        country = m.actor.country
        if not country or country in out or _prefixed(doc, m):
            continue
        root = doc[m.start : m.end].root
        if root.dep_ in ("amod", "compound", "poss", "nmod") and not actors_for(root.head):
            continue
        # an armed group keeps its sector ("flush out al-Shabab": SOMINS, not Somalia)
        stored = doc.user_data.get(DOC_DATE)
        sector = m.resolved(stored if isinstance(stored, str) else None).sector
        sector = sector if m.kind == "group" else None
        out[country] = Actor(
            code=country + (sector or ""),
            country=country,
            sector=sector,
            text=m.actor.text,
            name=m.actor.name,
        )
    return out


def acronym_name(token: Token) -> bool:
    """Is ``token`` an acronym of an actor the tagger took for a verb or another
    word ("IGAD" as an auxiliary, "ECOWAS" as a verb)? A word of capitals only,
    two letters or more, that an actor mention covers: a name all the same."""
    return (
        token.pos_ not in ("PROPN", "NOUN")
        and token.is_upper
        and token.is_alpha
        and len(token) > 1
        and mention_at(token.doc, token.i) is not None
    )


def mention_at(doc: Doc, i: int) -> ActorMention | None:
    """The actor mention covering token ``i``, if any (the first, where two do)."""
    if i not in _mentions_by_token(doc):
        return None  # most tokens are in no name: the Doc's index says so at once
    for m in _mentions(doc):
        if m.start <= i < m.end:
            return m
    return None
