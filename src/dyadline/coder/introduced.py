"""People the codebooks do not know, introduced by the text with a role.

Reads: a parsed ``Doc`` with ``doc._.actors`` (``dyadline_actors``), the nouns of
offices and trades (``codebooks/person_roles.tsv``) and the people earlier
paragraphs of the document introduced (kept by the document context,
``dyadline.coder.context``). Adds: to ``doc._.actors``, a ``person`` mention for

- a name written with a role: its apposition ("Karim Ahmadi, Iran's deputy
  foreign minister"), the role it is the apposition of ("Iran's deputy foreign
  minister, Karim Ahmadi") or a title before it ("Afghan foreign ministry
  spokesperson Abdul Karim"), coded as that role's phrase is (``actors_for``); a
  title written after a city or province ("Bandung Governor X") is an office of
  the place's country; a role "with"/"at" an organisation, or a clause "who
  heads" one ("X, a senior official with the WFP"), is that organisation's;
- each later mention of that name, in full or by its last word ("Ahmadi said"),
  in the same paragraph or a later one, so it is coded as the same actor and
  "he"/"she" can point back to it; a last word the tagger took for a common word
  ("Dost" as a noun) counts too, written with its capital.

A name is a run of proper nouns ending at the head of a noun phrase, less the
title words before it. Only a role phrase that gives one actor with a country
introduces anybody. Hand-written: no small library links a name to its role.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any

from spacy.tokens import Doc, Token

from dyadline.coder.actor_codebook import country_of_place, sector_cues, state_codes
from dyadline.coder.actors import _prefixed, actors_for, mentions
from dyadline.coder.docdata import MentionData
from dyadline.coder.patterns import argument_words
from dyadline.coder.roles import office_country, person_roles
from dyadline.model import Actor

__all__ = ["introduce"]


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
        candidates=person.get("candidates") or [row],
    )


def _remember_named(data: list[MentionData], known: dict[str, dict[str, Any]]) -> None:
    """Add to ``known`` the family names of the people of the codebooks this Doc
    names in full ("Kim Jong Un", "Li Qiang"), so a later mention by that word alone
    ("met Kim", "Li said"), which the codebooks leave out as shared by many, is the
    same person: the last word of the name, or the first where the person's state
    writes the family name first (``argument_words`` ``family_name_first``). A word
    that two people named in full share stands for neither."""
    first = argument_words("family_name_first")
    seen: dict[str, str] = {}
    for m in data:
        words = (m["name"] or "").split()
        written = (m["text"] or "").split()
        if m["kind"] != "person" or len(words) < 2 or len(written) < 2:
            continue
        word = words[0] if (m["country"] or "").lower() in first else words[-1]
        key = word.lower()
        if word not in written or not word.isalpha() or not word[:1].isupper():
            continue
        if _is_role_word(key):
            continue
        if seen.get(key, m["name"]) != m["name"]:
            known.pop(key, None)  # "Kim Jong Un" and "Kim Yo Jong": "Kim" is neither
            seen[key] = ""
            continue
        if key in seen and not seen[key]:
            continue
        seen[key] = m["name"]
        person = {
            "code": m["code"],
            "country": m["country"],
            "sector": m["sector"],
            "name": m["name"],
            "candidates": m["candidates"],
        }
        known[key] = person


def _is_role_word(word: str) -> bool:
    return word in person_roles()


def introduce(
    doc: Doc, known: dict[str, dict[str, Any]], counts: Mapping[str, int] | None = None
) -> None:
    """Add the people this Doc introduces, and the later mentions of those it or an
    earlier paragraph introduced, to ``doc._.actors``; ``known`` (a name or a last
    word in lower case -> the person) is updated with this Doc's introductions.
    ``counts``: the times earlier paragraphs named each state; a role with a sector
    but no country ("a senior senator", "a police spokesman") is of the
    state named most, with this Doc's names, or where two are named equally often,
    the one named nearest before (``roles.office_country``)."""
    data = list(doc._.actors or [])
    _remember_named(data, known)
    states: Counter[str] | None = None
    starts: dict[int, str | None] = {}
    covered = {i for m in data for i in range(m["start"], m["end"])}
    added: list[MentionData] = []
    for t in doc:
        if t.i in covered or t.dep_ == "compound":
            continue
        if t.pos_ != "PROPN":
            again = known.get(t.lower_) if _retagged_name(t) else None
            if again is not None:  # "Dost accused ...": the tagger took the surname for a noun
                added.append(_mention(t.i, t.i + 1, doc, again))
                covered.add(t.i)
            continue
        span = _name(t, covered)
        if span is None:
            continue
        start, end = span
        role = _role_phrase(t)
        person: dict[str, Any] | None = None
        affiliated = _affiliation(t)
        if role is None and affiliated:
            role = t  # "X, who heads the WFP": the body the person leads
        if role is not None:
            found = actors_for(role) or affiliated
            if not found and role is t:
                # "journalist John Mwangi": a title alone before the name, the phrase
                # of its own word (a sector with no country, placed below)
                titles = [c for c in t.children if c.dep_ == "compound" and _is_role(c)]
                found = actors_for(titles[-1]) if titles else []
                if not found and titles:
                    # "Bandung Governor X": a place written before the title gives its
                    # country, the title its sector
                    found = _placed_title(t, titles[-1], covered)
            if not found:
                # "X, Ontario's provincial leader": the place that owns the role
                roles_after = [c for c in t.children if c.dep_ == "appos" and _is_role(c)]
                found = _placed_role(roles_after[0], covered) if roles_after else []
            country = found[0].country if len(found) == 1 else None
            if len(found) == 1 and not country and found[0].sector and not _body_named(role, doc):
                if states is None:
                    states = _state_counts(doc, counts)
                    starts = {
                        m.start: m.actor.country
                        for m in mentions(doc)
                        if m.state_level and m.actor.country and not _prefixed(doc, m)
                    }
                # the states named before the person ("Floods hit Kenya. X, a ministry
                # spokesman, criticized Uganda": Kenya's), else the Doc's
                before = Counter(counts or {})
                before.update(c for i, c in starts.items() if i < start and c)
                named = before or states
                main = max(named, key=lambda c: named[c]) if named else None
                country = office_country(t, main, named, starts.get, bool)[1]
            if country:
                a = found[0]
                name = doc[start:end].text
                code = country + (a.sector or "")
                person = {"code": code, "country": country, "sector": a.sector, "name": name}
                known[name.lower()] = person
                known[t.lower_] = person
        if person is None:
            person = known.get(doc[start:end].text.lower()) or known.get(t.lower_)
        if person is not None:
            added.append(_mention(start, end, doc, person))
            covered.update(range(start, end))
    if added:
        doc._.actors = sorted([*data, *added], key=lambda m: m["start"])


def _affiliation(head: Token) -> list[Actor]:
    """The organisation a name is written with: the object of a role's preposition
    of affiliation ("X, a senior official with the WFP", ``argument_words``
    ``affiliation_prep``) or of a relative clause of leading ("X, who heads the
    WFP", ``leading_verb``), when it names one organisation or one organ of a state
    (a sector of its own); [] otherwise."""
    objects: list[Token] = []
    for child in head.children:
        if child.dep_ == "appos" and child.i > head.i and _is_role(child):
            objects += [
                o
                for p in child.children
                if p.dep_ == "prep" and p.lower_ in argument_words("affiliation_prep")
                for o in p.children
                if o.dep_ == "pobj"
            ]
        elif child.dep_ == "relcl" and child.lemma_.lower() in argument_words("leading_verb"):
            objects += [o for o in child.children if o.dep_ == "dobj"]
    for obj in objects:
        found = actors_for(obj)
        if len(found) == 1 and found[0].country:
            a = found[0]
            if a.sector or a.country not in state_codes():
                return [a]
    return []


def _placed_role(role: Token, covered: set[int]) -> list[Actor]:
    """The office of a role owned by a place ("X, Ontario's provincial leader",
    "Punjab's chief minister"): the place's country (``country_of_place``) with the
    role's sector (``sectors.tsv``); [] when the owner is no known place."""
    owners = [c for c in role.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
    if not owners or any(i in covered for o in owners for i in range(o.left_edge.i, o.i + 1)):
        return []
    words = [w for w in owners[0].subtree if w.pos_ == "PROPN"]
    country = country_of_place(" ".join(w.text for w in words))
    cue = sector_cues().get((role.lower_,)) or sector_cues().get((role.lemma_.lower(),))
    if not country or cue is None or not cue.sector:
        return []
    return [Actor(country + cue.sector, country, cue.sector, role.text, None)]


def _placed_title(head: Token, title: Token, covered: set[int]) -> list[Actor]:
    """The office of a title written after a place name before a person's name
    ("Bandung Governor Ali Rahman", "Quetta Mayor X"): the place's country
    (``country_of_place``) with the title's sector (``sectors.tsv``); [] when the
    words before the title name no known place or the title no sector."""
    words = sorted(
        (
            c
            for c in (*head.children, *title.children)
            if c.dep_ == "compound" and c.i < title.i and c.pos_ == "PROPN"
        ),
        key=lambda c: c.i,
    )
    if any(w.i in covered for w in words):
        return []  # a name the codebooks know ("Kenyan", "UN") decides, not a place
    if not words or any(_title_word(w) for w in words):
        return []
    country = country_of_place(" ".join(w.text for w in words)) or country_of_place(words[-1].text)
    cue = sector_cues().get((title.lower_,)) or sector_cues().get((title.lemma_.lower(),))
    if not country or cue is None or not cue.sector:
        return []
    return [Actor(country + cue.sector, country, cue.sector, title.text, None)]


RETAGGED = frozenset({"NOUN", "ADJ", "VERB", "X"})


def _retagged_name(t: Token) -> bool:
    """Could a capitalised word the tagger took for a common word be a name written
    again ("Dost said", after "Karim Dost")? Only a word of letters, capitalised
    and not in capitals throughout."""
    return t.pos_ in RETAGGED and t.is_alpha and t.text[:1].isupper() and not t.is_upper


def _state_counts(doc: Doc, counts: Mapping[str, int] | None) -> Counter[str]:
    """The times earlier paragraphs and this Doc name each state."""
    out: Counter[str] = Counter(counts or {})
    out.update(
        m.actor.country
        for m in mentions(doc)
        if m.state_level and m.actor.country and not _prefixed(doc, m)
    )
    return out


def _body_named(role: Token, doc: Doc) -> bool:
    """Does a noun of the role's phrase belong to the name of an organisation the
    Doc names ("the court's president" after "the International Court of Justice")?
    Then the role is that body's, not an office of the story's main state."""
    words = {
        w
        for m in doc._.actors or []
        if m["kind"] in ("org", "group") and m["country"] not in state_codes()
        for w in f"{m['text']} {m['name'] or ''}".lower().split()
    }
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in words for t in role.subtree)
