//! What reaches a terminal from a file stays readable and inert: a diagnostic on a very long
//! line shows a cut of it around the mark (with the file's own line and column), and control
//! characters or bidirectional overrides in a title, a data cell or a query are printed as
//! visible stand-ins (`␛`, `␇`, `�`), never sent raw.

use crate::common;
use planlang::i18n::Lang;

use common::plan_in;

const HEADER: &str =
    "plan \"P\" { document \"1/KH\" issuer ubnd signed 2021-01-05 period 2021..2030 }\n\
                      agency ubnd \"UBND\"\n";

/// A folder holding `p.plan`: [`HEADER`], then `body`.
fn plan_folder(body: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("p.plan"), format!("{HEADER}{body}")).unwrap();
    dir
}

/// Bytes a terminal acts on: C0 controls other than tab and newline, DEL, and the
/// right-to-left override.
fn raw_controls(text: &str) -> Vec<char> {
    text.chars()
        .filter(|&c| {
            (c.is_control() && c != '\n' && c != '\t') || matches!(c, '\u{202e}' | '\u{2066}')
        })
        .collect()
}

#[test]
fn a_diagnostic_on_a_ten_megabyte_line_shows_a_cut_of_it_at_the_right_column() {
    let dir = tempfile::tempdir().unwrap();
    let title = "x".repeat(10_000_000);
    let line = format!(
        "indicator 1 \"{title}\" {{ unit percent direction increase target 2025 >= 5 lead ubndd source \"I\" }}\n"
    );
    let column = line.find("ubndd").unwrap() + 1;
    std::fs::write(dir.path().join("long.plan"), format!("{HEADER}{line}")).unwrap();
    let (code, stdout, _) = plan_in(dir.path(), &["check", "long.plan"]);
    assert_eq!(code, 1, "{}", &stdout[..stdout.len().min(2000)]);
    assert!(stdout.len() < 2_000, "{} bytes printed", stdout.len());
    assert!(
        stdout.contains(&format!("[long.plan:3:{column}]")),
        "{stdout}"
    );
    let shown = stdout
        .lines()
        .find(|l| l.starts_with(" 3 │ "))
        .expect("line 3 shown");
    assert!(shown.starts_with(" 3 │ …xxxx"), "{shown}");
    assert!(shown.ends_with("lead ubndd source \"I\" }"), "{shown}");
    // The mark is under `ubndd`: its first `─` in the column where `ubndd` starts.
    let under = stdout
        .lines()
        .skip_while(|l| !l.starts_with(" 3 │ "))
        .nth(1)
        .expect("the mark's line");
    let at = |l: &str, what: &str| l[..l.find(what).unwrap()].chars().count();
    assert_eq!(at(under, "─"), at(shown, "ubndd"), "{shown}\n{under}");
    // The one-line form is unchanged: file, line, column, message.
    let (_, short, _) = plan_in(dir.path(), &["check", "--format", "short", "long.plan"]);
    assert!(short.starts_with(&format!(
        "long.plan:3:{column}: error[plan::unknown_agency]: unknown agency `ubndd`"
    )));
}

#[test]
fn a_short_line_is_drawn_as_before() {
    let dir = plan_folder(
        "indicator 1 \"T\" { unit percent direction increase target 2025 >= 5 lead ubndd source \"I\" }\n",
    );
    let (_, stdout, _) = plan_in(dir.path(), &["check", "p.plan"]);
    assert!(stdout.contains(" 3 │ indicator 1 \"T\" { unit"), "{stdout}");
    assert!(!stdout.contains('…'), "{stdout}");
}

#[test]
fn control_characters_in_a_plan_are_shown_not_obeyed() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("p.plan"),
        "plan \"P\u{1b}[31m\u{7}\" { document \"1/KH\" issuer ubnd signed 2021-01-05 period 2021..2030 }\n\
         agency ubnd \"UBND\"\n\
         indicator 1 \"T\u{1b}]0;title\u{7}\u{202e}\" { unit percent direction increase target 2025 >= 5 lead ubndd source \"I\" }\n",
    )
    .unwrap();
    // The same plan without its error, for the commands that answer only for a sound plan.
    let text = std::fs::read_to_string(dir.path().join("p.plan")).unwrap();
    std::fs::write(dir.path().join("ok.plan"), text.replace("ubndd", "ubnd")).unwrap();
    for args in [
        &["check", "p.plan"][..],
        &["check", "--format", "short", "p.plan"],
        &["show", "ok.plan"],
        &["query", "ok.plan", "-e", "indicators"],
    ] {
        let (_, stdout, stderr) = plan_in(dir.path(), args);
        assert!(!stdout.is_empty(), "{args:?}: {stderr}");
        assert_eq!(
            raw_controls(&stdout),
            Vec::<char>::new(),
            "{args:?}: {stdout}"
        );
        assert_eq!(
            raw_controls(&stderr),
            Vec::<char>::new(),
            "{args:?}: {stderr}"
        );
    }
    let (_, drawn, _) = plan_in(dir.path(), &["check", "p.plan"]);
    assert!(drawn.contains("\"T␛]0;title␇\u{fffd}\""), "{drawn}");
    let (_, shown, _) = plan_in(dir.path(), &["show", "ok.plan"]);
    assert!(shown.starts_with("P␛[31m␇\n"), "{shown}");
    let (_, listed, _) = plan_in(dir.path(), &["query", "ok.plan", "-e", "indicators"]);
    assert!(listed.contains("T␛]0;title␇\u{fffd}"), "{listed}");
    // JSON keeps the text as it is, escaped as JSON escapes it.
    std::fs::write(
        dir.path().join("clean.plan"),
        "plan \"P\u{1b}[31m\u{7}\" { period 2021..2030 }\n",
    )
    .unwrap();
    let (_, json, _) = plan_in(dir.path(), &["show", "--format", "json", "clean.plan"]);
    assert!(json.contains("P\\u001b[31m\\u0007"), "{json}");
}

