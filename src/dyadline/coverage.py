"""Vocabulary coverage: which CAMEO codes the event patterns can code, with which words.

Reads: the packaged event patterns (``codebooks/verbs.tsv``, via
``dyadline.patterns``) plus a user's pattern files, and the CAMEO table
(``codebooks/cameo.tsv``). Adds: one row per CAMEO code with the triggers
(verbs ``V`` and nouns ``N``) whose patterns give that code, for
``dyadline codebook stats``. A code no pattern gives can still be produced
by the intent and refusal conventions (``intent.tsv``: "will attack" -> 138)
but has no words of its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dyadline.cameo import _table
from dyadline.patterns import load_index

__all__ = ["CodeCoverage", "coverage"]


@dataclass(slots=True)
class CodeCoverage:
    """The triggers of one CAMEO code."""

    code: str
    label: str
    verbs: list[str] = field(default_factory=list)
    nouns: list[str] = field(default_factory=list)

    @property
    def covered(self) -> bool:
        return bool(self.verbs or self.nouns)


def coverage(pattern_files: list[str] | None = None) -> list[CodeCoverage]:
    """Every CAMEO code of the table, in code order, with its pattern triggers."""
    rows = {code: CodeCoverage(code, entry.label) for code, entry in sorted(_table().items())}
    index = load_index(pattern_files)
    for (pos, lemma), patterns in sorted(index.items()):
        for p in patterns:
            row = rows.get(p.cameo)
            if row is None:
                continue
            words = row.verbs if pos == "V" else row.nouns
            word = lemma if p.particle is None else f"{lemma} {p.particle}"
            if word not in words:
                words.append(word)
    return list(rows.values())
