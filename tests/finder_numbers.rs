//! What the finder says about each number: its sources' dates, whether a
//! call confirmed it (none has), conflicts between sources, the area a line
//! serves, its display form, and its hours in words and as data.

use amparo_acceptance::{open, strip_bidi};
use amparo_core::model::{Confidence, TimeZone};
use amparo_core::{Coverage, HelpAnswer, HelpQuery, HotlineAnswer, HotlineScope, Place, Weekday};

fn find(amparo: &amparo_core::Amparo, place: Place) -> HelpAnswer {
    amparo
        .find_help(&HelpQuery::new(place))
        .unwrap_or_else(|e| panic!("{e}"))
}

fn line<'a>(answer: &'a HelpAnswer, id: &str) -> &'a HotlineAnswer {
    answer
        .hotlines
        .iter()
        .find(|h| h.id == id)
        .unwrap_or_else(|| panic!("{id} missing: {:?}", ids(answer)))
}

fn ids(answer: &HelpAnswer) -> Vec<&str> {
    answer.hotlines.iter().map(|h| h.id.as_str()).collect()
}

#[test]
fn sacramento_shows_both_numbers_marked_as_conflicting() {
    let answer = find(
        &open(&["en"]),
        Place::County {
            name: "Sacramento".into(),
        },
    );
    let act = line(&answer, "sacramento-act");
    let fuel = line(&answer, "sacramento-fuel");
    for (this, other) in [(act, fuel), (fuel, act)] {
        let conflict = this.conflict.as_ref().expect("marked as conflicting");
        assert_eq!(conflict.with_id, other.id);
        assert_eq!(conflict.with_phone, other.phone);
        assert!(
            conflict.reason.contains("Sacramento"),
            "{}",
            conflict.reason
        );
        assert!(conflict.note.contains("disagree"), "{}", conflict.note);
    }
    assert_eq!(act.phone.display, "(916) 245-6773");
    assert_eq!(fuel.phone.display, "(916) 382-0256");
}

#[test]
fn a_county_only_one_side_serves_still_carries_the_other_number() {
    // Yolo: the ACT line serves it, the FUEL line does not.
    let answer = find(
        &open(&["en"]),
        Place::County {
            name: "Yolo".into(),
        },
    );
    let act = line(&answer, "sacramento-act");
    assert!(!ids(&answer).contains(&"sacramento-fuel"));
    let conflict = act.conflict.as_ref().expect("still marked");
    assert_eq!(conflict.with_phone.e164, "+19163820256");
}

#[test]
fn zip_90802_is_long_beach_with_both_long_beach_numbers_and_their_area() {
    let answer = find(
        &open(&["en"]),
        Place::Zip {
            code: "90802".into(),
        },
    );
    let region = answer.region.as_ref().expect("covered");
    assert_eq!(
        (region.county_fips.as_str(), region.city.as_deref()),
        ("06037", Some("Long Beach"))
    );
    // The 2019 number is low confidence, but it is never hidden while the
    // number it conflicts with is shown.
    let newer = line(&answer, "long-beach-cdn");
    let older = line(&answer, "long-beach-cdn-2019");
    assert_eq!(older.confidence, Confidence::Low);
    assert!(older.low_confidence_note.is_some());
    for (this, other) in [(newer, older), (older, newer)] {
        assert_eq!(this.scope, HotlineScope::Area);
        let area = this.area.as_ref().expect("an area");
        assert_eq!(area.name, "Long Beach");
        assert_eq!(area.includes_place, Some(true));
        assert!(
            area.label.contains("Serves only Long Beach"),
            "{}",
            area.label
        );
        let conflict = this.conflict.as_ref().expect("conflicting");
        assert_eq!(conflict.with_id, other.id);
        assert!(
            conflict.reason.contains("Long Beach"),
            "{}",
            conflict.reason
        );
    }
    // The county-wide line still comes first.
    assert_eq!(answer.hotlines[0].id, "la-rapid-response");
    assert_eq!(answer.hotlines[0].scope, HotlineScope::County);
}