#[test]
fn control_characters_in_a_data_cell_and_a_query_are_shown_not_obeyed() {
    let dir = plan_folder(
        "area tinh \"Tỉnh\"\nindicator 1 \"T\" { unit percent direction increase target 2025 >= 5 lead ubnd source \"I\" }\n",
    );
    std::fs::write(
        dir.path().join("d.csv"),
        "indicator,area,period,value\n1,tinh\u{1b}[2J,2024,5\n1,tinh,2024,4\r\u{7}\n",
    )
    .unwrap();
    let (_, stdout, stderr) = plan_in(dir.path(), &["eval", "p.plan", "d.csv"]);
    assert_eq!(raw_controls(&stdout), Vec::<char>::new(), "{stdout}");
    assert_eq!(raw_controls(&stderr), Vec::<char>::new(), "{stderr}");
    assert!(stderr.contains("`tinh␛[2J`"), "{stderr}");
    let query = "indicators where title = \"\u{1b}[2J\u{202e}\" and nonsense";
    for format in ["human", "short"] {
        let (code, stdout, stderr) = plan_in(
            dir.path(),
            &["query", "p.plan", "--errors", format, "-e", query],
        );
        assert_eq!(code, 2, "{stderr}");
        assert_eq!(raw_controls(&stdout), Vec::<char>::new(), "{stdout}");
        assert_eq!(
            raw_controls(&stderr),
            Vec::<char>::new(),
            "{format}: {stderr}"
        );
    }
}

/// A plan's diagnostics in their one-line form.
fn codes(text: &str) -> Vec<String> {
    planlang::load_str("p.plan", text)
        .diagnostics
        .iter()
        .map(|d| planlang::render::diagnostics::short(d, Lang::En))
        .collect()
}

#[test]
fn vietnamese_identifiers_composed_or_not_are_one_script() {
    use unicode_normalization::UnicodeNormalization;
    let plan = format!(
        "{HEADER}agency sở_y_tế \"Sở Y tế\"\nagency đoàn_thanh_niên \"Đoàn\"\n\
         indicator 1 \"T\" {{ unit percent direction increase target 2025 >= 5 lead sở_y_tế support đoàn_thanh_niên source \"I\" }}\n"
    );
    assert_eq!(codes(&plan), Vec::<String>::new());
    let decomposed: String = plan.nfd().collect();
    assert_ne!(decomposed, plan);
    assert_eq!(codes(&decomposed), Vec::<String>::new());
}

#[test]
fn lookalike_letters_and_direction_controls_are_warned_once_where_they_are() {
    // A Greek omicron in `ubnd_tοnh`, declared and used; a Cyrillic `а` in a comment and a
    // string (not identifiers there); an override in a comment and an isolate in a string.
    let plan = "plan \"P\" { document \"1/KH\" issuer ubnd_tοnh signed 2021-01-05 period 2021..2030 }\n\
                agency ubnd_tοnh \"UBND\" // ubnd_tаnh \u{202e}x\n\
                indicator 1 \"T \u{2066}а\u{2069}\" { unit percent direction increase target 2025 >= 5 lead ubnd_tοnh source \"I\" }\n";
    assert_eq!(
        codes(plan),
        [
            "p.plan:1:35: warning[plan::mixed_script_id]: `ubnd_tοnh` mixes Latin and Greek letters (`ο`, U+03BF, is Greek)",
            "p.plan:2:38: warning[plan::bidi_control]: U+202E, a character that changes the direction of the text, makes this line read differently from how it is read as a plan",
            "p.plan:3:16: warning[plan::bidi_control]: U+2066, a character that changes the direction of the text, makes this line read differently from how it is read as a plan",
        ]
    );
}
