//! The Sơn La plan with its sample data (observations and reports received), as of
//! 2025-06-30: what the query tests ask their questions of. The `query_text` fuzz target
//! reads this file too (`#[path]`), so that both query the same facts.

use planlang::data::DataSet;
use planlang::date::Date;
use planlang::query::Facts;
use planlang::Checked;
use std::path::Path;

pub struct Loaded {
    pub plan: Checked,
    pub facts: Facts,
    /// The rows of the sample data that were rejected (the tests want none).
    #[allow(dead_code)] // the fuzz target does not look at them
    pub data_errors: Vec<planlang::diagnostic::Diagnostic>,
}

/// The plan and its sample data, read from the repository at `root`.
pub fn load(root: &Path) -> Loaded {
    let plan = planlang::load_path(root.join("plans/son-la-children-2021-2030.plan"))
        .expect("the Sơn La plan");
    let mut data = DataSet::default();
    for f in [
        "plans/data/son-la-sample.csv",
        "plans/data/son-la-submissions.csv",
    ] {
        data.load_path(&plan.model, &root.join(f), Default::default());
    }
    let as_of = Date::parse("2025-06-30").expect("a date");
    let facts = Facts::new(&plan.model, &data, as_of);
    Loaded {
        plan,
        facts,
        data_errors: data.errors,
    }
}
