"""The event coder's per-Doc memo (``dyadline.coder.memo``): what it keeps of one Doc
never leaks into the next, and results read through it equal those read without it;
the date rules' quick gates never keep a rule from a text it matches."""

from __future__ import annotations

from spacy.language import Language

from dyadline.coder import memo
from dyadline.coder.actors import actors_for

Row = tuple[str, str, str | None, tuple[str, ...]]


def _rows(nlp: Language, texts: list[str]) -> list[set[Row]]:
    """Each text's events as (source, code, target, quantities), coded in one batch."""
    return [
        {
            (e.source.code, e.cameo, e.target.code if e.target else None,
             tuple(q.text for q in e.quantities))
            for e in doc._.events
        }
        for doc in nlp.pipe(texts)
    ]  # fmt: skip


def test_docs_in_a_row_keep_their_own_actors(nlp: Language) -> None:
    # the same words at the same token positions name other states in each Doc
    texts = ["France criticised Germany.", "Japan criticised Chile.", "France criticised Germany."]
    assert _rows(nlp, texts) == [
        {("FRA", "111", "DEU", ())},
        {("JPN", "111", "CHL", ())},
        {("FRA", "111", "DEU", ())},
    ]


def test_docs_in_a_row_keep_their_own_antecedents(nlp: Language) -> None:
    texts = [
        "The Kenyan president arrived in Cairo. He praised Egypt.",
        "The Chilean president arrived in Lima. He praised Peru.",
    ]
    assert _rows(nlp, texts) == [
        {("KENGOV", "042", "EGYGOV", ()), ("KENGOV", "051", "EGY", ())},
        {("CHLGOV", "042", "PERGOV", ()), ("CHLGOV", "051", "PER", ())},
    ]


def test_each_sentence_keeps_its_own_quantities(nlp: Language) -> None:
    texts = ["France gave Chile $5 million in aid. Japan gave Peru $7 million in aid."]
    assert _rows(nlp, texts) == [
        {("FRA", "070", "CHL", ("$5 million",)), ("JPN", "070", "PER", ("$7 million",))}
    ]


def test_memo_is_open_only_for_its_doc_and_only_inside_the_block(nlp: Language) -> None:
    first, second = nlp.make_doc("One text."), nlp.make_doc("Another text.")
    assert memo.table(first, "t") is None
    with memo.coding(first):
        kept = memo.table(first, "t")
        assert kept == {}
        assert kept is not None
        kept["k"] = 1
        assert memo.table(first, "t") is kept
        assert memo.table(second, "t") is None
        with memo.coding(second):
            assert memo.table(second, "t") == {}
            assert memo.table(first, "t") is None
        assert memo.table(first, "t") is kept  # the outer block's memo is back
    assert memo.table(first, "t") is None
    with memo.coding(first):
        assert memo.table(first, "t") == {}  # a new block starts empty


def test_actors_read_through_the_memo_equal_those_read_without(nlp: Language) -> None:
    doc = nlp("The Egyptian foreign minister met his Kenyan counterpart in Nairobi.")
    heads = [t for t in doc if t.pos_ in ("NOUN", "PROPN", "PRON")]
    plain = [actors_for(t) for t in heads]
    with memo.coding(doc):
        once = [actors_for(t) for t in heads]
        for found in once:
            found.clear()
        twice = [actors_for(t) for t in heads]  # a caller's changes do not reach the memo
    assert twice == plain
    assert any(plain)
    assert [a.code for a in actors_for(doc[3])] == ["EGYGOV"]


# --- the date rules' quick gates (dategrammar._GATES, episodes.episode_gate) -------


def test_an_alias_names_the_words_every_match_needs() -> None:
    from dyadline.coder.episodes import _required

    assert _required("2031 (third )?moon war") == (["2031"], True)
    assert _required("truce-?pact of (june )?2031") == (["truce"], False)  # "trucepact"
    assert _required("(fall|end) of the empire") == (["empire"], True)
    assert _required("(big|great) (armistice|truce)") == (["armistice", "truce"], False)
    assert _required("(moon )?war|raid") is None  # an alternation: no word is needed
    assert _required("war \\d+") is None  # syntax the gate does not read
    assert _required("(the )?") is None


def test_a_gate_only_lets_through_texts_that_may_hold_an_alias() -> None:
    from dyadline.coder.episodes import episode_gate, episodes_from_rows

    rows = [
        {
            "key": "moon",
            "name": "Moon War",
            "kind": "war",
            "aliases": "2031 (third )?moon war;truce-?pact of (june )?2031",
            "start": "2031-01-01",
            "end": "2031-12-31",
        }
    ]
    gate = episode_gate(rows)
    _, pattern = episodes_from_rows(rows)
    assert gate is not None
    texts = [
        "During the 2031 third moon war, trade fell.",
        "The trucepact of June 2031 held.",
        "The truce-pact of 2031 held.",
        "In 20310 nothing happened.",
        "A quiet year.",
    ]
    assert [pattern.search(t) is not None for t in texts] == [True, True, True, False, False]
    assert [gate.search(t) is not None for t in texts] == [True, True, True, False, False]


def test_gated_date_scan_equals_the_full_scan() -> None:
    from dyadline.coder import dategrammar as g

    texts = [
        "On 3 May 2031 the envoys met, and again on June 4.",
        "Talks resumed the following day and ended early next year.",
        "In the mid-2020s, and three weeks ago, the 44-day war ended.",
        "The ceasefire of May 1994 held until the Soviet collapse.",
        "Rebels attacked the town overnight; in the coming days more may follow.",
        "She spoke today and will travel on Monday.",
        "No time at all is named here.",
    ]

    def read(text: str) -> list[tuple[int, int, int, str | None, str | None, str]]:
        return [(h.start, h.end, h.core_start, h.prep, h.edge, h.rule.name) for h in g.scan(text)]

    gated = [read(t) for t in texts]
    saved = dict(g._GATES)
    try:
        g._GATES.clear()
        g._scan.cache_clear()
        full = [read(t) for t in texts]
    finally:
        g._GATES.update(saved)
        g._scan.cache_clear()
    assert gated == full
    assert sum(1 for hits in full if hits) == 6
