//! Where an action writes a new line or field, laid out as the file lays out its own: a new
//! top-level line after another, with its indentation; a new field on a line of its own
//! before a block's closing brace, indented as the block's fields are (or before the brace
//! of a block written on one line).

use crate::ide::Edit;
use crate::source::Span;

/// Where the line holding `offset` ends (its `\n`, or the end of the text).
fn line_end(text: &str, offset: usize) -> usize {
    text[offset..].find('\n').map_or(text.len(), |i| offset + i)
}

/// Where the line holding `offset` starts.
fn line_start(text: &str, offset: usize) -> usize {
    text[..offset].rfind('\n').map_or(0, |i| i + 1)
}

/// The blanks that start the line holding `offset`.
fn indentation(text: &str, offset: usize) -> &str {
    let start = line_start(text, offset);
    let line = &text[start..line_end(text, start)];
    &line[..line.len() - line.trim_start_matches([' ', '\t']).len()]
}

/// Writes `lines` after the line where the item `after` ends (after any comment that ends
/// that line), each with the indentation of the item's first line.
pub(super) fn lines_after(text: &str, after: Span, lines: &[String]) -> Edit {
    let end = line_end(text, after.end().min(text.len()));
    let indent = indentation(text, after.start().min(text.len()));
    let written: String = lines.iter().map(|l| format!("\n{indent}{l}")).collect();
    Edit {
        span: Span::at(end),
        text: written,
    }
}

/// Writes the field `field` at the end of the block `block` (its keyword to its closing
/// brace).
pub(super) fn field_at_end(text: &str, block: Span, field: &str) -> Option<Edit> {
    let close = block.end().checked_sub(1)?;
    if text.get(close..block.end()) != Some("}") {
        return None;
    }
    let brace_line = line_start(text, close);
    let alone = text[brace_line..close].trim().is_empty();
    if !alone || brace_line <= block.start() {
        // A block on one line: the field before its brace, between blanks.
        let space = if text[..close].ends_with([' ', '\t']) {
            ""
        } else {
            " "
        };
        return Some(Edit {
            span: Span::at(close),
            text: format!("{space}{field} "),
        });
    }
    // The indentation of the block's first field on a line of its own, else one level
    // (four spaces) deeper than the brace.
    let first_line = line_end(text, block.start()) + 1;
    let field_indent = text
        .get(first_line..brace_line)
        .and_then(|inner| inner.lines().find(|l| !l.trim().is_empty()))
        .map(|l| l[..l.len() - l.trim_start_matches([' ', '\t']).len()].to_string())
        .unwrap_or_else(|| format!("{}    ", indentation(text, close)));
    Some(Edit {
        span: Span::at(brace_line),
        text: format!("{field_indent}{field}\n"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ide::FileEdits;
    use crate::source::Source;

    fn apply(text: &str, edit: Edit) -> String {
        FileEdits {
            source: Source::new("p.plan", text),
            edits: vec![edit],
        }
        .apply()
    }

    #[test]
    fn a_line_goes_after_the_item_and_its_comment_with_its_indentation() {
        let text = "  waive n.1 because \"x\" // why\nagency a \"A\"\n";
        let item = Span::new(2, text.find(" //").unwrap());
        let edit = lines_after(text, item, &["waive n.2 because \"y\"".to_string()]);
        assert_eq!(
            apply(text, edit),
            "  waive n.1 because \"x\" // why\n  waive n.2 because \"y\"\nagency a \"A\"\n"
        );
    }

    #[test]
    fn a_field_goes_before_the_closing_brace_indented_as_the_block_s_fields() {
        let text = "indicator 1 \"A\" {\n\tunit percent\n}\n";
        let block = Span::new(0, text.rfind('}').unwrap() + 1);
        let edit = field_at_end(text, block, "adopts n.1").unwrap();
        assert_eq!(
            apply(text, edit),
            "indicator 1 \"A\" {\n\tunit percent\n\tadopts n.1\n}\n"
        );
        let compact = "indicator 1 \"A\" { unit percent }";
        let edit = field_at_end(compact, Span::new(0, compact.len()), "adopts n.1").unwrap();
        assert_eq!(
            apply(compact, edit),
            "indicator 1 \"A\" { unit percent adopts n.1 }"
        );
        let empty = "indicator 1 \"A\" {\n}";
        let edit = field_at_end(empty, Span::new(0, empty.len()), "adopts n.1").unwrap();
        assert_eq!(apply(empty, edit), "indicator 1 \"A\" {\n    adopts n.1\n}");
        assert!(field_at_end(compact, Span::new(0, 5), "x").is_none());
    }
}
