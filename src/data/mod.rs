//! Observed data: CSV and JSON files read, validated against the plan, kept by key.
//!
//! Every row read is either accepted or rejected with its file, line and reason:
//! `rows_read == accepted + rejected`, always.

mod csv_input;
pub mod csv_reader;
pub mod errors;
mod json_input;
mod json_scan;
pub mod row;
pub mod store;
mod suggest;

pub use errors::{DataCode, DataError};
pub use row::NumberStyle;
pub use store::{Entry, Key, ObsStatus, Series, Store};

use crate::model::Model;
use row::Validator;
use std::path::Path;
use store::{Offer, Origin};

/// Everything loaded from data files.
#[derive(Default, Debug)]
pub struct DataSet {
    /// The files read, in order (an `Origin::file` indexes this).
    pub files: Vec<String>,
    pub rows_read: u64,
    pub accepted: u64,
    pub rejected: u64,
    /// Rejected rows, and problems with whole files (unknown columns, unreadable files).
    pub errors: Vec<DataError>,
    /// Problems that lose nothing (a column that is not used): shown, but not failures.
    pub warnings: Vec<DataError>,
    pub store: Store,
    /// Reports received, from submissions files (`agency,report,period,received`).
    pub submissions: Vec<Submission>,
}

/// One report received: which agency sent which report for which period, and when.
#[derive(Clone, Debug, PartialEq)]
pub struct Submission {
    /// Index into `Model::agencies`.
    pub agency: u32,
    /// Index into `Model::reports`.
    pub report: u32,
    pub period: crate::eval::Period,
    pub received: crate::date::Date,
}

/// How to read files.
#[derive(Copy, Clone, Debug, Default)]
pub struct LoadOptions {
    /// Read `9,5` as nine and a half in every file (files may also say so themselves).
    pub decimal_comma: bool,
}

impl DataSet {
    /// Whether any row was rejected or any file had a problem.
    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }

    /// Reads one file, CSV or JSON by its extension (`.json`, else CSV).
    pub fn load_path(&mut self, model: &Model, path: &Path, options: LoadOptions) {
        let name = path.display().to_string();
        let is_json = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("json"));
        let result = std::fs::File::open(path).map(|file| {
            if is_json {
                self.load_json(model, &name, file, options)
            } else {
                self.load_csv(model, &name, file, options)
            }
        });
        if let Err(e) = result {
            self.file_error(
                &name,
                0,
                DataCode::Unreadable,
                format!("cannot read the file: {e}"),
            );
        }
    }

    /// Reads CSV from any reader (a file, a string's bytes).
    pub fn load_csv(
        &mut self,
        model: &Model,
        name: &str,
        reader: impl std::io::Read,
        options: LoadOptions,
    ) {
        let validator = Validator::new(model);
        let file = self.add_file(name);
        csv_input::read(self, &validator, name, file, reader, options);
    }

    /// Reads JSON from any reader, row by row as it streams: an array of row objects, or
    /// `{ "decimal": "comma", "observations": [...] }`.
    pub fn load_json(
        &mut self,
        model: &Model,
        name: &str,
        reader: impl std::io::Read,
        options: LoadOptions,
    ) {
        let validator = Validator::new(model);
        let file = self.add_file(name);
        json_input::read(self, &validator, name, file, reader, options);
    }

    /// Reads JSON text (see [`DataSet::load_json`]).
    pub fn load_json_str(&mut self, model: &Model, name: &str, text: &str, options: LoadOptions) {
        self.load_json(model, name, text.as_bytes(), options);
    }

    fn add_file(&mut self, name: &str) -> u16 {
        self.files.push(name.to_string());
        (self.files.len() - 1).min(u16::MAX as usize) as u16
    }

    fn file_warning(&mut self, file: &str, line: u64, code: DataCode, message: String) {
        self.warnings.push(DataError {
            file: file.to_string(),
            line,
            code,
            message,
        });
    }

    fn file_error(&mut self, file: &str, line: u64, code: DataCode, message: String) {
        self.errors.push(DataError {
            file: file.to_string(),
            line,
            code,
            message,
        });
    }

    /// Counts one row and stores it, or records why not.
    fn take(&mut self, model: &Model, name: &str, result: Result<(Key, Entry), DataError>) {
        self.rows_read += 1;
        let (key, entry) = match result {
            Ok(row) => row,
            Err(e) => {
                self.rejected += 1;
                self.errors.push(e);
                return;
            }
        };
        match self.store.offer(key, entry) {
            Offer::Inserted | Offer::Duplicate | Offer::Revised | Offer::Outdated => {
                self.accepted += 1
            }
            Offer::Conflict(conflict) => {
                let store::Conflict {
                    key,
                    new: entry,
                    first,
                } = *conflict;
                self.rejected += 1;
                let first_file = self
                    .files
                    .get(first.origin.file as usize)
                    .cloned()
                    .unwrap_or_default();
                let message = format!(
                    "{}: value {} conflicts with {} on line {} of {}; give both rows a `reported_on` date to mark the later one as a revision, or remove one",
                    describe_key(model, &key),
                    crate::model::fmt_num(entry.value),
                    crate::model::fmt_num(first.value),
                    first.origin.line,
                    first_file
                );
                self.errors.push(DataError {
                    file: name.to_string(),
                    line: entry.origin.line,
                    code: DataCode::Conflict,
                    message,
                });
            }
        }
    }
}

/// "indicator 3, area son_la, period 2023 (sex = female)".
pub fn describe_key(model: &Model, key: &Key) -> String {
    let series = match key.series {
        Series::Measure(i) => model
            .measures
            .get_index(i as usize)
            .map(|(k, _)| format!("indicator {k}")),
        Series::Element(i) => model
            .elements
            .get_index(i as usize)
            .map(|(k, _)| format!("element {k}")),
    }
    .unwrap_or_default();
    let area = model
        .areas
        .get_index(key.area as usize)
        .map_or("?", |(k, _)| k.as_str());
    let mut text = format!("{series}, area {area}, period {}", key.period);
    if !key.disaggregation.is_empty() {
        let parts: Vec<String> = key
            .disaggregation
            .iter()
            .filter_map(|&(d, v)| {
                let dim = model.dimensions.get_index(d as usize)?.1;
                Some(format!(
                    "{} = {}",
                    dim.id,
                    dim.values.get_index(v as usize)?.0
                ))
            })
            .collect();
        text.push_str(&format!(" ({})", parts.join(", ")));
    }
    text
}

impl Origin {
    pub fn new(file: u16, line: u64) -> Origin {
        Origin { file, line }
    }
}
