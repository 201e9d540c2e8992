"""Consultations, agreements and their partners in news stories (sentences written
for these tests): a meeting, a call, a negotiation or a signed deal told one-sidedly
is each side's act on the other in news; "the two leaders" stands for the states
last named."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventsets import Triple, both, events, story_events

# "X met Y", "X negotiated with Y", "X signed a deal with Y" in a news story: both ways
NEWS_MUTUAL: list[tuple[str, set[Triple]]] = [
    ("Putin met Erdogan in Sochi on Monday.", both("RUSGOV", "040", "TURGOV")),
    ("Putin met with Erdogan in Sochi on Monday.", both("RUSGOV", "040", "TURGOV")),
    ("Rubio met with officials in Riyadh on Tuesday.", both("USAGOV", "040", "SAUGOV")),
    ("Iran is negotiating with the United States.", both("IRN", "046", "USA")),
    ("Iran signed a deal with Russia on Friday.", both("IRN", "057", "RUS")),
    ("Rubio discussed the war with Lavrov.", both("USAGOV", "040", "RUSGOV")),
    ("Israel agreed with Hamas on a ceasefire.", both("ISR", "057", "PSEINS")),
    # one-sided approval of a deal stays one-sided
    ("Ukraine ratified the agreement with the European Union.", {("UKR", "057", "EUN")}),
    # a visit and a hosting are directed
    ("Rubio arrived in Riyadh on Tuesday.", {("USAGOV", "042", "SAUGOV")}),
    ("Saudi Arabia hosted Rubio on Tuesday.", {("SAU", "043", "USAGOV"), ("USAGOV", "042", "SAU")}),
]


@pytest.mark.parametrize(("text", "expected"), NEWS_MUTUAL)
def test_news_consultation_is_mutual(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert story_events(nlp, text) == expected


# outside news (no story date: the chapter's convention) the form is kept as stated
AS_STATED: list[tuple[str, set[Triple]]] = [
    ("Putin met Erdogan in Sochi.", {("RUSGOV", "040", "TURGOV")}),
    ("Iran signed a deal with Russia.", {("IRN", "057", "RUS")}),
]


@pytest.mark.parametrize(("text", "expected"), AS_STATED)
def test_undated_consultation_as_stated(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# "the two leaders", "both presidents", "the two delegations": the states last named
TWO_LEADERS: list[tuple[str, set[Triple]]] = [
    (
        "Putin hosted Erdogan in Moscow on Monday. The two leaders discussed the war in Syria.",
        {("RUSGOV", "043", "TURGOV"), ("TURGOV", "042", "RUSGOV")}
        | both("RUSGOV", "040", "TURGOV"),
    ),
    (
        "Japanese and Indian officials met on Monday. The two delegations agreed to hold "
        "more talks.",
        both("JPNGOV", "040", "INDGOV") | both("JPNGOV", "036", "INDGOV"),
    ),
    # one state named: no two leaders to stand for
    ("The two leaders met in Geneva in 2021.", set()),
]


@pytest.mark.parametrize(("text", "expected"), TWO_LEADERS)
def test_two_leaders_are_the_states_named(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert story_events(nlp, text) == expected


# "X flew to Y. He met the president": the partner named by an office only is the
# government of the state the doer has just travelled to
HOST_OF_THE_TRIP: list[tuple[str, set[Triple]]] = [
    (
        "Rubio flew to Kyiv on Monday. He met the president on Tuesday.",
        {("USAGOV", "042", "UKRGOV")} | both("USAGOV", "040", "UKRGOV"),
    ),
    (
        "Rubio arrived in Kyiv on Monday. He met the prime minister and the foreign minister.",
        {("USAGOV", "042", "UKRGOV")} | both("USAGOV", "040", "UKRGOV"),
    ),
    (
        "Rubio arrived in Kyiv on Monday. He met officials there.",
        {("USAGOV", "042", "UKRGOV")} | both("USAGOV", "040", "UKRGOV"),
    ),
    # no trip before: no host
    ("He met the president on Tuesday.", set()),
]


@pytest.mark.parametrize(("text", "expected"), HOST_OF_THE_TRIP)
def test_office_partner_is_the_host_of_the_trip(
    nlp: Language, text: str, expected: set[Triple]
) -> None:
    assert story_events(nlp, text) == expected


# a call had with or received from someone, or "X called Y" with nothing said of Y:
# a telephone talk, both ways; a time is no "on" phrase of a call
CALLS: list[tuple[str, set[Triple]]] = [
    ("Modi called Putin on Tuesday.", both("INDGOV", "041", "RUSGOV")),
    ("Modi received a call from Putin on Tuesday.", both("INDGOV", "041", "RUSGOV")),
    ("Trump said he had a good call with Putin.", both("USAGOV", "041", "RUSGOV")),
    # naming, not calling
    ("Trump called Zelenskyy a dictator.", {("USAGOV", "111", "UKRGOV")}),
    ("Trump called Trudeau a governor.", set()),
    ("Macron called on Russia to withdraw.", {("FRAGOV", "100", "RUS")}),
]


@pytest.mark.parametrize(("text", "expected"), CALLS)
def test_calls(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert story_events(nlp, text) == expected


# a deal negotiated with Y is a deal made (057, both ways), also as the head of a
# relative clause; a deal still being negotiated is a negotiation (046)
NEGOTIATED_DEAL: list[tuple[str, set[Triple]]] = [
    ("Canada negotiated a trade deal with Mexico in 2019.", both("CAN", "057", "MEX")),
    (
        "The pact that Canada negotiated with Mexico ended the dispute.",
        both("CAN", "057", "MEX"),
    ),
    ("Canada is negotiating a trade deal with Mexico.", both("CAN", "046", "MEX")),
    ("Canada is negotiating with Mexico on a trade deal.", both("CAN", "046", "MEX")),
]


@pytest.mark.parametrize(("text", "expected"), NEGOTIATED_DEAL)
def test_negotiated_deal(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert story_events(nlp, text) == expected


# "said the president would meet Y": the speaker's side's intent, one way
ANNOUNCED_MEETING: list[tuple[str, set[Triple]]] = [
    ("Lavrov said Putin would meet Trump soon.", {("RUSGOV", "036", "USAGOV")}),
]


@pytest.mark.parametrize(("text", "expected"), ANNOUNCED_MEETING)
def test_announced_meeting_is_one_sided(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert story_events(nlp, text) == expected


# verbs of regarding with what they take their object for: praise (051) or criticism
# (111); a verbless small clause ("considers X a partner") is read as "as X's partner"
REGARDING: list[tuple[str, set[Triple]]] = [
    ("Kenya considers Uganda a key partner.", {("KEN", "051", "UGA")}),
    ("Kenya regards Uganda as a close friend.", {("KEN", "051", "UGA")}),
    ("Kenya sees Uganda as a reliable partner.", {("KEN", "051", "UGA")}),
    ("Kenya considers Uganda a threat.", {("KEN", "111", "UGA")}),
    (
        "Kenya described the Ugandan donation as a gesture of friendship.",
        {("KEN", "051", "UGA")},
    ),
    # nothing laudatory or pejorative: no appraisal
    ("Kenya considers Uganda a neighbour.", set()),
]


@pytest.mark.parametrize(("text", "expected"), REGARDING)
def test_regarding(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert story_events(nlp, text) == expected


# security cooperation that develops is military cooperation (062), mutual; sharing
# intelligence goes one way
COOPERATION: list[tuple[str, set[Triple]]] = [
    ("Brazil's security cooperation with Chile will develop.", both("BRA", "062", "CHL")),
    ("The United States resumed intelligence sharing with Ukraine.", {("USA", "064", "UKR")}),
    ("The United States shared intelligence with Ukraine.", {("USA", "064", "UKR")}),
]


@pytest.mark.parametrize(("text", "expected"), COOPERATION)
def test_cooperation(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert story_events(nlp, text) == expected


# "met Prime Minister X of A and President Y of B": the second titled name, which the
# parser hangs on the first one's apposed name, is a partner too
TITLED_PARTNERS: list[tuple[str, set[Triple]]] = [
    (
        "Rubio met India's Foreign Minister Subrahmanyam Jaishankar and Japanese Prime "
        "Minister Shigeru Ishiba.",
        both("USAGOV", "040", "INDGOV") | both("USAGOV", "040", "JPNGOV"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), TITLED_PARTNERS)
def test_titled_partners(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert story_events(nlp, text) == expected


# "X is in Y for talks with Z", "X flew to Y for a meeting with Z": the subject takes
# part in the talks its journey or stay is for; "called for talks" asks for them
PURPOSE: list[tuple[str, set[Triple]]] = [
    (
        "The Somali president is in Nairobi for talks with Ruto.",
        {("SOMGOV", "042", "KENGOV")} | both("SOMGOV", "040", "KENGOV"),
    ),
    (
        "Zelenskyy flew to Washington for a meeting with Trump.",
        {("UKRGOV", "042", "USAGOV")} | both("UKRGOV", "040", "USAGOV"),
    ),
    ("Macron called for talks with Russia.", {("FRAGOV", "026", "RUS")}),
]


@pytest.mark.parametrize(("text", "expected"), PURPOSE)
def test_purpose_of_a_journey(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert story_events(nlp, text) == expected


# praise: being grateful to or for someone; welcoming someone's words
PRAISE: list[tuple[str, set[Triple]]] = [
    ("Egypt said it was grateful to Qatar for its mediation.", {("EGY", "051", "QAT")}),
    ("Zelenskyy said he was grateful for U.S. support.", {("UKRGOV", "051", "USA")}),
    ("The Kremlin welcomed Trump's remarks.", {("RUSGOV", "051", "USAGOV")}),
    # welcoming a person is hosting
    (
        "Ruto welcomed the Somali president to Nairobi.",
        {("KENGOV", "043", "SOMGOV"), ("SOMGOV", "042", "KENGOV")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PRAISE)
def test_praise(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert story_events(nlp, text) == expected


# an envoy's presence in another state is a visit: "Rubio was in Riyadh", "landed in";
# not troops, civilians, a place of one's own, or "in the interest of"
PRESENCE: list[tuple[str, set[Triple]]] = [
    ("Rubio was in Riyadh on Monday.", {("USAGOV", "042", "SAUGOV")}),
    ("Rubio landed in Riyadh on Monday.", {("USAGOV", "042", "SAUGOV")}),
    ("The head of the UN agency said he was in Sudan last month.", {("UNO", "042", "SDN")}),
    ("Russian troops are in Syria.", set()),
    ("Chinese tourists were in Rome last week.", set()),
    ("The Kenyan president was in Mombasa on Monday.", set()),
    ("A missile landed in Israel on Monday.", set()),
]


@pytest.mark.parametrize(("text", "expected"), PRESENCE)
def test_presence_is_a_visit(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert story_events(nlp, text) == expected


# "their" in a sentence whose subject is two leaders of two states stands for them; a
# meeting or call named again is coded again in news
THEIR_CALL: list[tuple[str, set[Triple]]] = [
    (
        "Macron and Scholz are on good terms after their phone call last week.",
        both("FRAGOV", "041", "DEUGOV"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), THEIR_CALL)
def test_their_call(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert story_events(nlp, text) == expected


def test_a_meeting_told_again_is_coded_again(nlp: Language) -> None:
    from dyadline.annotate import annotate
    from dyadline.model import Document

    text = "Macron met Scholz in Paris on Monday. His meeting with Scholz lasted two hours."
    done = annotate(Document(text=text, date="2025-03-12", news=True), nlp)
    sentences = {e.sentence_index for e in done.events if e.cameo == "040"}
    assert len(sentences) == 2


# talking to the press is how a statement is made, no consultation
PRESS: list[tuple[str, set[Triple]]] = [
    ("In a conversation with journalists, Ruto said he was ready.", set()),
    ("Ruto met reporters in Nairobi.", set()),
    ("Ruto met Museveni in Nairobi.", both("KENGOV", "040", "UGAGOV")),
]


@pytest.mark.parametrize(("text", "expected"), PRESS)
def test_press_is_no_partner(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert story_events(nlp, text) == expected


# a visit noun that names no host, told again after the visitor's trip: the same host
VISIT_AGAIN: list[tuple[str, set[Triple]]] = [
    ("Suga visited India on Monday. Suga's visit focused on trade.", {("JPNELI", "042", "IND")}),
    ("Suga's visit focused on trade.", set()),
]


@pytest.mark.parametrize(("text", "expected"), VISIT_AGAIN)
def test_visit_told_again(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert story_events(nlp, text) == expected


def test_visit_told_again_is_its_own_record(nlp: Language) -> None:
    from dyadline.annotate import annotate
    from dyadline.model import Document

    text = "Suga visited India on Monday. Suga's visit focused on trade."
    done = annotate(Document(text=text, date="2025-03-12", news=True), nlp)
    assert sorted(e.sentence_index for e in done.events) == [0, 1]


# a yes/no question only asks about an appraisal
ASKED: list[tuple[str, set[Triple]]] = [
    ("Does Macron see Turkey as a rival?", set()),
    ("Trump sees China as a threat.", {("USAGOV", "111", "CHN")}),
]


@pytest.mark.parametrize(("text", "expected"), ASKED)
def test_asked_appraisal(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert story_events(nlp, text) == expected
