//! Diagnostics as text for people (miette), one line each for editors, or JSON; a data
//! file's problems also as the objects `plan eval` lists.

use crate::diagnostic::{DataPlace, Diagnostic, Place};
use crate::i18n::Lang;
use serde::Serialize;

/// miette's graphical report, its words in `lang`; `color` false gives plain Unicode
/// without escape codes. Long lines are cut and control characters shown by stand-ins
/// (`render::snippet`). A data file is not kept to quote from: its problem is said in the
/// short form.
pub fn human(diagnostic: &Diagnostic, lang: Lang, color: bool, width: usize) -> String {
    match diagnostic.source() {
        Some(source) => super::snippet::graphical(diagnostic, lang, source, color, width),
        None => short(diagnostic, lang),
    }
}

/// `file:line:col: severity[code]: message` in a source; in a data file `file:line: ...`,
/// `file:Sheet1!C14: ...` in a workbook, `file: ...` for a problem with the whole file. A
/// message's control characters (a data cell can hold any) are shown by their stand-ins,
/// never sent to the terminal. The message is in `lang`; the severity and code are ids,
/// the same in every language.
pub fn short(d: &Diagnostic, lang: Lang) -> String {
    format!(
        "{}{}: {}[{}]: {}",
        d.file(),
        at(d),
        d.severity().as_str(),
        d.code().as_str(),
        super::terminal::visible(&d.message(lang))
    )
}

/// Where in its file the problem is, after the file's name: `:12:5` in a source; `:12`,
/// `:Sheet1!C14` or nothing in a data file.
fn at(d: &Diagnostic) -> String {
    match &d.place {
        Place::Text { source, span } => {
            let (line, column) = source.line_col(span.start());
            format!(":{line}:{column}")
        }
        Place::Data(place) => match (&place.cell, place.line) {
            (Some(cell), _) => format!(":{cell}"),
            (None, 0) => String::new(),
            (None, line) => format!(":{line}"),
        },
    }
}

/// Where in a data file the problem is, in words: `line 12`, `Sheet1!C14`; `None` for a
/// problem with the whole file, or one in a source.
pub fn data_place(d: &Diagnostic) -> Option<String> {
    d.data_place()
        .and_then(DataPlace::row_at)
        .map(|at| crate::diagnostic::words::data::row_at(&at))
}

/// `query:1:12: error[query::unknown_field]: unknown field ...; help`: the short form with
/// its help, as the REPL and `plan query` show a query's problem on one line.
pub fn short_with_help(d: &Diagnostic, lang: Lang) -> String {
    match d.words(lang).help {
        Some(help) => format!("{}; {}", short(d, lang), super::terminal::visible(&help)),
        None => short(d, lang),
    }
}

/// Another place a diagnostic involves (a first declaration, the other of two that
/// disagree), in the JSON form: where it is and what is said there.
#[derive(Serialize)]
pub struct JsonLabel {
    /// The line the place starts on, from 1.
    pub line: usize,
    /// The column the place starts at, from 1, in characters.
    pub column: usize,
    /// The line the place ends on.
    pub end_line: usize,
    /// The column just past the place's last character.
    pub end_column: usize,
    /// What is said at the place.
    pub text: String,
}

/// The JSON form of one diagnostic (see docs/cli.md, "Diagnostics as JSON").
#[derive(Serialize)]
pub struct JsonDiagnostic {
    /// The name of the file (or query) the problem is in, as given.
    pub file: String,
    /// The line the problem starts on, from 1; a data file's line, 0 for the whole file.
    pub line: usize,
    /// The column the problem starts at, from 1, in characters; in a data file the column of
    /// the field to blame, 0 when none is.
    pub column: usize,
    /// The line the problem's text ends on (in a data file, `line`).
    pub end_line: usize,
    /// The column just past the problem's text (in a data file, `column`).
    pub end_column: usize,
    /// `error` or `warning`.
    pub severity: &'static str,
    /// The stable code tools match on (`plan::value_out_of_range`).
    pub code: &'static str,
    /// The problem, in one sentence.
    pub message: String,
    /// What is said at the problem's place (may be empty).
    pub label: String,
    /// How to put it right, when there is advice.
    pub help: Option<String>,
    /// Other places involved, each with its text.
    pub related: Vec<JsonLabel>,
}

fn label(d: &Diagnostic, span: crate::source::Span, text: &str) -> JsonLabel {
    let ((line, column), (end_line, end_column)) = match d.source() {
        Some(source) => (source.line_col(span.start()), source.line_col(span.end())),
        None => (d.line_col(), d.line_col()),
    };
    JsonLabel {
        line,
        column,
        end_line,
        end_column,
        text: text.to_string(),
    }
}

/// The JSON form of one diagnostic, its texts (message, label, help) in `lang` and its keys,
/// code and severity the same in every language; one of a data file has its line and the
/// column of its field (0 when none is to blame) for a span.
pub fn json(d: &Diagnostic, lang: Lang) -> JsonDiagnostic {
    let words = d.words(lang);
    let primary = label(d, d.span().unwrap_or_default(), &words.label);
    JsonDiagnostic {
        file: d.file().to_string(),
        line: primary.line,
        column: primary.column,
        end_line: primary.end_line,
        end_column: primary.end_column,
        severity: d.severity().as_str(),
        code: d.code().as_str(),
        message: words.message,
        label: primary.text,
        help: words.help,
        related: words
            .related
            .iter()
            .map(|l| label(d, l.span, &l.text))
            .collect(),
    }
}

/// A data file's problem as `plan eval` lists it (docs/json.md, "The JSON of plan eval").
#[derive(Serialize)]
pub struct DataJson<'a> {
    /// The data file, as its path was given.
    pub file: &'a str,
    /// The line of a text file; the row of a workbook's sheet; 0 for the whole file.
    pub line: u64,
    /// In a workbook, the cell (`Sheet1!C14`) or the row (`Sheet1!14`); `null` in text
    /// files.
    pub location: Option<&'a str>,
    /// The stable code tools match on (`data::bad_number`).
    pub code: &'static str,
    /// The problem, in one sentence.
    pub message: String,
}

/// The object `plan eval` lists for a data file's problem `d`, its message in `lang`.
pub fn data_json(d: &Diagnostic, lang: Lang) -> DataJson<'_> {
    let (line, location) = match d.data_place() {
        Some(place) => (place.line, place.cell.as_deref()),
        None => (d.line_col().0 as u64, None),
    };
    DataJson {
        file: d.file(),
        line,
        location,
        code: d.code().as_str(),
        message: d.message(lang),
    }
}

/// A list of data problems as a JSON array of [`DataJson`], each made as it is written,
/// their messages in the language given.
pub struct DataJsonList<'a>(pub &'a [Diagnostic], pub Lang);

impl Serialize for DataJsonList<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().map(|d| data_json(d, self.1)))
    }
}
