//! `plan report PLAN DATA... -o FILE.html` (issue 13 §2): the page of the Sơn La plan and its
//! sample data in a real browser (every indicator's chart there, nothing wider than an A4
//! page, printed to a PDF of several A4 pages, a screenshot kept under `target/browser/`);
//! a page for every bundled plan in both languages, referring to nothing outside itself; the
//! plan's words escaped; every bad input refused with its words and exit status.

use crate::common::{run_in, Run};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A file of the repository, as an absolute path.
fn file(path: &str) -> String {
    root().join(path).display().to_string()
}

const SON_LA: &str = "plans/son-la-children-2021-2030.plan";
const SAMPLE: &str = "plans/data/son-la-sample.csv";
const SUBMISSIONS: &str = "plans/data/son-la-submissions.csv";

/// `plan ARGS` in `dir`, the files named relative to the repository made absolute.
fn plan(dir: &Path, args: &[&str]) -> Run {
    let args: Vec<String> = args
        .iter()
        .map(|a| {
            if a.starts_with("plans/") {
                file(a)
            } else {
                a.to_string()
            }
        })
        .collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    run_in(dir, &args)
}

/// The Sơn La report as of 30 June 2025 in `lang`, written to `dir/NAME`; its text.
fn son_la_page(dir: &Path, lang: &str, name: &str) -> String {
    let run = plan(
        dir,
        &[
            "--lang",
            lang,
            "report",
            SON_LA,
            SAMPLE,
            SUBMISSIONS,
            "--as-of",
            "2025-06-30",
            "-o",
            name,
        ],
    );
    assert_eq!(run.code, Some(0), "{run:?}");
    let wrote = match lang {
        "vi" => format!("đã ghi {name}: 62 mức chỉ tiêu của 33 chỉ tiêu, địa bàn son_la, tính đến ngày 30/06/2025, 33 biểu đồ\n"),
        _ => format!("wrote {name}: 62 targets of 33 indicators in area son_la as of 2025-06-30, 33 charts\n"),
    };
    assert_eq!(run.stdout, wrote);
    std::fs::read_to_string(dir.join(name)).expect("the page")
}

