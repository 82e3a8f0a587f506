"""The generated Python against the real Rust library and the embedded content."""

import pathlib
import threading

import pytest

import amparo
from readme_example import readme_example

REPO = pathlib.Path(__file__).resolve().parents[3]


def test_a_rights_card_pairs_spanish_with_english():
    card = amparo.Amparo(["es-MX"]).rights_card("at-home", "en")
    assert (card.user_locale, card.officer_locale) == ("es", "en")
    assert (card.title.user, card.title.officer) == ("Agentes en su puerta", "Agents at your door")
    silence = next(p for p in card.phrases if p.officer.startswith("I am using my right to remain silent"))
    assert silence.user == "Voy a ejercer mi derecho a guardar silencio. Quiero hablar con un abogado."
    assert card.review == amparo.LegalReview.UNREVIEWED


def test_topics_come_in_order_localized():
    topics = amparo.Amparo(["es"]).topics()
    assert [t.id for t in topics][:4] == ["at-home", "warrant-check", "in-public", "traffic-stop"]
    assert len(topics) == 15
    assert topics[3].title == "Si lo paran en el carro"


def test_a_topic_carries_every_step_with_its_sources():
    topic = amparo.Amparo(["en"]).topic("traffic-stop")
    first = topic.steps[0]
    assert (topic.title, first.id, first.say) == ("Stopped in a car", "pull-over-safely", None)
    aclu = next(s for s in first.sources if s.id == "aclu-va")
    assert aclu.url.startswith("https://www.acluva.org/")
    assert aclu.tier == amparo.SourceTier.PRIMARY
    assert first.checked == "2026-11-21"


def test_locales_report_coverage_and_review_status():
    locales = {l.tag: l for l in amparo.Amparo(["es"]).locales()}
    assert all(locales[tag].coverage == 1.0 for tag in ["en", "es", "zh-Hant", "vi"])
    assert locales["es"].translation == amparo.TranslationOrigin.MACHINE
    assert not locales["es"].human_reviewed
    assert locales["es"].in_chain


def test_unavailable_locales_fall_back_to_english():
    assert amparo.Amparo(["zh-TW"]).locale_chain() == ["zh-Hant", "en"]
    assert amparo.Amparo(["sw"]).locale_chain() == ["en"]
    assert amparo.Amparo(["de", "es"]).locale_chain() == ["es", "en"]
    assert amparo.Amparo(["es"]).rights_card("in-public", "de").officer_locale == "en"


def test_set_locales_switches_and_a_bad_tag_changes_nothing():
    app = amparo.Amparo(["en"])
    app.set_locales(["es-US"])
    assert app.locale_chain() == ["es", "en"]
    with pytest.raises(amparo.AmparoError.InvalidLocale):
        app.set_locales(["??"])
    assert app.locale_chain() == ["es", "en"]


def test_content_info_tells_version_counts_and_legal_review():
    info = amparo.Amparo(["en"]).content_info()
    assert info.topics == 15
    assert info.pack.origin == amparo.PackOrigin.EMBEDDED
    assert info.stale_after == "2027-06-01" and info.stale is None
    assert app_late_stale() == (True, 10)
    assert info.coverage == ["US-CA", "US-CT"]
    assert info.legal_review.status == amparo.PackReview.UNREVIEWED
    assert info.legal_review.lawyer_reviewed == 0


def test_messages_for_the_apps_own_screens():
    app = amparo.Amparo(["es"])
    assert app.message("label-say", {}) == "Diga"
    with pytest.raises(amparo.AmparoError.UnknownMessage) as error:
        app.message("no-such-label", {})
    assert str(error.value) == "La aplicación pidió un texto que no existe. Es una falla de la aplicación."


def test_each_error_arrives_as_its_typed_exception():
    with pytest.raises(amparo.AmparoError.InvalidLocale) as bad_tag:
        amparo.Amparo(["!!"])
    assert str(bad_tag.value) == "That language setting cannot be read. Choose a language from the list."
    assert "!!" not in str(bad_tag.value)
    app = amparo.Amparo(["en"])
    with pytest.raises(amparo.AmparoError.UnknownTopic) as unknown:
        app.topic("at-werk")
    assert str(unknown.value) == "That situation is not in this app. Choose one from the list."
    with pytest.raises(amparo.AmparoError.UnknownTopic):
        app.rights_card("nope", "en")
    with pytest.raises(amparo.AmparoError.InvalidLocale):
        app.rights_card("at-home", "!!")


