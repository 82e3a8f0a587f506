//! Arbitrary bytes as a pack (`amparo_acceptance::fuzzing::pack_bytes`).
#![no_main]

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    amparo_acceptance::fuzzing::pack_bytes(bytes);
});
