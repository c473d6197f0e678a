//! Fields, each on one line: those of the plan header, amendments, indicators and parts
//! (targets included), reports, reviews, projects and tasks. Clauses come in the grammar's
//! order; where the grammar lets them come in any order (a target's `strive`, `where` and
//! `ref`), in one fixed order, which the syntax tree cannot tell from another.

use super::lexical::{date, day_month, day_month_year, due_month, year, Line, Words};
use crate::syntax::ast::*;
use crate::syntax::grammar::Rule;
use crate::syntax::keywords::{
    AGGREGATES, COMPARATORS, DIRECTIONS, PERIODS, RATE_CHANGES, RATE_UNITS, RECURRENCES,
    REVIEW_POINTS,
};

pub(super) fn plan_field(kind: &PlanFieldKind) -> String {
    let line = Line::new();
    match kind {
        PlanFieldKind::Document(text) => line.kw(Rule::k_document).text(text),
        PlanFieldKind::Issuer(id) => line.kw(Rule::k_issuer).ident(id),
        PlanFieldKind::Signed {
            date: signed,
            reference,
        } => line
            .kw(Rule::k_signed)
            .word(&date(signed))
            .clause(Rule::k_ref, reference.as_ref()),
        PlanFieldKind::Period { start, end } => {
            line.kw(Rule::k_period)
                .word(&format!("{}..{}", year(start), year(end)))
        }
        PlanFieldKind::Horizon(y) => line.kw(Rule::k_horizon).year(y),
        PlanFieldKind::Area(text) => line.kw(Rule::k_area).text(text),
        PlanFieldKind::Implements(Implements::Document(text)) => {
            line.kw(Rule::k_implements).text(text)
        }
        PlanFieldKind::Implements(Implements::Plan(id)) => line.kw(Rule::k_implements).ident(id),
        PlanFieldKind::Basis(text) => line.kw(Rule::k_basis).text(text),
        PlanFieldKind::Annotation(a) => annotation(line, a),
    }
    .finish()
}

pub(super) fn amendment_field(kind: &AmendmentFieldKind) -> String {
    match kind {
        AmendmentFieldKind::Amends(id) => Line::new().kw(Rule::k_amends).ident(id).finish(),
        AmendmentFieldKind::Effective {
            date: effective,
            reference,
        } => Line::new()
            .kw(Rule::k_effective)
            .word(&date(effective))
            .clause(Rule::k_ref, reference.as_ref())
            .finish(),
        AmendmentFieldKind::Header(kind) => plan_field(kind),
    }
}

pub(super) fn measure_field(kind: &MeasureFieldKind) -> Words {
    let line = Line::new();
    match kind {
        MeasureFieldKind::Unit(unit) => line
            .kw(Rule::k_unit)
            .ident(&unit.name)
            .clause(Rule::k_of, unit.of.as_ref()),
        MeasureFieldKind::Direction(d) => line.kw(Rule::k_direction).value(&DIRECTIONS, &d.value),
        MeasureFieldKind::Flow(f) if f.cumulative => line.kw(Rule::k_flow).kw(Rule::k_cumulative),
        MeasureFieldKind::Flow(_) => line.kw(Rule::k_flow),
        MeasureFieldKind::Baseline {
            year,
            value,
            reference,
        } => {
            let line = line.kw(Rule::k_baseline).year(year);
            let line = match value {
                Some(value) => line.word("=").number(value),
                None => line,
            };
            line.clause(Rule::k_ref, reference.as_ref())
        }
        MeasureFieldKind::Target(spec) => target(line.kw(Rule::k_target), spec),
        MeasureFieldKind::Owner(o) => ownership(line, o),
        MeasureFieldKind::Annotation(a) => annotation(line, a),
        MeasureFieldKind::Formula {
            numerator,
            denominator,
            factor,
        } => {
            let line = line
                .kw(Rule::k_formula)
                .ident(numerator)
                .word("/")
                .ident(denominator);
            match factor {
                Some(factor) => line.word("*").number(factor),
                None => line,
            }
        }
        MeasureFieldKind::Aggregate(how) => aggregate(line.kw(Rule::k_aggregate), how),
        MeasureFieldKind::Maps(mapping) => maps(line, mapping),
        MeasureFieldKind::Total(total) => line
            .kw(Rule::k_total)
            .kw(Rule::k_of)
            .idents(&total.parts)
            .within(total.within.as_ref()),
        MeasureFieldKind::Scope(scope) => match &**scope {
            ScopeLit::Areas(areas) => line.kw(Rule::k_scope).idents(areas),
            ScopeLit::Value(split) => line
                .kw(Rule::k_scope)
                .kw(Rule::k_where)
                .ident(&split.dimension)
                .word("=")
                .ident(&split.value),
        },
    }
    .words()
}

