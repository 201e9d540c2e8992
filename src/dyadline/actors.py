"""Actor recognition (placeholder until the actor codebooks land)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class ActorTagger:
    def __init__(self, nlp: Language, codebooks: list[str]) -> None:
        self.codebooks = codebooks

    def __call__(self, doc: Doc) -> Doc:
        doc._.actors = []
        return doc
