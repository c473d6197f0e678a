//! Excel workbooks (`.xlsx`, `.xlsm`) read directly: one sheet of observations or of reports
//! received, laid out as a CSV file is (a header row naming the columns, one row each after
//! it), its cells taken as typed.
//!
//! - The sheet: the one `--sheet` names, else the first shown sheet whose first row (rows
//!   whose first cell starts with `#` before it are comments, `#decimal=comma` declares the
//!   style of numbers typed as text) is a header; the sheets before it are said to be
//!   skipped, and a later sheet that also starts with a header is said not to be read.
//! - Cells typed as numbers are numbers, whatever the decimal mark the computer shows; cells
//!   typed as dates are dates (in `reported_on` and `received`; a date in `period` is
//!   refused, as a spreadsheet makes `2023-01` a date); a number in an id column is its text
//!   (indicator `3`). A number shown as a percent (`95%`, which the cell holds as 0.95) is
//!   95 for an indicator counted per 100, and refused anywhere else (`cells`).
//! - A problem cites its cell as a spreadsheet names it, `data.xlsx:Sheet1!C14`, or its row,
//!   `data.xlsx:Sheet1!14`, when no one cell is to blame (module `reference`).
//! - Cells outside the header's columns are said to be ignored, once per file.
//!
//! The workbook is read into memory (see [`open`] for the limits), each sheet streamed.

mod cells;
pub mod open;
pub mod reference;
mod rows;

use super::errors::Rejection;
use super::header::{self, Header};
use super::number::{self, NumberStyle};
use super::row::{nfc, Cell, Validator};
use super::store::Origin;
use super::{DataSet, LoadOptions};
use crate::diagnostic::{
    BadNumber, DataPlace, DataProblem, Diagnostic, MissingColumn, OtherSheet, Skipped,
    SkippedSheet, UnknownColumn, Unreadable,
};
use open::Workbook;
use rows::{Row, Rows};
use std::borrow::Cow;
use std::sync::Arc;

/// Where problems of the file are: its name, and the sheet read.
struct Place<'a> {
    name: Arc<str>,
    sheet: &'a str,
}

impl Place<'_> {
    /// A problem at a row, at the cell of `column` (from 0) when one is to blame.
    fn error(&self, row: u64, column: Option<usize>, problem: DataProblem) -> Diagnostic {
        let mut place = DataPlace::line(&self.name, row).at_column(column);
        let cell = match column {
            Some(c) => reference::cell(self.sheet, row, c),
            None => reference::row(self.sheet, row),
        };
        place.cell = Some(cell.into_boxed_str());
        Diagnostic::in_data(problem, place)
    }
}

/// A sheet's header found: its row, the columns it spans, what it says, and the number
/// style its comment rows declare.
struct Found {
    row: u64,
    /// The column of the header's first name; column `i` of the header is sheet column
    /// `first + i`.
    first: usize,
    read: header::Read,
    declared: Option<NumberStyle>,
    /// Warnings of the comment rows: (row, what).
    notes: Vec<(u64, UnknownColumn)>,
}

pub(super) fn read(
    set: &mut DataSet,
    validator: &Validator<'_>,
    file: u16,
    bytes: &[u8],
    options: &LoadOptions,
) {
    // calamine parses what the file says; a bug of it on a damaged file must not end the
    // program, only the reading of that file.
    let read = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        read_workbook(set, validator, file, bytes, options)
    }));
    if read.is_err() {
        set.fail_file(
            file,
            0,
            DataProblem::Unreadable(Unreadable::WorkbookDamaged),
        );
    }
}

fn read_workbook(
    set: &mut DataSet,
    validator: &Validator<'_>,
    file: u16,
    bytes: &[u8],
    options: &LoadOptions,
) {
    let mut workbook = match open::workbook(bytes) {
        Ok(w) => w,
        Err(why) => {
            return set.fail_file(file, 0, DataProblem::Unreadable(Unreadable::Workbook(why)))
        }
    };
    let name = set.name(file);
    let (sheet, found) = match choose(set, validator, &name, &mut workbook, options) {
        Ok(chosen) => chosen,
        Err(error) => return set.fail(file, *error),
    };
    if let Some(slot) = set.sheets.get_mut(file as usize) {
        *slot = Some(sheet.clone());
    }
    let place = Place {
        name,
        sheet: &sheet,
    };
    let unknown = |what: UnknownColumn| DataProblem::UnknownColumn(what);
    for (row, note) in &found.notes {
        set.warnings
            .push(place.error(*row, None, unknown(note.clone())));
    }
    let (style, conflict) = number::chosen(found.declared, options.decimal);
    if let Some(warning) = conflict {
        set.warnings
            .push(place.error(found.row, None, unknown(warning)));
    }
    for warning in found.read.warnings() {
        set.warnings
            .push(place.error(found.row, None, unknown(warning)));
    }
    let mut rows = match Rows::new(&mut workbook, &sheet) {
        Ok(rows) => rows,
        Err(why) => {
            let problem = DataProblem::Unreadable(Unreadable::Sheet(why));
            return set.fail(file, place.error(found.row, None, problem));
        }
    };
    let job = Job {
        validator,
        place: &place,
        file,
        style,
        found: &found,
    };
    let mut outside = Outside::default();
    loop {
        let row = match rows.next_row() {
            Ok(Some(row)) => row,
            Ok(None) => break,
            Err(why) => {
                // The sheet breaks off after the last row read.
                let at = outside.last_row.max(found.row);
                let problem = DataProblem::Unreadable(Unreadable::Sheet(why));
                return set.fail(file, place.error(at, None, problem));
            }
        };
        if row.number <= found.row {
            continue;
        }
        outside.note(&row, found.first, found.read.names.len());
        job.take(set, &rows, &row);
    }
    if let Some(warning) = outside.warning(&sheet, found.row) {
        set.warnings
            .push(place.error(found.row, None, unknown(warning)));
    }
}

