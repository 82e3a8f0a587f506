//! The help finder on the real California data.

use amparo_acceptance::open;
use amparo_core::model::{Confidence, Service};
use amparo_core::{
    AmparoError, Coverage, HelpAnswer, HelpQuery, HotlineScope, LocalTime, NearbyReason, Place,
    Weekday,
};

fn find(place: Place) -> Result<HelpAnswer, AmparoError> {
    open(&["en"]).find_help(&HelpQuery::new(place))
}

fn zip(zip: &str) -> HelpAnswer {
    find(Place::Zip { code: zip.into() }).unwrap_or_else(|e| panic!("ZIP {zip}: {e}"))
}

fn near(latitude: f64, longitude: f64) -> HelpAnswer {
    find(Place::Coordinates {
        latitude,
        longitude,
    })
    .unwrap_or_else(|e| panic!("{e}"))
}

fn fips(answer: &HelpAnswer) -> &str {
    answer
        .region
        .as_ref()
        .map_or("", |r| r.county_fips.as_str())
}

#[test]
fn zip_90012_is_los_angeles_with_the_chirla_line_first() {
    let answer = zip("90012");
    let region = answer.region.as_ref().expect("covered");
    assert_eq!(
        (
            region.state.as_str(),
            region.county.as_str(),
            region.county_fips.as_str()
        ),
        ("CA", "Los Angeles", "06037")
    );
    assert_eq!(answer.coverage, Coverage::Covered);
    assert_eq!(answer.hotlines[0].phone.e164, "+18886244752");
    assert_eq!(answer.hotlines[0].scope, HotlineScope::County);
    assert!(answer.local_line_known && answer.notice.is_none());
    let policy = answer.policy.as_ref().expect("a policy");
    assert!(
        policy
            .text
            .contains("may not ask about your immigration status"),
        "{}",
        policy.text
    );
    assert_eq!(
        policy
            .laws
            .iter()
            .map(|l| l.id.as_str())
            .collect::<Vec<_>>(),
        ["sb54", "trust-act", "truth-act"]
    );
}

#[test]
fn zip_93721_is_fresno_with_valley_watch() {
    let answer = zip("93721");
    assert_eq!(fips(&answer), "06019");
    let valley_watch = answer
        .hotlines
        .iter()
        .find(|h| h.phone.e164 == "+15592060151")
        .expect("Valley Watch");
    assert_eq!(valley_watch.scope, HotlineScope::Regional);
    assert_eq!(
        answer.hotlines[0].id, "valley-watch",
        "the regional line comes before national ones"
    );
}

#[test]
fn zip_plus_four_and_spacing_are_accepted() {
    assert_eq!(fips(&zip(" 90012-3456 ")), "06037");
}

#[test]
fn san_francisco_city_hall_is_in_san_francisco() {
    let answer = near(37.7793, -122.4193);
    assert_eq!(fips(&answer), "06075");
    assert!(
        answer.also_counties.is_empty(),
        "{:?}",
        answer.also_counties
    );
    assert_eq!(answer.hotlines[0].phone.e164, "+14152001548");
}

#[test]
fn las_vegas_is_outside_with_national_lines_and_no_county_guess() {
    let answer = near(36.1699, -115.1398);
    assert_eq!(answer.coverage, Coverage::Outside);
    assert!(answer.region.is_none() && answer.policy.is_none());
    assert!(!answer.hotlines.is_empty());
    assert!(
        answer
            .hotlines
            .iter()
            .all(|h| h.scope == HotlineScope::National)
    );
    assert!(
        answer
            .hotlines
            .iter()
            .any(|h| h.phone.e164 == "+18443631423")
    );
    assert!(
        answer
            .notice
            .as_deref()
            .is_some_and(|n| n.contains("outside"))
    );
    // Nearest county only as a suggestion, with its distance.
    for suggestion in &answer.also_counties {
        assert_eq!(suggestion.reason, NearbyReason::Nearest);
        assert!(suggestion.distance_km.is_some_and(|km| km > 0.0));
    }
}

#[test]
fn a_point_just_outside_the_state_suggests_the_nearest_county() {
    // Stateline, Nevada, a few hundred metres east of the California line.
    let answer = near(38.9625, -119.9400);
    assert_eq!(answer.coverage, Coverage::Outside);
    let suggestion = answer.also_counties.first().expect("a suggestion");
    assert_eq!(suggestion.reason, NearbyReason::Nearest);
    assert_eq!(suggestion.county_fips, "06017", "El Dorado County");
    assert!(
        suggestion.distance_km.is_some_and(|km| km < 5.0),
        "{suggestion:?}"
    );
}

