//! The shape of the plan: objectives, numbering, parts, sources, the document's dates.

use super::Checks;
use crate::diagnostic::{CitedDate, Problem, Structure};
use crate::source::Span;
use rustc_hash::FxHashSet as HashSet;

pub(super) fn check(c: &mut Checks<'_>) {
    signing_dates(c);
    objectives(c);
    sources(c);
    numbering(c);
    parts(c);
}

fn signing_dates(c: &mut Checks<'_>) {
    let signed = &c.model.plan.signed;
    let Some(first) = signed.first() else { return };
    let cited = |s: &crate::model::SignedDate| CitedDate {
        date: s.date,
        reference: s.reference.clone(),
    };
    for other in signed.iter().skip(1).filter(|s| s.date != first.date) {
        let problem = Structure::ConflictingDates {
            first: cited(first),
            second: cited(other),
            first_span: first.span,
        };
        report(c, problem, other.span);
    }
}

fn report(c: &mut Checks<'_>, problem: Structure, span: Span) {
    c.report(Problem::Structure(problem), span);
}

fn objectives(c: &mut Checks<'_>) {
    let model = c.model;
    // An objective with indicators of its own, or under an objective nested in it (a
    // general objective, mục tiêu chung, whose specific objectives have the indicators).
    let used: HashSet<&str> = model
        .indicators
        .values()
        .filter_map(|i| i.objective.as_ref()?.id)
        .flat_map(|id| model.objective_path(id))
        .filter_map(|id| model.at(id).map(|o| o.id.as_str()))
        .collect();
    for o in model.objectives.values() {
        if !used.contains(o.id.as_str()) {
            let objective = o.id.clone();
            report(c, Structure::EmptyObjective { objective }, o.span);
        }
    }
    if model.objectives.is_empty() {
        return;
    }
    for i in model.indicators.values().filter(|i| i.objective.is_none()) {
        let indicator = i.number.clone();
        report(c, Structure::NoObjective { indicator }, i.id_span);
    }
}

fn sources(c: &mut Checks<'_>) {
    for i in c.model.indicators.values().filter(|i| i.source.is_none()) {
        let indicator = i.number.clone();
        report(c, Structure::MissingSource { indicator }, i.id_span);
    }
}

/// Gaps and backward steps in the document's numbering (numeric ids only).
fn numbering(c: &mut Checks<'_>) {
    let mut previous: Option<(u64, Span)> = None;
    for i in c.model.indicators.values() {
        let Ok(number) = i.number.parse::<u64>() else {
            continue;
        };
        if let Some((previous, previous_span)) = previous {
            if number < previous {
                let problem = Structure::NumberingOrder {
                    number,
                    previous,
                    previous_span,
                };
                report(c, problem, i.id_span);
            } else if number > previous + 1 {
                let problem = Structure::NumberingGap {
                    number,
                    previous,
                    previous_span,
                };
                report(c, problem, i.id_span);
            }
        }
        previous = Some((number, i.id_span));
    }
}

fn parts(c: &mut Checks<'_>) {
    let model = c.model;
    for i in model.indicators.values().filter(|i| i.is_composite) {
        let parts: Vec<_> = model.measures_of(i).collect();
        if parts.len() == 1 {
            let indicator = i.number.clone();
            report(c, Structure::SinglePart { indicator }, i.id_span);
        }
        for (k, part) in parts.iter().enumerate() {
            let letter = part.id.strip_prefix(i.number.as_str()).unwrap_or(&part.id);
            let expected = char::from(b'a' + (k as u8).min(25)).to_string();
            if letter != expected {
                let problem = Structure::PartOrder {
                    indicator: i.number.clone(),
                    letter: letter.to_string(),
                    position: k + 1,
                    expected,
                };
                report(c, problem, part.id_span);
            }
        }
    }
}
