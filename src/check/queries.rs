//! Named queries (`query NAME "..."`): their text is checked against the plan when it runs,
//! but a text nested deeper than the query language allows is refused here already, so that
//! `plan check` fails on the plan rather than a REPL on the query.

use super::Checks;
use crate::diagnostic::Problem;
use crate::query::limits::{Brackets, MAX_DEPTH};
use crate::source::Span;
use crate::syntax::offset_in_literal;

pub(super) fn check(c: &mut Checks<'_>) {
    for q in c.model.queries.values() {
        let Some(at) = Brackets::of(&q.text).too_deep() else {
            continue;
        };
        let literal = c
            .model
            .source
            .text()
            .get(q.text_span.start()..q.text_span.end())
            .unwrap_or_default();
        let start = q.text_span.start() + offset_in_literal(literal, at);
        let problem = Problem::QueryTooDeep {
            query: q.id.clone(),
            limit: MAX_DEPTH,
        };
        c.report(problem, Span::new(start, start + 1));
    }
}