#[test]
fn a_zip_spanning_two_counties_lists_both() {
    let answer = zip("90265"); // Malibu
    assert_eq!(fips(&answer), "06037");
    let also: Vec<(&str, NearbyReason)> = answer
        .also_counties
        .iter()
        .map(|c| (c.county_fips.as_str(), c.reason))
        .collect();
    assert_eq!(also, [("06111", NearbyReason::SharedZip)]);
}

#[test]
fn a_point_near_a_border_lists_the_county_across_it() {
    // ZIP 90638's point, in Los Angeles County about 1.5 km from Orange County.
    let answer = near(33.90205, -118.00896);
    assert_eq!(fips(&answer), "06037");
    let orange = answer
        .also_counties
        .iter()
        .find(|c| c.county_fips == "06059")
        .expect("Orange County");
    assert_eq!(orange.reason, NearbyReason::NearBorder);
    assert!(orange.distance_km.is_some_and(|km| km <= 2.0));
}

#[test]
fn every_county_has_a_callable_line() {
    let amparo = open(&["en"]);
    let info = amparo.content_info(None);
    // California's 58 counties and Connecticut's 9 planning regions.
    assert_eq!(info.counties, 67);
    let pack = amparo_core::pack::decode(&amparo_content::default_pack()).expect("pack");
    let mut without_local_line = 0;
    for county in &pack.catalog.geography.counties {
        let answer = amparo
            .find_help(&HelpQuery::new(Place::County {
                name: county.name.clone(),
            }))
            .expect(&county.name);
        assert_eq!(fips(&answer), county.fips);
        assert!(
            answer
                .hotlines
                .iter()
                .any(|h| h.phone.e164.starts_with("+1")),
            "{} has no line",
            county.name
        );
        if !answer.local_line_known {
            without_local_line += 1;
            assert!(
                answer.notice.is_some(),
                "{}: the fallback is said explicitly",
                county.name
            );
        }
    }
    assert!(
        without_local_line > 0 && without_local_line < 67,
        "{without_local_line}"
    );
}

#[test]
fn the_dhs_tip_line_is_nowhere_in_the_pack() {
    let bytes = amparo_content::default_pack();
    let text = String::from_utf8_lossy(&bytes);
    for needle in ["8663472423", "866-347-2423", "347-2423", "DHS-2-ICE"] {
        assert!(!text.contains(needle), "{needle} found in the pack");
    }
}

#[test]
fn county_names_match_loosely() {
    for name in [
        "los angeles",
        "Los Ángeles County",
        "Condado de Los Angeles",
        "LA",
        "l.a.",
    ] {
        assert_eq!(
            fips(&find(Place::County { name: name.into() }).expect(name)),
            "06037",
            "{name}"
        );
    }
    assert_eq!(
        fips(&find(Place::County { name: "sf".into() }).expect("sf")),
        "06075"
    );
    assert_eq!(
        fips(
            &find(Place::County {
                name: "SAN LUIS OBISPO".into()
            })
            .expect("slo")
        ),
        "06079"
    );
}

#[test]
fn cities_resolve_from_the_zip_data() {
    assert_eq!(
        fips(
            &find(Place::City {
                name: "fresno".into()
            })
            .expect("Fresno")
        ),
        "06019"
    );
    assert_eq!(
        fips(
            &find(Place::City {
                name: "San José".into()
            })
            .expect("San Jose")
        ),
        "06085"
    );
}

