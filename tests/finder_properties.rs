//! Whatever a phone sends, `find_help` answers or returns a typed error;
//! it never panics.

use amparo_acceptance::open;
use amparo_core::{Amparo, AmparoError, Coverage, HelpAnswer, HelpQuery, Place};
use proptest::prelude::*;
use std::sync::OnceLock;

fn amparo() -> &'static Amparo {
    static AMPARO: OnceLock<Amparo> = OnceLock::new();
    AMPARO.get_or_init(|| open(&["en"]))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn any_pair_of_floats(latitude in prop::num::f64::ANY, longitude in prop::num::f64::ANY) {
        let result = amparo().find_help(&HelpQuery::new(Place::Coordinates { latitude, longitude }));
        let valid = latitude.is_finite() && longitude.is_finite() && latitude.abs() <= 90.0 && longitude.abs() <= 180.0;
        prop_assert_eq!(result.is_ok(), valid);
    }

    #[test]
    fn any_point_in_and_around_california(latitude in 31.0f64..43.0, longitude in -126.0f64..-113.0) {
        let answer = amparo().find_help(&HelpQuery::new(Place::Coordinates { latitude, longitude }));
        let answer = answer.map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert!(!answer.hotlines.is_empty());
        prop_assert_eq!(answer.region.is_some(), answer.policy.is_some());
    }

    #[test]
    fn any_string_as_a_zip(text in ".*") {
        let result = amparo().find_help(&HelpQuery::new(Place::Zip { code: text.clone() }));
        prop_assert!(zip_outcome_is_typed(&text, &result), "{text:?}: {result:?}");
    }

    #[test]
    fn any_digits_as_a_zip(text in "[0-9]{0,6}(-[0-9]{0,5})?") {
        let result = amparo().find_help(&HelpQuery::new(Place::Zip { code: text.clone() }));
        prop_assert!(zip_outcome_is_typed(&text, &result), "{text:?}: {result:?}");
    }

    #[test]
    fn any_string_as_a_county_or_city(text in ".*") {
        let county = amparo().find_help(&HelpQuery::new(Place::County { name: text.clone() }));
        prop_assert!(matches!(county, Ok(ref a) if a.region.is_some()) || county == Err(AmparoError::UnknownCounty));
        let city = amparo().find_help(&HelpQuery::new(Place::City { name: text }));
        prop_assert!(matches!(city, Ok(ref a) if a.region.is_some()) || city == Err(AmparoError::UnknownCity));
    }
}

/// A ZIP answers with a county or a state, or says it is malformed or unknown:
/// well-formed input (5 digits, optionally -4 digits) is never "invalid".
fn zip_outcome_is_typed(text: &str, result: &Result<HelpAnswer, AmparoError>) -> bool {
    let trimmed = text.trim();
    let (five, four) = trimmed.split_once('-').unwrap_or((trimmed, "0000"));
    let well_formed = [(five, 5), (four, 4)]
        .iter()
        .all(|(part, len)| part.len() == *len && part.bytes().all(|b| b.is_ascii_digit()));
    match result {
        // A ZIP in a covered state has its county; one elsewhere its state,
        // with no county and no local content.
        Ok(answer) => {
            well_formed
                && match answer.coverage {
                    Coverage::Covered => answer.region.is_some(),
                    Coverage::OtherState => {
                        answer.region.is_none()
                            && answer.policy.is_none()
                            && answer.state.as_ref().is_some_and(|s| !s.covered)
                    }
                    Coverage::Outside => false,
                }
        }
        Err(AmparoError::UnknownZip) => well_formed,
        Err(AmparoError::InvalidZip) => !well_formed,
        Err(_) => false,
    }
}
