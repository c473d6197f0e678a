//! Diagnostics as values: a problem (a stable code and the values that describe it) at a
//! place in a source. Words are made from the problem only when a person is to read them
//! ([`english`]); they are built by every phase and rendered only at the edges (see `render`).

mod codes;
pub mod english;
mod fixes;
pub mod problem;

pub use codes::{Code, Severity};
pub use problem::*;

use crate::source::{Source, Span};
use std::fmt;

/// One problem found in a plan file.
#[derive(Clone)]
pub struct Diagnostic {
    pub problem: Problem,
    pub source: Source,
    /// The exact place of the problem.
    pub span: Span,
}

impl Diagnostic {
    /// A problem at `span` of `source`.
    pub fn of(problem: Problem, source: &Source, span: Span) -> Self {
        Diagnostic {
            problem,
            source: source.clone(),
            span,
        }
    }

    /// The same diagnostic at another place (a problem repeated wherever it is written).
    pub fn at(mut self, span: Span) -> Self {
        self.span = span;
        self
    }

    /// The stable code.
    pub fn code(&self) -> Code {
        self.problem.code()
    }

    /// What a person reads: message, label, related places, help.
    pub fn words(&self) -> english::Words {
        english::words(&self.problem)
    }

    /// The one-line message.
    pub fn message(&self) -> String {
        self.words().message
    }

    /// Changes to the source that fix the problem, for an editor to offer.
    pub fn fixes(&self) -> Vec<Edit> {
        fixes::replacement(&self.problem)
            .map(|replacement| Edit {
                span: self.span,
                replacement,
            })
            .into_iter()
            .collect()
    }

    pub fn severity(&self) -> Severity {
        self.code().severity()
    }

    pub fn is_error(&self) -> bool {
        self.severity() == Severity::Error
    }

    /// 1-based line and column of the primary span.
    pub fn line_col(&self) -> (usize, usize) {
        self.source.line_col(self.span.start())
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
            self.code().as_str(),
            self.message()
        )
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for Diagnostic {}

impl miette::Diagnostic for Diagnostic {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(self.code().as_str()))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.severity() {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
        })
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.words()
            .help
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(&self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = miette::LabeledSpan> + '_>> {
        let words = self.words();
        let text = |t: String| (!t.is_empty()).then_some(t);
        let primary = miette::LabeledSpan::new_primary_with_span(text(words.label), self.span);
        let related = words
            .related
            .into_iter()
            .map(move |l| miette::LabeledSpan::new_with_span(text(l.text), l.span));
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
