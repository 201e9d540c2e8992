"""Acts named by nouns, and questions that are no acts, each a table of sentences
written for these tests:

- an indirect question is no appeal ("reporters asked if Y would come"; ``verbs.tsv``
  requirement ``stated``, ``argument_words`` ``question_word``);
- Europe named as a party is the European Union (``collectives.tsv``);
- an agreement "between" or "among" its parties told as done, with no support verb
  ("after an agreement between X and Y", "an agreement among X, Y and Z ended ...";
  ``verbs.tsv`` requirement ``happened``, ``argument_words`` ``done_prep``; the
  ``between`` target reads "among" too);
- an honour given is praise of whom it goes to, and one received came from the
  "from" phrase ("gave an award to Y", "awarded Y a medal", "received an award from
  Y"; ``verbs.tsv``, ``argument_words`` ``honour_noun``);
- the to-infinitive of an appeal noun is only asked of the noun's addressee, wherever
  the parser hangs it ("renewed its call on X to free him": no release, and none by
  the one appealing; ``patterns.appealed_noun``, ``argument_words`` ``addressed_appeal``);
  a demand's addressee in its "to" phrase or its that-clause ("X's demand that Y
  lift sanctions");
- a visit is coded once, as stated: "his trip to Y", "the visit", after "X visited Y",
  re-tell it (``argument_words`` ``remention_code`` lists the meetings and calls that
  news codes at each telling, not visits; ``discourse.retold``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, both, events, story_events

QUESTIONS: list[tuple[str, set[Triple]]] = [
    ("A journalist asked whether China would retaliate.", set()),
    ("Reporters asked why Japan was silent.", set()),
    ("Egypt asked that Israel release the prisoners.", {("EGY", "020", "ISR")}),
    ("Egypt asked Israel to release the prisoners.", {("EGY", "020", "ISR")}),
]

EUROPE: list[tuple[str, set[Triple]]] = [
    ("Europe imposed sanctions on Russia.", {("EUN", "163", "RUS")}),
    ("Iran held talks with Europe on its nuclear program.", both("IRN", "046", "EUN")),
    ("The European side urged Iran to return to talks.", {("EUN", "020", "IRN")}),
    ("Migrants crossed from Libya to Europe.", set()),
]

AGREEMENTS: list[tuple[str, set[Triple]]] = [
    ("The talks resumed after an agreement between Chile and Peru.", both("CHL", "057", "PER")),
    ("The fighting stopped after a deal between Sudan and Chad.", both("SDN", "057", "TCD")),
    (
        "An agreement among Egypt, Qatar and Jordan ended the dispute.",
        both("EGY", "057", "QAT") | both("EGY", "057", "JOR") | both("QAT", "057", "JOR"),
    ),
    (
        "Talks among Egypt, Qatar and Jordan ended on Monday.",
        both("EGY", "040", "QAT") | both("EGY", "040", "JOR") | both("QAT", "040", "JOR"),
    ),
    # an agreement hoped for, negotiated or denied is none
    ("Diplomats hope for an agreement between Chile and Peru.", set()),
    ("Negotiations on an agreement between Armenia and Azerbaijan continue.", set()),
    ("There is no agreement between Chile and Peru.", set()),
]

HONOURS: list[tuple[str, set[Triple]]] = [
    ("The Kenyan president received an award from France.", {("FRA", "051", "KENGOV")}),
    ("The Kenyan minister accepted an award from Japan.", {("JPN", "051", "KENGOV")}),
    ("France gave an award to the Kenyan minister.", {("FRA", "051", "KENGOV")}),
    ("Japan awarded the Kenyan minister a medal.", {("JPN", "051", "KENGOV")}),
    ("Japan awarded a medal to the Kenyan minister.", {("JPN", "051", "KENGOV")}),
    # what is awarded that is no honour is no praise
    ("Japan awarded a contract to a Chinese company.", set()),
]

APPEALS: list[tuple[str, set[Triple]]] = [
    ("Amnesty renewed its call on Egyptian authorities to free him.", {("NGO", "020", "EGYGOV")}),
    ("The United States repeated its call on Egypt to free the activist.", {("USA", "020", "EGY")}),
    (
        "Washington's call on Cairo to free the activist went unheeded.",
        {("USAGOV", "020", "EGYGOV")},
    ),
    ("The EU's appeal to Serbia to recognize Kosovo went unanswered.", {("EUN", "020", "SRB")}),
    ("France made an appeal to Iran to release the hostages.", {("FRA", "020", "IRN")}),
    ("Germany issued a demand to Russia to withdraw its troops.", {("DEU", "100", "RUS")}),
    (
        "Pyongyang's demand that Washington lift sanctions stalled the talks.",
        {("PRKGOV", "100", "USAGOV")},
    ),
    (
        "Kenya rejected China's demand that it hand over the suspect.",
        {("KEN", "120", "CHN"), ("CHN", "100", "KEN")},
    ),
]

VISITS_RETOLD: list[tuple[str, set[Triple]]] = [
    (
        "The Czech senate speaker visited Taiwan on Monday. China condemned his trip to Taiwan.",
        {("CZELEG", "042", "TWN"), ("CHN", "111", "CZE")},
    ),
    (
        "Modi visited Moscow on Tuesday. The visit to Moscow was his first since 2019.",
        {("INDGOV", "042", "RUSGOV")},
    ),
    (
        "Modi visited Moscow on Tuesday. His visit came as Russia attacked Kyiv.",
        {("INDGOV", "042", "RUSGOV"), ("RUS", "190", "UKRGOV")},
    ),
    # a meeting named again is coded at each telling
    (
        "Modi met Putin in Moscow on Tuesday. Their meeting lasted three hours.",
        both("INDGOV", "040", "RUSGOV"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUESTIONS)
def test_an_indirect_question_is_no_appeal(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), EUROPE)
def test_europe_as_a_party_is_the_eu(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), AGREEMENTS)
def test_an_agreement_between_or_among_parties_told_as_done(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), HONOURS)
def test_an_honour_given_or_received_is_praise(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), APPEALS)
def test_the_infinitive_of_an_appeal_noun_is_only_asked_of_its_addressee(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), VISITS_RETOLD)
def test_a_visit_named_again_is_no_new_visit(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert story_events(nlp, text) == expected
