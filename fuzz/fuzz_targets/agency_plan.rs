//! What the data targets share: the plan of the agency-file fixtures (areas, a dimension,
//! several units), read once, and any bytes given to it as one kind of data file (see
//! `planlang::properties::data`).

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

/// `bytes` read as a data file of `kind` for the fixtures' plan.
pub fn data(kind: planlang::data::FileKind, bytes: &[u8]) {
    planlang::properties::data(&plan().model, kind, bytes);
}
