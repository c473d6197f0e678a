//! How a second declaration of an id is told from the first: written once here for every
//! kind (where each kind is kept is [`Keyed`]).

use super::Resolver;
use crate::diagnostic::DeclKind;
use crate::model::*;
use crate::source::Span;
use crate::syntax::ast::Ident;

/// A kind of declaration with its own table: what a duplicate id is called, and where the
/// first declaration is pointed at.
pub(crate) trait Declared: Keyed {
    const KIND: DeclKind;
    fn first_span(&self) -> Span;
}

/// Each kind, what its declaration is called, and the span a duplicate points back at.
macro_rules! declared {
    ($($kind:ident as $decl:ident => $span:ident),* $(,)?) => {$(
        impl Declared for $kind {
            const KIND: DeclKind = DeclKind::$decl;
            fn first_span(&self) -> Span {
                self.$span
            }
        }
    )*};
}

declared! {
    Agency as Agency => span,
    Dimension as Dimension => span,
    Element as Element => span,
    Area as Area => span,
    Objective as Objective => span,
    NamedQuery as Query => span,
    Report as Report => id_span,
    Review as Review => id_span,
    Project as Project => id_span,
    Task as Task => id_span,
}

impl Resolver<'_> {
    /// Declares `value` under `id` in its table, or reports why not (see [`Resolver::declare`]).
    pub(crate) fn declared<T: Declared>(&mut self, id: &Ident, value: T) -> bool {
        self.declare(T::table_mut, id, T::KIND, value, T::first_span)
    }
}
