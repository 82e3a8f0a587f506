//! Local depth and other states, on the real content: county and city
//! policies, detention facilities, Connecticut end to end, every other
//! state's ZIPs, and legal help in the place's own county.

use std::collections::BTreeMap;

use amparo_acceptance::{open, repo_root};
use amparo_core::model::{
    CooperationEffect, FacilityStatus, Jurisdiction, PolicyCategory, PolicyStatus,
};
use amparo_core::{Amparo, AmparoError, Coverage, HelpAnswer, HelpQuery, NearbyReason, Place};

fn find(amparo: &Amparo, place: Place) -> HelpAnswer {
    amparo
        .find_help(&HelpQuery::new(place))
        .expect("the place answers")
}

fn zip(code: &str) -> Place {
    Place::Zip { code: code.into() }
}

fn county(name: &str) -> Place {
    Place::County { name: name.into() }
}

/// Rows of one of the content's CSV files, by column name.
fn csv_rows(path: &str) -> Vec<BTreeMap<String, String>> {
    let mut reader = csv::Reader::from_path(repo_root().join(path)).expect(path);
    reader
        .deserialize::<BTreeMap<String, String>>()
        .map(|row| row.expect("a row"))
        .collect()
}

/// Words that would mean California law or content reached another state.
const CALIFORNIA_WORDS: &[&str] = &[
    "California",
    "SB 54",
    "AB 60",
    "TRUTH Act",
    "Gov. Code",
    "\"CA\"",
    "us-ca",
];

/// `word` in `text` as a whole word ("SB 54", not the "SB 54" in "E2SSB 5497").
fn has_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[test]
fn the_word_check_finds_whole_words_only() {
    assert!(has_word("under SB 54, jails", "SB 54"));
    assert!(!has_word("E2SSB 5497", "SB 54"));
    assert!(has_word("{\"state\":\"CA\"}", "\"CA\""));
}

#[test]
fn santa_clara_county_holds_no_one_unless_ice_pays_since_2011() {
    let answer = find(&open(&["en"]), county("Santa Clara"));
    let policy = answer.policy.expect("a policy");
    let local = policy
        .local
        .iter()
        .find(|p| p.county_fips == "06085" && p.kind == Jurisdiction::County)
        .expect("the county's own policy");
    assert_eq!(local.category, PolicyCategory::LimitsBeyondStateLaw);
    assert_eq!(local.status, Some(PolicyStatus::InForce));
    assert!(
        local.summary.contains("only if ICE pays"),
        "{}",
        local.summary
    );
    assert!(local.summary.contains("October 2011"), "{}", local.summary);
    // "As of <date>, <who> reported: …", with the reminder beside it.
    let as_of = local.as_of.as_deref().expect("dated");
    assert!(
        local.text.starts_with(&format!("As of {as_of}, ")),
        "{}",
        local.text
    );
    assert_eq!(local.reminder, "Local policies do not bind federal agents.");
    assert!(!local.source_refs.is_empty());
    for &i in &local.source_refs {
        let source = &answer.sources[i as usize];
        assert!(source.reference().starts_with("http"), "{source:?}");
    }
}

#[test]
fn orange_countys_sheriff_publishes_release_dates() {
    let answer = find(&open(&["en"]), county("Orange"));
    let local = &answer.policy.expect("a policy").local;
    let orange = local
        .iter()
        .find(|p| p.county_fips == "06059" && p.kind == Jurisdiction::County)
        .expect("Orange County's policy");
    assert_eq!(orange.category, PolicyCategory::PublishesReleaseDates);
    assert!(
        orange.summary.contains("release date"),
        "{}",
        orange.summary
    );
}

