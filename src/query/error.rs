//! What is wrong with a query: a [`Diagnostic`] like a plan's, with its place in the query
//! text, its problem ([`crate::diagnostic::QueryProblem`]) and the code it carries (`query::unknown_field`). Boxed:
//! errors travel through every `Result` of the parser and the checker, which should stay
//! small on the path that succeeds.

use crate::diagnostic::{Diagnostic, Problem, QueryProblem};
use crate::source::{Source, Span};

/// One problem with a query.
pub type QueryError = Box<Diagnostic>;

/// The error for `problem` at `span` of the query text.
pub(crate) fn query_error(problem: QueryProblem, source: &Source, span: Span) -> QueryError {
    Box::new(Diagnostic::of(Problem::Query(problem), source, span))
}
