//! `plan completions SHELL` and `plan man [COMMAND]`: the scripts are valid in their shell and
//! offer every subcommand and option; the pages render without a warning and hold the help's
//! texts, in the language chosen. A shell or roff tool that is not installed is skipped with a
//! note (CI installs zsh and mandoc: .ci/run).

use crate::common::{plan_command, run_in};
use crate::interface_lang::subcommands;
use std::io::Write;
use std::process::{Command, Stdio};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Whether `program` is on the PATH.
fn installed(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|path| std::env::split_paths(&path).any(|dir| dir.join(program).is_file()))
}

/// `plan ARGS`, which must succeed; its standard output.
fn output(args: &[&str]) -> String {
    let run = run_in(ROOT, args);
    assert_eq!(run.code, Some(0), "plan {args:?}: {run:?}");
    assert!(run.stderr.is_empty(), "plan {args:?}: {run:?}");
    run.stdout
}

/// Runs `program ARGS` with `input` on its standard input: its exit status and what it said
/// on standard output and standard error.
fn run_tool(program: &str, args: &[&str], input: &str) -> (bool, String) {
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("run {program}: {e}"));
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write to the tool");
    let out = child.wait_with_output().expect("wait for the tool");
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), said)
}

/// The long options `plan SUB --help` offers: the words starting with `--` on its option lines.
fn long_options(sub: &str) -> Vec<String> {
    let help = output(&[sub, "--help"]);
    let options: Vec<String> = help
        .lines()
        .map(str::trim_start)
        .filter(|line| line.starts_with('-'))
        .flat_map(|line| line.split([' ', ',']))
        .filter(|word| word.starts_with("--") && word.len() > 2)
        .map(str::to_string)
        .collect();
    assert!(options.iter().any(|o| o == "--help"), "{sub}: {help}");
    options
}

/// Checks `script` with `shell -n` (syntax only), when the shell is installed.
fn parses_in(shell: &str, script: &str) {
    if !installed(shell) {
        eprintln!("note: {shell} is not installed; its completion script's syntax is not checked");
        return;
    }
    let (ok, said) = run_tool(shell, &["-n"], script);
    assert!(ok && said.is_empty(), "{shell} -n: {said}");
}

#[test]
fn the_bash_script_parses_and_offers_every_subcommand_and_its_options() {
    let script = output(&["completions", "bash"]);
    // bash is what the tests run in: it is always there.
    let (ok, said) = run_tool("bash", &["-n"], &script);
    assert!(ok && said.is_empty(), "bash -n: {said}");
    let offers: Vec<&str> = script
        .lines()
        .filter_map(|line| line.trim().strip_prefix("opts=\""))
        .map(|opts| opts.trim_end_matches('"'))
        .collect();
    let subs = subcommands();
    let top = offers
        .iter()
        .find(|opts| opts.split(' ').any(|w| w == "--version"))
        .expect("the top-level options");
    for sub in &subs {
        assert!(top.split(' ').any(|w| w == sub), "{sub} not in {top}");
        let options = long_options(sub);
        assert!(
            offers.iter().any(|opts| {
                let words: Vec<&str> = opts.split(' ').collect();
                options.iter().all(|o| words.contains(&o.as_str()))
            }),
            "no completion of `plan {sub}` offers all of {options:?}"
        );
    }
}

#[test]
fn the_zsh_and_fish_scripts_parse_in_both_languages_and_name_every_subcommand() {
    let subs = subcommands();
    for lang in ["en", "vi"] {
        for shell in ["zsh", "fish"] {
            let script = output(&["--lang", lang, "completions", shell]);
            parses_in(shell, &script);
            for sub in &subs {
                assert!(script.contains(sub.as_str()), "{shell} {lang}: no {sub}");
            }
        }
    }
    // zsh and fish show each one's help: in Vietnamese, the catalogue's, down to the
    // possible values' meanings.
    let zsh = output(&["--lang", "vi", "completions", "zsh"]);
    let vi_about = output(&["--lang", "vi", "check", "--help"]);
    let first = vi_about.lines().next().expect("an about line");
    assert!(zsh.contains(first), "{first}");
    let en_meaning = "Diagnostics drawn with the source";
    assert!(
        !zsh.contains(en_meaning),
        "an English meaning in the Vietnamese script"
    );
    assert!(output(&["completions", "zsh"]).contains(en_meaning));
}

#[test]
fn the_powershell_and_elvish_scripts_name_every_subcommand() {
    let subs = subcommands();
    for shell in ["powershell", "elvish"] {
        let script = output(&["completions", shell]);
        for sub in &subs {
            assert!(
                script.contains(&format!("'plan;{sub}'")),
                "{shell}: no {sub}"
            );
        }
    }
}

#[test]
fn a_shell_planlang_does_not_write_for_is_refused_in_the_language() {
    let en = run_in(ROOT, &["completions", "tcsh"]);
    en.assert_exit_says(2, "invalid value 'tcsh'");
    assert!(
        en.stderr.contains("bash, elvish, fish, powershell, zsh"),
        "{en:?}"
    );
    assert!(en.stdout.is_empty(), "{en:?}");
    let vi = run_in(ROOT, &["--lang", "vi", "completions", "tcsh"]);
    vi.assert_exit_says(2, "giá trị 'tcsh' không hợp lệ");
}

