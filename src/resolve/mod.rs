//! From the syntax tree to the resolved model: ids declared once, fields folded, references
//! looked up, values typed. Problems become diagnostics and resolution goes on, so a single
//! run reports them all.

mod amendments;
mod areas;
mod duties;
mod fields;
mod header;
mod imports;
mod indicators;
mod objectives;
mod references;
mod schedule;
mod tables;

use crate::diagnostic::{DeclKind, Declarations, Diagnostic, Problem};
use crate::model::Model;
use crate::source::{Source, Span};
use crate::syntax::ast::{Comment, File, Ident, IndicatorField, Item};
use crate::syntax::Sink;
use indexmap::IndexMap;

pub(crate) use fields::{AnnotationSlots, Once, OwnerSlots};
pub(crate) use imports::{Loader, SharedLoader};

/// Builds the model of a parsed file, reading what it imports from the disk.
pub fn resolve(file: &File, source: &Source) -> (Model, Vec<Diagnostic>) {
    resolve_with(file, source, std::rc::Rc::new(crate::files::Disk))
}

/// Builds the model of a parsed file, reading what it imports from `files`.
pub fn resolve_with(
    file: &File,
    source: &Source,
    files: std::rc::Rc<dyn crate::files::Files>,
) -> (Model, Vec<Diagnostic>) {
    resolve_loading(file, source, &Loader::starting_at(source, files))
}

/// Builds the model of a parsed file, reading what it imports through `loader` (which
/// keeps the imported files' problems).
pub(crate) fn resolve_loading(
    file: &File,
    source: &Source,
    loader: &SharedLoader,
) -> (Model, Vec<Diagnostic>) {
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
    let mut r = Resolver::new(source, loader, indicators.count(), measures);
    for item in &file.items {
        r.item(item);
    }
    r.finish()
}

/// Reads and resolves a source item by item: the syntax tree of one item lives only while
/// it is resolved, so a large plan's whole tree is never in memory.
pub(crate) fn parse_and_resolve(
    source: &Source,
    loader: &SharedLoader,
) -> (crate::syntax::Read, Model, Vec<Diagnostic>) {
    let (indicators, measures) = expected_sizes(source.text());
    let mut r = Resolver::new(source, loader, indicators, measures);
    let read = crate::syntax::parse_into(source, &mut r);
    let (model, diagnostics) = r.finish();
    (read, model, diagnostics)
}

impl Sink for Resolver<'_> {
    fn item(&mut self, item: Item) {
        Resolver::item(self, &item);
    }

    fn wants_comments(&self) -> bool {
        false
    }

    fn comment(&mut self, _: Comment) {}
}

/// About how many indicators and measures a plan text holds, to size the tables once: lines
/// that start with `indicator`, plus words `part` after a space (an overestimate by the
/// composites, and by `part` in texts, is harmless).
fn expected_sizes(text: &str) -> (usize, usize) {
    let bytes = text.as_bytes();
    let indicators = memchr::memmem::find_iter(bytes, b"\nindicator ").count()
        + usize::from(bytes.starts_with(b"indicator "));
    let parts = memchr::memmem::find_iter(bytes, b"part ")
        .filter(|&at| at > 0 && bytes[at - 1].is_ascii_whitespace())
        .count();
    (indicators, indicators + parts)
}

/// Where a diagnostic stands in the output: by phase, then in the order it was found. Items
/// are resolved as they are read, but a whole-file view is kept: header problems first, then
/// declarations, then what uses them, then unresolved references.
#[derive(Copy, Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Phase {
    /// A missing or repeated plan header.
    HeaderPresence,
    Header,
    /// Agencies, units, dimensions, objectives, areas, elements.
    Declarations,
    /// Indicators, reports, reviews.
    Uses,
    References,
}

pub(crate) struct Resolver<'s> {
    pub source: &'s Source,
    /// Each diagnostic with its phase and its order of finding (see [`Phase`]).
    diagnostics: Vec<(Phase, u32, Diagnostic)>,
    phase: Phase,
    found: u32,
    pub model: Model,
    /// The keyword of the first plan header read.
    header: Option<Span>,
    /// Units used before they are declared, looked up when the file is read.
    pending_units: Vec<indicators::PendingUnit>,
    /// What the files of this load share (see [`Loader`]).
    loader: SharedLoader,
    /// Changes read before the `amendment` header (see `amendments.rs`).
    changes: Vec<crate::model::Change>,
    /// Each unit in use, by id and population (see `shared_unit`), and the key being built.
    units_in_use: rustc_hash::FxHashMap<String, std::sync::Arc<crate::model::Unit>>,
    unit_key: String,
}

