//! JSON files: an array of row objects with the CSV's column names as keys, or an object
//! `{ "decimal": "comma", "observations": [...] }`. Values may be strings or numbers. Each
//! row is reported by the line its object starts on.
//!
//! Rows stream: [`JsonScanner`] hands out one row object at a time, serde_json parses it,
//! and it is validated and stored before the next is read, so memory follows the keys kept,
//! not the rows read. Hence `decimal` must come before `observations` in the object form:
//! rows already read cannot be read again with another decimal separator.

use super::decode;
use super::header::{CompletionColumns, COMPLETION_COLUMNS};
use super::json_scan::{Item, JsonScanner, ScanError, MAX_ROW};
use super::number::NumberStyle;
use super::row::{Cell, Columns, Validator, KNOWN_COLUMNS};
use super::store::Origin;
use super::{DataSet, TextFile};
use crate::diagnostic::{DataProblem, UnknownColumn, Unreadable};
use serde_json::{Map, Value};
use std::io::Read;
use std::sync::Arc;

/// Distinct unknown keys warned about per file; a file whose rows all carry different keys
/// gets one more warning saying so, instead of one warning per key.
const MAX_UNKNOWN_KEYS: usize = 32;

/// What reading one file needs besides the data set.
struct Reader<'a, 'm> {
    validator: &'a Validator<'m>,
    /// The file's name, which each problem shares.
    name: Arc<str>,
    file: u16,
    /// Key i of a row is column i: [`KNOWN_COLUMNS`], then the plan's dimensions.
    names: Vec<&'m str>,
    columns: Columns,
    style: NumberStyle,
    unknown_keys: Vec<String>,
    /// Rows read so far, in any shape.
    rows: u64,
}

pub(super) fn read(set: &mut DataSet, validator: &Validator<'_>, input: TextFile<impl Read>) {
    let file = input.file;
    let names: Vec<&str> = KNOWN_COLUMNS
        .iter()
        .copied()
        .chain(validator.model.dimensions.keys().map(String::as_str))
        .collect();
    let (columns, _) = validator.columns(names.iter().copied());
    let mut r = Reader {
        validator,
        name: set.name(file),
        file,
        names,
        columns,
        style: input.decimal,
        unknown_keys: Vec::new(),
        rows: 0,
    };
    let mut scanner = JsonScanner::new(input.text);
    loop {
        let item = scanner.next_item();
        if let Ok(Some(Item::Row { .. } | Item::NotObject { .. } | Item::TooLong { .. })) = item {
            r.rows += 1;
        }
        match item {
            Ok(None) => break,
            Ok(Some(Item::Row { text, line, column })) => r.row(set, text, line, column),
            Ok(Some(Item::NotObject { line })) => r.reject(set, line, Unreadable::RowNotObject),
            Ok(Some(Item::TooLong { line })) => {
                r.reject(set, line, Unreadable::RowTooLong { mib: MAX_ROW >> 20 })
            }
            Ok(Some(Item::Decimal {
                text,
                line,
                after_rows,
            })) => r.decimal(set, text, line, after_rows, input.decimal),
            Ok(Some(Item::OtherKey { key, line })) => set.file_warning(
                file,
                line,
                DataProblem::UnknownColumn(UnknownColumn::TopLevelKey { key }),
            ),
            Err(ScanError::Io { error, line }) => {
                let line = decode::decode_error(&error).map_or(line, |d| d.line);
                set.fail_file(file, line, super::csv_input::read_problem(&error));
                break;
            }
            Err(ScanError::Shape {
                line,
                column,
                shape,
            }) => {
                let shape = Unreadable::JsonShape {
                    shape,
                    line,
                    column,
                };
                set.fail_file(file, line, DataProblem::Unreadable(shape));
                break;
            }
        }
    }
}

impl Reader<'_, '_> {
    /// Counts a row that cannot be read as rejected.
    fn reject(&self, set: &mut DataSet, line: u64, why: Unreadable) {
        set.rows_read += 1;
        set.rejected += 1;
        set.file_error(self.file, line, DataProblem::Unreadable(why));
    }

    /// The wrapper's `"decimal"`: `"comma"` or `"point"`, before the rows.
    fn decimal(
        &mut self,
        set: &mut DataSet,
        text: &[u8],
        line: u64,
        after_rows: bool,
        given: NumberStyle,
    ) {
        let declared = match serde_json::from_slice::<Value>(text) {
            Ok(Value::String(s)) => NumberStyle::from_word(&s),
            _ => None,
        };
        let Some(declared) = declared else {
            let written = String::from_utf8_lossy(text).into_owned();
            let problem = DataProblem::Unreadable(Unreadable::BadDecimal { written });
            set.file_error(self.file, line, problem);
            return;
        };
        if after_rows {
            if declared != self.style && self.rows > 0 {
                let late = Unreadable::LateDecimal { style: declared };
                set.fail_file(self.file, line, DataProblem::Unreadable(late));
            }
            return;
        }
        self.style = super::csv_input::style_of(set, self.file, line, Some(declared), given);
    }

