"""Who speaks a quotation: the speaker a first-person pronoun inside it stands for.

Reads: a parsed ``Doc`` (one paragraph) and two word lists of
``codebooks/argument_words.tsv``: ``first_person`` (the pronouns a speaker uses of
themselves or their side: "we", "our", "I") and ``saying_verb`` with
``quote_verb`` (the verbs that attribute a quotation: "said", "added", "warned").
Adds nothing to the Doc: ``speaker(token)`` answers, for a first-person pronoun
inside quotation marks, the head of the phrase naming who says the quotation, so
``dyadline.coder.actors`` codes "we" as that speaker's actor (a ministry's
spokesman's "we" is the government). A quotation may run over several sentences
of its paragraph before its attribution:

    "We hoped to settle this with Chad. But we will sue Chad now," the minister said.

The speaker is the subject of the first verb of saying after the closing mark,
in its sentence (or a short sentence right after it: '..." Kamau said.'), else of
the verb of saying before the opening mark in the sentence that opens it
("The minister said: '...'"); a pronoun of the first person is no speaker, "he"
or "she" is the person it points back to. A subject pronoun whose speaker is named
in its own sentence is left to the argument slots (``dyadline.coder.arguments``: the
subject of a quoted clause is its speaker's where the parse makes the quotation the
speaker's clause). A quotation with no attribution of its own that follows one
closed in the sentence before is the same speaker's ('"...," Wyne said. "We ..."').
``attributed(token)`` is the speaker by the quotation's own attribution alone:
``dyadline.coder.actors`` keeps "he"/"she" inside a quotation from pointing back to
its speaker ('"He calls Xi a friend," Wyne said': not Wyne). An odd count of
straight quotation marks in a paragraph leaves only the curly ones to mark
quotations. Quote spans are read once per Doc while it is coded (``memo.table``).
Hand-written: no small library attributes quotations.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from dyadline.codebook import read_tsv
from dyadline.coder import memo

__all__ = [
    "attributed",
    "first_person",
    "inside_quotation",
    "private_sectors",
    "said_by",
    "speaker",
]

OPEN = frozenset({"“", "«"})
CLOSE = frozenset({"”", "»"})
STRAIGHT = '"'
SPEAKER_DEPS = frozenset({"nsubj"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
SHORT = 6  # tokens of a sentence that only attributes the quotation before it ("Kamau said.")


@cache
def _words(kind: str) -> frozenset[str]:
    # (patterns.argument_words reads the same file; patterns imports actors, which
    # imports this module, so it cannot be imported here)
    return frozenset(
        w.strip().lower()
        for row in read_tsv("argument_words.tsv")
        if row["kind"] == kind
        for w in row["words"].split("|")
        if w.strip()
    )


def first_person() -> frozenset[str]:
    """Pronouns of the first person (``argument_words.tsv`` ``first_person``)."""
    return _words("first_person")


def private_sectors() -> frozenset[str]:
    """Sectors of speakers whose "we" is no actor's (``argument_words.tsv``
    ``private_speaker_sector``, upper case): a farmer's or a passenger's "we"."""
    return frozenset(w.upper() for w in _words("private_speaker_sector"))


def _saying(t: Token) -> bool:
    lemma = t.lemma_.lower()
    return t.pos_ in ("VERB", "AUX") and (
        lemma in _words("saying_verb") or lemma in _words("quote_verb")
    )


def _spans(doc: Doc) -> tuple[tuple[int, int], ...]:
    """The quotations of a Doc as (opening mark, closing mark) token indices; one left
    open ends with the Doc (its closing index is ``len(doc)``)."""
    table = memo.table(doc, "quotes")
    if table is not None and "spans" in table:
        return table["spans"]  # type: ignore[no-any-return]
    out: list[tuple[int, int]] = []
    start: int | None = None
    # an odd count of straight marks pairs them wrongly (a stray or an inch mark):
    # then only the curly ones open and close quotations
    straight = sum(t.text == STRAIGHT for t in doc) % 2 == 0
    for t in doc:
        if start is None and (t.text in OPEN or (straight and t.text == STRAIGHT)):
            start = t.i
        elif start is not None and (t.text in CLOSE or (straight and t.text == STRAIGHT)):
            out.append((start, t.i))
            start = None
    if start is not None:
        out.append((start, len(doc)))
    spans = tuple(out)
    if table is not None:
        table["spans"] = spans
    return spans


def _inside(i: int, spans: tuple[tuple[int, int], ...]) -> bool:
    return any(o <= i <= c for o, c in spans)


def _subject(verb: Token, spans: tuple[tuple[int, int], ...]) -> Token | None:
    for c in verb.children:
        if c.dep_ in SPEAKER_DEPS and not _inside(c.i, spans):
            return None if c.lower_ in first_person() else c
    return None


def _after(close: int, doc: Doc, spans: tuple[tuple[int, int], ...]) -> Token | None:
    """The speaker named after a closing mark: in its sentence, or in a short
    sentence right after it that only attributes the quotation."""
    if close >= len(doc):
        return None
    sent = doc[close].sent
    for t in doc[close + 1 : sent.end]:
        if _inside(t.i, spans):
            break
        if _saying(t):
            return _subject(t, spans)
    if sent.end < len(doc) and sent.end == close + 1:
        nxt = doc[sent.end].sent
        root = nxt.root
        if len(nxt) <= SHORT and _saying(root) and not _inside(root.i, spans):
            return _subject(root, spans)
    return None


def _before(opening: int, doc: Doc, spans: tuple[tuple[int, int], ...]) -> Token | None:
    """The speaker named before an opening mark, in the sentence that opens it."""
    sent = doc[opening].sent
    for t in reversed(doc[sent.start : opening]):
        if _inside(t.i, spans):
            break
        if _saying(t):
            return _subject(t, spans)
    return None


def inside_quotation(token: Token) -> bool:
    """Is ``token`` a word inside quotation marks (the marks themselves too)?"""
    return _inside(token.i, _spans(token.doc))


def attributed(token: Token) -> Token | None:
    """The speaker of the quotation ``token`` is in by that quotation's own
    attribution only (None when it has none, or ``token`` is in no quotation)."""
    doc = token.doc
    spans = _spans(doc)
    for o, c in spans:
        if o < token.i < c:
            return _after(c, doc, spans) or _before(o, doc, spans)
    return None


def said_by(token: Token) -> Token | None:
    """The head of the phrase naming who says the quotation ``token`` is in: its own
    attribution, else that of the quotation just before it, closed in the sentence
    before ('"...," Wyne said. "He calls ..."': Wyne's still); None when ``token``
    is in no quotation or its speaker is not named in the paragraph."""
    doc = token.doc
    spans = _spans(doc)
    for k, (o, c) in enumerate(spans):
        if o < token.i < c:
            own = _after(c, doc, spans) or _before(o, doc, spans)
            if own is not None or k == 0:
                return own
            po, pc = spans[k - 1]
            if pc < len(doc) and doc[o].sent.start - doc[pc].sent.end <= 0:
                return _after(pc, doc, spans) or _before(po, doc, spans)
            return None
    return None


def speaker(token: Token) -> Token | None:
    """Who says the quotation a first-person pronoun ``token`` is in (``said_by``),
    unless ``token`` is a subject told in its speaker's own sentence (the argument
    slots' case: "'We will sue Chad,' the minister said")."""
    found = said_by(token)
    if found is not None and token.dep_ in SUBJECTS and found.sent == token.sent:
        return None
    return found