def test_one_instance_serves_several_threads():
    app = amparo.Amparo(["es"])
    titles = set()
    lock = threading.Lock()

    def work():
        for _ in range(50):
            title = app.rights_card("at-home", "en").title.officer
            with lock:
                titles.add(title)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert titles == {"Agents at your door"}


def test_the_readme_example_runs():
    lines = readme_example(["es-MX"])
    assert lines[0] == "Agentes en su puerta / Agents at your door"
    assert "No se puede leer esa configuración de idioma. Elija un idioma de la lista." in lines


def _marked(text, language):
    start = text.index(f"README:{language}:start")
    end = text.index(f"README:{language}:end")
    body = text[text.index("\n", start) + 1 : end]
    return body[: body.rindex("\n") + 1]


@pytest.mark.parametrize(
    "language, example",
    [
        ("kotlin", "bindings/kotlin/src/test/kotlin/org/amparo/core/ReadmeExample.kt"),
        ("python", "bindings/python/readme_example.py"),
    ],
)
def test_the_readme_shows_the_tested_examples(language, example):
    # The README's code blocks are the example files, verbatim.
    readme = (REPO / "bindings" / "README.md").read_text(encoding="utf-8")
    code = _marked((REPO / example).read_text(encoding="utf-8"), language)
    assert f"```{language}\n{code}```" in readme


def _query(place, **options):
    fields = dict(services=[], speaks=None, limit=None, at=None, include_low_confidence=False)
    fields.update(options)
    return amparo.HelpQuery(place=place, **fields)


def test_defaults_a_caller_expects():
    app = amparo.Amparo(["es"])
    assert app.find_help(amparo.HelpQuery(place=amparo.Place.ZIP(code="90012"))).region.county_fips == "06037"
    assert app.rights_card("at-home").officer_locale == "en"
    assert app.message("label-say") == "Diga"
    assert len(app.search("silencio")) <= 10


def test_find_help_for_a_zip():
    answer = amparo.Amparo(["es"]).find_help(_query(amparo.Place.ZIP(code="90012")))
    assert answer.coverage == amparo.Coverage.COVERED
    assert (answer.region.state, answer.region.county_fips) == ("CA", "06037")
    assert answer.hotlines[0].phone.e164 == "+18886244752"
    assert answer.hotlines[0].phone.display == "(888) 624-4752"
    assert not answer.hotlines[0].confirmed
    assert answer.hotlines[0].scope == amparo.HotlineScope.COUNTY
    assert "California" in answer.policy.text


def test_find_help_for_coordinates():
    app = amparo.Amparo(["en"])
    city_hall = app.find_help(_query(amparo.Place.COORDINATES(latitude=37.7793, longitude=-122.4193)))
    assert city_hall.region.county_fips == "06075"
    vegas = app.find_help(_query(amparo.Place.COORDINATES(latitude=36.1699, longitude=-115.1398)))
    assert vegas.coverage == amparo.Coverage.OUTSIDE
    assert vegas.region is None
    assert all(h.scope == amparo.HotlineScope.NATIONAL for h in vegas.hotlines)


def test_find_help_marks_open_lines_and_filters_organizations():
    at = amparo.LocalTime(weekday=amparo.Weekday.SUNDAY, minutes=23 * 60)
    answer = amparo.Amparo(["en"]).find_help(
        _query(amparo.Place.ZIP(code="94110"), at=at, speaks="es", services=[amparo.Service.LEGAL_AID], limit=3)
    )
    ice = next(h for h in answer.hotlines if h.id == "ice-detention-line")
    assert ice.open_now is False
    assert answer.hotlines[0].open_now is True
    assert answer.organizations[0].id == "la-raza-centro-legal"
    assert all("es" in o.languages for o in answer.organizations)


