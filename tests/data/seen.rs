//! A data problem as these tests compare it: its place, code and words, as the one-line and
//! JSON forms print them. The problems' values are asserted in `problems.rs`; here the words
//! of each code are held to what they were.

use planlang::diagnostic::{Code, Diagnostic};
use planlang::i18n::Lang;
use planlang::render::diagnostics::data_json;

#[derive(Debug, PartialEq)]
pub struct DataError {
    pub file: String,
    pub line: u64,
    pub location: Option<String>,
    pub code: Code,
    pub message: String,
}

/// One problem as the tests compare it.
pub fn seen(d: &Diagnostic) -> DataError {
    let json = data_json(d, Lang::En);
    DataError {
        file: json.file.to_string(),
        line: json.line,
        location: json.location.map(String::from),
        code: d.code(),
        message: json.message,
    }
}

/// Every problem of a list.
pub fn all(list: &[Diagnostic]) -> Vec<DataError> {
    list.iter().map(seen).collect()
}

/// The line and code of each problem, in order.
pub fn lines_and_codes(list: &[DataError]) -> Vec<(u64, Code)> {
    list.iter().map(|e| (e.line, e.code)).collect()
}
