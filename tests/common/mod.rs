//! What the command-line tests share: running the real `plan` binary. Each test file that
//! runs the binary includes this module and uses part of it.

#[allow(dead_code)] // for the tests that write workbooks
pub mod soffice;
#[allow(dead_code)]
pub mod zip_parts;

use std::path::Path;
use std::process::Command;

/// What a run of `plan` gave.
pub struct Run {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl std::fmt::Debug for Run {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "exit {:?}\n--- stdout\n{}\n--- stderr\n{}",
            self.code, self.stdout, self.stderr
        )
    }
}

/// Runs `plan ARGS` in `dir` without colour, 100 columns wide.
pub fn run_in(dir: impl AsRef<Path>, args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_plan"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("COLUMNS", "100")
        .output()
        .expect("run the plan binary");
    Run {
        code: out.status.code(),
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    }
}

/// The same run as exit code (-1 when killed by a signal), stdout and stderr.
#[allow(dead_code)] // not every test file wants the tuple
pub fn plan_in(dir: impl AsRef<Path>, args: &[&str]) -> (i32, String, String) {
    let run = run_in(dir, args);
    (run.code.unwrap_or(-1), run.stdout, run.stderr)
}
