//! Any bytes as a json data file for the plan of the agency-file fixtures (areas, a
//! dimension, several units): see `planlang::properties::data`.
#![no_main]

use std::sync::OnceLock;

fn plan() -> &'static planlang::Checked {
    static PLAN: OnceLock<planlang::Checked> = OnceLock::new();
    PLAN.get_or_init(|| {
        planlang::load_path(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../tests/fixtures/agency-files/plan.plan"
        ))
        .expect("the fixtures' plan")
    })
}

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    planlang::properties::data(&plan().model, planlang::data::FileKind::Json, bytes);
});
