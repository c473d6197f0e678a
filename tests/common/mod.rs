//! What the command-line tests share: running the real `plan` binary.

use std::path::Path;
use std::process::Command;

/// Runs `plan ARGS` in `dir` without colour; returns the exit code, stdout and stderr.
pub fn plan_in(dir: impl AsRef<Path>, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_plan"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("run plan");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}
