//! Consistency checks over a resolved model. Each check is a small function adding
//! diagnostics; all of them run, so one pass reports every problem.

mod cascade;
mod characters;
mod derived;
mod duties;
mod owners;
mod queries;
mod schedule;
mod structure;
mod targets;

use crate::diagnostic::{Diagnostic, Problem};
use crate::model::Model;
use crate::source::Span;

/// Runs every check on the model.
pub fn check(model: &Model) -> Vec<Diagnostic> {
    let mut out = Checks {
        model,
        diagnostics: Vec::new(),
    };
    structure::check(&mut out);
    owners::check(&mut out);
    targets::check(&mut out);
    derived::check(&mut out);
    schedule::check(&mut out);
    duties::check(&mut out);
    cascade::check(&mut out);
    queries::check(&mut out);
    characters::check(&mut out);
    // An amendment that says two things of the same target, owner or report.
    if model.amendment.is_some() {
        out.diagnostics.extend(crate::amend::conflicts(&[model]));
    }
    out.diagnostics
}

/// One run of the checks: the model they read and the problems they have found so far.
pub(crate) struct Checks<'m> {
    /// The resolved model under check; problems are reported against its source.
    pub(crate) model: &'m Model,
    /// The problems found so far, in the order the checks ran.
    pub(crate) diagnostics: Vec<Diagnostic>,
}

impl Checks<'_> {
    /// Reports a problem at `span` of the plan.
    pub(crate) fn report(&mut self, problem: Problem, span: Span) {
        let d = Diagnostic::of(problem, &self.model.source, span);
        self.diagnostics.push(d);
    }
}

/// A measure as a problem names it.
pub(crate) fn measure_ref(m: &crate::model::Measure) -> crate::diagnostic::MeasureRef {
    crate::diagnostic::MeasureRef {
        id: m.id.clone(),
        is_part: m.parent.is_some(),
    }
}
