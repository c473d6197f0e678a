//! The formatter's layout: the walk of the syntax tree says where each line ends (an item, a
//! field, a block's head, its `}`); the words of each line are the source's own pieces up to
//! there, spaced anew; comments and blank lines go where the author put them (the rules are
//! in [`super`]'s documentation).

use super::continuation;
use super::pieces::{Kind, Piece, SPACE};
use crate::source::Span;
use crate::syntax::ast::File;
use crate::syntax::grammar::Rule;
use crate::syntax::print::items;
use crate::syntax::print::layout::Layout;
use crate::syntax::print::lexical::Words;
use crate::syntax::print::lines::Lines;
use std::ops::Range;

/// The formatted text of `text`, whose tree is `file` and pieces `pieces`; `Err` with an offset
/// where the tree and the pieces disagree (a bug).
pub(super) fn reflow(text: &str, pieces: &[Piece], file: &File) -> Result<String, usize> {
    let mut reflow = Reflow {
        text,
        pieces,
        next: 0,
        lines: Lines::default(),
        depth: 0,
        written_to: 0,
        pending: Vec::new(),
        after_open: false,
        ends_in_line_comment: false,
        closed: Vec::new(),
        error: None,
    };
    for item in &file.items {
        items::item(&mut reflow, item);
    }
    reflow.finish()
}

/// A comment's text as written, without the blanks at the end of its lines (a `//` comment's
/// carriage return among them).
pub(super) fn comment_text(written: &str) -> String {
    let mut out = String::with_capacity(written.len());
    for (i, line) in written.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(line.trim_end_matches(SPACE));
    }
    out
}

/// How [`Reflow::write_line`] writes a line.
#[derive(Copy, Clone)]
struct LineKind {
    /// Whether a blank line the source has before it is kept.
    blank: bool,
    /// Whether the author's line breaks before clause keywords and after commas are kept
    /// (fields and one-line items; not a block's head or end).
    continues: bool,
    /// Where a level target's milestone ends in the source.
    milestone_end: Option<usize>,
}

impl LineKind {
    /// A block's head or its `}`: on one line, after a blank line the source has when `blank`.
    fn whole(blank: bool) -> LineKind {
        LineKind {
            blank,
            continues: false,
            milestone_end: None,
        }
    }
}

/// One line as [`Reflow::compose`] makes it.
struct Composed<'a> {
    text: String,
    /// Where the milestone ends in `text`, when it is on this line.
    milestone_at: Option<usize>,
    ends_in_line_comment: bool,
    /// The comments after its `//` comment, each for a line of its own after it.
    after: Vec<&'a Piece>,
}

struct Reflow<'a> {
    text: &'a str,
    pieces: &'a [Piece],
    /// The first piece not yet written.
    next: usize,
    lines: Lines,
    depth: usize,
    /// The end of the furthest piece written: what follows it up to the next piece is
    /// whitespace, where a blank line is looked for.
    written_to: usize,
    /// Comments that cannot stay on the line they shared (it ends in a `//` comment already),
    /// written each on a line of its own before the next line.
    pending: Vec<&'a Piece>,
    /// Whether the last line written opens a block (no blank line follows it).
    after_open: bool,
    /// Whether the last line written ends in a `//` comment (nothing can follow it there).
    ends_in_line_comment: bool,
    /// For each block open, whether it was written whole as `head {}`.
    closed: Vec<bool>,
    /// Where the tree and the pieces first disagreed.
    error: Option<usize>,
}

impl<'a> Reflow<'a> {
    fn fail(&mut self, at: usize) {
        self.error.get_or_insert(at);
    }

    fn is(&self, index: usize, punctuation: &str) -> bool {
        self.pieces
            .get(index)
            .is_some_and(|p| p.kind == Kind::Punctuation && p.text(self.text) == punctuation)
    }

    /// The last word or punctuation from the next piece on that starts before `end`.
    fn last_token_before(&self, end: usize) -> Option<usize> {
        let mut last = None;
        for (i, piece) in self.pieces.iter().enumerate().skip(self.next) {
            if piece.span.start() >= end {
                break;
            }
            if !piece.is_comment() {
                last = Some(i);
            }
        }
        last
    }

    /// Writes the comments before the next word, where the rules put them; those on lines of
    /// their own at `depth`.
    fn comments_before_token(&mut self, depth: usize) {
        while let Some(piece) = self.pieces.get(self.next).filter(|p| p.is_comment()) {
            self.comment_between(piece, depth);
            self.next += 1;
        }
    }

