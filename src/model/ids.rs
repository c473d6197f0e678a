//! References resolved once: a name written in the plan keeps its text (for messages and
//! for the plan's own words) beside the position of what it names in the model's table, so
//! that no reader looks it up by name again.

use super::Ident;
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
/// written [`Ident`], so messages and outputs keep the plan's words.
pub struct Ref<T> {
    /// The name as written, with its place.
    pub written: Ident,
    /// What it names, in the model that holds the reference.
    pub id: Option<Id<T>>,
}

impl<T> Ref<T> {
    /// A name not looked up yet.
    pub fn unresolved(written: Ident) -> Ref<T> {
        Ref { written, id: None }
    }

    /// Looks the written name up in `table`, the model's table of `T` (so a reference can be
    /// linked into its own kind's table only): its id, or none when it names nothing there.
    pub(crate) fn link(&mut self, table: &IndexMap<String, T>) {
        self.id = table.get_index_of(&self.written.name).map(Id::at);
    }
}

impl<T> Deref for Ref<T> {
    type Target = Ident;
    fn deref(&self) -> &Ident {
        &self.written
    }
}

impl<T> Clone for Ref<T> {
    fn clone(&self) -> Self {
        Ref {
            written: self.written.clone(),
            id: self.id,
        }
    }
}

impl<T> fmt::Debug for Ref<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.written)?;
        match self.id {
            Some(id) => write!(f, " -> {id:?}"),
            None => Ok(()),
        }
    }
}

/// Two references are equal when they are written alike: ids are positions in one model,
/// and two models that say the same thing are equal (as spans take no part either).
impl<T> PartialEq for Ref<T> {
    fn eq(&self, other: &Self) -> bool {
        self.written == other.written
    }
}

/// A reference is its written name in JSON, as an [`Ident`] is.
impl<T> serde::Serialize for Ref<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.written.serialize(s)
    }
}
