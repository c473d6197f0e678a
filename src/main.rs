//! The `plan` command: a thin client of the planlang library.

mod cli;

fn main() -> std::process::ExitCode {
    cli::run()
}
