"""Argument slots that run through clauses (``dyadline.coder.clauses``): who acts in an
embedded clause, whom a demand or appeal is aimed at, and whether the embedded act
is done, only asked for, or only owed. One table per construction, sentences
written for these tests; exact event sets of (source, code, target)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyadline.annotate import annotate
from dyadline.read import read_text
from eventsets import Triple, events

# the subject of a verb of intent, readiness, threat or refusal does the act it
# governs; the frame gives CAMEO's code (03x intent, 13x threat, 12x rejection)
CONTROL: list[tuple[str, set[Triple]]] = [
    ("India promised to provide aid to Sri Lanka.", {("IND", "033", "LKA")}),
    ("Russia says it is willing to withdraw from Moldova.", {("RUS", "0356", "MDA")}),
    ("The European Union plans to impose sanctions on Belarus.", {("EUN", "1312", "BLR")}),
    ("Ghana agreed to release the detained Togolese fishermen.", {("GHA", "0353", "TGOCVL")}),
    ("China threatened to cut ties with Lithuania.", {("CHN", "1313", "LTU")}),
    ("Serbia refused to recognise Kosovo.", {("SRB", "120", "XKX")}),
    ("Israel declined to meet the Turkish delegation.", {("ISR", "125", "TURGOV")}),
]


@pytest.mark.parametrize(("text", "expected"), CONTROL)
def test_control_frames(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# "X warned that it would <hostile act>": the speaker's own act, told ahead, is its
# threat (138), not the act itself; so is a vow of force (the coding guide's "vowed to
# retaliate against")
ANNOUNCED_THREAT: list[tuple[str, set[Triple]]] = [
    ("Iran warned it would retaliate against Israel.", {("IRN", "138", "ISR")}),
    ("North Korea warned that it would strike the United States.", {("PRK", "138", "USA")}),
    ("Russia vowed that it would retaliate against Ukraine.", {("RUS", "138", "UKR")}),
]


@pytest.mark.parametrize(("text", "expected"), ANNOUNCED_THREAT)
def test_announced_threat(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# any verb of saying whose that-clause puts its subject under an obligation demands
# the act of that subject ("must", "has to", "needs to": 100) or appeals to it
# ("should": 020); the act owed is no event. Not a verb of saying: no demand.
OBLIGATION: list[tuple[str, set[Triple]]] = [
    ("Germany stressed that Russia must withdraw its forces.", {("DEU", "100", "RUS")}),
    ("France reiterated that Iran must comply with the deal.", {("FRA", "100", "IRN")}),
    (
        "The Turkish foreign minister added that Greece must respect the agreement.",
        {("TURGOV", "100", "GRC")},
    ),
    ("Kenya argued that Somalia should return to the talks.", {("KEN", "020", "SOM")}),
    ("Japan said China needs to stop its military drills.", {("JPN", "100", "CHN")}),
    ("Britain said Russia has to pull back its troops.", {("GBR", "100", "RUS")}),
    ("India told Pakistan it must stop supporting militants.", {("IND", "100", "PAK")}),
    # a verb's own row keeps its code: "insisted ... should" is still a demand
    (
        "The Egyptian president insisted Ethiopia should not fill the dam.",
        {("EGYGOV", "100", "ETH")},
    ),
    ("Germany believes Russia must withdraw its troops.", set()),
]


@pytest.mark.parametrize(("text", "expected"), OBLIGATION)
def test_obligation_clause(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# the subject (or object) asked to act is the target of the appeal; the act asked
# for is no event, however deep it sits in the chain of clauses under the appeal
REQUESTED: list[tuple[str, set[Triple]]] = [
    ("The UN urged Israel to consider lifting the blockade of Gaza.", {("UNO", "020", "ISR")}),
    ("Spain will urge the EU to reconsider imposing tariffs on China.", {("ESP", "020", "EUN")}),
    (
        "Egypt urged Israel and Hamas to agree to a ceasefire.",
        {("EGY", "020", "ISR"), ("EGY", "020", "PSEINS")},
    ),
    (
        "The United States asked Turkey to refrain from attacking Kurdish forces.",
        {("USA", "020", "TUR")},
    ),
    ("Britain demanded that Russia withdraw its troops.", {("GBR", "100", "RUS")}),
    ("Nigeria asked Niger to reopen the border.", {("NGA", "020", "NER")}),
]


@pytest.mark.parametrize(("text", "expected"), REQUESTED)
def test_requested_clause(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# "X accused Y of doing Z to W": X accuses Y (112) and Y's act on W is reported; the
# accused does the act even when the parser hangs "of" on it, or it names no actor
# (then the act has no known doer: never the accuser)
ACCUSED_DOER: list[tuple[str, set[Triple]]] = [
    (
        "Israel accused Hamas of kidnapping and killing Israeli civilians.",
        {("ISR", "112", "PSEINS"), ("PSEINS", "181", "ISRCVL"), ("PSEINS", "1823", "ISRCVL")},
    ),
    (
        "The C.A.R. accused the rebels of killing, looting and displacing civilians.",
        {("CAF", "112", "CAFREB"), ("CAFREB", "1823", "CAFCVL"), ("CAFREB", "171", "CAFCVL")},
    ),
    ("Activists accused the company of supporting the Chinese government.", set()),
    ("Iraq held Turkey responsible for the strikes on Kurdish villages.", {("IRQ", "112", "TUR")}),
    ("Iran denied that it attacked Saudi Arabia.", {("IRN", "190", "SAU")}),
]


@pytest.mark.parametrize(("text", "expected"), ACCUSED_DOER)
def test_accused_doer(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


def test_accused_act_is_reported(nlp: Language) -> None:
    doc = nlp("The C.A.R. accused the rebels of killing, looting and displacing civilians.")
    nested = {e.trigger: e.modality for e in doc._.events if e.cameo != "112"}
    assert nested == {"killing": "reported", "looting": "reported"}


# a quantity stands for what it counts, for a pattern that names its object
QUANTIFIED: list[tuple[str, set[Triple]]] = [
    ("Turkish forces captured dozens of Kurdish fighters.", {("TURMIL", "173", "TURREB")}),
    ("Police in Kenya arrested up to 30 protesters.", {("KENCOP", "173", "KENOPP")}),
]


@pytest.mark.parametrize(("text", "expected"), QUANTIFIED)
def test_quantified_object(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# coordinated acts of one kind share the object of the last of them; an act of
# another kind ("withdrew") does not take it
SHARED_OBJECT: list[tuple[str, set[Triple]]] = [
    (
        "Russian forces shelled and bombed Ukrainian cities.",
        {("RUSMIL", "194", "UKR"), ("RUSMIL", "195", "UKR")},
    ),
    (
        "Police beat and arrested Ugandan journalists.",
        {("UGACOP", "182", "UGAMED"), ("UGACOP", "173", "UGAMED")},
    ),
    (
        "Kenya condemned and rejected the Somali decision.",
        {("KEN", "111", "SOM"), ("KEN", "120", "SOM")},
    ),
    ("The Israeli army withdrew and shelled Lebanese villages.", {("ISRMIL", "194", "LBN")}),
]


@pytest.mark.parametrize(("text", "expected"), SHARED_OBJECT)
def test_shared_object(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# "called for X to ...", "its call for X to ...", "its demand that X ...": the subject of
# the clause asked for is the target of the appeal or demand, and its act no event; an
# act noun a verb of asking has for object, or an act asked of a passive subject, is
# only asked for too
APPEAL_CLAUSE: list[tuple[str, set[Triple]]] = [
    ("Turkey called for Russia to withdraw from Ukraine.", {("TUR", "020", "RUS")}),
    ("Iran renewed its call for American troops to leave Iraq.", {("IRN", "020", "USAMIL")}),
    ("Kenya repeated its demand that Somalia withdraw the complaint.", {("KEN", "100", "SOM")}),
    (
        "The EU demanded the release of the detained Belarusian journalists.",
        {("EUN", "1053", "BLRMED")},
    ),
    ("Cuba was urged to release political prisoners.", set()),
]


@pytest.mark.parametrize(("text", "expected"), APPEAL_CLAUSE)
def test_appeal_clause(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# a named speaker who tells another actor's act of violence accuses it (112); its own
# act told with a pronoun, or an outlet's report, is no accusation
TOLD_VIOLENCE: list[tuple[str, set[Triple]]] = [
    (
        "Ukraine said Russia had violated the ceasefire.",
        {("RUS", "196", "UKR"), ("UKR", "112", "RUS")},
    ),
    (
        "Azerbaijan claimed Armenian forces shelled its positions.",
        {("ARMMIL", "194", "AZE"), ("AZE", "112", "ARMMIL")},
    ),
    ("The Pakistani army said it killed 20 militants.", {("PAKMIL", "190", "PAKINS")}),
    (
        "France condemned the attack by Russia on Ukrainian ports.",
        {("FRA", "111", "RUS"), ("RUS", "190", "UKR")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOLD_VIOLENCE)
def test_told_violence(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# an attitude told by a copula and its adjective is aimed at the adjective's phrase;
# the same adjective in another sense ("critical to") aims at no one
ATTITUDE: list[tuple[str, set[Triple]]] = [
    ("Germany was critical of Hungary's policy.", {("DEU", "111", "HUN")}),
    (
        "The United States said it was deeply disappointed by the Somali decision.",
        {("USA", "110", "SOM")},
    ),
    (
        "Japan said it remains concerned about Chinese military drills.",
        {("JPN", "110", "CHNMIL")},
    ),
    # a feeling another speaker tells of is no statement of the one who has it
    ("Analysts said India is concerned about Chinese military drills.", set()),
    ("Egypt is critical to the security of Israel.", set()),
]


@pytest.mark.parametrize(("text", "expected"), ATTITUDE)
def test_attitude_predicate(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# a negated intent is a refusal (12x) where CAMEO has one, else the act negated; the
# intent to do a mutual act is the intending side's alone; an attempt at diplomacy is
# an intent to cooperate
INTENT_FRAMES: list[tuple[str, set[Triple]]] = [
    ("North Korea said it had no intention of meeting South Korea.", {("PRK", "125", "KOR")}),
    ("Mali is not willing to meet the ECOWAS envoy.", {("MLI", "125", "WASGOV")}),
    ("Israel has no intention of attacking Lebanon.", {("ISR", "190", "LBN")}),
    (
        "Iran expressed its readiness to hold talks with the United States.",
        {("IRN", "030", "USA")},
    ),
    (
        "Qatar attempted to mediate between Israel and Hamas.",
        {("QAT", "039", "ISR"), ("QAT", "039", "PSEINS")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), INTENT_FRAMES)
def test_intent_frames(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


def test_negated_intent_modalities(nlp: Language) -> None:
    refused = nlp("North Korea said it had no intention of meeting South Korea.")._.events
    assert [e.modality for e in refused] == ["asserted"]  # the refusal was made
    denied = nlp("Israel has no intention of attacking Lebanon.")._.events
    assert [e.modality for e in denied] == ["negated"]


# warnings: the act warned against is no event, and its doer is the object warned; a
# warning with no target of its own is aimed at the subject of the condition it sets
WARNINGS: list[tuple[str, set[Triple]]] = [
    ("The United States warned Russia against invading Ukraine.", {("USA", "130", "RUS")}),
    ("Iran warned the United States not to attack its ships.", {("IRN", "130", "USA")}),
    ("China warned of consequences if Japan interferes in Taiwan.", {("CHN", "130", "JPN")}),
    ("Turkey warned Sweden that it would block its NATO bid.", {("TUR", "130", "SWE")}),
]


@pytest.mark.parametrize(("text", "expected"), WARNINGS)
def test_warnings(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# nouns of intent, threat and refusal govern their to-clause as the verbs do; the
# noun's owner (possessive or adjective) is who intends, threatens or refuses
NOUN_FRAMES: list[tuple[str, set[Triple]]] = [
    ("Israel's threat to attack Iran alarmed the region.", {("ISR", "138", "IRN")}),
    (
        "Egypt backed the Qatari plan to send aid to Gaza.",
        {("EGY", "051", "QAT"), ("QAT", "0333", "PSE")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOUN_FRAMES)
def test_noun_frames(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


def test_refused_act_is_negated(nlp: Language) -> None:
    doc = nlp("Beijing's refusal to condemn Russia angered Europe.")
    assert [(e.cameo, e.modality) for e in doc._.events] == [("111", "negated")]


# "X said the vote was flawed and condemned Y": the parser joins the second verb to
# the copula of the reported clause; with a thing as the copula's subject, the
# speaker does the act, asserted; with an actor there, the actor does it
SAID_COPULA: list[tuple[str, set[tuple[str, str, str, str]]]] = [
    (
        "France said the situation was dire and urged Russia to withdraw.",
        {("FRA", "025", "RUS", "asserted")},
    ),
    (
        "The European Union said the vote was flawed and condemned Belarus.",
        {("EUN", "111", "BLR", "asserted")},
    ),
    (
        "Kenya said the talks were productive and praised Ethiopia.",
        {("KEN", "051", "ETH", "asserted")},
    ),
    (
        "Japan said the talks were useful and invited South Korea to a summit.",
        {("JPN", "043", "KOR", "asserted")},
    ),
    (
        "France said Russia was ready and sent troops to Syria.",
        {("RUS", "074", "SYR", "asserted")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SAID_COPULA)
def test_said_copula_conjunct(
    nlp: Language, text: str, expected: set[tuple[str, str, str, str]]
) -> None:
    doc = annotate(read_text(text), nlp)
    got = {
        (e.source.code, e.cameo, e.target.code if e.target else "-", e.modality) for e in doc.events
    }
    assert got == expected


# an absolute "with" phrase: "ended with X and Y V-ing" -- the parser hangs the gerund
# on the main verb and its actor on "with"; the actor does the gerund's act
WITH_ABSOLUTE: list[tuple[str, set[Triple]]] = [
    (
        "The summit ended with China and Russia pledging closer cooperation.",
        {("CHN", "0311", "RUS"), ("RUS", "0311", "CHN")},
    ),
    (
        "The meeting closed with Kenya and Uganda signing a trade deal.",
        {("KEN", "057", "UGA"), ("UGA", "057", "KEN")},
    ),
    ("The conference ended with a statement praising Qatar.", set()),
]


@pytest.mark.parametrize(("text", "expected"), WITH_ABSOLUTE)
def test_with_absolute(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected


# "fired at protesting farmers": a participle right after a preposition of aim, with a
# bare plural noun after it, describes the people; it is no act, and the people are
# what the preposition names
PARTICIPLE_ADJECTIVE: list[tuple[str, set[Triple]]] = [
    ("Indian police fired tear gas at protesting farmers.", {("INDCOP", "175", "INDCVL")}),
    ("Russian troops fired on fleeing civilians in Ukraine.", {("RUSMIL", "190", "UKRCVL")}),
    # a gerund with an object of its own after "of" stays an act
    (
        "Kenya accused Somalia of arming militants.",
        {("KEN", "112", "SOM"), ("SOM", "072", "KENINS")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARTICIPLE_ADJECTIVE)
def test_participle_adjective(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert events(nlp, text) == expected
