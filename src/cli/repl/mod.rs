//! `plan repl [PLAN] [DATA...]`: a thin rustyline loop over a [`Session`]. History is kept
//! per user, completion and highlighting come from the helper, and an unfinished query
//! (as the query parser decides) continues on the next line.

mod helper;
mod history;
mod input;

use super::output::{skip_line, use_color};
use super::write::{self, errln, outln};
use super::{EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE};
use helper::ReplHelper;
use input::{Input, Next};
use planlang::repl::{Entry, Session};
use rustyline::history::DefaultHistory;
use rustyline::{Config, Editor};
use std::cell::RefCell;
use std::path::PathBuf;
use std::rc::Rc;

#[derive(clap::Args)]
pub struct Args {
    pub plan: Option<PathBuf>,
    pub data: Vec<PathBuf>,
    #[arg(long, value_name = "FILE")]
    pub history_file: Option<PathBuf>,
    #[command(flatten)]
    pub session: super::query::SessionArgs,
}

const PROMPT: &str = "plan> ";
const CONTINUATION: &str = "  ...> ";

pub fn run(args: Args) -> u8 {
    let color = use_color();
    let options = match args.session.options(color) {
        Ok(options) => options,
        Err(status) => return status,
    };
    let history = history::path(args.history_file);
    if let Some(path) = &history {
        if let Err(why) = history::check(path, args.plan.as_deref(), &args.data) {
            errln!("{}", super::say::error_line(why));
            return EXIT_USAGE;
        }
    }
    let mut session = Session::new(options);
    // A plan that fails to load is reported and the REPL starts anyway: `:load` can fix it.
    // A data file that cannot be used at all ends it (exit 2), as in `plan eval` and
    // `plan query`: answers without one of the files asked for are not what was asked.
    if let Some(plan) = &args.plan {
        let reply = session.load_plan(plan);
        if reply.failed {
            write::reply(&reply);
        }
        if !args.data.is_empty() && !reply.failed {
            // The banner says what loaded; only a failure or rejected rows need a word here.
            let reply = session.add_data(&args.data);
            if reply.failed {
                write::reply(&reply);
                return EXIT_USAGE;
            }
            if reply.err.contains("(`:errors`") {
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
            super::say::error!("cmd-no-line-editor", "why" => e.to_string());
            return EXIT_USAGE;
        }
    };
    editor.set_helper(Some(ReplHelper::new(Rc::clone(&session), color)));
    if let Some(path) = &history {
        if let Some(dir) = path.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        write::err(&history::load(&mut editor, path));
    }
    let lang = super::lang::lang();
    let version = [("version", env!("CARGO_PKG_VERSION").into())];
    outln!(
        "{}\n{}{}",
        lang.text_with("repl-banner", &version),
        session.borrow().summary(),
        lang.text("repl-banner-end")
    );
    let mut input = Input::from_stdin();
    let mut entry = Entry::default();
    // Whether some input was not run: a line that is not text, a query the input ends in.
    let mut damaged = false;
    // A failed write (a full disk, a closed pipe) ends the session: answers nobody can read
    // are not worth computing, and `cli::run` turns the failure into the exit status.
    while !write::has_failed() {
        let prompt = if entry.is_empty() {
            PROMPT
        } else {
            CONTINUATION
        };
        match input.next(&mut editor, prompt) {
            Next::Line(line) => {
                entry.push_line(&line);
                if !entry.is_complete() {
                    continue;
                }
                let text = entry.take();
                if text.trim().is_empty() {
                    continue;
                }
                remember(&mut editor, history.as_deref(), &text);
                let reply = session.borrow_mut().run_line(&text);
                write::reply(&reply);
                if reply.quit {
                    break;
                }
            }
            Next::NotText(bad) => {
                skip_line(&bad);
                damaged = true;
            }
            // Ctrl-C drops the line being typed (and an unfinished query), like a shell.
            Next::Cancelled => {
                if !entry.is_empty() {
                    outln!("{}", lang.text("repl-cancelled"));
                }
                entry.take();
            }
            Next::End => {
                // The input ends inside a query (an open text, a trailing `and`): it is run,
                // so its diagnostic says what is missing, rather than dropped unsaid.
                if !entry.is_empty() {
                    let reply = session.borrow_mut().run_line(&entry.take());
                    write::reply(&reply);
                    damaged = true;
                }
                break;
            }
            Next::Failed(e) => {
                super::say::error!("cmd-cannot-read-input", "why" => e.to_string());
                return EXIT_USAGE;
            }
        }
    }
    if damaged {
        EXIT_PROBLEMS
    } else {
        EXIT_OK
    }
}

/// Adds a query to the history, its lines joined (recalled whole with ↑), and saves it.
fn remember(
    editor: &mut Editor<ReplHelper, DefaultHistory>,
    history: Option<&std::path::Path>,
    text: &str,
) {
    let _ = editor.add_history_entry(
        text.split('\n')
            .map(str::trim)
            .collect::<Vec<_>>()
            .join(" "),
    );
    if let Some(path) = history {
        if let Err(e) = editor.save_history(path) {
            let message = super::say::say(
                "cmd-history-unsaved",
                &[
                    ("path", super::say::path(path)),
                    ("why", e.to_string().into()),
                ],
            );
            errln!(
                "{}",
                super::say::say("warning-line", &[("message", message.into())])
            );
        }
    }
}
