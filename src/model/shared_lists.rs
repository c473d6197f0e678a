//! Lists of owners that several measures share (the parts of a composite that name none of
//! their own), rewritten so that they stay shared.

use super::Owner;
use rustc_hash::FxHashMap as HashMap;
use std::sync::{Arc, OnceLock};

/// A list of owners as a measure holds it: the empty list is one list, shared, so that a
/// large plan does not allocate one for every measure that names no support.
pub(crate) fn owner_list(owners: Vec<Owner>) -> Arc<[Owner]> {
    static EMPTY: OnceLock<Arc<[Owner]>> = OnceLock::new();
    if owners.is_empty() {
        return Arc::clone(EMPTY.get_or_init(|| Arc::from([])));
    }
    owners.into()
}

/// A list before and after its rewrite.
type Rewritten = (Arc<[Owner]>, Arc<[Owner]>);

/// The shared lists rewritten so far, by address: each list is rewritten once, and every
/// measure that shared it shares what it became. One record serves one rewrite: a list met
/// again becomes what it became the first time, whatever is asked of it then. Each entry keeps the list it replaced
/// alive, so that no new list can take its address while this lasts.
#[derive(Default)]
pub(crate) struct SharedRewrites(HashMap<*const Owner, Rewritten>);

impl SharedRewrites {
    /// Replaces `list` by what `rewrite` makes of it (`None`: leave it as it is), rewriting
    /// a list met before only once.
    pub(crate) fn rewrite(
        &mut self,
        list: &mut Arc<[Owner]>,
        rewrite: impl FnOnce(&[Owner]) -> Option<Vec<Owner>>,
    ) {
        let (_, new) = self.0.entry(list.as_ptr()).or_insert_with(|| {
            let new = rewrite(list).map_or_else(|| Arc::clone(list), Arc::from);
            (Arc::clone(list), new)
        });
        *list = Arc::clone(new);
    }
}
