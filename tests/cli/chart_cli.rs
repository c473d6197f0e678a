//! `plan chart ID PLAN DATA... -o FILE.svg` (issue 13 §5): the picture written on the Sơn La
//! plan and its sample data, parsed as XML; every bad input refused with its words and exit
//! status, and nothing written then.

use crate::common::{run_in, Run};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn plan() -> String {
    root()
        .join("plans/son-la-children-2021-2030.plan")
        .display()
        .to_string()
}

fn sample() -> String {
    root()
        .join("plans/data/son-la-sample.csv")
        .display()
        .to_string()
}

/// `plan chart ID PLAN SAMPLE --as-of 2025-06-30 EXTRA...` in `dir`.
fn chart(dir: &Path, id: &str, extra: &[&str]) -> Run {
    let (plan, sample) = (plan(), sample());
    let mut args = vec![
        "chart",
        id,
        plan.as_str(),
        sample.as_str(),
        "--as-of",
        "2025-06-30",
    ];
    args.extend_from_slice(extra);
    run_in(dir, &args)
}

/// The elements named `tag` whose `class` is `class`.
fn count(doc: &roxmltree::Document<'_>, tag: &str, class: &str) -> usize {
    doc.descendants()
        .filter(|n| n.has_tag_name(tag) && n.attribute("class") == Some(class))
        .count()
}

#[test]
fn writes_the_chart_of_a_part_as_svg() {
    let dir = tempfile::tempdir().expect("a folder");
    let run = chart(dir.path(), "16a", &["-o", "16a.svg"]);
    assert_eq!(run.code, Some(0), "{run:?}");
    assert_eq!(
        run.stdout,
        "wrote 16a.svg: 16a in area son_la as of 2025-06-30: 5 values, 2 milestones, 0 groups\n"
    );
    let text = std::fs::read_to_string(dir.path().join("16a.svg")).expect("the picture");
    let doc = roxmltree::Document::parse(&text).expect("XML");
    assert_eq!(count(&doc, "g", "observed"), 1);
    assert_eq!(count(&doc, "polyline", "path"), 2);
    assert_eq!(count(&doc, "polyline", "projection"), 2);
    assert_eq!(count(&doc, "g", "milestone"), 2);
    let title = doc
        .descendants()
        .find(|n| n.attribute("class") == Some("title"))
        .and_then(|n| n.text())
        .map(str::trim);
    assert_eq!(title, Some("16a  Tỷ suất trẻ em bị tai nạn thương tích"));
    // Only the picture is left in the folder: the temporary file is gone.
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .expect("the folder")
        .map(|e| e.expect("an entry").file_name())
        .collect();
    assert_eq!(names, ["16a.svg"]);
}

#[test]
fn an_existing_file_is_replaced_only_with_force() {
    let dir = tempfile::tempdir().expect("a folder");
    std::fs::write(dir.path().join("3.svg"), "kept").expect("a file");
    chart(dir.path(), "3", &["-o", "3.svg"])
        .assert_exit_says(2, "it exists; use --force to replace it");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("3.svg"))
            .ok()
            .as_deref(),
        Some("kept")
    );
    let run = chart(dir.path(), "3", &["-o", "3.svg", "--force"]);
    assert_eq!(run.code, Some(0), "{run:?}");
    let text = std::fs::read_to_string(dir.path().join("3.svg")).expect("the picture");
    assert!(text.starts_with("<svg"), "{text}");
}

#[test]
fn bad_input_is_refused_with_what_to_do_and_nothing_is_written() {
    let dir = tempfile::tempdir().expect("a folder");
    let d = dir.path();
    chart(d, "16x", &["-o", "a.svg"])
        .assert_exit_says(2, "has no indicator or part `16x`; did you mean `16a`?");
    chart(d, "16", &["-o", "a.svg"]).assert_exit_says(
        2,
        "error: indicator 16 has parts, each with its own values and targets: chart one of them (16a, 16b)",
    );
    chart(d, "3", &["-o", "a.png"]).assert_exit_says(
        2,
        "`a.png` does not end in .svg; the chart is an SVG picture: name it FILE.svg",
    );
    chart(d, "3", &["-o", "a.svg", "--area", "moc_chauu"])
        .assert_exit_says(2, "unknown area `moc_chauu`; did you mean `moc_chau`?");
    chart(d, "3", &["-o", "missing/a.svg"]).assert_exit_says(
        2,
        "cannot write `missing/a.svg`: the folder `missing` does not exist",
    );
    std::fs::create_dir(d.join("folder.svg")).expect("a folder");
    chart(d, "3", &["-o", "folder.svg", "--force"])
        .assert_exit_says(2, "it exists and is not a regular file");
    // Before any value: nothing to draw.
    let (plan, sample) = (plan(), sample());
    let early = [
        "chart",
        "3",
        &plan,
        &sample,
        "--as-of",
        "2020-06-30",
        "-o",
        "a.svg",
    ];
    run_in(d, &early).assert_exit_says(
        1,
        "error: the data give no value of 3 for area son_la in periods ended by 2020-06-30, so there is nothing to draw",
    );
    let left: Vec<_> = std::fs::read_dir(d)
        .expect("the folder")
        .map(|e| e.expect("an entry").file_name())
        .collect();
    assert_eq!(left, ["folder.svg"], "nothing else was written");
}

