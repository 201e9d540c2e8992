"""What the event-set tests compare: a text's events as (source, code, target) triples."""

from __future__ import annotations

from spacy.language import Language

Triple = tuple[str, str, str | None]


def events(nlp: Language, text: str) -> set[Triple]:
    """The events the pipeline codes in ``text``, as (source code, CAMEO code, target code)."""
    return {
        (e.source.code, e.cameo, e.target.code if e.target else None) for e in nlp(text)._.events
    }


def story_events(nlp: Language, text: str, date: str = "2025-03-12") -> set[Triple]:
    """The events of ``text`` annotated as one news story published on ``date`` (people
    and groups as on that day), as (source code, CAMEO code, target code)."""
    from dyadline.annotate import annotate
    from dyadline.model import Document

    annotated = annotate(Document(text=text, date=date, news=True), nlp)
    return {(e.source.code, e.cameo, e.target.code if e.target else None) for e in annotated.events}


def both(a: str, code: str, b: str) -> set[Triple]:
    """A mutual act coded both ways."""
    return {(a, code, b), (b, code, a)}