/// The ids of the indicators and parts `plan eval` judges on the same plan and data: what the
/// page must have a chart of.
fn evaluated_ids(dir: &Path, plan_and_data: &[&str]) -> BTreeSet<String> {
    let mut args = vec!["eval"];
    args.extend_from_slice(plan_and_data);
    args.extend_from_slice(&["--as-of", "2025-06-30", "--format", "json"]);
    let run = plan(dir, &args);
    let json: Value = serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {run:?}"));
    json["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(|r| r["indicator"].as_str().expect("an id").to_string())
        .collect()
}

/// The value of every `attribute="..."` in `page`.
fn attributes(page: &str, attribute: &str) -> Vec<String> {
    let key = format!(" {attribute}=\"");
    page.match_indices(&key)
        .map(|(i, _)| {
            let rest = &page[i + key.len()..];
            rest[..rest.find('"').expect("a closing quote")].to_string()
        })
        .collect()
}

/// A page refers to nothing outside itself: no script, no style sheet, image or frame
/// fetched, no link but to its own sections, no address but the SVG's namespace.
fn assert_self_contained(page: &str) {
    for never in [
        "<script", "<link", "<img", "<iframe", "<object", "<embed", "url(", "@import",
    ] {
        assert!(!page.contains(never), "{never} in the page");
    }
    assert!(attributes(page, "src").is_empty());
    for href in attributes(page, "href") {
        assert!(href.starts_with("#section-"), "a link out: {href}");
    }
    let svgs = page.matches("<svg").count();
    assert_eq!(
        page.matches("http").count(),
        page.matches("xmlns=\"http://www.w3.org/2000/svg\"").count(),
        "an address besides the SVGs' namespace"
    );
    assert_eq!(
        page.matches("xmlns=\"http://www.w3.org/2000/svg\"").count(),
        svgs
    );
}

/// A4 is 210 mm wide; the page's margins take 14 mm each side: 182 mm of content, at the
/// 96 pixels an inch the browser prints at.
const A4_CONTENT_WIDTH: u32 = 688;

/// The page in a real browser, at the width of an A4 page's content: every indicator the
/// evaluation judges has its chart (matched by id), no element reaches past the width, and
/// printing gives a PDF of A4 pages, more than one; the screenshot and the PDF are kept under
/// `target/browser/` for a person to look at.
#[test]
fn the_son_la_page_is_laid_out_and_printed_by_a_browser() {
    use crate::common::chromium::{self, chromium};
    let Some(browser) = chromium() else { return };
    let dir = tempfile::tempdir().expect("a folder");
    let page = son_la_page(dir.path(), "vi", "report.html");
    let expected = evaluated_ids(dir.path(), &[SON_LA, SAMPLE, SUBMISSIONS]);
    assert_eq!(expected.len(), 33);
    let measured = chromium::evaluate(
        &browser,
        &page,
        A4_CONTENT_WIDTH,
        "const width = window.innerWidth;
         const over = [...document.querySelectorAll('body *')]
             .filter(e => e.getBoundingClientRect().right > width + 0.5)
             .map(e => e.tagName + '.' + (e.getAttribute('class') || ''));
         const charts = [...document.querySelectorAll('figure.chart')].map(f => {
             const svg = f.querySelector('svg');
             const box = svg ? svg.getBoundingClientRect() : null;
             return [f.dataset.indicator, box ? Math.round(box.width) : 0,
                     box ? Math.round(box.height) : 0];
         });
         return {width: width, scroll: document.documentElement.scrollWidth,
                 over: over.slice(0, 10), charts: charts,
                 lang: document.documentElement.lang};",
    )
    .expect("measured");
    let m: Value = serde_json::from_str(&measured).expect("JSON");
    assert_eq!(m["width"], A4_CONTENT_WIDTH, "{measured}");
    assert!(
        m["scroll"].as_u64() <= m["width"].as_u64(),
        "the page is wider than A4: {measured}"
    );
    assert_eq!(
        m["over"],
        Value::Array(Vec::new()),
        "past the edge: {measured}"
    );
    assert_eq!(m["lang"], "vi");
    let charts = m["charts"].as_array().expect("charts");
    let drawn: BTreeSet<String> = charts
        .iter()
        .filter(|c| c[1].as_u64().unwrap_or(0) > 0)
        .map(|c| c[0].as_str().expect("an id").to_string())
        .collect();
    assert_eq!(charts.len(), expected.len(), "one figure each: {measured}");
    assert_eq!(drawn, expected, "a chart for each indicator judged");
    for c in charts {
        // Scaled to the width, as drawn: 720 × 420.
        let (w, h) = (c[1].as_f64().unwrap_or(0.0), c[2].as_f64().unwrap_or(0.0));
        assert!(w <= f64::from(A4_CONTENT_WIDTH) && w > 500.0, "{c}");
        assert!((h / w - 420.0 / 720.0).abs() < 0.02, "{c}");
    }
    // The page with most agencies, reports and tasks owed fits too.
    let run = plan(
        dir.path(),
        &[
            "--lang",
            "vi",
            "report",
            "plans/dong-nai-drugs-2025.plan",
            "plans/data/dong-nai-tasks-done.csv",
            "--as-of",
            "2025-12-15",
            "-o",
            "dong-nai.html",
        ],
    );
    assert_eq!(run.code, Some(0), "{run:?}");
    let tables = std::fs::read_to_string(dir.path().join("dong-nai.html")).expect("the page");
    let measured = chromium::evaluate(
        &browser,
        &tables,
        A4_CONTENT_WIDTH,
        "const width = window.innerWidth;
         const lines = c => { const r = document.createRange(); r.selectNodeContents(c);
                              return r.getClientRects().length; };
         return [document.documentElement.scrollWidth, width,
                 [...document.querySelectorAll('body *')]
                     .filter(e => e.getBoundingClientRect().right > width + 0.5).length,
                 Math.max(...[...document.querySelectorAll('table.agencies td.number')]
                     .map(lines))];",
    )
    .expect("measured");
    let numbers: Vec<u64> = serde_json::from_str(&measured).expect("numbers");
    assert!(numbers[0] <= numbers[1], "wider than A4: {measured}");
    assert_eq!(numbers[2], 0, "past the edge: {measured}");
    // A count or a rate on one line (a column squeezed to a letter's width once broke
    // `0,0%` in two).
    assert_eq!(numbers[3], 1, "a number broken into lines: {measured}");
    let artifacts = chromium::artifacts();
    let (png, pdf) = (
        artifacts.join("report-son-la.png"),
        artifacts.join("report-son-la.pdf"),
    );
    let _ = std::fs::remove_file(&pdf);
    let html = dir.path().join("report.html");
    chromium::print_pdf(&browser, &html, &pdf).expect("printed");
    let bytes = std::fs::read(&pdf).expect("the PDF");
    assert!(bytes.starts_with(b"%PDF-"));
    let text = String::from_utf8_lossy(&bytes);
    let pages = text.matches("/Type /Page").count() - text.matches("/Type /Pages").count();
    assert!(pages > 1, "{pages} pages");
    // A4 in points: 595.3 × 841.9.
    let media = &text[text.find("/MediaBox [").expect("a page's size") + 11..];
    let size: Vec<f64> = media[..media.find(']').expect("a bracket")]
        .split_whitespace()
        .map(|n| n.parse().expect("a number"))
        .collect();
    assert!(
        (size[2] - 595.3).abs() < 1.5 && (size[3] - 841.9).abs() < 1.5,
        "not A4: {size:?}"
    );
    chromium::screenshot(&browser, &html, (800, 2400), &png).expect("a screenshot");
    assert!(std::fs::read(&png)
        .expect("the PNG")
        .starts_with(b"\x89PNG"));
}

#[test]
fn the_page_is_in_vietnamese_with_lang_vi_and_in_english_without() {
    let dir = tempfile::tempdir().expect("a folder");
    let vi = son_la_page(dir.path(), "vi", "vi.html");
    let en = son_la_page(dir.path(), "en", "en.html");
    assert!(vi.starts_with("<!DOCTYPE html><html lang=\"vi\">"));
    assert!(en.starts_with("<!DOCTYPE html><html lang=\"en\">"));
    for words in [
        "Báo cáo kết quả thực hiện Kế hoạch",
        "Tổng hợp kết quả",
        "Đúng tiến độ",
        "Cần đẩy nhanh tiến độ",
        "Tính đến ngày",
        "30/06/2025",
        "<span class=\"value\">10,52‰</span> (2024)",
        "Đã nhận 94/99 báo cáo phải gửi (94,9%).",
    ] {
        assert!(vi.contains(words), "{words}");
    }
    for words in [
        "Results of the plan",
        "Summary",
        "on track",
        "<span class=\"value\">10.52‰</span> (2024)",
    ] {
        assert!(en.contains(words), "{words}");
        assert!(!vi.contains(words), "{words} in the Vietnamese page");
    }
    for page in [&vi, &en] {
        assert_self_contained(page);
        let figures = attributes(page, "data-indicator");
        // An article and its figure each name the indicator.
        assert_eq!(figures.len(), 66);
    }
}

/// Every bundled plan gets its page and its document to file in both languages: with the sample data where there is
/// one, its own data file where it has one, else none (no target has values yet). The
/// amendments are not plans (they amend one), and the Hà Nội example declares no area, so
/// nothing can be evaluated there: it is refused as `plan eval` refuses it.
#[test]
fn every_bundled_plan_has_its_page_and_document_in_both_languages() {
    let dir = tempfile::tempdir().expect("a folder");
    let empty = dir.path().join("empty.csv");
    std::fs::write(&empty, "indicator,area,period,value\n").expect("a data file");
    let empty = empty.display().to_string();
    // Each plan's data: the sample the Sơn La plan comes with, the record of tasks done
    // Đồng Nai's comes with; none for the others.
    let data_of = |path: &str| -> &'static [&'static str] {
        match path {
            SON_LA => &[SAMPLE, SUBMISSIONS],
            "plans/dong-nai-drugs-2025.plan" => &["plans/data/dong-nai-tasks-done.csv"],
            _ => &[],
        }
    };
    const NO_AREA: &str = "plans/examples/ha-noi-air-quality-EXAMPLE.plan";
    let mut plans: Vec<String> = Vec::new();
    for folder in [
        "plans",
        "plans/districts",
        "plans/national",
        "plans/examples",
    ] {
        for entry in std::fs::read_dir(root().join(folder)).expect("a folder of plans") {
            let name = entry.expect("an entry").file_name();
            let name = name.to_string_lossy();
            if name.ends_with(".plan") {
                plans.push(format!("{folder}/{name}"));
            }
        }
    }
    plans.sort();
    assert!(plans.len() >= 9, "{plans:?}");
    let plans: Vec<(&str, &[&str])> = plans
        .iter()
        .filter(|p| p.as_str() != NO_AREA)
        .map(|p| (p.as_str(), data_of(p)))
        .collect();
    for (n, (plan_file, data)) in plans.iter().enumerate() {
        let mut judged_on = vec![*plan_file];
        judged_on.extend_from_slice(data);
        if data.is_empty() {
            judged_on.push(&empty);
        }
        let ids = evaluated_ids(dir.path(), &judged_on);
        for lang in ["vi", "en"] {
            let name = format!("{n}-{lang}.html");
            let mut args = vec!["--lang", lang, "report", plan_file];
            args.extend_from_slice(data);
            args.extend_from_slice(&["--as-of", "2025-06-30", "-o", &name]);
            let run = plan(dir.path(), &args);
            assert_eq!(run.code, Some(0), "{plan_file}: {run:?}");
            let page = std::fs::read_to_string(dir.path().join(&name)).expect("the page");
            assert!(
                page.contains(&format!("<html lang=\"{lang}\">")),
                "{plan_file}"
            );
            assert_self_contained(&page);
            let articles: BTreeSet<String> = page
                .match_indices("<article class=\"indicator\" data-indicator=\"")
                .map(|(i, m)| {
                    let rest = &page[i + m.len()..];
                    rest[..rest.find('"').expect("a quote")].to_string()
                })
                .collect();
            assert_eq!(articles, ids, "{plan_file}");
            if data.is_empty() {
                let none = match lang {
                    "vi" => "chưa có tệp số liệu nào",
                    _ => "no data files were given",
                };
                assert!(page.contains(none), "{plan_file}");
            }
            // The document to file, from the same report: every indicator judged in its
            // results tables.
            let name = format!("{n}-{lang}.docx");
            let mut args = vec!["--lang", lang, "report", plan_file];
            args.extend_from_slice(data);
            args.extend_from_slice(&["--as-of", "2025-06-30", "--format", "docx", "-o", &name]);
            let run = plan(dir.path(), &args);
            assert_eq!(run.code, Some(0), "{plan_file}: {run:?}");
            let body = document_xml(&std::fs::read(dir.path().join(&name)).expect("written"));
            assert!(
                body.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                "{plan_file}"
            );
            for id in &ids {
                assert!(
                    body.contains(&format!(">{id}<")),
                    "{plan_file}: {id} in the document"
                );
            }
        }
    }
    plan(dir.path(), &["report", NO_AREA, "-o", "x.html"])
        .assert_exit_says(2, "the plan declares no areas");
    assert!(!dir.path().join("x.html").exists());
}

