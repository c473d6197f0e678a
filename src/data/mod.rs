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
pub mod workbook;

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
    /// For each file of `files`, the sheet its rows were read from when it is a workbook
    /// (an `Origin::line` of it is then the sheet's row).
    pub sheets: Vec<Option<String>>,
    /// For each file of `files`, its rows not filled in (see [`DataCode::UnfilledRow`]):
    /// how many, and the first.
    unfilled: Vec<(u64, Option<DataError>)>,
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
    /// A spreadsheet program's own file: `.xlsx`, `.xlsm` (read), and `.xls`, `.xlsb`,
    /// `.ods`... (recognised, to be refused with how to save them as `.xlsx`): see
    /// [`workbook`].
    Spreadsheet,
}

impl FileKind {
    pub fn of(path: &Path) -> FileKind {
        let extension = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match extension.as_deref() {
            Some("json") => FileKind::Json,
            Some("xlsx" | "xlsm" | "xltx" | "xltm" | "xls" | "xlsb" | "xlt" | "ods" | "ots") => {
                FileKind::Spreadsheet
            }
            _ => FileKind::Csv,
        }
    }
}

/// How to read files.
#[derive(Clone, Debug, Default)]
pub struct LoadOptions {
    /// How the files write numbers, for those that do not say it themselves
    /// (`#decimal=comma`): see [`number`].
    pub decimal: NumberStyle,
    /// The encoding of files without a byte-order mark (UTF-8 when `None`): see [`decode`].
    pub encoding: Option<&'static decode::Encoding>,
    /// The sheet to read in workbooks; without it, the first sheet that starts with a
    /// header (see [`workbook`]).
    pub sheet: Option<String>,
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
            FileKind::Spreadsheet => match workbook::open::read_bytes(reader) {
                Ok(bytes) => self.load_workbook(model, name, &bytes, options),
                Err(why) => {
                    let file = self.add_file(name);
                    self.fail_file(file, name, 0, DataCode::Unreadable, why);
                }
            },
        }
    }

    /// Reads an Excel workbook from its bytes: one sheet of observations or of reports
    /// received, its cells typed (see [`workbook`]).
    pub fn load_workbook(&mut self, model: &Model, name: &str, bytes: &[u8], options: LoadOptions) {
        let validator = Validator::new(model);
        let file = self.add_file(name);
        workbook::read(self, &validator, name, file, bytes, &options);
        self.finish(file);
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
        self.finish(file);
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
        self.finish(file);
    }

    /// Reads JSON text (see [`DataSet::load_json`]).
    pub fn load_json_str(&mut self, model: &Model, name: &str, text: &str, options: LoadOptions) {
        self.load_json(model, name, text.as_bytes(), options);
    }

    fn add_file(&mut self, name: &str) -> u16 {
        self.files.push(name.to_string());
        self.unusable.push(false);
        self.sheets.push(None);
        self.unfilled.push((0, None));
        (self.files.len() - 1).min(u16::MAX as usize) as u16
    }

    /// Records a problem that makes a whole file unusable.
    fn fail_file(&mut self, file: u16, name: &str, line: u64, code: DataCode, message: String) {
        self.fail(file, DataError::at_line(name, line, code, message));
    }

    /// Records a problem that makes a whole file unusable, where the error says.
    fn fail(&mut self, file: u16, error: DataError) {
        if let Some(bad) = self.unusable.get_mut(file as usize) {
            *bad = true;
        }
        self.errors.push(error);
    }

    fn file_warning(&mut self, file: &str, line: u64, code: DataCode, message: String) {
        self.warnings
            .push(DataError::at_line(file, line, code, message));
    }

    fn file_error(&mut self, file: &str, line: u64, code: DataCode, message: String) {
        self.errors
            .push(DataError::at_line(file, line, code, message));
    }

    /// Says, once per file, how many of its rows were not filled in.
    fn finish(&mut self, file: u16) {
        let Some((count, Some(first))) = self.unfilled.get_mut(file as usize).map(std::mem::take)
        else {
            return;
        };
        let place = first.place().unwrap_or_default();
        let message = if count == 1 {
            format!("the row at {place} names only what it is for (indicator, area, period), with nothing filled in, so it is not read; fill in its value, or delete it")
        } else {
            format!("{count} rows name only what they are for (indicator, area, period), with nothing filled in (the first at {place}), so they are not read; fill in their values, or delete them")
        };
        self.warnings.push(DataError { message, ..first });
    }

    /// Records a rejected row. Bytes that are not text mean the file was read in the wrong
    /// encoding, so no row of it can be trusted: the file is unusable.
    fn reject(&mut self, file: u16, e: DataError) {
        self.rejected += 1;
        if e.code == DataCode::Encoding {
            if let Some(bad) = self.unusable.get_mut(file as usize) {
                *bad = true;
            }
        }
        self.errors.push(e);
    }

    /// Counts one submissions row and keeps it, or records why not.
    fn take_submission(&mut self, file: u16, result: Result<Submission, DataError>) {
        self.rows_read += 1;
        match result {
            Ok(s) => {
                self.accepted += 1;
                self.submissions.push(s);
            }
            Err(e) => self.reject(file, e),
        }
    }

    /// Where a row kept in the store came from, in words: `line 12 of data.csv`, `row 14 of
    /// sheet Sheet1 in data.xlsx`.
    pub fn place(&self, origin: Origin) -> String {
        let name = self
            .files
            .get(origin.file as usize)
            .map_or("", String::as_str);
        match self.sheets.get(origin.file as usize) {
            Some(Some(sheet)) => format!("row {} of sheet {sheet} in {name}", origin.line),
            _ => format!("line {} of {name}", origin.line),
        }
    }

    /// A problem with the row a kept observation came from: at its line, or in a workbook
    /// at its row of the sheet (`Sheet1!14`).
    fn row_error(&self, origin: Origin, code: DataCode, message: String) -> DataError {
        let name = self
            .files
            .get(origin.file as usize)
            .map_or("", String::as_str);
        let mut error = DataError::at_line(name, origin.line, code, message);
        if let Some(Some(sheet)) = self.sheets.get(origin.file as usize) {
            error.location = Some(workbook::reference::row(sheet, origin.line));
        }
        error
    }

    /// Counts one row and stores it, or records why not.
    fn take(&mut self, model: &Model, file: u16, result: Result<(Key, Entry), DataError>) {
        let (key, entry) = match result {
            Ok(row) => row,
            // Not filled in yet: not a row read, and counted for one warning.
            Err(e) if e.code == DataCode::UnfilledRow => {
                if let Some((count, first)) = self.unfilled.get_mut(file as usize) {
                    *count += 1;
                    first.get_or_insert(e);
                }
                return;
            }
            Err(e) => {
                self.rows_read += 1;
                return self.reject(file, e);
            }
        };
        self.rows_read += 1;
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
                let message = format!(
                    "{}: value {} conflicts with {} on {}; give both rows a `reported_on` date to mark the later one as a revision, or remove one",
                    describe_key(model, &key),
                    crate::numbers::exact(entry.value),
                    crate::numbers::exact(first.value),
                    self.place(first.origin),
                );
                let error = self.row_error(entry.origin, DataCode::Conflict, message);
                self.errors.push(error);
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