/// Checks that `page` renders without a warning in every roff tool installed.
fn renders_cleanly(what: &str, page: &str) {
    let mut checked = false;
    if installed("mandoc") {
        let (ok, said) = run_tool("mandoc", &["-Tlint", "-W", "warning"], page);
        assert!(ok && said.is_empty(), "{what}: mandoc -Tlint: {said}");
        checked = true;
    }
    if installed("groff") {
        // -k: the page is UTF-8, as man reads it (through preconv).
        let (ok, said) = run_tool("groff", &["-k", "-man", "-Tutf8", "-ww", "-z"], page);
        assert!(ok && said.is_empty(), "{what}: groff: {said}");
        checked = true;
    }
    if !checked {
        eprintln!("note: neither mandoc nor groff is installed; {what} is not rendered");
    }
}

/// Text as roff writes it: a hyphen is `\-`.
fn roff(text: &str) -> String {
    text.replace('-', "\\-")
}

#[test]
fn the_page_of_plan_has_its_sections_and_every_subcommand_and_renders() {
    let page = output(&["man"]);
    renders_cleanly("plan(1)", &page);
    assert!(page.contains(".TH PLAN 1 "), "{page}");
    for section in ["NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "COMMANDS"] {
        assert!(page.contains(&format!(".SH \"{section}\"\n")), "{section}");
    }
    for sub in subcommands() {
        assert!(page.contains(&format!("plan\\-{sub}(1)")), "{sub}");
    }
}

#[test]
fn each_subcommand_has_its_page_with_its_options() {
    for sub in subcommands() {
        let page = output(&["man", &sub]);
        renders_cleanly(&format!("plan-{sub}(1)"), &page);
        let title = format!(".TH PLAN-{} 1 ", sub.to_uppercase());
        assert!(page.contains(&title), "{sub}: {page}");
        for option in long_options(&sub) {
            assert!(page.contains(&roff(&option)), "{sub}: no {option}");
        }
    }
}

#[test]
fn the_vietnamese_page_holds_the_vietnamese_help() {
    for sub in ["", "eval"] {
        let args: Vec<&str> = ["--lang", "vi", "man", sub]
            .into_iter()
            .filter(|a| !a.is_empty())
            .collect();
        let page = output(&args);
        renders_cleanly(&format!("the Vietnamese page {sub}"), &page);
        for section in ["TÊN", "CÁCH DÙNG", "MÔ TẢ", "TÙY CHỌN"] {
            assert!(page.contains(&format!(".SH \"{section}\"\n")), "{section}");
        }
        assert!(!page.contains(".SH \"NAME\""), "{page}");
        let help_args: Vec<&str> = ["--lang", "vi", sub, "--help"]
            .into_iter()
            .filter(|a| !a.is_empty())
            .collect();
        let help = output(&help_args);
        let about = help.lines().next().expect("an about line");
        assert!(page.contains(&roff(about)), "{about}\n{page}");
    }
    // The language an option is described in, as in `--help`.
    let help = output(&["--lang", "vi", "eval", "-h"]);
    let area = help
        .lines()
        .find(|l| l.trim_start().starts_with("--area"))
        .and_then(|l| l.split_once(">"))
        .map(|(_, text)| text.trim().to_string())
        .expect("--area's help");
    assert!(
        output(&["--lang", "vi", "man", "eval"]).contains(&roff(&area)),
        "{area}"
    );
}

#[test]
fn a_page_of_no_subcommand_is_refused_with_the_closest() {
    let en = run_in(ROOT, &["man", "chekc"]);
    en.assert_exit_says(
        2,
        "`chekc` is not a subcommand of plan; did you mean `check`?",
    );
    assert!(en.stdout.is_empty(), "{en:?}");
    let vi = run_in(ROOT, &["--lang", "vi", "man", "chekc"]);
    vi.assert_exit_says(2, "`chekc` không phải là lệnh con của plan");
}

#[test]
fn source_date_epoch_fixes_the_pages_date() {
    let out = plan_command()
        .arg("man")
        .env("SOURCE_DATE_EPOCH", "1700000000")
        .output()
        .expect("run plan");
    let page = String::from_utf8(out.stdout).expect("UTF-8");
    // 2023-11-14 22:13:20 UTC is the 15th in Vietnam (UTC+7).
    assert!(page.contains(".TH PLAN 1 2023-11-15 "), "{page}");
}

#[test]
fn the_manuals_install_loop_writes_the_page_of_every_subcommand() {
    let manual = std::fs::read_to_string(format!("{ROOT}/docs/cli.md")).expect("docs/cli.md");
    let listed: Vec<String> = manual
        .lines()
        .find_map(|l| l.strip_prefix("for command in "))
        .and_then(|l| l.split_once(';'))
        .map(|(words, _)| words.split_whitespace().map(str::to_string).collect())
        .expect("the loop that installs the pages");
    let mut listed = listed;
    let mut subs = subcommands();
    listed.sort();
    subs.sort();
    assert_eq!(listed, subs);
}
