//! How fast `plan report` writes its page and its document to file: the Sơn La plan, its
//! sample data and submissions, as of 30 June 2025, in both languages.
//!
//! `cargo bench --bench report_speed` times, in this process, each step the command takes
//! (reading the plan, reading the data, evaluating, gathering each measure's values, building
//! the report's model, writing the page, writing the document), then the whole `plan report`
//! process (the page in each language, the document in Vietnamese). The budget
//! is 200 ms for the whole process (issue 13); the bench says whether the median is within it.
//!
//! Options (after `--`): `--runs N` (default 50).

use planlang::data::{DataSet, LoadOptions};
use planlang::date::Date;
use planlang::i18n::Lang;
use planlang::query::Facts;
use planlang::render::evaluation::GroupBy;
use planlang::render::report::{docx, html, Report};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// What the benches share: the runs asked for, and the figures of a step's times.
#[allow(dead_code)] // each bench reads the figures it prints
mod common;
use common::Times;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const PLAN_BIN: &str = env!("CARGO_BIN_EXE_plan");
const PLAN: &str = "plans/son-la-children-2021-2030.plan";
const DATA: [&str; 2] = [
    "plans/data/son-la-sample.csv",
    "plans/data/son-la-submissions.csv",
];
/// The budget of the whole `plan report` process.
const BUDGET_MS: f64 = 200.0;

fn main() {
    let runs = common::runs(50);
    let as_of = Date::parse("2025-06-30").expect("a date");
    let mut steps: Vec<(&str, Vec<Duration>)> = [
        "read and check the plan",
        "read the data",
        "evaluate",
        "gather each measure's values",
        "build the report",
        "write the page (vi)",
        "write the document (vi)",
    ]
    .into_iter()
    .map(|s| (s, Vec::new()))
    .collect();
    let mut size = 0;
    let mut document_size = 0;
    for _ in 0..runs {
        let mut lap = Instant::now();
        let mut step = |n: usize| {
            let now = Instant::now();
            steps[n].1.push(now - lap);
            lap = now;
        };
        let checked = planlang::load_path(format!("{ROOT}/{PLAN}")).expect("the plan");
        step(0);
        let model = &checked.model;
        let mut data = DataSet::default();
        for file in DATA {
            let path = std::path::PathBuf::from(format!("{ROOT}/{file}"));
            data.load_path(model, &path, LoadOptions::default());
        }
        assert!(!data.has_errors());
        step(1);
        let evaluation = planlang::eval::evaluate(model, &data, as_of).expect("evaluated");
        step(2);
        let facts = Facts::of_evaluation(model, &data, evaluation);
        step(3);
        let report = Report::build(model, &facts, GroupBy::Objective).expect("a report");
        step(4);
        size = html::html(&report, Lang::Vi).len();
        step(5);
        document_size = docx::document(&report, Lang::Vi).expect("a document").len();
        step(6);
    }
    println!(
        "plan report, Sơn La plan, sample data and submissions, as of 2025-06-30, {runs} runs"
    );
    println!(
        "in this process (the library's steps), page of {} KB, document of {} KB:",
        size / 1024,
        document_size / 1024
    );
    for (name, times) in steps {
        let times = Times::new(times);
        let (median, mean, best, worst) =
            (times.median(), times.mean(), times.best(), times.worst());
        println!(
            "  {name:<30} median {median:>7.2} ms, mean {mean:>7.2} ms, best {best:>7.2} ms, worst {worst:>7.2} ms"
        );
    }
    let dir = std::env::temp_dir().join(format!("planlang-report-speed-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a folder");
    println!("the whole process:");
    for (lang, format) in [("vi", "html"), ("en", "html"), ("vi", "docx")] {
        let out = dir.join(format!("report.{format}")).display().to_string();
        let mut times = Vec::new();
        for _ in 0..runs {
            let mut args = vec!["--lang", lang, "report", PLAN];
            args.extend(DATA);
            args.extend([
                "--as-of",
                "2025-06-30",
                "--format",
                format,
                "-o",
                &out,
                "--force",
            ]);
            let t = Instant::now();
            let status = Command::new(PLAN_BIN)
                .current_dir(ROOT)
                .args(&args)
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .expect("run plan report");
            times.push(t.elapsed());
            assert!(
                status.success(),
                "plan report --lang {lang} --format {format}"
            );
        }
        let times = Times::new(times);
        let (median, mean, best, worst) =
            (times.median(), times.mean(), times.best(), times.worst());
        let verdict = if median < BUDGET_MS {
            "within the 200 ms budget"
        } else {
            "OVER the 200 ms budget"
        };
        println!(
            "  plan --lang {lang} report PLAN SAMPLE SUBMISSIONS --format {format} -o FILE  median {median:>7.2} ms, mean {mean:>7.2} ms, best {best:>7.2} ms, worst {worst:>7.2} ms ({verdict})"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}
