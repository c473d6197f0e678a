//! Folding a list of fields into single values, reporting a field given twice.

use super::Resolver;
use crate::diagnostic::{Declarations, Item};
use crate::model::{Owner, Ref};
use crate::source::Span;
use crate::syntax::ast::{Annotation, Owners, Ownership};

/// A field that may be given once, with where it was given.
pub(crate) struct Once<T>(Option<(T, Span)>);

impl<T> Default for Once<T> {
    fn default() -> Self {
        Once(None)
    }
}

impl<T> Once<T> {
    pub(super) fn get(&self) -> Option<&T> {
        self.0.as_ref().map(|(v, _)| v)
    }

    pub(super) fn into_inner(self) -> Option<T> {
        self.0.map(|(v, _)| v)
    }

    pub(super) fn span(&self) -> Option<Span> {
        self.0.as_ref().map(|(_, s)| *s)
    }
}

impl Resolver<'_> {
    /// Sets `slot` to `value`, or reports that `field` of `item` is given twice.
    pub(super) fn once<T>(
        &mut self,
        slot: &mut Once<T>,
        value: T,
        span: Span,
        field: &str,
        item: &Item,
    ) {
        if let Some((_, first)) = &slot.0 {
            let problem = Declarations::DuplicateField {
                field: field.to_string(),
                item: item.clone(),
                first: *first,
            };
            self.problem(problem, span);
        } else {
            slot.0 = Some((value, span));
        }
    }
}

/// Where the fields of an item's [`Ownership`] go as they are folded.
pub(crate) struct OwnerSlots<'s, T> {
    pub lead: &'s mut Vec<Owner>,
    pub support: &'s mut Vec<Owner>,
    /// `lead ? because "..."`: the reason, once.
    pub unknown: &'s mut Once<Option<T>>,
}

/// Where the fields of an item's [`Annotation`] go as they are folded.
pub(crate) struct AnnotationSlots<'s, T> {
    pub source: &'s mut Once<T>,
    pub notes: &'s mut Vec<T>,
}

impl Resolver<'_> {
    /// Folds `lead`, `lead ?` and `support` the same way for measures, projects and tasks.
    pub(crate) fn ownership<'a, T: From<&'a str>>(
        &mut self,
        field: &'a Ownership,
        slots: OwnerSlots<'_, T>,
        span: Span,
        item: &Item,
    ) {
        match field {
            Ownership::Lead(o) => slots.lead.extend(owners(o)),
            Ownership::Support(o) => slots.support.extend(owners(o)),
            Ownership::LeadUnknown(reason) => {
                let reason = reason.as_ref().map(|r| T::from(r.value.as_str()));
                self.once(slots.unknown, reason, span, "lead ?", item)
            }
        }
    }

    /// Folds `source` (once) and `note` (any number) the same way for every kind of item.
    pub(crate) fn annotation<'a, T: From<&'a str>>(
        &mut self,
        field: &'a Annotation,
        slots: AnnotationSlots<'_, T>,
        span: Span,
        item: &Item,
    ) {
        match field {
            Annotation::Source(t) => self.once(
                slots.source,
                T::from(t.value.as_str()),
                span,
                "source",
                item,
            ),
            Annotation::Note(t) => slots.notes.push(T::from(t.value.as_str())),
        }
    }
}

/// The owners an `Owners` list names, each with the list's reference.
pub(crate) fn owners(o: &Owners) -> impl Iterator<Item = Owner> + '_ {
    o.agencies.iter().map(|a| Owner {
        agency: Ref::unresolved(a.clone()),
        reference: o.reference.as_ref().map(|r| r.value.clone()),
    })
}
