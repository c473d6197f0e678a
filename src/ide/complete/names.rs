//! The names offered for a [`Slot`]: this file's declarations, then those of the files it
//! imports, written through their import (`national.bo_yte`); after `national.` only that
//! import's. The names come from the analysis' model, and from the declarations the current
//! text writes that the model (of an earlier version) lacks.

use super::context::Place;
use super::slot::Slot;
use super::{Completion, CompletionKind};
use crate::ide::scan::{Kind, Scan};
use crate::ide::Analysis;
use crate::model::{
    Agency, Area, Dimension, Element, Id, Import, Keyed, Measure, Model, Objective, Project,
    Report, Task, Unit,
};
use crate::source::Span;
use rustc_hash::FxHashSet;

/// What a declaration shows: its title, and more when there is more.
trait Described {
    /// Whether the file whose table holds it declares it (not brought in by an import).
    fn declared_here(&self) -> bool {
        true
    }
    /// Its name or title, as the document writes it.
    fn detail(&self) -> &str;
    /// More about it: a short name, where the document states it.
    fn documentation(&self) -> Option<&str> {
        None
    }
}

impl Described for Agency {
    fn declared_here(&self) -> bool {
        self.origin.is_none()
    }
    fn detail(&self) -> &str {
        &self.name
    }
    fn documentation(&self) -> Option<&str> {
        self.short.as_deref()
    }
}

impl Described for Objective {
    fn detail(&self) -> &str {
        &self.title
    }
    fn documentation(&self) -> Option<&str> {
        self.source.as_deref()
    }
}

impl Described for Unit {
    fn detail(&self) -> &str {
        &self.symbol
    }
}

impl Described for Dimension {
    fn declared_here(&self) -> bool {
        self.origin.is_none()
    }
    fn detail(&self) -> &str {
        &self.title
    }
}

impl Described for Area {
    fn declared_here(&self) -> bool {
        self.origin.is_none()
    }
    fn detail(&self) -> &str {
        &self.name
    }
}

impl Described for Element {
    fn declared_here(&self) -> bool {
        self.origin.is_none()
    }
    fn detail(&self) -> &str {
        &self.title
    }
}

impl Described for Measure {
    fn detail(&self) -> &str {
        &self.title
    }
    fn documentation(&self) -> Option<&str> {
        self.source.as_deref()
    }
}

impl Described for Report {
    fn detail(&self) -> &str {
        &self.title
    }
}

impl Described for Project {
    fn detail(&self) -> &str {
        &self.title
    }
}

impl Described for Task {
    fn detail(&self) -> &str {
        &self.title
    }
}

/// The names offered at one place, each once.
struct Offer<'o> {
    out: &'o mut Vec<Completion>,
    seen: FxHashSet<String>,
    replace: Span,
    /// The import named before a dot in the word typed (`national.`): only its names fit.
    qualifier: Option<&'o str>,
}

impl Offer<'_> {
    fn push(&mut self, label: String, kind: CompletionKind, detail: &str, doc: Option<&str>) {
        let fits = self
            .qualifier
            .is_none_or(|q| label.strip_prefix(q).is_some_and(|r| r.starts_with('.')));
        if fits && self.seen.insert(label.clone()) {
            let completion = Completion::new(label, kind, self.replace)
                .detail(detail)
                .documentation(doc);
            self.out.push(completion);
        }
    }

    /// This file's entries of a table, then each import's, through the import.
    fn table<T: Keyed + Described>(&mut self, model: &Model, kind: CompletionKind) {
        for (id, entry) in T::table(model).iter().filter(|(_, e)| e.declared_here()) {
            self.push(id.clone(), kind, entry.detail(), entry.documentation());
        }
        for import in model.imports.values() {
            self.imported::<T>(import, kind);
        }
    }

    /// The entries of one import's table, through the import.
    fn imported<T: Keyed + Described>(&mut self, import: &Import, kind: CompletionKind) {
        for (id, entry) in T::table(&import.model) {
            let label = format!("{}.{id}", import.alias);
            self.push(label, kind, entry.detail(), entry.documentation());
        }
    }

    /// The entries of `model`'s table, as they are named there.
    fn own<T: Keyed + Described>(&mut self, model: &Model, kind: CompletionKind) {
        for (id, entry) in T::table(model) {
            self.push(id.clone(), kind, entry.detail(), entry.documentation());
        }
    }

    /// The items `keyword` declares in the current text (`agency id "name"`), which the
    /// model of an earlier version may lack.
    fn written(&mut self, scan: &Scan<'_>, keyword: &str, kind: CompletionKind) {
        for (i, t) in scan.tokens.iter().enumerate() {
            if t.depth != 0 || scan.word(t) != keyword || !scan.starts_item(i) {
                continue;
            }
            let (Some(id), title) = (scan.tokens.get(i + 1), scan.tokens.get(i + 2)) else {
                continue;
            };
            if id.kind != Kind::Word {
                continue;
            }
            let title = title
                .filter(|t| t.kind == Kind::Text)
                .map_or("", |t| scan.word(t).trim_matches('"'));
            self.push(scan.word(id).to_string(), kind, title, None);
        }
    }
}

