"""Lemmas the tagger's lemmatizer gets wrong for the words of political events.

Reads ``codebooks/lemmas.tsv`` (a word form, the fine-grained tags it has there, the
lemma it should have) and adds one pattern a row to the pipeline's
``attribute_ruler``, which runs before the lemmatizer: the lemmatizer keeps a lemma
already set, so "raped" is the verb "rape" (coded 1821) and not "rap" (criticise,
111). Adds nothing to documents beyond ``Token.lemma_``; a pipeline without an
attribute ruler is left as it is.
"""

from __future__ import annotations

from spacy.language import Language

from dyadline.codebook import read_tsv

#: the codebook file of the lemma fixes
LEMMAS_FILE = "lemmas.tsv"


def lemma_patterns() -> list[dict[str, object]]:
    """The attribute-ruler patterns of ``lemmas.tsv``: one a row."""
    patterns: list[dict[str, object]] = []
    for row in read_tsv(LEMMAS_FILE):
        token: dict[str, object] = {"LOWER": row["form"].lower()}
        if row["tags"] not in ("", "-"):
            token["TAG"] = {"IN": row["tags"].split("|")}
        patterns.append({"patterns": [[token]], "attrs": {"LEMMA": row["lemma"]}})
    return patterns


def add_lemma_fixes(nlp: Language) -> None:
    """Add the lemma fixes of ``lemmas.tsv`` to ``nlp``'s attribute ruler (before its
    lemmatizer), once."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    names = nlp.pipe_names
    if "lemmatizer" in names and names.index("lemmatizer") < names.index("attribute_ruler"):
        return  # the lemmatizer would run first and the fix come too late
    ruler = nlp.get_pipe("attribute_ruler")
    ruler.add_patterns(lemma_patterns())  # type: ignore[attr-defined]
