//! The rustyline helper: completion from the session, hints from history, and highlighting
//! of texts in quotes and of the bracket matching the one at the cursor.

use planlang::repl::complete::Completion;
use planlang::repl::Session;
use rustyline::completion::{Completer, FilenameCompleter, Pair};
use rustyline::highlight::{CmdKind, Highlighter};
use rustyline::hint::{Hinter, HistoryHinter};
use rustyline::validate::Validator;
use rustyline::{Context, Helper};
use std::borrow::Cow;
use std::cell::RefCell;
use std::rc::Rc;

pub struct ReplHelper {
    session: Rc<RefCell<Session>>,
    files: FilenameCompleter,
    hints: HistoryHinter,
    color: bool,
}

impl ReplHelper {
    pub fn new(session: Rc<RefCell<Session>>, color: bool) -> ReplHelper {
        ReplHelper {
            session,
            files: FilenameCompleter::new(),
            hints: HistoryHinter::new(),
            color,
        }
    }
}

impl Helper for ReplHelper {}

// Multi-line input is decided in the loop (with a continuation prompt), not by rustyline.
impl Validator for ReplHelper {}

impl Completer for ReplHelper {
    type Candidate = Pair;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        let completion = match self.session.try_borrow() {
            Ok(session) => session.complete(line, pos),
            Err(_) => return Ok((pos, Vec::new())),
        };
        match completion {
            Completion::Path => self.files.complete(line, pos, ctx),
            Completion::Words(start, words) => Ok((
                start,
                words
                    .into_iter()
                    .map(|w| Pair {
                        display: w.clone(),
                        replacement: w,
                    })
                    .collect(),
            )),
        }
    }
}

impl Hinter for ReplHelper {
    type Hint = String;

    fn hint(&self, line: &str, pos: usize, ctx: &Context<'_>) -> Option<String> {
        self.hints.hint(line, pos, ctx)
    }
}

const STRING: &str = "\x1b[32m";
const MATCH: &str = "\x1b[1;34m";
const UNMATCHED: &str = "\x1b[1;31m";
const DIM: &str = "\x1b[2m";
const RESET: &str = "\x1b[0m";

/// For each byte offset of a bracket outside quotes, the offset of its partner (`None` when
/// it has none); and the byte ranges of quoted texts.
struct Marks {
    brackets: Vec<(usize, Option<usize>)>,
    strings: Vec<(usize, usize)>,
}

fn marks(line: &str) -> Marks {
    let mut brackets: Vec<(usize, Option<usize>)> = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    let mut strings = Vec::new();
    let mut string_start: Option<usize> = None;
    let mut escaped = false;
    for (i, c) in line.char_indices() {
        match (string_start, c) {
            (Some(_), _) if escaped => escaped = false,
            (Some(_), '\\') => escaped = true,
            (Some(s), '"') => {
                strings.push((s, i + 1));
                string_start = None;
            }
            (Some(_), _) => {}
            (None, '"') => string_start = Some(i),
            (None, '(') => {
                open.push(brackets.len());
                brackets.push((i, None));
            }
            (None, ')') => match open.pop() {
                Some(k) => {
                    let start = brackets[k].0;
                    brackets[k].1 = Some(i);
                    brackets.push((i, Some(start)));
                }
                None => brackets.push((i, None)),
            },
            _ => {}
        }
    }
    if let Some(s) = string_start {
        strings.push((s, line.len()));
    }
    Marks { brackets, strings }
}

impl Highlighter for ReplHelper {
    fn highlight<'l>(&self, line: &'l str, pos: usize) -> Cow<'l, str> {
        if !self.color || line.is_empty() {
            return Cow::Borrowed(line);
        }
        let m = marks(line);
        // The bracket at the cursor (or just before it) and its partner are shown together.
        let at = |p: usize| m.brackets.iter().find(|(b, _)| *b == p);
        let current = at(pos).or_else(|| pos.checked_sub(1).and_then(at));
        let mut out = String::with_capacity(line.len() + 32);
        for (i, c) in line.char_indices() {
            let in_string = m.strings.iter().any(|(s, e)| i >= *s && i < *e);
            let bracket = m.brackets.iter().find(|(b, _)| *b == i);
            let style = match bracket {
                Some((_, None)) => Some(UNMATCHED),
                Some((b, Some(partner)))
                    if current.is_some_and(|(cb, cp)| cb == b || *cp == Some(*b))
                        || current.is_some_and(|(cb, _)| cb == partner) =>
                {
                    Some(MATCH)
                }
                _ if in_string => Some(STRING),
                _ => None,
            };
            match style {
                Some(s) => {
                    out.push_str(s);
                    out.push(c);
                    out.push_str(RESET);
                }
                None => out.push(c),
            }
        }
        Cow::Owned(out)
    }

    fn highlight_hint<'h>(&self, hint: &'h str) -> Cow<'h, str> {
        if self.color {
            Cow::Owned(format!("{DIM}{hint}{RESET}"))
        } else {
            Cow::Borrowed(hint)
        }
    }

    fn highlight_char(&self, line: &str, _pos: usize, kind: CmdKind) -> bool {
        // Redraw on every key and cursor move: quotes and brackets change as one types.
        self.color && kind != CmdKind::ForcedRefresh && line.contains(['"', '(', ')'])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brackets_pair_and_strings_are_found() {
        let m = marks(r#"a (b "c)" (d)) )"#);
        assert_eq!(m.strings, vec![(5, 9)]);
        assert_eq!(
            m.brackets,
            vec![
                (2, Some(13)),
                (10, Some(12)),
                (12, Some(10)),
                (13, Some(2)),
                (15, None)
            ]
        );
        assert_eq!(marks("\"open").strings, vec![(0, 5)]);
    }
}