impl<'s> Resolver<'s> {
    /// A resolver whose tables are sized for the indicators and measures expected (a large
    /// plan's tables are sized once rather than grown, and copied, step by step).
    pub(crate) fn new(
        source: &'s Source,
        loader: &SharedLoader,
        indicators: usize,
        measures: usize,
    ) -> Self {
        let mut model = Model::empty(source.clone());
        model.indicators.reserve(indicators);
        model.measures.reserve(measures);
        Resolver {
            source,
            diagnostics: Vec::new(),
            phase: Phase::Header,
            found: 0,
            model,
            header: None,
            pending_units: Vec::new(),
            loader: loader.clone(),
            changes: Vec::new(),
            units_in_use: Default::default(),
            unit_key: String::new(),
        }
    }

    /// Resolves one item as it is read. Indicators may use units declared further down:
    /// those are looked up by [`Resolver::finish`].
    pub(crate) fn item(&mut self, item: &Item) {
        match item {
            Item::Plan(block) => self.header(block),
            Item::Agency(decl) => self.in_phase(Phase::Declarations, |r| r.agency(decl)),
            Item::Unit(decl) => self.in_phase(Phase::Declarations, |r| r.unit_decl(decl)),
            Item::Dimension(decl) => self.in_phase(Phase::Declarations, |r| r.dimension(decl)),
            Item::Objective(decl) => self.in_phase(Phase::Declarations, |r| r.objective(decl)),
            Item::Area(decl) => self.in_phase(Phase::Declarations, |r| r.area(decl)),
            Item::Element(decl) => self.in_phase(Phase::Declarations, |r| r.element(decl)),
            Item::Indicator(decl) => self.in_phase(Phase::Uses, |r| r.indicator(decl)),
            Item::Report(decl) => self.in_phase(Phase::Uses, |r| r.report(decl)),
            Item::Review(decl) => self.in_phase(Phase::Uses, |r| r.review(decl)),
            Item::Import(decl) => self.in_phase(Phase::Declarations, |r| r.import(decl)),
            Item::Waive(decl) => self.in_phase(Phase::Uses, |r| r.waive(decl)),
            Item::Query(decl) => self.in_phase(Phase::Declarations, |r| r.named_query(decl)),
            Item::Amendment(block) => self.amendment(block),
            Item::Change(decl) => self.in_phase(Phase::Uses, |r| r.change(decl)),
            Item::ChangeReport(decl) => self.in_phase(Phase::Uses, |r| r.change_report(decl)),
            Item::Transfer(decl) => self.in_phase(Phase::Uses, |r| r.transfer(decl)),
            Item::Project(decl) => self.in_phase(Phase::Uses, |r| r.project(decl)),
            Item::Task(decl) => self.in_phase(Phase::Uses, |r| r.task(decl)),
        }
    }

    /// The model once every item is read, and the problems found, in phase order.
    pub(crate) fn finish(mut self) -> (Model, Vec<Diagnostic>) {
        let is_amendment = self.model.amendment.is_some();
        if self.header.is_none() && !is_amendment && !self.model.is_declarations_only() {
            self.phase = Phase::HeaderPresence;
            self.missing_header();
        }
        self.phase = Phase::Uses;
        self.resolve_pending_units();
        self.phase = Phase::References;
        self.amendment_references();
        self.references();
        self.covers();
        self.diagnostics
            .sort_by_key(|(phase, found, _)| (*phase, *found));
        let diagnostics = self.diagnostics.into_iter().map(|(_, _, d)| d).collect();
        (self.model, diagnostics)
    }

    fn in_phase(&mut self, phase: Phase, resolve: impl FnOnce(&mut Self)) {
        self.phase = phase;
        resolve(self);
    }

    /// A place in the output for a diagnostic that will be found later.
    fn reserve_place(&mut self) -> u32 {
        self.found += 1;
        self.found - 1
    }

    fn push_at(&mut self, phase: Phase, found: u32, diagnostic: Diagnostic) {
        self.diagnostics.push((phase, found, diagnostic));
    }
}

impl Resolver<'_> {
    pub(crate) fn push(&mut self, diagnostic: Diagnostic) {
        let found = self.reserve_place();
        self.push_at(self.phase, found, diagnostic);
    }

    /// Reports a problem at `span` of the file.
    pub(crate) fn problem(&mut self, problem: impl Into<Problem>, span: Span) {
        let d = Diagnostic::of(problem.into(), self.source, span);
        self.push(d);
    }

    /// Inserts `value` under `id` unless the id is taken; `kind` is what is declared.
    /// Returns whether it was inserted.
    pub(crate) fn declare<T>(
        &mut self,
        table: impl FnOnce(&mut Model) -> &mut IndexMap<String, T>,
        id: &Ident,
        kind: DeclKind,
        value: T,
        first_span: impl Fn(&T) -> Span,
    ) -> bool {
        if !self.plain_id(id, kind) {
            return false;
        }
        let map = table(&mut self.model);
        if let Some(first) = map.get(&id.name) {
            let problem = Declarations::DuplicateId {
                kind,
                id: id.name.clone(),
                first: first_span(first),
            };
            self.problem(problem, id.span);
            return false;
        }
        map.insert(id.name.clone(), value);
        true
    }
}

#[cfg(test)]
mod tests;
