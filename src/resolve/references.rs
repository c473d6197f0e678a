//! Looking up every reference: agencies, objectives, dimensions and their values.

use super::Resolver;
use crate::diagnostic::Code;
use crate::model::Change;
use crate::syntax::ast::Ident;
use crate::text::did_you_mean;
use rustc_hash::FxHashSet as HashSet;

impl Resolver<'_> {
    pub fn references(&mut self) {
        let model = &self.model;
        let mut agencies: Vec<&Ident> = Vec::new();
        let mut objectives: Vec<&Ident> = Vec::new();
        let mut splits: Vec<(&Ident, &Ident)> = Vec::new();
        let mut elements: Vec<&Ident> = Vec::new();
        agencies.extend(model.plan.issuer.as_ref());
        for m in model.measures.values() {
            if let Some(f) = &m.formula {
                elements.extend([&f.numerator, &f.denominator]);
            }
            if let crate::model::Aggregate::Weighted(by) = &m.aggregate {
                elements.push(by);
            }
            agencies.extend(m.lead.iter().chain(&m.support).map(|o| &o.agency));
            splits.extend(
                m.targets
                    .iter()
                    .filter_map(|t| t.split.as_deref().map(|(d, v)| (d, v))),
            );
        }
        for i in model.indicators.values() {
            objectives.extend(i.objective.as_ref());
        }
        for r in model.reports.values() {
            agencies.extend(r.from.iter().chain(&r.to));
        }
        for r in model.reviews.values() {
            agencies.extend(r.from.iter().chain(&r.to));
        }
        if let Some(a) = &model.amendment {
            agencies.extend(a.issuer.as_ref());
            for change in &a.changes {
                match change {
                    Change::Measure { lead, support, .. } => {
                        agencies.extend(lead.iter().chain(support).map(|o| &o.agency))
                    }
                    Change::Report { fields, .. } => {
                        agencies.extend(fields.from.iter().chain(&fields.to))
                    }
                    // `from` is the amended plan's (checked with the other amended names).
                    Change::Transfer { to, .. } => agencies.push(to),
                }
            }
        }
        let duties = model.projects.values().map(|p| &p.duty);
        for d in duties.chain(model.tasks.values().map(|t| &t.duty)) {
            agencies.extend(d.lead.iter().chain(&d.support).map(|o| &o.agency));
        }

        let mut found = Vec::new();
        // A large plan names the same few agencies, objectives and elements over and over:
        // each name is looked up in its table once.
        let mut known: HashSet<&str> = HashSet::default();
        for id in elements {
            if known.contains(id.name.as_str()) {
                continue;
            }
            if model.elements.contains_key(&id.name) {
                known.insert(&id.name);
            } else {
                found.extend(unknown(
                    self,
                    Code::UnknownElement,
                    "data element",
                    id,
                    model.elements.keys(),
                    "declare it: `element ID \"Title\"`",
                ));
            }
        }
        for area in model.areas.values() {
            let Some(parent) = &area.parent else { continue };
            if !model.areas.contains_key(&parent.name) {
                found.extend(unknown(
                    self,
                    Code::UnknownArea,
                    "area",
                    parent,
                    model.areas.keys(),
                    "declare it: `area ID \"Name\"`",
                ));
            }
        }
        found.extend(self.area_cycles());
        known.clear();
        for id in agencies {
            if known.contains(id.name.as_str()) {
                continue;
            }
            if model.agencies.contains_key(&id.name) {
                known.insert(&id.name);
            } else {
                found.extend(unknown(
                    self,
                    Code::UnknownAgency,
                    "agency",
                    id,
                    model.agencies.keys(),
                    "declare it: `agency ID \"Full name\" short \"Short name\"`",
                ));
            }
        }
        known.clear();
        for id in objectives {
            if known.contains(id.name.as_str()) {
                continue;
            }
            if model.objectives.contains_key(&id.name) {
                known.insert(&id.name);
            } else {
                found.extend(unknown(
                    self,
                    Code::UnknownObjective,
                    "objective",
                    id,
                    model.objectives.keys(),
                    "declare it: `objective ID \"Title\" source \"II.1.a\"`",
                ));
            }
        }
        for (dimension, value) in splits {
            match model.dimensions.get(&dimension.name) {
                None => found.extend(unknown(
                    self,
                    Code::UnknownDimension,
                    "dimension",
                    dimension,
                    model.dimensions.keys(),
                    "declare it: `dimension ID \"Title\" { value \"Title\" ... }`",
                )),
                Some(d) if !d.values.contains_key(&value.name) => {
                    let values: Vec<String> = d.values.keys().map(|v| format!("`{v}`")).collect();
                    let fallback =
                        format!("dimension `{}` has the values {}", d.id, values.join(", "));
                    let diagnostic = unknown(
                        self,
                        Code::UnknownDimensionValue,
                        "value",
                        value,
                        d.values.keys(),
                        &fallback,
                    );
                    found.extend(diagnostic.map(|mut diagnostic| {
                        diagnostic.message =
                            format!("`{}` is not a value of dimension `{}`", value.name, d.id);
                        diagnostic.label(format!("not a value of `{}`", d.id))
                    }));
                }
                Some(_) => {}
            }
        }
        for d in found {
            self.push(d);
        }
    }
}

