//! Observed data: CSV and JSON files read, validated against the plan, kept by key.
//!
//! Every row read is either accepted or rejected with its file, line and reason:
//! `rows_read == accepted + rejected`, always. Each reason is a
//! [`Diagnostic`]: a typed [`DataProblem`] at a
//! [`DataPlace`], worded only when a person reads it.

mod completion;
mod csv_input;
pub mod csv_reader;
pub mod decode;
pub mod errors;
pub mod header;
mod identities;
mod json_input;
mod json_scan;
pub mod number;
mod read_buffer;
pub mod row;
pub mod store;
mod submission;
mod suggest;
pub mod workbook;

pub use errors::Rejection;
pub use number::NumberStyle;
pub use store::{Entry, Key, ObsStatus, Series, Store};

use crate::diagnostic::{
    DataPlace, DataProblem, Diagnostic, KeyNames, ReadFailure, RowIn, SeriesName, Unreadable,
    ValueConflict,
};
use crate::model::Model;
use row::Validator;
use std::io::Read;
use std::path::Path;
use std::sync::Arc;
use store::{Offer, Origin};

/// Everything loaded from data files.
#[derive(Default, Debug)]
pub struct DataSet {
    /// The files read, in order (an `Origin::file` indexes this).
    pub files: Vec<String>,
    /// Rows read from every file, observations and submissions alike; a row not filled in
    /// yet is not counted. Always `accepted + rejected`.
    pub rows_read: u64,
    /// Rows kept: stored (new, the same again, a revision or an outdated one) or listed as
    /// a submission.
    pub accepted: u64,
    /// Rows refused, each with its problem in `errors` (a conflict included).
    pub rejected: u64,
    /// Rejected rows, and problems with whole files (unreadable files, headers).
    pub errors: Vec<Diagnostic>,
    /// Problems that lose nothing (a column that is not used): shown, but not failures.
    pub warnings: Vec<Diagnostic>,
    /// The observations kept, one per key.
    pub store: Store,
    /// Reports received, from submissions files (`agency,report,period,received`).
    pub submissions: Vec<Submission>,
    /// Tasks and projects done, from files of completion records
    /// (`task,agency,period,done_on,note`) and from submissions rows that name a task.
    pub completions: Vec<Completion>,
    /// For each file of `files`, whether it could not be used: unreadable, empty, without a
    /// required column, in an encoding it was not read in, or not of the documented shape.
    /// Its rows are not to be trusted, whatever was read before the problem was found.
    pub unusable: Vec<bool>,
    /// For each file of `files`, the sheet its rows were read from when it is a workbook
    /// (an `Origin::line` of it is then the sheet's row).
    pub sheets: Vec<Option<String>>,
    /// For each file of `files`, its rows not filled in (see
    /// [`DataProblem::UnfilledRow`]): how many, and the first.
    unfilled: Vec<(u64, Option<Diagnostic>)>,
    /// For each file of `files`, its name as its problems share it.
    names: Vec<Arc<str>>,
}

/// One report received: which agency sent which report for which period, and when.
#[derive(Clone, Debug, PartialEq)]
pub struct Submission {
    /// Index into `Model::agencies`.
    pub agency: u32,
    /// Index into `Model::reports`.
    pub report: u32,
    /// The period the report covers, one the report is due for (a year for `period year`).
    pub period: crate::eval::Period,
    /// The day it was received (the `received` column).
    pub received: crate::date::Date,
}

/// A task or a project done: which, by which of its lead agencies, for which period, and
/// when (docs/data-and-evaluation.md, "Tasks done, late or overdue").
#[derive(Clone, Debug, PartialEq)]
pub struct Completion {
    /// The task or project done.
    pub duty: crate::model::DutyId,
    /// Index into `Model::agencies`: a lead agency of the duty.
    pub agency: u32,
    /// The period of its recurrence it was done for; `None` when the row leaves it empty (a
    /// duty due once takes any period, or none).
    pub period: Option<crate::eval::Period>,
    /// The day it was done (the `done_on` column).
    pub done_on: crate::date::Date,
    /// The row's `note`, when it has one.
    pub note: Option<String>,
}

