//! What `plan eval` and `plan report` share: the plan read and amended, the data read (their
//! problems said on stderr), the plan evaluated for an area as of a date; and the exit status
//! when rows were rejected.

use super::say::error;
use super::write::errln;
use super::{EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE};
use planlang::data::{DataSet, LoadOptions};
use planlang::eval::evaluate::Evaluation;
use planlang::Model;
use std::path::{Path, PathBuf};

/// What an evaluation was asked of: the files and the options.
pub struct Asked<'a> {
    /// The plan file.
    pub plan: &'a Path,
    /// Its amendments (`--amendment`).
    pub amendments: &'a [PathBuf],
    /// The data files.
    pub data: &'a [PathBuf],
    /// How to read them.
    pub options: LoadOptions,
    /// `--as-of` as given.
    pub as_of: Option<&'a str>,
    /// `--area` as given.
    pub area: Option<&'a str>,
}

/// The plan (as amended), its data and its evaluation.
pub struct Evaluated {
    checked: planlang::Checked,
    amended: Option<Model>,
    /// The data read.
    pub data: DataSet,
    /// The evaluation.
    pub evaluation: Evaluation,
}

impl Evaluated {
    /// The plan evaluated: as amended on the date, when amendments were given.
    pub fn model(&self) -> &Model {
        self.amended.as_ref().unwrap_or(&self.checked.model)
    }
}

/// Reads, amends and evaluates as asked; on a problem that stops it (a date that is not one,
/// a plan with errors, a data file that cannot be used, an unknown area), says why on stderr
/// and gives the exit status.
pub fn evaluate(asked: Asked<'_>) -> Result<Evaluated, u8> {
    let as_of = super::output::as_of(asked.as_of)?;
    let (checked, amendments) = super::amendments::load_amended(asked.plan, asked.amendments)?;
    let amended = (!amendments.is_empty()).then(|| {
        let files: Vec<&Model> = amendments.iter().map(|a| &a.model).collect();
        planlang::amend::for_evaluation(&checked.model, &files, as_of)
    });
    let model = amended.as_ref().unwrap_or(&checked.model);
    let data = super::data::load(model, asked.data, asked.options);
    super::data::report(&data)?;
    let evaluation =
        planlang::eval::evaluate_area(model, &data, as_of, asked.area).map_err(|e| {
            errln!("{}", super::say::error_line(e.words(super::lang::lang())));
            EXIT_USAGE
        })?;
    Ok(Evaluated {
        checked,
        amended,
        data,
        evaluation,
    })
}

/// The exit status once the output is written: 1 when rows were rejected (said on stderr by
/// the message `rejected`, with how to accept what was made of the rows that were read),
/// unless `keep_going`.
pub fn data_status(data: &DataSet, keep_going: bool, rejected: &str) -> u8 {
    if data.has_errors() && !keep_going {
        error!(rejected, "count" => data.errors.len());
        EXIT_PROBLEMS
    } else {
        EXIT_OK
    }
}
