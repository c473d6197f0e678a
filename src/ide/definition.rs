//! Go to definition: where the name under the cursor is declared.

use super::names::{self, Location};
use super::Analysis;

/// Where the name at byte `offset` of the file is declared: in this file, or in a file it
/// imports (`adopts national.5a` lands on `5a` in the national file; `national` on its
/// `import` line). On a declaration, the declaration itself. `None` off a name, on a name
/// that names nothing, and on a built-in unit (`percent`), which no file declares.
pub fn definition(analysis: &Analysis, offset: usize) -> Option<Location> {
    let found = names::occurrences(&analysis.checked.model);
    let at = names::at(&found, offset)?;
    at.target.declared().map(|d| d.at)
}
