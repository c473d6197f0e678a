//! Looking up every reference: agencies, objectives, dimensions and their values.

use super::imports::Imported;
use super::Resolver;
use crate::diagnostic::{Derivations, Diagnostic, NameHint, NameKind, Problem, UnknownName};
use crate::model::{
    is_qualified, Agency, Aggregate, Area, Change, Counted, Dimension, Element, Id, Index, Measure,
    Model, Objective, Operand, Owner, Ref, Scope, SharedRewrites, Unit,
};
use crate::syntax::ast::Ident;
use crate::text::closest;
use rustc_hash::FxHashSet as HashSet;
use std::sync::Arc;

/// The references a file makes, to look up.
#[derive(Default)]
struct Named<'m> {
    agencies: Vec<&'m Ident>,
    objectives: Vec<&'m Ident>,
    splits: Vec<(&'m Ident, &'m Ident)>,
    /// Weights: data elements only.
    elements: Vec<&'m Ident>,
    /// Formulas' operands: data elements, or indicators and parts.
    operands: Vec<&'m Ident>,
    /// The parts of totals: indicators and parts.
    parts: Vec<&'m Ident>,
    /// The areas measures are set for (`scope ha_noi, tp_hcm`).
    scope_areas: Vec<&'m Ident>,
}

fn named(model: &Model) -> Named<'_> {
    let mut n = Named::default();
    n.agencies
        .extend(model.named_agencies().map(|r| &r.written));
    for m in model.measures.values() {
        if let Some(f) = &m.formula {
            n.operands.extend([&*f.numerator, &*f.denominator]);
        }
        if let Some(t) = &m.total {
            n.parts.extend(t.parts.iter().map(|p| &p.written));
        }
        if let crate::model::Aggregate::Weighted(by) = &m.aggregate {
            n.elements.push(by);
        }
        n.splits.extend(
            m.targets
                .iter()
                .filter_map(|t| t.split.as_deref().map(|(d, v)| (&d.written, v))),
        );
        match m.scope.as_deref() {
            Some(Scope::Areas(areas)) => n.scope_areas.extend(areas.iter().map(|a| &a.written)),
            Some(Scope::Value(d, v)) => n.splits.push((&d.written, v)),
            None => {}
        }
    }
    for i in model.indicators.values() {
        n.objectives.extend(i.objective.as_deref());
    }
    for o in model.objectives.values() {
        n.objectives.extend(o.parent.as_deref());
    }
    if let Some(a) = &model.amendment {
        n.agencies.extend(a.issuer.as_deref());
        for change in &a.changes {
            match change {
                Change::Measure { lead, support, .. } => n
                    .agencies
                    .extend(lead.iter().chain(support).map(|o| &o.agency.written)),
                Change::Report { fields, .. } => n
                    .agencies
                    .extend(fields.party.agencies().map(|r| &r.written)),
                // `from` is the amended plan's (checked with the other amended names).
                Change::Transfer { to, .. } => n.agencies.push(&to.written),
            }
        }
    }
    n
}

/// The imported names among `ids` that `T`'s table does not hold yet, each once.
fn not_brought_in<'m, T: Imported>(
    model: &Model,
    ids: impl IntoIterator<Item = &'m Ident>,
) -> Vec<String> {
    let mut seen: HashSet<&str> = HashSet::default();
    ids.into_iter()
        .map(|id| id.name.as_str())
        .filter(|name| is_qualified(name) && !T::table(model).contains_key(*name))
        .filter(|name| seen.insert(name))
        .map(str::to_string)
        .collect()
}

