"""Modality and attribution of events, on sentences written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Token

from dyadline.coder.modality import PRECEDENCE, modality_of


def _token(nlp: Language, sentence: str, word: str) -> Token:
    doc = nlp(sentence)
    for tok in doc:
        if tok.text == word:
            return tok
    raise AssertionError(f"{word!r} not in {sentence!r}")


CASES = [
    # asserted
    ("Israel opened an embassy in Baku in 1993.", "opened", "asserted"),
    ("Israel not only sold arms to Baku but also trained its pilots.", "sold", "asserted"),
    # negated
    ("Turkey has not renewed its gas contract with Georgia.", "renewed", "negated"),
    ("Georgia has never been attacked by Iran.", "attacked", "negated"),
    ("Baku failed to reach a deal with Tehran.", "reach", "negated"),
    ("Azerbaijan made no visit to Israel that year.", "visit", "negated"),
    ("Armenia did not succeed in changing the policy of Israel.", "changing", "negated"),
    # hedged
    ("Iran may have supplied drones to Armenia.", "supplied", "hedged"),
    ("Iran reportedly supplied drones to Armenia.", "supplied", "reported"),
    ("There are indications that Iran supplied tunnel expertise to Armenia.", "supplied", "hedged"),
    ("Turkey was likely also involved in training the pilots.", "involved", "hedged"),
    ("Likely, the Iranian commanders feared a public scandal.", "feared", "hedged"),
    ("It is believed that Iran sent weapons through Nakhchivan.", "sent", "hedged"),
    # future
    ("Azerbaijan will open an embassy in Tel Aviv.", "open", "future"),
    ("Armenia is likely to open a consulate in Haifa next year.", "open", "future"),
    ("The treaty is expected to boost trade between Baku and Ankara.", "boost", "future"),
    ("Israel plans to sell radars to Azerbaijan.", "sell", "future"),
    ("Further talks between the two governments are likely.", "talks", "future"),
    ("The war opened the way for a potential return of Israeli firms.", "return", "future"),
    # an expected act whose expectation "did not materialize" did not happen
    (
        "Lima's hopes that the visit would end Chile's aid to Bolivia did not materialize.",
        "aid",
        "negated",
    ),
    (
        "It was clear that Lima's expectations that the talks would prevent Chile's cooperation "
        "with Bolivia did not materialize.",
        "prevent",
        "negated",
    ),
    # counterfactual
    ("Russia could have blocked the sale of the drones.", "blocked", "counterfactual"),
    ("Russia could have attempted to stop the shipments.", "stop", "counterfactual"),
    ("Without the drones, the offensive would have stalled.", "stalled", "counterfactual"),
    ("If Russia had intervened, the war would have widened.", "intervened", "counterfactual"),
]


@pytest.mark.parametrize(("sentence", "word", "expected"), CASES)
def test_modality_classes(bare_nlp: Language, sentence: str, word: str, expected: str) -> None:
    modality, _ = modality_of(_token(bare_nlp, sentence, word))
    assert modality == expected


def test_planning_itself_is_asserted_but_its_object_is_future(bare_nlp: Language) -> None:
    doc = bare_nlp("Israel plans to sell radars to Azerbaijan.")
    plans = next(t for t in doc if t.text == "plans")
    sell = next(t for t in doc if t.text == "sell")
    assert modality_of(plans)[0] == "asserted"
    assert modality_of(sell)[0] == "future"


def test_negation_does_not_cross_into_a_that_clause(bare_nlp: Language) -> None:
    tok = _token(bare_nlp, "It was not known that Tehran had delivered the missiles.", "delivered")
    assert modality_of(tok)[0] == "asserted"


@pytest.mark.parametrize(
    ("sentence", "word", "claimant"),
    [
        (
            "The ministry said that Iranian agents attacked the consulate in Ganja.",
            "attacked",
            "ministry",
        ),
        ("The ambassador remarked that Israel had helped Azerbaijan.", "helped", "ambassador"),
        (
            "Iranian troops stayed in the area for two days, claiming they were guarding a dam.",
            "guarding",
            "troops",
        ),
        (
            "According to Armenian officials, Turkish jets shot down a helicopter.",
            "shot",
            "officials",
        ),
        ("Armenia accused Azerbaijan of shelling civilians.", "shelling", "Armenia"),
    ],
)
def test_reported_events_name_their_claimant(
    bare_nlp: Language, sentence: str, word: str, claimant: str
) -> None:
    modality, who = modality_of(_token(bare_nlp, sentence, word))
    assert modality == "reported"
    assert who is not None and who.text == claimant


def test_passive_accusation_has_no_claimant(bare_nlp: Language) -> None:
    sentence = "Tehran and its partners were accused of planning bombings against embassies."
    assert modality_of(_token(bare_nlp, sentence, "planning")) == ("reported", None)


def test_an_accusation_trigger_is_reported_as_its_speakers(bare_nlp: Language) -> None:
    sentence = (
        "During the war, activists in Israel filed a petition against the sales, "
        "claiming that Azerbaijan was committing war crimes."
    )
    modality, who = modality_of(_token(bare_nlp, sentence, "claiming"))
    assert modality == "reported"
    assert who is not None and who.text == "activists"


def test_negation_outranks_attribution_and_keeps_the_claimant(bare_nlp: Language) -> None:
    sentence = "Officials said that Israel did not deliver the radars."
    modality, who = modality_of(_token(bare_nlp, sentence, "deliver"))
    assert modality == "negated"
    assert who is not None and who.text == "Officials"
    assert PRECEDENCE.index("negated") < PRECEDENCE.index("reported")


def test_future_outranks_hedge(bare_nlp: Language) -> None:
    sentence = "Baku will probably buy more drones from Israel."
    assert modality_of(_token(bare_nlp, sentence, "buy"))[0] == "future"


def test_coordinated_infinitive_shares_the_negation(bare_nlp: Language) -> None:
    sentence = "Azerbaijan did not open an embassy or send an ambassador."
    assert modality_of(_token(bare_nlp, sentence, "send"))[0] == "negated"


def test_coordinated_finite_verb_keeps_its_own_modality(bare_nlp: Language) -> None:
    sentence = "The deal is not good for Moscow and hurts its arms exports."
    assert modality_of(_token(bare_nlp, sentence, "hurts"))[0] == "asserted"


def test_gold_sample_modalities(bare_nlp: Language, gold_path: Path) -> None:
    """Every hand-coded event of the reference sample gets the gold modality."""
    events = [json.loads(line) for line in gold_path.read_text("utf-8").splitlines() if line]
    checked = wrong = 0
    for ev in events:
        doc = bare_nlp(ev["sentence"])
        start = ev["sentence"].find(ev["trigger"])
        span = doc.char_span(start, start + len(ev["trigger"]), alignment_mode="expand")
        if start < 0 or span is None:
            continue
        checked += 1
        if modality_of(span.root)[0] != ev["modality"]:
            wrong += 1
    assert checked >= 20
    assert wrong == 0


# "X accused Y of ..., a charge Y denies": the parser makes the accusation the
# complement of the comment after it; the accusation stands, its content is X's claim
AFTERTHOUGHT_CHARGE = [
    ("Russia accused Ukraine of shelling the plant, a charge Kyiv denies.", "accused", "asserted"),
    ("Russia accused Ukraine of shelling the plant, a charge Kyiv denies.", "shelling", "reported"),
    (
        "Moscow has repeatedly accused Kyiv of attacking the nuclear plant, a charge Ukraine"
        " denies.",
        "accused",
        "asserted",
    ),
    ("Ukraine denies that it shelled the plant.", "shelled", "negated"),
]


@pytest.mark.parametrize(("sentence", "word", "expected"), AFTERTHOUGHT_CHARGE)
def test_afterthought_charge(bare_nlp: Language, sentence: str, word: str, expected: str) -> None:
    modality, _ = modality_of(_token(bare_nlp, sentence, word))
    assert modality == expected


# "after meeting Xi, Lula said ...": a gerund of a preposition of time tells when the
# main act happened; the verb of saying it hangs on does not report it
PRIOR_ACT = [
    ("After meeting Xi in Beijing, Lula said Brazil would deepen ties.", "meeting", "asserted"),
    ("Since signing the deal, Kenya has said trade grew.", "signing", "asserted"),
    ("Russia accused Ukraine of shelling the plant.", "shelling", "reported"),
]


@pytest.mark.parametrize(("sentence", "word", "expected"), PRIOR_ACT)
def test_prior_act(bare_nlp: Language, sentence: str, word: str, expected: str) -> None:
    modality, _ = modality_of(_token(bare_nlp, sentence, word))
    assert modality == expected
