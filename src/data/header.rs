//! What a table's header says it holds: observations (`indicator,area,period,value`...) or
//! reports received (`agency,report,period,received`), and which column is which. Shared by
//! every tabular file kind (CSV, spreadsheets).
//!
//! A header that could be read two ways is refused rather than guessed: a column named twice
//! (which one holds the value?), or observation columns beside submission columns (which
//! kind of row is it?).

use super::row::{nfc, Columns, Validator, KNOWN_COLUMNS};
use crate::diagnostic::{BadHeader, DataProblem, MissingColumn, UnknownColumn};
use std::borrow::Cow;

/// The columns of a submissions file, in the order they are read.
pub const SUBMISSION_COLUMNS: [&str; 4] = ["agency", "report", "period", "received"];

/// Columns that only a submissions file has.
const SUBMISSION_ONLY: [&str; 3] = ["agency", "report", "received"];

/// The columns of a file of completion records, in the order they are read (`note` may be
/// left out).
pub const COMPLETION_COLUMNS: [&str; 5] = ["task", "agency", "period", "done_on", "note"];

/// Columns that only a file of completion records has.
const COMPLETION_ONLY: [&str; 2] = ["task", "done_on"];

/// Which column holds each field of a completion record (indexes into a record).
#[derive(Clone, Debug, Default)]
pub struct CompletionColumns {
    /// `task`: the task or project done.
    pub task: usize,
    /// `agency`: the lead agency that did it.
    pub agency: usize,
    /// `period`: the period of its recurrence it was done for (empty for a duty due once).
    pub period: usize,
    /// `done_on`: the day it was done.
    pub done_on: usize,
    /// `note`: a remark (optional).
    pub note: Option<usize>,
}

/// Which column holds each field of a submission (indexes into a record).
#[derive(Clone, Debug, Default)]
pub struct SubmissionColumns {
    /// `agency`: the agency that sent the report.
    pub agency: usize,
    /// `report`: the id of the plan's report that was sent.
    pub report: usize,
    /// `period`: the period the report covers.
    pub period: usize,
    /// `received`: the day it was received.
    pub received: usize,
}

/// A header understood.
#[derive(Debug)]
pub enum Header {
    /// Rows of values (`indicator,area,period,value`...), with the columns found.
    Observations(Columns),
    /// Rows of reports received (`agency,report,period,received`).
    Submissions(SubmissionColumns),
    /// Rows of tasks done (`task,agency,period,done_on,note`).
    Completions(CompletionColumns),
}

/// A header read: what it holds, and the columns it names that nothing reads (each with its
/// position, and its name, empty for a column without one).
#[derive(Debug)]
pub struct Read {
    /// What kind of rows follow, and which column holds which field.
    pub header: Header,
    /// The columns nothing reads: position and name (empty for a column without one).
    pub ignored: Vec<(usize, String)>,
    /// Every column's name as read (trimmed, in NFC), empty for a column without one.
    pub names: Vec<String>,
}

/// Why a header cannot be read (a [`MissingColumn`] or a [`BadHeader`]): the file is
/// unusable.
pub type Refusal = DataProblem;

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
    let completion_only: Vec<&str> = names
        .iter()
        .map(|n| n.as_ref())
        .filter(|n| COMPLETION_ONLY.contains(n) && !is_dimension(n))
        .collect();
    if !completion_only.is_empty() {
        let others: Vec<&str> = names
            .iter()
            .map(|n| n.as_ref())
            .filter(|n| {
                let observation = KNOWN_COLUMNS.contains(n) && *n != "period";
                (observation || SUBMISSION_ONLY.contains(n) || is_dimension(n))
                    && !COMPLETION_COLUMNS.contains(n)
            })
            .collect();
        if !others.is_empty() {
            return Err(DataProblem::BadHeader(BadHeader::MixedCompletions {
                completions: owned(&completion_only),
                others: owned(&others),
            }));
        }
        return completions(&names);
    }
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
        return Err(DataProblem::BadHeader(BadHeader::Mixed {
            observations: owned(&observation_only),
            submissions: owned(&submission_only),
        }));
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
            return Err(DataProblem::BadHeader(BadHeader::NamedTwice {
                name: name.to_string(),
                first: first + 1,
                second: i + 1,
            }));
        }
    }
    Ok(())
}

fn observations(validator: &Validator<'_>, names: &[Cow<'_, str>]) -> Result<Read, Refusal> {
    let (columns, ignored) = validator.columns(names.iter().map(|n| n.as_ref()));
    let missing = validator.missing_columns(&columns);
    if !missing.is_empty() {
        return Err(DataProblem::MissingColumn(MissingColumn::Observations {
            missing,
            numbers: holds_numbers(names),
        }));
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
        return Err(DataProblem::MissingColumn(MissingColumn::Submissions {
            missing,
        }));
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

fn completions(names: &[Cow<'_, str>]) -> Result<Read, Refusal> {
    let at = |want: &str| names.iter().position(|n| n == want);
    let missing: Vec<&str> = COMPLETION_COLUMNS[..4]
        .iter()
        .copied()
        .filter(|c| at(c).is_none())
        .collect();
    if !missing.is_empty() {
        return Err(DataProblem::MissingColumn(MissingColumn::Completions {
            missing,
        }));
    }
    let columns = CompletionColumns {
        task: at("task").unwrap_or_default(),
        agency: at("agency").unwrap_or_default(),
        period: at("period").unwrap_or_default(),
        done_on: at("done_on").unwrap_or_default(),
        note: at("note"),
    };
    let ignored = names
        .iter()
        .enumerate()
        .filter(|(_, n)| !COMPLETION_COLUMNS.contains(&n.as_ref()))
        .map(|(i, n)| (i, n.to_string()))
        .collect();
    Ok(Read {
        header: Header::Completions(columns),
        ignored,
        names: names.iter().map(|n| n.to_string()).collect(),
    })
}

/// Whether a header holds numbers, so that it does not look like a header at all (a file
/// without one, or one whose header is on another line).
fn holds_numbers(names: &[Cow<'_, str>]) -> bool {
    names
        .iter()
        .any(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit() || b == b'.'))
}

fn owned(names: &[&str]) -> Vec<String> {
    names.iter().map(|n| n.to_string()).collect()
}

impl Read {
    /// The warnings for the columns nothing reads: one per named column, one for all the
    /// columns without a name (a spreadsheet often saves a few empty ones at the end).
    pub fn warnings(&self) -> Vec<UnknownColumn> {
        let submissions = matches!(self.header, Header::Submissions(_));
        let completions = matches!(self.header, Header::Completions(_));
        let mut out = Vec::new();
        let mut unnamed = Vec::new();
        for (position, name) in &self.ignored {
            let name = name.clone();
            if name.is_empty() {
                unnamed.push(position + 1);
            } else if submissions {
                out.push(UnknownColumn::NotSubmissionColumn { name });
            } else if completions {
                out.push(UnknownColumn::NotCompletionColumn { name });
            } else {
                out.push(UnknownColumn::Column { name });
            }
        }
        if !unnamed.is_empty() {
            out.push(UnknownColumn::Unnamed { columns: unnamed });
        }
        out
    }
}