#[test]
fn bad_places_are_typed_errors_that_do_not_repeat_the_input() {
    let cases = [
        (
            Place::Zip {
                code: "9001".into(),
            },
            AmparoError::InvalidZip,
        ),
        (
            Place::Zip {
                code: "9001a".into(),
            },
            AmparoError::InvalidZip,
        ),
        (
            Place::Zip {
                code: "90012-12".into(),
            },
            AmparoError::InvalidZip,
        ),
        (
            Place::Zip {
                code: "00000".into(),
            },
            AmparoError::UnknownZip,
        ),
        (
            Place::County {
                name: "Atlantis".into(),
            },
            AmparoError::UnknownCounty,
        ),
        (
            Place::City {
                name: "Atlantis".into(),
            },
            AmparoError::UnknownCity,
        ),
        (Place::City { name: "".into() }, AmparoError::UnknownCity),
        (
            Place::Coordinates {
                latitude: f64::NAN,
                longitude: -118.2,
            },
            AmparoError::InvalidCoordinates,
        ),
        (
            Place::Coordinates {
                latitude: 91.0,
                longitude: 0.0,
            },
            AmparoError::InvalidCoordinates,
        ),
        (
            Place::Coordinates {
                latitude: 34.0,
                longitude: -181.0,
            },
            AmparoError::InvalidCoordinates,
        ),
        (
            Place::Coordinates {
                latitude: 34.0,
                longitude: f64::INFINITY,
            },
            AmparoError::InvalidCoordinates,
        ),
    ];
    for (place, expected) in cases {
        let err = find(place.clone()).expect_err("an error");
        assert_eq!(err, expected, "{place:?}");
        let message = err.to_string();
        for private in ["9001", "Atlantis", "181", "91"] {
            assert!(!message.contains(private), "{message}");
        }
    }
}

#[test]
fn low_confidence_lines_only_on_request_and_marked() {
    let amparo = open(&["en"]);
    let mut query = HelpQuery::new(Place::Zip {
        code: "90010".into(),
    });
    let plain = amparo.find_help(&query).expect("LA");
    // A low-confidence line appears unasked only beside the line it
    // conflicts with (the Long Beach pair), and always marked.
    for line in &plain.hotlines {
        if line.confidence == Confidence::Low {
            let partner = line.conflict.as_ref().expect("only a conflict partner");
            assert!(plain.hotlines.iter().any(|h| h.id == partner.with_id));
            assert!(line.low_confidence_note.is_some());
        } else {
            assert!(line.low_confidence_note.is_none());
        }
    }
    assert!(
        !plain
            .hotlines
            .iter()
            .any(|h| h.id == "koreatown-rapid-response")
    );
    query.include_low_confidence = true;
    let all = amparo.find_help(&query).expect("LA");
    let koreatown = all
        .hotlines
        .iter()
        .find(|h| h.id == "koreatown-rapid-response")
        .expect("shown on request");
    assert_eq!(koreatown.confidence, Confidence::Low);
    assert!(
        koreatown
            .low_confidence_note
            .as_deref()
            .is_some_and(|n| n.contains("Low confidence")),
        "{koreatown:?}"
    );
}

#[test]
fn government_lines_say_so() {
    let answer = zip("90012");
    let ice = answer
        .hotlines
        .iter()
        .find(|h| h.id == "ice-detention-line")
        .expect("ICE line");
    assert!(
        ice.operator_label
            .as_deref()
            .is_some_and(|l| l.contains("government"))
    );
    let chirla = &answer.hotlines[0];
    assert!(chirla.operator_label.is_none());
}

#[test]
fn open_now_follows_the_callers_clock_and_puts_24_7_first_after_hours() {
    let amparo = open(&["en"]);
    let mut query = HelpQuery::new(Place::Zip {
        code: "94102".into(),
    });
    query.at = Some(LocalTime::new(Weekday::Sunday, 23, 0).expect("time"));
    let night = amparo.find_help(&query).expect("SF");
    let ice = night
        .hotlines
        .iter()
        .find(|h| h.id == "ice-detention-line")
        .expect("ICE");
    assert_eq!(ice.open_now, Some(false));
    let sf = night
        .hotlines
        .iter()
        .find(|h| h.id == "sf-rapid-response")
        .expect("SF");
    assert_eq!(sf.open_now, Some(true));
    assert!(night.hotlines[0].always_open, "{:?}", night.hotlines[0].id);
    assert_eq!(
        night.hotlines.last().map(|h| h.open_now),
        Some(Some(false)),
        "closed lines last"
    );

    query.at = Some("Tue 10:15".parse().expect("time"));
    let day = amparo.find_help(&query).expect("SF");
    let ice = day
        .hotlines
        .iter()
        .find(|h| h.id == "ice-detention-line")
        .expect("ICE");
    assert_eq!(ice.open_now, Some(true));
    assert_eq!(day.hotlines[0].id, "sf-rapid-response");
    let unknown_hours = day
        .hotlines
        .iter()
        .find(|h| h.id == "uwd-migrawatch")
        .expect("UWD");
    assert_eq!(
        unknown_hours.open_now, None,
        "never claim closed without a source"
    );
}

