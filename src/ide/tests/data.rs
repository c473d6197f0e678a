//! The data beside a plan, found, read and evaluated.

use super::{bundled, bundled_analysis};
use crate::date::Date;
use crate::eval::Status;
use crate::files::Disk;
use crate::i18n::Lang;
use crate::ide::data::{beside, evaluate, files_for, Unevaluated};
use crate::ide::{hover, hover_with_data, Analysis};
use crate::source::Source;
use std::path::{Path, PathBuf};
use std::rc::Rc;

const PLAN: &str = r#"plan "P" { document "1/KH" issuer ubnd signed 2021-01-05 period 2021..2030 }
agency ubnd "Ủy ban nhân dân"
area tinh "Tỉnh" kind province
objective a "Mục tiêu 1" source "I"
indicator 1 "Tỷ lệ xã đạt chuẩn" {
    objective a  unit percent  direction increase
    target 2025 >= 90  target 2030 >= 95
    lead ubnd  source "I.1"
}
"#;

const AS_OF: Date = Date {
    year: 2025,
    month: 6,
    day: 30,
};

/// `text` written at `path`, its folder made.
fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().expect("a folder")).expect("made");
    std::fs::write(path, text).expect("written");
}

/// The plan at `path`, analysed from the disk.
fn analysed(path: &Path, text: &str) -> Analysis {
    write(path, text);
    Analysis::new(Source::new(path.display().to_string(), text), Rc::new(Disk))
}

#[test]
fn the_files_named_after_the_plan_beside_it_are_its_data() {
    let dir = tempfile::tempdir().expect("a folder");
    let plan = dir.path().join("p.plan");
    let a = analysed(&plan, PLAN);
    write(
        &dir.path().join("p.csv"),
        "indicator,area,period,value\n1,tinh,2021,80\n",
    );
    write(
        &dir.path().join("data/p-2024.csv"),
        "indicator,area,period,value\n1,tinh,2024,89\n",
    );
    // Not named after the plan, or not data.
    write(
        &dir.path().join("data/q.csv"),
        "indicator,area,period,value\n1,tinh,2023,10\n",
    );
    write(&dir.path().join("data/p-notes.txt"), "notes");
    write(&dir.path().join("p.txt"), "notes");
    let found = beside(&plan);
    assert_eq!(
        found,
        [dir.path().join("p.csv"), dir.path().join("data/p-2024.csv")]
    );
    assert_eq!(files_for(&plan, &[]), found);
    let given = [dir.path().join("data/q.csv")];
    assert_eq!(files_for(&plan, &given), given);

    let data = evaluate(&a, &found, Some(AS_OF)).expect("data");
    assert_eq!((data.errors, data.warnings), (0, 0));
    assert_eq!(data.files, found);
    let e = data.evaluation.expect("evaluated");
    let first = e.results.first().expect("a result");
    assert_eq!(first.latest.as_ref().map(|p| p.value), Some(89.0));
    assert_eq!(first.baseline.as_ref().map(|p| p.value), Some(80.0));
    // Hovered with it, the indicator says where it stands.
    let at = PLAN.find("indicator 1").expect("there") + "indicator ".len();
    let md = hover(&a, at, Lang::Vi, Some(&e)).expect("a hover").markdown;
    assert!(md.contains("**Kết quả mới nhất:** 89% (2024)"), "{md}");
    assert!(md.contains(&crate::i18n::status_label(Lang::Vi, first.status)));
    assert_ne!(first.status, Status::InsufficientData);
}

#[test]
fn problems_are_counted_and_a_plan_that_cannot_be_judged_says_why() {
    let dir = tempfile::tempdir().expect("a folder");
    let plan = dir.path().join("p.plan");
    let a = analysed(&plan, PLAN);
    assert!(evaluate(&a, &[], Some(AS_OF)).is_none());
    let bad = dir.path().join("bad.csv");
    write(
        &bad,
        "indicator,area,period,value\n1,tinh,2021,abc\n9,tinh,2021,5\n",
    );
    let missing = dir.path().join("missing.csv");
    let data = evaluate(&a, &[bad, missing], Some(AS_OF)).expect("data");
    assert_eq!(data.errors, 3, "two rows refused, one file missing");
    assert!(data.evaluation.is_ok());

    let broken = analysed(
        &dir.path().join("broken.plan"),
        &PLAN.replace("lead ubnd", "lead nobody"),
    );
    let data = evaluate(&broken, &[dir.path().join("bad.csv")], Some(AS_OF)).expect("data");
    let why = data.evaluation.expect_err("not evaluated");
    assert_eq!(why, Unevaluated::PlanHasErrors { errors: 1 });
    assert_eq!(
        why.words(Lang::En),
        "the plan has an error: its data are evaluated once it is fixed"
    );
    assert_eq!(
        why.words(Lang::Vi),
        "Kế hoạch còn 1 lỗi: số liệu sẽ được đánh giá khi sửa xong"
    );

    let no_area = analysed(
        &dir.path().join("no-area.plan"),
        &PLAN.replace("area tinh \"Tỉnh\" kind province\n", ""),
    );
    let data = evaluate(&no_area, &[dir.path().join("bad.csv")], Some(AS_OF)).expect("data");
    let why = data.evaluation.expect_err("no area");
    assert!(matches!(why, Unevaluated::Plan(_)));
    assert_eq!(why.words(Lang::Vi), Lang::Vi.text("refuse-no-area"));
}

