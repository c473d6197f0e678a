//! Indicators and their parts: fields folded into measures, units looked up, targets
//! normalised.

use super::{AnnotationSlots, Once, OwnerSlots, Phase, Resolver};
use crate::diagnostic::{
    DeclKind, Declarations, Derivations, Diagnostic, Item, MeasureRef, NameHint, NameKind, Stray,
    UnknownName,
};
use crate::model::Id;
use crate::model::{
    owner_list, Aggregate, Baseline, Comparator, Flow, Formula, Indicator, LeadToFill, Measure,
    Owner, ParentLink, Ref, Scope, Target, TargetKind, Through, Tolerance, Total, Unit, UnitUse,
    BUILTIN_UNITS,
};
use crate::source::Span;
use crate::syntax::ast::Ownership;
use crate::syntax::ast::{
    self, DirectionLit, IndicatorDecl, IndicatorField, MeasureField, MeasureFieldKind, RateChange,
    UnitRef,
};
use crate::text::closest;
use std::sync::Arc;

/// The fields of an indicator or part, folded; texts still borrowed from the syntax tree.
#[derive(Default)]
struct Fields<'a> {
    unit: Once<&'a UnitRef>,
    direction: Once<DirectionLit>,
    flow: Once<ast::FlowLit>,
    baseline: Once<Baseline>,
    targets: Vec<Target>,
    lead: Vec<Owner>,
    support: Vec<Owner>,
    source: Once<&'a str>,
    notes: Vec<&'a str>,
    formula: Once<(ast::Ident, ast::Ident, Option<f64>)>,
    total: Once<&'a ast::TotalOf>,
    scope: Once<&'a ast::ScopeLit>,
    aggregate: Once<ast::AggregateLit>,
    maps: Once<&'a ast::Mapping>,
    lead_to_fill: Once<Option<&'a str>>,
}

impl Fields<'_> {
    fn source(&self) -> Option<String> {
        self.source.get().map(|s| s.to_string())
    }

    fn notes(&self) -> Vec<String> {
        self.notes.iter().map(|n| n.to_string()).collect()
    }
}

/// A composite indicator's owners, which its parts that name none of their own share (one
/// list, not a copy for each part).
struct CompositeOwners {
    lead: Arc<[Owner]>,
    support: Arc<[Owner]>,
    lead_to_fill: Option<Arc<LeadToFill>>,
}

/// Which of its composite's owners a part takes: those it names none of.
#[derive(Clone, Copy)]
struct Takes {
    lead: bool,
    support: bool,
    lead_to_fill: bool,
}

impl CompositeOwners {
    fn of(own: &Fields<'_>) -> CompositeOwners {
        let fill = own.lead_to_fill.get().zip(own.lead_to_fill.span());
        CompositeOwners {
            lead: owner_list(own.lead.clone()),
            support: owner_list(own.support.clone()),
            lead_to_fill: fill.map(|(reason, span)| {
                Arc::new(LeadToFill {
                    reason: reason.map(str::to_string),
                    span,
                })
            }),
        }
    }

    /// Gives `part` what it takes.
    fn give(&self, part: &mut Measure, takes: Takes) {
        if takes.lead {
            part.lead = Arc::clone(&self.lead);
        }
        if takes.support {
            part.support = Arc::clone(&self.support);
        }
        if takes.lead_to_fill {
            part.lead_to_fill.clone_from(&self.lead_to_fill);
        }
    }
}

/// A measure's unit that was not declared where it was used.
pub(super) struct PendingUnit {
    written: UnitRef,
    /// The measure's index in the model (`usize::MAX` when it was a dropped duplicate).
    measure: usize,
    /// Whether its formula takes its factor from the unit (100 for a percent).
    default_factor: bool,
    /// Where an "unknown unit" diagnostic goes among the others.
    place: u32,
}

/// The unit a measure uses, as written and as resolved.
fn unit_use(written: &UnitRef, unit: Option<Arc<Unit>>) -> UnitUse {
    UnitUse {
        written: written.name.clone(),
        unit,
    }
}