#[test]
fn an_area_inside_the_plans_is_drawn_from_its_own_values() {
    let dir = tempfile::tempdir().expect("a folder");
    let run = chart(dir.path(), "3", &["-o", "mc.svg", "--area", "moc_chau"]);
    assert_eq!(run.code, Some(0), "{run:?}");
    assert!(run.stdout.contains("3 in area moc_chau"), "{run:?}");
    let text = std::fs::read_to_string(dir.path().join("mc.svg")).expect("the picture");
    assert!(text.contains("Huyện Mộc Châu, as of 2025-06-30"), "{text}");
}

#[test]
fn rejected_rows_are_reported_and_exit_1_unless_keep_going() {
    let dir = tempfile::tempdir().expect("a folder");
    let d = dir.path();
    let rows =
        "indicator,area,period,value\n3,son_la,2021,11.1\n3,son_la,2022,10.9\n99,son_la,2022,1\n";
    std::fs::write(d.join("rows.csv"), rows).expect("a data file");
    let plan = plan();
    let args = |out: &'static str, more: &[&'static str]| {
        let mut args = vec![
            "chart",
            "3",
            plan.as_str(),
            "rows.csv",
            "--as-of",
            "2025-06-30",
            "-o",
            out,
        ];
        args.extend_from_slice(more);
        run_in(d, &args)
    };
    let run = args("a.svg", &[]);
    run.assert_exit_says(
        1,
        "pass --keep-going to accept the chart of the rows that were read",
    );
    assert!(
        run.stderr.contains("rows.csv:4"),
        "the row is named: {run:?}"
    );
    assert!(run.stdout.contains("2 values"), "{run:?}");
    let run = args("b.svg", &["--keep-going"]);
    assert_eq!(run.code, Some(0), "{run:?}");
    assert!(d.join("b.svg").is_file());
}

/// The picture in a real browser: an image page showing it lays it out at its own size
/// (720 × 420), within a window of that width, with no words cut off at its edges (a long
/// unit, `/100.000 trẻ em`, once was), and its screenshot is kept under
/// `target/browser/` for a person to look at.
#[test]
fn the_chart_is_drawn_by_a_browser() {
    use crate::common::chromium::{self, chromium};
    let Some(browser) = chromium() else { return };
    let dir = tempfile::tempdir().expect("a folder");
    let run = chart(dir.path(), "16a", &["-o", "16a.svg"]);
    assert_eq!(run.code, Some(0), "{run:?}");
    let svg = std::fs::read_to_string(dir.path().join("16a.svg")).expect("the picture");
    let page = format!("<!doctype html><html><body style='margin:0'>{svg}</body></html>");
    let measured = chromium::evaluate(
        &browser,
        &page,
        720,
        "const s = document.querySelector('svg').getBoundingClientRect();
         return [Math.round(s.width), Math.round(s.height),
                 document.documentElement.scrollWidth, window.innerWidth,
                 document.querySelectorAll('svg polyline').length,
                 [...document.querySelectorAll('svg text')].filter(t => {
                     const b = t.getBoundingClientRect();
                     return b.left < s.left || b.right > s.right || b.top < s.top || b.bottom > s.bottom;
                 }).length];",
    )
    .expect("measured");
    let numbers: Vec<u64> = measured
        .trim_matches(['[', ']'])
        .split(',')
        .map(|n| n.trim().parse().expect("a number"))
        .collect();
    assert_eq!(numbers[..2], [720, 420], "the picture's size: {measured}");
    assert!(
        numbers[2] <= numbers[3],
        "wider than the window: {measured}"
    );
    assert!(numbers[4] >= 3, "its lines: {measured}");
    assert_eq!(
        numbers[5], 0,
        "words cut off at the picture's edge: {measured}"
    );
    let file = dir.path().join("16a.html");
    std::fs::write(&file, &page).expect("the page");
    let png = chromium::artifacts().join("chart-16a.png");
    chromium::screenshot(&browser, &file, (720, 420), &png).expect("a screenshot");
    assert!(std::fs::read(&png)
        .expect("the PNG")
        .starts_with(b"\x89PNG"));
}

/// `--lang vi`: the picture's words in Vietnamese, its numbers with a decimal comma and its
/// date day first.
#[test]
fn the_chart_speaks_vietnamese_with_lang_vi() {
    let dir = tempfile::tempdir().expect("a folder");
    let run = chart(dir.path(), "3", &["-o", "3.svg", "--lang", "vi"]);
    assert_eq!(run.code, Some(0), "{run:?}");
    let text = std::fs::read_to_string(dir.path().join("3.svg")).expect("the picture");
    let doc = roxmltree::Document::parse(&text).expect("XML");
    let texts = |class: &str| -> Vec<String> {
        doc.descendants()
            .filter(|n| n.attribute("class") == Some(class))
            .flat_map(|n| n.descendants())
            .filter(|n| n.is_text())
            .filter(|n| n.parent().is_some_and(|p| p.has_tag_name("text")))
            .filter_map(|n| n.text())
            .map(|t| t.trim().to_string())
            .filter(|t| !t.is_empty())
            .collect()
    };
    assert_eq!(texts("subtitle"), ["Tỉnh Sơn La, tính đến ngày 30/06/2025"]);
    assert_eq!(
        texts("legend"),
        [
            "số liệu thực tế",
            "lộ trình đến chỉ tiêu",
            "dự báo",
            "mốc chỉ tiêu"
        ]
    );
    assert_eq!(texts("milestone"), ["< 9,5", "< 9"]);
    // What a pointer on a milestone shows: its status in words.
    assert!(
        text.contains("<title>2025 &lt; 9,5: Cần đẩy nhanh tiến độ</title>"),
        "{text}"
    );
    assert!(
        texts("value").iter().all(|v| !v.contains('.')),
        "{:?}",
        texts("value")
    );
}
