//! JSON files: an array of row objects with the CSV's column names as keys, or an object
//! `{ "decimal": "comma", "observations": [...] }`. Values may be strings or numbers. Each
//! row is reported by the line its object starts on.
//!
//! Rows stream: [`JsonScanner`] hands out one row object at a time, serde_json parses it,
//! and it is validated and stored before the next is read, so memory follows the keys kept,
//! not the rows read. Hence `decimal` must come before `observations` in the object form:
//! rows already read cannot be read again with another decimal separator.

use super::json_scan::{Item, JsonScanner, ScanError, MAX_ROW};
use super::row::{Columns, NumberStyle, Validator, KNOWN_COLUMNS};
use super::store::Origin;
use super::{DataCode, DataSet};
use serde_json::{Map, Value};
use std::io::Read;

/// Distinct unknown keys warned about per file; a file whose rows all carry different keys
/// gets one more warning saying so, instead of one warning per key.
const MAX_UNKNOWN_KEYS: usize = 32;

/// The example every "a row must be an object" message gives.
const ROW_EXAMPLE: &str =
    "{\"indicator\": \"3\", \"area\": \"son_la\", \"period\": \"2023\", \"value\": 11.5}";

/// What reading one file needs besides the data set.
struct Reader<'a, 'm> {
    validator: &'a Validator<'m>,
    name: &'a str,
    file: u16,
    /// Key i of a row is column i: [`KNOWN_COLUMNS`], then the plan's dimensions.
    names: Vec<&'m str>,
    columns: Columns,
    style: NumberStyle,
    unknown_keys: Vec<String>,
}

pub(super) fn read(
    set: &mut DataSet,
    validator: &Validator<'_>,
    name: &str,
    file: u16,
    reader: impl Read,
    options: super::LoadOptions,
) {
    let names: Vec<&str> = KNOWN_COLUMNS
        .iter()
        .copied()
        .chain(validator.model.dimensions.keys().map(String::as_str))
        .collect();
    let (columns, _) = validator.columns(names.iter().copied());
    let mut r = Reader {
        validator,
        name,
        file,
        names,
        columns,
        style: NumberStyle {
            decimal_comma: options.decimal_comma,
        },
        unknown_keys: Vec::new(),
    };
    let mut scanner = JsonScanner::new(reader);
    loop {
        match scanner.next_item() {
            Ok(None) => break,
            Ok(Some(Item::Row { text, line, column })) => r.row(set, text, line, column),
            Ok(Some(Item::NotObject { line })) => r.reject(
                set,
                line,
                format!("a row must be a JSON object such as {ROW_EXAMPLE}"),
            ),
            Ok(Some(Item::TooLong { line })) => r.reject(
                set,
                line,
                format!("the row object is longer than {} MiB, so it is skipped; a row holds a few short fields: look for a `{{` or `\"` that is not closed", MAX_ROW >> 20),
            ),
            Ok(Some(Item::Decimal {
                text,
                line,
                after_rows,
            })) => r.decimal(set, text, line, after_rows, options),
            Ok(Some(Item::OtherKey { key, line })) => set.file_warning(
                name,
                line,
                DataCode::UnknownColumn,
                format!("key `{key}` of the top-level object is neither `decimal` nor `observations`; it is ignored"),
            ),
            Err(ScanError::Io { error, line }) => {
                set.file_error(
                    name,
                    line,
                    DataCode::Unreadable,
                    format!("cannot read the file: {error}"),
                );
                break;
            }
            Err(ScanError::Shape {
                line,
                column,
                message,
            }) => {
                set.file_error(
                    name,
                    line,
                    DataCode::Unreadable,
                    format!("not a JSON array of rows nor an object with `observations`: {message} at line {line} column {column}"),
                );
                break;
            }
        }
    }
}

impl Reader<'_, '_> {
    /// Counts a row that cannot be read as rejected.
    fn reject(&self, set: &mut DataSet, line: u64, message: String) {
        set.rows_read += 1;
        set.rejected += 1;
        set.file_error(self.name, line, DataCode::Unreadable, message);
    }

    /// The wrapper's `"decimal"`: `"comma"` or `"point"`, before the rows.
    fn decimal(
        &mut self,
        set: &mut DataSet,
        text: &[u8],
        line: u64,
        after_rows: bool,
        options: super::LoadOptions,
    ) {
        let comma = match serde_json::from_slice::<Value>(text) {
            Ok(Value::String(s)) if s == "comma" => true,
            Ok(Value::String(s)) if s == "point" => false,
            _ => {
                let written = String::from_utf8_lossy(text);
                set.file_error(
                    self.name,
                    line,
                    DataCode::Unreadable,
                    format!("`\"decimal\": {written}` is not a decimal separator; write `\"decimal\": \"comma\"` (numbers like 9,5) or `\"decimal\": \"point\"` (9.5)"),
                );
                return;
            }
        };
        if after_rows {
            if comma && !self.style.decimal_comma {
                set.file_error(
                    self.name,
                    line,
                    DataCode::Unreadable,
                    "`\"decimal\": \"comma\"` comes after the rows it is meant for, which were read with a decimal point; put `\"decimal\"` before `\"observations\"` (rows are read as the file streams)".into(),
                );
            }
            return;
        }
        self.style.decimal_comma = comma || options.decimal_comma;
    }

    /// Parses, validates and stores one row object.
    fn row(&mut self, set: &mut DataSet, text: &[u8], line: u64, column: u64) {
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
                let what = full
                    .strip_suffix(&format!(" at line {} column {}", e.line(), e.column()))
                    .unwrap_or(&full);
                self.reject(
                    set,
                    line,
                    format!(
                        "the row is not valid JSON: {what} at line {at_line} column {at_column}"
                    ),
                );
                return;
            }
        };
        self.warn_unknown_keys(set, &object, line);
        let texts: Vec<Option<String>> = self
            .names
            .iter()
            .map(|n| match object.get(*n) {
                None | Some(Value::Null) => None,
                Some(Value::String(s)) => Some(s.clone()),
                // A JSON number always writes its decimals with a point: in a file that
                // declares a decimal comma, give it the comma the row reader expects.
                Some(Value::Number(n)) if self.style.decimal_comma => {
                    Some(n.to_string().replace('.', ","))
                }
                Some(other) => Some(other.to_string()),
            })
            .collect();
        let result = self.validator.row(
            &self.columns,
            |i| texts.get(i).and_then(|t| t.as_deref()),
            self.style,
            self.name,
            Origin::new(self.file, line),
        );
        set.take(self.validator.model, self.name, result);
    }

    /// Warns once per file about each key that is neither a column nor a dimension, on the
    /// first row that has it.
    fn warn_unknown_keys(&mut self, set: &mut DataSet, object: &Map<String, Value>, line: u64) {
        for key in object.keys() {
            if self.names.contains(&key.as_str()) || self.unknown_keys.contains(key) {
                continue;
            }
            if self.unknown_keys.len() == MAX_UNKNOWN_KEYS {
                set.file_warning(self.name, line, DataCode::UnknownColumn, format!("more keys that are neither documented columns nor dimensions of the plan, such as `{key}`, are ignored too; only the first {MAX_UNKNOWN_KEYS} are listed"));
                self.unknown_keys.push(key.clone());
                continue;
            }
            if self.unknown_keys.len() > MAX_UNKNOWN_KEYS {
                return;
            }
            set.file_warning(self.name, line, DataCode::UnknownColumn, format!("key `{key}` is neither a documented column ({}) nor a dimension of the plan; it is ignored", KNOWN_COLUMNS.join(", ")));
            self.unknown_keys.push(key.clone());
        }
    }
}
