//! `plan query PLAN [DATA...] -e QUERY...`, or queries on standard input, one a line: the
//! answers on standard output with no prompt and no banner; exit 0, or 1 if a query failed.

use super::output::{as_of, skip_line, use_color_stderr, width};
use super::say::{self, error};
use super::write;
use super::{EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE};
use planlang::render::format::{Format, Output};
use planlang::repl::{ErrorStyle, Lines, Options, Session};
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    pub plan: PathBuf,
    pub data: Vec<PathBuf>,
    #[arg(short = 'e', long = "execute", value_name = "QUERY")]
    pub queries: Vec<String>,
    #[command(flatten)]
    pub session: SessionArgs,
}

/// The options of a session that answers queries: `plan query` and `plan repl`.
#[derive(clap::Args)]
pub struct SessionArgs {
    #[arg(long, value_parser = super::formats(Output::Answer), default_value_t = Output::Answer.default_format())]
    pub format: Format,
    #[arg(long)]
    pub as_of: Option<String>,
    #[command(flatten)]
    pub data_args: super::data::DataArgs,
}

impl SessionArgs {
    /// The session's options, errors in colour or not; or the exit status after saying why
    /// the date is wrong.
    pub fn options(&self, color: bool) -> Result<Options, u8> {
        Ok(Options {
            as_of: as_of(self.as_of.as_deref())?,
            format: self.format,
            errors: ErrorStyle::Human {
                color,
                width: width(),
            },
            data: self.data_args.options(),
            lang: super::lang::lang(),
        })
    }
}

/// A session loaded with the plan and data, or the exit status of the failure (printed).
pub fn open(plan: &std::path::Path, data: &[PathBuf], options: Options) -> Result<Session, u8> {
    let mut session = Session::new(options);
    let reply = session.load_plan(plan);
    if reply.failed {
        write::err(&reply.err);
        return Err(if plan.is_file() {
            EXIT_PROBLEMS
        } else {
            EXIT_USAGE
        });
    }
    if !data.is_empty() {
        let reply = session.add_data(data);
        if reply.failed {
            write::err(&reply.err);
            return Err(EXIT_USAGE);
        }
        // Rejected rows are worth a word even without a banner.
        if reply.err.contains("(`:errors`") {
            write::err(&reply.err);
        }
    }
    Ok(session)
}

pub fn run(args: Args) -> u8 {
    let options = match args.session.options(use_color_stderr()) {
        Ok(options) => options,
        Err(status) => return status,
    };
    let mut session = match open(&args.plan, &args.data, options) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let mut failed = false;
    // Runs a line and writes its reply; whether to go on.
    let step = |session: &mut Session, line: &str, name: &str, failed: &mut bool| -> bool {
        let reply = session.run(line, name);
        *failed |= reply.failed;
        write::reply(&reply) && !reply.quit
    };
    if args.queries.is_empty() {
        for read in Lines::new(std::io::stdin().lock()) {
            let (n, line) = match read {
                Ok(read) => read,
                Err(e) => {
                    error!("cmd-cannot-read-input", "why" => e.to_string());
                    return EXIT_USAGE;
                }
            };
            // A line that is not text is not run, and the ones after it still are.
            let line = match line {
                Ok(line) => line,
                Err(bad) => {
                    skip_line(&bad);
                    failed = true;
                    continue;
                }
            };
            if line.trim_start().starts_with('#') {
                continue;
            }
            if !step(
                &mut session,
                &line,
                &say::say("cmd-query-line", &[("line", n.into())]),
                &mut failed,
            ) {
                break;
            }
        }
    } else {
        for (n, q) in args.queries.iter().enumerate() {
            if !step(&mut session, q, &format!("-e {}", n + 1), &mut failed) {
                break;
            }
        }
    }
    if failed {
        EXIT_PROBLEMS
    } else {
        EXIT_OK
    }
}
