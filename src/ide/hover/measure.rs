//! The hover of an indicator or a part: what the report page says of it, the parent
//! indicator it takes up, and with an evaluation its current status and latest value, with
//! the data it comes from.

use super::{Judged, Lines};
use crate::eval::evaluate::Evaluation;
use crate::i18n::Lang;
use crate::ide::names::Kind;
use crate::model::{Indicator, Measure, Model, Owner};
use crate::render::evaluation::{names, words};

/// An indicator by its number: one without parts is its measure; a composite lists its
/// parts.
pub(super) fn indicator(lines: &mut Lines, model: &Model, i: &Indicator, judged: Judged<'_>) {
    if !i.is_composite {
        if let Some(m) = model.measures_of(i).next() {
            return measure(lines, model, m, judged);
        }
    }
    lines.heading(Kind::Indicator, &i.number, &i.title);
    for part in model.measures_of(i) {
        lines.line(format!("{} — {}", part.id, part.title));
    }
}

/// An indicator without parts, or a part.
pub(super) fn measure(lines: &mut Lines, model: &Model, m: &Measure, judged: Judged<'_>) {
    let lang = lines.lang();
    let kind = match m.parent {
        Some(_) => Kind::Part,
        None => Kind::Indicator,
    };
    lines.heading(kind, &m.id, &m.title);
    if let Some(i) = m.parent.and_then(|p| model.at(p)) {
        lines.line(lang.text_with(
            "answer-part-of-indicator",
            &[
                ("number", i.number.as_str().into()),
                ("title", i.title.as_str().into()),
            ],
        ));
    }
    let unit = m.unit.as_ref().and_then(|u| u.unit.as_deref());
    let unit_label = unit.map(crate::render::units::label).unwrap_or_default();
    match unit_label.is_empty() {
        true => lines.field("page-unit", lang.text("page-no-unit")),
        false => lines.field("page-unit", unit_label),
    }
    if !m.targets.is_empty() {
        let targets: Vec<String> = m.targets.iter().map(|t| words::target(lang, t)).collect();
        lines.field("ide-hover-targets", targets.join("; "));
    }
    lines.field("page-lead", owners(model, &m.lead, lang));
    if !m.support.is_empty() {
        lines.field("page-support", owners(model, &m.support, lang));
    }
    if let Some(parent) = takes_up(model, m, lang) {
        lines.field("ide-hover-parent", parent);
    }
    if let Some(e) = judged.evaluation {
        status(lines, m, e);
    }
    if let Some(data) = judged.data {
        super::data::said(lines, data);
    }
}

/// The agencies' names (`Sở Y tế, Sở GD&ĐT`), as a report names them; "none named" for none.
fn owners(model: &Model, owners: &[Owner], lang: Lang) -> String {
    if owners.is_empty() {
        return lang.text("page-none");
    }
    let names: Vec<&str> = owners
        .iter()
        .map(|o| {
            model
                .get(&o.agency)
                .map_or(o.agency.name.as_str(), names::agency)
        })
        .collect();
    names.join(", ")
}

/// `adopts national.3a: TITLE`: the parent plan's measure it takes up, with its title.
fn takes_up(model: &Model, m: &Measure, lang: Lang) -> Option<String> {
    let link = m.maps.as_deref()?;
    let parent = ("parent", link.parent.name.as_str().into());
    let how = match &link.adapted_because {
        Some(why) => lang.text_with("answer-adapts", &[parent, ("reason", why.as_str().into())]),
        None => lang.text_with("answer-adopts", &[parent]),
    };
    let title = link
        .parent
        .id
        .and_then(|at| model.imported(at))
        .map(|(_, parent)| parent.title.as_str());
    Some(match title {
        Some(title) => lang.text_with(
            "ide-hover-takes-up",
            &[("how", how.into()), ("title", title.into())],
        ),
        None => how,
    })
}

/// The status of its current target as of the evaluation's date, and its latest value.
fn status(lines: &mut Lines, m: &Measure, e: &Evaluation) {
    let lang = lines.lang();
    let Some(t) = crate::query::facts::current_target(m, e.as_of) else {
        return;
    };
    let target = &m.targets[t];
    let Some(result) = (e.results.iter()).find(|r| r.indicator == m.id && r.target == *target)
    else {
        return;
    };
    let unit = m.unit.as_ref().and_then(|u| u.unit.as_deref());
    let label = lang.text_with(
        "ide-hover-status",
        &[("date", words::date(lang, e.as_of).into())],
    );
    let status = lang.text_with(
        "ide-hover-current",
        &[
            (
                "status",
                crate::i18n::status_label(lang, result.status).into(),
            ),
            ("target", words::target(lang, target).into()),
        ],
    );
    lines.labelled(&label, status);
    let latest = match &result.latest {
        Some(p) => lang.text_with(
            "ide-hover-value-at",
            &[
                (
                    "value",
                    crate::render::units::value(lang, p.value, unit).into(),
                ),
                ("period", words::period(lang, p.period).into()),
            ],
        ),
        None => lang.text("ide-hover-no-value"),
    };
    lines.field("ide-hover-latest", latest);
}
