//! Reports and reviews.

use super::{AnnotationSlots, Once, Resolver};
use crate::diagnostic::Item;
use crate::model::{self, Held, Ref, Report, Review};
use crate::source::Span;
use crate::syntax::ast::{
    Ident, PartyField, ReportDecl, ReportFieldKind, ReviewDecl, ReviewFieldKind, ReviewPoint,
};

/// The fields reports and reviews share, folded (each given once).
#[derive(Default)]
struct Party {
    from: Vec<Ident>,
    to: Once<Vec<Ident>>,
    source: Once<String>,
    notes: Vec<String>,
}

impl Party {
    fn into_model(self) -> model::Party {
        model::Party {
            from: self.from.into_iter().map(Ref::unresolved).collect(),
            to: (self.to.into_inner().into_iter().flatten())
                .map(Ref::unresolved)
                .collect(),
            source: self.source.into_inner(),
            notes: self.notes,
        }
    }
}

impl Resolver<'_> {
    pub(super) fn report(&mut self, decl: &ReportDecl) {
        let report = self.report_of(decl);
        self.declared(&decl.id, report);
    }

    /// A report's fields folded (also those of an amendment's `change report`).
    pub(super) fn report_of(&mut self, decl: &ReportDecl) -> Report {
        let owner = Item::Report(decl.id.name.clone());
        let (mut period, mut due) = (Once::default(), Once::default());
        let mut party = Party::default();
        for field in &decl.fields {
            let span = field.span;
            match &field.kind {
                ReportFieldKind::Period(p) => self.once(&mut period, *p, span, "period", &owner),
                ReportFieldKind::Due(d) => self.once(&mut due, *d, span, "due", &owner),
                ReportFieldKind::Party(field) => self.party(&mut party, field, span, &owner),
            }
        }
        Report {
            id: decl.id.name.clone(),
            title: decl.title.value.clone(),
            period: period.into_inner(),
            due: due.into_inner(),
            party: party.into_model(),
            span: decl.span,
            id_span: decl.id.span,
        }
    }

    pub(super) fn review(&mut self, decl: &ReviewDecl) {
        let owner = Item::Review(decl.id.name.clone());
        // `year 2025`, `at midterm`, `at end` and `every year` say one thing: a second is
        // reported by the word it is written with.
        let mut when = Once::default();
        let mut party = Party::default();
        for field in &decl.fields {
            let span = field.span;
            let (held, at, word) = match &field.kind {
                ReviewFieldKind::Party(field) => {
                    self.party(&mut party, field, span, &owner);
                    continue;
                }
                ReviewFieldKind::Year(y) => (Held::Year(y.value), y.span, "year"),
                ReviewFieldKind::At(ReviewPoint::Midterm) => (Held::Midterm, span, "at"),
                ReviewFieldKind::At(ReviewPoint::End) => (Held::End, span, "at"),
                ReviewFieldKind::EveryYear => (Held::EveryYear, span, "every year"),
            };
            self.once(&mut when, (held, at), span, word, &owner);
        }
        let review = Review {
            id: decl.id.name.clone(),
            title: decl.title.value.clone(),
            when: when.into_inner(),
            party: party.into_model(),
            span: decl.span,
            id_span: decl.id.span,
        };
        self.declared(&decl.id, review);
    }

    /// Folds a field reports and reviews share into `party`.
    fn party(&mut self, party: &mut Party, field: &PartyField, span: Span, owner: &Item) {
        match field {
            PartyField::From(ids) => party.from.extend(ids.iter().cloned()),
            PartyField::To(id) => self.once(&mut party.to, id.clone(), span, "to", owner),
            PartyField::Annotation(a) => {
                let slots = AnnotationSlots {
                    source: &mut party.source,
                    notes: &mut party.notes,
                };
                self.annotation(a, slots, span, owner)
            }
        }
    }
}
