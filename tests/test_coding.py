"""Event coding on sentences written for these tests (not from the reference chapter)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyadline.coder.docdata import events_of
from dyadline.model import Event


def code(nlp: Language, text: str) -> list[Event]:
    return events_of(nlp(text))


def dyads(events: list[Event]) -> set[tuple[str, str | None, str]]:
    return {
        (e.source.country or "", e.target.country if e.target else None, e.cameo) for e in events
    }


def test_recognition_with_owner_of_object(nlp: Language) -> None:
    events = code(nlp, "Turkey recognized the independence of Kazakhstan on December 16, 1991.")
    assert ("TUR", "KAZ", "054") in dyads(events)
    ev = next(e for e in events if e.cameo == "054")
    assert ev.date is not None and ev.date.start == "1991-12-16"
    assert ev.modality == "asserted"


def test_mutual_agreement_is_coded_both_ways(nlp: Language) -> None:
    events = code(nlp, "Georgia and Ukraine signed a defence cooperation agreement in 2017.")
    assert {("GEO", "UKR", "057"), ("UKR", "GEO", "057")} <= dyads(events)


def test_passive_voice_takes_the_agent_as_source(nlp: Language) -> None:
    events = code(nlp, "Armenian positions near the border were attacked by Azerbaijani forces.")
    got = [(e.source.code, e.target.country if e.target else None) for e in events]
    assert ("AZEMIL", "ARM") in got


def test_passive_between_is_mutual(nlp: Language) -> None:
    events = code(nlp, "Diplomatic relations were established between Georgia and Ukraine in 1992.")
    assert {("GEO", "UKR", "054"), ("UKR", "GEO", "054")} <= dyads(events)


def test_coordinated_targets_give_one_event_per_dyad(nlp: Language) -> None:
    events = code(nlp, "Erdogan met with Putin, Pashinyan and Aliyev in Moscow in 2021.")
    meets = {
        (e.source.code, e.target.code if e.target else None) for e in events if e.cameo == "040"
    }
    assert {t for _, t in meets} >= {"RUSGOV", "ARMGOV", "AZEGOV"}
    assert all(s == "TURGOV" for s, _ in meets)


def test_including_list_fans_out(nlp: Language) -> None:
    events = code(
        nlp,
        "The Georgian president met with several Turkish leaders, including Erdogan and Davutoglu.",
    )
    meets = [e for e in events if e.cameo == "040"]
    assert len(meets) == 2
    assert all(e.source.code == "GEOGOV" and e.target and e.target.country == "TUR" for e in meets)


def test_nominal_trigger_with_possessive_source(nlp: Language) -> None:
    events = code(nlp, "Russia's arms sales to Armenia grew sharply after 2010.")
    assert ("RUS", "ARM", "072") in dyads(events)


def test_nominal_trigger_with_adjective_source(nlp: Language) -> None:
    events = code(nlp, "The Georgian attacks on Russian peacekeepers began the fighting.")
    assert any(e.source.country == "GEO" and e.target and e.target.country == "RUS" for e in events)
    assert all(e.quad_class == 4 for e in events if e.source.country == "GEO")


def test_embassy_opening_takes_target_from_place(nlp: Language) -> None:
    events = code(nlp, "Kazakhstan opened an embassy in Baku in 2004.")
    ev = next(e for e in events if e.cameo == "054")
    assert ev.source.country == "KAZ"
    assert ev.target is not None and ev.target.country == "AZE"


def test_negated_embassy_opening(nlp: Language) -> None:
    events = code(nlp, "Kazakhstan has not returned the favour by opening an embassy in Tbilisi.")
    ev = next(e for e in events if e.cameo == "054")
    assert (ev.source.country, ev.target.country if ev.target else None) == ("KAZ", "GEO")
    assert ev.modality == "negated"


def test_border_crossing_and_roadblock(nlp: Language) -> None:
    events = code(
        nlp,
        "Russian troops crossed the border into Georgia on August 8, 2008 and placed "
        "concrete barriers on the main road.",
    )
    got = dyads(events)
    assert ("RUS", "GEO", "190") in got
    assert any(e.cameo.startswith("19") and e.cameo != "190" for e in events)


def test_unknown_actors_yield_nothing(nlp: Language) -> None:
    events = code(nlp, "The villagers of Lower Mudbury met with the elders of Upper Mudbury.")
    assert events == []


def test_event_record_carries_cameo_metadata(nlp: Language) -> None:
    events = code(nlp, "Azerbaijani forces shelled Armenian villages in 2016.")
    ev = next(e for e in events if e.source.country == "AZE")
    rec = ev.to_record()
    assert rec["cameo_root"] == rec["cameo"][:2]
    assert rec["quad_class"] == 4
    assert rec["goldstein"] < 0
    assert rec["plover"]["event"]


# --- one short sentence per CAMEO pattern family -------------------------------
# (sentence, expected (source country, target country, CAMEO root))
FAMILIES = [
    ("Kazakhstan expressed condolences to Turkey after the earthquake.", ("KAZ", "TUR", "01")),
    ("Georgia appealed to the European Union for humanitarian aid.", ("GEO", "EUN", "02")),
    ("Japan promised aid to Mongolia.", ("JPN", "MNG", "03")),
    ("The Turkish foreign minister visited Baku in March.", ("TUR", "AZE", "04")),
    ("Georgia hosted the Ukrainian president in Tbilisi.", ("GEO", "UKR", "04")),
    ("Kazakhstan held talks with Uzbekistan on water sharing.", ("KAZ", "UZB", "04")),
    ("Poland praised Lithuania for its response to the crisis.", ("POL", "LTU", "05")),
    ("Ukraine and Moldova signed a trade agreement in 2019.", ("MDA", "UKR", "05")),
    ("Georgia shares intelligence with Ukraine.", ("GEO", "UKR", "06")),
    ("Russia sold fighter jets to Serbia.", ("RUS", "SRB", "07")),
    ("The Italian navy delivered medicine and ventilators to Albania.", ("ITA", "ALB", "07")),
    ("Syria released two Lebanese fishermen.", ("SYR", "LBN", "08")),
    ("Russia withdrew its troops from Moldova.", ("RUS", "MDA", "08")),
    ("Ukraine demanded compensation from Russia.", ("UKR", "RUS", "10")),
    ("Lithuania condemned Belarus for the border incident.", ("LTU", "BLR", "11")),
    ("Armenia accused Azerbaijan of shelling its villages.", ("ARM", "AZE", "11")),
    ("North Korea threatened South Korea with retaliation.", ("PRK", "KOR", "13")),
    ("Pakistani students protested against India in Lahore.", ("PAK", "IND", "14")),
    ("Russia deployed troops to the border with Ukraine.", ("RUS", "UKR", "15")),
    ("Georgia recalled its ambassador from Moscow.", ("GEO", "RUS", "16")),
    ("The European Union imposed sanctions on Belarus.", ("EUN", "BLR", "16")),
    ("Iranian police arrested three British tourists.", ("IRN", "GBR", "17")),
    ("Tehran plotted to assassinate the Saudi ambassador in Washington.", ("IRN", "SAU", "13")),
    ("Ethiopian troops seized the town of Humera from Eritrea.", ("ETH", "ERI", "19")),
    ("Azerbaijani artillery shelled Armenian positions near the border.", ("AZE", "ARM", "19")),
    ("Israel launched air strikes on Syria overnight.", ("ISR", "SYR", "19")),
]


def roots(events: list[Event]) -> set[tuple[str, str | None, str]]:
    return {
        (e.source.country or "", e.target.country if e.target else None, e.cameo[:2])
        for e in events
    }


@pytest.mark.parametrize(("sentence", "expected"), FAMILIES)
def test_pattern_family(nlp: Language, sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(code(nlp, sentence))


def test_passive_with_agent_from_another_state(nlp: Language) -> None:
    events = code(nlp, "Kyrgyz border guards were attacked by Tajik forces.")
    assert ("TJK", "KGZ", "19") in roots(events)
    assert not any(e.source.country == "KGZ" for e in events)


def test_passive_without_agent_takes_the_cause_as_source(nlp: Language) -> None:
    events = code(nlp, "Three Georgian soldiers were killed in a Russian air strike near Gori.")
    assert ("RUS", "GEO", "19") in roots(events)
    assert not any(e.source.country == "GEO" for e in events)


def test_coordinated_sources_of_a_mutual_act(nlp: Language) -> None:
    events = code(nlp, "Estonia, Latvia and Lithuania met in Riga to discuss air defence.")
    got = [(e.source.country, e.target.country if e.target else None) for e in events]
    assert {("EST", "LVA"), ("LVA", "EST"), ("LTU", "EST")} <= set(got)
    assert len(got) == len(set(got)) == 6  # "met ... to discuss": one meeting per dyad


def test_coordinated_predicates_share_the_target(nlp: Language) -> None:
    events = code(
        nlp, "In 2015 Georgia opened an embassy in Kazakhstan and appointed an ambassador."
    )
    to_kaz = [e for e in events if e.target and e.target.country == "KAZ"]
    assert {e.trigger.split()[0] for e in to_kaz} == {"opened", "appointed"}


def test_nouns_naming_a_state_of_relations_are_no_events(nlp: Language) -> None:
    # a relation described, not an act done (CODING-GUIDE.md: background states)
    assert code(nlp, "The oil trade between Kazakhstan and Georgia grew after 2005.") == []
    events = code(nlp, "Turkey's open support for Azerbaijan remains firm.")
    assert roots(events) == set()
    # an owned act that does something is presupposed to have happened, as the gold
    # codes an owned act a clause acts on (tests/test_analytic_prose.py)
    events = code(nlp, "Turkey's open support for Azerbaijan worried the Armenian government.")
    assert roots(events) == {("TUR", "AZE", "05")}


def test_act_nouns_under_a_support_verb_are_events(nlp: Language) -> None:
    events = code(nlp, "Kazakhstan expanded its cooperation with Georgia after 2005.")
    assert roots(events) == {("KAZ", "GEO", "06")}


def test_state_noun_inside_a_phrase_is_no_event(nlp: Language) -> None:
    # "in light of the cooperation ..." mentions the cooperation; it does not report it
    events = code(
        nlp, "Analysts wrote in the light of the cooperation between Georgia and Ukraine."
    )
    assert events == []


def test_received_from_codes_the_giver_as_source(nlp: Language) -> None:
    events = code(nlp, "Armenia received howitzers and rifles from Russia in 2019.")
    assert ("RUS", "ARM", "07") in roots(events)


def test_object_control_gives_the_actor_of_the_embedded_act(nlp: Language) -> None:
    events = code(nlp, "Moscow forced Georgia to halt arms sales to Chechen rebels.")
    assert ("RUS", "GEO", "17") in roots(events)  # CAMEO 170: coerce
    assert not any(e.source.country == "RUS" and e.cameo.startswith("16") for e in events)


def test_wanting_to_act_is_an_intent_or_threat(nlp: Language) -> None:
    assert ("TUR", "AZE", "03") in roots(code(nlp, "Turkey wants to help Azerbaijan."))
    threat = code(nlp, "Serbia wants to attack Albania.")
    assert ("SRB", "ALB", "13") in roots(threat)
    assert all(not e.cameo.startswith("19") for e in threat)


def test_an_act_refused_for_the_future_is_a_rejection(nlp: Language) -> None:
    events = code(nlp, "Moldova will not sign the agreement with Romania.")
    assert [(e.source.code, e.cameo, e.target.code if e.target else None) for e in events] == [
        ("MDA", "127", "ROU")
    ]


def test_unknown_states_yield_no_event(nlp: Language) -> None:
    assert code(nlp, "The people of Atlantis praised the dragons of Lemuria.") == []
    assert code(nlp, "The committee discussed the budget and adjourned.") == []


def test_descriptive_sentence_without_act_yields_nothing(nlp: Language) -> None:
    events = code(nlp, "As demonstrated in recent years, Kazakhstan has a large steppe.")
    assert events == []


# --- round 2: PETRARCH-style coverage and the chapter's analyst questions ---------


def test_protesters_against_their_own_government_are_a_dyad(nlp: Language) -> None:
    events = code(nlp, "Serbian protesters attacked the Serbian government in Belgrade.")
    got = {(e.source.code, e.target.code if e.target else None) for e in events}
    assert ("SRBOPP", "SRBGOV") in got


def test_rebels_take_the_country_where_they_act(nlp: Language) -> None:
    events = code(nlp, "Rebels shelled a town in Yemen on Friday.")
    got = [(e.source.code, e.source.country, e.cameo[:2]) for e in events]
    assert got == [("YEMREB", "YEM", "19")]


def test_instrument_stands_for_whoever_used_it(nlp: Language) -> None:
    text = "The airliner was blown up by a rocket believed to be fired by Houthi fighters."
    assert any(e.source.code == "YEMREB" and e.cameo[:2] == "19" for e in code(nlp, text))


def test_asked_or_wished_acts_are_not_events(nlp: Language) -> None:
    events = code(nlp, "Paris urged Ankara to expel the envoy.")
    assert {(e.source.country, e.target.country if e.target else None) for e in events} == {
        ("FRA", "TUR")
    }
    assert {e.cameo[:2] for e in events} == {"02"}
    assert not any(
        e.source.country == "ITA" for e in code(nlp, "Obama wants Putin to attack Kyiv.")
    )


def test_announced_refusal_is_a_rejection(nlp: Language) -> None:
    events = code(nlp, "Biden said he would not provide aid to Belarus.")
    ev = next(e for e in events if e.target is not None and e.target.country == "BLR")
    assert ev.cameo.startswith("12") and ev.modality != "negated"


def test_wanting_to_act_is_not_asserted(nlp: Language) -> None:
    events = code(nlp, "The Turkish inspectors want to examine the reactors in Iran.")
    ev = next(e for e in events if e.cameo == "090")
    assert ev.target is not None and ev.target.country == "IRN"
    assert ev.modality == "future"


def test_exercises_in_a_us_state_target_the_usa(nlp: Language) -> None:
    events = code(nlp, "China is conducting naval drills and military exercises in Alaska.")
    assert ("CHN", "USA", "150") in dyads(events)


def test_reciprocated_visit_is_returned(nlp: Language) -> None:
    text = (
        "Polish Defence Minister Jan Nowak visited Lithuania in 2015, and in 2018 the "
        "Lithuanian defence minister reciprocated."
    )
    got = {
        (e.source.country, e.target.country if e.target else None, e.cameo) for e in code(nlp, text)
    }
    assert ("POL", "LTU", "042") in got and ("LTU", "POL", "042") in got


def test_visit_inside_a_list_of_people_is_theirs(nlp: Language) -> None:
    text = (
        "Ilham Aliyev met with Turkish leaders including Abdullah Gul, "
        "Recep Tayyip Erdogan (including a visit to Baku in May 2010), and Ahmet Davutoglu."
    )
    events = code(nlp, text)
    met = [e for e in events if e.cameo == "040"]
    assert len(met) == 3
    visit = next(e for e in events if e.cameo == "042")
    assert visit.source.country == "TUR" and visit.target is not None
    assert visit.target.country == "AZE"


def test_forged_cooperation_is_material_and_dated(nlp: Language) -> None:
    events = code(nlp, "Georgia and Ukraine forged close cooperation beginning in 1998.")
    ev = next(e for e in events if e.source.country == "GEO")
    assert ev.cameo[:2] == "06" and ev.date is not None and ev.date.start == "1998-01-01"


def test_role_noun_source_and_goods_target(nlp: Language) -> None:
    text = "Turkey acted as the chief conduit of Russian weapons and fuel to Georgia."
    assert ("TUR", "GEO", "072") in dyads(code(nlp, text))


def test_capital_and_its_proxies_give_one_dyad(nlp: Language) -> None:
    text = "Moscow and its proxies in Ukraine were accused of plotting to kill the Polish consul."
    pairs = [(e.source.country, e.target.country if e.target else None) for e in code(nlp, text)]
    assert pairs.count(("RUS", "POL")) == 1


# --- round 3: whole-chapter coverage (sentences written for these tests) ----------


def test_targetless_act_aims_at_the_one_other_state_named(nlp: Language) -> None:
    events = code(nlp, "Syria intervened militarily in the fighting to slow Jordan's advance.")
    assert ("SYR", "JOR", "190") in dyads(events)


def test_targetless_act_stays_targetless_when_several_states_are_named(nlp: Language) -> None:
    events = code(
        nlp, "Iraq intervened militarily, although Kuwait and Jordan had warned against it."
    )
    assert all(e.target is None for e in events if e.source.country == "IRQ" and e.cameo == "190")


def test_weapons_are_instruments_not_actors(nlp: Language) -> None:
    events = code(nlp, "Russian weapons played a key role in repelling the Georgian incursion.")
    assert not any(e.source.country == "RUS" for e in events)
    events = code(
        nlp, "The rockets fired at Haifa were intercepted by the French made defence system."
    )
    assert not any(e.source.country == "FRA" for e in events)


def test_offer_to_host_is_an_intent_to_meet_each_guest(nlp: Language) -> None:
    events = code(
        nlp,
        "In May 2019 the Swiss president offered to host a summit in Geneva between Chilean "
        "President Sebastian Pinera and Peruvian President Martin Vizcarra.",
    )
    got = dyads(events)
    assert {("CHE", "CHL", "036"), ("CHE", "PER", "036")} <= got
    assert not any(e.cameo.startswith("044") for e in events)


def test_deterred_act_is_no_event(nlp: Language) -> None:
    text = "Chile built new forts in order to deter Peru from attempting to retake its lost land."
    events = code(nlp, text)
    assert not any(e.source.country == "PER" for e in events)


def test_prevented_cooperation_is_no_event_however_parsed(nlp: Language) -> None:
    """The parser can hang the prevented noun on a later verb; the word before
    its phrase still says it is prevented."""
    from spacy.tokens import Doc

    from dyadline.coder.patterns import blocked

    words = ["hopes", "that", "it", "would", "prevent", "Chile", "'s", "cooperation"]
    words += ["with", "Bolivia", "did", "not", "happen"]
    heads = [12, 4, 4, 4, 0, 7, 5, 12, 7, 8, 12, 12, 12]
    deps = ["nsubj", "mark", "nsubj", "aux", "acl", "poss", "case", "nsubj"]
    deps += ["prep", "pobj", "aux", "neg", "ROOT"]
    pos = ["NOUN", "SCONJ", "PRON", "AUX", "VERB", "PROPN", "PART", "NOUN"]
    pos += ["ADP", "PROPN", "AUX", "PART", "VERB"]
    lemmas = [w.lower() for w in words]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    assert doc[7].head.text == "happen"  # the misparse: not the object of "prevent"
    assert blocked(doc[7])
    assert not blocked(doc[0])


def test_for_example_is_not_an_argument(nlp: Language) -> None:
    events = code(
        nlp,
        "For example, dozens of Kenyans called into radio shows and thanked Japan for its help.",
    )
    assert not any(e.cameo == "020" for e in events)
    assert ("KEN", "JPN", "051") in dyads(events) or ("KEN", "JPN", "052") in dyads(events)


def test_possessed_act_counts_inside_a_phrase(nlp: Language) -> None:
    events = code(
        nlp, "Students in Lima rallied against Chile's support for Bolivia during the war."
    )
    assert ("CHL", "BOL", "051") in dyads(events)


def test_background_relation_inside_a_phrase_is_not_coded(nlp: Language) -> None:
    events = code(
        nlp,
        "Among the milestones in defence cooperation between Peru and Chile was a deal "
        "that the two countries signed in 2012.",
    )
    assert not any(e.cameo.startswith("06") for e in events)
    assert ("PER", "CHL", "057") in dyads(events)


def test_along_with_adds_a_target(nlp: Language) -> None:
    events = code(
        nlp,
        "In 2015 Syria was accused of plotting to kill the Turkish consul in Aleppo "
        "(along with the French ambassador to Lebanon).",
    )
    assert {("SYR", "TUR", "1383"), ("SYR", "FRA", "1383")} <= dyads(events)


def test_object_after_a_dated_parenthesis(nlp: Language) -> None:
    events = code(
        nlp,
        "The Kingdom of Norway was one of the first nations to recognize (March 3, 1990) "
        "Namibia's independence.",
    )
    assert ("NOR", "NAM", "054") in dyads(events)


@pytest.mark.parametrize(
    ("year", "name"), [("In August 1997", "Heydar Aliyev"), ("In 2016", "Ilham Aliyev")]
)
def test_shared_surname_resolves_by_the_event_date(nlp: Language, year: str, name: str) -> None:
    from dyadline.annotate import annotate
    from dyadline.read import read_text

    text = f"{year}, President Aliyev met Prime Minister Netanyahu in Baku."
    for events in (code(nlp, text), annotate(read_text(text), nlp).events):
        meeting = next(e for e in events if e.cameo == "040")
        assert meeting.source.name == name


# --- round 4: acts implied across sentences, recoverable sources ---------------


def test_shifted_object_keeps_the_specific_code(nlp: Language) -> None:
    text = "Chile also provided to Peru information on Bolivian troop movements near the border."
    assert ("CHL", "PER", "064") in dyads(code(nlp, text))


def test_target_phrase_hung_on_a_coordinated_participle(nlp: Language) -> None:
    text = (
        "Peru had fired Exocet rockets, which have a modest range, and known to be among "
        "Peru's weapons, at military and civilian targets in Chile."
    )
    assert ("PER", "CHL", "195") in dyads(code(nlp, text))


def test_rejecting_the_petition_aims_at_the_petitioners(nlp: Language) -> None:
    text = (
        "Activists in Peru submitted a petition to the supreme court of Peru. "
        "The Peruvian court rejected the petition without a hearing."
    )
    rejection = next(e for e in code(nlp, text) if e.cameo == "120")
    assert rejection.source.code == "PERJUD"
    assert rejection.target is not None and rejection.target.code == "PERCVL"


def test_foiled_attempts_aim_at_the_plotter(nlp: Language) -> None:
    text = (
        "Throughout the 1990s, Bolivia plotted several bombings of Chilean consulates in Peru. "
        "The Peruvian police thwarted these attempts with help from Chile."
    )
    assert ("PER", "BOL", "170") in dyads(code(nlp, text))


def test_back_reference_needs_an_earlier_act(nlp: Language) -> None:
    events = code(nlp, "The Peruvian court rejected the petition without a hearing.")
    assert all(e.target is None for e in events if e.cameo == "120")


def test_an_act_told_again_keeps_its_target_across_paragraphs(nlp: Language) -> None:
    from dyadline.annotate import annotate
    from dyadline.read import read_text

    text = (
        "In May 2019 Chile opened an embassy in Peru.\n\n"
        "Chile later said that its opening of an embassy had changed the mood in "
        "Bolivia and Argentina as well."
    )
    events = annotate(read_text(text), nlp).events
    later = [e for e in events if e.cameo == "054" and "its" in e.source.text]
    assert later and all(e.target is not None and e.target.country == "PER" for e in later)


def test_they_refused_is_the_group_just_named(nlp: Language) -> None:
    text = "Chilean officers tried to persuade the Bolivian troops to withdraw and they refused."
    refusal = next(e for e in code(nlp, text) if e.cameo[:2] == "12")
    assert refusal.source.code == "BOLMIL"
    assert refusal.target is not None and refusal.target.country == "CHL"


def test_its_support_is_the_state_named_before_it(nlp: Language) -> None:
    text = (
        "Many Bolivians came to admire Chile because of its firm support for the Republic of "
        "Peru during the crisis."
    )
    assert ("CHL", "PER", "051") in dyads(code(nlp, text))


def test_supplies_that_gave_an_edge_went_to_the_beneficiary(nlp: Language) -> None:
    events = code(nlp, "Chilean supplies gave Peru a decisive edge over Bolivia.")
    assert any(
        e.source.country == "CHL" and e.target and e.target.country == "PER" and e.cameo[:2] == "07"
        for e in events
    )


def test_prevented_cooperation_that_did_not_materialize(nlp: Language) -> None:
    text = (
        "When the war began and it became clear that Lima's expectations from Chile that "
        "the visit would prevent Chile's cooperation with Bolivia did not materialize, "
        "Lima recalled its envoy."
    )
    stop = next(e for e in code(nlp, text) if e.cameo[:2] == "16" and e.source.country == "CHL")
    assert stop.target is not None and stop.target.country == "BOL"
    assert stop.modality == "negated"


def test_preventing_cooperation_is_no_cooperation(nlp: Language) -> None:
    events = code(nlp, "Russia prevented Israel's cooperation with Georgia in 2008.")
    assert not any(e.cameo[:2] == "06" for e in events)
    assert ("ISR", "GEO", "162") in dyads(events)


def test_repulsing_an_incursion_answers_the_attack_before(nlp: Language) -> None:
    text = (
        "Bolivian troops attacked Chilean border posts in March. "
        "Chilean drones played a key role in repulsing the Bolivian incursions."
    )
    events = code(nlp, text)
    assert any(
        e.source.country == "CHL" and e.target and e.target.country == "BOL"
        for e in events
        if e.trigger.startswith("repuls")
    )


def test_interception_by_a_weapon_is_the_defenders(nlp: Language) -> None:
    text = (
        "In May, Bolivia launched rockets at Santiago. "
        "The rockets fired at Santiago were intercepted by a Peruvian-made air defence system."
    )
    events = code(nlp, text)
    intercepted = [e for e in events if e.trigger.startswith("intercept")]
    assert [(e.source.country, e.target.country if e.target else None) for e in intercepted] == [
        ("CHL", "BOL")
    ]


def test_defence_without_an_attack_before_is_no_event(nlp: Language) -> None:
    text = "The rockets were intercepted by a Peruvian-made air defence system."
    assert code(nlp, text) == []


def test_targetless_act_that_did_not_happen_is_dropped(nlp: Language) -> None:
    events = code(nlp, "Had the talks failed, Turkey could have openly intervened.")
    events += code(nlp, "Russia could have directly intervened in the fighting.")
    assert not any(e.source.country in ("RUS", "TUR") and e.target is None for e in events)


def test_targetless_protest_is_kept(nlp: Language) -> None:
    events = code(nlp, "Georgian students protested against the new law on Monday.")
    assert any(e.cameo[:2] == "14" for e in events)


def test_attack_on_listed_town_targets_its_state(nlp: Language) -> None:
    text = (
        "Last spring, Peru launched two rocket attacks on farms, including against "
        "the villagers in the towns of Ganja and Barda."
    )
    assert ("PER", "AZE", "19") in roots(code(nlp, text))


def test_attack_with_no_place_takes_victim_from_previous_sentence(nlp: Language) -> None:
    text = (
        "In May, Peru launched rocket attacks on farms, including against the "
        "villagers in the town of Ganja. Peru also launched attacks on power lines."
    )
    events = code(nlp, text)
    second = [e for e in events if "power lines" in e.sentence]
    assert [(e.source.country, e.target.country if e.target else None) for e in second] == [
        ("PER", "AZE")
    ]


def test_attack_that_is_only_planned_is_not_kept_without_target(nlp: Language) -> None:
    events = code(nlp, "Peru might launch attacks on power lines next year.")
    assert not any(e.target is None and e.cameo[:2] == "19" for e in events)