impl Resolver<'_> {
    /// Brings in the imported agencies, areas, dimensions and elements the file names (see
    /// [`Resolver::bring_in`]); the ones not found are reported with the other references.
    fn bring_in_named(&mut self) {
        let n = named(&self.model);
        let agencies = not_brought_in::<Agency>(&self.model, n.agencies);
        // A qualified operand can only be an imported data element: measures are not
        // brought in.
        let elements = n.elements.into_iter().chain(n.operands);
        let elements = not_brought_in::<Element>(&self.model, elements);
        let dimensions = not_brought_in::<Dimension>(&self.model, n.splits.iter().map(|s| s.0));
        let areas = self
            .model
            .areas
            .values()
            .filter_map(|a| a.parent.as_deref())
            .chain(n.scope_areas);
        let areas = not_brought_in::<Area>(&self.model, areas);
        for name in agencies {
            self.bring_in::<Agency>(&name);
        }
        for name in elements {
            self.bring_in::<Element>(&name);
        }
        for name in dimensions {
            self.bring_in::<Dimension>(&name);
        }
        for name in areas {
            self.bring_in::<Area>(&name);
        }
    }

    /// The names of `T` this file can use, for suggestions: its own, and those of the files
    /// it imports, qualified (`national.bo_yte`).
    pub(super) fn names_in_view<T: Imported>(&self) -> Vec<String> {
        let own = T::table(&self.model).keys().cloned();
        let imported = self.model.imports.iter().flat_map(|(alias, import)| {
            T::table(&import.model)
                .keys()
                .map(move |id| format!("{alias}.{id}"))
        });
        own.chain(imported).collect()
    }

    pub(super) fn references(&mut self) {
        self.bring_in_named();
        self.link();
        let Named {
            agencies,
            objectives,
            splits,
            elements,
            operands,
            parts,
            scope_areas,
        } = named(&self.model);
        let model = &self.model;
        let mut found = self.unknown_among(
            elements,
            |name| model.elements.contains_key(name),
            || self.names_in_view::<Element>(),
            NameKind::Element,
        );
        found.extend(self.ambiguous_operands(&operands));
        found.extend(self.unknown_among(
            operands,
            |name| model.elements.contains_key(name) || model.measures.contains_key(name),
            || {
                let mut names = self.names_in_view::<Element>();
                names.extend(model.measures.keys().cloned());
                names
            },
            NameKind::Operand,
        ));
        found.extend(self.unknown_among(
            parts,
            |name| model.measures.contains_key(name),
            || model.measures.keys().cloned().collect(),
            NameKind::Measure,
        ));
        let parents = model
            .areas
            .values()
            .filter_map(|a| a.parent.as_deref())
            .chain(scope_areas);
        found.extend(self.unknown_among(
            parents,
            |name| model.areas.contains_key(name),
            || self.names_in_view::<Area>(),
            NameKind::Area,
        ));
        found.extend(self.area_cycles());
        found.extend(self.unknown_scale_units());
        found.extend(self.unknown_among(
            agencies,
            |name| model.agencies.contains_key(name),
            || self.names_in_view::<Agency>(),
            NameKind::Agency,
        ));
        found.extend(self.unknown_among(
            objectives,
            |name| model.objectives.contains_key(name),
            || model.objectives.keys().cloned().collect(),
            NameKind::Objective,
        ));
        found.extend(self.objective_cycles());
        let dimensions = splits.iter().map(|(d, _)| *d);
        found.extend(self.unknown_among(
            dimensions,
            |name| model.dimensions.contains_key(name),
            || self.names_in_view::<Dimension>(),
            NameKind::Dimension,
        ));
        for (dimension, value) in splits {
            let Some(d) = model.dimensions.get(&dimension.name) else {
                continue;
            };
            if d.values.contains_key(&value.name) {
                continue;
            }
            let known: Vec<String> = d.values.keys().cloned().collect();
            let within = Some(d.id.clone());
            found.extend(self.unknown(NameKind::DimensionValue, within, value, &known));
        }
        for d in found {
            self.push(d);
        }
    }

    /// Gives every reference to an area, a unit, a data element, an objective or an agency the
    /// position of what it names (the imported ones brought in by now), so that no reader
    /// looks it up by name again.
    /// What names nothing keeps no id, and is reported by [`Resolver::references`].
    fn link(&mut self) {
        let model = &mut self.model;
        // An area's parent is in the table the area is in: its ids are found first, then
        // given (`Ref::link` would need the table while it is being changed).
        let parents: Vec<Option<Id<Area>>> = model
            .areas
            .values()
            .map(|a| {
                let parent = a.parent.as_ref()?;
                model.areas.get_index_of(&parent.name).map(Id::at)
            })
            .collect();
        for (area, id) in model.areas.values_mut().zip(parents) {
            if let Some(parent) = &mut area.parent {
                parent.id = id;
            }
        }
        // So are an objective's: the one it is nested under.
        let nested: Vec<Option<Id<Objective>>> = (model.objectives.values())
            .map(|o| {
                let parent = o.parent.as_ref()?;
                model.objectives.get_index_of(&parent.name).map(Id::at)
            })
            .collect();
        for (objective, id) in model.objectives.values_mut().zip(nested) {
            if let Some(parent) = &mut objective.parent {
                parent.id = id;
            }
        }
        // A unit's scale names a unit of the same table.
        let scales: Vec<Option<Id<Unit>>> = (model.units.values())
            .map(|u| {
                let scale = u.scale.as_ref()?;
                model.units.get_index_of(&scale.of).map(Id::at)
            })
            .collect();
        for (unit, id) in model.units.values_mut().zip(scales) {
            if let Some(scale) = &mut unit.scale {
                scale.unit = id;
            }
        }
        let elements = Index::of(&model.elements);
        let derived = derivation_ids(model, &elements);
        let dimensions = Index::of(&model.dimensions);
        let areas = Index::of(&model.areas);
        let objectives = Index::of(&model.objectives);
        let link = |r: &mut Option<Ref<Objective>>| {
            if let Some(r) = r {
                r.link_in(&objectives);
            }
        };
        for (at, formula, parts) in derived {
            let Some((_, m)) = model.measures.get_index_mut(at) else {
                continue;
            };
            if let (Some(f), Some([num, den])) = (&mut m.formula, formula) {
                (f.numerator.id, f.denominator.id) = (num, den);
            }
            if let (Some(t), Some(ids)) = (&mut m.total, parts) {
                for (part, id) in t.parts.iter_mut().zip(ids) {
                    part.id = id;
                }
            }
        }
        for m in model.measures.values_mut() {
            if let Aggregate::Weighted(by) = &mut m.aggregate {
                by.link_in(&elements);
            }
            for (dimension, _) in m.targets.iter_mut().filter_map(|t| t.split.as_deref_mut()) {
                dimension.link_in(&dimensions);
            }
            match m.scope.as_deref_mut() {
                Some(Scope::Areas(list)) => list.iter_mut().for_each(|a| a.link_in(&areas)),
                Some(Scope::Value(dimension, _)) => dimension.link_in(&dimensions),
                None => {}
            }
            link(&mut m.objective);
        }
        model
            .indicators
            .values_mut()
            .for_each(|i| link(&mut i.objective));
        link_agencies(model);
        link_imported(model);
    }

    /// A formula's operand that names both a data element and a measure is linked to the
    /// element, and reported.
    fn ambiguous_operands(&self, operands: &[&Ident]) -> Vec<Diagnostic> {
        let model = &self.model;
        operands
            .iter()
            .filter_map(|id| {
                let element = model.elements.get(&id.name)?;
                let measure = model.measures.get(&id.name)?;
                let problem = Derivations::AmbiguousOperand {
                    name: id.name.clone(),
                    element: element.span,
                    measure: measure.id_span,
                };
                Some(Diagnostic::of(problem.into(), self.source, id.span))
            })
            .collect()
    }

    /// A diagnostic for each of `ids` that names nothing. A large plan names the same few
    /// agencies, objectives and elements over and over: each name is looked up once, and the
    /// names in view are listed once, for the first unknown one.
    fn unknown_among<'m>(
        &self,
        ids: impl IntoIterator<Item = &'m Ident>,
        exists: impl Fn(&str) -> bool,
        in_view: impl FnOnce() -> Vec<String>,
        kind: NameKind,
    ) -> Vec<Diagnostic> {
        let mut known: HashSet<&str> = HashSet::default();
        let mut names: Option<Vec<String>> = None;
        let mut in_view = Some(in_view);
        let mut helps: rustc_hash::FxHashMap<&str, Option<Diagnostic>> = Default::default();
        let mut found = Vec::new();
        for id in ids {
            if known.contains(id.name.as_str()) {
                continue;
            }
            if exists(&id.name) {
                known.insert(&id.name);
                continue;
            }
            // The same unknown name again: the same diagnostic, at this place.
            if let Some(first) = helps.get(id.name.as_str()) {
                found.extend(first.as_ref().map(|d| d.clone().at(id.span)));
                continue;
            }
            if names.is_none() {
                names = in_view.take().map(|f| f());
            }
            let d = self.unknown(kind, None, id, names.as_deref().unwrap_or(&[]));
            found.extend(d.clone());
            helps.insert(&id.name, d);
        }
        found
    }

    /// An unknown name, with what it may stand for among the `known` names; `within` the
    /// declaration it was looked up in (a dimension, for its values).
    fn unknown(
        &self,
        kind: NameKind,
        within: Option<String>,
        id: &Ident,
        known: &[String],
    ) -> Option<Diagnostic> {
        // A name from a file that could not be imported: the import line says so already.
        if self.names_unreadable_import(&id.name) {
            return None;
        }
        // `so_yte` written for an imported `common.so_yte`: name the import.
        let suffix = format!(".{}", id.name);
        let imported: Vec<&String> = known.iter().filter(|k| k.ends_with(&suffix)).collect();
        let hint = match imported.as_slice() {
            [one] => NameHint::Similar((*one).clone()),
            [] => match closest(&id.name, known.iter().map(String::as_str)) {
                Some(close) => NameHint::Similar(close.to_string()),
                None if within.is_some() => NameHint::OneOf(known.to_vec()),
                None => NameHint::Declare,
            },
            several => NameHint::Imported(several.iter().map(|k| (*k).clone()).collect()),
        };
        let problem = Problem::UnknownName(UnknownName {
            kind,
            name: id.name.clone(),
            within,
            hint,
        });
        Some(Diagnostic::of(problem, self.source, id.span))
    }
}