#[cfg(unix)]
#[test]
fn a_fifo_named_by_the_setting_is_skipped_not_waited_on() {
    let dir = tempfile::tempdir().expect("a folder");
    let a = analysed(&dir.path().join("p.plan"), PLAN);
    let fifo = dir.path().join("fifo.csv");
    let name = std::ffi::CString::new(fifo.display().to_string()).expect("a path");
    // SAFETY: `name` is a NUL-terminated path that lives across the call.
    assert_eq!(unsafe { libc::mkfifo(name.as_ptr(), 0o600) }, 0);
    let data = evaluate(&a, std::slice::from_ref(&fifo), Some(AS_OF)).expect("data");
    assert_eq!(data.skipped, [fifo]);
    assert_eq!(data.errors, 0);
}

#[test]
fn the_bundled_sample_data_evaluate_the_son_la_plan() {
    let son_la = bundled_analysis("plans/son-la-children-2021-2030.plan");
    let files: Vec<PathBuf> = [
        "plans/data/son-la-sample.csv",
        "plans/data/son-la-submissions.csv",
    ]
    .iter()
    .map(|p| bundled(p))
    .collect();
    let data = evaluate(&son_la, &files, Some(AS_OF)).expect("data");
    assert_eq!(data.errors, 0);
    let e = data.evaluation.expect("evaluated");
    assert!(e.results.iter().any(|r| r.latest.is_some()));
    assert!(!e.reporting.is_empty(), "the submissions are read too");
}

#[test]
fn a_hover_with_data_names_the_files_and_what_went_wrong_with_them() {
    let dir = tempfile::tempdir().expect("a folder");
    let plan = dir.path().join("p.plan");
    let a = analysed(&plan, PLAN);
    let good = dir.path().join("p.csv");
    write(&good, "indicator,area,period,value\n1,tinh,2024,89\n");
    let bad = dir.path().join("bad.csv");
    write(
        &bad,
        "indicator,area,period,value\n1,tinh,2021,abc\n1,tinh,2022,xyz\n",
    );
    let missing = dir.path().join("missing.csv");
    let files = [good, bad, missing];
    let data = evaluate(&a, &files, Some(AS_OF)).expect("data");
    let at = PLAN.find("indicator 1").expect("there") + "indicator ".len();
    let md = hover_with_data(&a, at, Lang::En, || Some(&data))
        .expect("a hover")
        .markdown;
    // The status, from the rows that were read.
    assert!(md.contains("**Latest value:** 89% (2024)"), "{md}");
    assert!(
        md.contains("**Data files:** p.csv, bad.csv, missing.csv"),
        "{md}"
    );
    let refused = "**Data problem:** 2 rows refused in bad.csv; the first: line 2: ";
    assert!(md.contains(refused), "{md}");
    assert!(
        md.contains("**Data problem:** missing.csv could not be used: "),
        "{md}"
    );
    let vi = hover_with_data(&a, at, Lang::Vi, || Some(&data))
        .expect("a hover")
        .markdown;
    assert!(
        vi.contains("**Lỗi số liệu:** 2 dòng bị loại trong tệp bad.csv; dòng đầu tiên: dòng 2: "),
        "{vi}"
    );
    assert!(
        vi.contains("**Lỗi số liệu:** không dùng được tệp missing.csv: "),
        "{vi}"
    );

    // A plan with an error is not evaluated, and its hover says why.
    let broken = analysed(
        &dir.path().join("broken.plan"),
        &PLAN.replace("lead ubnd", "lead nobody"),
    );
    let data = evaluate(&broken, &files[..1], Some(AS_OF)).expect("data");
    let md = hover_with_data(&broken, at, Lang::Vi, || Some(&data))
        .expect("a hover")
        .markdown;
    assert!(
        md.contains("**Lỗi số liệu:** Kế hoạch còn 1 lỗi: số liệu sẽ được đánh giá khi sửa xong"),
        "{md}"
    );
    assert!(!md.contains("Kết quả mới nhất"), "{md}");

    // Elsewhere than on an indicator, the data are not asked for.
    let on_agency = PLAN.find("lead ubnd").expect("there") + "lead ".len();
    let md = hover_with_data(&a, on_agency, Lang::En, || panic!("data asked for"))
        .expect("a hover")
        .markdown;
    assert!(!md.contains("Data files"), "{md}");
    // Without data files, no data lines.
    let md = hover_with_data(&a, at, Lang::En, || None)
        .expect("a hover")
        .markdown;
    assert!(!md.contains("Data") && !md.contains("Latest value"), "{md}");
}
