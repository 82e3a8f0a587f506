//! Arbitrary bytes as a sequence of facade calls on one Amparo.
//! (`amparo_acceptance::fuzzing::facade_calls`).
#![no_main]

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    amparo_acceptance::fuzzing::facade_calls(bytes);
});
