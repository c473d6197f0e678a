//! Folding a list of fields into single values, reporting a field given twice.

use super::Resolver;
use crate::diagnostic::Code;
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
    /// Sets `slot` to `value`, or reports that `field` of `owner` is given twice.
    pub fn once<T>(
        &mut self,
        slot: &mut Once<T>,
        value: T,
        span: Span,
        field: &str,
        owner: &(impl std::fmt::Display + ?Sized),
    ) {
        if let Some((_, first)) = &slot.0 {
            let first = *first;
            let d = self
                .diag(
                    Code::DuplicateField,
                    span,
                    format!("`{field}` is given twice for {owner}"),
                )
                .label(format!("second `{field}`"))
                .related(first, "first given here")
                .help(format!("keep one `{field}` and remove the other"));
            self.push(d);
        } else {
            slot.0 = Some((value, span));
        }
    }
}
