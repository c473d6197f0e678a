//! Reports and reviews.

use super::{Once, Resolver};
use crate::diagnostic::{DeclKind, Item};
use crate::model::{Report, Review};
use crate::syntax::ast::{ReportDecl, ReportFieldKind, ReviewDecl, ReviewFieldKind};

impl Resolver<'_> {
    pub fn report(&mut self, decl: &ReportDecl) {
        let report = self.report_of(decl);
        self.declare(
            |m| &mut m.reports,
            &decl.id,
            DeclKind::Report,
            report,
            |r| r.id_span,
        );
    }

    /// A report's fields folded (also those of an amendment's `change report`).
    pub fn report_of(&mut self, decl: &ReportDecl) -> Report {
        let owner = Item::Report(decl.id.name.clone());
        let (mut period, mut due, mut to, mut source) = (
            Once::default(),
            Once::default(),
            Once::default(),
            Once::default(),
        );
        let (mut from, mut notes) = (Vec::new(), Vec::new());
        for field in &decl.fields {
            let span = field.span;
            match &field.kind {
                ReportFieldKind::Period(p) => self.once(&mut period, *p, span, "period", &owner),
                ReportFieldKind::Due { before, day_month } => {
                    self.once(&mut due, (*before, *day_month, None), span, "due", &owner)
                }
                ReportFieldKind::DueMonth { before, month } => {
                    self.once(&mut due, (*before, None, *month), span, "due", &owner)
                }
                ReportFieldKind::From(ids) => from.extend(ids.iter().cloned()),
                ReportFieldKind::To(id) => self.once(&mut to, id.clone(), span, "to", &owner),
                ReportFieldKind::Source(t) => {
                    self.once(&mut source, t.value.clone(), span, "source", &owner)
                }
                ReportFieldKind::Note(t) => notes.push(t.value.clone()),
            }
        }
        let due = due.into_inner();
        Report {
            id: decl.id.name.clone(),
            title: decl.title.value.clone(),
            period: period.into_inner(),
            due: due.and_then(|(_, dm, _)| dm),
            due_before: due.is_some_and(|(before, _, _)| before),
            due_given: due.is_some(),
            from,
            to: to.into_inner(),
            source: source.into_inner(),
            notes,
            span: decl.span,
            id_span: decl.id.span,
            due_month: due.and_then(|(_, _, month)| month),
        }
    }

    pub fn review(&mut self, decl: &ReviewDecl) {
        let owner = Item::Review(decl.id.name.clone());
        let (mut year, mut to, mut source) = (Once::default(), Once::default(), Once::default());
        let (mut from, mut notes) = (Vec::new(), Vec::new());
        for field in &decl.fields {
            let span = field.span;
            match &field.kind {
                ReviewFieldKind::Year(y) => {
                    self.once(&mut year, (y.value, y.span), span, "year", &owner)
                }
                ReviewFieldKind::From(ids) => from.extend(ids.iter().cloned()),
                ReviewFieldKind::To(id) => self.once(&mut to, id.clone(), span, "to", &owner),
                ReviewFieldKind::Source(t) => {
                    self.once(&mut source, t.value.clone(), span, "source", &owner)
                }
                ReviewFieldKind::Note(t) => notes.push(t.value.clone()),
            }
        }
        let review = Review {
            id: decl.id.name.clone(),
            title: decl.title.value.clone(),
            year: year.into_inner(),
            from,
            to: to.into_inner(),
            source: source.into_inner(),
            notes,
            span: decl.span,
            id_span: decl.id.span,
        };
        self.declare(
            |m| &mut m.reviews,
            &decl.id,
            DeclKind::Review,
            review,
            |r| r.id_span,
        );
    }
}