/// Adds the names `slot` takes to `out`.
pub(super) fn offer(
    out: &mut Vec<Completion>,
    slot: &Slot,
    scan: &Scan<'_>,
    place: &Place,
    analysis: &Analysis,
) {
    let model = &analysis.checked.model;
    let typed = &scan.text[place.typed.start()..place.typed.end()];
    let mut offer = Offer {
        out,
        seen: FxHashSet::default(),
        replace: place.typed,
        qualifier: qualifier(typed, model),
    };
    use CompletionKind as K;
    match slot {
        Slot::Nothing => {}
        Slot::Agency => {
            offer.table::<Agency>(model, K::Agency);
            offer.written(scan, "agency", K::Agency);
        }
        Slot::Objective => {
            // Objectives are a plan's own: no import brings them in.
            offer.own::<Objective>(model, K::Objective);
            offer.written(scan, "objective", K::Objective);
        }
        Slot::Unit => {
            offer.table::<Unit>(model, K::Unit);
            offer.written(scan, "unit", K::Unit);
        }
        Slot::Dimension => {
            offer.table::<Dimension>(model, K::Dimension);
            offer.written(scan, "dimension", K::Dimension);
        }
        Slot::DimensionValue(dimension) => dimension_values(&mut offer, model, dimension),
        Slot::Area => {
            offer.table::<Area>(model, K::Area);
            offer.written(scan, "area", K::Area);
        }
        Slot::AreaKind => area_kinds(&mut offer, model),
        Slot::Project => {
            offer.own::<Project>(model, K::Project);
            offer.written(scan, "project", K::Project);
        }
        Slot::Operand => {
            offer.table::<Element>(model, K::Element);
            offer.written(scan, "element", K::Element);
            offer.own::<Measure>(model, K::Indicator);
        }
        Slot::Element => {
            offer.table::<Element>(model, K::Element);
            offer.written(scan, "element", K::Element);
        }
        Slot::Measure => offer.own::<Measure>(model, K::Indicator),
        Slot::Covered => {
            for indicator in model.indicators.values().filter(|i| i.is_composite) {
                offer.push(
                    indicator.number.clone(),
                    K::Indicator,
                    &indicator.title,
                    None,
                );
            }
            offer.own::<Measure>(model, K::Indicator);
            offer.own::<Task>(model, K::Task);
            offer.written(scan, "task", K::Task);
        }
        Slot::Parent => parents(&mut offer, model),
        Slot::Import => {
            for import in model.imports.values() {
                offer.push(import.alias.clone(), K::Import, &import.path, None);
            }
        }
        Slot::Amended => {
            for import in amended(model) {
                offer.imported::<Measure>(import, K::Indicator);
            }
        }
        Slot::AmendedReport => {
            for import in amended(model) {
                offer.imported::<Report>(import, K::Report);
            }
        }
    }
}

/// The import whose name and a dot begin the word typed (`national.`): only its names fit.
pub(super) fn qualifier<'m>(typed: &str, model: &'m Model) -> Option<&'m str> {
    model
        .imports
        .keys()
        .find(|alias| {
            typed
                .strip_prefix(alias.as_str())
                .is_some_and(|rest| rest.starts_with('.'))
        })
        .map(String::as_str)
}

/// The values of the dimension named `dimension`, here or in an import.
fn dimension_values(offer: &mut Offer<'_>, model: &Model, dimension: &str) {
    let own = model.dimensions.get(dimension);
    let imported = || {
        model.imports.values().find_map(|import| {
            let local = dimension
                .strip_prefix(import.alias.as_str())?
                .strip_prefix('.')?;
            import.model.dimensions.get(local)
        })
    };
    if let Some(d) = own.or_else(imported) {
        for (value, title) in &d.values {
            offer.push(value.clone(), CompletionKind::Value, title, None);
        }
    }
}

/// The kinds the plan and its imports give their areas (`province`, `district`).
fn area_kinds(offer: &mut Offer<'_>, model: &Model) {
    let imported = model.imports.values().map(|i| &*i.model);
    for m in std::iter::once(model).chain(imported) {
        for kind in m.areas.values().filter_map(|a| a.kind.as_deref()) {
            offer.push(kind.to_string(), CompletionKind::Value, "", None);
        }
    }
}

/// The indicators and parts of the plan this one implements (of every import when it names
/// none), through the import, those it neither takes up nor waives yet first.
fn parents(offer: &mut Offer<'_>, model: &Model) {
    let links = crate::cascade::links(model);
    let imports: Vec<&Import> = match links.parent {
        Some(parent) => vec![parent],
        None => model.imports.values().collect(),
    };
    for import in imports {
        let mapped = |at: usize| {
            let id: Id<Measure> = Id::at(at);
            links.parent.is_some_and(|p| std::ptr::eq(p, import))
                && (links.taken.contains_key(&id) || links.waived.contains_key(&id))
        };
        let measures = import.model.measures.values().enumerate();
        let (open, done): (Vec<_>, Vec<_>) = measures.partition(|(at, _)| !mapped(*at));
        for (_, m) in open.into_iter().chain(done) {
            let label = format!("{}.{}", import.alias, m.id);
            offer.push(
                label,
                CompletionKind::Indicator,
                &m.title,
                m.source.as_deref(),
            );
        }
    }
}

/// The import an amendment amends (every import when it names none).
fn amended(model: &Model) -> Vec<&Import> {
    let named = model
        .amendment
        .as_ref()
        .and_then(|a| a.amends.as_ref())
        .and_then(|r| model.get(r));
    match named {
        Some(import) => vec![import],
        None => model.imports.values().collect(),
    }
}
