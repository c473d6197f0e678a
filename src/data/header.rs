//! What a table's header says it holds: observations (`indicator,area,period,value`...) or
//! reports received (`agency,report,period,received`), and which column is which. Shared by
//! every tabular file kind (CSV, spreadsheets).
//!
//! A header that could be read two ways is refused rather than guessed: a column named twice
//! (which one holds the value?), or observation columns beside submission columns (which
//! kind of row is it?).

use super::errors::DataCode;
use super::row::{nfc, Columns, Validator, KNOWN_COLUMNS};
use std::borrow::Cow;

/// The columns of a submissions file, in the order they are read.
pub const SUBMISSION_COLUMNS: [&str; 4] = ["agency", "report", "period", "received"];

/// Columns that only a submissions file has.
const SUBMISSION_ONLY: [&str; 3] = ["agency", "report", "received"];

/// Which column holds each field of a submission (indexes into a record).
#[derive(Clone, Debug, Default)]
pub struct SubmissionColumns {
    pub agency: usize,
    pub report: usize,
    pub period: usize,
    pub received: usize,
}

/// A header understood.
#[derive(Debug)]
pub enum Header {
    Observations(Columns),
    Submissions(SubmissionColumns),
}

/// A header read: what it holds, and the columns it names that nothing reads (each with its
/// position, and its name, empty for a column without one).
#[derive(Debug)]
pub struct Read {
    pub header: Header,
    pub ignored: Vec<(usize, String)>,
    /// Every column's name as read (trimmed, in NFC), empty for a column without one.
    pub names: Vec<String>,
}

/// Why a header cannot be read: the file is unusable.
pub type Refusal = (DataCode, String);

/// Reads a header's names (trimmed, in NFC, a byte-order mark dropped).
pub fn read(validator: &Validator<'_>, names: &[&str]) -> Result<Read, Refusal> {
    let names: Vec<Cow<'_, str>> = names
        .iter()
        .map(|n| {
            nfc(Cow::Borrowed(
                n.trim().trim_start_matches('\u{feff}').trim(),
            ))
        })
        .collect();
    twice(&names)?;
    let is_dimension = |n: &str| validator.model.dimensions.contains_key(n);
    let submission_only: Vec<&str> = names
        .iter()
        .map(|n| n.as_ref())
        .filter(|n| SUBMISSION_ONLY.contains(n) && !is_dimension(n))
        .collect();
    if submission_only.is_empty() {
        return observations(validator, &names);
    }
    let observation_only: Vec<&str> = names
        .iter()
        .map(|n| n.as_ref())
        .filter(|n| (KNOWN_COLUMNS.contains(n) && *n != "period") || is_dimension(n))
        .collect();
    if !observation_only.is_empty() {
        return Err((
            DataCode::BadHeader,
            format!(
                "the header mixes columns of observations ({}) with columns of reports received ({}); a file holds one kind of row: observations (indicator,area,period,value) or reports received (agency,report,period,received); split it in two",
                quoted(&observation_only),
                quoted(&submission_only)
            ),
        ));
    }
    submissions(&names)
}

/// A column named twice: which one holds the field cannot be told.
fn twice(names: &[Cow<'_, str>]) -> Result<(), Refusal> {
    let mut seen: rustc_hash::FxHashMap<&str, usize> = Default::default();
    for (i, name) in names.iter().enumerate() {
        if name.is_empty() {
            continue;
        }
        if let Some(first) = seen.insert(name.as_ref(), i) {
            return Err((
                DataCode::BadHeader,
                format!(
                    "column `{name}` is named twice (columns {} and {}), so which one to read cannot be told; remove or rename one",
                    first + 1,
                    i + 1
                ),
            ));
        }
    }
    Ok(())
}

fn observations(validator: &Validator<'_>, names: &[Cow<'_, str>]) -> Result<Read, Refusal> {
    let (columns, ignored) = validator.columns(names.iter().map(|n| n.as_ref()));
    let missing = validator.missing_columns(&columns);
    if !missing.is_empty() {
        return Err((
            DataCode::MissingColumn,
            format!(
                "the header lacks the column{} {}, so no row can be read; the header of observations is `indicator,area,period,value` (see the README for the other columns){}",
                if missing.len() > 1 { "s" } else { "" },
                missing.join(", "),
                looks_like(names)
            ),
        ));
    }
    Ok(Read {
        header: Header::Observations(columns),
        ignored,
        names: names.iter().map(|n| n.to_string()).collect(),
    })
}

fn submissions(names: &[Cow<'_, str>]) -> Result<Read, Refusal> {
    let at = |want: &str| names.iter().position(|n| n == want);
    let missing: Vec<&str> = SUBMISSION_COLUMNS
        .iter()
        .copied()
        .filter(|c| at(c).is_none())
        .collect();
    if !missing.is_empty() {
        return Err((
            DataCode::MissingColumn,
            format!(
                "the header of reports received lacks the column{} {}; it is `agency,report,period,received`",
                if missing.len() > 1 { "s" } else { "" },
                quoted(&missing)
            ),
        ));
    }
    let columns = SubmissionColumns {
        agency: at("agency").unwrap_or_default(),
        report: at("report").unwrap_or_default(),
        period: at("period").unwrap_or_default(),
        received: at("received").unwrap_or_default(),
    };
    let ignored = names
        .iter()
        .enumerate()
        .filter(|(_, n)| !SUBMISSION_COLUMNS.contains(&n.as_ref()))
        .map(|(i, n)| (i, n.to_string()))
        .collect();
    Ok(Read {
        header: Header::Submissions(columns),
        ignored,
        names: names.iter().map(|n| n.to_string()).collect(),
    })
}

/// A hint when the first line does not look like a header at all (a file without one, or
/// one whose header is on another line).
fn looks_like(names: &[Cow<'_, str>]) -> &'static str {
    let numeric = names
        .iter()
        .any(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit() || b == b'.'));
    if numeric {
        "; the first line holds numbers, so the file may have no header line: add one"
    } else {
        ""
    }
}

fn quoted(names: &[&str]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    q.join(", ")
}

impl Read {
    /// The warnings for the columns nothing reads: one per named column, one for all the
    /// columns without a name (a spreadsheet often saves a few empty ones at the end).
    pub fn warnings(&self) -> Vec<String> {
        let submissions = matches!(self.header, Header::Submissions(_));
        let mut out = Vec::new();
        let mut unnamed = Vec::new();
        for (position, name) in &self.ignored {
            if name.is_empty() {
                unnamed.push((position + 1).to_string());
            } else if submissions {
                out.push(format!("column `{name}` is not a column of reports received (agency, report, period, received); it is ignored"));
            } else {
                out.push(format!(
                    "column `{name}` is neither a documented column ({}) nor a dimension of the plan; it is ignored",
                    KNOWN_COLUMNS.join(", ")
                ));
            }
        }
        match unnamed.len() {
            0 => {}
            1 => out.push(format!(
                "column {} has no name, so its cells are ignored",
                unnamed[0]
            )),
            _ => out.push(format!(
                "columns {} have no name, so their cells are ignored",
                unnamed.join(", ")
            )),
        }
        out
    }
}