/// A measure as problems name it: indicator `number`, or part `id` of one.
fn measure_ref(id: &str, is_part: bool) -> MeasureRef {
    MeasureRef {
        id: id.to_string(),
        is_part,
    }
}

impl Resolver<'_> {
    pub(super) fn indicator(&mut self, decl: &IndicatorDecl) {
        let number = &decl.id.name;
        let measure_owner = measure_ref(number, false);
        let owner = Item::Measure(measure_owner.clone());
        let mut objective = Once::default();
        let mut own = Vec::with_capacity(decl.fields.len());
        let mut parts = Vec::new();
        for field in &decl.fields {
            match field {
                IndicatorField::Objective(id) => {
                    self.once(&mut objective, id.clone(), id.span, "objective", &owner)
                }
                IndicatorField::Measure(f) => own.push(f),
                IndicatorField::Part(p) => parts.push(p),
            }
        }
        let own = self.fold(own.iter().copied(), &owner);
        let objective = objective.into_inner().map(Ref::unresolved);
        let indicator = Indicator {
            number: number.clone(),
            title: decl.title.value.clone(),
            objective: objective.clone(),
            source: own.source(),
            notes: own.notes(),
            measures: Vec::new(),
            is_composite: !parts.is_empty(),
            span: decl.span,
            id_span: decl.id.span,
        };
        // Stored now; its measures are filled in below.
        if !self.declare(
            |m| &mut m.indicators,
            &decl.id,
            DeclKind::Indicator,
            indicator,
            |i| i.id_span,
        ) {
            return;
        }
        let composite_id = Some(Id::at(self.model.indicators.len() - 1));

        // What a part takes from its composite indicator.
        let template = |id: String, parent: Option<Id<Indicator>>| Measure {
            id,
            parent,
            number: number.clone(),
            title: decl.title.value.clone(),
            objective: objective.clone(),
            unit: None,
            direction: None,
            flow: None,
            baseline: None,
            targets: Vec::new(),
            lead: owner_list(Vec::new()),
            support: owner_list(Vec::new()),
            source: own.source(),
            notes: Vec::new(),
            formula: None,
            total: None,
            scope: None,
            aggregate: crate::model::Aggregate::None,
            maps: None,
            lead_to_fill: None,
            span: decl.span,
            id_span: decl.id.span,
        };
        let mut measures = Vec::with_capacity(parts.len().max(1));
        if parts.is_empty() {
            let measure = Measure {
                notes: own.notes(),
                ..template(number.clone(), None)
            };
            let (measure, pending) = self.measure(measure, own, &measure_owner);
            let stored = self.declare(
                |m| &mut m.measures,
                &decl.id,
                DeclKind::Indicator,
                measure,
                |m| m.id_span,
            );
            // Stored, it is the last of the table; a measure of that id declared before
            // (a part, reported) stands for it, as its name did.
            let at = match stored {
                true => Some(self.model.measures.len() - 1),
                false => self.model.measures.get_index_of(number.as_str()),
            };
            measures.extend(at.map(Id::at));
            self.wait_for_unit(pending, stored);
        } else {
            let composite = CompositeOwners::of(&own);
            for stray in own
                .baseline
                .span()
                .into_iter()
                .chain(own.targets.iter().map(|t| t.span))
            {
                let problem = Declarations::CompositeWithMeasure {
                    indicator: number.clone(),
                    stray: Stray::Target,
                };
                self.problem(problem, stray);
            }
            if let Some(stray) = own.maps.span() {
                let problem = Declarations::CompositeWithMeasure {
                    indicator: number.clone(),
                    stray: Stray::Mapping,
                };
                self.problem(problem, stray);
            }
            if let Some(stray) = own.total.span() {
                let problem = Declarations::CompositeWithMeasure {
                    indicator: number.clone(),
                    stray: Stray::Total,
                };
                self.problem(problem, stray);
            }
            for part in parts {
                let id = format!("{number}{}", part.id.name);
                let part_ref = measure_ref(&id, true);
                let part_owner = Item::Measure(part_ref.clone());
                let mut fields = self.fold(&part.fields, &part_owner);
                let measure = Measure {
                    title: part.title.value.clone(),
                    span: part.span,
                    id_span: part.id.span,
                    source: fields.source().or_else(|| own.source()),
                    notes: fields.notes(),
                    ..template(id.clone(), composite_id)
                };
                // Owners, unit and direction given on the composite hold for parts that
                // give none of their own; the owners are the composite's, shared.
                let takes = Takes {
                    lead: fields.lead.is_empty(),
                    support: fields.support.is_empty(),
                    lead_to_fill: fields.lead_to_fill.get().is_none(),
                };
                if fields.unit.get().is_none() {
                    if let (Some(u), Some(s)) = (own.unit.get(), own.unit.span()) {
                        self.once(&mut fields.unit, *u, s, "unit", &part_owner);
                    }
                }
                if fields.direction.get().is_none() {
                    if let (Some(d), Some(s)) = (own.direction.get(), own.direction.span()) {
                        self.once(
                            &mut fields.direction,
                            d.clone(),
                            s,
                            "direction",
                            &part_owner,
                        );
                    }
                }
                if fields.flow.get().is_none() {
                    if let (Some(f), Some(s)) = (own.flow.get(), own.flow.span()) {
                        self.once(&mut fields.flow, f.clone(), s, "flow", &part_owner);
                    }
                }
                if fields.scope.get().is_none() {
                    if let (Some(f), Some(s)) = (own.scope.get(), own.scope.span()) {
                        self.once(&mut fields.scope, *f, s, "scope", &part_owner);
                    }
                }
                let (mut measure, pending) = self.measure(measure, fields, &part_ref);
                composite.give(&mut measure, takes);
                let part_ident = ast::Ident {
                    name: id,
                    span: part.id.span,
                };
                let stored = self.declare(
                    |m| &mut m.measures,
                    &part_ident,
                    DeclKind::Part,
                    measure,
                    |m| m.id_span,
                );
                self.wait_for_unit(pending, stored);
                if stored {
                    measures.push(Id::at(self.model.measures.len() - 1));
                }
            }
        }
        if let Some(stored) = self.model.indicators.get_mut(number) {
            stored.measures = measures;
        }
    }

    /// Completes a measure from its folded fields, reporting what is missing. A unit not
    /// declared yet comes back as a [`PendingUnit`] to look up once the file is read.
    fn measure(
        &mut self,
        mut measure: Measure,
        fields: Fields<'_>,
        owner: &MeasureRef,
    ) -> (Measure, Option<PendingUnit>) {
        let mut pending = None;
        match fields.unit.into_inner() {
            Some(unit) => match self.shared_unit(unit) {
                Some(found) => measure.unit = Some(unit_use(unit, Some(found))),
                None => {
                    measure.unit = Some(unit_use(unit, None));
                    pending = Some(PendingUnit {
                        written: unit.clone(),
                        measure: 0,
                        default_factor: false,
                        place: self.reserve_place(),
                    });
                }
            },
            None => {
                let span = measure.id_span;
                let measure = owner.clone();
                self.problem(Declarations::MissingUnit { measure }, span);
            }
        }
        match fields.direction.into_inner() {
            Some(d) => measure.direction = Some(d.value),
            None => {
                let span = measure.id_span;
                let measure = owner.clone();
                self.problem(Declarations::MissingDirection { measure }, span);
            }
        }
        measure.flow = fields.flow.into_inner().map(|f| match f.cumulative {
            true => Flow::Cumulative,
            false => Flow::PerPeriod,
        });
        measure.scope = fields.scope.into_inner().map(|s| {
            Box::new(match s {
                ast::ScopeLit::Areas(areas) => {
                    Scope::Areas(areas.iter().cloned().map(Ref::unresolved).collect())
                }
                ast::ScopeLit::Value(split) => Scope::Value(
                    Ref::unresolved(split.dimension.clone()),
                    split.value.clone(),
                ),
            })
        });
        measure.baseline = fields.baseline.into_inner().map(Box::new);
        measure.targets = fit(fields.targets);
        measure.lead = owner_list(fields.lead);
        measure.support = owner_list(fields.support);
        let unit_per = measure
            .unit
            .as_ref()
            .and_then(|u| u.unit.as_ref())
            .and_then(|u| u.per);
        let aggregate_span = fields.aggregate.span();
        if let (Some(reason), Some(span)) = (fields.lead_to_fill.get(), fields.lead_to_fill.span())
        {
            measure.lead_to_fill = Some(Arc::new(LeadToFill {
                reason: reason.map(str::to_string),
                span,
            }));
        }
        if let (Some(m), Some(span)) = (fields.maps.get(), fields.maps.span()) {
            measure.maps = Some(Box::new(ParentLink {
                parent: Through::unresolved(m.parent.clone()),
                adapted_because: m.adapted_because.as_ref().map(|t| t.value.clone()),
                reference: m.reference.as_ref().map(|t| t.value.clone()),
                span,
            }));
        }
        // A value is derived one way: a formula beside a total is reported, and the
        // formula kept.
        match (
            fields.total.get(),
            fields.total.span(),
            fields.formula.span(),
        ) {
            (Some(_), Some(total), Some(formula)) => {
                let measure = owner.clone();
                self.problem(Derivations::TotalWithFormula { measure, formula }, total);
            }
            (Some(t), Some(span), None) => {
                measure.total = Some(Box::new(Total {
                    parts: t.parts.iter().cloned().map(Ref::unresolved).collect(),
                    tolerance: t.within.as_ref().map(|w| Tolerance {
                        amount: w.amount.value,
                        unit: w.unit,
                    }),
                    span,
                }));
            }
            _ => {}
        }
        let formula = fields.formula.into_inner();
        let factor_given = formula.as_ref().map(|f| f.2.is_some());
        measure.formula = formula.map(|(numerator, denominator, factor)| {
            Box::new(Formula {
                numerator: Ref::unresolved(numerator),
                denominator: Ref::unresolved(denominator),
                // Without a factor, the unit's own: 100 for a percent, 1000 for ‰.
                factor: factor.or(unit_per).unwrap_or(1.0),
            })
        });
        measure.aggregate = match fields.aggregate.into_inner() {
            None | Some(ast::AggregateLit::None) => Aggregate::None,
            Some(ast::AggregateLit::Sum) => Aggregate::Sum,
            Some(ast::AggregateLit::Mean) => Aggregate::Mean,
            Some(ast::AggregateLit::Weighted(by)) => Aggregate::Weighted(Ref::unresolved(by)),
        };
        if let Some(p) = &mut pending {
            p.default_factor = measure.formula.is_some() && factor_given == Some(false);
        }
        if let (Some(_), Some(span)) = (&measure.formula, aggregate_span) {
            let measure = owner.clone();
            self.problem(Declarations::AggregateWithFormula { measure }, span);
        }
        (measure, pending)
    }

    /// The unit written, `of` a population if it names one, shared by every measure that
    /// writes the same: a large plan uses a handful of units a hundred thousand times.
    fn shared_unit(&mut self, written: &UnitRef) -> Option<Arc<Unit>> {
        let key = &mut self.unit_key;
        key.clear();
        key.push_str(&written.name.name);
        if let Some(of) = &written.of {
            key.push('\0');
            key.push_str(&of.value);
        }
        if let Some(unit) = self.units_in_use.get(key.as_str()) {
            return Some(unit.clone());
        }
        let key = key.clone();
        if crate::model::is_qualified(&written.name.name) {
            self.bring_in::<Unit>(&written.name.name);
        }
        let mut unit = self.model.unit(&written.name.name)?;
        if let Some(of) = &written.of {
            unit.of = Some(of.value.clone());
        }
        let unit = Arc::new(unit);
        self.units_in_use.insert(key, unit.clone());
        Some(unit)
    }

    /// Keeps a measure's unit to look up when the file is read, if it was stored.
    fn wait_for_unit(&mut self, pending: Option<PendingUnit>, stored: bool) {
        if let Some(mut p) = pending {
            if stored {
                p.measure = self.model.measures.len() - 1;
            } else {
                // A duplicate is dropped; its unit is still reported if unknown.
                p.measure = usize::MAX;
            }
            self.pending_units.push(p);
        }
    }

    /// Looks up the units that were not declared where they were used; the unknown ones are
    /// reported at the place their indicator's other problems are.
    pub(super) fn resolve_pending_units(&mut self) {
        for p in std::mem::take(&mut self.pending_units) {
            let unit = self.shared_unit(&p.written);
            if unit.is_none() && !self.names_unreadable_import(&p.written.name.name) {
                let d = self.unknown_unit(&p.written.name);
                self.push_at(Phase::Uses, p.place, d);
            }
            let Some((_, measure)) = self.model.measures.get_index_mut(p.measure) else {
                continue;
            };
            if p.default_factor {
                if let (Some(f), Some(per)) =
                    (&mut measure.formula, unit.as_ref().and_then(|u| u.per))
                {
                    f.factor = per;
                }
            }
            measure.unit = Some(unit_use(&p.written, unit));
        }
    }

    /// A unit name that names no unit (a measure's `unit`, a unit's scale), with the
    /// close one among those in view and the built-in ones.
    pub(super) fn unknown_unit(&self, written: &ast::Ident) -> Diagnostic {
        let declared = self.names_in_view::<Unit>();
        let candidates = declared
            .iter()
            .map(String::as_str)
            .chain(BUILTIN_UNITS.iter().map(|(id, _)| *id));
        let hint = match closest(&written.name, candidates) {
            Some(close) => NameHint::Similar(close.to_string()),
            None => NameHint::Declare,
        };
        let problem = UnknownName {
            kind: NameKind::Unit,
            name: written.name.clone(),
            within: None,
            hint,
        };
        Diagnostic::of(problem.into(), self.source, written.span)
    }

    /// Each unit's scale (`= 1000 trieu_dong`) must count in a unit the file knows, once
    /// every unit is declared.
    pub(super) fn unknown_scale_units(&self) -> Vec<Diagnostic> {
        let model = &self.model;
        model
            .units
            .values()
            .filter_map(|u| u.scale.as_ref())
            .filter(|s| model.unit(&s.of).is_none())
            .map(|s| {
                self.unknown_unit(&ast::Ident {
                    name: s.of.clone(),
                    span: s.span,
                })
            })
            .collect()
    }

    /// The owners and targets an amendment's `change` gives (the other fields are reported
    /// by the caller).
    pub(super) fn change_fields(
        &mut self,
        fields: &[MeasureField],
        changed: &str,
    ) -> (Vec<Owner>, Vec<Owner>, Vec<Target>) {
        let folded = self.fold(fields, &Item::ChangeTo(changed.to_string()));
        (folded.lead, folded.support, folded.targets)
    }

    fn fold<'a, I>(&mut self, fields: I, owner: &Item) -> Fields<'a>
    where
        I: IntoIterator<Item = &'a MeasureField>,
        I::IntoIter: Clone,
    {
        let fields = fields.into_iter();
        // The lists a measure keeps, sized once.
        let (mut targets, mut lead, mut support) = (0, 0, 0);
        for field in fields.clone() {
            match &field.kind {
                MeasureFieldKind::Target(_) => targets += 1,
                MeasureFieldKind::Owner(Ownership::Lead(o)) => lead += o.agencies.len(),
                MeasureFieldKind::Owner(Ownership::Support(o)) => support += o.agencies.len(),
                _ => {}
            }
        }
        let mut out = Fields {
            targets: Vec::with_capacity(targets),
            lead: Vec::with_capacity(lead),
            support: Vec::with_capacity(support),
            ..Fields::default()
        };
        for field in fields {
            let span = field.span;
            match &field.kind {
                MeasureFieldKind::Unit(u) => self.once(&mut out.unit, u, span, "unit", owner),
                MeasureFieldKind::Direction(d) => {
                    self.once(&mut out.direction, d.clone(), span, "direction", owner)
                }
                MeasureFieldKind::Flow(f) => {
                    self.once(&mut out.flow, f.clone(), span, "flow", owner)
                }
                MeasureFieldKind::Baseline {
                    year,
                    value,
                    reference,
                } => {
                    let baseline = Baseline {
                        year: year.value,
                        value: value.as_ref().map(|v| v.value),
                        reference: reference.as_ref().map(|r| r.value.clone()),
                        span,
                        year_span: year.span,
                        value_span: value.as_ref().map_or(year.span, |v| v.span),
                    };
                    self.once(&mut out.baseline, baseline, span, "baseline", owner)
                }
                MeasureFieldKind::Target(t) => {
                    if let Some((at, op)) = misplaced_tolerance(t) {
                        let problem = crate::diagnostic::Targets::ToleranceWithoutAbout {
                            op: op.unwrap_or(Comparator::AtLeast),
                        };
                        self.problem(problem, at);
                    }
                    let t = target(t, span);
                    match out.targets.iter_mut().find(|first| restates(first, &t)) {
                        Some(first) => first.restated_in.extend(t.reference),
                        None => out.targets.push(t),
                    }
                }
                MeasureFieldKind::Owner(o) => {
                    let slots = OwnerSlots {
                        lead: &mut out.lead,
                        support: &mut out.support,
                        unknown: &mut out.lead_to_fill,
                    };
                    self.ownership(o, slots, span, owner)
                }
                MeasureFieldKind::Annotation(a) => {
                    let slots = AnnotationSlots {
                        source: &mut out.source,
                        notes: &mut out.notes,
                    };
                    self.annotation(a, slots, span, owner)
                }
                MeasureFieldKind::Maps(m) => {
                    let keyword = field.kind.keyword();
                    self.once(&mut out.maps, m.as_ref(), span, keyword, owner)
                }
                MeasureFieldKind::Formula {
                    numerator,
                    denominator,
                    factor,
                } => {
                    let formula = (
                        numerator.clone(),
                        denominator.clone(),
                        factor.as_ref().map(|f| f.value),
                    );
                    self.once(&mut out.formula, formula, span, "formula", owner)
                }
                MeasureFieldKind::Aggregate(a) => {
                    self.once(&mut out.aggregate, a.clone(), span, "aggregate", owner)
                }
                MeasureFieldKind::Total(t) => {
                    self.once(&mut out.total, t.as_ref(), span, "total", owner)
                }
                MeasureFieldKind::Scope(s) => {
                    self.once(&mut out.scope, s.as_ref(), span, "scope", owner)
                }
            }
        }
        out
    }
}

