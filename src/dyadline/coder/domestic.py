"""Domestic dyads: the people a state acts on at home, named or not.

Reads: a token of a parsed ``Doc`` (with ``doc._.actors``) that is an argument of an
act, the act's CAMEO code, and the codebooks ``unnamed_persons.tsv`` (the acts in
which a person the actor codebooks do not know is an actor) and ``sectors.tsv``
(the title words that give such a person a sector). Adds nothing to the Doc:
``unnamed_person`` gives ``dyadline.coder.arguments`` a sector-only actor for a
person's name the codebooks do not know ("police arrested John Mwangi", "a court
sentenced journalist Jane Doe"), which then takes its country from its context
like any sector-only mention (``arguments.context_country``: a place in its
clause, the other side's country, the story's main state); ``repression`` tells
the acts in which two organs of one state form a dyad ("police arrested the
former president").

Hand-written: these are coding conventions of domestic event data (a coder
codes the unknown journalist a court jails as the state's civilians or media),
not anything a library provides.
"""

from __future__ import annotations

import calendar
from functools import cache

from spacy.tokens import Doc, Token

from dyadline.codebook import read_tsv
from dyadline.coder.actor_codebook import country_of_place, sector_cues
from dyadline.coder.actors import mention_at
from dyadline.coder.patterns import argument_words
from dyadline.errors import CodebookError
from dyadline.model import Actor

__all__ = ["PRIOR_SURNAMES", "place_people", "repression", "surnames", "unnamed_person"]

#: doc.user_data key: the last words of unknown people's names of earlier paragraphs
PRIOR_SURNAMES = "dyadline_prior_surnames"

SIDES = frozenset({"source", "target", "both"})
# modifiers of a name that may hold its title ("journalist Jane Doe", "the rapper X")
TITLE_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})


@cache
def _rules() -> tuple[tuple[str, str, str, str], ...]:
    """(CAMEO prefix, side, default sector, organs) rows of ``unnamed_persons.tsv``."""
    out: list[tuple[str, str, str, str]] = []
    for row in read_tsv("unnamed_persons.tsv"):
        if row["side"] not in SIDES:
            raise CodebookError(
                "unnamed_persons.tsv",
                f"root {row['root']!r} has the side {row['side']!r}",
                "use source, target or both",
            )
        out.append((row["root"], row["side"], row["sector"], row["organs"]))
    return tuple(out)


def _rule(cameo: str) -> tuple[str, str, str, str] | None:
    """The row of the longest CAMEO prefix of ``cameo`` (a code overrides its root)."""
    rows = [r for r in _rules() if cameo.startswith(r[0])]
    return max(rows, key=lambda r: len(r[0])) if rows else None


def repression(cameo: str) -> bool:
    """Do two different organs of one state form a dyad in an act of ``cameo``
    (``organs`` column: "police arrested the former minister", "the army detained
    the president"), where in other acts they are one state ("the government funded
    the police")?"""
    rule = _rule(cameo)
    return rule is not None and rule[3] == "yes"


def unnamed_person(tok: Token, cameo: str, side: str) -> Actor | None:
    """A sector-only actor for the name at ``tok`` of a person the codebooks do not
    know, when it is the ``side`` ("source" or "target") of an act of ``cameo`` that
    ``unnamed_persons.tsv`` lists: its sector from a title written with it ("opposition
    leader X" -> OPP, "journalist X" -> MED), else the row's; its country is left to
    the context (None); its ``name`` is the name written, which tells it from a
    sector noun ("police": no name)."""
    rule = _rule(cameo)
    if rule is None or rule[1] not in (side, "both"):
        return None
    name = _name(tok)
    if not name:
        return None
    sector = _title_sector(tok, name) or rule[2]
    text = " ".join(t.text for t in name)
    return Actor(sector, None, sector, text, text)


def _name(tok: Token, *, alone: bool = True) -> list[Token]:
    """The tokens of a person's name headed by ``tok`` ("John Mwangi"), or [] when the
    phrase is no such name: not a proper noun, an acronym (an organisation's), a name
    the codebooks know (it resolves, or not, by itself), a place, a day or a month."""
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.text.isupper():
        return []
    name = sorted(
        [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i]
        + [tok],
        key=lambda t: t.i,
    )
    if name[-1].i - name[0].i != len(name) - 1:
        name = [tok]
    doc = tok.doc
    if any(mention_at(doc, t.i) is not None or t.text.isupper() for t in name):
        return []
    things = argument_words("thing_name_word")
    cues = sector_cues()
    if any(t.lower_ in things or (t.lower_,) in cues or (t.lemma_.lower(),) in cues for t in name):
        return []  # "the Amur Region", "Rights Watch": a place or an organisation
    text = " ".join(t.text for t in name)
    if country_of_place(text) or tok.lower_ in _calendar():
        return []
    titled = _title_sector(tok, name) is not None or any(
        c.lower_ in argument_words("person_mark") for c in tok.children if c.i < name[0].i
    )
    if country_of_place(tok.text) and not (
        (titled and len(name) >= 2) or (alone and tok.lower_ in _surnames_before(tok))
    ):
        # a town's name ("Moyo", "Zamora") is also a surname: a person's when a title
        # and a first name are written with it ("journalist John Moyo"), or when the
        # story named that person in full before ("... Moyo was charged")
        return []
    if len(name) < 2 and not titled and (not alone or tok.lower_ not in _surnames_before(tok)):
        # one unknown word ("Crimea") may name anything, unless the story named a
        # person with it as the last word before ("John Mwangi ... Mwangi")
        return []
    if not titled and any(c.dep_ == "det" for c in tok.children):
        return []  # "the Jaffar Express": a person's bare name takes no article
    return name


