//! The front page and the manual's tables stay true: the two fresh-machine commands present
//! and run by CI, every diagnostic code listed with its severity or summary, every query field
//! listed, the table of numbers what the reader does. (Every example of the manual is run by
//! `tests/cli/docs.rs`.)

use planlang::Code;

fn readme() -> String {
    std::fs::read_to_string("README.md").expect("README.md")
}

/// The text of a document of the manual (`docs/NAME`).
fn doc(name: &str) -> String {
    std::fs::read_to_string(format!("docs/{name}")).expect(name)
}

#[test]
fn every_code_is_listed_with_its_severity() {
    let readme = doc("diagnostics.md");
    for code in Code::ALL.iter().filter(|c| c.in_plans()) {
        let row = format!("| `{}` | {} |", code.as_str(), code.severity().as_str());
        assert!(
            readme.contains(&row),
            "docs/diagnostics.md lacks the row for {}",
            code.as_str()
        );
    }
}

#[test]
fn fresh_machine_commands_are_in_readme_and_ci() {
    let readme = readme();
    let ci = std::fs::read_to_string(".ci/run").expect(".ci/run");
    let args = "eval plans/son-la-children-2021-2030.plan plans/data/son-la-sample.csv plans/data/son-la-submissions.csv";
    let main = format!("cargo run --release -- {args}");
    assert!(
        readme.contains(&format!("    {main}\n")),
        "README gives the main command"
    );
    assert!(
        readme.contains("    cargo test\n"),
        "README gives the test command"
    );
    assert!(
        ci.lines().any(|l| l == "cargo test"),
        "CI runs the README's test command"
    );
    assert!(
        ci.lines()
            .any(|l| l.starts_with("cargo run") && l.ends_with(&format!("-- {args}"))),
        "CI runs the main command"
    );
}

/// The document `name` has a row `| `code` | summary |` for every code `listed` picks.
fn codes_are_listed(name: &str, listed: impl Fn(Code) -> bool) {
    let readme = doc(name);
    for code in Code::ALL.iter().filter(|c| listed(**c)) {
        let row = format!("| `{}` | {} |", code.as_str(), code.summary());
        assert!(readme.contains(&row), "docs/{name} lacks the row {row}");
    }
}

#[test]
fn every_data_code_is_listed() {
    codes_are_listed("data-and-evaluation.md", Code::in_data);
}

#[test]
fn every_query_code_is_listed() {
    codes_are_listed("queries-and-repl.md", Code::in_queries);
}

#[test]
fn the_field_table_lists_every_field() {
    let readme = doc("queries-and-repl.md");
    for subject in planlang::query::schema::Subject::ALL {
        let names: Vec<&str> = subject.fields().iter().map(|f| f.name).collect();
        let row = format!("| {} | {} |", subject.as_str(), names.join(", "));
        assert!(
            readme.contains(&row),
            "docs/queries-and-repl.md lacks {row}"
        );
    }
}

/// The table of numbers under "Numbers" is what the reader does, cell by cell.
#[test]
fn the_numbers_table_is_the_rule() {
    use planlang::data::number::parse_number;
    use planlang::data::NumberStyle;
    let readme = doc("data-and-evaluation.md");
    let start = readme
        .find("| text | says nothing |")
        .expect("the numbers table");
    let rows: Vec<&str> = readme[start..]
        .lines()
        .skip(2)
        .take_while(|l| l.starts_with('|'))
        .collect();
    assert!(rows.len() >= 8, "{rows:?}");
    for row in rows {
        let cells: Vec<&str> = row.trim_matches('|').split('|').map(str::trim).collect();
        let text = cells[0].trim_matches('`');
        for (cell, style) in
            cells[1..]
                .iter()
                .zip([NumberStyle::Unsaid, NumberStyle::Point, NumberStyle::Comma])
        {
            let got = parse_number(text, style);
            match cell.strip_prefix("refused") {
                Some(code) => {
                    let got_code = got.expect_err(row).code();
                    let code = code.trim().trim_matches(['(', ')', '`']);
                    if !code.is_empty() {
                        assert_eq!(got_code.as_str(), format!("data::{code}"), "{row}");
                    }
                }
                None => assert_eq!(got.ok(), cell.parse::<f64>().ok(), "{row}: {style:?}"),
            }
        }
    }
}