/// What validating a row of the sheet needs.
struct Job<'a, 'm> {
    validator: &'a Validator<'m>,
    place: &'a Place<'a>,
    file: u16,
    style: NumberStyle,
    found: &'a Found,
}

impl Job<'_, '_> {
    /// Validates one row after the header, and counts it; a row with nothing in the
    /// header's columns is not a row.
    fn take(&self, set: &mut DataSet, rows: &Rows<'_, '_>, row: &Row<'_>) {
        let width = self.found.read.names.len();
        let first = self.found.first;
        let raw: Vec<Option<&(usize, cells::Raw<'_>, usize)>> =
            (0..width).map(|i| row.at(first + i)).collect();
        if raw.iter().all(Option::is_none) {
            return;
        }
        let fields: Vec<Result<Option<Cell<'_>>, crate::diagnostic::CellProblem>> = raw
            .iter()
            .map(|cell| match cell {
                None => Ok(None),
                Some((_, value, style)) => cells::field(value, rows.format(*style)),
            })
            .collect();
        let field = |i: usize| {
            fields
                .get(i)
                .and_then(|f| f.as_ref().ok().copied().flatten())
        };
        let reject = |i: usize, why: &crate::diagnostic::CellProblem| {
            let column = self.found.read.names.get(i).cloned().unwrap_or_default();
            let why = why.clone();
            let problem = DataProblem::BadNumber(BadNumber::Cell { column, why });
            Rejection::new(problem, Some(i))
        };
        // A cell no column can take (an error, a time of day) in a column that is read.
        let unreadable = |used: &[usize]| {
            used.iter().find_map(|&i| match fields.get(i) {
                Some(Err(why)) => Some(reject(i, why)),
                _ => None,
            })
        };
        let at = |r: Rejection| {
            self.place
                .error(row.number, r.column.map(|c| first + c), r.problem)
        };
        match &self.found.read.header {
            Header::Observations(columns) => {
                let result = match unreadable(&columns.used()) {
                    Some(r) => Err(r),
                    None => self.validator.row(
                        columns,
                        field,
                        self.style,
                        Origin::new(self.file, row.number),
                    ),
                };
                set.take(self.validator.model, self.file, result.map_err(at));
            }
            Header::Submissions(columns) => {
                let used = [
                    columns.agency,
                    columns.report,
                    columns.period,
                    columns.received,
                ];
                let result = match unreadable(&used) {
                    Some(r) => Err(r),
                    None => self.validator.submission(columns, field),
                };
                set.take_submission(self.file, result.map_err(at));
            }
            Header::Completions(columns) => {
                let used: Vec<usize> = [
                    columns.task,
                    columns.agency,
                    columns.period,
                    columns.done_on,
                ]
                .into_iter()
                .chain(columns.note)
                .collect();
                let result = match unreadable(&used) {
                    Some(r) => Err(r),
                    None => self.validator.completion(columns, field),
                };
                set.take_completion(self.file, result.map_err(at));
            }
        }
    }
}

/// Cells that lie outside the header's columns, which nothing reads (and the last row
/// seen).
#[derive(Default)]
struct Outside {
    count: u64,
    first: Option<(u64, usize)>,
    last_row: u64,
}

impl Outside {
    fn note(&mut self, row: &Row<'_>, first: usize, width: usize) {
        self.last_row = row.number;
        for &(column, ..) in &row.cells {
            if column < first || column >= first + width {
                self.count += 1;
                self.first.get_or_insert((row.number, column));
            }
        }
    }

