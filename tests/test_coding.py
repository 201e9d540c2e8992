"""Event coding on sentences written for these tests (not from the reference chapter)."""

from __future__ import annotations

from spacy.language import Language

from dyadline.model import Event


def code(nlp: Language, text: str) -> list[Event]:
    return list(nlp(text)._.events)


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
    events = code(nlp, "Kazakhstan has not reciprocated by opening an embassy in Tbilisi.")
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