#[test]
fn zip_90012_gives_the_county_and_the_city_of_los_angeles_with_its_lawsuit() {
    let answer = find(&open(&["en"]), zip("90012"));
    let region = answer.region.as_ref().expect("a county");
    assert_eq!(
        (region.county_fips.as_str(), region.city.as_deref()),
        ("06037", Some("Los Angeles"))
    );
    let local = &answer.policy.as_ref().expect("a policy").local;
    let kinds: Vec<(Jurisdiction, &str)> = local
        .iter()
        .map(|p| (p.kind, p.jurisdiction.as_str()))
        .collect();
    assert_eq!(
        kinds,
        [
            (Jurisdiction::County, "Los Angeles County"),
            (Jurisdiction::City, "Los Angeles")
        ]
    );
    let city = &local[1];
    assert_eq!(city.status, Some(PolicyStatus::Challenged));
    assert!(
        city.summary.contains("Justice Department sued the city"),
        "{}",
        city.summary
    );
}

#[test]
fn the_california_table_has_every_county_once_and_says_when_nothing_was_found() {
    let amparo = open(&["en"]);
    let table = amparo.local_policies("CA", false).expect("CA");
    let counties = csv_rows("content/states/ca/geo/counties.csv");
    let fips: Vec<&str> = table
        .counties
        .iter()
        .map(|r| r.county_fips.as_str())
        .collect();
    let expected: Vec<&str> = counties.iter().map(|c| c["fips"].as_str()).collect();
    assert_eq!(fips, expected);
    assert_eq!(table.counties.len(), 58);
    for row in &table.counties {
        if row.category == PolicyCategory::NoLocalPolicyFound {
            assert!(row.county_policy.id.is_none() || row.county_policy.confidence.is_some());
            if row.county_policy.id.is_none() {
                assert_eq!(
                    row.county_policy.text,
                    "The research found no local policy here beyond state law.",
                    "{}",
                    row.county_full
                );
            }
        } else {
            assert!(row.county_policy.id.is_some(), "{}", row.county_full);
            assert!(row.county_policy.as_of.is_some(), "{}", row.county_full);
        }
        assert_eq!(row.category, row.county_policy.category);
    }
    // Low-confidence records only on request, and then marked.
    let all = amparo.local_policies("CA", true).expect("CA");
    let marked = |t: &amparo_core::PolicyTable| {
        t.counties
            .iter()
            .flat_map(|r| std::iter::once(&r.county_policy).chain(&r.city_policies))
            .filter(|p| p.low_confidence_note.is_some())
            .count()
    };
    assert_eq!(marked(&table), 0);
    assert!(marked(&all) > 0);
    // What is left out is said: Kings County's ACLU report and Hanford's
    // resolution are low confidence, so the row says two are hidden.
    let kings = |t: &amparo_core::PolicyTable| {
        t.counties
            .iter()
            .find(|r| r.county_fips == "06031")
            .cloned()
            .expect("Kings")
    };
    let hidden = kings(&table);
    assert_eq!(hidden.category, PolicyCategory::NoLocalPolicyFound);
    assert_eq!(hidden.hidden_low_confidence, 2);
    assert_eq!(
        hidden.hidden_note.as_deref(),
        Some("Low-confidence reports left out here: 2.")
    );
    let shown = kings(&all);
    assert_eq!(shown.category, PolicyCategory::HelpsIceWithinStateLaw);
    assert!(shown.county_policy.low_confidence_note.is_some());
    assert_eq!(shown.city_policies.len(), 1);
    assert_eq!((shown.hidden_low_confidence, shown.hidden_note), (0, None));
    for row in &table.counties {
        assert_eq!(row.hidden_note.is_some(), row.hidden_low_confidence > 0);
    }
    assert_eq!(
        amparo.local_policies("Atlantis", false),
        Err(AmparoError::UnknownState)
    );
}

