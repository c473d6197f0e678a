//! A file that amends a plan: its `amendment` header, `change` and `transfer` items. Names of
//! the amended plan are written through its import (`son_la.14`); they are checked against the
//! imported model when the file is read.

use super::{AnnotationSlots, Once, Phase, Resolver};
use crate::diagnostic::{AmendedKind, Declarations, Item};
use crate::model::{Amendment, Change, Import, Keyed, Model, Ref, Report, Through};
use crate::syntax::ast::Ownership;
use crate::syntax::ast::{
    AmendmentBlock, AmendmentFieldKind, ChangeDecl, ChangeReportDecl, Ident, MeasureFieldKind,
    PlanFieldKind, ReportDecl, Text, TransferDecl,
};
use crate::text::closest;
use indexmap::IndexMap;

impl Resolver<'_> {
    pub(super) fn amendment(&mut self, block: &AmendmentBlock) {
        if let Some(first) = self
            .header
            .or(self.model.amendment.as_ref().map(|a| a.span))
        {
            self.second_header(block.keyword, first);
            return;
        }
        self.phase = Phase::Header;
        let owner = &Item::Amendment;
        let (mut amends, mut issuer, mut signed, mut effective, mut source) = (
            Once::default(),
            Once::default(),
            Once::default(),
            Once::default(),
            Once::default(),
        );
        let mut notes = Vec::new();
        for field in &block.fields {
            let span = field.span;
            match &field.kind {
                AmendmentFieldKind::Amends(id) => {
                    self.once(&mut amends, id.clone(), span, "amends", owner)
                }
                AmendmentFieldKind::Effective { date, reference } => {
                    let value = date
                        .date
                        .map(|d| (d, reference.as_ref().map(|r| r.value.clone())));
                    self.once(&mut effective, value, span, "effective", owner)
                }
                AmendmentFieldKind::Header(kind) => match kind {
                    PlanFieldKind::Issuer(id) => {
                        self.once(&mut issuer, id.clone(), span, "issuer", owner)
                    }
                    PlanFieldKind::Signed { date, .. } => {
                        self.once(&mut signed, date.date, span, "signed", owner)
                    }
                    PlanFieldKind::Annotation(a) => {
                        let slots = AnnotationSlots {
                            source: &mut source,
                            notes: &mut notes,
                        };
                        self.annotation(a, slots, span, owner)
                    }
                    // The grammar gives an amendment no other header field.
                    _ => {}
                },
            }
        }
        let effective_given = effective.get().is_some();
        let effective = effective.into_inner().flatten();
        let amends = amends.into_inner();
        let missing: Vec<String> = [
            ("amends", amends.is_none()),
            ("effective", !effective_given),
        ]
        .into_iter()
        .filter(|(_, missing)| *missing)
        .map(|(name, _)| name.to_string())
        .collect();
        if !missing.is_empty() {
            self.problem(Declarations::AmendmentIncomplete { missing }, block.keyword);
        }
        self.model.amendment = Some(Box::new(Amendment {
            document: block.document.value.clone(),
            amends: amends.map(Ref::unresolved),
            issuer: issuer.into_inner().map(Ref::unresolved),
            signed: signed.into_inner().flatten(),
            effective: effective.as_ref().map(|(d, _)| *d),
            effective_reference: effective.and_then(|(_, r)| r),
            source: source.into_inner(),
            notes,
            changes: std::mem::take(&mut self.changes),
            span: block.keyword,
        }));
    }

    pub(super) fn change(&mut self, decl: &ChangeDecl) {
        for field in &decl.fields {
            let changeable = matches!(
                field.kind,
                MeasureFieldKind::Owner(Ownership::Lead(_) | Ownership::Support(_))
                    | MeasureFieldKind::Target(_)
                    | MeasureFieldKind::Annotation(_)
            );
            if !changeable {
                let problem = Declarations::UnchangeableField {
                    field: field.kind.keyword().to_string(),
                };
                self.problem(problem, field.span);
            }
        }
        let (lead, support, targets) = self.change_fields(&decl.fields, &decl.measure.name);
        self.add_change(Change::Measure {
            measure: Through::unresolved(decl.measure.clone()),
            lead,
            support,
            targets,
            span: decl.span,
        });
    }

    pub(super) fn change_report(&mut self, decl: &ChangeReportDecl) {
        // Folded as a report would be; the fields not given stay empty and change nothing.
        let as_report = ReportDecl {
            id: decl.report.clone(),
            title: Text {
                value: String::new(),
                span: decl.span,
            },
            fields: decl.fields.clone(),
            span: decl.span,
        };
        let fields: Report = self.report_of(&as_report);
        self.add_change(Change::Report {
            report: Through::unresolved(decl.report.clone()),
            fields: Box::new(fields),
            span: decl.span,
        });
    }

    pub(super) fn transfer(&mut self, decl: &TransferDecl) {
        self.add_change(Change::Transfer {
            from: Through::unresolved(decl.from.clone()),
            to: Ref::unresolved(decl.to.clone()),
            reference: decl.reference.as_ref().map(|r| r.value.clone()),
            span: decl.span,
        });
    }

    /// Keeps a change with the amendment (or until its header is read).
    fn add_change(&mut self, change: Change) {
        match &mut self.model.amendment {
            Some(a) => a.changes.push(change),
            None => self.changes.push(change),
        }
    }

    /// At the end of the file: changes outside an amendment, and names that are not the
    /// amended plan's. The amended plan and its names are given their ids.
    pub(super) fn amendment_references(&mut self) {
        if self.model.amendment.is_none() {
            for change in std::mem::take(&mut self.changes) {
                self.problem(Declarations::StrayChange, change.span());
            }
            return;
        }
        let Some(mut amendment) = self.model.amendment.take() else {
            return;
        };
        if let Some(alias) = &mut amendment.amends {
            alias.link(&self.model.imports);
            match alias.id.map(|id| &self.model.imports[id.index()]) {
                None => {
                    let imports = self.model.imports.keys().map(String::as_str);
                    let problem = Declarations::AmendsUnknownImport {
                        alias: alias.name.clone(),
                        similar: closest(&alias.name, imports).map(str::to_string),
                    };
                    self.problem(problem, alias.span);
                }
                Some(import) if import.readable => {
                    let plan = import.model.clone();
                    let alias = alias.written.clone();
                    for change in &mut amendment.changes {
                        self.link_amended(&alias, change, &plan);
                    }
                }
                Some(_) => {}
            }
        }
        self.model.amendment = Some(amendment);
    }

    /// Gives the amended plan's name in `change` its id, or reports it.
    fn link_amended(&mut self, alias: &Ident, change: &mut Change, plan: &Model) {
        let imports = &self.model.imports;
        let ((written, linked, known), kind) = match change {
            Change::Measure { measure, .. } => {
                (link_in(measure, imports, plan), AmendedKind::Measure)
            }
            Change::Report { report, .. } => (link_in(report, imports, plan), AmendedKind::Report),
            Change::Transfer { from, .. } => (link_in(from, imports, plan), AmendedKind::Agency),
        };
        // Through another import, a name may exist and still not be the amended plan's.
        let local = written
            .name
            .strip_prefix(alias.name.as_str())
            .and_then(|rest| rest.strip_prefix('.'));
        if linked && local.is_some() {
            return;
        }
        let guess = local.unwrap_or(&written.name);
        let problem = Declarations::UnknownAmendedItem {
            alias: alias.name.clone(),
            kind,
            name: guess.to_string(),
            similar: closest(guess, known.iter().copied()).map(str::to_string),
        };
        let span = written.span;
        self.problem(problem, span);
    }
}

/// Links a name of the amended plan among the file's imports: the name as written, whether
/// it reaches an entry, and the names of its kind the amended plan has, for a suggestion.
fn link_in<'n, T: Keyed>(
    name: &'n mut Through<T>,
    imports: &IndexMap<String, Import>,
    plan: &'n Model,
) -> (&'n Ident, bool, Vec<&'n str>) {
    name.link_among(imports);
    let known = T::table(plan).keys().map(String::as_str).collect();
    (&name.written, name.id.is_some(), known)
}