    fn warning(&self, sheet: &str, header: u64) -> Option<UnknownColumn> {
        let (row, column) = self.first?;
        Some(UnknownColumn::CellsOutside {
            count: self.count,
            first: reference::cell(sheet, row, column),
            header_row: header,
        })
    }
}

/// The sheet to read and its header: the one `--sheet` names, or the first shown sheet
/// that starts with a header. `Err` makes the file unusable.
fn choose(
    set: &mut DataSet,
    validator: &Validator<'_>,
    name: &Arc<str>,
    workbook: &mut Workbook<'_>,
    options: &LoadOptions,
) -> Result<(String, Found), Box<Diagnostic>> {
    let sheets = open::worksheets(workbook);
    let whole = |why: Unreadable| {
        let whole = DataPlace::line(name, 0);
        Box::new(Diagnostic::in_data(DataProblem::Unreadable(why), whole))
    };
    let listed = || sheets.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
    if let Some(wanted) = &options.sheet {
        let Some(sheet) = named(&sheets, wanted) else {
            return Err(whole(Unreadable::NoSuchSheet {
                wanted: wanted.clone(),
                sheets: listed(),
            }));
        };
        let place = Place {
            name: Arc::clone(name),
            sheet: &sheet,
        };
        return match find_header(validator, workbook, &sheet) {
            Ok(found) => Ok((sheet, found)),
            Err((row, why)) => Err(Box::new(place.error(row.max(1), None, why))),
        };
    }
    let mut skipped = Vec::new();
    let mut chosen: Option<(String, Found)> = None;
    let mut others = Vec::new();
    for (sheet, shown) in &sheets {
        // A hidden sheet is never chosen unnamed (a template keeps its lists there), but
        // one that starts with a header is said not to be read.
        match find_header(validator, workbook, sheet) {
            Ok(found) if chosen.is_none() && *shown => chosen = Some((sheet.clone(), found)),
            Ok(_) => others.push(OtherSheet {
                name: sheet.clone(),
                hidden: !*shown,
            }),
            Err((_, why)) if chosen.is_none() && *shown => skipped.push(Skipped {
                sheet: sheet.clone(),
                why,
            }),
            Err(_) => {}
        }
    }
    let Some((sheet, found)) = chosen else {
        return Err(whole(if sheets.is_empty() {
            Unreadable::NoWorksheet
        } else if skipped.is_empty() {
            Unreadable::NoSheetShown { sheets: listed() }
        } else {
            Unreadable::NoHeader { skipped }
        }));
    };
    let place = Place {
        name: Arc::clone(name),
        sheet: &sheet,
    };
    // The sheet read may not be the one meant: said once for the sheets before it (no
    // header), once for the later sheets that have a header too.
    let passed_over = [
        (!skipped.is_empty()).then(|| SkippedSheet::Before {
            sheet: sheet.clone(),
            skipped,
        }),
        (!others.is_empty()).then(|| SkippedSheet::Others {
            sheet: sheet.clone(),
            others,
        }),
    ];
    for warning in passed_over.into_iter().flatten() {
        let problem = DataProblem::SkippedSheet(warning);
        set.warnings.push(place.error(found.row, None, problem));
    }
    Ok((sheet, found))
}

/// The sheet `wanted` names: by its name exactly, else alike in NFC and letter case (as
/// Excel, which never holds two sheets named alike but for case).
fn named(sheets: &[(String, bool)], wanted: &str) -> Option<String> {
    let fold = |s: &str| nfc(Cow::Borrowed(s.trim())).to_lowercase();
    sheets
        .iter()
        .find(|(n, _)| n == wanted)
        .or_else(|| sheets.iter().find(|(n, _)| fold(n) == fold(wanted)))
        .map(|(n, _)| n.clone())
}

/// Why a sheet has no header: the row to blame, and the problem (it is empty, it cannot be
/// read, or its first row is not a header).
type NoHeader = (u64, DataProblem);

/// The header of a sheet: its first row after the comment rows.
fn find_header(
    validator: &Validator<'_>,
    workbook: &mut Workbook<'_>,
    sheet: &str,
) -> Result<Found, NoHeader> {
    let unreadable = |why| (0, DataProblem::Unreadable(Unreadable::Sheet(why)));
    let mut rows = Rows::new(workbook, sheet).map_err(unreadable)?;
    let mut declared = None;
    let mut notes = Vec::new();
    loop {
        let row = match rows.next_row() {
            Ok(Some(row)) => row,
            Ok(None) => return Err((0, DataProblem::MissingColumn(MissingColumn::EmptySheet))),
            Err(why) => return Err(unreadable(why)),
        };
        let texts: Vec<(usize, String)> = row
            .cells
            .iter()
            .map(|(column, value, style)| {
                let text = match cells::field(value, rows.format(*style)) {
                    Ok(Some(cell)) => cell.text().map(Cow::into_owned).unwrap_or_default(),
                    _ => String::new(),
                };
                (*column, text)
            })
            .collect();
        if let Some(comment) = texts
            .first()
            .and_then(|(_, t)| t.trim_start().strip_prefix('#'))
        {
            match number::directive(comment) {
                Some(Ok(style)) => declared = Some(style),
                Some(Err(warning)) => notes.push((row.number, warning)),
                None => {}
            }
            continue;
        }
        let first = texts.first().map_or(0, |(c, _)| *c);
        let last = texts.last().map_or(0, |(c, _)| *c);
        let mut names = vec![String::new(); last - first + 1];
        for (column, text) in texts {
            names[column - first] = text;
        }
        let refs: Vec<&str> = names.iter().map(String::as_str).collect();
        let read = header::read(validator, &refs).map_err(|why| {
            let problem = DataProblem::NotAHeader {
                row: row.number,
                problem: Box::new(why),
            };
            (row.number, problem)
        })?;
        return Ok(Found {
            row: row.number,
            first,
            read,
            declared,
            notes,
        });
    }
}