#[test]
fn detention_lists_every_california_facility_with_its_county_and_sources() {
    let amparo = open(&["en"]);
    let answer = amparo.detention_facilities("CA", None).expect("CA");
    let pack = amparo_core::pack::decode(&amparo_content::default_pack()).expect("pack");
    let in_california: Vec<&str> = pack
        .catalog
        .facilities
        .iter()
        .filter(|f| f.county.starts_with("06"))
        .map(|f| f.id.as_str())
        .collect();
    assert_eq!(in_california.len(), 15);
    assert_eq!(answer.facilities.len(), in_california.len());
    for f in &answer.facilities {
        assert!(in_california.contains(&f.id.as_str()), "{}", f.id);
        assert!(
            f.county_fips.starts_with("06") && f.county.ends_with("County"),
            "{}",
            f.id
        );
        assert!(!f.sources.is_empty(), "{}", f.id);
    }
    // Operating first, then uncertain, then closed.
    let ranks: Vec<u8> = answer
        .facilities
        .iter()
        .map(|f| match f.status {
            FacilityStatus::Operating => 0,
            FacilityStatus::Uncertain => 1,
            FacilityStatus::Closed => 2,
        })
        .collect();
    assert!(ranks.windows(2).all(|w| w[0] <= w[1]), "{ranks:?}");
    let adelanto = answer
        .facilities
        .iter()
        .find(|f| f.id == "adelanto")
        .expect("Adelanto");
    assert_eq!(adelanto.county_fips, "06071");
    assert_eq!(
        answer.locator_url.as_deref(),
        Some("https://locator.ice.gov")
    );
    assert!(
        answer
            .info_lines
            .iter()
            .any(|l| l.id == "ice-detention-line")
    );
    // Nearest first from a point in Bakersfield: Mesa Verde is in the city.
    let near = amparo
        .detention_facilities("CA", Some((35.3733, -119.0187)))
        .expect("near");
    assert_eq!(near.facilities[0].id, "mesa-verde");
    assert_eq!(
        amparo.detention_facilities("CA", Some((95.0, 0.0))),
        Err(AmparoError::InvalidCoordinates)
    );
}

#[test]
fn every_answer_gives_the_locator_and_only_facilities_that_hold_people_now() {
    let amparo = open(&["en"]);
    for place in [zip("93701"), zip("06511"), zip("10001"), county("Yuba")] {
        let answer = find(&amparo, place.clone());
        assert_eq!(
            answer.detention.locator_url.as_deref(),
            Some("https://locator.ice.gov"),
            "{place:?}"
        );
        assert!(
            answer
                .detention
                .notice
                .starts_with("People are moved often")
        );
        assert!(
            answer
                .detention
                .facilities
                .iter()
                .all(|f| f.status == FacilityStatus::Operating),
            "{place:?}"
        );
    }
    let fresno = find(&amparo, zip("93701"));
    let distances: Vec<f64> = fresno
        .detention
        .facilities
        .iter()
        .filter_map(|f| f.distance_km)
        .collect();
    assert_eq!(distances.len(), 3);
    assert!(distances.windows(2).all(|w| w[0] <= w[1]), "{distances:?}");
}

#[test]
fn new_haven_answers_with_connecticut_content_and_no_california_law() {
    let amparo = open(&["en"]);
    let answer = find(&amparo, zip("06511"));
    assert_eq!(answer.coverage, Coverage::Covered);
    let region = answer.region.as_ref().expect("a region");
    assert_eq!(region.county_fips, "09170");
    assert_eq!(
        region.county_full,
        "South Central Connecticut Planning Region"
    );
    assert_eq!(region.state, "CT");
    let policy = answer.policy.as_ref().expect("the state's policy");
    assert!(policy.text.starts_with("In Connecticut, the TRUST Act"));
    assert!(policy.laws.iter().any(|l| l.id == "ct-trust-2019-pa19-23"));
    assert!(
        answer
            .hotlines
            .iter()
            .any(|h| h.id == "ct-statewide-legal-services"),
        "the Statewide Legal Services line"
    );
    let json = serde_json::to_string(&answer).expect("json");
    for word in CALIFORNIA_WORDS {
        assert!(!has_word(&json, word), "`{word}` in the New Haven answer");
    }
}

