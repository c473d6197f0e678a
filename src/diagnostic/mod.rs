//! Diagnostics as values: a stable code, a message, labelled spans, computed help.
//!
//! They are built by every phase and rendered only at the edges (see `render`).

mod codes;

pub use codes::{Code, Severity};

use crate::source::{Source, Span};
use std::fmt;

/// A labelled place in the source.
#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    pub span: Span,
    pub text: String,
}

/// One problem found in a plan file.
#[derive(Clone)]
pub struct Diagnostic {
    pub code: Code,
    pub message: String,
    pub source: Source,
    /// The exact place of the problem.
    pub primary: Label,
    /// Other places involved ("first defined here").
    pub related: Vec<Label>,
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn new(code: Code, source: &Source, span: Span, message: impl Into<String>) -> Self {
        Diagnostic {
            code,
            message: message.into(),
            source: source.clone(),
            primary: Label {
                span,
                text: String::new(),
            },
            related: Vec::new(),
            help: None,
        }
    }

    /// The same diagnostic at another place (a problem repeated wherever it is written).
    pub fn at(mut self, span: Span) -> Self {
        self.primary.span = span;
        self
    }

    /// Text shown at the primary span.
    pub fn label(mut self, text: impl Into<String>) -> Self {
        self.primary.text = text.into();
        self
    }

    /// Another place involved in the problem.
    pub fn related(mut self, span: Span, text: impl Into<String>) -> Self {
        self.related.push(Label {
            span,
            text: text.into(),
        });
        self
    }

    pub fn help(mut self, text: impl Into<String>) -> Self {
        self.help = Some(text.into());
        self
    }

    pub fn maybe_help(mut self, text: Option<String>) -> Self {
        if text.is_some() {
            self.help = text;
        }
        self
    }

    pub fn severity(&self) -> Severity {
        self.code.severity()
    }

    pub fn is_error(&self) -> bool {
        self.severity() == Severity::Error
    }

    /// 1-based line and column of the primary span.
    pub fn line_col(&self) -> (usize, usize) {
        self.source.line_col(self.primary.span.start())
    }
}

impl fmt::Debug for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (line, column) = self.line_col();
        write!(
            f,
            "{}:{line}:{column}: {}[{}]: {}",
            self.source.name(),
            self.severity().as_str(),
            self.code.as_str(),
            self.message
        )
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Diagnostic {}

impl miette::Diagnostic for Diagnostic {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(self.code.as_str()))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.severity() {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
        })
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(&self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = miette::LabeledSpan> + '_>> {
        let text = |t: &str| (!t.is_empty()).then(|| t.to_string());
        let primary =
            miette::LabeledSpan::new_primary_with_span(text(&self.primary.text), self.primary.span);
        let related = self
            .related
            .iter()
            .map(move |l| miette::LabeledSpan::new_with_span(text(&l.text), l.span));
        Some(Box::new(std::iter::once(primary).chain(related)))
    }
}

/// Counts of a list of diagnostics by severity.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub errors: usize,
    pub warnings: usize,
}

impl Tally {
    pub fn of(diagnostics: &[Diagnostic]) -> Tally {
        let errors = diagnostics.iter().filter(|d| d.is_error()).count();
        Tally {
            errors,
            warnings: diagnostics.len() - errors,
        }
    }
}
