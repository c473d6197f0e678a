//! Observed data: CSV and JSON files read, validated against the plan, kept by key.
//!
//! Every row read is either accepted or rejected with its file, line and reason:
//! `rows_read == accepted + rejected`, always.

mod csv_input;
pub mod csv_reader;
pub mod decode;
pub mod errors;
pub mod header;
mod json_input;
mod json_scan;
pub mod number;
pub mod row;
pub mod store;
mod submission;
mod suggest;

pub use errors::{DataCode, DataError};
pub use number::NumberStyle;
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
    /// For each file of `files`, whether it could not be used: unreadable, empty, without a
    /// required column, in an encoding it was not read in, or not of the documented shape.
    /// Its rows are not to be trusted, whatever was read before the problem was found.
    pub unusable: Vec<bool>,
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

/// The kinds of data file, told apart by their extension.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum FileKind {
    /// `.csv`, `.txt` (Excel's "Unicode Text"), `.tsv`, or any other extension.
    Csv,
    /// `.json`.
    Json,
}

impl FileKind {
    pub fn of(path: &Path) -> FileKind {
        let extension = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match extension.as_deref() {
            Some("json") => FileKind::Json,
            _ => FileKind::Csv,
        }
    }
}

/// How to read files.
#[derive(Copy, Clone, Debug, Default)]
pub struct LoadOptions {
    /// How the files write numbers, for those that do not say it themselves
    /// (`#decimal=comma`): see [`number`].
    pub decimal: NumberStyle,
    /// The encoding of files without a byte-order mark (UTF-8 when `None`): see [`decode`].
    pub encoding: Option<&'static decode::Encoding>,
}

impl DataSet {
    /// Whether any row was rejected or any file had a problem.
    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }

    /// The files that could not be used (see [`DataSet::unusable`]).
    pub fn unusable_files(&self) -> Vec<&str> {
        self.files
            .iter()
            .zip(&self.unusable)
            .filter(|(_, &bad)| bad)
            .map(|(name, _)| name.as_str())
            .collect()
    }

    /// Reads one file, of the kind its extension says ([`FileKind::of`]). A file that
    /// cannot be opened (missing, a folder, no permission) is an unusable file.
    pub fn load_path(&mut self, model: &Model, path: &Path, options: LoadOptions) {
        let name = path.display().to_string();
        let opened = match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => Err("it is a folder, not a file".to_string()),
            Ok(_) => std::fs::File::open(path).map_err(|e| e.to_string()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err("no such file".to_string()),
            Err(e) => Err(e.to_string()),
        };
        match opened {
            Ok(file) => self.load_reader(model, &name, FileKind::of(path), file, options),
            Err(why) => {
                let file = self.add_file(&name);
                self.fail_file(
                    file,
                    &name,
                    0,
                    DataCode::Unreadable,
                    format!("cannot read the file: {why}"),
                );
            }
        }
    }

    /// Reads one file of the given kind from any reader (a file, standard input, a FIFO).
    pub fn load_reader(
        &mut self,
        model: &Model,
        name: &str,
        kind: FileKind,
        reader: impl std::io::Read,
        options: LoadOptions,
    ) {
        match kind {
            FileKind::Csv => self.load_csv(model, name, reader, options),
            FileKind::Json => self.load_json(model, name, reader, options),
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
        self.unusable.push(false);
        (self.files.len() - 1).min(u16::MAX as usize) as u16
    }

    /// Records a problem that makes a whole file unusable.
    fn fail_file(&mut self, file: u16, name: &str, line: u64, code: DataCode, message: String) {
        if let Some(bad) = self.unusable.get_mut(file as usize) {
            *bad = true;
        }
        self.file_error(name, line, code, message);
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

    /// Counts one submissions row and keeps it, or records why not.
    fn take_submission(
        &mut self,
        name: &str,
        file: u16,
        line: u64,
        result: Result<Submission, (DataCode, String)>,
    ) {
        self.rows_read += 1;
        match result {
            Ok(s) => {
                self.accepted += 1;
                self.submissions.push(s);
            }
            Err((code, message)) => {
                self.rejected += 1;
                if code == DataCode::Encoding {
                    self.fail_file(file, name, line, code, message);
                } else {
                    self.file_error(name, line, code, message);
                }
            }
        }
    }

    /// Counts one row and stores it, or records why not.
    fn take(
        &mut self,
        model: &Model,
        name: &str,
        file: u16,
        result: Result<(Key, Entry), DataError>,
    ) {
        self.rows_read += 1;
        let (key, entry) = match result {
            Ok(row) => row,
            Err(e) => {
                self.rejected += 1;
                // Bytes that are not text: the file was read in the wrong encoding, so no
                // row of it can be trusted.
                if e.code == DataCode::Encoding {
                    if let Some(bad) = self.unusable.get_mut(file as usize) {
                        *bad = true;
                    }
                }
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
