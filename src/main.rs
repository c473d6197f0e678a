//! The `plan` command: a thin client of the planlang library.

// Every write goes through `cli::write`, which notices a failed one: no `print!` may bypass it.
#![deny(clippy::print_stdout, clippy::print_stderr)]

mod cli;

fn main() -> std::process::ExitCode {
    cli::run()
}
