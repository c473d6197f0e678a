//! Where the model keeps each kind of declaration: written once here, for the resolver that
//! fills the tables and for every reader that follows an [`Id`](super::Id) to its entry.

use super::*;
use indexmap::IndexMap;

/// A kind of declaration the model keeps in a table by id, in written order: the table an
/// [`Id`] of it is a position in.
pub trait Keyed: Sized {
    /// The table of `model` that holds this kind.
    fn table(model: &Model) -> &IndexMap<String, Self>;
    /// The same table, to change.
    fn table_mut(model: &mut Model) -> &mut IndexMap<String, Self>;
}

macro_rules! tables {
    ($($kind:ty => $table:ident),* $(,)?) => {$(
        impl Keyed for $kind {
            fn table(model: &Model) -> &IndexMap<String, Self> {
                &model.$table
            }
            fn table_mut(model: &mut Model) -> &mut IndexMap<String, Self> {
                &mut model.$table
            }
        }
    )*};
}

tables! {
    Agency => agencies,
    Unit => units,
    Dimension => dimensions,
    Element => elements,
    Area => areas,
    Objective => objectives,
    Indicator => indicators,
    Measure => measures,
    NamedQuery => queries,
    Report => reports,
    Review => reviews,
    Project => projects,
    Task => tasks,
    Import => imports,
    Waiver => waivers,
}
