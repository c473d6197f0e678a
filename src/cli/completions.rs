//! `plan completions SHELL`: the script that teaches a shell the `plan` command (its
//! subcommands, options and their values), printed on standard output to be installed once.
//! It is written from the same command as `--help`, so it offers what the parser accepts, and
//! the shells that show descriptions (zsh, fish, PowerShell) show the catalogue's, in the
//! language chosen.

use super::write::out_then;
use super::EXIT_OK;
use clap_complete::Shell;

#[derive(clap::Args)]
pub struct Args {
    pub shell: Shell,
}

pub fn run(args: Args) -> u8 {
    let mut plan = super::localized_command();
    let name = plan.get_name().to_string();
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut plan, name, &mut script);
    out_then(&String::from_utf8_lossy(&script), EXIT_OK)
}
