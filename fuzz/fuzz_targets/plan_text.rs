//! Any bytes as a plan file: see `planlang::properties::plan_text`.
#![no_main]

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    // Named inside `plans/`, so that a mutated Sơn La plan still finds its import.
    let _ = planlang::properties::plan_text(
        concat!(env!("CARGO_MANIFEST_DIR"), "/../plans/fuzz.plan"),
        bytes,
    );
});