def surnames(doc: Doc) -> set[str]:
    """The last words (lower case) of the names of two words or more of people the
    codebooks do not know that ``doc`` writes ("Amos Kiprono" -> "kiprono"): later
    mentions by the last word alone are the same person (``PRIOR_SURNAMES``)."""
    out: set[str] = set()
    for tok in doc:
        if tok.pos_ == "PROPN" and tok.dep_ != "compound" and _has_first_name(tok):
            name = _name(tok, alone=False)
            if len(name) >= 2:
                out.add(tok.lower_)
    return out


def _has_first_name(tok: Token) -> bool:
    """Has ``tok`` a proper noun before it as a compound (what a name of two words or
    more needs in ``_name``)? Without one its name is one word at most."""
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i for c in tok.children)


def _surnames_before(tok: Token) -> set[str]:
    """The last words of unknown people's names written before ``tok``, in this
    paragraph or the document's earlier ones (``PRIOR_SURNAMES``)."""
    doc = tok.doc
    prior = doc.user_data.get(PRIOR_SURNAMES) or []
    here = {
        t.lower_
        for t in doc[max(tok.sent.start - 200, 0) : tok.i]
        if t.pos_ == "PROPN"
        and t.dep_ != "compound"
        and _has_first_name(t)
        and len(_name(t, alone=False)) >= 2
    }
    return set(prior) | here


@cache
def _calendar() -> frozenset[str]:
    """Names of days and months, which the parser tags as proper nouns."""
    return frozenset(
        n.lower() for n in (*calendar.day_name, *calendar.month_name, *calendar.month_abbr) if n
    )


def _title_sector(tok: Token, name: list[Token]) -> str | None:
    """The sector of the longest title cue (``sectors.tsv``) among the words written
    before the name ("former opposition leader X" -> OPP, "the journalist X" -> MED)."""
    first = name[0].i
    words = sorted(
        [t for t in tok.subtree if t.i < first and t.dep_ in TITLE_DEPS and t.pos_ != "PROPN"]
        + [t for t in tok.subtree if t.i < first and t.pos_ == "PROPN" and t.dep_ == "compound"],
        key=lambda t: t.i,
    )
    cues = sector_cues()
    best: tuple[int, str] | None = None
    for a in range(len(words)):
        for b in range(a + 1, len(words) + 1):
            run = words[a:b]
            if run[-1].i - run[0].i != len(run) - 1:
                break
            for key in (tuple(t.lower_ for t in run), tuple(t.lemma_.lower() for t in run)):
                cue = cues.get(key)
                if cue is not None and cue.sector and (best is None or len(run) > best[0]):
                    best = (len(run), cue.sector)
    return best[1] if best else None


def place_people(pairs: list[tuple[Actor, Token]], victim: str | None) -> dict[Actor, Actor]:
    """The people of the places a violent act strikes, for place nouns that name
    their state only by a modifier ("shelled Sudan's Darfur region", "attacked the
    country's north": the state's civilians; the nouns are ``argument_words.tsv``
    ``struck_place``), by the bare state actor the phrase resolved to: ``victim``
    is the sector of the act's unnamed victims (``targetless.tsv``; None or "-"
    for none). A state named as itself ("attacked Mali", "its"), an organ or a
    sector is no place. The caller puts the people in the state's place where the
    state would make no dyad with the doer: a state's own forces striking a place
    at home form a domestic dyad with its people."""
    if not victim or victim == "-":
        return {}
    places = argument_words("struck_place")
    out: dict[Actor, Actor] = {}
    for actor, tok in pairs:
        if (
            actor.sector is None
            and actor.country
            and tok.pos_ == "NOUN"
            and tok.lemma_.lower() in places
            and mention_at(tok.doc, tok.i) is None
        ):
            code = actor.country + victim
            out[actor] = Actor(code, actor.country, victim, actor.text, actor.name)
    return out
