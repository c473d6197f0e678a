//! Syntax-tree nodes for a plan that is built rather than read, with synthetic spans.
//!
//! The printer places each comment by its span: before the first item or field that ends
//! after the comment starts (see [`crate::syntax::print`]). A built tree has no text for spans
//! to point into, so [`Nodes`] hands out offsets that only ever increase. Build every node in
//! the order the printer writes it, and every comment just before the node it stands before,
//! and each comment is printed there: its offset comes after the end of what was built before
//! it and before the end of what is built after it. Nothing but the printer reads these
//! offsets; they point into no text, and spans take no part in the tree's equality.

use crate::model::Tolerance;
use crate::source::Span;
use crate::syntax::ast::Milestone;
use crate::syntax::ast::{
    Comment, Comparator, ComparatorLit, Direction, DirectionLit, Field, File, Ident, Item, Number,
    Text, ValueRange, Year,
};

/// The nodes of one tree, and its comments, in the order they are printed.
pub(super) struct Nodes {
    /// The next offset to hand out.
    next: usize,
    comments: Vec<Comment>,
}

impl Nodes {
    pub(super) fn new() -> Nodes {
        Nodes {
            next: 0,
            comments: Vec::new(),
        }
    }

    /// The tree of `items` with the comments made so far.
    pub(super) fn into_file(self, items: Vec<Item>) -> File {
        File {
            items,
            comments: self.comments,
        }
    }

    /// A span one offset wide, after everything handed out so far: a word.
    pub(super) fn word(&mut self) -> Span {
        self.next += 1;
        Span::new(self.next - 1, self.next)
    }

    /// Where a node that holds others starts; [`Nodes::since`] closes it.
    pub(super) fn start(&self) -> usize {
        self.next
    }

    /// The span of a node from `start` to past all that was built since, never empty (a node
    /// with no word of its own, `aggregate sum`, still ends after the comment before it).
    pub(super) fn since(&mut self, start: usize) -> Span {
        self.next += 1;
        Span::new(start, self.next)
    }

    /// A `//` comment of one line (line breaks in `text` become spaces), printed before the
    /// node built next; `//` alone when `text` is empty, to part two paragraphs. The tree keeps
    /// a comment's text with its `//`, so that is the one thing written here.
    pub(super) fn comment(&mut self, text: &str) {
        let text = text.replace(['\n', '\r'], " ");
        let text = if text.is_empty() {
            "//".to_string()
        } else {
            format!("// {text}")
        };
        let span = self.word();
        self.comments.push(Comment { text, span });
    }

    pub(super) fn ident(&mut self, name: impl Into<String>) -> Ident {
        Ident {
            name: name.into(),
            span: self.word(),
        }
    }

    pub(super) fn text(&mut self, value: impl Into<String>) -> Text {
        Text {
            value: value.into(),
            span: self.word(),
        }
    }

    /// A number; `-0` is kept as `0`, so that no plan says "at least -0".
    pub(super) fn number(&mut self, value: f64) -> Number {
        Number {
            value: if value == 0.0 { 0.0 } else { value },
            span: self.word(),
        }
    }

    /// `2`, or `2 to 3`.
    pub(super) fn range(&mut self, min: f64, max: Option<f64>) -> ValueRange {
        self.range_within(min, max, None)
    }

    /// `~ 10 within 0.5 points`: a value or range and the tolerance written after it.
    pub(super) fn range_within(
        &mut self,
        min: f64,
        max: Option<f64>,
        tolerance: Option<Tolerance>,
    ) -> ValueRange {
        let start = self.start();
        let min = self.number(min);
        let max = max.map(|max| self.number(max));
        let within = tolerance.map(|t| Box::new(self.tolerance(t)));
        ValueRange {
            min,
            max,
            within,
            span: self.since(start),
        }
    }

    /// `within 0.5 points`.
    pub(super) fn tolerance(&mut self, t: Tolerance) -> crate::syntax::ast::Tolerance {
        let start = self.start();
        let amount = self.number(t.amount);
        let _ = self.word();
        crate::syntax::ast::Tolerance {
            amount,
            unit: t.unit,
            span: self.since(start),
        }
    }

    pub(super) fn year(&mut self, value: i32) -> Year {
        Year {
            value,
            span: self.word(),
        }
    }

    /// A target's milestone, and its `cumulative` when the model's has one.
    pub(super) fn milestone(&mut self, at: Milestone) -> Milestone {
        let span = self.word();
        Milestone {
            period: at.period,
            to_date: at.to_date.map(|_| self.word()),
            span,
            readable: at.readable,
        }
    }

    pub(super) fn comparator(&mut self, value: Comparator) -> ComparatorLit {
        ComparatorLit {
            value,
            span: self.word(),
        }
    }

    pub(super) fn direction(&mut self, value: Direction) -> DirectionLit {
        DirectionLit {
            value,
            span: self.word(),
        }
    }

    /// A field of what `kind` builds: of an indicator or a part, of the plan header.
    pub(super) fn field<K>(&mut self, kind: impl FnOnce(&mut Nodes) -> K) -> Field<K> {
        let start = self.start();
        let kind = kind(self);
        Field {
            kind,
            span: self.since(start),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::ast::{Annotation, IndicatorDecl, IndicatorField, MeasureFieldKind};
    use crate::syntax::print::print;

    /// A comment made between two fields is printed between them, one made after the last
    /// item at the end of the file.
    #[test]
    fn comments_are_printed_where_they_were_made() {
        let mut n = Nodes::new();
        n.comment("before the indicator");
        let start = n.start();
        let id = n.ident("1");
        let title = n.text("X");
        n.comment("before its first field");
        let unit = n.field(|n| {
            MeasureFieldKind::Unit(crate::syntax::ast::UnitRef {
                name: n.ident("percent"),
                of: None,
            })
        });
        n.comment("");
        n.comment("between\ntwo fields");
        let source = n.field(|n| MeasureFieldKind::Annotation(Annotation::Source(n.text("I"))));
        let indicator = Item::Indicator(IndicatorDecl {
            id,
            title,
            fields: vec![
                IndicatorField::Measure(unit),
                IndicatorField::Measure(source),
            ],
            span: n.since(start),
        });
        n.comment("at the end");
        let out = print(&n.into_file(vec![indicator]));
        let expected = r#"// before the indicator
indicator 1 "X" {
    // before its first field
    unit percent
    //
    // between two fields
    source "I"
}

// at the end
"#;
        assert_eq!(out, expected);
    }
}
