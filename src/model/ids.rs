//! References resolved once: a name written in the plan keeps its text (for messages and
//! for the plan's own words) beside the position of what it names in the model's table, so
//! that no reader looks it up by name again.

use super::{Ident, Import, Keyed};
use indexmap::IndexMap;
use std::fmt;
use std::marker::PhantomData;
use std::ops::Deref;

/// The position of a declaration in its table of one model (`Model::areas`,
/// `Model::elements`, ...). Positions are a model's own: an id of one model means nothing in
/// another.
pub struct Id<T> {
    index: u32,
    of: PhantomData<fn() -> T>,
}

impl<T> Id<T> {
    /// The declaration at `index` of its table. Every declaration is written in a plan file,
    /// and plan files are far below 4 GiB (as spans assume), so no table comes near 2^32.
    pub(crate) fn at(index: usize) -> Id<T> {
        Id {
            index: u32::try_from(index).expect("a table of fewer than 2^32 entries"),
            of: PhantomData,
        }
    }

    /// The position in the table.
    pub fn index(self) -> usize {
        self.index as usize
    }
}

// Written out rather than derived: an id is copied and compared whatever `T` is.
impl<T> Clone for Id<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Id<T> {}

impl<T> PartialEq for Id<T> {
    fn eq(&self, other: &Self) -> bool {
        self.index == other.index
    }
}

impl<T> Eq for Id<T> {}

impl<T> std::hash::Hash for Id<T> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.index.hash(state);
    }
}

impl<T> fmt::Debug for Id<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}", self.index)
    }
}

/// A name written in the plan and what it names: `id` is `None` until the resolver has
/// looked it up, and stays `None` when it names nothing (that is reported). It reads as the
/// written [`Ident`], so messages and outputs keep the plan's words. `At` is where an id
/// points: a position in this model's table of `T` (an [`Id`]), or in an imported file's
/// ([`Imported`], see [`Through`]).
pub struct Ref<T, At = Id<T>> {
    /// The name as written, with its place.
    pub written: Ident,
    /// What it names, in the model that holds the reference.
    pub id: Option<At>,
    of: PhantomData<fn() -> T>,
}

impl<T, At> Ref<T, At> {
    /// A name not looked up yet.
    pub fn unresolved(written: Ident) -> Ref<T, At> {
        Ref {
            written,
            id: None,
            of: PhantomData,
        }
    }
}

impl<T> Ref<T> {
    /// Looks the written name up in `table`, the model's table of `T` (so a reference can be
    /// linked into its own kind's table only): its id, or none when it names nothing there.
    pub(crate) fn link(&mut self, table: &IndexMap<String, T>) {
        self.id = table.get_index_of(&self.written.name).map(Id::at);
    }

    /// Looks the written name up in `index`, built once from the model's table of `T`.
    pub(crate) fn link_in(&mut self, index: &Index<'_, T>) {
        self.id = index.get(&self.written.name);
    }
}

/// The ids of a table's entries by name, hashed cheaply. A plan names its few agencies,
/// objectives and elements over and over, once per indicator: linking them all looks each
/// name up here rather than in the model's table, whose hasher resists collisions an
/// attacker would craft, at several times the cost, for keys the plan's own author wrote.
pub(crate) struct Index<'t, T> {
    ids: rustc_hash::FxHashMap<&'t str, Id<T>>,
}

impl<'t, T> Index<'t, T> {
    /// The index of `table`.
    pub(crate) fn of(table: &'t IndexMap<String, T>) -> Index<'t, T> {
        let ids = table
            .keys()
            .enumerate()
            .map(|(at, name)| (name.as_str(), Id::at(at)))
            .collect();
        Index { ids }
    }

    /// The id of the entry named `name`.
    pub(crate) fn get(&self, name: &str) -> Option<Id<T>> {
        self.ids.get(name).copied()
    }
}

impl<T, At> Deref for Ref<T, At> {
    type Target = Ident;
    fn deref(&self) -> &Ident {
        &self.written
    }
}

impl<T, At: Copy> Clone for Ref<T, At> {
    fn clone(&self) -> Self {
        Ref {
            written: self.written.clone(),
            id: self.id,
            of: PhantomData,
        }
    }
}

impl<T, At: fmt::Debug> fmt::Debug for Ref<T, At> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.written)?;
        match &self.id {
            Some(id) => write!(f, " -> {id:?}"),
            None => Ok(()),
        }
    }
}

/// Two references are equal when they are written alike: ids are positions in one model,
/// and two models that say the same thing are equal (as spans take no part either).
impl<T, At> PartialEq for Ref<T, At> {
    fn eq(&self, other: &Self) -> bool {
        self.written == other.written
    }
}

/// A reference is its written name in JSON, as an [`Ident`] is.
impl<T, At> serde::Serialize for Ref<T, At> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.written.serialize(s)
    }
}

/// A declaration of a file this one imports: the import it comes through, and its position
/// in the table of that file's model (`model.imports[file].model`).
pub struct Imported<T> {
    /// The import, in this model's `imports`.
    pub file: Id<Import>,
    /// The declaration, in the imported model's table of `T`.
    pub id: Id<T>,
}

impl<T> Clone for Imported<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Imported<T> {}

impl<T> PartialEq for Imported<T> {
    fn eq(&self, other: &Self) -> bool {
        self.file == other.file && self.id == other.id
    }
}

impl<T> Eq for Imported<T> {}

impl<T> fmt::Debug for Imported<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}.{:?}", self.file, self.id)
    }
}

/// A name written through an import (`national.3a`, `son_la.baocao_nam`) and what it names
/// in the imported file: `id` is `None` until the resolver has looked it up, and stays `None`
/// when it names nothing there (reported by the checker of what names it: the cascade, the
/// amendment).
pub type Through<T> = Ref<T, Imported<T>>;

impl<T> Through<T> {
    /// The qualifier and the name in the imported file (`("national", "3a")`); `None` for a
    /// name written without one.
    pub fn parts(&self) -> Option<(&str, &str)> {
        self.written.name.split_once('.')
    }

    /// Looks the written name up among `imports`: the import its qualifier names, and the
    /// entry of that file's table of `T`.
    pub(crate) fn link_among(&mut self, imports: &IndexMap<String, Import>)
    where
        T: Keyed,
    {
        self.id = self.parts().and_then(|(alias, local)| {
            let (file, _, import) = imports.get_full(alias)?;
            let id = T::table(&import.model).get_index_of(local)?;
            Some(Imported {
                file: Id::at(file),
                id: Id::at(id),
            })
        });
    }
}
