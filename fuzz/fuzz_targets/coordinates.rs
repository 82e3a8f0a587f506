//! Arbitrary bits as a GPS point (NaN, infinities, the poles), on the real content.
//! (`amparo_acceptance::fuzzing::coordinates`).
#![no_main]

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    amparo_acceptance::fuzzing::coordinates(bytes);
});