#[test]
fn the_plan_s_words_are_text_in_the_page_never_markup() {
    let plan_text = r#"plan "Kế hoạch <b>A</b> & B" { document "1/KH" issuer ubnd signed 2024-01-05 period 2024..2026 }
agency ubnd "Ủy ban <i>nhân dân</i> tỉnh" short "UBND & tỉnh"
area tinh "Tỉnh <X>" kind province
indicator 1 "Tỷ lệ <script>alert(1)</script> & hơn" {
    unit percent  direction increase  lead ubnd  source "I.1"
    baseline 2023 = 10
    target 2026 >= 20
}
"#;
    let dir = tempfile::tempdir().expect("a folder");
    std::fs::write(dir.path().join("p.plan"), plan_text).expect("a plan");
    std::fs::write(
        dir.path().join("d.csv"),
        "indicator,area,period,value\n1,tinh,2024,12\n",
    )
    .expect("data");
    let run = plan(
        dir.path(),
        &[
            "report",
            "p.plan",
            "d.csv",
            "--as-of",
            "2025-03-01",
            "-o",
            "r.html",
        ],
    );
    assert_eq!(run.code, Some(0), "{run:?}");
    let page = std::fs::read_to_string(dir.path().join("r.html")).expect("the page");
    assert!(
        page.contains("<h1>Kế hoạch &lt;b&gt;A&lt;/b&gt; &amp; B</h1>"),
        "{page}"
    );
    assert!(page.contains("Tỷ lệ &lt;script&gt;alert(1)&lt;/script&gt; &amp; hơn"));
    assert!(page.contains("UBND &amp; tỉnh"));
    assert!(page.contains("Tỉnh &lt;X&gt;"));
    for markup in ["<b>", "<i>", "<script", "<X>"] {
        assert!(!page.contains(markup), "{markup} as markup");
    }
    assert_self_contained(&page);
}

