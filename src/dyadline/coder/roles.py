"""People and offices named by a role, a title or a pronoun rather than a name.

Reads: a parsed ``Doc``, its actor mentions (passed in by ``dyadline.coder.actors``,
which calls this module) and the words of ``codebooks/person_words.tsv``. Adds
nothing to the Doc: it answers two questions for the actor resolution.

- ``office``: does a noun phrase name an office of a state ("the foreign
  minister", "a government spokesman", "the president")? Written with no country
  of its own and pointing back to no person named with that title, such a phrase
  is a sector-only mention: its country is the one its context gives
  (``dyadline.coder.arguments.context_country``), and ``office_country`` is the
  step of that context for sector-only mentions: the story's main state, unless
  two states are named equally often; then the one state named nearest before
  it in its own or the previous sentence (or the one of those in a subject), if
  that is one of the two; else none (an unresolved mention is better than a
  guessed state).
  A person introduced with a role of no country ("X, a senior
  senator", ``dyadline.coder.introduced``) is placed the same way.
- ``person_antecedent``: the phrase "he", "she", "his", "her" points back to:
  the last person not known to be of the other gender (a title "Mr.", "Mrs.",
  "Ms.", a noun "spokeswoman" or a pronoun used before for that person tells
  it); in the nearest sentence that has one, its subject first. People are
  names the codebooks or the text's introductions know, other proper names
  written with a first name or title or as the subject of a verb of speech
  ("Peter Kamau", "Kamau said": then the pronoun stays unresolved rather than
  taking another actor) and titled nouns ("the minister"); never a state or
  organisation. A pronoun
  outside a quotation skips the people named inside quotations ("... Museveni
  ...," he said: not Museveni).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from dyadline.codebook import read_tsv

__all__ = ["gender", "office", "office_country", "person_antecedent", "person_roles"]

PERSON_PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: how many sentences back a pronoun's person is looked for
PERSON_SENTENCES = 6
OPEN = frozenset({"“", "«"})
CLOSE = frozenset({"”", "»"})


@cache
def _words(kind: str) -> frozenset[tuple[str, ...]]:
    return frozenset(
        tuple(row["word"].lower().split())
        for row in read_tsv("person_words.tsv")
        if row["kind"] == kind
    )


@cache
def person_roles() -> frozenset[str]:
    """Lemmas of nouns that name a person by office or trade (``person_roles.tsv``)."""
    return frozenset(row["role"].lower() for row in read_tsv("person_roles.tsv"))


def gender(word: str) -> str | None:
    """ "male" / "female" for a word that tells a person's gender, else None."""
    w = (word.lower(),)
    if w in _words("male"):
        return "male"
    if w in _words("female"):
        return "female"
    return None


