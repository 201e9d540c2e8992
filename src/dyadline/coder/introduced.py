"""People the codebooks do not know, introduced by the text with a role.

Reads: a parsed ``Doc`` with ``doc._.actors`` (``dyadline_actors``), the nouns of
offices and trades (``codebooks/person_roles.tsv``) and the people earlier
paragraphs of the document introduced (kept by the document context,
``dyadline.coder.context``). Adds: to ``doc._.actors``, a ``person`` mention for

- a name written with a role: its apposition ("Karim Ahmadi, Iran's deputy
  foreign minister"), the role it is the apposition of ("Iran's deputy foreign
  minister, Karim Ahmadi") or a title before it ("Afghan foreign ministry
  spokesperson Abdul Karim"), coded as that role's phrase is (``actors_for``);
- each later mention of that name, in full or by its last word ("Ahmadi said"),
  in the same paragraph or a later one, so it is coded as the same actor and
  "he"/"she" can point back to it.

A name is a run of proper nouns ending at the head of a noun phrase, less the
title words before it. Only a role phrase that gives one actor with a country
introduces anybody. Hand-written: no small library links a name to its role.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.tokens import Doc, Token

from dyadline.codebook import read_tsv
from dyadline.coder.actor_codebook import sector_cues
from dyadline.coder.actors import actors_for
from dyadline.coder.docdata import MentionData

__all__ = ["introduce"]


@cache
def person_roles() -> frozenset[str]:
    """Lemmas of nouns that name a person by office or trade (``person_roles.tsv``)."""
    return frozenset(row["role"].lower() for row in read_tsv("person_roles.tsv"))


def _is_role(t: Token) -> bool:
    return t.lemma_.lower() in person_roles() or t.lower_ in person_roles()


def _title_word(t: Token) -> bool:
    """A word of a title written before a name ("Deputy", "Foreign", "Minister")."""
    return _is_role(t) or (t.lower_,) in sector_cues() or not t.is_alpha


def _name(head: Token, covered: set[int]) -> tuple[int, int] | None:
    """Token range of the personal name ending at ``head``: proper nouns written
    together, without the title words before them; None when ``head`` is no name."""
    if head.pos_ != "PROPN" or not head.text[:1].isupper() or _title_word(head):
        return None
    start = head.i
    doc = head.doc
    while start > 0:
        t = doc[start - 1]
        if t.pos_ != "PROPN" or t.i in covered or _title_word(t) or not t.text[:1].isupper():
            break
        if t.dep_ != "compound" or not t.whitespace_:
            break
        start -= 1
    return start, head.i + 1


def _role_phrase(head: Token) -> Token | None:
    """The noun of the role a name is written with (see the module docstring)."""
    for child in head.children:
        if child.dep_ == "appos" and child.i > head.i and _is_role(child):
            return head  # "X, Iran's deputy foreign minister": the name's own phrase
    if head.dep_ == "appos" and head.head.i < head.i and _is_role(head.head):
        return head.head  # "Iran's deputy foreign minister, X"
    for child in head.children:
        if child.dep_ == "compound" and child.i < head.i and _is_role(child):
            return head  # "Foreign Minister X", "ministry spokesperson X"
    return None


def _mention(start: int, end: int, doc: Doc, person: dict[str, Any]) -> MentionData:
    row = [person["country"], person["sector"], "person", person["name"], "", None, None, 0]
    return MentionData(
        start=start,
        end=end,
        kind="person",
        code=person["code"],
        country=person["country"],
        sector=person["sector"],
        text=doc[start:end].text,
        name=person["name"],
        candidates=[row],
    )


def introduce(doc: Doc, known: dict[str, dict[str, Any]]) -> None:
    """Add the people this Doc introduces, and the later mentions of those it or an
    earlier paragraph introduced, to ``doc._.actors``; ``known`` (a name or a last
    word in lower case -> the person) is updated with this Doc's introductions."""
    data = list(doc._.actors or [])
    covered = {i for m in data for i in range(m["start"], m["end"])}
    added: list[MentionData] = []
    for t in doc:
        if t.pos_ != "PROPN" or t.i in covered or t.dep_ == "compound":
            continue
        span = _name(t, covered)
        if span is None:
            continue
        start, end = span
        role = _role_phrase(t)
        person: dict[str, Any] | None = None
        if role is not None:
            found = actors_for(role)
            if len(found) == 1 and found[0].country:
                a = found[0]
                name = doc[start:end].text
                person = {"code": a.code, "country": a.country, "sector": a.sector, "name": name}
                known[name.lower()] = person
                known[t.lower_] = person
        if person is None:
            person = known.get(doc[start:end].text.lower()) or known.get(t.lower_)
        if person is not None:
            added.append(_mention(start, end, doc, person))
            covered.update(range(start, end))
    if added:
        doc._.actors = sorted([*data, *added], key=lambda m: m["start"])
