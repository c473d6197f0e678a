//! Any bytes as a plan file to format: see `planlang::properties::formatted`.
#![no_main]

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    let _ = planlang::properties::formatted("fuzz.plan", bytes);
});
