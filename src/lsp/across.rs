//! What a request across files (references, a rename) answers from: the open document the
//! cursor is in, every other open document, and the plan files of the workspace folders that
//! are not open, analysed from disk for the request, so that renaming an agency of the Sơn
//! La plan reaches the district plans and amendments that import it without the editor
//! having opened them.
//!
//! An unopened file is analysed only when it declares what the cursor names or its text
//! writes the declaration's whole id: a file names a declaration of another only by writing
//! its id (`ldtbxh`, `son_la.ldtbxh`, a part's `3a` or `national.3a`; a part of an indicator
//! renumbered is `16a`, which holds the indicator's `16`). The others are read and passed
//! over, so a workspace of many plans costs a read and a search of each, and an analysis of
//! the few that matter. An analysis reads the files it imports through the open documents'
//! texts over the disk, as the open documents' analyses do.

use super::dispatch::Failure;
use super::documents::FileKey;
use super::server::Server;
use crate::files::lexical;
use crate::ide::{names, Analysis};
use crate::source::Source;
use lsp_server::ErrorCode;
use lsp_types::{Position, Uri};
use unicode_normalization::{IsNormalized, UnicodeNormalization};

/// What `answer` gives for the name at `position` of the open document `uri`; it is given
/// that document's analysis, the position's byte offset in it, and the workspace around it
/// (every other open document's analysis, then those of the unopened plan files of the
/// workspace folders that mention the declaration named there).
pub(crate) fn answer<T>(
    server: &mut Server,
    uri: &Uri,
    position: Position,
    answer: impl FnOnce(&Analysis, usize, &[&Analysis]) -> T,
) -> Result<T, Failure> {
    let encoding = server.encoding;
    let key = FileKey::of(uri);
    let view = server.view(uri)?;
    let document = view.document;
    let offset = document.lines.offset(&document.text, position, encoding);
    let found = names::occurrences(&view.analysis.checked.model);
    let declared = names::at(&found, offset).and_then(|o| o.target.declared());
    let unopened = match declared {
        Some(declared) => {
            let declaring = FileKey::named(declared.at.source.name());
            unopened(server, &declaring, &declared.name)
        }
        None => Vec::new(),
    };
    let views = server.views();
    let mut file = None;
    let mut workspace: Vec<&Analysis> = Vec::new();
    for view in &views {
        match FileKey::of(&view.document.uri) == key {
            true => file = Some(view.analysis),
            false => workspace.push(view.analysis),
        }
    }
    workspace.extend(unopened.iter());
    let Some(file) = file else {
        let words = (server.settings.lang)
            .text_with("lsp-internal-error", &[("method", "analysis".into())]);
        return Err(Failure::new(ErrorCode::InternalError, words));
    };
    Ok(answer(file, offset, &workspace))
}

/// The analyses of the plan files of the workspace folders that are not open and are the
/// file `declaring` or write `name` (an id, NFC), in path order.
fn unopened(server: &Server, declaring: &FileKey, name: &str) -> Vec<Analysis> {
    let files = server.documents.files();
    let mut out = Vec::new();
    for path in server.workspace.plan_files() {
        let key = FileKey::Path(lexical(&path));
        if server.documents.is_open(&key) {
            continue;
        }
        let Ok(text) = files.read(&path) else {
            continue;
        };
        if key != *declaring && !mentions(&text, name) {
            continue;
        }
        let source = Source::new(key.source_name(), text);
        out.push(Analysis::new(source, files.clone()));
    }
    out
}

/// Whether `text` writes `name` (NFC) somewhere, in whichever normal form it is written
/// (ids are read NFC); a text that is NFC already, as nearly every one is, is not copied.
fn mentions(text: &str, name: &str) -> bool {
    if text.contains(name) {
        return true;
    }
    let composed = unicode_normalization::is_nfc_quick(text.chars()) == IsNormalized::Yes;
    !composed && text.nfc().collect::<String>().contains(name)
}

#[cfg(test)]
mod tests {
    use super::mentions;

    #[test]
    fn a_name_is_found_in_either_normal_form() {
        let composed = "sở_tế";
        let decomposed: String =
            unicode_normalization::UnicodeNormalization::nfd(composed).collect();
        assert_ne!(composed, decomposed);
        assert!(mentions(&format!("lead {decomposed}\n"), composed));
        assert!(mentions("lead son_la.sở_tế\n", composed));
        assert!(!mentions("lead sở_y_tế\n", composed));
    }
}
