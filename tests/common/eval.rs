//! What the tests of evaluation share, in the data and language test binaries: data loaded
//! clean, and the reporting of an evaluation as lines of text.

use planlang::data::{DataSet, LoadOptions};
use planlang::eval::Evaluation;
use planlang::Model;

/// CSV data rows as `data.csv`, then, unless it is empty, a submissions file as
/// `submissions.csv`: every row counted and none rejected.
pub fn load_clean(model: &Model, rows: &str, submissions: &str) -> DataSet {
    let mut set = DataSet::default();
    set.load_csv(model, "data.csv", rows.as_bytes(), LoadOptions::default());
    if !submissions.is_empty() {
        set.load_csv(
            model,
            "submissions.csv",
            submissions.as_bytes(),
            LoadOptions::default(),
        );
    }
    assert!(set.errors.is_empty(), "{:#?}", set.errors);
    assert_eq!(set.rows_read, set.accepted + set.rejected);
    set
}

/// (agency, report, period, due, received, status, days late) as text, in evaluation order.
pub fn reporting(e: &Evaluation) -> Vec<String> {
    e.reporting
        .iter()
        .map(|r| {
            format!(
                "{} {} {} due {} received {} {} {}",
                r.agency,
                r.report,
                r.period,
                r.due,
                r.received.map_or("-".to_string(), |d| d.to_string()),
                r.status.as_str(),
                r.days_late
            )
        })
        .collect()
}