/// `ldtbxh, yte ref "V.1"`.
fn agencies(line: Line, owners: &Owners) -> Line {
    line.idents(&owners.agencies)
        .clause(Rule::k_ref, owners.reference.as_ref())
}

/// `lead ? because "..."`.
fn lead_unknown(line: Line, reason: Option<&Text>) -> Line {
    line.kw(Rule::k_lead)
        .word("?")
        .clause(Rule::k_because, reason)
}

fn aggregate(line: Line, how: &AggregateLit) -> Line {
    match how {
        AggregateLit::Weighted(weight) => line.kw(Rule::k_weighted).kw(Rule::k_by).ident(weight),
        one_word => line.value(&AGGREGATES, one_word),
    }
}

/// `adopts national.3a ref "..."`, `adapts national.1 because "..." ref "..."`.
fn maps(line: Line, mapping: &Mapping) -> Line {
    let line = match &mapping.adapted_because {
        Some(reason) => line
            .kw(Rule::k_adapts)
            .ident(&mapping.parent)
            .kw(Rule::k_because)
            .text(reason),
        None => line.kw(Rule::k_adopts).ident(&mapping.parent),
    };
    line.clause(Rule::k_ref, mapping.reference.as_ref())
}

/// A target after its keyword, then `strive`, `where` and `ref`, in that order.
fn target(line: Line, spec: &TargetSpec) -> Line {
    let mut line = target_kind(line, &spec.kind);
    if spec.strive {
        line = line.kw(Rule::strive);
    }
    if let Some(split) = &spec.split {
        line = line
            .kw(Rule::k_where)
            .ident(&split.dimension)
            .word("=")
            .ident(&split.value);
    }
    line.clause(Rule::k_ref, spec.reference.as_ref())
}

fn target_kind(line: Line, kind: &TargetKind) -> Line {
    match kind {
        TargetKind::Level { at, op, value } => {
            let line = match at {
                Some(at) => line.milestone(at),
                None => line,
            };
            line.value(&COMPARATORS, &op.value).range(value)
        }
        TargetKind::Maintain {
            op,
            value,
            from,
            until,
        } => line
            .kw(Rule::k_maintain)
            .value(&COMPARATORS, &op.value)
            .range(value)
            .year_after(Rule::k_from, Some(from))
            .year_after(Rule::k_until, Some(until)),
        TargetKind::Rate(by) => years(change_by(line, by).kw(Rule::k_per).kw(Rule::k_year), by),
        TargetKind::EveryYear {
            change,
            from,
            until,
        } => line
            .value(&RATE_CHANGES, change)
            .kw(Rule::k_every)
            .kw(Rule::k_year)
            .year_after(Rule::k_from, from.as_ref())
            .year_after(Rule::k_until, until.as_ref()),
        // The words of a rate without `per year`: the grammar tries the rate first, which
        // fails at the missing `per`.
        TargetKind::Change(by) => years(change_by(line, by), by),
    }
}

/// `reduce by > 0.5 points`: what rates and changes over a span begin with.
fn change_by(line: Line, by: &ChangeBy) -> Line {
    let line = line.value(&RATE_CHANGES, &by.change).kw(Rule::k_by);
    let line = match &by.op {
        Some(op) => line.value(&COMPARATORS, &op.value),
        None => line,
    };
    line.range(&by.value).value(&RATE_UNITS, &by.unit)
}

/// `from 2025 until 2030`, either left out when not written.
fn years(line: Line, by: &ChangeBy) -> Line {
    line.year_after(Rule::k_from, by.from.as_ref())
        .year_after(Rule::k_until, by.until.as_ref())
}

