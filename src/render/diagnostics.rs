//! Diagnostics as text for people (miette), one line each for editors, or JSON.

use crate::diagnostic::Diagnostic;
use serde::Serialize;

/// miette's graphical report; `color` false gives plain Unicode without escape codes. Long
/// lines are cut and control characters shown by stand-ins (`render::snippet`).
pub fn human(diagnostic: &Diagnostic, color: bool, width: usize) -> String {
    super::snippet::graphical(diagnostic, &diagnostic.source, color, width)
}

/// `file:line:col: severity[code]: message`.
pub fn short(d: &Diagnostic) -> String {
    let (line, column) = d.line_col();
    format!(
        "{}:{line}:{column}: {}[{}]: {}",
        d.source.name(),
        d.severity().as_str(),
        d.code().as_str(),
        super::terminal::visible(&d.message())
    )
}

/// `query:1:12: error[query::unknown_field]: unknown field ...; help`: the short form with
/// its help, as the REPL and `plan query` show a query's problem on one line.
pub fn short_with_help(d: &Diagnostic) -> String {
    match d.words().help {
        Some(help) => format!("{}; {}", short(d), super::terminal::visible(&help)),
        None => short(d),
    }
}

#[derive(Serialize)]
pub struct JsonLabel {
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub text: String,
}

/// The JSON form of one diagnostic (see README, "Diagnostics as JSON").
#[derive(Serialize)]
pub struct JsonDiagnostic {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub severity: &'static str,
    pub code: &'static str,
    pub message: String,
    pub label: String,
    pub help: Option<String>,
    pub related: Vec<JsonLabel>,
}

fn label(d: &Diagnostic, span: crate::source::Span, text: &str) -> JsonLabel {
    let (line, column) = d.source.line_col(span.start());
    let (end_line, end_column) = d.source.line_col(span.end());
    JsonLabel {
        line,
        column,
        end_line,
        end_column,
        text: text.to_string(),
    }
}

pub fn json(d: &Diagnostic) -> JsonDiagnostic {
    let words = d.words();
    let primary = label(d, d.span, &words.label);
    JsonDiagnostic {
        file: d.source.name().to_string(),
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
