//! `plan lsp`: the language server on standard input and output, for an editor to start
//! (docs/cli.md, "plan lsp"). It speaks the language chosen for the command until the editor
//! chooses one (`initializationOptions`, its own locale).

use super::lang::lang;

#[derive(clap::Args)]
pub struct Args {
    // Editors' language clients pass `--stdio` to say which transport they expect; it is
    // the only one, so the flag changes nothing.
    #[arg(long)]
    pub stdio: bool,
}

pub fn run(args: Args) -> u8 {
    let Args { stdio: _ } = args;
    planlang::lsp::serve_stdio(lang())
}