/// A row of a submissions file: a report received, or a task done (its `report` column
/// names a task or project, its `received` the day it was done).
#[derive(Clone, Debug, PartialEq)]
pub enum Received {
    /// A report received.
    Report(Submission),
    /// A task or project done.
    Done(Completion),
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
    /// The kind of the file at `path`, by its extension in any case; CSV when it has none.
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

/// A CSV or JSON file once its encoding is known, as its reader takes it.
struct TextFile<R> {
    /// Its index in [`DataSet::files`], which its rows and problems name.
    file: u16,
    /// Its text, decoded.
    text: decode::TextReader<R>,
    /// How it writes numbers unless it says so itself.
    decimal: NumberStyle,
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
            Ok(meta) if meta.is_dir() => Err(ReadFailure::Folder),
            Ok(_) => std::fs::File::open(path).map_err(|e| ReadFailure::Io(e.to_string())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(ReadFailure::NotFound),
            Err(e) => Err(ReadFailure::Io(e.to_string())),
        };
        match opened {
            Ok(file) => self.load_reader(model, &name, FileKind::of(path), file, options),
            Err(why) => {
                let file = self.add_file(&name);
                self.fail_file(file, 0, DataProblem::Unreadable(Unreadable::File(why)));
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
                    self.fail_file(file, 0, DataProblem::Unreadable(why));
                }
            },
        }
    }

    /// Reads an Excel workbook from its bytes: one sheet of observations or of reports
    /// received, its cells typed (see [`workbook`]).
    pub fn load_workbook(&mut self, model: &Model, name: &str, bytes: &[u8], options: LoadOptions) {
        self.load_file(model, name, |set, v, file| {
            workbook::read(set, v, file, bytes, &options)
        });
    }

    /// Reads CSV from any reader (a file, a string's bytes).
    pub fn load_csv(&mut self, model: &Model, name: &str, reader: impl Read, options: LoadOptions) {
        self.load_text(model, name, reader, options, csv_input::read);
    }

    /// Reads JSON from any reader, row by row as it streams: an array of row objects, or
    /// `{ "decimal": "comma", "observations": [...] }`.
    pub fn load_json(
        &mut self,
        model: &Model,
        name: &str,
        reader: impl Read,
        options: LoadOptions,
    ) {
        self.load_text(model, name, reader, options, json_input::read);
    }

    /// Reads one file named `name` with `read`, which validates its rows against `model`,
    /// then closes the file's count.
    fn load_file(
        &mut self,
        model: &Model,
        name: &str,
        read: impl FnOnce(&mut DataSet, &Validator<'_>, u16),
    ) {
        let validator = Validator::new(model);
        let file = self.add_file(name);
        read(self, &validator, file);
        self.finish(file);
        self.check_identities(model);
    }

    /// Reads one CSV or JSON file with `read` once its encoding is known (see [`decode`]): a
    /// file whose encoding cannot be read fails at its first line, unread.
    fn load_text<R: Read>(
        &mut self,
        model: &Model,
        name: &str,
        reader: R,
        options: LoadOptions,
        read: impl FnOnce(&mut DataSet, &Validator<'_>, TextFile<R>),
    ) {
        self.load_file(model, name, |set, v, file| {
            match decode::TextReader::new(reader, options.encoding) {
                Ok(text) => {
                    let decimal = options.decimal;
                    read(
                        set,
                        v,
                        TextFile {
                            file,
                            text,
                            decimal,
                        },
                    )
                }
                Err(e) => set.fail_file(file, 1, csv_input::read_problem(&e)),
            }
        });
    }

    /// Reads JSON text (see [`DataSet::load_json`]).
    pub fn load_json_str(&mut self, model: &Model, name: &str, text: &str, options: LoadOptions) {
        self.load_json(model, name, text.as_bytes(), options);
    }

    fn add_file(&mut self, name: &str) -> u16 {
        self.files.push(name.to_string());
        self.names.push(Arc::from(name));
        self.unusable.push(false);
        self.sheets.push(None);
        self.unfilled.push((0, None));
        (self.files.len() - 1).min(u16::MAX as usize) as u16
    }

    /// The name of a file read, as its problems share it.
    fn name(&self, file: u16) -> Arc<str> {
        self.names
            .get(file as usize)
            .cloned()
            .unwrap_or_else(|| Arc::from(""))
    }

    /// A problem at a line of a file (line 0: the whole file).
    fn at_line(&self, file: u16, line: u64, problem: DataProblem) -> Diagnostic {
        Diagnostic::in_data(problem, DataPlace::line(&self.name(file), line))
    }

    /// Records a problem that makes a whole file unusable, at a line of it.
    fn fail_file(&mut self, file: u16, line: u64, problem: DataProblem) {
        let error = self.at_line(file, line, problem);
        self.fail(file, error);
    }

    /// Records a problem that makes a whole file unusable, where the error says.
    fn fail(&mut self, file: u16, error: Diagnostic) {
        if let Some(bad) = self.unusable.get_mut(file as usize) {
            *bad = true;
        }
        self.errors.push(error);
    }

    fn file_warning(&mut self, file: u16, line: u64, problem: DataProblem) {
        let warning = self.at_line(file, line, problem);
        self.warnings.push(warning);
    }

    fn file_error(&mut self, file: u16, line: u64, problem: DataProblem) {
        let error = self.at_line(file, line, problem);
        self.errors.push(error);
    }

    /// Says, once per file, how many of its rows were not filled in, at the first.
    fn finish(&mut self, file: u16) {
        let Some((count, Some(mut first))) =
            self.unfilled.get_mut(file as usize).map(std::mem::take)
        else {
            return;
        };
        let at = first.data_place().and_then(DataPlace::row_at);
        first.problem = DataProblem::UnfilledRow { count, first: at }.into();
        self.warnings.push(first);
    }

    /// Records a rejected row. Bytes that are not text mean the file was read in the wrong
    /// encoding, so no row of it can be trusted: the file is unusable.
    fn reject(&mut self, file: u16, e: Diagnostic) {
        self.rejected += 1;
        if e.code() == crate::diagnostic::Code::DataEncoding {
            if let Some(bad) = self.unusable.get_mut(file as usize) {
                *bad = true;
            }
        }
        self.errors.push(e);
    }

    /// Counts one submissions row and keeps it, or records why not.
    fn take_submission(&mut self, file: u16, result: Result<Received, Diagnostic>) {
        self.rows_read += 1;
        match result {
            Ok(Received::Report(s)) => {
                self.accepted += 1;
                self.submissions.push(s);
            }
            Ok(Received::Done(c)) => {
                self.accepted += 1;
                self.completions.push(c);
            }
            Err(e) => self.reject(file, e),
        }
    }

    /// Counts one row of tasks done and keeps it, or records why not.
    fn take_completion(&mut self, file: u16, result: Result<Completion, Diagnostic>) {
        self.take_submission(file, result.map(Received::Done));
    }

    /// Where a row kept in the store came from: its file, and its line, or its row of the
    /// sheet in a workbook.
    pub fn row_in(&self, origin: Origin) -> RowIn {
        let name = self
            .files
            .get(origin.file as usize)
            .map_or("", String::as_str);
        RowIn {
            file: name.to_string(),
            sheet: self.sheets.get(origin.file as usize).cloned().flatten(),
            line: origin.line,
        }
    }

    /// A problem with the row a kept observation came from: at its line, or in a workbook
    /// at its row of the sheet (`Sheet1!14`).
    fn row_error(&self, origin: Origin, problem: DataProblem) -> Diagnostic {
        let mut place = DataPlace::line(&self.name(origin.file), origin.line);
        if let Some(Some(sheet)) = self.sheets.get(origin.file as usize) {
            place.cell = Some(workbook::reference::row(sheet, origin.line).into_boxed_str());
        }
        Diagnostic::in_data(problem, place)
    }

    /// Counts one row and stores it, or records why not.
    fn take(&mut self, model: &Model, file: u16, result: Result<(Key, Entry), Diagnostic>) {
        match result {
            Ok((key, entry)) => self.keep(model, key, entry),
            Err(e) => self.refuse(file, e),
        }
    }

    /// Records why a row was refused. A row not filled in yet is no row read: it is counted
    /// for one warning.
    fn refuse(&mut self, file: u16, e: Diagnostic) {
        if e.code() == crate::diagnostic::Code::DataUnfilledRow {
            if let Some((count, first)) = self.unfilled.get_mut(file as usize) {
                *count += 1;
                first.get_or_insert(e);
            }
            return;
        }
        self.rows_read += 1;
        self.reject(file, e);
    }

    /// Counts one valid row and stores it, or records the conflict it makes.
    fn keep(&mut self, model: &Model, key: Key, entry: Entry) {
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
                let conflict = ValueConflict {
                    key: key_names(model, &key),
                    value: entry.value,
                    first_value: first.value,
                    first: self.row_in(first.origin),
                };
                let error = self.row_error(entry.origin, DataProblem::Conflict(Box::new(conflict)));
                self.errors.push(error);
            }
        }
    }
}

/// The key of an observation by the plan's ids (see [`KeyNames`]).
pub fn key_names(model: &Model, key: &Key) -> KeyNames {
    let series = match key.series {
        Series::Measure(i) => model
            .measures
            .get_index(i as usize)
            .map(|(k, _)| SeriesName::Indicator(k.clone())),
        Series::Element(i) => model
            .elements
            .get_index(i as usize)
            .map(|(k, _)| SeriesName::Element(k.clone())),
    };
    let area = model
        .areas
        .get_index(key.area as usize)
        .map_or("?", |(k, _)| k.as_str());
    let disaggregation = key
        .disaggregation
        .iter()
        .filter_map(|&(d, v)| {
            let dim = model.dimensions.get_index(d as usize)?.1;
            Some((dim.id.clone(), dim.values.get_index(v as usize)?.0.clone()))
        })
        .collect();
    KeyNames {
        series,
        area: area.to_string(),
        period: key.period,
        disaggregation,
    }
}

impl Origin {
    /// Line (or sheet row) `line` of the file at index `file` of [`DataSet::files`].
    pub fn new(file: u16, line: u64) -> Origin {
        Origin { file, line }
    }
}
