//! Named queries (`query NAME "..."`): each is read and checked against the plan as `:run`
//! would, so that `plan check` fails on a broken query rather than a REPL on it. A text
//! nested deeper than the query language allows is refused before it is read.

use super::Checks;
use crate::date::Date;
use crate::diagnostic::Problem;
use crate::query::facts::Facts;
use crate::query::limits::{Brackets, MAX_DEPTH};
use crate::query::Context;
use crate::source::{Source, Span};
use crate::syntax::offset_in_literal;

pub(super) fn check(c: &mut Checks<'_>) {
    if c.model.queries.is_empty() {
        return;
    }
    // Checking a query reads the plan alone: no data, so the date is none that matters.
    let facts = Facts::without_data(Date {
        year: 2000,
        month: 1,
        day: 1,
    });
    let mut found = Vec::new();
    for q in c.model.queries.values() {
        let literal = c
            .model
            .source
            .text()
            .get(q.text_span.start()..q.text_span.end())
            .unwrap_or_default();
        // A byte of the query's text, as a span of the plan's.
        let in_plan = |offset: usize| q.text_span.start() + offset_in_literal(literal, offset);
        if let Some(at) = Brackets::of(&q.text).too_deep() {
            let problem = Problem::QueryTooDeep {
                query: q.id.clone(),
                limit: MAX_DEPTH,
            };
            let start = in_plan(at);
            found.push((problem, Span::new(start, start + 1)));
            continue;
        }
        // Its name is never shown: what is wrong is reported at its place in the plan.
        let source = Source::new(q.id.as_str(), q.text.as_str());
        let ctx = Context {
            model: c.model,
            facts: &facts,
        };
        let read = crate::query::parse::parse(&source)
            .and_then(|query| crate::query::check::check(ctx, &source, &query));
        if let Err(e) = read {
            let span = e.span().unwrap_or_default();
            let (start, end) = (in_plan(span.start()), in_plan(span.end()));
            found.push((e.problem, Span::new(start, end.max(start + 1))));
        }
    }
    for (problem, span) in found {
        c.report(problem, span);
    }
}
