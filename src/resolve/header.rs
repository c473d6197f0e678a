//! The plan header and the simple declarations: agencies, units, dimensions, objectives.

use super::{Once, Phase, Resolver};
use crate::diagnostic::Code;
use crate::model::{Agency, Area, Dimension, Element, Objective, SignedDate, Unit};
use crate::source::Span;
use crate::syntax::ast::{
    AgencyDecl, AreaDecl, DimensionDecl, ElementDecl, Implements, ObjectiveDecl, PlanBlock,
    PlanFieldKind, QueryDecl, UnitDecl,
};
use indexmap::IndexMap;

impl Resolver<'_> {
    /// The plan header; a second one is reported against the first.
    pub fn header(&mut self, block: &PlanBlock) {
        // A plan header after an amendment's: the file is one or the other.
        if let Some(first) = self.model.amendment.as_ref().map(|a| a.span) {
            self.second_header(block.keyword, first);
            return;
        }
        if let Some(first) = self.header {
            self.phase = Phase::HeaderPresence;
            let d = self
                .diag(
                    Code::DuplicateHeader,
                    block.keyword,
                    "the file has a second plan header",
                )
                .label("second header")
                .related(first, "first header here")
                .help("a file describes one plan: merge the two headers");
            self.push(d);
            return;
        }
        self.header = Some(block.keyword);
        self.phase = Phase::Header;
        let (mut document, mut issuer, mut period) =
            (Once::default(), Once::default(), Once::default());
        let (mut area, mut implements, mut source) =
            (Once::default(), Once::default(), Once::default());
        let mut parent = Once::default();
        let info = &mut self.model.plan;
        info.title = block.title.value.clone();
        info.span = block.span;
        let mut signed = Vec::new();
        // A `signed` line with an impossible date is already reported; it still counts as
        // given, so the header is not also said to lack one.
        let mut signed_given = false;
        let mut bases = Vec::new();
        let mut notes = Vec::new();
        let owner = "the plan";
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
                        let d = self
                            .diag(
                                Code::BadPeriod,
                                span,
                                format!(
                                    "the period {}..{} ends before it starts",
                                    start.value, end.value
                                ),
                            )
                            .label("end is before start")
                            .help(format!(
                                "write the first year first: `period {}..{}`",
                                end.value, start.value
                            ));
                        self.push(d);
                    }
                    // A reversed period is kept out of the model (no year can lie in it),
                    // so targets are not each reported as outside it.
                    let years = (start.value <= end.value).then_some((start.value, end.value));
                    self.once(&mut period, years, span, "period", owner)
                }
                PlanFieldKind::Area(t) => {
                    self.once(&mut area, t.value.clone(), span, "area", owner)
                }
                PlanFieldKind::Implements(Implements::Document(t)) => {
                    self.once(&mut implements, t.value.clone(), span, "implements", owner)
                }
                PlanFieldKind::Implements(Implements::Plan(id)) => {
                    self.once(&mut parent, id.clone(), span, "implements", owner)
                }
                PlanFieldKind::Source(t) => {
                    self.once(&mut source, t.value.clone(), span, "source", owner)
                }
                PlanFieldKind::Basis(t) => bases.push(t.value.clone()),
                PlanFieldKind::Note(t) => notes.push(t.value.clone()),
            }
        }
        if period.get().is_none() {
            let d = self
                .diag(
                    Code::MissingPeriod,
                    block.keyword,
                    "the plan header gives no period",
                )
                .label("this header has no `period`")
                .help("add the years the plan covers, e.g. `period 2021..2030`");
            self.push(d);
        }
        let missing: Vec<&str> = [
            ("document", document.get().is_none()),
            ("issuer", issuer.get().is_none()),
            ("signed", !signed_given),
        ]
        .into_iter()
        .filter_map(|(name, missing)| missing.then_some(name))
        .collect();
        if !missing.is_empty() {
            let list = missing
                .iter()
                .map(|m| format!("`{m}`"))
                .collect::<Vec<_>>()
                .join(", ");
            let d = self
                .diag(
                    Code::MissingHeaderField,
                    block.keyword,
                    format!("the plan header lacks {list}"),
                )
                .label("incomplete header")
                .help("give the document's number (`document \"196/QĐ-UBND\"`), its issuer (`issuer ubnd_tinh`) and its signing date (`signed 2021-04-28`)");
            self.push(d);
        }
        let info = &mut self.model.plan;
        info.document = document.into_inner();
        info.issuer = issuer.into_inner();
        info.period = period.into_inner().flatten();
        info.area = area.into_inner();
        info.implements = implements.into_inner();
        info.parent = parent.into_inner();
        info.source = source.into_inner();
        info.signed = signed;
        info.bases = bases;
        info.notes = notes;
    }

    /// A second header (`plan` or `amendment`) in a file that has one.
    pub fn second_header(&mut self, second: Span, first: Span) {
        self.phase = Phase::HeaderPresence;
        let d = self
            .diag(
                Code::DuplicateHeader,
                second,
                "the file has a second header",
            )
            .label("second header")
            .related(first, "first header here")
            .help("a file is one plan or one amendment: keep one header");
        self.push(d);
    }

    pub fn missing_header(&mut self) {
        let d = self
            .diag(Code::MissingHeader, Span::at(0), "the file has no plan header")
            .label("expected `plan \"title\" { ... }` in this file")
            .help("start the file with `plan \"TITLE\" { document \"NUMBER\" issuer AGENCY signed 2021-04-28 period 2021..2030 }`");
        self.push(d);
    }

    /// `query NAME "TEXT"`: kept for the REPL, which parses the text when it is run.
    pub fn named_query(&mut self, decl: &QueryDecl) {
        let query = crate::model::NamedQuery {
            id: decl.id.name.clone(),
            text: decl.text.value.clone(),
            span: decl.span,
            text_span: decl.text.span,
        };
        self.declare(|m| &mut m.queries, &decl.id, "query", query, |q| q.span);
    }

    pub fn agency(&mut self, decl: &AgencyDecl) {
        let agency = Agency {
            id: decl.id.name.clone(),
            name: decl.name.value.clone(),
            short: decl.short.as_ref().map(|s| s.value.clone()),
            span: decl.id.span,
        };
        self.declare(|m| &mut m.agencies, &decl.id, "agency", agency, |a| a.span);
    }

    pub fn unit_decl(&mut self, decl: &UnitDecl) {
        let owner = format!("unit `{}`", decl.id.name);
        let (mut range, mut per) = (Once::default(), Once::default());
        for r in &decl.ranges {
            self.once(&mut range, r, r.span, "range", &owner);
        }
        for p in &decl.pers {
            self.once(&mut per, p, p.span, "per", &owner);
        }
        let range = range.into_inner();
        let per = per.into_inner();
        let mut min = range.and_then(|r| r.min.as_ref());
        let mut max = range.and_then(|r| r.max.as_ref());
        if let (Some(lo), Some(hi)) = (min, max) {
            if lo.value > hi.value {
                let d = self
                    .diag(
                        Code::BadRange,
                        lo.span,
                        format!("the range of unit `{}` starts after it ends", decl.id.name),
                    )
                    .label("lower bound")
                    .related(hi.span, "upper bound")
                    .help("write the smaller bound first");
                self.push(d);
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
        };
        let id_span = decl.id.span;
        if crate::model::builtin_unit(&decl.id.name).is_some() {
            let d = self
                .diag(
                    Code::DuplicateId,
                    id_span,
                    format!(
                        "unit `{}` is built in and cannot be declared again",
                        decl.id.name
                    ),
                )
                .label("built-in unit")
                .help("choose another id for this unit");
            self.push(d);
            return;
        }
        self.declare(|m| &mut m.units, &decl.id, "unit", unit, |_| id_span);
    }

    pub fn dimension(&mut self, decl: &DimensionDecl) {
        let mut values: IndexMap<String, (String, Span)> = IndexMap::new();
        for (id, title) in &decl.values {
            if let Some((_, first)) = values.get(&id.name) {
                let d = self
                    .diag(
                        Code::DuplicateId,
                        id.span,
                        format!(
                            "value `{}` of dimension `{}` is declared twice",
                            id.name, decl.id.name
                        ),
                    )
                    .label("declared again here")
                    .related(*first, "first declared here")
                    .help("remove one of the two");
                self.push(d);
            } else {
                values.insert(id.name.clone(), (title.value.clone(), id.span));
            }
        }
        let dimension = Dimension {
            id: decl.id.name.clone(),
            title: decl.title.value.clone(),
            values: values.into_iter().map(|(k, (t, _))| (k, t)).collect(),
            span: decl.id.span,
        };
        self.declare(
            |m| &mut m.dimensions,
            &decl.id,
            "dimension",
            dimension,
            |d| d.span,
        );
    }

    pub fn area(&mut self, decl: &AreaDecl) {
        let owner = format!("area `{}`", decl.id.name);
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
            parent: parent.into_inner(),
            kind: kind.into_inner(),
            span: decl.id.span,
        };
        self.declare(|m| &mut m.areas, &decl.id, "area", area, |a| a.span);
    }

    pub fn element(&mut self, decl: &ElementDecl) {
        let element = Element {
            id: decl.id.name.clone(),
            title: decl.title.value.clone(),
            span: decl.id.span,
        };
        self.declare(
            |m| &mut m.elements,
            &decl.id,
            "data element",
            element,
            |e| e.span,
        );
    }

    pub fn objective(&mut self, decl: &ObjectiveDecl) {
        let objective = Objective {
            id: decl.id.name.clone(),
            title: decl.title.value.clone(),
            source: decl.source.as_ref().map(|s| s.value.clone()),
            span: decl.id.span,
        };
        self.declare(
            |m| &mut m.objectives,
            &decl.id,
            "objective",
            objective,
            |o| o.span,
        );
    }
}
