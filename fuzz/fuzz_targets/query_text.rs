//! Any bytes as a query on the Sơn La plan and its sample data: see
//! `planlang::properties::query_text`.
#![no_main]

use planlang::query::Facts;
use std::sync::OnceLock;

struct Loaded {
    plan: planlang::Checked,
    facts: Facts,
}

fn loaded() -> &'static Loaded {
    static LOADED: OnceLock<Loaded> = OnceLock::new();
    LOADED.get_or_init(|| {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let plan = planlang::load_path(root.join("plans/son-la-children-2021-2030.plan"))
            .expect("the Sơn La plan");
        let mut data = planlang::data::DataSet::default();
        for f in [
            "plans/data/son-la-sample.csv",
            "plans/data/son-la-submissions.csv",
        ] {
            data.load_path(&plan.model, &root.join(f), Default::default());
        }
        let as_of = planlang::date::Date::parse("2025-06-30").expect("a date");
        let facts = Facts::new(&plan.model, &data, as_of);
        Loaded { plan, facts }
    })
}

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    let l = loaded();
    planlang::properties::query_text(&l.plan.model, &l.facts, bytes);
});