fn unknown<'a>(
    r: &Resolver<'_>,
    code: Code,
    kind: &str,
    id: &Ident,
    known: impl Iterator<Item = &'a String>,
    fallback: &str,
) -> Option<crate::diagnostic::Diagnostic> {
    // A name from a file that could not be imported: the import line says so already.
    if r.names_unreadable_import(&id.name) {
        return None;
    }
    let known: Vec<&str> = known.map(String::as_str).collect();
    // `so_yte` written for an imported `common.so_yte`: name the import.
    let suffix = format!(".{}", id.name);
    let imported: Vec<&str> = known
        .iter()
        .copied()
        .filter(|k| k.ends_with(&suffix))
        .collect();
    let help = match imported.as_slice() {
        [one] => Some(format!("did you mean `{one}`?")),
        [] => did_you_mean(&id.name, known.iter().copied()),
        several => Some(format!(
            "it is declared by imports: write one of {}",
            several
                .iter()
                .map(|k| format!("`{k}`"))
                .collect::<Vec<_>>()
                .join(", ")
        )),
    }
    .unwrap_or_else(|| fallback.to_string());
    let d = r
        .diag(code, id.span, format!("unknown {kind} `{}`", id.name))
        .label(format!("no {kind} has this id"))
        .help(help);
    Some(d)
}

impl Resolver<'_> {
    /// Areas that contain themselves through their parents, each cycle reported once.
    fn area_cycles(&self) -> Vec<crate::diagnostic::Diagnostic> {
        let areas = &self.model.areas;
        let mut reported: Vec<&str> = Vec::new();
        let mut out = Vec::new();
        for start in areas.values() {
            let mut path: Vec<&str> = vec![start.id.as_str()];
            let mut current = start;
            while let Some(parent) = current.parent.as_ref().and_then(|p| areas.get(&p.name)) {
                if parent.id == start.id {
                    if !path.iter().any(|a| reported.contains(a)) {
                        reported.extend(path.iter().copied());
                        path.push(start.id.as_str());
                        let span = start.parent.as_ref().map_or(start.span, |p| p.span);
                        out.push(
                            self.diag(
                                Code::AreaCycle,
                                span,
                                format!("areas contain each other: {}", path.join(" in ")),
                            )
                            .label("this `in` closes the circle")
                            .help("an area lies in one larger area; remove the `in` that points back down"),
                        );
                    }
                    break;
                }
                if path.contains(&parent.id.as_str()) {
                    break; // a cycle not through `start`: reported from one of its own areas
                }
                path.push(parent.id.as_str());
                current = parent;
            }
        }
        out
    }
}
