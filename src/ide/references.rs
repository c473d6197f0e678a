//! Find references: every place the thing named under the cursor is named, across the files
//! of a workspace.

use super::names::{self, Location};
use super::workspace::known;
use super::Analysis;

/// Every place the name at byte `offset` of `file` names the same declaration (the same
/// kind and id, declared in the same file, see [`names::Key`]): in `file`, in each analysis
/// of `workspace`, and in every file they import. A file only names what it imports, so
/// this is the declaring file and the files that import it, directly or through others.
/// With `include_declaration`, the declaration itself comes too. In file order (`file`
/// first, then `workspace`'s, then those they import), then by place.
pub fn references(
    workspace: &[&Analysis],
    file: &Analysis,
    offset: usize,
    include_declaration: bool,
) -> Vec<Location> {
    let here = names::occurrences(&file.checked.model);
    let Some(key) = names::at(&here, offset)
        .and_then(|o| o.target.declared())
        .map(|d| d.key(&file.files))
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for k in known(workspace, file) {
        for o in names::occurrences(k.model) {
            if o.declares && !include_declaration {
                continue;
            }
            if o.target.declared().is_some_and(|d| d.key(k.files) == key) {
                out.push(Location {
                    source: k.model.source.clone(),
                    span: o.span,
                });
            }
        }
    }
    out
}
