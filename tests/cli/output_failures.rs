//! Writing the output fails, for every subcommand that prints, through the real binary: a
//! full disk (`> /dev/full`) is exit 2 with a message, never answers lost with exit 0; a
//! reader that went away (`| head -1`) ends the output quietly with the command's own status;
//! neither is ever a panic.

use crate::common;

use common::{run_full, Run, Stdout};

const SON_LA: &str = "plans/son-la-children-2021-2030.plan";
const DISTRICT: &str = "plans/districts/moc-chau-children-2021-2030.plan";
const SAMPLE: &str = "plans/data/son-la-sample.csv";

/// Each subcommand that prints, with what it reads on standard input.
const COMMANDS: &[(&[&str], &str)] = &[
    (&["check", SON_LA], ""),
    (&["check", "--format", "json", SON_LA], ""),
    (&["show", SON_LA], ""),
    (&["show", SON_LA, "--format", "json"], ""),
    (&["eval", SON_LA, SAMPLE, "--as-of", "2025-06-30"], ""),
    (&["query", SON_LA, "-e", "indicators", "-e", "agencies"], ""),
    (&["query", SON_LA], "indicators\nagencies\n"),
    (&["history", "3", SON_LA], ""),
    (&["cascade", SON_LA, DISTRICT], ""),
    (
        &[
            "new",
            "--implements",
            SON_LA,
            "--area",
            "Huyện X",
            "-o",
            "-",
        ],
        "",
    ),
    (&["repl", SON_LA], "indicators\nagencies\n"),
    (&["--help"], ""),
];

/// Runs a command with a history file of its own (for the REPL) and stdout sent to `stdout`.
fn run(args: &[&str], input: &str, stdout: Stdout) -> Run {
    let dir = tempfile::tempdir().expect("tempdir");
    let history = dir.path().join("history");
    let mut args: Vec<&str> = args.to_vec();
    if args[0] == "repl" {
        args.extend(["--history-file", history.to_str().expect("UTF-8 path")]);
    }
    run_full(
        env!("CARGO_MANIFEST_DIR"),
        &args,
        Some(input.as_bytes()),
        stdout,
    )
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_is_exit_2_with_a_message_for_every_command() {
    for (args, input) in COMMANDS {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .expect("open /dev/full");
        let run = run(args, input, Stdout::File(full));
        assert!(!run.stderr.contains("panicked"), "plan {args:?}: {run:?}");
        assert_eq!(run.code, Some(2), "plan {args:?}: {run:?}");
        assert!(
            run.stderr.contains(
                "error: cannot write to standard output: No space left on device (os error 28); the output is incomplete"
            ),
            "plan {args:?}: {run:?}"
        );
    }
}

#[test]
fn a_closed_pipe_ends_quietly_with_the_commands_own_status() {
    for (args, input) in COMMANDS {
        let whole = run(args, input, Stdout::Captured);
        assert_eq!(whole.code, Some(0), "plan {args:?}: {whole:?}");
        let cut = run(args, input, Stdout::Closed);
        assert_eq!(cut.code, whole.code, "plan {args:?}: {cut:?}");
        assert!(!cut.stderr.contains("panicked"), "plan {args:?}: {cut:?}");
        assert!(
            !cut.stderr.contains("cannot write") && !cut.stderr.contains("Broken pipe"),
            "plan {args:?}: {cut:?}"
        );
    }
}

/// A command that found problems keeps its status when the reader goes away.
#[test]
fn a_closed_pipe_keeps_the_status_of_problems_found() {
    let cut = run(
        &["check", "tests/cases/invalid/no_lead.plan"],
        "",
        Stdout::Closed,
    );
    assert_eq!(cut.code, Some(1), "{cut:?}");
    let cut = run(&["query", SON_LA, "-e", "indicatrs"], "", Stdout::Closed);
    assert_eq!(cut.code, Some(1), "{cut:?}");
}