def test_find_help_errors_are_typed():
    app = amparo.Amparo(["en"])
    with pytest.raises(amparo.AmparoError.InvalidCoordinates):
        app.find_help(_query(amparo.Place.COORDINATES(latitude=float("nan"), longitude=0.0)))
    with pytest.raises(amparo.AmparoError.InvalidZip):
        app.find_help(_query(amparo.Place.ZIP(code="9001")))
    with pytest.raises(amparo.AmparoError.UnknownCounty):
        app.find_help(_query(amparo.Place.COUNTY(name="Atlantis")))
    with pytest.raises(amparo.AmparoError.InvalidTime):
        app.find_help(_query(amparo.Place.ZIP(code="90012"), at=amparo.LocalTime(weekday=amparo.Weekday.MONDAY, minutes=1440)))


def test_find_help_in_new_haven_answers_for_connecticut():
    app = amparo.Amparo(["en"])
    answer = app.find_help(_query(amparo.Place.ZIP(code="06511")))
    assert answer.coverage == amparo.Coverage.COVERED
    assert (answer.region.state, answer.region.county_fips) == ("CT", "09170")
    assert answer.region.county_full == "South Central Connecticut Planning Region"
    assert answer.policy.text.startswith("In Connecticut, the TRUST Act")
    assert "ct-statewide-legal-services" in [h.id for h in answer.hotlines]
    assert not any(law.id == "sb54" or "California" in law.name for law in answer.policy.laws)
    assert all(o.county_fips.startswith("09") for o in answer.organizations)
    old = app.find_help(_query(amparo.Place.COUNTY(name="New Haven County")))
    assert old.region.county_fips == "09170"
    assert [(c.county_fips, c.reason) for c in old.also_counties] == [("09140", amparo.NearbyReason.FORMER_COUNTY)]
    app.set_state("CT")
    assert app.state() == "CT"
    assert not any(step.scope == "CA" for step in app.topic("in-jail").steps)
    with pytest.raises(amparo.AmparoError.UnknownState):
        app.set_state("Atlantis")
    assert app.state() == "CT"


def test_a_zip_in_another_state_answers_with_its_state():
    answer = amparo.Amparo(["en"]).find_help(_query(amparo.Place.ZIP(code="10001")))
    assert answer.coverage == amparo.Coverage.OTHER_STATE
    assert answer.state.code == "NY" and answer.region is None
    assert [law.id for law in answer.state_laws] == ["ny-protect-our-courts-act"]
    assert all(h.scope == amparo.HotlineScope.NATIONAL for h in answer.hotlines)
    assert answer.notice == "Amparo has no local content for New York yet. National lines still work."


def test_detention_facilities_nearest_first_with_the_locator():
    app = amparo.Amparo(["en"])
    everything = app.detention_facilities("CA", None, None)
    assert len(everything.facilities) == 15
    assert all(f.county_fips.startswith("06") and f.sources for f in everything.facilities)
    assert everything.locator_url == "https://locator.ice.gov"
    assert "ice-detention-line" in [line.id for line in everything.info_lines]
    bakersfield = app.detention_facilities("CA", 35.3733, -119.0187)
    assert bakersfield.facilities[0].id == "mesa-verde"
    assert bakersfield.facilities[0].status == amparo.FacilityStatus.OPERATING
    with pytest.raises(amparo.AmparoError.InvalidCoordinates):
        app.detention_facilities("CA", 35.0, None)
    with pytest.raises(amparo.AmparoError.UnknownState):
        app.detention_facilities("ZZ", None, None)
    fresno = app.find_help(_query(amparo.Place.ZIP(code="93701")))
    assert fresno.detention.locator_url == "https://locator.ice.gov"
    assert fresno.detention.facilities
    assert all(f.status == amparo.FacilityStatus.OPERATING for f in fresno.detention.facilities)
    assert all(o.county_fips == "06019" and o.phone is not None for o in fresno.organizations)


def test_laws_and_the_vision_act():
    app = amparo.Amparo(["en"])
    # With no state chosen, both covered states' laws: 12 and 6.
    assert len(app.laws()) == 18
    app.set_state("CA")
    assert len(app.laws()) == 12
    texas = {law.id: law for law in app.laws_of_state("TX")}
    assert texas["tx-sb4-2017"].effect == amparo.CooperationEffect.MANDATES_COOPERATION
    vision = app.law("vision-act")
    assert vision.status == amparo.LawStatus.DID_NOT_PASS
    assert vision.sources
    with pytest.raises(amparo.AmparoError.UnknownLaw):
        app.law("sb1070")