    /// Whether a piece shares its line with something written before it.
    fn shares_line(&self, piece: &Piece) -> bool {
        let before = &self.text[..piece.span.start()];
        let line = &before[before.rfind('\n').map_or(0, |i| i + 1)..];
        line.chars().any(|c| !SPACE.contains(&c) && c != '\u{FEFF}')
    }

    /// Whether the source has a blank line between what was written last and `start`.
    fn blank_before(&self, start: usize) -> bool {
        !self.lines.is_empty()
            && !self.after_open
            && start > self.written_to
            && self.text[self.written_to..start]
                .matches('\n')
                .nth(1)
                .is_some()
    }

    /// A comment between two lines: at the end of the line before when it shares that line
    /// and can follow it there, else on a line of its own at `depth`.
    fn comment_between(&mut self, piece: &'a Piece, depth: usize) {
        let text = comment_text(piece.text(self.text));
        if self.shares_line(piece) {
            self.written_to = self.written_to.max(piece.span.end());
            let appended = match self.lines.last_text() {
                Some(line) if self.pending.is_empty() && !self.ends_in_line_comment => {
                    line.push(' ');
                    line.push_str(&text);
                    true
                }
                _ => false,
            };
            if appended {
                self.ends_in_line_comment = piece.kind == Kind::LineComment;
            } else {
                self.pending.push(piece);
            }
            return;
        }
        self.flush_pending(depth);
        if self.blank_before(piece.span.start()) {
            self.lines.blank();
        }
        self.push(depth, text, None, piece.kind == Kind::LineComment);
        self.written_to = self.written_to.max(piece.span.end());
    }

    /// The comments waiting for a line of their own, at `depth`.
    fn flush_pending(&mut self, depth: usize) {
        for piece in std::mem::take(&mut self.pending) {
            let text = comment_text(piece.text(self.text));
            self.push(depth, text, None, piece.kind == Kind::LineComment);
        }
    }

    fn push(&mut self, depth: usize, text: String, milestone_end: Option<usize>, comment: bool) {
        self.lines.push(depth, text, milestone_end);
        self.ends_in_line_comment = comment;
        self.after_open = false;
    }

    /// Writes the pieces from the next one to `last` (a word or punctuation) as one line at
    /// `depth`, after a blank line when the source has one and `blank` allows it; when
    /// `continues`, on continuation lines one level deeper where the author broke the line
    /// before a clause keyword or after a list's `,` ([`continuation`]). The offset in the
    /// first line where the piece ending at `milestone_end` ends is kept for aligning.
    fn write_line(&mut self, last: usize, depth: usize, how: LineKind) {
        let Some(group) = self.pieces.get(self.next..=last) else {
            self.fail(self.text.len());
            return;
        };
        self.flush_pending(depth);
        let start = group.first().map_or(0, |p| p.span.start());
        if how.blank && self.blank_before(start) {
            self.lines.blank();
        }
        let lines = if how.continues {
            continuation::lines(self.text, group)
        } else {
            std::iter::once(0..group.len()).collect()
        };
        let count = lines.len();
        for (n, range) in lines.into_iter().enumerate() {
            if group[range.clone()].iter().all(Piece::is_comment) {
                self.comments_between_lines(group, range, depth + 1);
                continue;
            }
            let line = self.compose(&group[range], how.milestone_end.filter(|_| n == 0));
            let at = if n == 0 { depth } else { depth + 1 };
            self.push(at, line.text, line.milestone_at, line.ends_in_line_comment);
            if n + 1 < count {
                // Between two lines of the field: as deep as its continuation lines.
                for piece in line.after {
                    let text = comment_text(piece.text(self.text));
                    self.push(depth + 1, text, None, piece.kind == Kind::LineComment);
                }
            } else {
                self.pending = line.after;
            }
        }
        self.written_to = self.written_to.max(self.pieces[last].span.end());
        self.next = last + 1;
    }

    /// The comments `group[range]`, which stand on lines of their own between two lines of a
    /// field, at `depth`: each on a line of its own, but after the comment it shares its line
    /// with.
    fn comments_between_lines(&mut self, group: &[Piece], range: Range<usize>, depth: usize) {
        for k in range {
            let piece = &group[k];
            let text = comment_text(piece.text(self.text));
            let line_comment = piece.kind == Kind::LineComment;
            match self.lines.last_text() {
                Some(line) if !continuation::breaks_before(self.text, group, k) => {
                    line.push(' ');
                    line.push_str(&text);
                    self.ends_in_line_comment = line_comment;
                }
                _ => self.push(depth, text, None, line_comment),
            }
        }
    }