pub(super) fn report_field(kind: &ReportFieldKind) -> String {
    let line = Line::new();
    match kind {
        ReportFieldKind::Period(period) => line.kw(Rule::k_period).value(&PERIODS, period),
        ReportFieldKind::Due(due) => due_field(line, due),
        ReportFieldKind::Party(field) => party_field(line, field),
    }
    .finish()
}

/// `from a, b`, `to c`, `source "..."`, `note "..."`: a report's or a review's.
fn party_field(line: Line, field: &PartyField) -> Line {
    match field {
        PartyField::From(ids) => line.kw(Rule::k_from).idents(ids),
        PartyField::To(ids) => line.kw(Rule::k_to).idents(ids),
        PartyField::Annotation(a) => annotation(line, a),
    }
}

/// `lead a, b`, `lead ? because "..."`, `support c`: a measure's, a project's or a task's.
fn ownership(line: Line, field: &Ownership) -> Line {
    match field {
        Ownership::Lead(owners) => agencies(line.kw(Rule::k_lead), owners),
        Ownership::LeadUnknown(reason) => lead_unknown(line, reason.as_ref()),
        Ownership::Support(owners) => agencies(line.kw(Rule::k_support), owners),
    }
}

/// `source "..."`, `note "..."`: any item's.
fn annotation(line: Line, field: &Annotation) -> Line {
    match field {
        Annotation::Source(text) => line.kw(Rule::k_source).text(text),
        Annotation::Note(text) => line.kw(Rule::k_note).text(text),
    }
}

/// Any `due`: a report's, a project's or a task's.
fn due_field(line: Line, due: &Due) -> Line {
    match due {
        Due::Day { before, day_month } => due_day(line, *before, day_month.as_ref()),
        Due::Month { before, month } => due_in_month(line, *before, month.as_ref()),
        Due::Date { before, date } => {
            let line = line.kw(Rule::k_due);
            let line = if *before {
                line.kw(Rule::k_before)
            } else {
                line
            };
            line.word(&day_month_year(date.as_ref()))
        }
    }
}

/// A project's or a task's `due`, and how often it recurs: `due 30/06 every year`.
fn duty_due(line: Line, due: &DutyDue) -> Line {
    let line = due_field(line, &due.due);
    match &due.every {
        Some(kind) => line.kw(Rule::k_every).value(&RECURRENCES, kind),
        None => line,
    }
}

/// `due before 05/12`, `due 05/12`.
fn due_day(line: Line, before: bool, dm: Option<&crate::date::DayMonth>) -> Line {
    let line = line.kw(Rule::k_due);
    let line = if before {
        line.kw(Rule::k_before)
    } else {
        line
    };
    line.word(&day_month(dm))
}

/// `due in month 6`, `due before month 11/2025`.
fn due_in_month(line: Line, before: bool, month: Option<&crate::date::DueMonth>) -> Line {
    let how = if before { Rule::k_before } else { Rule::k_in };
    line.kw(Rule::k_due)
        .kw(how)
        .kw(Rule::k_month)
        .word(&due_month(month))
}

pub(super) fn review_field(kind: &ReviewFieldKind) -> String {
    let line = Line::new();
    match kind {
        ReviewFieldKind::Year(y) => line.kw(Rule::k_year).year(y),
        ReviewFieldKind::At(point) => line.kw(Rule::k_at).value(&REVIEW_POINTS, point),
        ReviewFieldKind::EveryYear => line.kw(Rule::k_every).kw(Rule::k_year),
        ReviewFieldKind::Party(field) => party_field(line, field),
    }
    .finish()
}

/// A field of a project or a task.
pub(super) fn duty_field(kind: &DutyFieldKind) -> String {
    let line = Line::new();
    match kind {
        DutyFieldKind::Owner(o) => ownership(line, o),
        DutyFieldKind::Covers(covers) => line
            .kw(Rule::k_covers)
            .idents(&covers.ids)
            .clause(Rule::k_ref, covers.reference.as_ref()),
        DutyFieldKind::Parent(id) => line.kw(Rule::k_in).ident(id),
        DutyFieldKind::Due(due) => duty_due(line, due),
        DutyFieldKind::Annotation(a) => annotation(line, a),
    }
    .finish()
}
