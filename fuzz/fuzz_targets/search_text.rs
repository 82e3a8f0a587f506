//! Arbitrary text and limit as a search of the real content.
//! (`amparo_acceptance::fuzzing::search_text`).
#![no_main]

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    amparo_acceptance::fuzzing::search_text(bytes);
});
