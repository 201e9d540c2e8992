"""Consultations and agreements in news: which one-sided forms of a mutual act are
coded both ways.

Reads: a trigger token, its pattern and the Doc's story date (``DOC_DATE``, set by
``dyadline.annotate`` for a news story). Adds nothing to the Doc; ``mutual_in_news``
answers whether a ``sym`` row whose CAMEO code ``argument_words.tsv``
``news_mutual_code`` lists ("X met Y", "X met with Y", "X negotiated with Y", "X
signed a deal with Y"; not the one-sided approval of ``news_one_sided_lemma``:
"ratified the deal with Y") is, in a news story, each side's act on the other: the news
gold's coders record every meeting, call, negotiation and signed agreement as a
mutual act (two records), where the reference chapter's coders keep the form as
stated (the subject meets the object).

Hand-written: a coding convention of the news gold, not anything a library provides.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

from spacy.tokens import Token

from dyadline.coder import patterns as pat
from dyadline.coder.actors import DOC_DATE
from dyadline.coder.modality import _yes_no_question as yes_no_question
from dyadline.model import Actor

__all__ = [
    "asked_appraisal",
    "host_pairs",
    "mutual_in_news",
    "parties_told_again",
    "recent_visits",
    "unfinished_deal",
    "unnamed_host",
    "visit_told_again",
    "without_press",
]

SIGN = "057"
# how many sentences back a visit gives the host of a meeting with "the president"
HOST_WINDOW = 3


@cache
def _codes() -> frozenset[str]:
    return pat.argument_words("news_mutual_code")


@cache
def _one_sided() -> frozenset[str]:
    return pat.argument_words("news_one_sided_lemma")


def mutual_in_news(tok: Token, pattern: pat.Pattern) -> bool:
    """Is the act ``tok`` triggers by ``pattern`` a mutual one coded both ways because
    the Doc is a news story (it has a story date) and the row is a ``sym`` row of a
    code of ``news_mutual_code``?"""
    if not pattern.symmetric or pattern.cameo not in _codes():
        return False
    # "ratified the agreement with X": the verb, or the verb that carries the noun
    lemmas = {str(tok.lemma_).lower(), str(tok.head.lemma_).lower() if pattern.pos == "N" else ""}
    if lemmas & _one_sided():
        return False
    # "agreed with X's concerns" shares a view; "agreed with X on a truce" is a deal
    if lemmas & pat.argument_words("news_agree_lemma") and not any(
        c.dep_ == "prep" and c.lower_ == "on" for c in tok.children
    ):
        return False
    if tok.doc.user_data.get(DOC_DATE) is None:
        return False
    # "said the president would meet Y": the speaker's side's intent, not Y's
    return pat.announced_clause(tok) is None


@cache
def _office_words() -> frozenset[str]:
    return pat.argument_words("host_office_word")


def _partner_tokens(tok: Token) -> list[Token]:
    """The words naming the partner of a consultation ``tok``: its direct object
    ("met the president") or the object of its "with" ("talks with the foreign
    minister"), with their conjuncts."""
    out: list[Token] = []
    for c in tok.children:
        if c.dep_ == "dobj" and tok.pos_ in ("VERB", "AUX"):
            out.append(c)
        elif c.dep_ == "prep" and c.lower_ == "with":
            out += [g for g in c.children if g.dep_ == "pobj"]
    return [t for o in out for t in (o, *o.conjuncts)]


def unnamed_host(tok: Token, actors: Callable[[Token], list[Actor]]) -> bool:
    """Does the consultation ``tok`` name its partner only by an office no country is
    given for ("met the president", "talks with officials")? ``actors`` resolves a
    token to the actors it names."""
    partners = _partner_tokens(tok)
    return bool(partners) and all(
        str(t.lemma_).lower() in _office_words() and not any(a.country for a in actors(t))
        for t in partners
    )


def host_pairs(
    tok: Token,
    pattern: pat.Pattern,
    doers: list[Actor],
    visits: list[tuple[Actor, Actor]],
) -> list[tuple[Actor, Actor | None]]:
    """(source, target) pairs of a consultation whose partner is an unnamed office
    holder ("He met the president") told by a doer who has just travelled: the
    government of the state the doer's visit went to ("X flew to Y on Monday. He met
    the president": X with Y's government). ``visits``: the (visitor, host) pairs of
    the latest visits, newest first. Mutual (a ``mutual`` row, or ``mutual_in_news``)
    pairs go both ways."""
    both = pattern.mutual or mutual_in_news(tok, pattern)
    named = _partner_tokens(tok)
    text = tok.doc[named[0].left_edge.i : named[0].right_edge.i + 1].text if named else ""
    out: list[tuple[Actor, Actor | None]] = []
    for s in doers:
        host = next((h for v, h in visits if v.country == s.country), None)
        if host is None or host.country is None or host.country == s.country:
            continue
        partner = Actor(host.country + "GOV", host.country, "GOV", text, None)
        out.append((s, partner))
        if both:
            out.append((partner, s))
    return out


def recent_visits(acts: Sequence[Any], sentence: int) -> list[tuple[Actor, Actor]]:
    """The (visitor, host) pairs of the visits and meetings (``argument_words``
    ``host_code``: 042, 040, 046, ...) among the discourse memory's ``acts`` told in the
    ``HOST_WINDOW`` sentences before ``sentence``, newest first: "X flew to Y", "X met
    Y's leaders in Y" give Y as the state whose officials X meets next."""
    codes = pat.argument_words("host_code")
    return [
        (a.source, a.target)
        for a in reversed(acts)
        if a.cameo in codes and a.target is not None and sentence - a.sentence <= HOST_WINDOW
    ]


@cache
def _process_verbs() -> frozenset[str]:
    return pat.argument_words("deal_process_verb")


def unfinished_deal(tok: Token, pattern: pat.Pattern) -> bool:
    """Is ``tok`` a verb of working towards a deal in its progressive form ("are
    negotiating a deal", "is finalizing the agreement"), which signs nothing yet: a
    signing row (057) does not apply (the negotiation row does)?"""
    return (
        pattern.cameo == SIGN and tok.tag_ == "VBG" and str(tok.lemma_).lower() in _process_verbs()
    )


@cache
def _press_sectors() -> frozenset[str]:
    return frozenset(s.upper() for s in pat.argument_words("press_sector"))


def without_press(
    tok: Token, pairs: list[tuple[Actor, Actor | None]]
) -> list[tuple[Actor, Actor | None]]:
    """The pairs of the consultation ``tok`` triggers, in a news story, without those
    with the press on either side ("in a conversation with journalists", "met
    reporters"): speaking to the media is how a statement is made, not a consultation
    between actors (``press_sector``), as the news gold codes it."""
    if tok.doc.user_data.get(DOC_DATE) is None:
        return pairs
    press = _press_sectors()
    return [
        (s, t) for s, t in pairs if s.sector not in press and (t is None or t.sector not in press)
    ]


def visit_told_again(
    tok: Token, doers: list[tuple[Actor, Actor | None]], memory: Any
) -> list[tuple[Actor, Actor | None]]:
    """(visitor, host) pairs of the visit noun ``tok`` that names no host ("X's
    visit", "the trip") in a news story, told by a visitor whose visit (042) the
    discourse ``memory`` holds from the ``HOST_WINDOW`` sentences before: the same host
    ("X flew to Y on Monday. X's visit focused on trade"; news codes each telling)."""
    if tok.doc.user_data.get(DOC_DATE) is None:
        return []
    acts, sentence = memory.acts, memory.sentence
    visits = [
        (a.source, a.target)
        for a in reversed(acts)
        if a.cameo[:3] == "042" and a.target is not None and sentence - a.sentence <= HOST_WINDOW
    ]
    out: list[tuple[Actor, Actor | None]] = []
    for s, t in doers:
        if t is not None:
            continue
        host = next((h for v, h in visits if v.country == s.country), None)
        if host is not None and host.country != s.country:
            out.append((s, host))
    return out


def asked_appraisal(tok: Token, cameo: str) -> bool:
    """Is ``tok`` an appraisal (a root of ``argument_words`` ``asked_root``: praise,
    criticism) the text only asks about ("Does X see Y as a threat?"): a yes/no
    question states no appraisal (the question mark tested first: most sentences
    have none)."""
    if cameo[:2] not in pat.argument_words("asked_root"):
        return False
    last = tok.sent[-1]
    return last.text == "?" and yes_no_question(tok)


@cache
def _party_pronouns() -> frozenset[str]:
    return pat.argument_words("party_pronoun")


def _clause_subject(tok: Token) -> Token | None:
    """The subject of the clause of ``tok``, through the open complements and
    conjuncts it inherits it by ("They agreed to deepen ties", "met and signed")."""
    cur = tok
    for _ in range(4):
        subj = next((c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj
        if cur.dep_ not in ("xcomp", "conj") or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def parties_told_again(
    tok: Token, pattern: pat.Pattern, memory: Any
) -> list[tuple[Actor, Actor | None]]:
    """Both directions of a mutual act (a ``sym`` or ``mutual`` row) whose subject is
    a pronoun for its parties ("they", ``argument_words`` ``party_pronoun``) that no
    subject before resolves: the two sides of the latest consultation or agreement
    (``host_code``, ``news_mutual_code``) of the discourse ``memory`` in the
    ``HOST_WINDOW`` sentences before ("X met Y on Monday. They discussed trade": X
    with Y, and Y with X)."""
    if not (pattern.symmetric or pattern.mutual):
        return []
    subj = _clause_subject(tok)
    if subj is None or subj.lower_ not in _party_pronouns() or subj.pos_ != "PRON":
        return []
    codes = pat.argument_words("host_code") | _codes()
    acts, sentence = memory.acts, memory.sentence
    latest = next(
        (
            a
            for a in reversed(acts)
            if a.cameo in codes
            and a.target is not None
            and 0 < sentence - a.sentence <= HOST_WINDOW
            and a.source.country != a.target.country
        ),
        None,
    )
    if latest is None:
        return []
    return [(latest.source, latest.target), (latest.target, latest.source)]
