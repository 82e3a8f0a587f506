//! Arbitrary text as a list of locale tags, negotiated on the real content.
//! (`amparo_acceptance::fuzzing::locale_tags`).
#![no_main]

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    amparo_acceptance::fuzzing::locale_tags(bytes);
});