def _walk(app, choices, officer="en"):
    step = app.warrant_check_start(officer)
    for choice in choices:
        assert step.question is not None, choices
        assert choice in [c.id for c in step.question.choices]
        step = app.warrant_check_answer(step.state, choice, officer)
    assert step.outcome is not None, choices
    return step.outcome


def test_the_warrant_checker_i205_with_a_final_order():
    outcome = _walk(amparo.Amparo(["es"]), ["police", "i205", "yes"])
    assert outcome.id == "o-i205-final-order"
    assert outcome.entry == amparo.EntryClaim.CONTESTED
    assert amparo.WarrantAdvice.DO_NOT_RESIST in [a.advice for a in outcome.advice]
    assert amparo.WarrantAdvice.KEEP_DOOR_CLOSED in [a.advice for a in outcome.advice]
    assert (outcome.user_locale, outcome.officer_locale) == ("es", "en")
    assert outcome.say.officer == "I do not consent to you entering my home. This warrant is not signed by a judge."
    assert outcome.say.user.startswith("No doy permiso")


def test_the_warrant_checker_every_path_says_do_not_resist():
    app = amparo.Amparo(["vi"])
    pending = [app.warrant_check_start("en")]
    outcomes = 0
    while pending:
        step = pending.pop()
        if step.outcome is not None:
            outcomes += 1
            kinds = [a.advice for a in step.outcome.advice]
            assert amparo.WarrantAdvice.DO_NOT_RESIST in kinds, step.state
            assert amparo.WarrantAdvice.STAY_SILENT in kinds, step.state
            continue
        for choice in step.question.choices:
            pending.append(app.warrant_check_answer(step.state, choice.id, "en"))
    assert outcomes >= 20


def test_the_warrant_checker_errors_are_typed():
    app = amparo.Amparo(["en"])
    with pytest.raises(amparo.AmparoError.UnknownWarrantState):
        app.warrant_check_answer("o-made-up", "yes", "en")
    with pytest.raises(amparo.AmparoError.UnknownWarrantChoice):
        app.warrant_check_answer("q-who", "maybe", "en")


def test_sacramento_numbers_are_marked_as_conflicting():
    answer = amparo.Amparo(["en"]).find_help(_query(amparo.Place.COUNTY(name="Sacramento")))
    lines = {h.id: h for h in answer.hotlines}
    act, fuel = lines["sacramento-act"], lines["sacramento-fuel"]
    assert act.conflict.with_phone == fuel.phone
    assert fuel.conflict.with_phone == act.phone
    assert "Sacramento" in act.conflict.reason
    assert act.newest_source_date == "2018-01-25"
    assert act.confirmation_note == "Not yet confirmed by phone. Newest source: 2018."


def test_long_beach_lines_carry_their_area_and_hours_come_in_words():
    answer = amparo.Amparo(["en"]).find_help(_query(amparo.Place.ZIP(code="90802")))
    lines = {h.id: h for h in answer.hotlines}
    for id in ["long-beach-cdn", "long-beach-cdn-2019"]:
        assert lines[id].area.name == "Long Beach"
        assert lines[id].area.includes_place is True
        assert lines[id].scope == amparo.HotlineScope.AREA
    ice = lines["ice-detention-line"]
    assert ice.hours.words == "Monday to Friday, 5:00–17:00 (Pacific time)"
    assert ice.hours.time_zone == amparo.TimeZone.PACIFIC
    assert ice.hours.ranges[0].opens == 300 and ice.hours.ranges[0].closes == 1020


def test_search_in_vietnamese_without_tone_marks():
    app = amparo.Amparo(["vi"])
    hits = app.search("luat su", 5)
    assert hits, "luật sư (lawyer) is found without its tone marks"


def app_late_stale():
    info = amparo.Amparo(["en"]).content_info("2027-06-11")
    return (info.stale, info.days_past_stale)


def test_a_single_tag_is_a_list_of_one_and_records_print_their_fields():
    app = amparo.Amparo("es-MX")
    assert app.locale_chain() == ["es", "en"]
    app.set_locales("fa")
    assert app.locale_chain()[0] == "fa"
    answer = app.find_help(_query(amparo.Place.ZIP(code="90012")))
    shown = repr(answer.region)
    assert shown.startswith("RegionAnswer(state='CA', county='Los Angeles'"), shown
    assert "county_fips='06037'" in shown
    assert "HotlineAnswer(id=" in repr(answer.hotlines[:1])
