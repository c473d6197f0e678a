//! The hover of the other declarations: objectives, units, dimensions and their values,
//! areas, data elements, reports, reviews, imports, named queries, projects and tasks.

use super::Lines;
use crate::i18n::Lang;
use crate::ide::names::{Kind, Named};
use crate::model::{Agency, Duty, Model, Objective, Party, Ref};
use crate::render::evaluation::names;

/// Any declaration but an indicator, a part and an agency.
pub(super) fn declaration(lines: &mut Lines, model: &Model, named: Named<'_>) {
    let lang = lines.lang();
    match named {
        Named::Objective(o) => {
            lines.heading(Kind::Objective, &o.id, &o.title);
            if let Some(parent) = o.parent.as_ref().and_then(|p| model.get(p)) {
                lines.field("ide-hover-within", titled(&parent.id, &parent.title));
            }
            let serves = |r: &Ref<Objective>| model.get(r).is_some_and(|x| std::ptr::eq(x, o));
            let served: Vec<&str> = (model.indicators.values())
                .filter(|i| i.objective.as_ref().is_some_and(serves))
                .map(|i| i.number.as_str())
                .collect();
            if !served.is_empty() {
                lines.field("ide-hover-served-by", served.join(", "));
            }
        }
        Named::Unit(u) => {
            lines.heading(Kind::Unit, &u.id, &crate::render::units::label(u));
            if u.span.is_empty() && u.origin.is_none() {
                lines.line(lang.text("ide-hover-built-in-unit"));
            }
            if let Some(scale) = &u.scale {
                let factor = crate::i18n::number(lang, &crate::numbers::exact(scale.factor));
                lines.field("ide-hover-scale", format!("{factor} {}", scale.of));
            }
        }
        Named::Dimension(d) => {
            lines.heading(Kind::Dimension, &d.id, &d.title);
            let values: Vec<String> = (d.values.iter())
                .map(|(id, title)| titled(id, title))
                .collect();
            lines.field("ide-hover-values", values.join("; "));
        }
        Named::DimensionValue(d, i) => {
            let Some((id, title)) = d.values.get_index(i) else {
                return;
            };
            lines.heading(Kind::DimensionValue, id, title);
            lines.field("ide-hover-value-of", titled(&d.id, &d.title));
        }
        Named::Area(a) => {
            lines.heading(Kind::Area, &a.id, &a.name);
            if let Some(parent) = a.parent.as_ref().and_then(|p| model.get(p)) {
                lines.field("ide-hover-within", titled(&parent.id, &parent.name));
            }
        }
        Named::Element(e) => lines.heading(Kind::Element, &e.id, &e.title),
        Named::Report(r) => {
            lines.heading(Kind::Report, &r.id, &r.title);
            if let Some(period) = r.period {
                let kind = period.as_str().replace('-', "_");
                lines.field(
                    "ide-hover-every",
                    lang.text_with("data-every", &[("kind", kind.into())]),
                );
            }
            party(lines, model, &r.party);
        }
        Named::Review(r) => {
            lines.heading(Kind::Review, &r.id, &r.title);
            party(lines, model, &r.party);
        }
        Named::Import(i) => {
            lines.heading(Kind::Import, &i.alias, &i.model.plan.title);
            lines.field("ide-hover-file", &i.path);
            if let Some(document) = &i.model.plan.document {
                lines.field("page-document", document);
            }
        }
        Named::Query(q) => {
            lines.heading(Kind::Query, &q.id, "");
            lines.code(&q.text);
        }
        Named::Project(p) => {
            lines.heading(Kind::Project, &p.id, &p.title);
            if let Some(parent) = p.parent.as_ref().and_then(|r| model.get(r)) {
                lines.field("ide-hover-within", titled(&parent.id, &parent.title));
            }
            duty(lines, model, &p.duty);
            let covers: Vec<&str> = p.covers.iter().map(|c| c.id.name.as_str()).collect();
            if !covers.is_empty() {
                lines.field("ide-hover-covers", covers.join(", "));
            }
        }
        Named::Task(t) => {
            lines.heading(Kind::Task, &t.id, &t.title);
            duty(lines, model, &t.duty);
        }
        // Told by their own modules.
        Named::Agency(_) | Named::Indicator(_) | Named::Measure(_) => {}
    }
}

/// `a (Mục tiêu 1)`: an id and its title.
fn titled(id: &str, title: &str) -> String {
    format!("{id} ({title})")
}

/// Who sends and who receives a report or a review.
fn party(lines: &mut Lines, model: &Model, party: &Party) {
    let lang = lines.lang();
    if !party.from.is_empty() {
        lines.field("ide-hover-from", agencies(model, party.from.iter(), lang));
    }
    if !party.to.is_empty() {
        lines.field("ide-hover-to", agencies(model, party.to.iter(), lang));
    }
}

/// Who leads and supports a project or a task.
fn duty(lines: &mut Lines, model: &Model, duty: &Duty) {
    let lang = lines.lang();
    let lead = agencies(model, duty.lead.iter().map(|o| &o.agency), lang);
    lines.field("page-lead", lead);
    if !duty.support.is_empty() {
        let support = agencies(model, duty.support.iter().map(|o| &o.agency), lang);
        lines.field("page-support", support);
    }
}

/// The agencies' names, as a report names them; "none named" for none.
fn agencies<'m>(
    model: &'m Model,
    list: impl Iterator<Item = &'m Ref<Agency>>,
    lang: Lang,
) -> String {
    let names: Vec<&str> = list
        .map(|r| model.get(r).map_or(r.name.as_str(), names::agency))
        .collect();
    match names.is_empty() {
        true => lang.text("page-none"),
        false => names.join(", "),
    }
}
