//! `plan fmt`: files rewritten in place (atomically, permissions kept, a formatted file left
//! untouched), `--check`, standard input, folders, and the files it refuses.

use crate::common::{run_in, run_with_input};
use std::path::Path;

const UNTIDY: &str = "agency yte \"Sở Y tế\"   // the lead\nindicator 3 \"I\" { unit percent\n  \
                      lead yte\n\n\n        target 2025 >= 95\n    target 2026-H1 >= 40   }\n";

const TIDY: &str =
    "agency yte \"Sở Y tế\" // the lead\nindicator 3 \"I\" {\n    unit percent\n    \
                    lead yte\n\n    target 2025    >= 95\n    target 2026-H1 >= 40\n}\n";

const BROKEN: &str =
    "agency yte \"Sở Y tế\"\nindicator 3 \"I\" {\n    lead yte\n    targt 2025 >= 95\n}\n";

fn write(dir: &Path, name: &str, text: &str) {
    let path = dir.join(name);
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder).expect("folder");
    }
    std::fs::write(path, text).expect("write");
}

fn read(dir: &Path, name: &str) -> String {
    std::fs::read_to_string(dir.join(name)).expect("read")
}

#[test]
fn fmt_rewrites_a_file_in_place_and_says_so() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "a.plan", UNTIDY);
    let run = run_in(dir.path(), &["fmt", "a.plan"]);
    assert_eq!(run.code, Some(0), "{run:?}");
    assert_eq!(run.stdout, "");
    assert_eq!(run.stderr, "reformatted a.plan\n");
    assert_eq!(read(dir.path(), "a.plan"), TIDY);
    // No temporary file is left beside it.
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(names, ["a.plan"]);
}

#[test]
fn fmt_leaves_a_formatted_file_untouched() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "a.plan", TIDY);
    let path = dir.path().join("a.plan");
    let old = std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_000_000);
    std::fs::File::options()
        .write(true)
        .open(&path)
        .and_then(|f| f.set_modified(old))
        .expect("set the time");
    let run = run_in(dir.path(), &["fmt", "a.plan"]);
    assert_eq!((run.code, run.stderr.as_str()), (Some(0), ""), "{run:?}");
    let modified = std::fs::metadata(&path).and_then(|m| m.modified());
    assert_eq!(modified.ok(), Some(old));
}

#[cfg(unix)]
#[test]
fn fmt_keeps_a_files_permissions_and_leaves_a_read_only_file() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "a.plan", UNTIDY);
    write(dir.path(), "locked.plan", UNTIDY);
    let mode = |name: &str| {
        let meta = std::fs::metadata(dir.path().join(name)).expect("meta");
        meta.permissions().mode() & 0o777
    };
    let set = |name: &str, mode: u32| {
        let permissions = std::fs::Permissions::from_mode(mode);
        std::fs::set_permissions(dir.path().join(name), permissions).expect("chmod");
    };
    set("a.plan", 0o640);
    set("locked.plan", 0o444);
    let run = run_in(dir.path(), &["fmt", "a.plan", "locked.plan"]);
    assert_eq!(run.code, Some(2), "{run:?}");
    assert_eq!(read(dir.path(), "a.plan"), TIDY);
    assert_eq!(mode("a.plan"), 0o640);
    assert!(
        run.stderr
            .contains("error: cannot write `locked.plan`: permission denied"),
        "{run:?}"
    );
    assert_eq!(read(dir.path(), "locked.plan"), UNTIDY);
    assert_eq!(mode("locked.plan"), 0o444);
}

#[cfg(unix)]
#[test]
fn fmt_writes_through_a_link_to_the_file_it_names() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "real.plan", UNTIDY);
    std::os::unix::fs::symlink("real.plan", dir.path().join("link.plan")).expect("link");
    let run = run_in(dir.path(), &["fmt", "link.plan"]);
    assert_eq!(run.code, Some(0), "{run:?}");
    assert_eq!(read(dir.path(), "real.plan"), TIDY);
    let link = std::fs::symlink_metadata(dir.path().join("link.plan")).expect("link");
    assert!(link.file_type().is_symlink());
}

#[test]
fn fmt_check_lists_what_would_change_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "a.plan", UNTIDY);
    write(dir.path(), "b.plan", TIDY);
    write(dir.path(), "c.plan", UNTIDY);
    let run = run_in(
        dir.path(),
        &["fmt", "--check", "a.plan", "b.plan", "c.plan"],
    );
    assert_eq!(run.code, Some(1), "{run:?}");
    assert_eq!(run.stdout, "a.plan\nc.plan\n");
    assert_eq!(
        run.stderr,
        "2 files are not formatted; `plan fmt PATH` without --check formats them\n"
    );
    assert_eq!(read(dir.path(), "a.plan"), UNTIDY);
    let run = run_in(dir.path(), &["fmt", "--check", "b.plan"]);
    assert_eq!(
        (run.code, run.stdout.as_str(), run.stderr.as_str()),
        (Some(0), "", "")
    );
}

