//! `plan completions SHELL`: the script that teaches a shell the `plan` command (its
//! subcommands, options and their values), printed on standard output to be installed once.
//! It is written from the same command as `--help`, so it offers what the parser accepts, and
//! the shells that show descriptions (zsh, fish, PowerShell) show the catalogue's, in the
//! language chosen.

use super::lang::lang;
use super::write::out_then;
use super::EXIT_OK;
use clap::builder::{PossibleValue, PossibleValuesParser};
use clap::Command;
use clap_complete::Shell;
use planlang::i18n::Lang;

#[derive(clap::Args)]
pub struct Args {
    pub shell: Shell,
}

pub fn run(args: Args) -> u8 {
    let mut plan = values_in_language(lang(), super::localized_command());
    let name = plan.get_name().to_string();
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut plan, name, &mut script);
    out_then(&String::from_utf8_lossy(&script), EXIT_OK)
}

/// The command with each possible value's meaning (which zsh, fish and PowerShell show beside
/// it) in `lang`: the catalogue's, where it has one, else none. The parser's own values keep
/// the English meanings the format registry gives them, which `--help` does not show; this
/// command only writes the script, so its values may be plain names.
fn values_in_language(lang: Lang, mut command: Command) -> Command {
    let ids: Vec<clap::Id> = command
        .get_arguments()
        .filter(|arg| !arg.get_possible_values().is_empty())
        .map(|arg| arg.get_id().clone())
        .collect();
    for id in ids {
        command = command.mut_arg(id, |arg| {
            let name = arg.get_id().as_str().to_string();
            let values: Vec<PossibleValue> = arg
                .get_possible_values()
                .into_iter()
                .map(|value| {
                    let worded =
                        PossibleValue::new(value.get_name().to_string()).hide(value.is_hide_set());
                    match super::help::value_meaning(lang, &name, value.get_name()) {
                        Some(meaning) => worded.help(meaning),
                        None => worded,
                    }
                })
                .collect();
            arg.value_parser(PossibleValuesParser::new(values))
        });
    }
    let subcommands: Vec<String> = command
        .get_subcommands()
        .map(|sub| sub.get_name().to_string())
        .collect();
    for name in subcommands {
        command = command.mut_subcommand(name, |sub| values_in_language(lang, sub));
    }
    command
}