#[test]
fn no_connecticut_zip_reads_california_law() {
    // Every ZIP of the state, not a few picked ones.
    let amparo = open(&["en"]);
    let zips = csv_rows("content/states/ct/geo/zips.csv");
    assert_eq!(zips.len(), 429);
    for row in &zips {
        let answer = find(&amparo, zip(&row["zip"]));
        let region = answer.region.as_ref().expect(&row["zip"]);
        assert_eq!(region.state, "CT", "{}", row["zip"]);
        assert_eq!(region.county_fips, row["county_fips"], "{}", row["zip"]);
        assert!(
            answer
                .organizations
                .iter()
                .all(|o| o.county_fips.starts_with("09")),
            "{}",
            row["zip"]
        );
        let json = serde_json::to_string(&answer).expect("json");
        for word in CALIFORNIA_WORDS {
            assert!(!has_word(&json, word), "`{word}` for ZIP {}", row["zip"]);
        }
    }
}

#[test]
fn a_former_connecticut_county_names_every_region_it_spans() {
    let amparo = open(&["en"]);
    let answer = find(&amparo, county("New Haven County"));
    assert_eq!(
        answer.region.as_ref().expect("a region").county_fips,
        "09170"
    );
    let also: Vec<(&str, NearbyReason)> = answer
        .also_counties
        .iter()
        .map(|c| (c.county_fips.as_str(), c.reason))
        .collect();
    assert_eq!(also, [("09140", NearbyReason::FormerCounty)]);
    assert_eq!(
        answer.also_counties[0].note,
        "The former New Haven County is now partly in Naugatuck Valley Planning Region."
    );
    // Every former county in the data: its first region answers, the others are named.
    let text = std::fs::read_to_string(repo_root().join("content/states/ct/geo/aliases.toml"))
        .expect("aliases");
    let aliases: toml_like::Aliases = toml_like::parse(&text);
    assert_eq!(
        aliases.len(),
        16,
        "8 former counties, with and without `County`"
    );
    for (name, regions) in aliases {
        let answer = find(&amparo, county(&name));
        assert_eq!(
            answer.region.as_ref().expect(&name).county_fips,
            regions[0],
            "{name}"
        );
        let also: Vec<&str> = answer
            .also_counties
            .iter()
            .filter(|c| c.reason == NearbyReason::FormerCounty)
            .map(|c| c.county_fips.as_str())
            .collect();
        assert_eq!(also, regions[1..], "{name}");
    }
}

/// The aliases file is TOML of one shape (`"Name" = ["fips", …]`); reading
/// it by line keeps the test free of a TOML dependency.
mod toml_like {
    pub type Aliases = Vec<(String, Vec<String>)>;

    pub fn parse(text: &str) -> Aliases {
        text.lines()
            .filter(|l| l.starts_with('"'))
            .filter_map(|l| {
                let (name, list) = l.split_once(" = ")?;
                let regions = list
                    .trim_matches(|c| c == '[' || c == ']')
                    .split(',')
                    .map(|f| f.trim().trim_matches('"').to_owned())
                    .collect();
                Some((name.trim_matches('"').to_owned(), regions))
            })
            .collect()
    }
}

#[test]
fn a_point_knows_its_covered_state() {
    let amparo = open(&["en"]);
    assert_eq!(amparo.state_at(41.3083, -72.9279), Ok(Some("CT".into())));
    assert_eq!(amparo.state_at(35.3733, -119.0187), Ok(Some("CA".into())));
    // Las Vegas: no state with content.
    assert_eq!(amparo.state_at(36.1699, -115.1398), Ok(None));
    assert_eq!(
        amparo.state_at(95.0, 0.0),
        Err(AmparoError::InvalidCoordinates)
    );
}