/// A list without spare capacity: the model of a large plan keeps every list it builds.
fn fit<T>(mut v: Vec<T>) -> Vec<T> {
    v.shrink_to_fit();
    v
}

/// The tolerance written after a value (`within 0.5 points`); one written after another
/// comparison than `~` is reported by the checker ([`misplaced_tolerance`]).
fn tolerance(value: &ast::ValueRange) -> Option<Tolerance> {
    value.within.as_deref().map(|w| Tolerance {
        amount: w.amount.value,
        unit: w.unit,
    })
}

/// A `within` written where it means nothing: after a comparison other than `~`, or in a
/// rate or a change (whose amount is compared as written). Its place, and the comparison.
fn misplaced_tolerance(spec: &ast::TargetSpec) -> Option<(Span, Option<Comparator>)> {
    let (value, op) = match &spec.kind {
        ast::TargetKind::Level { op, value, .. } | ast::TargetKind::Maintain { op, value, .. } => {
            (value, Some(op.value))
        }
        ast::TargetKind::Rate(by) | ast::TargetKind::Change(by) => (
            &by.value,
            Some(by.op.as_ref().map_or(Comparator::AtLeast, |o| o.value)),
        ),
        ast::TargetKind::EveryYear { .. } => return None,
    };
    let within = value.within.as_deref()?;
    let about = matches!(
        spec.kind,
        ast::TargetKind::Level { .. } | ast::TargetKind::Maintain { .. }
    ) && op == Some(Comparator::About);
    (!about).then_some((within.span, op))
}

