//! What the command-line tests share: running the real `plan` binary. Each test file that
//! runs the binary includes this module and uses part of it; its submodules serve the tests
//! of evaluation and of workbooks.

#[allow(dead_code)] // for the tests in a real browser
pub mod chromium;
#[allow(dead_code)] // for the tests of evaluation
pub mod eval;
#[allow(dead_code)] // for the tests of the language server
pub mod lsp;
#[allow(dead_code)] // for the tests of documents
pub mod pdf;
#[allow(dead_code)] // for the tests of the REPL
pub mod repl;
#[allow(dead_code)] // for the tests that need a program planlang does not ship
pub mod required;
#[allow(dead_code)] // for the mutation tests
pub mod rng;
#[allow(dead_code)] // for the tests that write workbooks
pub mod soffice;
#[allow(dead_code)]
pub mod zip_parts;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// A fresh folder holding one file, `name`, of `contents`; with the file's path. The folder
/// is removed when the first value is dropped.
#[allow(dead_code)] // not every test file writes a file of its own
pub fn folder_with(name: &str, contents: impl AsRef<[u8]>) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join(name);
    std::fs::write(&path, contents).expect("write");
    (dir, path)
}

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

impl Run {
    /// The run exited `code` and said `says` on stderr.
    #[allow(dead_code)] // not every test file looks at stderr
    pub fn assert_exit_says(&self, code: i32, says: &str) {
        assert_eq!(self.code, Some(code), "{self:?}");
        assert!(self.stderr.contains(says), "{self:?}");
    }
}

/// Where a run's standard output goes.
#[allow(dead_code)] // not every test file redirects it
pub enum Stdout {
    /// Captured into [`Run::stdout`].
    Captured,
    /// A pipe whose reader is gone before `plan` writes (`plan ... | head -1`).
    Closed,
    /// A file, such as `/dev/full`.
    File(std::fs::File),
}

/// The `plan` binary, to run without colour, 100 columns wide and in English whatever the
/// machine's locale (a test that wants Vietnamese says `--lang vi` or sets the variables).
pub fn plan_command() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_plan"));
    command
        .env("NO_COLOR", "1")
        .env("COLUMNS", "100")
        .env_remove("PLANLANG_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8");
    command
}

/// Runs `plan ARGS` in `dir` without colour, 100 columns wide.
pub fn run_in(dir: impl AsRef<Path>, args: &[&str]) -> Run {
    run_full(dir, args, None, Stdout::Captured)
}

/// The same run with `input` piped to its standard input (then closed).
#[allow(dead_code)] // only the files that pipe input use it
pub fn run_with_input(dir: impl AsRef<Path>, args: &[&str], input: &[u8]) -> Run {
    run_full(dir, args, Some(input), Stdout::Captured)
}

/// Runs `plan ARGS` in `dir` with `input` (if any) on its standard input and its standard
/// output sent to `stdout` (`Run::stdout` is empty unless captured).
pub fn run_full(dir: impl AsRef<Path>, args: &[&str], input: Option<&[u8]>, stdout: Stdout) -> Run {
    let closed = matches!(stdout, Stdout::Closed);
    let mut child = plan_command()
        .args(args)
        .current_dir(dir)
        .stdin(if input.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(match stdout {
            Stdout::Captured | Stdout::Closed => Stdio::piped(),
            Stdout::File(file) => file.into(),
        })
        .stderr(Stdio::piped())
        .spawn()
        .expect("run the plan binary");
    if closed {
        // Reading the plan takes far longer than dropping the pipe's reader.
        drop(child.stdout.take());
    }
    // Fed from another thread: a large input and a large output would otherwise each wait
    // for the other's pipe to drain.
    let feeder = child.stdin.take().map(|mut stdin| {
        let input = input.unwrap_or_default().to_vec();
        std::thread::spawn(move || {
            // `plan` may stop reading early (a write error ends it): not the test's failure.
            let _ = stdin.write_all(&input);
        })
    });
    let out = child.wait_with_output().expect("wait for plan");
    if let Some(feeder) = feeder {
        feeder.join().expect("the input was fed");
    }
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

/// `plan ARGS` in `dir` exits `code` and says `says` on stderr.
#[allow(dead_code)] // only the tests of refusals use it
pub fn assert_refused(dir: impl AsRef<Path>, args: &[&str], code: i32, says: &str) {
    let (exit, _, err) = plan_in(dir, args);
    assert_eq!(exit, code, "{err}");
    assert!(err.contains(says), "{err}");
}

/// `plan ARGS` in `dir`, as [`run_in`], killed if it has not finished after `seconds`: a
/// test of something that used to hang fails instead of hanging the test run.
#[allow(dead_code)] // only the tests of limits use it
pub fn run_within(dir: impl AsRef<Path>, args: &[&str], seconds: u64) -> Run {
    use std::process::Stdio;
    let child = plan_command()
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run the plan binary");
    let pid = child.id();
    let (send, receive) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = send.send(child.wait_with_output());
    });
    match receive.recv_timeout(std::time::Duration::from_secs(seconds)) {
        Ok(out) => {
            let out = out.expect("wait for the plan binary");
            Run {
                code: out.status.code(),
                stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
                stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
            }
        }
        Err(_) => {
            // The child is ours and still running: end it, so it does not outlive the test.
            let pid = i32::try_from(pid).expect("a process id fits in i32");
            // SAFETY: kill(2) with a process id this test started; no memory is shared.
            unsafe { libc::kill(pid, libc::SIGKILL) };
            panic!(
                "`plan {}` did not finish within {seconds} s",
                args.join(" ")
            );
        }
    }
}