    /// Parses, validates and stores one row object.
    fn row(&mut self, set: &mut DataSet, text: &[u8], line: u64, column: u64) {
        if let Err(e) = std::str::from_utf8(text) {
            // Not text in the file's encoding: no row of the file can be trusted.
            set.rows_read += 1;
            set.rejected += 1;
            let problem = DataProblem::Encoding(decode::not_utf8(text, e));
            set.fail_file(self.file, line, problem);
            return;
        }
        let object: Map<String, Value> = match serde_json::from_slice(text) {
            Ok(o) => o,
            Err(e) => {
                // serde_json places the error within the row: move it to the file's lines.
                let (l, c) = (e.line() as u64, e.column() as u64);
                let (at_line, at_column) = if l <= 1 {
                    (line, column + c.saturating_sub(1))
                } else {
                    (line + l - 1, c)
                };
                let full = e.to_string();
                let why = full
                    .strip_suffix(&format!(" at line {} column {}", e.line(), e.column()))
                    .unwrap_or(&full)
                    .to_string();
                let not_json = Unreadable::RowNotJson {
                    why,
                    line: at_line,
                    column: at_column,
                };
                self.reject(set, line, not_json);
                return;
            }
        };
        if object.contains_key("task") {
            return self.completion(set, &object, line);
        }
        let names = std::mem::take(&mut self.names);
        self.warn_unknown_keys(set, &object, line, &names, false);
        self.names = names;
        // Strings are text to read; numbers are typed, whatever the file's decimal mark.
        let cells = Cells::of(&object, &self.names);
        let cell = |i: usize| cells.get(i);
        let result = self
            .validator
            .row(
                &self.columns,
                cell,
                self.style,
                Origin::new(self.file, line),
            )
            .map_err(|rejection| rejection.at_row(&self.name, line));
        set.take(self.validator.model, self.file, result);
    }

    /// A row object with a `task`: a task done (`task`, `agency`, `period`, `done_on`,
    /// `note`).
    fn completion(&mut self, set: &mut DataSet, object: &Map<String, Value>, line: u64) {
        self.warn_unknown_keys(set, object, line, &COMPLETION_COLUMNS, true);
        let cells = Cells::of(object, &COMPLETION_COLUMNS);
        let cell = |i: usize| cells.get(i);
        let columns = CompletionColumns {
            task: 0,
            agency: 1,
            period: 2,
            done_on: 3,
            note: Some(4),
        };
        let result = self
            .validator
            .completion(&columns, cell)
            .map_err(|rejection| rejection.at_row(&self.name, line));
        set.take_completion(self.file, result);
    }

    /// Warns once per file about each key that is neither one of `names` (the columns and
    /// dimensions, or with `completions` the columns of a task done), on the first row that
    /// has it.
    fn warn_unknown_keys(
        &mut self,
        set: &mut DataSet,
        object: &Map<String, Value>,
        line: u64,
        names: &[&str],
        completions: bool,
    ) {
        for key in object.keys() {
            if names.contains(&key.as_str()) || self.unknown_keys.contains(key) {
                continue;
            }
            if self.unknown_keys.len() == MAX_UNKNOWN_KEYS {
                let more = UnknownColumn::MoreKeys {
                    key: key.clone(),
                    listed: MAX_UNKNOWN_KEYS,
                };
                set.file_warning(self.file, line, DataProblem::UnknownColumn(more));
                self.unknown_keys.push(key.clone());
                continue;
            }
            if self.unknown_keys.len() > MAX_UNKNOWN_KEYS {
                return;
            }
            let unknown = if completions {
                UnknownColumn::NotCompletionColumn { name: key.clone() }
            } else {
                UnknownColumn::Key { key: key.clone() }
            };
            set.file_warning(self.file, line, DataProblem::UnknownColumn(unknown));
            self.unknown_keys.push(key.clone());
        }
    }
}

/// The fields of a row object by column (`names[i]`): a string is text, a number is typed
/// whatever the file's decimal mark, and any other value (true, a list, an object) is its
/// JSON text, which the column then refuses as it would any text it cannot read.
struct Cells<'o> {
    object: &'o Map<String, Value>,
    names: &'o [&'o str],
    /// The JSON text of each column's value that is neither text, a number nor null.
    others: Vec<Option<String>>,
}

impl<'o> Cells<'o> {
    fn of(object: &'o Map<String, Value>, names: &'o [&'o str]) -> Cells<'o> {
        let others = names
            .iter()
            .map(|n| match object.get(*n) {
                Some(v @ (Value::Bool(_) | Value::Array(_) | Value::Object(_))) => {
                    Some(v.to_string())
                }
                _ => None,
            })
            .collect();
        Cells {
            object,
            names,
            others,
        }
    }

    fn get(&self, i: usize) -> Option<Cell<'_>> {
        match self.object.get(*self.names.get(i)?)? {
            Value::Null => None,
            Value::String(s) => Some(Cell::Text(s)),
            Value::Number(n) => n.as_f64().map(Cell::Number),
            _ => self.others[i].as_deref().map(Cell::Text),
        }
    }
}
