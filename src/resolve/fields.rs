//! Folding a list of fields into single values, reporting a field given twice.

use super::Resolver;
use crate::diagnostic::{Declarations, Item};
use crate::source::Span;

/// A field that may be given once, with where it was given.
pub(crate) struct Once<T>(Option<(T, Span)>);

impl<T> Default for Once<T> {
    fn default() -> Self {
        Once(None)
    }
}

impl<T> Once<T> {
    pub fn get(&self) -> Option<&T> {
        self.0.as_ref().map(|(v, _)| v)
    }

    pub fn into_inner(self) -> Option<T> {
        self.0.map(|(v, _)| v)
    }

    pub fn span(&self) -> Option<Span> {
        self.0.as_ref().map(|(_, s)| *s)
    }
}

impl Resolver<'_> {
    /// Sets `slot` to `value`, or reports that `field` of `item` is given twice.
    pub fn once<T>(&mut self, slot: &mut Once<T>, value: T, span: Span, field: &str, item: &Item) {
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