#[test]
fn fmt_of_a_folder_formats_every_plan_file_below_it_in_order() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "plans/z.plan", UNTIDY);
    write(dir.path(), "plans/a/deep/b.plan", UNTIDY);
    write(dir.path(), "plans/a/tidy.plan", TIDY);
    write(dir.path(), "plans/notes.txt", UNTIDY);
    let run = run_in(dir.path(), &["fmt", "--check", "plans"]);
    assert_eq!(run.code, Some(1), "{run:?}");
    assert_eq!(run.stdout, "plans/a/deep/b.plan\nplans/z.plan\n");
    let run = run_in(dir.path(), &["fmt", "plans"]);
    assert_eq!(run.code, Some(0), "{run:?}");
    assert_eq!(
        run.stderr,
        "reformatted plans/a/deep/b.plan\nreformatted plans/z.plan\n"
    );
    assert_eq!(read(dir.path(), "plans/a/deep/b.plan"), TIDY);
    assert_eq!(read(dir.path(), "plans/notes.txt"), UNTIDY);
    let run = run_in(dir.path(), &["fmt", "--check", "plans"]);
    assert_eq!((run.code, run.stdout.as_str()), (Some(0), ""), "{run:?}");
    // A folder without plan files is said, as it is likely a wrong path.
    std::fs::create_dir(dir.path().join("empty")).expect("folder");
    let run = run_in(dir.path(), &["fmt", "empty"]);
    run.assert_exit_says(2, "error: the folder `empty` holds no plan file (*.plan)");
}

#[test]
fn fmt_reads_standard_input_and_writes_standard_output() {
    let dir = tempfile::tempdir().expect("tempdir");
    let run = run_with_input(dir.path(), &["fmt", "-"], UNTIDY.as_bytes());
    assert_eq!((run.code, run.stderr.as_str()), (Some(0), ""), "{run:?}");
    assert_eq!(run.stdout, TIDY);
    let run = run_with_input(dir.path(), &["fmt", "--check", "-"], UNTIDY.as_bytes());
    assert_eq!((run.code, run.stdout.as_str()), (Some(1), "-\n"), "{run:?}");
    let run = run_with_input(dir.path(), &["fmt", "--check", "-"], TIDY.as_bytes());
    assert_eq!((run.code, run.stdout.as_str()), (Some(0), ""), "{run:?}");
    let run = run_with_input(dir.path(), &["fmt", "-"], BROKEN.as_bytes());
    assert_eq!((run.code, run.stdout.as_str()), (Some(2), ""), "{run:?}");
    assert!(run.stderr.contains("<stdin>:4:5"), "{run:?}");
    let run = run_with_input(dir.path(), &["fmt", "-"], b"agency a \"\xff\"");
    run.assert_exit_says(2, "error: cannot read standard input: it is not UTF-8 text");
}

#[test]
fn fmt_leaves_a_file_with_syntax_errors_as_it_is_and_formats_the_others() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "broken.plan", BROKEN);
    write(dir.path(), "a.plan", UNTIDY);
    let run = run_in(dir.path(), &["fmt", "broken.plan", "a.plan"]);
    assert_eq!(run.code, Some(2), "{run:?}");
    assert!(run.stderr.contains("plan::syntax"), "{run:?}");
    assert!(run.stderr.contains("[broken.plan:4:5]"), "{run:?}");
    assert!(
        run.stderr.contains(
            "error: cannot format `broken.plan`: the problem above is to be fixed first; \
             the file is left as it is"
        ),
        "{run:?}"
    );
    assert!(run.stderr.contains("reformatted a.plan"), "{run:?}");
    assert_eq!(read(dir.path(), "broken.plan"), BROKEN);
    assert_eq!(read(dir.path(), "a.plan"), TIDY);
    // With --check too, a file that cannot be formatted outweighs one that would change.
    write(dir.path(), "a.plan", UNTIDY);
    let run = run_in(dir.path(), &["fmt", "--check", "a.plan", "broken.plan"]);
    assert_eq!(
        (run.code, run.stdout.as_str()),
        (Some(2), "a.plan\n"),
        "{run:?}"
    );
}

#[test]
fn fmt_says_which_path_it_cannot_read_and_goes_on() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "a.plan", UNTIDY);
    write(dir.path(), "latin1.plan", "");
    std::fs::write(dir.path().join("latin1.plan"), b"agency a \"\xe9\"\n").expect("write");
    let run = run_in(
        dir.path(),
        &["fmt", "missing.plan", "latin1.plan", "a.plan"],
    );
    assert_eq!(run.code, Some(2), "{run:?}");
    assert!(
        run.stderr
            .contains("error: cannot read `missing.plan`: no such file"),
        "{run:?}"
    );
    assert!(
        run.stderr
            .contains("error: cannot read `latin1.plan`: it is not UTF-8 text"),
        "{run:?}"
    );
    assert_eq!(read(dir.path(), "a.plan"), TIDY);
}

#[test]
fn fmt_speaks_vietnamese() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "a.plan", UNTIDY);
    write(dir.path(), "broken.plan", BROKEN);
    let run = run_in(dir.path(), &["--lang", "vi", "fmt", "--check", "a.plan"]);
    assert_eq!(
        run.stderr,
        "1 tệp chưa được định dạng; chạy `plan fmt ĐƯỜNG_DẪN` không kèm --check để định dạng\n"
    );
    let run = run_in(
        dir.path(),
        &["--lang", "vi", "fmt", "a.plan", "broken.plan"],
    );
    assert!(run.stderr.contains("đã định dạng lại a.plan"), "{run:?}");
    assert!(
        run.stderr.contains(
            "lỗi: không định dạng được `broken.plan`: cần sửa 1 lỗi nêu trên trước; tệp được giữ nguyên"
        ),
        "{run:?}"
    );
    let help = run_in(dir.path(), &["--lang", "vi", "fmt", "--help"]);
    assert!(
        help.stdout
            .contains("Định dạng các tệp kế hoạch theo một bố cục chuẩn"),
        "{help:?}"
    );
    assert!(help.stdout.contains("--check"), "{help:?}");
}