#[test]
fn neighbourhood_lines_are_never_shown_as_the_line_for_the_whole_county() {
    let amparo = open(&["en"]);
    let mut query = HelpQuery::new(Place::Zip {
        code: "90012".into(),
    });
    query.include_low_confidence = true;
    let answer = amparo.find_help(&query).expect("LA");
    assert_eq!(
        answer.region.as_ref().and_then(|r| r.city.as_deref()),
        Some("Los Angeles")
    );
    for id in [
        "long-beach-cdn",
        "long-beach-cdn-2019",
        "koreatown-rapid-response",
        "boyle-heights-rapid-response",
    ] {
        let h = line(&answer, id);
        assert_eq!(h.scope, HotlineScope::Area, "{id}");
        let area = h.area.as_ref().expect("labelled");
        assert!(
            area.label.starts_with("Serves only"),
            "{id}: {}",
            area.label
        );
    }
    assert_eq!(
        line(&answer, "long-beach-cdn")
            .area
            .as_ref()
            .and_then(|a| a.includes_place),
        Some(false)
    );
    // Koreatown is a neighbourhood the ZIP data cannot place: unknown.
    assert_eq!(
        line(&answer, "koreatown-rapid-response")
            .area
            .as_ref()
            .and_then(|a| a.includes_place),
        None
    );
}

/// Every answer the finder can give for a county, in English, with every
/// line and organization phone included.
fn every_county_answer() -> Vec<HelpAnswer> {
    let amparo = open(&["en"]);
    let pack = amparo_core::pack::decode(&amparo_content::default_pack()).expect("pack");
    pack.catalog
        .geography
        .counties
        .iter()
        .map(|county| {
            let mut query = HelpQuery::new(Place::County {
                name: county.name.clone(),
            });
            query.include_low_confidence = true;
            query.limit = Some(50);
            amparo.find_help(&query).expect(&county.name)
        })
        .collect()
}

#[test]
fn no_number_is_confirmed_and_none_is_called_verified() {
    let answers = every_county_answer();
    let mut lines = 0;
    for answer in &answers {
        for h in &answer.hotlines {
            lines += 1;
            assert!(!h.confirmed && h.confirmed_on.is_none(), "{}", h.id);
            assert!(
                h.confirmation_note
                    .starts_with("Not yet confirmed by phone."),
                "{}: {}",
                h.id,
                h.confirmation_note
            );
        }
        for o in &answer.organizations {
            assert!(!o.confirmed, "{}", o.id);
            assert!(
                o.confirmation_note
                    .starts_with("Not yet confirmed by phone.")
            );
        }
        let json = serde_json::to_string(answer).expect("json").to_lowercase();
        assert!(!json.contains("verified"), "an answer says verified");
    }
    assert!(lines > 58 * 3, "{lines}");
    let info = open(&["en"]).content_info(None);
    assert_eq!(info.numbers.confirmed, 0);
}

#[test]
fn the_age_of_a_number_is_the_newest_source_that_prints_it() {
    let amparo = open(&["en"]);
    let la = find(
        &amparo,
        Place::Zip {
            code: "90012".into(),
        },
    );
    let chirla = line(&la, "la-rapid-response");
    assert_eq!(chirla.newest_source_date.as_deref(), Some("2025-01-30"));
    assert_eq!(
        chirla.confirmation_note,
        "Not yet confirmed by phone. Newest source: 2025."
    );
    // SacACT's 2025 page does not show the number: the 2018 page is newest.
    let sacramento = find(
        &amparo,
        Place::County {
            name: "Sacramento".into(),
        },
    );
    assert_eq!(
        line(&sacramento, "sacramento-act")
            .newest_source_date
            .as_deref(),
        Some("2018-01-25")
    );
    // Alameda's number is only on undated pages, whatever the 2025 news says.
    let alameda = find(
        &amparo,
        Place::County {
            name: "Alameda".into(),
        },
    );
    let acilep = line(&alameda, "alameda-acilep");
    assert_eq!(acilep.newest_source_date, None);
    assert_eq!(
        acilep.confirmation_note,
        "Not yet confirmed by phone. Its sources show no date."
    );
}

