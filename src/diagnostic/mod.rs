//! Diagnostics as values: a problem (a stable code and the values that describe it) at a
//! place: a span of a source, or a row of a data file. Words are made from the problem only
//! when a person is to read them ([`words`]); they are built by every phase and rendered
//! only at the edges (see `render`).

mod codes;
mod fixes;
mod place;
pub mod problem;
pub mod words;

pub use codes::{Code, Severity};
pub use place::{DataPlace, Place};
pub use problem::*;

use crate::i18n::Lang;
use crate::source::{Source, Span};
use std::fmt;

/// One problem found in a plan file, a query or a data file.
#[derive(Clone)]
pub struct Diagnostic {
    /// What is wrong, as values: its code and what its words are made from.
    pub problem: Problem,
    /// The exact place of the problem.
    pub place: Place,
}

impl Diagnostic {
    /// A problem at `span` of `source`.
    pub fn of(problem: Problem, source: &Source, span: Span) -> Self {
        Diagnostic {
            problem,
            place: Place::Text {
                source: source.clone(),
                span,
            },
        }
    }

    /// A problem of a data file, at `place`.
    pub fn in_data(problem: DataProblem, place: DataPlace) -> Self {
        Diagnostic {
            problem: Problem::Data(problem),
            place: Place::Data(place),
        }
    }

    /// The same diagnostic at another span of its source (a problem repeated wherever it is
    /// written). A data file has no spans: a diagnostic of one keeps its place.
    pub fn at(mut self, span: Span) -> Self {
        if let Place::Text { span: at, .. } = &mut self.place {
            *at = span;
        }
        self
    }

    /// The stable code.
    pub fn code(&self) -> Code {
        self.problem.code()
    }

    /// What a person reads, in `lang`: message, label, related places, help.
    pub fn words(&self, lang: Lang) -> words::Words {
        words::words(&self.problem, lang)
    }

    /// The one-line message, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        self.words(lang).message
    }

    /// Changes that fix the problem, for an editor to offer: to a span of the source, or
    /// to the field of a data row.
    pub fn fixes(&self) -> Vec<Edit> {
        let edit = match &self.place {
            Place::Text { span, .. } => fixes::replacement(&self.problem).map(|replacement| Edit {
                target: EditTarget::Span(*span),
                replacement,
            }),
            Place::Data(place) => fixes::field(&self.problem).map(|(written, replacement)| Edit {
                target: EditTarget::Field {
                    place: place.clone(),
                    written,
                },
                replacement,
            }),
        };
        edit.into_iter().collect()
    }

    /// How bad the problem is, which its code fixes.
    pub fn severity(&self) -> Severity {
        self.code().severity()
    }

    /// Whether the problem is an error: `plan check` fails, a data row is refused.
    pub fn is_error(&self) -> bool {
        self.severity() == Severity::Error
    }

    /// The source text the problem is in; `None` for a data file.
    pub fn source(&self) -> Option<&Source> {
        match &self.place {
            Place::Text { source, .. } => Some(source),
            Place::Data(_) => None,
        }
    }

    /// The span of the problem in its source; `None` for a data file.
    pub fn span(&self) -> Option<Span> {
        match &self.place {
            Place::Text { span, .. } => Some(*span),
            Place::Data(_) => None,
        }
    }

    /// The place in a data file; `None` for a source text.
    pub fn data_place(&self) -> Option<&DataPlace> {
        match &self.place {
            Place::Text { .. } => None,
            Place::Data(place) => Some(place),
        }
    }

    /// The name of the file (or query) the problem is in.
    pub fn file(&self) -> &str {
        match &self.place {
            Place::Text { source, .. } => source.name(),
            Place::Data(place) => &place.file,
        }
    }

    /// 1-based line and column of the primary span; in a data file, the line (0 for the
    /// whole file) and the column of the field to blame (0 when none is).
    pub fn line_col(&self) -> (usize, usize) {
        match &self.place {
            Place::Text { source, span } => source.line_col(span.start()),
            Place::Data(place) => (
                usize::try_from(place.line).unwrap_or(usize::MAX),
                place.column.map_or(0, |c| c as usize),
            ),
        }
    }
}

impl fmt::Debug for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (line, column) = self.line_col();
        write!(
            f,
            "{}:{line}:{column}: {}[{}]: {}",
            self.file(),
            self.severity().as_str(),
            self.code().as_str(),
            self.message(Lang::En)
        )
    }
}

/// The message in English, as an error's text is for a program's logs; what a person reads
/// is [`Diagnostic::message`] in their language.
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for Diagnostic {}

/// Counts of a list of diagnostics by severity.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// How many are errors.
    pub errors: usize,
    /// How many are warnings.
    pub warnings: usize,
}

impl Tally {
    /// The counts of `diagnostics`.
    pub fn of(diagnostics: &[Diagnostic]) -> Tally {
        let errors = diagnostics.iter().filter(|d| d.is_error()).count();
        Tally {
            errors,
            warnings: diagnostics.len() - errors,
        }
    }
}
