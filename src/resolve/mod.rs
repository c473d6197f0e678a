//! From the syntax tree to the resolved model: ids declared once, fields folded, references
//! looked up, values typed. Problems become diagnostics and resolution goes on, so a single
//! run reports them all.

mod fields;
mod header;
mod indicators;
mod references;
mod schedule;

use crate::diagnostic::{Code, Diagnostic};
use crate::model::Model;
use crate::source::{Source, Span};
use crate::syntax::ast::{File, Ident, IndicatorField, Item};
use indexmap::IndexMap;

pub(crate) use fields::Once;

/// Builds the model of a parsed file.
pub fn resolve(file: &File, source: &Source) -> (Model, Vec<Diagnostic>) {
    let mut r = Resolver {
        source,
        diagnostics: Vec::new(),
        model: Model::empty(source.clone()),
    };
    r.header(file);
    for item in &file.items {
        match item {
            Item::Plan(_) => {}
            Item::Agency(decl) => r.agency(decl),
            Item::Unit(decl) => r.unit_decl(decl),
            Item::Dimension(decl) => r.dimension(decl),
            Item::Objective(decl) => r.objective(decl),
            Item::Area(decl) => r.area(decl),
            Item::Element(decl) => r.element(decl),
            Item::Query(decl) => {
                let query = crate::model::NamedQuery {
                    id: decl.id.name.clone(),
                    text: decl.text.value.clone(),
                    span: decl.span,
                    text_span: decl.text.span,
                };
                r.declare(|m| &mut m.queries, &decl.id, "query", query, |q| q.span);
            }
            Item::Indicator(_) | Item::Report(_) | Item::Review(_) => {}
        }
    }
    // The tables of a large plan are sized once rather than grown (and copied) step by step.
    let indicators = file.items.iter().filter_map(|item| match item {
        Item::Indicator(decl) => Some(decl),
        _ => None,
    });
    let measures: usize = indicators
        .clone()
        .map(|decl| {
            let parts = decl
                .fields
                .iter()
                .filter(|f| matches!(f, IndicatorField::Part(_)));
            parts.count().max(1)
        })
        .sum();
    r.model.indicators.reserve(indicators.count());
    r.model.measures.reserve(measures);
    // Indicators and reports come second: their units are looked up as they are folded,
    // and a unit may be declared below the indicator that uses it.
    for item in &file.items {
        match item {
            Item::Indicator(decl) => r.indicator(decl),
            Item::Report(decl) => r.report(decl),
            Item::Review(decl) => r.review(decl),
            _ => {}
        }
    }
    r.references();
    (r.model, r.diagnostics)
}

pub(crate) struct Resolver<'s> {
    pub source: &'s Source,
    pub diagnostics: Vec<Diagnostic>,
    pub model: Model,
}

impl Resolver<'_> {
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }

    pub fn diag(&self, code: Code, span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(code, self.source, span, message)
    }

    /// Inserts `value` under `id` unless the id is taken; `kind` names what is declared.
    /// Returns whether it was inserted.
    pub fn declare<T>(
        &mut self,
        table: impl FnOnce(&mut Model) -> &mut IndexMap<String, T>,
        id: &Ident,
        kind: &str,
        value: T,
        first_span: impl Fn(&T) -> Span,
    ) -> bool {
        let map = table(&mut self.model);
        if let Some(first) = map.get(&id.name) {
            let first = first_span(first);
            let d = self
                .diag(
                    Code::DuplicateId,
                    id.span,
                    format!("{kind} `{}` is declared twice", id.name),
                )
                .label("declared again here")
                .related(first, "first declared here")
                .help(format!(
                    "give this {kind} another id, or remove one of the two"
                ));
            self.push(d);
            return false;
        }
        map.insert(id.name.clone(), value);
        true
    }
}
