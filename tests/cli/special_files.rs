//! Plan files that are not regular files: a device, a FIFO, a folder. Reading one used to
//! never end (`plan check /dev/zero` read zeros until memory ran out; a FIFO waited for a
//! writer forever). Each is now refused with a sentence saying what it is, from the command
//! line, from an import and from the REPL's `:load`.

use crate::common;

use common::run_within;
use planlang::repl::Session;
use std::path::{Path, PathBuf};

/// Long enough for a slow machine, short next to "never".
const DEADLINE: u64 = 60;

fn fifo(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    let c = std::ffi::CString::new(path.to_str().expect("UTF-8 path")).expect("no NUL");
    // SAFETY: mkfifo(3) with a NUL-terminated path that lives through the call.
    let made = unsafe { libc::mkfifo(c.as_ptr(), 0o600) };
    assert_eq!(made, 0, "mkfifo {}", path.display());
    path
}

#[test]
fn a_device_is_refused_by_check() {
    let run = run_within(".", &["check", "/dev/zero"], DEADLINE);
    assert_eq!(run.code, Some(2), "{run:?}");
    assert_eq!(
        run.stderr,
        "error: cannot read `/dev/zero`: it is a character device, not a regular file: \
         give the path of a plan file saved on disk\n",
        "{run:?}"
    );
}

#[test]
fn a_fifo_and_a_folder_are_refused_by_check() {
    let dir = tempfile::tempdir().expect("tempdir");
    fifo(dir.path(), "pipe.plan");
    std::fs::create_dir(dir.path().join("folder.plan")).expect("mkdir");
    let run = run_within(dir.path(), &["check", "pipe.plan", "folder.plan"], DEADLINE);
    run.assert_exit_says(
        2,
        "cannot read `pipe.plan`: it is a FIFO (named pipe), not a regular file",
    );
    assert!(
        run.stderr
            .contains("cannot read `folder.plan`: it is a folder, not a regular file"),
        "{run:?}"
    );
}

#[test]
fn an_import_of_a_device_or_fifo_is_an_error_at_its_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    fifo(dir.path(), "pipe.plan");
    std::fs::write(
        dir.path().join("main.plan"),
        "import \"pipe.plan\" as pipe\nimport \"/dev/zero\" as zero\nagency a \"A\"\n",
    )
    .expect("write");
    let run = run_within(
        dir.path(),
        &["check", "--format", "short", "main.plan"],
        DEADLINE,
    );
    assert_eq!(run.code, Some(1), "{run:?}");
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(
        lines[..2],
        [
            "main.plan:1:8: error[plan::import_missing]: cannot import `pipe.plan`: it is a FIFO \
             (named pipe), not a regular file: give the path of a plan file saved on disk",
            "main.plan:2:8: error[plan::import_missing]: cannot import `/dev/zero`: it is a \
             character device, not a regular file: give the path of a plan file saved on disk",
        ],
        "{run:?}"
    );
}

#[test]
fn the_repl_refuses_to_load_a_fifo_and_keeps_going() {
    let dir = tempfile::tempdir().expect("tempdir");
    let pipe = fifo(dir.path(), "pipe.plan");
    let line = format!(":load {}", pipe.display());
    let (send, receive) = std::sync::mpsc::channel();
    // On a thread, so that a regression fails this test instead of hanging the run.
    std::thread::spawn(move || {
        let mut session = Session::new(common::repl::options());
        let reply = session.run_line(&line);
        let _ = send.send((reply.failed, reply.err));
    });
    let (failed, err) = receive
        .recv_timeout(std::time::Duration::from_secs(DEADLINE))
        .expect("`:load` of a FIFO returns");
    assert!(failed);
    assert!(
        err.contains("it is a FIFO (named pipe), not a regular file"),
        "{err}"
    );
}
