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

from functools import cache

from spacy.tokens import Token

from dyadline.coder import patterns as pat
from dyadline.coder.actors import DOC_DATE

__all__ = ["mutual_in_news"]


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
    return tok.doc.user_data.get(DOC_DATE) is not None