def office(token: Token) -> bool:
    """Does the noun at ``token`` with its compounds end in a state's office
    ("the foreign minister", "ministry spokesman", "the president")?"""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    words = [c.lower_ for c in token.lefts if c.dep_ in ("compound", "amod")]
    words.append(token.lemma_.lower())
    # "head of state", "secretary of state": the head with its of-phrase
    for prep in (c for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"):
        words += ["of", *(p.lower_ for p in prep.children if p.dep_ == "pobj")]
    run = tuple(words)
    return (token.lower_,) in _words("office") or any(
        run[-len(w) :] == w for w in _words("office") if len(w) <= len(run)
    )


def office_country(
    tok: Token,
    main: str | None,
    counts: Mapping[str, int],
    states_at: Callable[[int], str | None],
    fits: Callable[[str | None], bool],
) -> tuple[bool, str | None]:
    """The country of an office named without one (see the module docstring):
    (decided, country). ``counts`` are the times the document names each state,
    ``states_at`` the state a mention starting at a token index names (None for
    none), ``fits`` whether a country may be the office's."""
    if not isinstance(main, str) or not fits(main):
        return False, None
    top = counts.get(main, 0)
    tied = {c for c, n in counts.items() if n == top}
    if len(tied) <= 1:
        return True, main
    # the nearest sentence before it (or its own, before it) naming a state decides,
    # if it names one of the tied states and no other, or one only in its subject
    doc = tok.doc
    sent, end = tok.sent, tok.i
    for _ in range(2):
        named = {c for j in range(sent.start, end) if fits(c := states_at(j))}
        if named:
            if len(named) > 1:
                subjects = {
                    c
                    for t in doc[sent.start : end]
                    if t.dep_ in SUBJECTS
                    for j in range(t.left_edge.i, t.right_edge.i + 1)
                    if fits(c := states_at(j))
                }
                named = subjects if len(subjects) == 1 else named
            one = next(iter(named))
            return True, one if len(named) == 1 and one in tied else None
        if sent.start == 0:
            break
        end = sent.start
        sent = doc[sent.start - 1].sent
    return True, None


@dataclass(slots=True)
class _Person:
    key: str  # the last word of the name, or the title noun, in lower case
    token: Token  # the head of the phrase naming the person
    gender: str | None
    quoted: bool


def _quote_depths(doc: Doc, start: int, end: int) -> list[bool]:
    """For each token from ``start`` to ``end``: inside a quotation?"""
    out: list[bool] = []
    depth = 0
    for t in doc[start:end]:
        if t.text in OPEN:
            depth = 1
            out.append(True)
            continue
        if t.text in CLOSE:
            out.append(True)
            depth = 0
            continue
        if t.text == '"':
            depth = 0 if depth else 1
            out.append(True)
            continue
        out.append(depth > 0)
    return out


def _title_gender(head: Token, start: int) -> str | None:
    """The gender a title before a name ("Mr. Okafor") or a noun ("spokeswoman") tells."""
    doc = head.doc
    for t in doc[start : head.i + 1]:
        g = gender(t.lower_) or gender(t.lemma_)
        if g is not None and t.lower_ not in PERSON_PRONOUNS:
            return g
    return None


def person_antecedent(
    token: Token,
    person_at: Callable[[Token], tuple[int, str] | None],
) -> Token | None:
    """The head token of the person a personal pronoun points back to (see the
    module docstring), or None when no person is named before it in reach.
    ``person_at(t)`` gives (start index, key) of the person the phrase headed by
    ``t`` names, or None when it names none."""
    doc = token.doc
    sent = token.sent
    for _ in range(PERSON_SENTENCES):
        if sent.start == 0:
            break
        sent = doc[sent.start - 1].sent
    start = sent.start
    quoted = _quote_depths(doc, start, token.i + 1)
    people: list[_Person] = []
    by_key: dict[str, str] = {}  # a person's key -> the gender known for them
    target = gender(token.lower_)
    for t in doc[start : token.i + 1]:
        if t.i == token.i:
            break
        if t.pos_ == "PRON" and t.lower_ in PERSON_PRONOUNS:
            g = gender(t.lower_)
            found = _choose(people, g, quoted[t.i - start], t)
            if found is not None and found.gender is None and g is not None:
                by_key[found.key] = g
                for p in people:
                    if p.key == found.key:
                        p.gender = g
            continue
        named = person_at(t)
        if named is None:
            continue
        first, key = named
        g = _title_gender(t, max(first - 1, 0)) or by_key.get(key)
        if g is not None:
            by_key[key] = g
            for p in people:
                if p.key == key:
                    p.gender = g
        people.append(_Person(key, t, g, quoted[t.i - start]))
    found = _choose(people, target, quoted[token.i - start], token)
    return found.token if found is not None else None


def _choose(people: list[_Person], g: str | None, in_quote: bool, pron: Token) -> _Person | None:
    """The person a pronoun of gender ``g`` points to among ``people`` (in text order):
    in the nearest sentence with one of that gender or of unknown gender, its subject
    first (a person known to be of the other gender is passed over, but one of
    unknown gender nearer is not: preferring the known gender from further back
    lost more than it won on the development stories). A pronoun outside a
    quotation passes over the people inside one."""
    fitting = [
        p
        for p in people
        if (g is None or p.gender in (None, g))
        and (in_quote or not p.quoted)
        and not _same_clause_object(p.token, pron)
    ]
    if not fitting:
        return None
    last = fitting[-1]
    same = [p for p in fitting if p.token.sent.start == last.token.sent.start]
    subjects = [p for p in same if p.token.dep_ in SUBJECTS]
    return subjects[0] if subjects else last


def _same_clause_object(person: Token, pron: Token) -> bool:
    """ "X met Y and praised him": a pronoun does not point to the subject of its own
    clause (that would be "himself")."""
    return pron.dep_ in ("dobj", "pobj") and person.dep_ in SUBJECTS and person.head == pron.head