/// Whether `t` states `first` again in another section of the document: the same target
/// (the same milestone or span, comparison, value, split...), each cited by its own `ref`.
/// A repetition with no `ref`, or with the same one, is no restatement: the checker reports
/// it; so is the same milestone with another value (`plan::conflicting_targets`).
fn restates(first: &Target, t: &Target) -> bool {
    match (&first.reference, &t.reference) {
        (Some(a), Some(b)) => a != b && !first.restated_in.contains(b) && first.asks_same(t),
        _ => false,
    }
}

/// Normalises a written target (see [`Target`] for the conventions).
fn target(spec: &ast::TargetSpec, span: crate::source::Span) -> Target {
    let mut t = Target {
        kind: TargetKind::Level { at: None },
        op: Comparator::Equal,
        value: 0.0,
        value_max: None,
        tolerance: None,
        strive: spec.strive,
        split: spec
            .split
            .as_ref()
            .map(|s| Box::new((Ref::unresolved(s.dimension.clone()), s.value.clone()))),
        reference: spec.reference.as_ref().map(|r| r.value.clone()),
        restated_in: Vec::new(),
        span,
        op_span: span,
        value_span: span,
    };
    match &spec.kind {
        ast::TargetKind::Level { at, op, value } => {
            t.kind = TargetKind::Level { at: *at };
            t.op = op.value;
            t.op_span = op.span;
            t.value = value.min.value;
            t.value_max = value.max.as_ref().map(|n| n.value);
            t.tolerance = tolerance(value);
            t.value_span = value.span;
        }
        ast::TargetKind::Maintain {
            op,
            value,
            from,
            until,
        } => {
            t.kind = TargetKind::Maintain {
                from: *from,
                until: *until,
            };
            t.op = op.value;
            t.op_span = op.span;
            t.value = value.min.value;
            t.value_max = value.max.as_ref().map(|n| n.value);
            t.tolerance = tolerance(value);
            t.value_span = value.span;
        }
        ast::TargetKind::Rate(by) | ast::TargetKind::Change(by) => {
            let (from, until, unit) = (by.from, by.until, by.unit);
            t.kind = if matches!(spec.kind, ast::TargetKind::Change(_)) {
                TargetKind::Change { from, until, unit }
            } else {
                TargetKind::Rate { from, until, unit }
            };
            t.value_span = by.value.span;
            let (lo, hi) = (by.value.min.value, by.value.max.as_ref().map(|n| n.value));
            if let Some(op) = &by.op {
                t.op_span = op.span;
            }
            // "by at least 3" unless a comparator says otherwise; a reduction turns the
            // comparison round: "reduce by more than 3" is a change below -3.
            let written = by.op.as_ref().map_or(Comparator::AtLeast, |o| o.value);
            match (by.change, hi) {
                (RateChange::Increase, None) => (t.op, t.value) = (written, lo),
                (RateChange::Reduce, None) => (t.op, t.value) = (written.mirrored(), -lo),
                (RateChange::Increase, Some(hi)) => {
                    (t.op, t.value, t.value_max) = (Comparator::Equal, lo, Some(hi))
                }
                (RateChange::Reduce, Some(hi)) => {
                    (t.op, t.value, t.value_max) = (Comparator::Equal, -hi, Some(-lo))
                }
            }
        }
        ast::TargetKind::EveryYear {
            change,
            from,
            until,
        } => {
            t.kind = TargetKind::Rate {
                from: *from,
                until: *until,
                unit: ast::RateUnit::Points,
            };
            // Any change the right way: above zero for an increase, below it for a reduction.
            t.op = match change {
                RateChange::Increase => Comparator::Above,
                RateChange::Reduce => Comparator::Below,
            };
        }
    }
    t
}
