//! The walk over one model that lists every place its file writes a name.

use super::{Named, Occurrence, Target};
use crate::model::{
    Aggregate, Change, Counted, CoveredId, Ident, Imported, Keyed, Model, Operand, Owner, Ref,
    Scope, Through,
};
use crate::source::Span;

/// Every declaration and reference `model`'s own file writes, by where it is written, each
/// place once. A declaration brought in from an imported file is that file's: it is listed
/// when that file's model is walked.
pub fn occurrences(model: &Model) -> Vec<Occurrence<'_>> {
    let mut walk = Walk {
        model,
        found: Vec::new(),
    };
    walk.declarations();
    walk.agencies();
    walk.measures();
    walk.others();
    walk.amendment();
    let mut found = walk.found;
    // A list shared by the parts of a composite, or given by a project to what it covers,
    // is one place: it is kept once.
    found.sort_by_key(|o| (o.span.start(), o.span.end(), !o.declares));
    found.dedup_by(|b, a| a.span.same_place(&b.span));
    found
}

struct Walk<'m> {
    model: &'m Model,
    found: Vec<Occurrence<'m>>,
}

impl<'m> Walk<'m> {
    fn target(&self, named: Named<'m>) -> Target<'m> {
        Target {
            model: self.model,
            named,
        }
    }

    fn declares(&mut self, span: Span, named: Named<'m>) {
        let target = self.target(named);
        self.found.push(Occurrence {
            span,
            declares: true,
            target,
        });
    }

    /// A name written at `written`: each qualifier names its import, and the rest (the whole
    /// name when it has no qualifier) names `target`, when it names anything.
    fn names(&mut self, written: &Ident, target: Option<Target<'m>>) {
        let local = match self.model.qualified(written) {
            Some(q) => {
                for (span, holder, import) in q.through {
                    if let Some(i) = holder.at(import) {
                        self.found.push(Occurrence {
                            span,
                            declares: false,
                            target: Target {
                                model: holder,
                                named: Named::Import(i),
                            },
                        });
                    }
                }
                q.local
            }
            None => written.span,
        };
        if let Some(target) = target {
            self.found.push(Occurrence {
                span: local,
                declares: false,
                target,
            });
        }
    }

    /// A reference linked in this model's table of `T`.
    fn reference<T: Keyed>(&mut self, r: &Ref<T>, named: fn(&'m T) -> Named<'m>) {
        let target = self.model.get(r).map(|entry| self.target(named(entry)));
        self.names(&r.written, target);
    }

    /// A reference through an import to the imported file's table of `T`.
    fn through<T: Keyed>(&mut self, r: &Through<T>, named: fn(&'m T) -> Named<'m>) {
        let model = self.model;
        let target = r.id.and_then(|at: Imported<T>| {
            let import = model.at(at.file)?;
            let (_, entry) = model.imported(at)?;
            Some(Target {
                model: &import.model,
                named: named(entry),
            })
        });
        self.names(&r.written, target);
    }

    fn owners(&mut self, owners: &[Owner]) {
        for o in owners {
            self.reference(&o.agency, Named::Agency);
        }
    }

    /// The file's own declarations (not those brought in through an import).
    fn declarations(&mut self) {
        let m = self.model;
        for a in m.agencies.values().filter(|a| a.origin.is_none()) {
            self.declares(a.span, Named::Agency(a));
        }
        for u in m.units.values().filter(|u| u.origin.is_none()) {
            self.declares(u.span, Named::Unit(u));
        }
        for d in m.dimensions.values().filter(|d| d.origin.is_none()) {
            self.declares(d.span, Named::Dimension(d));
            for (i, span) in d.value_spans.iter().enumerate() {
                self.declares(*span, Named::DimensionValue(d, i));
            }
        }
        for o in m.objectives.values() {
            self.declares(o.span, Named::Objective(o));
        }
        for i in m.indicators.values() {
            self.declares(i.id_span, Named::Indicator(i));
        }
        // An indicator without parts is declared by its number, above.
        for part in m.measures.values().filter(|p| p.parent.is_some()) {
            self.declares(part.id_span, Named::Measure(part));
        }
        for r in m.reports.values() {
            self.declares(r.id_span, Named::Report(r));
        }
        for r in m.reviews.values() {
            self.declares(r.id_span, Named::Review(r));
        }
        for a in m.areas.values().filter(|a| a.origin.is_none()) {
            self.declares(a.span, Named::Area(a));
        }
        for e in m.elements.values().filter(|e| e.origin.is_none()) {
            self.declares(e.span, Named::Element(e));
        }
        for i in m.imports.values() {
            self.declares(i.alias_span, Named::Import(i));
        }
        for q in m.queries.values() {
            self.declares(q.id_span, Named::Query(q));
        }
        for p in m.projects.values() {
            self.declares(p.id_span, Named::Project(p));
        }
        for t in m.tasks.values() {
            self.declares(t.id_span, Named::Task(t));
        }
    }

    /// Every agency the plan names where it gives work (its issuer, owners, parties).
    fn agencies(&mut self) {
        for r in self.model.named_agencies() {
            self.reference(r, Named::Agency);
        }
    }

    /// What a measure names: its objective, unit, formula, total, weight, dimensions,
    /// scope and the parent measure it takes up.
    fn measures(&mut self) {
        let m = self.model;
        for i in m.indicators.values() {
            if let Some(o) = &i.objective {
                self.reference(o, Named::Objective);
            }
        }
        for measure in m.measures.values() {
            if let Some(o) = &measure.objective {
                self.reference(o, Named::Objective);
            }
            if let Some(u) = &measure.unit {
                let target = u.unit.as_deref().map(|unit| self.target(Named::Unit(unit)));
                self.names(&u.written, target);
            }
            if let Some(f) = &measure.formula {
                self.operand(&f.numerator);
                self.operand(&f.denominator);
            }
            if let Some(t) = &measure.total {
                for part in &t.parts {
                    self.reference(part, Named::Measure);
                }
            }
            if let Aggregate::Weighted(by) = &measure.aggregate {
                self.reference(by, Named::Element);
            }
            for t in &measure.targets {
                if let Some((dimension, value)) = t.split.as_deref() {
                    self.dimension_value(dimension, value);
                }
            }
            match measure.scope.as_deref() {
                Some(Scope::Areas(areas)) => {
                    for a in areas {
                        self.reference(a, Named::Area);
                    }
                }
                Some(Scope::Value(dimension, value)) => self.dimension_value(dimension, value),
                None => {}
            }
            if let Some(link) = &measure.maps {
                self.through(&link.parent, Named::Measure);
            }
        }
    }

    fn operand(&mut self, o: &Operand) {
        let m = self.model;
        let target = o.id.and_then(|counted| match counted {
            Counted::Element(e) => m.at(e).map(Named::Element),
            Counted::Measure(x) => m.at(x).map(Named::Measure),
        });
        let target = target.map(|named| self.target(named));
        self.names(&o.written, target);
    }

    /// `where khu_vuc = thanh_thi`: the dimension, and its value.
    fn dimension_value(&mut self, dimension: &Ref<crate::model::Dimension>, value: &Ident) {
        self.reference(dimension, Named::Dimension);
        let Some(d) = self.model.get(dimension) else {
            return;
        };
        // A value is named within its dimension, which the resolver has linked.
        if let Some(i) = d.values.get_index_of(&value.name) {
            let target = self.target(Named::DimensionValue(d, i));
            self.names(value, Some(target));
        }
    }

    /// Units' scales, areas' parents, objectives' parents, projects' parents and covers,
    /// waivers, and the plan the header implements.
    fn others(&mut self) {
        let m = self.model;
        for u in m.units.values().filter(|u| u.origin.is_none()) {
            if let Some(scale) = &u.scale {
                let target = scale.unit.and_then(|id| m.at(id));
                let target = target.map(|unit| self.target(Named::Unit(unit)));
                let written = Ident {
                    name: scale.of.clone(),
                    span: scale.span,
                };
                self.names(&written, target);
            }
        }
        // An area brought in comes with its parent, named from this file at the import line:
        // nothing is written there.
        for a in m.areas.values().filter(|a| a.origin.is_none()) {
            if let Some(parent) = &a.parent {
                self.reference(parent, Named::Area);
            }
        }
        for o in m.objectives.values() {
            if let Some(parent) = &o.parent {
                self.reference(parent, Named::Objective);
            }
        }
        for p in m.projects.values() {
            if let Some(parent) = &p.parent {
                self.reference(parent, Named::Project);
            }
            for c in &p.covers {
                let named = c.names.and_then(|id| match id {
                    CoveredId::Measure(x) => m.at(x).map(Named::Measure),
                    CoveredId::Indicator(i) => m.at(i).map(Named::Indicator),
                    CoveredId::Task(t) => m.at(t).map(Named::Task),
                });
                let target = named.map(|named| self.target(named));
                self.names(&c.id, target);
            }
        }
        for w in m.waivers.values() {
            self.through(&w.parent, Named::Measure);
        }
        if let Some(parent) = &m.plan.parent {
            self.reference(parent, Named::Import);
        }
    }

    /// An amendment's header and changes.
    fn amendment(&mut self) {
        let Some(a) = self.model.amendment.as_deref() else {
            return;
        };
        if let Some(amends) = &a.amends {
            self.reference(amends, Named::Import);
        }
        if let Some(issuer) = &a.issuer {
            self.reference(issuer, Named::Agency);
        }
        for change in &a.changes {
            match change {
                Change::Measure {
                    measure,
                    lead,
                    support,
                    ..
                } => {
                    self.through(measure, Named::Measure);
                    self.owners(lead);
                    self.owners(support);
                }
                Change::Report { report, fields, .. } => {
                    self.through(report, Named::Report);
                    for r in fields.party.agencies() {
                        self.reference(r, Named::Agency);
                    }
                }
                Change::Transfer { from, to, .. } => {
                    self.through(from, Named::Agency);
                    self.reference(to, Named::Agency);
                }
            }
        }
    }
}