#[test]
fn bad_input_is_refused_with_what_to_do_and_nothing_is_written() {
    let dir = tempfile::tempdir().expect("a folder");
    let d = dir.path();
    let report = |more: &[&str]| {
        let mut args = vec!["report", SON_LA, SAMPLE, "--as-of", "2025-06-30"];
        args.extend_from_slice(more);
        plan(d, &args)
    };
    report(&[]).assert_exit_says(2, "--output <FILE>");
    report(&["-o", "r.pdf"]).assert_exit_says(
        2,
        "`r.pdf` does not end in .html; --format html writes an HTML page: name it FILE.html",
    );
    report(&["-o", "r.html", "--format", "docx"]).assert_exit_says(
        2,
        "`r.html` does not end in .docx; --format docx writes a Word document: name it FILE.docx",
    );
    report(&["-o", "r.html", "--area", "moc_chauu"])
        .assert_exit_says(2, "unknown area `moc_chauu`; did you mean `moc_chau`?");
    report(&["-o", "r.html", "--format", "pdf"]).assert_exit_says(2, "invalid value 'pdf'");
    report(&["-o", "missing/r.html"]).assert_exit_says(
        2,
        "cannot write `missing/r.html`: the folder `missing` does not exist",
    );
    plan(d, &["report", SON_LA, "nothing.csv", "-o", "r.html"]).assert_exit_says(2, "nothing.csv");
    let left: Vec<_> = std::fs::read_dir(d)
        .expect("the folder")
        .map(|e| e.expect("an entry").file_name())
        .collect();
    assert!(left.is_empty(), "written: {left:?}");
    std::fs::write(d.join("kept.html"), "kept").expect("a file");
    report(&["-o", "kept.html"]).assert_exit_says(2, "it exists; use --force to replace it");
    assert_eq!(
        std::fs::read_to_string(d.join("kept.html")).ok().as_deref(),
        Some("kept")
    );
    let run = report(&["-o", "kept.html", "--force"]);
    assert_eq!(run.code, Some(0), "{run:?}");
    assert!(std::fs::read_to_string(d.join("kept.html"))
        .expect("the page")
        .starts_with("<!DOCTYPE html>"));
}

