//! Any bytes as a query on the Sơn La plan and its sample data: see
//! `planlang::properties::query_text`.
#![no_main]

#[path = "../../tests/queries/son_la_sample.rs"]
mod son_la_sample;

use son_la_sample::Loaded;
use std::sync::OnceLock;

fn loaded() -> &'static Loaded {
    static LOADED: OnceLock<Loaded> = OnceLock::new();
    LOADED.get_or_init(|| {
        son_la_sample::load(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(".."))
    })
}

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    let l = loaded();
    planlang::properties::query_text(&l.plan.model, &l.facts, bytes);
});