#[test]
fn bad_times_are_typed_errors() {
    for text in ["", "Mon", "Mon 25:00", "Someday 10:00", "Mon 10:60"] {
        assert_eq!(
            text.parse::<LocalTime>(),
            Err(AmparoError::InvalidTime),
            "{text}"
        );
    }
    let mut query = HelpQuery::new(Place::Zip {
        code: "90012".into(),
    });
    query.at = Some(LocalTime {
        weekday: Weekday::Monday,
        minutes: 1440,
    });
    assert_eq!(
        open(&["en"]).find_help(&query),
        Err(AmparoError::InvalidTime)
    );
}

#[test]
fn organizations_come_nearest_first_and_filter_by_service_and_language() {
    let amparo = open(&["es"]);
    let mut query = HelpQuery::new(Place::Zip {
        code: "94110".into(),
    }); // the Mission, San Francisco
    let answer = amparo.find_help(&query).expect("SF");
    // Mission Action's office is in ZIP 94110 itself: it is among the
    // nearest, with the others placed at the same point (ties keep the
    // content's order).
    let nearest = answer.organizations[0].distance_km;
    let tied: Vec<&str> = answer
        .organizations
        .iter()
        .filter(|o| o.distance_km == nearest)
        .map(|o| o.id.as_str())
        .collect();
    assert!(tied.contains(&"mission-action"), "{tied:?}");
    assert_eq!(answer.organizations[0].county_fips, "06075");
    let distances: Vec<f64> = answer.organizations.iter().map(|o| o.distance_km).collect();
    assert!(distances.windows(2).all(|w| w[0] <= w[1]), "{distances:?}");
    assert!(
        answer.organizations[0].location_note.contains("aproximada"),
        "localized: {}",
        answer.organizations[0].location_note
    );

    query.speaks = Some("es-MX".into());
    query.limit = Some(2);
    let spanish = amparo.find_help(&query).expect("SF");
    assert_eq!(spanish.organizations.len(), 2);
    assert!(
        spanish
            .organizations
            .iter()
            .all(|o| o.languages.iter().any(|l| l == "es"))
    );

    query.speaks = None;
    query.limit = None;
    query.services = vec![Service::DeportationDefense];
    let defense = amparo.find_help(&query).expect("SF");
    assert!(!defense.organizations.is_empty());
    assert!(
        defense
            .organizations
            .iter()
            .all(|o| o.services.contains(&Service::DeportationDefense))
    );
}

#[test]
fn low_confidence_organization_phones_only_on_request() {
    let amparo = open(&["en"]);
    let mut query = HelpQuery::new(Place::Zip {
        code: "90012".into(),
    });
    query.limit = Some(100);
    let plain = amparo.find_help(&query).expect("LA");
    let lacba = plain
        .organizations
        .iter()
        .find(|o| o.id == "lacba-iap")
        .expect("listed");
    assert_eq!(lacba.phone, None);
    query.include_low_confidence = true;
    let all = amparo.find_help(&query).expect("LA");
    let lacba = all
        .organizations
        .iter()
        .find(|o| o.id == "lacba-iap")
        .expect("listed");
    let phone = lacba.phone.as_ref().expect("a phone on request");
    assert_eq!(
        (phone.e164.as_str(), phone.display.as_str()),
        ("+12134851873", "(213) 485-1873")
    );
    assert!(!lacba.confirmed);
}

#[test]
fn credits_name_geonames() {
    let info = open(&["en"]).content_info(None);
    assert!(
        info.credits
            .iter()
            .any(|c| c.name.contains("GeoNames") && c.license.contains("CC BY 4.0"))
    );
}

#[test]
fn a_place_prints_as_its_kind_only() {
    let places = [
        (
            Place::Zip {
                code: "90012".into(),
            },
            "Zip(<redacted>)",
            "90012",
        ),
        (
            Place::County {
                name: "Los Angeles".into(),
            },
            "County(<redacted>)",
            "Los Angeles",
        ),
        (
            Place::City {
                name: "Fresno".into(),
            },
            "City(<redacted>)",
            "Fresno",
        ),
        (
            Place::Coordinates {
                latitude: 34.0522,
                longitude: -118.2437,
            },
            "Coordinates(<redacted>)",
            "34.05",
        ),
    ];
    for (place, shown, hidden) in places {
        assert_eq!(format!("{place:?}"), shown);
        let query = format!("{:?}", HelpQuery::new(place));
        assert!(query.contains(shown) && !query.contains(hidden), "{query}");
    }
}
