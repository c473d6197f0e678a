//! The hover of an agency: its names, and what the plan gives it, as `show` gathers it.

use super::Lines;
use crate::ide::names::Kind;
use crate::model::{Agency, AgencyRole, Model};
use crate::query::show::{show, Detail, DutyRole, RoleDetail};
use crate::query::{Context, Facts};

/// An agency of `model` (the file that names it: an imported agency's roles are those this
/// file gives it).
pub(super) fn agency(lines: &mut Lines, model: &Model, a: &Agency) {
    let lang = lines.lang();
    lines.heading(Kind::Agency, &a.id, &a.name);
    if let Some(short) = &a.short {
        lines.field("ide-hover-short", short);
    }
    if a.role == AgencyRole::Requested {
        lines.line(lang.text("answer-role-requested"));
    }
    // What `show` gathers of an agency; the date only matters to the reports it owes, which
    // a hover leaves to `show`.
    let facts = Facts::without_data(crate::date::Date {
        year: 2000,
        month: 1,
        day: 1,
    });
    let ctx = Context {
        model,
        facts: &facts,
    };
    let Detail::Agency(d) = show(ctx, &crate::query::check::Shown::Agency(a.id.clone())) else {
        return;
    };
    let roles = |measures: &[RoleDetail], duties: &[DutyRole]| {
        let mut parts = Vec::new();
        if !measures.is_empty() {
            let ids: Vec<&str> = measures.iter().map(|m| m.id.as_str()).collect();
            parts.push(lang.text_with(
                "ide-hover-indicators",
                &[("count", ids.len().into()), ("ids", ids.join(", ").into())],
            ));
        }
        if !duties.is_empty() {
            let ids: Vec<&str> = duties.iter().map(|d| d.id.as_str()).collect();
            parts.push(lang.text_with(
                "ide-hover-duties",
                &[("count", ids.len().into()), ("ids", ids.join(", ").into())],
            ));
        }
        parts.join("; ")
    };
    let leads = roles(&d.leads, &d.duties_led);
    if !leads.is_empty() {
        lines.field("ide-hover-leads", leads);
    }
    let supports = roles(&d.supports, &d.duties_supported);
    if !supports.is_empty() {
        lines.field("ide-hover-supports", supports);
    }
    if !d.submits.is_empty() {
        lines.field("ide-hover-submits", d.submits.join(", "));
    }
    if !d.receives.is_empty() {
        lines.field("ide-hover-receives", d.receives.join(", "));
    }
}
