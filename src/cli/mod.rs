//! Command-line parsing and dispatch. Exit codes: 0 clean, 1 problems found, 2 usage or I/O.

mod amendments;
mod cascade;
mod chart;
mod check;
mod completions;
mod data;
mod eval;
mod evaluated;
mod file;
mod fmt;
mod help;
mod history;
mod lang;
mod lsp;
mod man;
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
#[command(name = "plan", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    #[arg(long, global = true, value_name = "vi|en")]
    lang: Option<String>,
}

// What each subcommand and argument is for, as `--help` says it, is in the catalogues
// (`cli-*` in src/i18n/{en,vi}/interface.ftl), in every language: `help::localized` sets it.
// A subcommand or argument without its message stops a debug build (the help tests).
#[derive(Subcommand)]
enum Command {
    Check {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        #[arg(long, value_parser = formats(Output::Diagnostics), default_value_t = Output::Diagnostics.default_format())]
        format: Format,
        #[arg(long)]
        deny_warnings: bool,
    },
    Fmt(fmt::Args),
    Eval(eval::Args),
    Cascade {
        parent: PathBuf,
        #[arg(required = true)]
        children: Vec<PathBuf>,
        #[arg(long, value_parser = formats(Output::Cascade), default_value_t = Output::Cascade.default_format())]
        format: Format,
    },
    Query(query::Args),
    Repl(repl::Args),
    Show(show::Args),
    History(history::Args),
    New(new::Args),
    Template(template::Args),
    Chart(chart::Args),
    Report(report::Args),
    Completions(completions::Args),
    Man(man::Args),
    Lsp(lsp::Args),
}

#[derive(Copy, Clone, ValueEnum)]
pub enum EvalGroup {
    Objective,
    Owner,
}

/// Which rows `plan eval --format csv` writes.
#[derive(Copy, Clone, Debug, clap::ValueEnum)]
pub enum EvalRows {
    Targets,
    Reporting,
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

/// The `plan` command with its help in the language chosen: what says the help, the version
/// and a refusal of the command line, and what the completion scripts and manual pages are
/// written from.
fn localized_command() -> clap::Command {
    help::localized(lang::lang(), Cli::command())
}

pub fn run() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let lang = match lang::choose(&args) {
        Ok(lang) => lang,
        Err(e) => {
            write::errln!("error: {e}");
            return ExitCode::from(write::finish(EXIT_USAGE));
        }
    };
    let args = help::help_subcommand(args);
    // Parsing needs no words: the command is put in the language (every help text looked up
    // in the catalogue, about 2 ms) only when clap has something to say: help, the version,
    // or a refusal, which the localized command words in the language.
    let parsed = Cli::command()
        .try_get_matches_from(&args)
        .or_else(|_| localized_command().try_get_matches_from(&args))
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
        Command::Fmt(args) => fmt::run(args),
        Command::Template(args) => template::run(args),
        Command::Chart(args) => chart::run(args),
        Command::Report(args) => report::run(args),
        Command::Completions(args) => completions::run(args),
        Command::Man(args) => man::run(args),
        Command::Lsp(args) => lsp::run(args),
    };
    ExitCode::from(write::finish(code))
}
