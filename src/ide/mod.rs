//! What a text editor asks about a plan file, answered from the checker's own model.
//!
//! Positions here are byte offsets into a file's text and answers are plain values: the
//! language server (`plan lsp`) turns them into its protocol's lines and UTF-16 columns, and
//! any other program that embeds planlang can ask the same questions without it.
//!
//! One [`Analysis`] is one file as the editor holds it (saved or not), read, resolved and
//! checked with the files it imports (read through [`Files`], so an importing file sees the
//! editor's unsaved buffers), together with its syntax tree for what the model does not keep
//! (where each keyword and comment is written).

mod actions;
mod complete;
pub mod data;
mod definition;
mod edit;
mod hover;
mod identity;
pub mod markdown;
pub mod names;
mod references;
mod rename;
mod scan;
pub mod symbols;
pub mod tokens;
mod workspace;

pub use actions::{code_actions, ActionKind, CodeAction};
pub use complete::{completions, plain_text, Completion, CompletionKind};
pub use definition::definition;
pub use edit::{Edit, FileEdits};
pub use hover::{hover, hover_with_data, Hover};
pub use identity::{FileId, FileIds};
pub use names::Location;
pub use references::references;
pub use rename::{is_id, prepare_rename, rename, RenameError};

use crate::files::Files;
use crate::source::Source;
use crate::syntax::{self, Parsed};
use crate::Checked;
use std::rc::Rc;

/// One plan file, checked with its imports, and its syntax tree.
#[derive(Debug)]
pub struct Analysis {
    /// The file read, resolved and checked; its model's `imports` hold each imported file's
    /// model, whose `source` and spans are that file's.
    pub checked: Checked,
    /// The file's syntax tree, comments included, from the same text.
    pub syntax: Parsed,
    /// The one name of this file and of each file it imports (see [`FileId`]).
    pub files: FileIds,
}

impl Analysis {
    /// Reads, resolves and checks `source`, reading the files it imports from `files`. The
    /// text is parsed once, for the tree and the model both.
    pub fn new(source: Source, files: Rc<dyn Files>) -> Analysis {
        let syntax = syntax::parse(&source);
        let checked = crate::load_parsed(source, &syntax, files.clone());
        let ids = FileIds::of(&checked.model, &*files);
        Analysis {
            checked,
            syntax,
            files: ids,
        }
    }

    /// The file's text and name.
    pub fn source(&self) -> &Source {
        &self.checked.source
    }

    /// The file's one name (see [`FileId`]).
    pub fn file_id(&self) -> FileId {
        self.files.id(self.source())
    }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod analysis_tests {
    use super::*;
    use crate::files::MemoryFiles;

    #[test]
    fn an_analysis_holds_the_checked_plan_its_tree_and_its_imports() {
        let mut files = MemoryFiles::new();
        files.insert(
            "shared.plan",
            "plan \"Shared\" { document \"1/KH\" issuer ubnd signed 2021-01-05 period 2021..2030 }\n\
             agency ubnd \"Ủy ban nhân dân\"\n",
        );
        let text = "plan \"P\" { document \"2/KH\" issuer shared.ubnd signed 2021-02-01 period 2021..2030 }\n\
                    import \"shared.plan\" as shared // the province's agencies\n";
        let analysis = Analysis::new(Source::new("p.plan", text), Rc::new(files));
        assert!(analysis.checked.diagnostics.is_empty());
        assert_eq!(analysis.source().name(), "p.plan");
        assert_eq!(analysis.syntax.file.items.len(), 2);
        assert_eq!(analysis.syntax.file.comments.len(), 1);
        let shared = &analysis.checked.model.imports["shared"].model;
        assert_eq!(shared.source.name(), "shared.plan");
        assert!(shared.agencies.contains_key("ubnd"));
    }

    /// Each diagnostic as `plan check --format short` shows it.
    fn words_of(c: &Checked) -> Vec<String> {
        c.diagnostics.iter().map(|d| format!("{d:?}")).collect()
    }

    #[test]
    fn an_analysis_finds_what_plan_check_finds_in_the_same_order() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("plans");
        let mut compared = 0;
        for plan in [
            "son-la-children-2021-2030.plan",
            "amendments/son-la-2025-child-affairs-transfer.plan",
            "districts/moc-chau-children-2021-2030.plan",
        ] {
            let path = root.join(plan);
            let loaded = crate::load_path(&path).expect("read the plan");
            let text = std::fs::read_to_string(&path).expect("read the plan");
            let source = Source::new(path.display().to_string(), text);
            let analysis = Analysis::new(source, Rc::new(crate::files::Disk));
            compared += loaded.diagnostics.len();
            assert_eq!(words_of(&analysis.checked), words_of(&loaded), "{plan}");
        }
        assert!(compared >= 20, "{compared}");
        // A syntax error: only the syntax errors, as plan check shows them.
        let broken =
            "plan \"P\" { period 2021..2030 }\nindicator 1 \"x\" { lead }\nagency a \"A\"\n";
        let analysis = Analysis::new(Source::new("b.plan", broken), Rc::new(MemoryFiles::new()));
        let loaded = crate::load_str("b.plan", broken);
        assert_eq!(words_of(&analysis.checked), words_of(&loaded));
        assert!(analysis
            .checked
            .diagnostics
            .iter()
            .all(|d| d.code().as_str() == "plan::syntax"));
    }
}
