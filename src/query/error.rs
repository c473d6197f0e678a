//! What is wrong with a query: a stable code, the place in the query text, a message in plain
//! words and help that says how to fix it. Rendered like plan diagnostics (miette).

use crate::source::{Source, Span};
use std::fmt;

macro_rules! query_codes {
    ($( $variant:ident = $code:literal, $summary:literal; )*) => {
        /// A stable code such as `query::unknown_field`.
        #[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
        pub enum QueryCode { $($variant),* }

        impl QueryCode {
            /// Every code, in the order the README lists them.
            pub const ALL: &'static [QueryCode] = &[$(QueryCode::$variant),*];

            pub fn as_str(self) -> &'static str {
                match self { $(QueryCode::$variant => $code),* }
            }

            /// What the code means, in one line.
            pub fn summary(self) -> &'static str {
                match self { $(QueryCode::$variant => $summary),* }
            }
        }
    };
}

query_codes! {
    Syntax = "query::syntax", "the text does not follow the query grammar";
    Incomplete = "query::incomplete", "the query stops before it is finished (an open parenthesis or quote, a missing value)";
    UnknownSubject = "query::unknown_subject", "the query asks for something other than indicators, targets, agencies, objectives or reports";
    UnknownField = "query::unknown_field", "a field the subject does not have";
    UnknownValue = "query::unknown_value", "a value the field never takes (an agency, objective, status... the plan does not have)";
    TypeMismatch = "query::type_mismatch", "a comparison that does not fit the field (`<` on text, `~` on a number, a word where a number is needed)";
    NotApplicable = "query::not_applicable", "a clause that does not apply to the subject (`due` on indicators, `late` on targets)";
    RepeatedClause = "query::repeated_clause", "`sort by`, `limit` or `columns` written twice";
    BadLimit = "query::bad_limit", "`limit` is not a whole number";
    UnknownId = "query::unknown_id", "`show` names no indicator, part or agency of the plan";
    RepeatedField = "query::repeated_field", "a `count` names the same field twice after `by`";
    TooDeep = "query::too_deep", "a condition nests parentheses more than 64 deep";
}

/// One problem with a query. Boxed: errors travel through every `Result` of the parser and
/// the checker, which should stay small on the path that succeeds.
#[derive(Clone)]
pub struct QueryError(Box<QueryErrorData>);

#[derive(Clone)]
pub struct QueryErrorData {
    pub code: QueryCode,
    pub message: String,
    /// The query text, named as the session names it (`query`, `-e 2`, `stdin:3`).
    pub source: Source,
    pub span: Span,
    pub label: String,
    pub help: Option<String>,
}

impl std::ops::Deref for QueryError {
    type Target = QueryErrorData;

    fn deref(&self) -> &QueryErrorData {
        &self.0
    }
}

impl QueryError {
    pub fn new(code: QueryCode, source: &Source, span: Span, message: impl Into<String>) -> Self {
        QueryError(Box::new(QueryErrorData {
            code,
            message: message.into(),
            source: source.clone(),
            span,
            label: String::new(),
            help: None,
        }))
    }

    pub fn label(mut self, text: impl Into<String>) -> Self {
        self.0.label = text.into();
        self
    }

    pub fn help(mut self, text: impl Into<String>) -> Self {
        self.0.help = Some(text.into());
        self
    }

    /// 1-based line and column (in characters) of the problem in the query text.
    pub fn line_col(&self) -> (usize, usize) {
        self.source.line_col(self.span.start())
    }

    /// `query:1:12: error[query::unknown_field]: unknown field ...; help`.
    pub fn short(&self) -> String {
        let (line, column) = self.line_col();
        let help = self.help.as_ref().map_or(String::new(), |h| {
            format!("; {}", crate::render::terminal::visible(h))
        });
        format!(
            "{}:{line}:{column}: error[{}]: {}{help}",
            self.source.name(),
            self.code.as_str(),
            crate::render::terminal::visible(&self.message)
        )
    }

    /// miette's drawing of the query with the problem marked; `color` false gives plain
    /// Unicode without escape codes.
    pub fn human(&self, color: bool, width: usize) -> String {
        crate::render::snippet::graphical(self, &self.source, color, width)
    }
}

impl fmt::Debug for QueryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.short())
    }
}

impl fmt::Display for QueryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for QueryError {}

impl miette::Diagnostic for QueryError {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(self.code.as_str()))
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
        let text = (!self.label.is_empty()).then(|| self.label.clone());
        Some(Box::new(std::iter::once(
            miette::LabeledSpan::new_primary_with_span(text, self.span),
        )))
    }
}
