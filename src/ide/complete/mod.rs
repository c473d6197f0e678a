//! Completion: what may be written at the cursor, with what each choice means.
//!
//! The text being typed seldom parses, so [`completions`] reads the current text lexically
//! (which item and block the cursor is in, which keyword came last, which fields are
//! written) and asks the grammar what it may read there; the names it offers come from an
//! [`Analysis`], which may be of an earlier version of the text (a language server keeps the
//! last one that parsed: an analysis of a text with syntax errors misses the items that did
//! not parse), together with the declarations of the current text itself.

mod context;
mod expect;
mod keywords;
mod names;
mod slot;
mod snippet;
mod snippets;
mod values;

pub use snippet::plain_text;

use super::Analysis;
use crate::i18n::Lang;
use crate::source::Span;
use context::Place;

/// One thing that may be written at the cursor.
#[derive(Clone, Debug, PartialEq)]
pub struct Completion {
    /// What the list shows and what is matched against what was typed (`yte`,
    /// `national.5a`, `target`).
    pub label: String,
    /// What it is.
    pub kind: CompletionKind,
    /// A short description in the document's or the reader's words: an agency's name, an
    /// indicator's title, what a keyword or value means.
    pub detail: Option<String>,
    /// More about it, when there is more: an agency's short name, where the document states
    /// an indicator.
    pub documentation: Option<String>,
    /// The part of the word already typed, which the choice replaces (from the start of the
    /// word to the cursor; empty between words).
    pub replace: Span,
    /// The text written in its place: a snippet when [`Completion::is_snippet`], else plain.
    pub insert_text: String,
    /// Whether `insert_text` is a snippet in the Language Server Protocol's syntax (`$1`,
    /// `${1:id}`, `${1|a,b|}`, `$0`); [`plain_text`] gives the text without its tab stops
    /// for an editor that takes none.
    pub is_snippet: bool,
}

/// What a completion is, for an editor's icon.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum CompletionKind {
    /// A keyword that starts an item, or continues the field being written (`where`, `ref`).
    Keyword,
    /// A keyword that starts a field of the block the cursor is in (`target`, `lead`).
    Field,
    /// A whole item to fill in.
    Snippet,
    /// A word a field takes as its value (`increase`, `half-year`, `?`, a dimension's value).
    Value,
    /// An agency's id.
    Agency,
    /// An objective's id.
    Objective,
    /// A unit's id.
    Unit,
    /// A dimension's id.
    Dimension,
    /// An area's id.
    Area,
    /// A data element's id.
    Element,
    /// An indicator's or a part's id.
    Indicator,
    /// The name of an import.
    Import,
    /// A report's id.
    Report,
    /// A project's id.
    Project,
    /// A task's id.
    Task,
}

impl Completion {
    /// A plain completion that writes its label.
    fn new(label: impl Into<String>, kind: CompletionKind, replace: Span) -> Completion {
        let label = label.into();
        Completion {
            insert_text: label.clone(),
            label,
            kind,
            detail: None,
            documentation: None,
            replace,
            is_snippet: false,
        }
    }

    fn detail(mut self, detail: impl Into<String>) -> Completion {
        let detail = detail.into();
        self.detail = (!detail.is_empty()).then_some(detail);
        self
    }

    fn documentation(mut self, documentation: Option<&str>) -> Completion {
        self.documentation = documentation.filter(|d| !d.is_empty()).map(str::to_string);
        self
    }
}

/// What may be written at byte `offset` of `text`, the file as the editor holds it now, in
/// the order to show them: names and values first, then keywords that continue the field
/// being written, then the fields the block may still take, then new items.
///
/// `names` gives the names to offer (its file's and those of the files it imports): an
/// analysis of `text`, or of an earlier version of it when `text` no longer parses (its
/// names are then those of that version, together with the declarations `text` itself
/// writes). Words about keywords and values are in `lang`. Nothing is offered inside a
/// comment or a quoted text, nor at an offset outside the text or inside a character.
pub fn completions(text: &str, offset: usize, names: &Analysis, lang: Lang) -> Vec<Completion> {
    if offset > text.len() || !text.is_char_boundary(offset) {
        return Vec::new();
    }
    let scan = crate::ide::scan::scan(text);
    if scan.in_comment_or_text(offset) {
        return Vec::new();
    }
    let place = Place::find(&scan, offset);
    let container = place.container(&scan);
    let expected = place.expected(&scan, container.as_ref());
    let mut out = Vec::new();
    let slot = slot::slot(&scan, &place, container.as_ref(), &expected);
    names::offer(&mut out, &slot, &scan, &place, names);
    let typed = &text[place.typed.start()..place.typed.end()];
    if names::qualifier(typed, &names.checked.model).is_some() {
        // `national.`: a name of that import, and nothing else, is being written.
        return out;
    }
    values::offer(&mut out, &expected, place.typed, lang);
    keywords::offer(&mut out, &expected, &scan, &place, container.as_ref(), lang);
    if keywords::items_expected(&expected) {
        out.extend(snippets::snippets(
            &scan,
            &names.checked.model,
            place.typed,
            lang,
        ));
    }
    out
}

#[cfg(test)]
mod tests;