#[test]
fn rejected_rows_are_reported_and_exit_1_unless_keep_going() {
    let dir = tempfile::tempdir().expect("a folder");
    let d = dir.path();
    let rows =
        "indicator,area,period,value\n3,son_la,2021,11.1\n3,son_la,2022,10.9\n99,son_la,2022,1\n";
    std::fs::write(d.join("rows.csv"), rows).expect("a data file");
    let run = plan(
        d,
        &[
            "report",
            SON_LA,
            "rows.csv",
            "--as-of",
            "2025-06-30",
            "-o",
            "a.html",
        ],
    );
    run.assert_exit_says(
        1,
        "pass --keep-going to accept the report of the rows that were read",
    );
    assert!(
        run.stderr.contains("rows.csv:4"),
        "the row is named: {run:?}"
    );
    let page = std::fs::read_to_string(d.join("a.html")).expect("written all the same");
    assert!(
        page.contains("<section id=\"problems\">"),
        "the page lists the problem"
    );
    assert!(page.contains("rows.csv:4"));
    let run = plan(
        d,
        &[
            "report",
            SON_LA,
            "rows.csv",
            "--as-of",
            "2025-06-30",
            "-o",
            "b.html",
            "--keep-going",
        ],
    );
    assert_eq!(run.code, Some(0), "{run:?}");
}