#[test]
fn numbers_come_in_display_form_with_a_tel_uri_extension_and_texts() {
    let amparo = open(&["en"]);
    let la = find(
        &amparo,
        Place::Zip {
            code: "90012".into(),
        },
    );
    let chirla = &line(&la, "la-rapid-response").phone;
    assert_eq!(
        (chirla.display.as_str(), chirla.tel_uri.as_str()),
        ("(888) 624-4752", "tel:+18886244752")
    );
    assert!(!chirla.accepts_texts);

    let ventura = find(
        &amparo,
        Place::County {
            name: "Ventura".into(),
        },
    );
    assert!(line(&ventura, "rapid-response-805").phone.accepts_texts);

    let mut query = HelpQuery::new(Place::Zip {
        code: "90012".into(),
    });
    query.include_low_confidence = true;
    query.limit = Some(20);
    let carecen = amparo
        .find_help(&query)
        .expect("LA")
        .organizations
        .into_iter()
        .find(|o| o.id == "carecen-la")
        .and_then(|o| o.phone.clone())
        .expect("CARECEN's number with its extension");
    assert_eq!(carecen.display, "(213) 385-7800");
    assert_eq!(carecen.extension.as_deref(), Some("136"));
    assert_eq!(carecen.tel_uri, "tel:+12133857800;ext=136");
}

#[test]
fn hours_come_in_words_in_the_users_language_and_as_data() {
    let place = Place::County {
        name: "San Francisco".into(),
    };
    let english = find(&open(&["en"]), place.clone());
    let ice = line(&english, "ice-detention-line");
    let hours = ice.hours.as_ref().expect("hours");
    // The source gives 8:00–20:00 Eastern; a Californian reads it on their clock.
    assert_eq!(hours.words, "Monday to Friday, 5:00–17:00 (Pacific time)");
    assert_eq!(hours.opening_hours, "Mo-Fr 08:00-20:00");
    assert_eq!(hours.source_time_zone, TimeZone::Eastern);
    assert_eq!(hours.time_zone, TimeZone::Pacific);
    assert_eq!(hours.ranges.len(), 1);
    assert_eq!(
        hours.ranges[0].days,
        [
            Weekday::Monday,
            Weekday::Tuesday,
            Weekday::Wednesday,
            Weekday::Thursday,
            Weekday::Friday
        ]
    );
    assert_eq!((hours.ranges[0].opens, hours.ranges[0].closes), (300, 1020));
    let sf = line(&english, "sf-rapid-response");
    assert_eq!(
        sf.hours.as_ref().map(|h| h.words.as_str()),
        Some("Open 24 hours, every day")
    );

    let spanish = find(&open(&["es"]), place);
    let words = strip_bidi(
        &line(&spanish, "ice-detention-line")
            .hours
            .as_ref()
            .expect("hours")
            .words,
    );
    assert!(
        words.contains("lunes") && words.contains("viernes"),
        "{words}"
    );
    assert!(words.contains("5:00–17:00"), "{words}");

    // In New Haven the same line reads as its source gives it.
    let connecticut = find(
        &open(&["en"]),
        Place::Zip {
            code: "06511".into(),
        },
    );
    let ice = line(&connecticut, "ice-detention-line");
    let hours = ice.hours.as_ref().expect("hours");
    assert_eq!(hours.words, "Monday to Friday, 8:00–20:00 (Eastern time)");
    assert_eq!(hours.time_zone, TimeZone::Eastern);
    assert_eq!((hours.ranges[0].opens, hours.ranges[0].closes), (480, 1200));
}

#[test]
fn a_time_is_read_on_the_places_clock_and_unknown_outside() {
    let amparo = open(&["en"]);
    let mut query = HelpQuery::new(Place::Coordinates {
        latitude: 36.1699,
        longitude: -115.1398,
    });
    query.at = Some("Tue 10:00".parse().expect("time"));
    let vegas = amparo.find_help(&query).expect("outside");
    assert_eq!(vegas.coverage, Coverage::Outside);
    // Outside the covered area the core does not know the place's clock,
    // so it never calls a line open or closed there.
    assert!(vegas.hotlines.iter().all(|h| h.open_now.is_none()));
}

#[test]
fn content_info_counts_numbers_conflicts_and_source_dates() {
    let info = open(&["en"]).content_info(None);
    let numbers = &info.numbers;
    assert_eq!(numbers.confirmed, 0);
    assert_eq!(numbers.conflicting, 4, "two pairs");
    assert!(numbers.listed >= 30, "{}", numbers.listed);
    let oldest = numbers
        .oldest_source_date
        .as_deref()
        .expect("dated sources");
    let newest = numbers
        .newest_source_date
        .as_deref()
        .expect("dated sources");
    assert!(
        oldest < newest && newest.starts_with("2026"),
        "{oldest} {newest}"
    );
    assert!(numbers.undated_sources > 0);
}
