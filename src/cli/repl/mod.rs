//! `plan repl [PLAN] [DATA...]`: a thin rustyline loop over a [`Session`]. History is kept
//! per user, completion and highlighting come from the helper, and an unfinished query
//! (as the query parser decides) continues on the next line.

mod helper;

use super::output::{as_of, use_color, width};
use super::write::{self, errln, outln};
use super::{QueryFormat, EXIT_OK, EXIT_USAGE};
use helper::ReplHelper;
use planlang::repl::{ErrorStyle, Options, Session};
use rustyline::error::ReadlineError;
use rustyline::history::DefaultHistory;
use rustyline::{Config, Editor};
use std::cell::RefCell;
use std::path::PathBuf;
use std::rc::Rc;

#[derive(clap::Args)]
pub struct Args {
    /// The plan file to load (`:load PLAN` loads one later).
    pub plan: Option<PathBuf>,
    /// Data files: CSV (observations or submissions), or JSON.
    pub data: Vec<PathBuf>,
    /// Where to keep the history (default: planlang/history in the user's data directory).
    #[arg(long, value_name = "FILE")]
    pub history_file: Option<PathBuf>,
    #[arg(long, value_enum, default_value_t = QueryFormat::Table)]
    pub format: QueryFormat,
    /// The date of the evaluation, YYYY-MM-DD (default: today).
    #[arg(long)]
    pub as_of: Option<String>,
}

const PROMPT: &str = "plan> ";
const CONTINUATION: &str = "  ...> ";

/// The history file: the one asked for, else planlang/history in the platform's data
/// directory (~/.local/share on Linux, Application Support on macOS, AppData on Windows).
fn history_path(asked: Option<PathBuf>) -> Option<PathBuf> {
    asked.or_else(|| dirs::data_dir().map(|d| d.join("planlang").join("history")))
}

pub fn run(args: Args) -> u8 {
    let as_of = match as_of(args.as_of.as_deref()) {
        Ok(d) => d,
        Err(status) => return status,
    };
    let color = use_color();
    let mut session = Session::new(Options {
        as_of,
        format: args.format.into(),
        errors: ErrorStyle::Human {
            color,
            width: width(),
        },
    });
    // A file that fails to load is reported and the REPL starts anyway: `:load` can fix it.
    if let Some(plan) = &args.plan {
        let reply = session.load_plan(plan);
        if reply.failed {
            write::reply(&reply);
        }
        if !args.data.is_empty() {
            // The banner says what loaded; only a failure or rejected rows need a word here.
            let reply = session.add_data(&args.data);
            if reply.failed || reply.err.contains("(`:errors`") {
                write::reply(&reply);
            }
        }
    }
    let session = Rc::new(RefCell::new(session));
    let config = Config::builder()
        .auto_add_history(false)
        .history_ignore_dups(true)
        .and_then(|b| b.max_history_size(1000))
        .map(|b| b.completion_type(rustyline::CompletionType::List).build());
    let editor = config.and_then(Editor::<ReplHelper, DefaultHistory>::with_config);
    let mut editor = match editor {
        Ok(e) => e,
        Err(e) => {
            errln!("error: cannot start the line editor: {e}");
            return EXIT_USAGE;
        }
    };
    editor.set_helper(Some(ReplHelper::new(Rc::clone(&session), color)));
    let history = history_path(args.history_file);
    if let Some(path) = &history {
        if let Some(dir) = path.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        // A first run has no history yet: not an error.
        let _ = editor.load_history(path);
    }
    outln!(
        "planlang {} — ask questions about a plan and its data.\n{}Type :help for help, :help examples for queries to try, :quit or Ctrl-D to leave.",
        env!("CARGO_PKG_VERSION"),
        session.borrow().summary()
    );
    let mut entry = String::new();
    // A failed write (a full disk, a closed pipe) ends the session: answers nobody can read
    // are not worth computing, and `cli::run` turns the failure into the exit status.
    while !write::has_failed() {
        let prompt = if entry.is_empty() {
            PROMPT
        } else {
            CONTINUATION
        };
        match editor.readline(prompt) {
            Ok(line) => {
                if !entry.is_empty() {
                    entry.push('\n');
                }
                entry.push_str(&line);
                if !session.borrow().is_complete(&entry) {
                    continue;
                }
                let text = std::mem::take(&mut entry);
                if text.trim().is_empty() {
                    continue;
                }
                // One history entry per query, its lines joined: recalled whole with ↑.
                let _ = editor.add_history_entry(
                    text.split('\n')
                        .map(str::trim)
                        .collect::<Vec<_>>()
                        .join(" "),
                );
                if let Some(path) = &history {
                    if let Err(e) = editor.save_history(path) {
                        errln!(
                            "warning: cannot save the history to {}: {e}",
                            path.display()
                        );
                    }
                }
                let reply = session.borrow_mut().run_line(&text);
                write::reply(&reply);
                if reply.quit {
                    break;
                }
            }
            // Ctrl-C drops the line being typed (and an unfinished query), like a shell.
            Err(ReadlineError::Interrupted) => {
                if !entry.is_empty() {
                    outln!("(query cancelled)");
                }
                entry.clear();
            }
            Err(ReadlineError::Eof) => break,
            Err(e) => {
                errln!("error: cannot read the input: {e}");
                return EXIT_USAGE;
            }
        }
    }
    EXIT_OK
}
