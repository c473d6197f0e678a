//! README.md stays true: every diagnostic code listed, every tour example valid syntax, the
//! two fresh-machine commands present and run by CI.

use planlang::{Code, Source};

fn readme() -> String {
    std::fs::read_to_string("README.md").expect("README.md")
}

#[test]
fn every_code_is_listed_with_its_severity() {
    let readme = readme();
    for code in Code::ALL.iter().filter(|c| c.in_plans()) {
        let row = format!("| `{}` | {} |", code.as_str(), code.severity().as_str());
        assert!(
            readme.contains(&row),
            "README lacks the row for {}",
            code.as_str()
        );
    }
}

/// The fenced blocks of the tour (between "A tour" and "Diagnostics") without a language tag.
fn tour_blocks(readme: &str) -> Vec<String> {
    let start = readme.find("## A tour of the language").expect("tour");
    let end = start
        + 2
        + readme[start + 2..]
            .find("\n## ")
            .expect("a section after the tour");
    readme[start..end]
        .split("```")
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

#[test]
fn every_tour_example_parses() {
    let blocks = tour_blocks(&readme());
    assert!(blocks.len() >= 6, "the tour has its examples");
    for block in blocks {
        // Target lines are shown on their own: read them inside an indicator.
        let text = if block.trim_start().starts_with("target") {
            format!("indicator 1 \"T\" {{\n{block}\n}}")
        } else {
            block.clone()
        };
        let parsed = planlang::syntax::parse(&Source::new("README.md", text.as_str()));
        let problems: Vec<String> = parsed
            .diagnostics
            .iter()
            .map(planlang::render::diagnostics::short)
            .collect();
        assert!(problems.is_empty(), "{block}\n{problems:#?}");
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

#[test]
fn the_data_example_loads_against_the_son_la_plan() {
    let readme = readme();
    let start = readme.find("### Data files").expect("data section");
    let block = readme[start..]
        .split("```")
        .nth(1)
        .expect("a CSV example")
        .trim_start();
    let plan = planlang::load_path("plans/son-la-children-2021-2030.plan").expect("plan");
    let mut data = planlang::data::DataSet::default();
    data.load_csv(
        &plan.model,
        "README.md",
        block.as_bytes(),
        Default::default(),
    );
    assert!(data.errors.is_empty(), "{:#?}", data.errors);
    assert_eq!((data.rows_read, data.accepted), (2, 2));
}

/// The block after "### A session on the Sơn La plan": each `plan> ` line is an input, the
/// lines up to the next one its output.
fn transcript(readme: &str) -> Vec<(String, String)> {
    let start = readme
        .find("### A session on the Sơn La plan")
        .expect("the REPL transcript");
    let block = readme[start..].split("```").nth(1).expect("a fenced block");
    let mut pairs: Vec<(String, String)> = Vec::new();
    for line in block.lines() {
        match line.strip_prefix("plan> ") {
            Some(input) => pairs.push((input.to_string(), String::new())),
            None => {
                if let Some((_, out)) = pairs.last_mut() {
                    out.push_str(line);
                    out.push('\n');
                }
            }
        }
    }
    pairs
}

#[test]
fn the_repl_transcript_is_real_output() {
    use planlang::repl::{ErrorStyle, Options, Session};
    let readme = readme();
    let pairs = transcript(&readme);
    assert!(pairs.len() >= 8, "{pairs:?}");
    let mut session = Session::new(Options {
        as_of: planlang::date::Date::parse("2025-06-30").expect("date"),
        format: planlang::render::format::Format::Table,
        errors: ErrorStyle::Human {
            color: false,
            width: 100,
        },
        data: Default::default(),
    });
    assert!(
        !session
            .load_plan(std::path::Path::new("plans/son-la-children-2021-2030.plan"))
            .failed
    );
    let data = [
        "plans/data/son-la-sample.csv",
        "plans/data/son-la-submissions.csv",
    ]
    .map(std::path::PathBuf::from);
    assert!(!session.add_data(&data).failed);
    assert!(
        readme.contains(session.summary().as_str()),
        "the banner's summary:\n{}",
        session.summary()
    );
    for (input, expected) in pairs {
        let reply = session.run_line(&input);
        let got = format!("{}{}", reply.out, reply.err);
        assert_eq!(got.trim_end(), expected.trim_end(), "plan> {input}");
    }
}

/// The README has a row `| `code` | summary |` for every code `listed` picks.
fn codes_are_listed(listed: impl Fn(Code) -> bool) {
    let readme = readme();
    for code in Code::ALL.iter().filter(|c| listed(**c)) {
        let row = format!("| `{}` | {} |", code.as_str(), code.summary());
        assert!(readme.contains(&row), "README lacks the row {row}");
    }
}

#[test]
fn every_data_code_is_listed() {
    codes_are_listed(Code::in_data);
}

#[test]
fn every_query_code_is_listed() {
    codes_are_listed(Code::in_queries);
}

#[test]
fn the_field_table_lists_every_field() {
    let readme = readme();
    for subject in planlang::query::schema::Subject::ALL {
        let names: Vec<&str> = subject.fields().iter().map(|f| f.name).collect();
        let row = format!("| {} | {} |", subject.as_str(), names.join(", "));
        assert!(readme.contains(&row), "README lacks {row}");
    }
}

/// The table of numbers under "Numbers" is what the reader does, cell by cell.
#[test]
fn the_numbers_table_is_the_rule() {
    use planlang::data::number::parse_number;
    use planlang::data::NumberStyle;
    let readme = readme();
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

/// "Derived values, worked": the warning and the lines of `show 4` are what `plan` says,
/// run in the fixture's folder (so files are named as the README names them).
#[test]
fn the_derived_values_worked_example_is_what_plan_says() {
    let readme = readme();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/derived");
    let args = [
        "grdp.plan",
        "grdp.csv",
        "dan_so.csv",
        "--as-of",
        "2025-06-30",
    ];
    let eval = crate::common::run_in(&dir, &[&["eval"][..], &args].concat());
    assert_eq!(eval.code, Some(0), "{eval:?}");
    let warning = eval.stderr.lines().next().expect("a warning");
    assert!(warning.contains("identity_broken"), "{eval:?}");
    assert!(readme.contains(&format!("      {warning}\n")), "{warning}");
    let show = crate::common::run_in(&dir, &[&["query"][..], &args, &["-e", "show 4"]].concat());
    let lines: Vec<&str> = show
        .stdout
        .lines()
        .filter(|l| l.starts_with("  data") || l.starts_with("  derived"))
        .collect();
    assert_eq!(lines.len(), 4, "{show:?}");
    for line in lines {
        assert!(readme.contains(&format!("  {line}\n")), "{line}");
    }
}

/// The hand-computed example under "Tasks done, late or overdue" is what `plan eval` writes.
#[test]
fn the_tasks_worked_example_is_what_plan_eval_says() {
    let readme = readme();
    let start = readme
        .find("### Tasks done, late or overdue")
        .expect("the section");
    let section = &readme[start..];
    let block: String = section[section.find("`plan eval` writes").expect("the output")..]
        .lines()
        .skip(2)
        .take_while(|l| l.starts_with("    "))
        .map(|l| format!("{}\n", &l[4..]))
        .collect();
    let checked = planlang::load_str(
        "t.plan",
        r#"plan "T" { document "1" issuer yte signed 2025-01-01 period 2025..2030 }
agency yte "Sở Y tế"
area tinh "Tỉnh"
task tong_ket "Tổng kết" { lead yte  due 30/06 every year }
"#,
    );
    assert!(checked.diagnostics.is_empty(), "{:#?}", checked.diagnostics);
    let mut data = planlang::data::DataSet::default();
    data.load_csv(
        &checked.model,
        "done.csv",
        "task,agency,period,done_on,note\ntong_ket,yte,2025,2025-06-20,\n".as_bytes(),
        Default::default(),
    );
    let as_of = planlang::date::Date::parse("2026-08-01").expect("date");
    let e = planlang::eval::evaluate(&checked.model, &data, as_of).expect("evaluated");
    let table = planlang::render::evaluation::table(
        &checked.model,
        &e,
        planlang::render::evaluation::GroupBy::None,
    );
    assert_eq!(block.lines().count(), 3, "{block}");
    assert!(
        table.contains(&block),
        "README:\n{block}\nplan eval:\n{table}"
    );
}