    /// The text of one line made of `pieces`, spaced: a `/* */` comment among them stays
    /// between the same words; the first `//` comment goes to the end of the line, and any
    /// comment after it is left for lines of its own after it.
    fn compose(&self, pieces: &'a [Piece], milestone_end: Option<usize>) -> Composed<'a> {
        let mut text = String::new();
        let mut line_comment: Option<&Piece> = None;
        let mut after: Vec<&'a Piece> = Vec::new();
        let mut previous: Option<&Piece> = None;
        let mut milestone_at = None;
        for piece in pieces {
            match piece.kind {
                Kind::LineComment if line_comment.is_none() => line_comment = Some(piece),
                Kind::LineComment | Kind::BlockComment if line_comment.is_some() => {
                    after.push(piece)
                }
                _ => {
                    if previous.is_some_and(|p| spaced(self.text, p, piece)) {
                        text.push(' ');
                    }
                    if piece.is_comment() {
                        text.push_str(&comment_text(piece.text(self.text)));
                    } else {
                        text.push_str(piece.text(self.text));
                        if milestone_end == Some(piece.span.end()) {
                            milestone_at = Some(text.len());
                        }
                    }
                    previous = Some(piece);
                }
            }
        }
        if let Some(comment) = line_comment {
            text.push(' ');
            text.push_str(&comment_text(comment.text(self.text)));
        }
        Composed {
            text,
            milestone_at,
            ends_in_line_comment: line_comment.is_some(),
            after,
        }
    }

    fn finish(mut self) -> Result<String, usize> {
        while let Some(piece) = self.pieces.get(self.next) {
            if !piece.is_comment() {
                // A word the tree does not hold.
                self.fail(piece.span.start());
                break;
            }
            self.comment_between(piece, 0);
            self.next += 1;
        }
        self.flush_pending(0);
        match self.error {
            Some(at) => Err(at),
            None => Ok(self.lines.finish()),
        }
    }
}

/// Whether a space separates two pieces on a line: always, but before `,`, around `..`
/// between numbers or years (`2021..2030`, `0..`), and inside an empty block's `{}`.
fn spaced(text: &str, before: &Piece, after: &Piece) -> bool {
    let punctuation = |p: &Piece, sign: &str| p.kind == Kind::Punctuation && p.text(text) == sign;
    let numeric = |p: &Piece| matches!(p.kind, Kind::Word(Rule::number | Rule::year));
    !(punctuation(after, ",")
        || (punctuation(before, "..") && numeric(after))
        || (punctuation(after, "..") && numeric(before))
        || (punctuation(before, "{") && punctuation(after, "}")))
}

impl Layout for Reflow<'_> {
    fn line(&mut self, end: usize, words: Words) {
        if self.error.is_some() {
            return;
        }
        self.comments_before_token(self.depth);
        let Some(last) = self.last_token_before(end) else {
            self.fail(end);
            return;
        };
        let how = LineKind {
            blank: true,
            continues: true,
            milestone_end: words.milestone_end.map(|m| m.in_source),
        };
        self.write_line(last, self.depth, how);
    }

    fn open(&mut self, _: Words, head_end: usize, _: Span, empty: bool) {
        if self.error.is_some() {
            return;
        }
        self.comments_before_token(self.depth);
        let brace = self
            .last_token_before(head_end)
            .and_then(|title| {
                (title + 1..self.pieces.len()).find(|&i| !self.pieces[i].is_comment())
            })
            .filter(|&i| self.is(i, "{"));
        let Some(brace) = brace else {
            self.fail(head_end);
            return;
        };
        let whole = empty && self.is(brace + 1, "}");
        let last = if whole { brace + 1 } else { brace };
        self.write_line(last, self.depth, LineKind::whole(true));
        self.closed.push(whole);
        if !whole {
            self.depth += 1;
            self.after_open = true;
        }
    }

    fn close(&mut self, block: Span) {
        if self.error.is_some() || self.closed.pop().unwrap_or(true) {
            return;
        }
        self.comments_before_token(self.depth);
        if !self.is(self.next, "}") {
            self.fail(block.end());
            return;
        }
        self.flush_pending(self.depth);
        self.depth = self.depth.saturating_sub(1);
        self.write_line(self.next, self.depth, LineKind::whole(false));
    }
}