#[test]
fn a_point_in_new_haven_answers_for_its_region() {
    let answer = find(
        &open(&["en"]),
        Place::Coordinates {
            latitude: 41.3083,
            longitude: -72.9279,
        },
    );
    let region = answer.region.as_ref().expect("a region");
    assert_eq!(region.county_fips, "09170");
    assert_eq!(region.city.as_deref(), Some("New Haven"));
}

#[test]
fn a_connecticut_user_never_reads_a_california_step_and_the_reverse() {
    let mut amparo = open(&["en"]);
    for (state, own, other) in [("CT", "CT", "CA"), ("CA", "CA", "CT")] {
        amparo.set_state(Some(state)).expect(state);
        assert_eq!(amparo.state().as_deref(), Some(state));
        let mut own_steps = 0;
        for summary in amparo.topics() {
            let topic = amparo.topic(&summary.id).expect("topic");
            for step in &topic.steps {
                assert_ne!(
                    step.scope.as_deref(),
                    Some(other),
                    "{}/{}",
                    topic.id,
                    step.id
                );
                if step.scope.as_deref() == Some(own) {
                    own_steps += 1;
                }
            }
        }
        assert!(own_steps > 0, "{state} has its own steps");
        for law in amparo.laws() {
            assert_eq!(law.state, own, "{}", law.id);
        }
    }
    // Federal rights are everyone's: the door and silence have no state.
    amparo.set_state(Some("CT")).expect("CT");
    let at_home = amparo.topic("at-home").expect("at-home");
    assert!(at_home.steps.iter().all(|s| s.scope.is_none()));
    // With no state chosen, a state's steps say where they apply.
    amparo.set_state(None).expect("none");
    let in_jail = amparo.topic("in-jail").expect("in-jail");
    for step in in_jail.steps.iter().filter(|s| s.scope.is_some()) {
        let label = step.scope_label.as_deref().expect("labelled");
        assert!(
            label == "Only in California" || label == "Only in Connecticut",
            "{label}"
        );
    }
    assert_eq!(
        amparo.set_state(Some("Atlantis")),
        Err(AmparoError::UnknownState)
    );
}

#[test]
fn illinois_and_texas_laws_come_from_the_national_table() {
    let amparo = open(&["en"]);
    let illinois = amparo.laws_of_state("IL").expect("IL");
    let trust = illinois
        .iter()
        .find(|l| l.id == "il-trust-act")
        .expect("the Illinois TRUST Act");
    assert!(
        trust.citation.starts_with("5 ILCS 805"),
        "{}",
        trust.citation
    );
    assert_eq!(trust.effect, Some(CooperationEffect::LimitsCooperation));
    let texas = amparo.laws_of_state("tx").expect("TX");
    let sb4 = texas
        .iter()
        .find(|l| l.id == "tx-sb4-2017")
        .expect("Texas SB 4 (2017)");
    assert_eq!(sb4.effect, Some(CooperationEffect::MandatesCooperation));
    assert_eq!(sb4.year.as_deref(), Some("2017"));
    assert!(!sb4.sources.is_empty());
    assert!(
        sb4.sources
            .iter()
            .all(|s| s.citation.is_some() || s.url.is_some())
    );
    assert_eq!(amparo.laws_of_state("ZZ"), Err(AmparoError::UnknownState));
}

