# planlang's words in English for a text editor (`plan lsp`): what hovering over a name shows,
# and why a rename is refused. Every message here has its Vietnamese in ../vi/ide.ftl, under the
# same id; a test fails when one lacks the other (src/i18n/tests.rs).

## Why a rename is refused. $kind is the kind's word (diag-kind-*).
ide-rename-nothing = there is no name here that a file declares
ide-rename-built-in = `{ $name }` is a built-in unit: no file declares it, so it cannot be renamed
ide-rename-not-an-id = `{ $name }` is not an id: write letters, digits and `_` only, without dots or spaces
ide-rename-taken = `{ $name }` is already the id of another { $kind } of the file
ide-rename-part-number = a part keeps its indicator's number: write `{ $number }` followed by the part's letter, not `{ $name }`
ide-rename-outside = it is declared in `{ $file }`, which is not open in the workspace: open it to rename it there and everywhere it is named
