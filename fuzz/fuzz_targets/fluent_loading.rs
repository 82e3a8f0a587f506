//! Arbitrary text as a locale's messages through the run time's loader
//! (`amparo_acceptance::fuzzing::fluent_loading`).
#![no_main]

libfuzzer_sys::fuzz_target!(|text: &[u8]| {
    amparo_acceptance::fuzzing::fluent_loading(text);
});
