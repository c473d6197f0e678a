//! Changes to the text of files, as an editor applies them: each a span of one file's text
//! and the text written in its place (an insertion is an empty span).

use crate::source::{Source, Span};

/// One change to a file's text: `span` of it replaced by `text`.
#[derive(Clone, Debug, PartialEq)]
pub struct Edit {
    /// The bytes replaced; empty to insert at its start.
    pub span: Span,
    /// What is written in their place.
    pub text: String,
}

/// The changes to one file, none overlapping another.
#[derive(Clone, Debug)]
pub struct FileEdits {
    /// The file, by the name and text the changes' spans point into.
    pub source: Source,
    /// Its changes, in the order of their spans.
    pub edits: Vec<Edit>,
}

impl FileEdits {
    /// The file's text with its changes made; a change whose span overlaps an earlier one,
    /// or is not within the text, is left out.
    pub fn apply(&self) -> String {
        let text = self.source.text();
        let mut out = String::with_capacity(text.len());
        let mut at = 0;
        for edit in &self.edits {
            let (start, end) = (edit.span.start(), edit.span.end());
            let fits = at <= start
                && end <= text.len()
                && text.is_char_boundary(start)
                && text.is_char_boundary(end);
            if fits {
                out.push_str(&text[at..start]);
                out.push_str(&edit.text);
                at = end;
            }
        }
        out.push_str(&text[at..]);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_apply_in_order_of_their_spans() {
        let source = Source::new("p.plan", "lead ? because \"x\"\n");
        let edits = FileEdits {
            source,
            edits: vec![
                Edit {
                    span: Span::new(0, 0),
                    text: "// first\n".to_string(),
                },
                Edit {
                    span: Span::new(5, 18),
                    text: "yte".to_string(),
                },
            ],
        };
        assert_eq!(edits.apply(), "// first\nlead yte\n");
    }
}
