//! The plan header and the simple declarations: agencies, units, dimensions, objectives.

use super::{AnnotationSlots, Once, Phase, Resolver};
use crate::diagnostic::{DeclKind, Declarations, HeaderField, Item};
use crate::model::{
    Agency, AgencyRole, Area, Dimension, Element, Objective, Ref, Scale, SignedDate, Unit,
};
use crate::source::Span;
use crate::syntax::ast::{
    AgencyDecl, AreaDecl, DimensionDecl, ElementDecl, Implements, ObjectiveDecl, PlanBlock,
    PlanFieldKind, QueryDecl, UnitDecl,
};
use indexmap::IndexMap;

impl Resolver<'_> {
    /// The plan header; a second one is reported against the first.
    pub(super) fn header(&mut self, block: &PlanBlock) {
        // A plan header after an amendment's: the file is one or the other.
        if let Some(first) = self.model.amendment.as_ref().map(|a| a.span) {
            self.second_header(block.keyword, first);
            return;
        }
        if let Some(first) = self.header {
            self.phase = Phase::HeaderPresence;
            let problem = Declarations::DuplicateHeader {
                first,
                amendment: false,
            };
            self.problem(problem, block.keyword);
            return;
        }
        self.header = Some(block.keyword);
        self.phase = Phase::Header;
        let (mut document, mut issuer, mut period) =
            (Once::default(), Once::default(), Once::default());
        let (mut area, mut implements, mut source) =
            (Once::default(), Once::default(), Once::default());
        let (mut parent, mut horizon) = (Once::default(), Once::default());
        let info = &mut self.model.plan;
        info.title = block.title.value.clone();
        info.span = block.span;
        let mut signed = Vec::new();
        // A `signed` line with an impossible date is already reported; it still counts as
        // given, so the header is not also said to lack one.
        let mut signed_given = false;
        let mut bases = Vec::new();
        let mut notes = Vec::new();
        let owner = &Item::Plan;
        for field in &block.fields {
            let span = field.span;
            match &field.kind {
                PlanFieldKind::Document(t) => {
                    self.once(&mut document, t.value.clone(), span, "document", owner)
                }
                PlanFieldKind::Issuer(id) => {
                    self.once(&mut issuer, id.clone(), span, "issuer", owner)
                }
                PlanFieldKind::Signed { date, reference } => {
                    signed_given = true;
                    if let Some(valid) = date.date {
                        signed.push(SignedDate {
                            date: valid,
                            reference: reference.as_ref().map(|r| r.value.clone()),
                            span: date.span,
                        });
                    }
                }
                PlanFieldKind::Period { start, end } => {
                    if start.value > end.value {
                        let problem = Declarations::BadPeriod {
                            start: start.value,
                            end: end.value,
                        };
                        self.problem(problem, span);
                    }
                    // A reversed period is kept out of the model (no year can lie in it),
                    // so targets are not each reported as outside it.
                    let years = (start.value <= end.value).then_some((start.value, end.value));
                    self.once(&mut period, years, span, "period", owner)
                }
                PlanFieldKind::Horizon(y) => self.once(&mut horizon, *y, span, "horizon", owner),
                PlanFieldKind::Area(t) => {
                    self.once(&mut area, t.value.clone(), span, "area", owner)
                }
                PlanFieldKind::Implements(Implements::Document(t)) => {
                    self.once(&mut implements, t.value.clone(), span, "implements", owner)
                }
                PlanFieldKind::Implements(Implements::Plan(id)) => {
                    self.once(&mut parent, id.clone(), span, "implements", owner)
                }
                PlanFieldKind::Annotation(a) => {
                    let slots = AnnotationSlots {
                        source: &mut source,
                        notes: &mut notes,
                    };
                    self.annotation(a, slots, span, owner)
                }
                PlanFieldKind::Basis(t) => bases.push(t.value.clone()),
            }
        }
        if period.get().is_none() {
            self.problem(Declarations::MissingPeriod, block.keyword);
        }
        let missing: Vec<HeaderField> = [
            (HeaderField::Document, document.get().is_none()),
            (HeaderField::Issuer, issuer.get().is_none()),
            (HeaderField::Signed, !signed_given),
        ]
        .into_iter()
        .filter_map(|(field, missing)| missing.then_some(field))
        .collect();
        if !missing.is_empty() {
            let problem = Declarations::MissingHeaderFields { missing };
            self.problem(problem, block.keyword);
        }
        let info = &mut self.model.plan;
        info.document = document.into_inner();
        info.issuer = issuer.into_inner().map(Ref::unresolved);
        info.period = period.into_inner().flatten();
        info.horizon = horizon.into_inner();
        info.area = area.into_inner();
        info.implements = implements.into_inner();
        info.parent = parent.into_inner().map(Ref::unresolved);
        info.source = source.into_inner();
        info.signed = signed;
        info.bases = bases;
        info.notes = notes;
    }

    /// A second header (`plan` or `amendment`) in a file that has one.
    pub(super) fn second_header(&mut self, second: Span, first: Span) {
        self.phase = Phase::HeaderPresence;
        let problem = Declarations::DuplicateHeader {
            first,
            amendment: true,
        };
        self.problem(problem, second);
    }

    pub(super) fn missing_header(&mut self) {
        self.problem(Declarations::MissingHeader, Span::at(0));
    }

    /// `query NAME "TEXT"`: kept for the REPL, which parses the text when it is run.
    pub(super) fn named_query(&mut self, decl: &QueryDecl) {
        let query = crate::model::NamedQuery {
            id: decl.id.name.clone(),
            text: decl.text.value.clone(),
            span: decl.span,
            text_span: decl.text.span,
            id_span: decl.id.span,
        };
        self.declared(&decl.id, query);
    }

    pub(super) fn agency(&mut self, decl: &AgencyDecl) {
        let agency = Agency {
            id: decl.id.name.clone(),
            name: decl.name.value.clone(),
            short: decl.short.as_ref().map(|s| s.value.clone()),
            role: match decl.requested {
                Some(_) => AgencyRole::Requested,
                None => AgencyRole::Assigned,
            },
            span: decl.id.span,
            origin: None,
        };
        self.declared(&decl.id, agency);
    }

    pub(super) fn unit_decl(&mut self, decl: &UnitDecl) {
        let owner = Item::Unit(decl.id.name.clone());
        let (mut range, mut per) = (Once::default(), Once::default());
        for r in &decl.ranges {
            self.once(&mut range, r, r.span, "range", &owner);
        }
        for p in &decl.pers {
            self.once(&mut per, p, p.span, "per", &owner);
        }
        let mut scale = Once::default();
        for s in &decl.scales {
            self.once(&mut scale, s, s.span, "=", &owner);
        }
        let mut growth = Once::default();
        for &g in &decl.growth {
            self.once(&mut growth, (), g, "growth", &owner);
        }
        let range = range.into_inner();
        let per = per.into_inner();
        let mut min = range.and_then(|r| r.min.as_ref());
        let mut max = range.and_then(|r| r.max.as_ref());
        if let (Some(lo), Some(hi)) = (min, max) {
            if lo.value > hi.value {
                let problem = Declarations::UnitRangeBackwards {
                    unit: decl.id.name.clone(),
                    upper: hi.span,
                };
                self.problem(problem, lo.span);
                // No value could lie in it: leave the unit unbounded rather than report
                // every value that uses it.
                (min, max) = (None, None);
            }
        }
        let unit = Unit {
            id: decl.id.name.clone(),
            symbol: decl.symbol.value.clone(),
            per: per.map(|p| p.factor.value),
            of: per.and_then(|p| p.of.as_ref()).map(|t| t.value.clone()),
            min: min.map(|n| n.value),
            max: max.map(|n| n.value),
            growth: growth.get().is_some(),
            scale: scale.into_inner().map(|s| Scale {
                factor: s.factor.value,
                of: s.of.name.clone(),
                span: s.of.span,
                unit: None,
            }),
            span: decl.id.span,
            origin: None,
        };
        let id_span = decl.id.span;
        if crate::model::builtin_unit(&decl.id.name).is_some() {
            let unit = decl.id.name.clone();
            self.problem(Declarations::BuiltinUnitDeclared { unit }, id_span);
            return;
        }
        self.declare(
            |m| &mut m.units,
            &decl.id,
            DeclKind::Unit,
            unit,
            |first| first.span,
        );
    }

    pub(super) fn dimension(&mut self, decl: &DimensionDecl) {
        let mut values: IndexMap<String, (String, Span)> = IndexMap::new();
        for (id, title) in &decl.values {
            if let Some((_, first)) = values.get(&id.name) {
                let problem = Declarations::DuplicateValue {
                    value: id.name.clone(),
                    dimension: decl.id.name.clone(),
                    first: *first,
                };
                self.problem(problem, id.span);
            } else {
                values.insert(id.name.clone(), (title.value.clone(), id.span));
            }
        }
        let value_spans = values.values().map(|(_, span)| *span).collect();
        let dimension = Dimension {
            id: decl.id.name.clone(),
            title: decl.title.value.clone(),
            values: values.into_iter().map(|(k, (t, _))| (k, t)).collect(),
            value_spans,
            span: decl.id.span,
            origin: None,
        };
        self.declared(&decl.id, dimension);
    }

    pub(super) fn area(&mut self, decl: &AreaDecl) {
        let owner = Item::Area(decl.id.name.clone());
        let (mut parent, mut kind) = (Once::default(), Once::default());
        for p in &decl.parents {
            self.once(&mut parent, p.clone(), p.span, "in", &owner);
        }
        for k in &decl.kinds {
            self.once(&mut kind, k.name.clone(), k.span, "kind", &owner);
        }
        let area = Area {
            id: decl.id.name.clone(),
            name: decl.name.value.clone(),
            parent: parent.into_inner().map(Ref::unresolved),
            kind: kind.into_inner(),
            span: decl.id.span,
            origin: None,
        };
        self.declared(&decl.id, area);
    }

    pub(super) fn element(&mut self, decl: &ElementDecl) {
        let element = Element {
            id: decl.id.name.clone(),
            title: decl.title.value.clone(),
            span: decl.id.span,
            origin: None,
        };
        self.declared(&decl.id, element);
    }

    pub(super) fn objective(&mut self, decl: &ObjectiveDecl) {
        let objective = Objective {
            id: decl.id.name.clone(),
            title: decl.title.value.clone(),
            parent: decl.parent.clone().map(Ref::unresolved),
            source: decl.source.as_ref().map(|s| s.value.clone()),
            span: decl.id.span,
        };
        self.declared(&decl.id, objective);
    }
}
