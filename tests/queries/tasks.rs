//! Tasks and projects in the query language and the REPL (docs/queries-and-repl.md, "Queries"): the `tasks`
//! and `projects` subjects, `late` and `overdue` before them, `show` of a task, a project and
//! an agency, an agency's `leads` and task counts; on the Đồng Nai plan with its example of
//! tasks done, where the issue's question is asked: which tasks of Sở Y tế are overdue?

use crate::common;
use crate::session::{fails, ok, root};
use planlang::date::Date;
use planlang::repl::Session;

const PLAN: &str = "plans/dong-nai-drugs-2025.plan";
const DONE: &str = "plans/data/dong-nai-tasks-done.csv";

/// A session on the Đồng Nai plan and the example of tasks done, as of 15 December 2025:
/// IV.1's plan was due by 30 November 2025.
fn dong_nai() -> Session {
    let mut options = common::repl::options();
    options.as_of = Date::parse("2025-12-15").expect("date");
    let mut s = Session::new(options);
    let r = s.load_plan(&root(PLAN));
    assert!(!r.failed, "{r:?}");
    let r = s.add_data(&[root(DONE)]);
    assert!(!r.failed, "{r:?}");
    s
}

#[test]
fn which_tasks_of_so_y_te_are_overdue() {
    let mut s = dong_nai();
    let answer = ok(&mut s, r#"overdue tasks where agency = "Sở Y tế""#).out;
    // docs/queries-and-repl.md shows this answer (tests/cli/docs.rs runs it).
    assert!(answer.starts_with("id                 title"), "{answer}");
    assert!(answer.contains("xay_dung_ke_hoach"), "{answer}");
    assert!(
        answer.contains("yte     2025-11  2025-11-30           overdue"),
        "{answer}"
    );
    assert!(answer.ends_with("(1 row)\n"), "{answer}");
    // The same question in other words: the agency by its id, the status as a condition.
    let same = ok(
        &mut s,
        "tasks where agency = yte and status = overdue columns id, due, days_late",
    );
    assert_eq!(
        same.out,
        "id                 due         days_late\nxay_dung_ke_hoach  2025-11-30         15\n(1 row)\n"
    );
    // Before the deadline it was not overdue yet: as of 30 November it is upcoming.
    ok(&mut s, ":as-of 2025-11-30");
    let before = ok(&mut s, "tasks where agency = yte columns id, status");
    assert_eq!(
        before.out,
        "id                 status\nxay_dung_ke_hoach  upcoming\n(1 row)\n"
    );
    let none = ok(&mut s, "overdue tasks where agency = yte");
    assert!(none.out.ends_with("(0 rows)\n"), "{}", none.out);
}

#[test]
fn tasks_and_projects_are_subjects_with_their_fields() {
    let mut s = dong_nai();
    // One row per lead agency of IV.1's task, each with its status.
    let counted = ok(&mut s, "count tasks where id = xay_dung_ke_hoach by status");
    assert_eq!(
        counted.out,
        "status   count\ndone         3\nlate         1\noverdue     11\n(3 rows)\n"
    );
    let late = ok(
        &mut s,
        "late tasks columns id, agency, done_on, days_late, done_note",
    );
    assert_eq!(
        late.out,
        "id                 agency  done_on     days_late  done_note\nxay_dung_ke_hoach  noivu   2025-12-05          5  Ví dụ: gửi muộn\n(1 row)\n"
    );
    // A task without a deadline is one row per lead, its status empty.
    let undated = ok(
        &mut s,
        "tasks where id = phan_cap columns id, lead, support, agency, due, status, source",
    );
    assert_eq!(
        undated.out,
        "id        lead    support  agency  due  status  source\nphan_cap  congan  noivu    congan               III.2.3.b; III.2.2\n(1 row)\n"
    );
    // Projects: the parent, what they cover, and the one with a deadline done.
    let projects = ok(
        &mut s,
        "projects where parent = da7 columns id, agency, covers, due, done_on, status",
    );
    assert_eq!(
        projects.out,
        "id        agency  covers  due         done_on     status\nda7_tda1  vhttdl  7a      2025-11-30  2025-11-27  done\nda7_tda2  congan\nda7_tda3  gddt    7b\nda7_tda4  ldld    7c\n(4 rows)\n"
    );
    let covering = ok(&mut s, "projects where covers = 9b columns id, lead");
    assert_eq!(covering.out, "id   lead\nda6  yte\n(1 row)\n");
    // `due` applies to their deadlines.
    let due = ok(&mut s, "count tasks due 2025 by status");
    assert_eq!(
        due.out,
        "status   count\ndone         3\nlate         1\noverdue     11\n(3 rows)\n"
    );
    let nov = ok(
        &mut s,
        "count projects due 2025-11-01..2025-11-30 by status",
    );
    assert_eq!(nov.out, "status  count\ndone        1\n(1 row)\n");
}

#[test]
fn an_agencys_leads_and_task_counts_include_its_tasks_and_projects() {
    let mut s = dong_nai();
    let yte = ok(
        &mut s,
        "agencies where id = yte columns id, leads, tasks_owed, tasks_done, tasks_overdue",
    );
    assert_eq!(
        yte.out,
        "id   leads                               tasks_owed  tasks_done  tasks_overdue\nyte  5a, 9a, 9b, da6, xay_dung_ke_hoach           1           0              1\n(1 row)\n"
    );
    let leading = ok(&mut s, "agencies where leads = phan_cap columns id");
    assert_eq!(leading.out, "id\ncongan\n(1 row)\n");
    let supporting = ok(&mut s, "agencies where supports = \"Tham mưu UBND tỉnh quy định về phân cấp quản lý, tổ chức thực hiện Chương trình MTQG trên địa bàn với nguyên tắc tăng cường phân cấp và đề cao tinh thần trách nhiệm cho cơ sở\" columns id");
    assert_eq!(supporting.out, "id\nnoivu\n(1 row)\n");
    let behind = ok(
        &mut s,
        "agencies where tasks_late > 0 or tasks_done > 0 columns id, tasks_owed, tasks_done, tasks_late",
    );
    assert_eq!(
        behind.out,
        "id        tasks_owed  tasks_done  tasks_late\ntaichinh           1           1           0\nnoivu              1           1           1\nvhttdl             2           1           0\ngddt               1           1           0\nubnd_xa            1           1           0\n(5 rows)\n"
    );
}

#[test]
fn show_a_task_a_project_and_an_agency_that_owes_one() {
    let mut s = dong_nai();
    let task = ok(&mut s, "show xay_dung_ke_hoach").out;
    assert!(task.starts_with("xay_dung_ke_hoach  Xây dựng kế hoạch hoặc văn bản triển khai thực hiện Kế hoạch 182/KH-UBND\n  kind        task\n"), "{task}");
    assert!(
        task.contains("\n  due         in month 11/2025\n"),
        "{task}"
    );
    assert!(
        task.contains(
            "\n  tasks due by 2025-12-15: 15 owed, 3 done, 1 late, 11 overdue; 0 upcoming\n"
        ),
        "{task}"
    );
    assert!(
        task.contains("\n    yte 2025-11: due 2025-11-30, overdue by 15 days\n"),
        "{task}"
    );
    assert!(
        task.contains("\n    noivu 2025-11: due 2025-11-30, done 2025-12-05, 5 days late\n"),
        "{task}"
    );
    let project = ok(&mut s, "show da7_tda1").out;
    assert!(project.contains("\n  kind        project\n  part of     project da7: Dự án 7: Truyền thông, giáo dục về phòng, chống ma túy\n"), "{project}");
    assert!(project.contains("\n  covers      7a\n"), "{project}");
    assert!(
        project.contains("\n    vhttdl 2025-11: due 2025-11-30, done 2025-11-27\n"),
        "{project}"
    );
    let undated = ok(&mut s, "show phan_cap").out;
    assert!(
        undated.contains("\n  due         — (no deadline: not tracked)\n"),
        "{undated}"
    );
    assert!(!undated.contains("tasks due by"), "{undated}");
    let agency = ok(&mut s, "show yte").out;
    assert!(
        agency.contains("\n  leads       5a, 9a, 9b, project da6, task xay_dung_ke_hoach\n"),
        "{agency}"
    );
    assert!(
        agency.ends_with("\n  tasks due by 2025-12-15: 1 owed, 0 done, 0 late, 1 overdue; 0 upcoming\n    task xay_dung_ke_hoach 2025-11: due 2025-11-30, overdue by 15 days\n"),
        "{agency}"
    );
    // JSON: the deadline's typed fields, and each time it is owed.
    ok(&mut s, ":format json");
    let json: serde_json::Value =
        serde_json::from_str(&ok(&mut s, "show xay_dung_ke_hoach").out).expect("json");
    assert_eq!(json["kind"], "task");
    assert_eq!(
        json["due_month"],
        serde_json::json!({ "month": 11, "year": 2025 })
    );
    assert_eq!(json["every"], serde_json::Value::Null);
    assert_eq!(json["owed"].as_array().map(Vec::len), Some(15));
    assert_eq!(json["owed"][3]["agency"], "yte");
    assert_eq!(json["owed"][3]["status"], "overdue");
    let agency: serde_json::Value =
        serde_json::from_str(&ok(&mut s, "show yte").out).expect("json");
    assert_eq!(agency["duties_led"][1]["id"], "xay_dung_ke_hoach");
    assert_eq!(agency["tasks"][0]["status"], "overdue");
    // CSV: one row each time it is owed.
    ok(&mut s, ":format csv");
    let csv = ok(&mut s, "show da7_tda1").out;
    assert_eq!(
        csv,
        "agency,period,due,done_on,status,days_late,done_note\nvhttdl,2025-11,2025-11-30,2025-11-27,done,0,Ví dụ: báo cáo kết quả Tiểu dự án 1\n"
    );
}

#[test]
fn statuses_and_ids_of_tasks_are_checked_with_help() {
    let mut s = dong_nai();
    assert_eq!(
        fails(&mut s, "missing tasks"),
        "query:1:1: error[query::not_applicable]: `missing` applies to reports, not to tasks; write `missing reports`\n"
    );
    assert_eq!(
        fails(&mut s, "overdue indicators"),
        "query:1:1: error[query::not_applicable]: `overdue` applies to tasks and projects, not to indicators; write `overdue tasks`\n"
    );
    assert_eq!(
        fails(&mut s, "tasks where status = overdu"),
        "query:1:22: error[query::unknown_value]: `overdu` is not a task status; did you mean `overdue`?\n"
    );
    assert_eq!(
        fails(&mut s, "tasks where id = xay_dung_ke_hoch"),
        "query:1:18: error[query::unknown_value]: the plan has no task `xay_dung_ke_hoch`; did you mean `xay_dung_ke_hoach`?\n"
    );
    assert_eq!(
        fails(&mut s, "show xay_dung"),
        "query:1:6: error[query::unknown_id]: the plan has no indicator, part, agency, task or project `xay_dung`; did you mean `xaydung`?\n"
    );
    // Tab completion offers task and project ids after `show`.
    let planlang::repl::complete::Completion::Words(_, words) = s.complete("show xay_", 9) else {
        panic!("words")
    };
    assert_eq!(words, ["xay_dung_ke_hoach"]);
}

#[test]
fn the_same_answers_in_table_json_and_csv() {
    let mut s = dong_nai();
    let query = "overdue tasks where agency = yte columns id, agency, due, days_late";
    ok(&mut s, ":format json");
    let json: serde_json::Value = serde_json::from_str(&ok(&mut s, query).out).expect("json");
    assert_eq!(
        json,
        serde_json::json!([{ "id": "xay_dung_ke_hoach", "agency": "yte", "due": "2025-11-30", "days_late": 15 }])
    );
    ok(&mut s, ":format csv");
    assert_eq!(
        ok(&mut s, query).out,
        "id,agency,due,days_late\nxay_dung_ke_hoach,yte,2025-11-30,15\n"
    );
}
