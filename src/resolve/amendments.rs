//! A file that amends a plan: its `amendment` header, `change` and `transfer` items. Names of
//! the amended plan are written through its import (`son_la.14`); they are checked against the
//! imported model when the file is read.

use super::{Once, Phase, Resolver};
use crate::diagnostic::Code;
use crate::model::{Amendment, Change, Report};
use crate::syntax::ast::{
    AmendmentBlock, AmendmentFieldKind, ChangeDecl, ChangeReportDecl, Ident, MeasureFieldKind,
    PlanFieldKind, ReportDecl, Text, TransferDecl,
};
use crate::text::{closest, did_you_mean};

impl Resolver<'_> {
    pub fn amendment(&mut self, block: &AmendmentBlock) {
        if let Some(first) = self
            .header
            .or(self.model.amendment.as_ref().map(|a| a.span))
        {
            self.second_header(block.keyword, first);
            return;
        }
        self.phase = Phase::Header;
        let owner = "the amendment";
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
                    PlanFieldKind::Source(t) => {
                        self.once(&mut source, t.value.clone(), span, "source", owner)
                    }
                    PlanFieldKind::Note(t) => notes.push(t.value.clone()),
                    // The grammar gives an amendment no other header field.
                    _ => {}
                },
            }
        }
        let effective_given = effective.get().is_some();
        let effective = effective.into_inner().flatten();
        let amends = amends.into_inner();
        let missing: Vec<&str> = [
            ("`amends`", amends.is_none()),
            ("`effective`", !effective_given),
        ]
        .into_iter()
        .filter_map(|(name, missing)| missing.then_some(name))
        .collect();
        if !missing.is_empty() {
            let d = self
                .diag(
                    Code::AmendmentIncomplete,
                    block.keyword,
                    format!("the amendment lacks {}", missing.join(" and ")),
                )
                .label("incomplete amendment header")
                .help("name the plan it amends through its import and the date its changes hold from: `amends son_la  effective 2025-03-01`");
            self.push(d);
        }
        self.model.amendment = Some(Box::new(Amendment {
            document: block.document.value.clone(),
            amends,
            issuer: issuer.into_inner(),
            signed: signed.into_inner().flatten(),
            effective: effective.as_ref().map(|(d, _)| *d),
            effective_reference: effective.and_then(|(_, r)| r),
            source: source.into_inner(),
            notes,
            changes: std::mem::take(&mut self.changes),
            span: block.keyword,
        }));
    }

    pub fn change(&mut self, decl: &ChangeDecl) {
        for field in &decl.fields {
            let changeable = matches!(
                field.kind,
                MeasureFieldKind::Lead(_)
                    | MeasureFieldKind::Support(_)
                    | MeasureFieldKind::Target(_)
                    | MeasureFieldKind::Note(_)
                    | MeasureFieldKind::Source(_)
            );
            if !changeable {
                let d = self
                    .diag(
                        Code::UnchangeableField,
                        field.span,
                        format!("an amendment cannot change `{}`", field.kind.keyword()),
                    )
                    .label("not changeable by an amendment")
                    .help("an amendment changes an indicator's `lead`, `support` and `target`s; a new unit or direction makes a new indicator, in a new plan");
                self.push(d);
            }
        }
        let (lead, support, targets) = self.change_fields(&decl.fields, &decl.measure.name);
        self.add_change(Change::Measure {
            measure: decl.measure.clone(),
            lead,
            support,
            targets,
            span: decl.span,
        });
    }

    pub fn change_report(&mut self, decl: &ChangeReportDecl) {
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
            report: decl.report.clone(),
            fields: Box::new(fields),
            span: decl.span,
        });
    }

    pub fn transfer(&mut self, decl: &TransferDecl) {
        self.add_change(Change::Transfer {
            from: decl.from.clone(),
            to: decl.to.clone(),
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
    /// amended plan's.
    pub(super) fn amendment_references(&mut self) {
        if self.model.amendment.is_none() {
            for change in std::mem::take(&mut self.changes) {
                let d = self
                    .diag(
                        Code::StrayChange,
                        change.span(),
                        "this file changes a plan but is not an amendment",
                    )
                    .label("a change outside an amendment")
                    .help("an amendment is a file of its own: `import \"PLAN\" as p` then `amendment \"DOCUMENT\" { amends p  effective 2025-03-01 }`; to change this plan, edit it");
                self.push(d);
            }
            return;
        }
        let Some(amendment) = self.model.amendment.take() else {
            return;
        };
        if let Some(alias) = &amendment.amends {
            match self.model.imports.get(&alias.name) {
                None => {
                    let help =
                        did_you_mean(&alias.name, self.model.imports.keys().map(String::as_str))
                            .unwrap_or_else(|| {
                                format!(
                                    "import the plan first: `import \"PATH\" as {}`",
                                    alias.name
                                )
                            });
                    let d = self
                        .diag(
                            Code::UnknownImport,
                            alias.span,
                            format!("the amendment amends `{}`, but no file is imported under that name", alias.name),
                        )
                        .label("not an import")
                        .help(help);
                    self.push(d);
                }
                Some(import) if import.readable => {
                    let plan = import.model.clone();
                    for change in &amendment.changes {
                        match change {
                            Change::Measure { measure, .. } => self.amended_name(
                                alias,
                                measure,
                                "indicator or part",
                                plan.measures.keys(),
                            ),
                            Change::Report { report, .. } => {
                                self.amended_name(alias, report, "report", plan.reports.keys())
                            }
                            Change::Transfer { from, .. } => {
                                self.amended_name(alias, from, "agency", plan.agencies.keys())
                            }
                        }
                    }
                }
                Some(_) => {}
            }
        }
        self.model.amendment = Some(amendment);
    }

    /// Reports a name that should be `ALIAS.ID` of the amended plan and is not.
    fn amended_name<'k>(
        &mut self,
        alias: &Ident,
        name: &Ident,
        kind: &str,
        known: impl Iterator<Item = &'k String>,
    ) {
        let local = name
            .name
            .strip_prefix(alias.name.as_str())
            .and_then(|rest| rest.strip_prefix('.'));
        let known: Vec<&str> = known.map(String::as_str).collect();
        if local.is_some_and(|l| known.contains(&l)) {
            return;
        }
        let guess = local.unwrap_or(&name.name);
        let help = closest(guess, known.iter().copied())
            .map(|id| format!("did you mean `{}.{id}`?", alias.name))
            .unwrap_or_else(|| {
                format!(
                    "write the {kind} of the amended plan through its import: `{}.ID`",
                    alias.name
                )
            });
        let d = self
            .diag(
                Code::UnknownAmendedItem,
                name.span,
                format!("the amended plan `{}` has no {kind} `{guess}`", alias.name),
            )
            .label(format!("not a {kind} of `{}`", alias.name))
            .help(help);
        self.push(d);
    }
}
