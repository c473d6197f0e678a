//! `plan cascade` run as a user runs it: the matrix in each format, and refusals.

use crate::common;

fn plan(args: &[&str]) -> (i32, String, String) {
    common::plan_in("tests/cases", args)
}

/// `plan ARGS` exits `code` and says `says` on stderr.
fn refused(args: &[&str], code: i32, says: &str) {
    common::assert_refused("tests/cases", args, code, says);
}

const PARENT: &str = "imports/national.plan";
const CHILDREN: [&str; 2] = [
    "invalid/parent_unmapped.plan",
    "invalid/less_ambitious.plan",
];

#[test]
fn the_matrix_as_text() {
    let (code, out, err) = plan(&["cascade", PARENT, CHILDREN[0], CHILDREN[1]]);
    assert_eq!(code, 0, "{err}");
    insta::assert_snapshot!(out);
}

#[test]
fn the_matrix_as_csv_has_a_row_per_parent_indicator_and_child() {
    let (code, out, err) = plan(&[
        "cascade",
        PARENT,
        CHILDREN[0],
        CHILDREN[1],
        "--format",
        "csv",
    ]);
    assert_eq!(code, 0, "{err}");
    let mut rows = csv::Reader::from_reader(out.as_bytes());
    let takes: Vec<(String, String, String)> = rows
        .records()
        .map(|r| {
            let r = r.unwrap();
            (r[0].to_string(), r[3].to_string(), r[4].to_string())
        })
        .collect();
    assert_eq!(
        takes,
        [
            (
                "1".into(),
                "invalid/parent_unmapped.plan (196/QĐ-UBND)".into(),
                "adopted".into()
            ),
            (
                "1".into(),
                "invalid/less_ambitious.plan (196/QĐ-UBND)".into(),
                "adapted".into()
            ),
            (
                "2".into(),
                "invalid/parent_unmapped.plan (196/QĐ-UBND)".into(),
                "missing".into()
            ),
            (
                "2".into(),
                "invalid/less_ambitious.plan (196/QĐ-UBND)".into(),
                "adopted".into()
            ),
        ]
    );
}

#[test]
fn the_matrix_as_json_gives_values_and_reasons() {
    let (code, out, err) = plan(&["cascade", PARENT, CHILDREN[1], "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let cell = &v["rows"][0]["cells"][0];
    assert_eq!(cell["take"], "adapted");
    assert_eq!(cell["because"], "Tỉnh miền núi, tỷ lệ năm 2020 mới đạt 90%");
    assert_eq!(cell["targets"][0], "2025 >= 95");
    assert_eq!(v["rows"][0]["parent_targets"][0], "2025 >= 97");
    assert_eq!(v["added"][0].as_array().unwrap().len(), 0);
}

#[test]
fn a_child_that_implements_another_plan_is_refused() {
    let (code, out, err) = plan(&["cascade", "imports/shared.plan", CHILDREN[0]]);
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert!(
        err.contains(
            "implements `national` (\"../imports/national.plan\"), not `imports/shared.plan`"
        ),
        "{err}"
    );
    refused(
        &["cascade", PARENT, "imports/shared.plan"],
        1,
        "does not say which plan it implements",
    );
}

#[test]
fn a_plan_with_errors_or_no_file_is_refused() {
    let child = "invalid/unknown_parent_indicator.plan";
    refused(
        &["cascade", PARENT, child],
        1,
        "plan::unknown_parent_indicator",
    );
    refused(
        &["cascade", PARENT, "nowhere.plan"],
        2,
        "cannot read `nowhere.plan`",
    );
    let (code, _, _) = plan(&["cascade", PARENT]);
    assert_eq!(code, 2, "a child is required");
}

const NATIONAL: &str = "plans/national/children-2021-2030.plan";
const SON_LA: &str = "plans/son-la-children-2021-2030.plan";

/// `plan cascade PARENT CHILD MORE` on bundled plans, which succeeds: its output.
fn cascade_bundled(parent: &str, child: &str, more: &[&str]) -> String {
    let args = [&["cascade", parent, child], more].concat();
    let (code, out, err) = common::plan_in(".", &args);
    assert_eq!(code, 0, "{err}");
    out
}

/// The bundled plans: the national program against the Sơn La plan, and Sơn La against the
/// Mộc Châu district example.
#[test]
fn the_national_and_son_la_matrix() {
    let out = cascade_bundled(NATIONAL, SON_LA, &[]);
    assert!(out.ends_with(
        "[1] plans/son-la-children-2021-2030.plan (196/QĐ-UBND): 20 adopted, 13 adapted, 1 waived, 0 missing; 0 added: none\n"
    ));
    insta::assert_snapshot!(out);
    let csv = cascade_bundled(NATIONAL, SON_LA, &["--format", "csv"]);
    insta::assert_snapshot!("the_national_and_son_la_matrix_csv", csv);
}

#[test]
fn the_son_la_and_district_matrix() {
    let out = cascade_bundled(
        SON_LA,
        "plans/districts/moc-chau-children-2021-2030.plan",
        &[],
    );
    insta::assert_snapshot!(out);
}