/// The text of a Word document's body (`word/document.xml`).
fn document_xml(docx: &[u8]) -> String {
    let parts = crate::common::zip_parts::parts_of(docx);
    let (_, xml) = parts
        .into_iter()
        .find(|(name, _)| name == "word/document.xml")
        .expect("a Word document has a body");
    String::from_utf8(xml).expect("UTF-8")
}

#[test]
fn format_docx_writes_the_document_to_file_the_library_writes() {
    use planlang::data::{DataSet, LoadOptions};
    use planlang::i18n::Lang;
    use planlang::render::report::{docx, Report};
    let dir = tempfile::tempdir().expect("a folder");
    let run = plan(
        dir.path(),
        &[
            "--lang",
            "vi",
            "report",
            SON_LA,
            SAMPLE,
            SUBMISSIONS,
            "--as-of",
            "2025-06-30",
            "--format",
            "docx",
            "-o",
            "bao-cao.docx",
        ],
    );
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "đã ghi bao-cao.docx: 62 mức chỉ tiêu của 33 chỉ tiêu, địa bàn son_la, tính đến ngày 30/06/2025\n"
    );
    let written = std::fs::read(dir.path().join("bao-cao.docx")).expect("the document");
    // The same report, built through the library as the command builds it.
    let checked = planlang::load_path(file(SON_LA)).expect("the plan");
    let mut data = DataSet::default();
    for f in [SAMPLE, SUBMISSIONS] {
        data.load_path(&checked.model, Path::new(&file(f)), LoadOptions::default());
    }
    let as_of = planlang::date::Date::parse("2025-06-30").expect("a date");
    let facts = planlang::query::Facts::new(&checked.model, &data, as_of);
    let report = Report::build(
        &checked.model,
        &facts,
        planlang::render::evaluation::GroupBy::Objective,
    )
    .expect("a report");
    let expected = docx::document(&report, Lang::Vi).expect("a document");
    let body = document_xml(&written);
    assert_eq!(body, document_xml(&expected));
    for said in ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BÁO CÁO", "Nơi nhận:"] {
        assert!(body.contains(said), "{said}");
    }
    // In English the document follows the language, the national name excepted.
    let run = plan(
        dir.path(),
        &[
            "report",
            SON_LA,
            SAMPLE,
            "--as-of",
            "2025-06-30",
            "--format",
            "docx",
            "-o",
            "report.docx",
        ],
    );
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let english = document_xml(&std::fs::read(dir.path().join("report.docx")).expect("written"));
    assert!(english.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") && english.contains("REPORT"));
}