#[test]
fn every_other_states_zip_answers_with_its_state_and_nothing_local() {
    let amparo = open(&["en"]);
    let pack = amparo_core::pack::decode(&amparo_content::default_pack()).expect("pack");
    let national: Vec<&str> = pack
        .catalog
        .hotlines
        .iter()
        .filter(|h| h.serves.iter().any(|s| s == "us"))
        .map(|h| h.id.as_str())
        .collect();
    let prefixes = csv_rows("content/us/zip3.csv");
    let mut answered = 0;
    for row in prefixes
        .iter()
        .filter(|r| r["state"] != "CA" && r["state"] != "CT")
    {
        // A ZIP of the prefix that is not one of the exceptions.
        let code = format!("{}01", row["prefix"]);
        let answer = find(&amparo, zip(&code));
        let state = answer.state.as_ref().expect(&code);
        assert_eq!(answer.coverage, Coverage::OtherState, "{code}");
        assert_eq!(state.code, row["state"], "{code}");
        assert!(!state.covered);
        assert!(answer.region.is_none() && answer.policy.is_none(), "{code}");
        assert!(answer.organizations.is_empty() && answer.detention.facilities.is_empty());
        assert_eq!(
            answer.notice.as_deref(),
            Some(
                format!(
                    "Amparo has no local content for {} yet. National lines still work.",
                    state.name
                )
                .as_str()
            )
        );
        assert!(!answer.hotlines.is_empty());
        assert!(
            answer
                .hotlines
                .iter()
                .all(|h| national.contains(&h.id.as_str())),
            "{code}"
        );
        // The state's laws from the national table, and only those.
        let laws: Vec<String> = amparo
            .laws_of_state(&state.code)
            .expect("state")
            .into_iter()
            .map(|l| l.id)
            .collect();
        let shown: Vec<String> = answer.state_laws.iter().map(|l| l.id.clone()).collect();
        assert_eq!(shown, laws, "{code}");
        let json = serde_json::to_string(&answer).expect("json");
        for word in CALIFORNIA_WORDS.iter().chain(&["Connecticut", "us-ct"]) {
            assert!(!has_word(&json, word), "`{word}` for ZIP {code}");
        }
        answered += 1;
    }
    assert!(answered > 800, "{answered}");
}

#[test]
fn zip_10001_is_new_york_with_its_courts_law() {
    let answer = find(&open(&["en"]), zip("10001"));
    let state = answer.state.as_ref().expect("a state");
    assert_eq!(
        (state.code.as_str(), state.name.as_str()),
        ("NY", "New York")
    );
    let laws: Vec<&str> = answer.state_laws.iter().map(|l| l.id.as_str()).collect();
    assert_eq!(laws, ["ny-protect-our-courts-act"]);
}

#[test]
fn a_zip_the_exceptions_move_to_another_state_says_so() {
    // 06390 (Fishers Island) has a Connecticut prefix but is in New York.
    let answer = find(&open(&["en"]), zip("06390"));
    assert_eq!(answer.state.as_ref().map(|s| s.code.as_str()), Some("NY"));
    assert!(answer.region.is_none());
    // A Connecticut-prefix ZIP that is in no list is unknown, never a guess.
    assert_eq!(
        open(&["en"]).find_help(&HelpQuery::new(zip("06999"))),
        Err(AmparoError::UnknownZip)
    );
}

#[test]
fn fresno_help_is_in_fresno_county_with_phones() {
    let answer = find(&open(&["en"]), zip("93701"));
    assert_eq!(answer.organizations.len(), 5);
    for o in &answer.organizations {
        assert_eq!(o.county_fips, "06019", "{}", o.id);
        assert!(o.phone.is_some(), "{}", o.id);
        assert!(o.distance_km < 20.0, "{}: {} km", o.id, o.distance_km);
    }
}

#[test]
fn every_countys_legal_help_is_in_its_own_state() {
    let amparo = open(&["en"]);
    let pack = amparo_core::pack::decode(&amparo_content::default_pack()).expect("pack");
    for c in &pack.catalog.geography.counties {
        let mut query = HelpQuery::new(Place::County {
            name: c.name_full.clone(),
        });
        query.limit = Some(20);
        let answer = amparo.find_help(&query).expect(&c.name);
        let state_prefix = &c.fips[..2];
        for o in &answer.organizations {
            assert!(
                o.county_fips.starts_with(state_prefix),
                "{}: {}",
                c.name,
                o.id
            );
        }
    }
}
