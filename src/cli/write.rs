//! The one way the `plan` command writes: every answer on standard output and every message
//! on standard error goes through [`out`] or [`err`] (the `outln!` and `errln!` macros), so a
//! failed write is noticed once, for every subcommand, instead of being lost (`print!`
//! ignores nothing: it panics) or ignored (`let _ = write!`).
//!
//! - A reader that went away (`plan show x | head -1`, a closed pipe) is not an error of
//!   ours: the output stops quietly and the exit status is what the command found.
//! - Any other failure (a full disk, `> /dev/full`) loses answers: the command stops writing,
//!   says so on standard error when it can, and exits 2, whatever it found.
//!
//! [`finish`] turns what happened into the exit status, at the end of `cli::run`.

use std::io::{ErrorKind, Write};
use std::sync::Mutex;

/// Which stream a write went to.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Stream {
    Out,
    Err,
}

/// The first write that failed, and how.
struct Failure {
    stream: Stream,
    kind: ErrorKind,
    message: String,
}

static FAILED: Mutex<Option<Failure>> = Mutex::new(None);

fn failed() -> std::sync::MutexGuard<'static, Option<Failure>> {
    // A poisoned lock only means a thread panicked while holding it; the value is still
    // the first failure.
    FAILED
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Remembers a failed write (the first one counts; later ones follow from it).
pub fn record(stream: Stream, error: &std::io::Error) {
    let mut failed = failed();
    if failed.is_none() {
        *failed = Some(Failure {
            stream,
            kind: error.kind(),
            message: error.to_string(),
        });
    }
}

/// Whether a write has failed: a command that loops (the REPL, queries on standard input)
/// stops rather than compute answers nobody can read.
pub fn has_failed() -> bool {
    failed().is_some()
}

fn write_to(stream: Stream, text: &str) -> bool {
    if text.is_empty() {
        return !has_failed();
    }
    // Standard output is not written after a failure (the answers would have holes); standard
    // error still is, for the message that says why.
    if stream == Stream::Out && has_failed() {
        return false;
    }
    let result = match stream {
        Stream::Out => {
            let mut out = std::io::stdout().lock();
            out.write_all(text.as_bytes()).and_then(|()| out.flush())
        }
        Stream::Err => {
            let mut err = std::io::stderr().lock();
            err.write_all(text.as_bytes()).and_then(|()| err.flush())
        }
    };
    match result {
        Ok(()) => !has_failed(),
        Err(e) => {
            record(stream, &e);
            false
        }
    }
}

/// Writes an answer on standard output; `false` once any write has failed.
pub fn out(text: &str) -> bool {
    write_to(Stream::Out, text)
}

/// Writes a message on standard error; `false` once any write has failed.
pub fn err(text: &str) -> bool {
    write_to(Stream::Err, text)
}

/// Writes a REPL or query reply: its notes and errors, then its answer; `false` once any
/// write has failed.
pub fn reply(reply: &planlang::repl::Reply) -> bool {
    err(&reply.err);
    out(&reply.out)
}

/// Writes a command's whole output and returns its exit status (which [`finish`] may yet
/// change).
pub fn out_then(text: &str, status: u8) -> u8 {
    out(text);
    status
}

/// The exit status after the command's output: its own status, unless a write failed other
/// than by the reader going away; then the failure is said (when standard error still
/// works) and the status is 2.
pub fn finish(status: u8) -> u8 {
    let Some(failure) = failed().take() else {
        return status;
    };
    if failure.kind == ErrorKind::BrokenPipe {
        return status;
    }
    if failure.stream == Stream::Out {
        let mut err = std::io::stderr().lock();
        // Nothing is left to tell if standard error fails too; the status says it.
        let stream = match failure.stream {
            Stream::Out => "out",
            Stream::Err => "err",
        };
        let said = super::say::error_text(
            "cmd-output-failed",
            &[("stream", stream.into()), ("why", failure.message.into())],
        );
        let _ = writeln!(err, "{said}");
    }
    super::EXIT_USAGE
}

/// `println!` through [`out`].
macro_rules! outln {
    ($($arg:tt)*) => {
        $crate::cli::write::out(&format!("{}\n", format_args!($($arg)*)))
    };
}

/// `eprintln!` through [`err`].
macro_rules! errln {
    ($($arg:tt)*) => {
        $crate::cli::write::err(&format!("{}\n", format_args!($($arg)*)))
    };
}

pub(crate) use {errln, outln};
