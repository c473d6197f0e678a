//! The words of the evaluation's reports, kept together: what each status means, what the
//! marks and columns mean, the headings. Issue 13 moves every word a person reads into a
//! catalogue with Vietnamese beside it; until then a report's words are found here and
//! nowhere else, so that move touches one file. Status ids (`on_track`) stay as they are:
//! they are the JSON's, the CSV's and the query language's identifiers.

use crate::eval::method::{NEEDS_ACCELERATION, ON_TRACK};
use crate::eval::Status;
use crate::i18n::Lang;

/// A status in words, for a reader rather than a program: `on track`, not `on_track` (the
/// catalogue's, [`crate::i18n`]).
pub fn status_label(lang: Lang, status: Status) -> String {
    crate::i18n::status_label(lang, status)
}

/// What a status means, in one line: the legend of a report, and what the REPL's help says
/// of it (the catalogue's, with the growth ratio's thresholds).
pub fn status_meaning(lang: Lang, status: Status) -> String {
    crate::i18n::status_meaning(lang, status)
}

/// `- on track: moving towards ...`: one legend line of a status.
pub fn status_legend_line(status: Status) -> String {
    format!(
        "{}: {}",
        status_label(Lang::En, status),
        status_meaning(Lang::En, status)
    )
}

/// What the mark after a target (`>= 100*`) means.
pub fn strive() -> String {
    Lang::En.text("mark-strive")
}

/// What the table's numbers mean, one line each: the ones the Markdown report leaves out
/// (the ratio) and the ones a reader could take for something else (expected, projected).
pub fn table_legend() -> [String; 4] {
    [
        "expected: the value on the straight path from the baseline to the target, at the latest value's period".into(),
        "projected: the value the trend so far comes to by the target's year, kept within the unit's range".into(),
        "ratio: the pace so far over the pace needed to reach the target in time (Open SDG's growth ratio):".into(),
        format!(
            "  {ON_TRACK} or more on track; {NEEDS_ACCELERATION} to {ON_TRACK} needs acceleration; \
             0 to {NEEDS_ACCELERATION} limited progress; below 0 regressing"
        ),
    ]
}

/// The Markdown report's legend of its value columns.
pub const REPORT_COLUMNS_LEGEND: &str = "Expected by now: the value on the straight path from the baseline to the target, at the latest value's period. \
     Projected: the value the trend so far comes to by the target's year, kept within the unit's range.";

/// The headings of the Markdown report's indicator tables.
pub const REPORT_HEADER: [&str; 11] = [
    "indicator",
    "title",
    "unit",
    "lead",
    "target",
    "status",
    "baseline",
    "latest",
    "expected by now",
    "projected",
    "note",
];

/// The Markdown report's table of statuses, and its last row's label.
pub const SUMMARY_HEADER: [&str; 2] = ["status", "targets"];
/// The label of the row that counts every target.
pub const ALL_TARGETS: &str = "all";
/// The Markdown report's table of reports received per agency.
pub const REPORTING_HEADER: [&str; 6] = ["agency", "received", "owed", "rate", "late", "missing"];
/// The Markdown report's table of tasks done per agency.
pub const TASKS_HEADER: [&str; 6] = ["agency", "done", "owed", "rate", "late", "overdue"];

/// `3 of 4 reports received (75.0%).`
pub fn reports_received(received: usize, owed: usize, percent: f64) -> String {
    format!("{received} of {owed} reports received ({percent:.1}%).")
}

/// `5 of 16 owed done (31.2%); 0 upcoming.`
pub fn tasks_done(done: usize, owed: usize, percent: f64, upcoming: usize) -> String {
    format!("{done} of {owed} owed done ({percent:.1}%); {upcoming} upcoming.")
}

/// `2 errors, 0 warnings; the first 5.`
pub fn data_problems(errors: usize, warnings: usize, listed: Option<usize>) -> String {
    let first = listed.map_or(String::new(), |n| format!("; the first {n}"));
    format!(
        "{}, {}{first}.",
        count(errors, "error", "errors"),
        count(warnings, "warning", "warnings")
    )
}

/// `Objective a: Mục tiêu 1 (in chung)`: the heading of an objective's targets, `within`
/// the ids of the objectives it is nested in, innermost first.
pub fn objective_heading(id: &str, title: &str, within: &[&str]) -> String {
    if within.is_empty() {
        format!("Objective {id}: {title}")
    } else {
        format!("Objective {id}: {title} (in {})", within.join(" in "))
    }
}

/// `Lead: Sở Y tế`: the heading of an agency's targets.
pub fn lead_heading(agency: &str) -> String {
    format!("Lead: {agency}")
}

/// Headings and short phrases of the reports.
pub mod heading {
    /// The summary of statuses.
    pub const SUMMARY: &str = "Summary";
    /// The statuses' legend.
    pub const STATUSES: &str = "What the statuses mean";
    /// Reporting compliance.
    pub const REPORTING: &str = "Reports received, by agency";
    /// Task compliance.
    pub const TASKS: &str = "Tasks owed, by agency";
    /// The data's problems.
    pub const DATA_PROBLEMS: &str = "Data problems";
    /// A group of targets under no objective.
    pub const NO_OBJECTIVE: &str = "No objective";
    /// A group of targets led by nobody.
    pub const NO_LEAD: &str = "No lead";
}

/// `as of 2025-06-30, Tỉnh Sơn La`.
pub fn as_of_area(as_of: crate::date::Date, area: &str) -> String {
    format!("as of {as_of}, {area}")
}

/// "1 error", "2 errors".
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
