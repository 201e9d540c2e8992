"""Annotating whole documents: offsets, notes, and context across paragraphs."""

from __future__ import annotations

from spacy.language import Language

from dyadline.annotate import annotate
from dyadline.read import read_text


def test_events_are_placed_in_the_document(nlp: Language) -> None:
    text = (
        "# Caucasus notes\n\n"
        "Relations warmed slowly.\n\n"
        "In March 2019 Georgia signed a transit agreement with Armenia.¹ "
        "Turkey recognized the independence of Kazakhstan in 1991.\n\n"
        "Notes\n\n"
        "1 “Transit deal signed,” *Caucasus Monitor*, March 3, 2019.\n"
    )
    document = read_text(text, fmt="md")
    out = annotate(document, nlp)
    assert out.events, "expected events"
    for ev in out.events:
        assert document.text[ev.sentence_start : ev.sentence_end] == ev.sentence
        assert document.text[ev.trigger_start : ev.trigger_end] == ev.trigger
        assert ev.doc_id == document.doc_id
    signed = next(e for e in out.events if e.cameo == "057")
    assert signed.notes == [1]
    assert signed.date is not None and signed.date.start == "2019-03-01"
    recognized = next(e for e in out.events if e.cameo == "054")
    assert recognized.notes == []
    assert [s.index for s in out.sentences] == list(range(len(out.sentences)))


def test_the_two_countries_reaches_back_across_a_paragraph(nlp: Language) -> None:
    text = (
        "Georgia and Ukraine share a Black Sea outlook.\n\n"
        "In 2017 the two countries signed a free trade agreement."
    )
    out = annotate(read_text(text), nlp)
    pairs = {(e.source.country, e.target.country if e.target else None) for e in out.events}
    assert {("GEO", "UKR"), ("UKR", "GEO")} <= pairs


def test_narrative_time_is_carried_and_marked_inferred(nlp: Language) -> None:
    text = (
        "In 2015 relations between the neighbours were tense. "
        "Armenian forces shelled Azerbaijani villages."
    )
    out = annotate(read_text(text), nlp)
    shelled = next(e for e in out.events if e.source.country == "ARM")
    assert shelled.date is not None
    assert shelled.date.start == "2015-01-01" and shelled.date.inferred


def test_public_api_names_resolve() -> None:
    import dyadline

    for name in dyadline.__all__:
        assert getattr(dyadline, name) is not None, name
