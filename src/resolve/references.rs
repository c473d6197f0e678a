//! Looking up every reference: agencies, objectives, dimensions and their values.

use super::Resolver;
use crate::diagnostic::Code;
use crate::syntax::ast::Ident;
use crate::text::did_you_mean;

impl Resolver<'_> {
    pub fn references(&mut self) {
        let model = &self.model;
        let mut agencies: Vec<&Ident> = Vec::new();
        let mut objectives: Vec<&Ident> = Vec::new();
        let mut splits: Vec<(&Ident, &Ident)> = Vec::new();
        agencies.extend(model.plan.issuer.as_ref());
        for m in model.measures.values() {
            agencies.extend(m.lead.iter().chain(&m.support).map(|o| &o.agency));
            splits.extend(
                m.targets
                    .iter()
                    .filter_map(|t| t.split.as_ref().map(|(d, v)| (d, v))),
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

        let mut found = Vec::new();
        for id in agencies {
            if !model.agencies.contains_key(&id.name) {
                found.push(unknown(
                    self,
                    Code::UnknownAgency,
                    "agency",
                    id,
                    model.agencies.keys(),
                    "declare it: `agency ID \"Full name\" short \"Short name\"`",
                ));
            }
        }
        for id in objectives {
            if !model.objectives.contains_key(&id.name) {
                found.push(unknown(
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
                None => found.push(unknown(
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
                    let mut diagnostic = unknown(
                        self,
                        Code::UnknownDimensionValue,
                        "value",
                        value,
                        d.values.keys(),
                        &fallback,
                    );
                    diagnostic.message =
                        format!("`{}` is not a value of dimension `{}`", value.name, d.id);
                    found.push(diagnostic.label(format!("not a value of `{}`", d.id)));
                }
                Some(_) => {}
            }
        }
        self.diagnostics.extend(found);
    }
}

fn unknown<'a>(
    r: &Resolver<'_>,
    code: Code,
    kind: &str,
    id: &Ident,
    known: impl Iterator<Item = &'a String>,
    fallback: &str,
) -> crate::diagnostic::Diagnostic {
    let help =
        did_you_mean(&id.name, known.map(String::as_str)).unwrap_or_else(|| fallback.to_string());
    r.diag(code, id.span, format!("unknown {kind} `{}`", id.name))
        .label(format!("no {kind} has this id"))
        .help(help)
}