/// What a measure's formula operands and total's parts name: the measure's index, then
/// the ids of its formula's numerator and denominator, and of its total's parts.
type DerivationIds = (
    usize,
    Option<[Option<Counted>; 2]>,
    Option<Vec<Option<Id<Measure>>>>,
);

/// What the formulas' operands and the parts of totals name, for each measure that has
/// either: they name measures, in the table being linked, so their ids are found first and
/// given after. An operand is a data element if one is declared, else a measure.
fn derivation_ids(model: &Model, elements: &Index<'_, Element>) -> Vec<DerivationIds> {
    let measures = Index::of(&model.measures);
    let operand = |o: &Operand| {
        let element = elements.get(&o.name).map(Counted::Element);
        element.or_else(|| measures.get(&o.name).map(Counted::Measure))
    };
    model
        .measures
        .values()
        .enumerate()
        .filter(|(_, m)| m.formula.is_some() || m.total.is_some())
        .map(|(at, m)| {
            let formula = m
                .formula
                .as_ref()
                .map(|f| [operand(&f.numerator), operand(&f.denominator)]);
            let parts = m
                .total
                .as_ref()
                .map(|t| t.parts.iter().map(|p| measures.get(&p.name)).collect());
            (at, formula, parts)
        })
        .collect()
}

