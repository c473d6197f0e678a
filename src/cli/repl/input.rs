//! Where the REPL's lines come from: the line editor on a terminal; on a pipe, lines read
//! directly (rustyline reads a pipe with `read_line`, which fails on a line that is not UTF-8
//! and so ends the session), so that such a line is reported and skipped, and the session
//! goes on with the next.

use super::helper::ReplHelper;
use planlang::repl::{Lines, NotUtf8};
use rustyline::error::ReadlineError;
use rustyline::history::DefaultHistory;
use rustyline::Editor;
use std::io::{IsTerminal, StdinLock};

/// What the next read gave.
pub enum Next {
    Line(String),
    /// A line that is not UTF-8 text (piped input only).
    NotText(NotUtf8),
    /// Ctrl-C.
    Cancelled,
    /// Ctrl-D, or the end of piped input.
    End,
    /// The input itself failed.
    Failed(String),
}

pub enum Input {
    Terminal,
    Piped(Lines<StdinLock<'static>>),
}

impl Input {
    /// The line editor when standard input is a terminal, else the lines piped in.
    pub fn from_stdin() -> Input {
        let stdin = std::io::stdin();
        if stdin.is_terminal() {
            Input::Terminal
        } else {
            Input::Piped(Lines::new(stdin.lock()))
        }
    }

    /// The next line; on a terminal, the editor shows `prompt` first.
    pub fn next(&mut self, editor: &mut Editor<ReplHelper, DefaultHistory>, prompt: &str) -> Next {
        match self {
            Input::Terminal => match editor.readline(prompt) {
                Ok(line) => Next::Line(line),
                Err(ReadlineError::Interrupted) => Next::Cancelled,
                Err(ReadlineError::Eof) => Next::End,
                Err(e) => Next::Failed(e.to_string()),
            },
            Input::Piped(lines) => match lines.next() {
                None => Next::End,
                Some(Ok((_, Ok(line)))) => Next::Line(line),
                Some(Ok((_, Err(bad)))) => Next::NotText(bad),
                Some(Err(e)) => Next::Failed(e.to_string()),
            },
        }
    }
}
