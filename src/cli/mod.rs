//! Command-line parsing and dispatch. Exit codes: 0 clean, 1 problems found, 2 usage or I/O.

mod amendments;
mod cascade;
mod chart;
mod check;
mod data;
mod eval;
mod evaluated;
mod file;
mod help;
mod history;
mod lang;
mod new;
mod output;
mod progress;
mod query;
mod repl;
mod report;
mod say;
mod show;
mod template;
mod usage_error;
pub mod write;

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use planlang::render::format::{Format, Output};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "plan",
    version,
    about = "Write public action plans as text, check them, track them."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// The language to speak in: `vi` (tiếng Việt) or `en` (default: PLANLANG_LANG, else the
    /// locale, LC_ALL, LC_MESSAGES or LANG, vi_* for Vietnamese, else English).
    #[arg(long, global = true, value_name = "vi|en")]
    lang: Option<String>,
}

#[derive(Subcommand)]
enum Command {
    /// Check plan files and report every problem found.
    Check {
        /// Plan files to check.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// How to print diagnostics.
        #[arg(long, value_parser = formats(Output::Diagnostics), default_value_t = Output::Diagnostics.default_format())]
        format: Format,
        /// Fail (exit 1) on warnings too.
        #[arg(long)]
        deny_warnings: bool,
    },
    /// Evaluate observed data against a plan: a status for every target, and reporting
    /// compliance.
    Eval(eval::Args),
    /// Print how plans that implement a parent plan take up its indicators: adopted,
    /// adapted (with their values and reason), waived or missing.
    Cascade {
        /// The parent plan (the national program, a province's plan).
        parent: PathBuf,
        /// Plans that implement it (`implements NAME` on an import of PARENT).
        #[arg(required = true)]
        children: Vec<PathBuf>,
        #[arg(long, value_parser = formats(Output::Cascade), default_value_t = Output::Cascade.default_format())]
        format: Format,
    },
    /// Run queries on a plan and its data: `-e QUERY` (repeatable) or one a line on
    /// standard input. Exit 1 if a query failed.
    Query(query::Args),
    /// Ask questions interactively: history, completion, `:help`.
    Repl(repl::Args),
    /// Print the resolved model of a plan (as amended on a date, with --amendment).
    Show(show::Args),
    /// List the versions of an indicator's targets and owners: the plan's, then each
    /// amendment's, with the documents behind them.
    History(history::Args),
    /// Write a new plan that implements PARENT: every parent indicator taken up, its targets
    /// as starting values, leads and the document's number left to fill in.
    New(new::Args),
    /// Write a data-entry workbook (.xlsx, in Vietnamese) with a row for each indicator an
    /// agency leads (or every indicator) and each period, to fill in and read back with
    /// `plan eval`.
    Template(template::Args),
    /// Write the chart of an indicator or part as an SVG picture: its values, the path from
    /// the baseline to each target, the targets, the projection and the values by group.
    Chart(chart::Args),
    /// Write the evaluation's report as one self-contained HTML page, to read or print on
    /// A4: a summary of statuses, each indicator with its targets, owners and chart, reports
    /// and tasks by agency, and the data's problems.
    Report(report::Args),
}

#[derive(Copy, Clone, ValueEnum)]
pub enum EvalGroup {
    Objective,
    Owner,
}

/// Which rows `plan eval --format csv` writes.
#[derive(Copy, Clone, Debug, clap::ValueEnum)]
pub enum EvalRows {
    /// One row per target (the default).
    Targets,
    /// One row per report owed.
    Reporting,
    /// One row per project or task owed or upcoming, each lead agency's.
    Tasks,
}

/// The `--format` of a command whose result is `output`: the names of the formats the
/// registry (`planlang::render::format`) gives it, each with its help, read into a
/// [`Format`].
pub fn formats(output: Output) -> impl TypedValueParser<Value = Format> {
    let values = output.formats().iter().map(|(format, help)| {
        let value = PossibleValue::new(format.name());
        match help {
            Some(help) => value.help(*help),
            None => value,
        }
    });
    PossibleValuesParser::new(values).try_map(move |name| {
        output
            .parse(&name)
            .ok_or_else(|| format!("`{name}` is not a format of this command"))
    })
}

/// Exit statuses shared by every subcommand.
pub const EXIT_OK: u8 = 0;
pub const EXIT_PROBLEMS: u8 = 1;
pub const EXIT_USAGE: u8 = 2;

pub fn run() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let lang = match lang::choose(&args) {
        Ok(lang) => lang,
        Err(e) => {
            write::errln!("error: {e}");
            return ExitCode::from(write::finish(EXIT_USAGE));
        }
    };
    let parsed = help::localized(lang, Cli::command())
        .try_get_matches_from(help::help_subcommand(args))
        .and_then(|matches| Cli::from_arg_matches(&matches));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => {
            // clap reports --help and --version as "errors" that exit 0.
            let status = if e.use_stderr() { EXIT_USAGE } else { EXIT_OK };
            if let Some(text) = usage_error::render(lang, &e) {
                write::errln!("{}", text.trim_end());
                return ExitCode::from(write::finish(status));
            }
            if let Err(failure) = e.print() {
                let stream = if e.use_stderr() {
                    write::Stream::Err
                } else {
                    write::Stream::Out
                };
                write::record(stream, &failure);
            }
            return ExitCode::from(write::finish(status));
        }
    };
    let code = match cli.command {
        Command::Check {
            files,
            format,
            deny_warnings,
        } => check::run(&files, format, deny_warnings),
        Command::Show(args) => show::run(args),
        Command::History(args) => history::run(args),
        Command::Eval(args) => eval::run(args),
        Command::Cascade {
            parent,
            children,
            format,
        } => cascade::run(&parent, &children, format),
        Command::Query(args) => query::run(args),
        Command::Repl(args) => repl::run(args),
        Command::New(args) => new::run(args),
        Command::Template(args) => template::run(args),
        Command::Chart(args) => chart::run(args),
        Command::Report(args) => report::run(args),
    };
    ExitCode::from(write::finish(code))
}