/// Gives the names of other files' declarations their ids: the plan the header
/// `implements`, and the parent measures of `adopts`, `adapts` and `waive` (the cascade
/// checker reports those that name nothing, and why).
fn link_imported(model: &mut Model) {
    let imports = &model.imports;
    if let Some(parent) = &mut model.plan.parent {
        parent.link(imports);
    }
    for m in model.measures.values_mut() {
        if let Some(link) = &mut m.maps {
            link.parent.link_among(imports);
        }
    }
    for w in model.waivers.values_mut() {
        w.parent.link_among(imports);
    }
}

/// Gives every reference to an agency in the plan its id (see [`Resolver::link`]). The
/// owners' lists the parts of a composite share are linked once and stay shared. An
/// amendment's issuer and the agencies its changes name are linked in its own file's table
/// (the amended plan's, named through its import, are brought in there); applying it looks
/// them up in the plan amended ([`crate::amend`]).
fn link_agencies(model: &mut Model) {
    let agencies = Index::of(&model.agencies);
    let link = |r: &mut Ref<Agency>| r.link_in(&agencies);
    let link_owners = |owners: &mut [Owner]| owners.iter_mut().for_each(|o| link(&mut o.agency));
    if let Some(issuer) = &mut model.plan.issuer {
        link(issuer);
    }
    // A list one measure holds alone is linked where it is; one the parts of a composite
    // share is linked once, into one new list they go on sharing.
    let mut linked = SharedRewrites::default();
    for m in model.measures.values_mut() {
        for owners in [&mut m.lead, &mut m.support] {
            if owners.is_empty() {
                continue;
            }
            match Arc::get_mut(owners) {
                Some(alone) => link_owners(alone),
                None => linked.rewrite(owners, |list| {
                    let mut list = list.to_vec();
                    link_owners(&mut list);
                    Some(list)
                }),
            }
        }
    }
    let parties = model.reports.values_mut().map(|r| &mut r.party);
    for party in parties.chain(model.reviews.values_mut().map(|r| &mut r.party)) {
        party.from.iter_mut().chain(&mut party.to).for_each(link);
    }
    let duties = model.projects.values_mut().map(|p| &mut p.duty);
    for duty in duties.chain(model.tasks.values_mut().map(|t| &mut t.duty)) {
        link_owners(&mut duty.lead);
        link_owners(&mut duty.support);
    }
    if let Some(a) = &mut model.amendment {
        if let Some(issuer) = &mut a.issuer {
            link(issuer);
        }
        for change in &mut a.changes {
            match change {
                Change::Measure { lead, support, .. } => {
                    link_owners(lead);
                    link_owners(support);
                }
                Change::Report { fields, .. } => {
                    let party = &mut fields.party;
                    party.from.iter_mut().chain(&mut party.to).for_each(link);
                }
                Change::Transfer { to, .. } => link(to),
            }
        }
    }
}
