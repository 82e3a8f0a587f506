//! Arbitrary text as a ZIP, a county, a city and a state, on the real content.
//! (`amparo_acceptance::fuzzing::place_names`).
#![no_main]

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    amparo_acceptance::fuzzing::place_names(bytes);
});
