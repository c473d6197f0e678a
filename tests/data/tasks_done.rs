//! Tasks done, late or overdue (docs/data-and-evaluation.md, "Tasks done, late or overdue"): completion records
//! read from files as Excel and other programs save them (CSV with a byte-order mark, CRLF
//! and `;`, JSON, xlsx, a submissions file), and each owed task's status and the rates per
//! agency computed by hand.

use planlang::data::{DataSet, LoadOptions};
use planlang::date::Date;
use planlang::eval::tasks::{rates, Schedule, TaskState, TaskStatus};
use planlang::eval::{evaluate, Period};
use planlang::i18n::Lang;
use planlang::Model;
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};

/// A plan of 2025..2030 with a task due every year (led by yte, supported by congan), one due
/// once by two leads, one due every quarter by the end of its last month, and a project due
/// once on a day.
const PLAN: &str = r#"plan "Kế hoạch thử" { document "1/KH" issuer ubnd signed 2025-01-05 period 2025..2030 }
agency ubnd "Ủy ban nhân dân tỉnh"
agency yte "Sở Y tế"
agency congan "Công an tỉnh"
area tinh "Tỉnh" kind province
task tong_ket "Tổng kết hằng năm" { lead yte  support congan  due 30/06 every year  source "IV" }
task ke_hoach "Kế hoạch triển khai" { lead yte, congan  due in month 11/2025  source "IV.1" }
task kiem_tra "Kiểm tra định kỳ" { lead congan  due in month 3 every quarter  source "IV.2" }
project da1 "Dự án 1" { lead ubnd  due before 01/07/2026  source "III" }
task chua_han "Việc chưa có hạn" { lead yte  source "III" }
"#;

fn model() -> Model {
    let checked = planlang::load_str("tasks.plan", PLAN);
    assert!(checked.diagnostics.is_empty(), "{:#?}", checked.diagnostics);
    checked.model
}

fn date(text: &str) -> Date {
    Date::parse(text).expect("a date")
}

fn load(model: &Model, name: &str, bytes: &[u8]) -> DataSet {
    let mut set = DataSet::default();
    let kind = planlang::data::FileKind::of(std::path::Path::new(name));
    set.load_reader(model, name, kind, bytes, LoadOptions::default());
    assert_eq!(set.rows_read, set.accepted + set.rejected, "{set:#?}");
    set
}

/// (task, agency, period, status, days late) of each status.
fn statuses(list: &[TaskStatus]) -> Vec<(String, String, String, &'static str, i64)> {
    list.iter()
        .map(|t| {
            let period = t.period.map_or(String::new(), |p| p.to_string());
            (
                t.task.clone(),
                t.agency.clone(),
                period,
                t.status.as_str(),
                t.days_late,
            )
        })
        .collect()
}

fn row(
    task: &str,
    agency: &str,
    period: &str,
    status: &'static str,
    late: i64,
) -> (String, String, String, &'static str, i64) {
    (task.into(), agency.into(), period.into(), status, late)
}

#[test]
fn a_yearly_task_done_once_and_overdue_once_is_half_done() {
    // Due 30/06 every year from 2025; as of 2026-08-01, 2025 was done on 2025-06-20 and
    // nothing says 2026 was: done, then overdue by 32 days (1 July to 1 August); 2027 on
    // are upcoming. The rate is 1 done of 2 owed, 50 %.
    let model = model();
    let data = load(
        &model,
        "done.csv",
        b"task,agency,period,done_on,note\ntong_ket,yte,2025,2025-06-20,\n",
    );
    assert!(data.errors.is_empty(), "{:#?}", data.errors);
    let e = evaluate(&model, &data, date("2026-08-01")).expect("evaluated");
    let yearly: Vec<&TaskStatus> = e.tasks.iter().filter(|t| t.task == "tong_ket").collect();
    let yearly: Vec<TaskStatus> = yearly.into_iter().cloned().collect();
    assert_eq!(
        statuses(&yearly),
        [
            row("tong_ket", "yte", "2025", "done", 0),
            row("tong_ket", "yte", "2026", "overdue", 32),
            row("tong_ket", "yte", "2027", "upcoming", 0),
            row("tong_ket", "yte", "2028", "upcoming", 0),
            row("tong_ket", "yte", "2029", "upcoming", 0),
            row("tong_ket", "yte", "2030", "upcoming", 0),
        ]
    );
    assert_eq!(yearly[0].due, Some(date("2025-06-30")));
    assert_eq!(yearly[0].done_on, Some(date("2025-06-20")));
    // congan supports it: it owes nothing.
    assert!(yearly.iter().all(|t| t.agency == "yte"));
    let (per, done, owed) = rates(&yearly);
    assert_eq!((done, owed), (1, 2));
    assert_eq!(per, [("yte".to_string(), 1, 2)]);
}

#[test]
fn every_status_and_the_rates_per_agency_by_hand() {
    let model = model();
    let text = "task,agency,period,done_on,note
tong_ket,yte,2025,2025-07-03,Muộn 3 ngày
ke_hoach,yte,,2025-11-30,
ke_hoach,congan,2025-11,2025-11-20,
kiem_tra,congan,2025-Q1,2025-03-31,
kiem_tra,congan,2025-Q2,2025-06-15,
kiem_tra,congan,2025-Q2,2025-05-01,sớm hơn
kiem_tra,congan,2025-Q3,2025-12-31,sau ngày đánh giá
da1,ubnd,,2025-12-01,
chua_han,yte,,2025-05-05,
";
    let data = load(&model, "done.csv", text.as_bytes());
    assert!(data.errors.is_empty(), "{:#?}", data.errors);
    assert_eq!((data.rows_read, data.accepted), (9, 9));
    let e = evaluate(&model, &data, date("2025-12-15")).expect("evaluated");
    let owed: Vec<TaskStatus> = (e.tasks.iter())
        .filter(|t| t.status != TaskState::Upcoming)
        .cloned()
        .collect();
    assert_eq!(
        statuses(&owed),
        [
            // The project, due before 01/07/2026, done on 1 December 2025: done early, so
            // counted.
            row("da1", "ubnd", "2026-06", "done", 0),
            // Due 30/06/2025, done 3 July.
            row("tong_ket", "yte", "2025", "late", 3),
            // Due 30/11/2025 once, by each lead; whatever period a record names.
            row("ke_hoach", "yte", "2025-11", "done", 0),
            row("ke_hoach", "congan", "2025-11", "done", 0),
            // By 31/03 and 30/06 (the earlier record counts); 30/09 has a record dated
            // after the evaluation, not yet known: overdue by 76 days.
            row("kiem_tra", "congan", "2025-Q1", "done", 0),
            row("kiem_tra", "congan", "2025-Q2", "done", 0),
            row("kiem_tra", "congan", "2025-Q3", "overdue", 76),
            // A task without a deadline that a record says was done.
            row("chua_han", "yte", "", "done", 0),
        ]
    );
    let q2 = owed
        .iter()
        .find(|t| t.period == Some(Period::Quarter(2025, 2)));
    assert_eq!(q2.map(|t| t.done_on), Some(Some(date("2025-05-01"))));
    assert_eq!(q2.and_then(|t| t.note.as_deref()), Some("sớm hơn"));
    // kiem_tra's fourth quarter is due 31/12/2025: upcoming on the 15th.
    let upcoming: Vec<(&str, Option<Period>)> = (e.tasks.iter())
        .filter(|t| t.status == TaskState::Upcoming && t.period.is_some_and(|p| p.year() == 2025))
        .map(|t| (t.task.as_str(), t.period))
        .collect();
    assert_eq!(upcoming, [("kiem_tra", Some(Period::Quarter(2025, 4)))]);
    let (per, done, owed_count) = rates(&e.tasks);
    assert_eq!((done, owed_count), (7, 8));
    assert_eq!(
        per,
        [
            ("ubnd".to_string(), 1, 1),
            ("yte".to_string(), 3, 3),
            ("congan".to_string(), 3, 4),
        ]
    );
}

#[test]
fn schedules_are_a_reports_deadlines() {
    let model = model();
    let of = |id: &str| Schedule::of(&model.tasks[id].duty, model.plan.period);
    let dues = |id: &str| -> Vec<String> {
        of(id).occurrences()[..4]
            .iter()
            .map(|(p, d)| format!("{p} {d}"))
            .collect()
    };
    assert_eq!(
        dues("kiem_tra"),
        [
            "2025-Q1 2025-03-31",
            "2025-Q2 2025-06-30",
            "2025-Q3 2025-09-30",
            "2025-Q4 2025-12-31"
        ]
    );
    assert_eq!(of("kiem_tra").occurrences().len(), 24);
    assert_eq!(
        of("ke_hoach"),
        Schedule::Once {
            period: Period::Month(2025, 11),
            deadline: date("2025-11-30")
        }
    );
    assert_eq!(of("chua_han"), Schedule::Untracked);
    let project = Schedule::of(&model.projects["da1"].duty, model.plan.period);
    assert_eq!(
        project,
        Schedule::Once {
            period: Period::Month(2026, 6),
            deadline: date("2026-06-30")
        }
    );
    // A year written with `every` is the first owed; `before 15/04` every quarter falls on
    // the 14th of April, July, October and January.
    let plan = planlang::load_str(
        "t.plan",
        &PLAN.replace(
            "due in month 3 every quarter",
            "due before 15/04/2027 every quarter",
        ),
    );
    let duty = &plan.model.tasks["kiem_tra"].duty;
    let found: Vec<String> = Schedule::of(duty, plan.model.plan.period).occurrences()[..4]
        .iter()
        .map(|(p, d)| format!("{p} {d}"))
        .collect();
    assert_eq!(
        found,
        [
            "2027-Q1 2027-04-14",
            "2027-Q2 2027-07-14",
            "2027-Q3 2027-10-14",
            "2027-Q4 2028-01-14"
        ]
    );
}

#[test]
fn a_csv_file_as_excel_saves_it_in_a_vietnamese_locale() {
    // Excel's "CSV UTF-8" with Vietnamese settings: a byte-order mark, `;` between fields,
    // CRLF line ends, dates written day first.
    let model = model();
    let text = "\u{feff}task;agency;period;done_on;note\r\n\
                tong_ket;yte;2025;20/06/2025;Đã gửi báo cáo; đúng hạn\r\n\
                kiem_tra;congan;2025-Q1;5/4/2025;\r\n\
                \r\n";
    let data = load(&model, "hoan_thanh.csv", text.as_bytes());
    // The note holds a `;`, so its field is quoted as Excel quotes it: that row is read
    // whole only when quoted. Written unquoted it has a sixth field, which is ignored.
    assert_eq!((data.rows_read, data.accepted, data.rejected), (2, 2, 0));
    assert_eq!(data.completions[0].done_on, date("2025-06-20"));
    assert_eq!(data.completions[1].done_on, date("2025-04-05"));
    let quoted = "\u{feff}task;agency;period;done_on;note\r\n\
                  tong_ket;yte;2025;20/06/2025;\"Đã gửi báo cáo; đúng hạn\"\r\n";
    let data = load(&model, "hoan_thanh.csv", quoted.as_bytes());
    assert!(data.errors.is_empty(), "{:#?}", data.errors);
    assert_eq!(
        data.completions[0].note.as_deref(),
        Some("Đã gửi báo cáo; đúng hạn")
    );
}

#[test]
fn json_rows_of_tasks_done_bare_or_wrapped() {
    let model = model();
    let bare = r#"[
  {"task": "tong_ket", "agency": "yte", "period": 2025, "done_on": "2025-06-20", "note": "ok"},
  {"task": "ke_hoach", "agency": "yte", "done_on": "30/11/2025"},
  {"task": "tong_ket", "agency": "yte", "period": "2025-H1", "done_on": "2025-06-20", "by": "x"}
]"#;
    let data = load(&model, "done.json", bare.as_bytes());
    assert_eq!((data.rows_read, data.accepted, data.rejected), (3, 2, 1));
    let short: Vec<String> = (data.errors.iter())
        .chain(&data.warnings)
        .map(|d| planlang::render::diagnostics::short(d, Lang::En))
        .collect();
    assert_eq!(
        short,
        [
            "done.json:4: error[data::bad_period]: `tong_ket` is due every year from 2025 to 2030, so its period is one of `2025` to `2030`, not `2025-H1`",
            "done.json:4: warning[data::unknown_column]: column `by` is not a column of tasks done (task, agency, period, done_on, note); it is ignored",
        ]
    );
    let wrapped = r#"{ "completions": [
  {"task": "kiem_tra", "agency": "congan", "period": "2025-Q1", "done_on": "2025-03-30"}
] }"#;
    let data = load(&model, "done.json", wrapped.as_bytes());
    assert!(data.errors.is_empty(), "{:#?}", data.errors);
    assert_eq!(data.completions.len(), 1);
    assert_eq!(data.completions[0].period, Some(Period::Quarter(2025, 1)));
}

#[test]
fn a_workbook_of_tasks_done_with_dates_typed_as_dates() {
    let model = model();
    let mut book = Workbook::new();
    let sheet = book.add_worksheet().set_name("Hoàn thành").unwrap();
    sheet
        .write_row(0, 0, ["task", "agency", "period", "done_on", "note"])
        .unwrap();
    let day = Format::new().set_num_format("dd/mm/yyyy");
    sheet.write_string(1, 0, "tong_ket").unwrap();
    sheet.write_string(1, 1, "yte").unwrap();
    // A year typed as a number.
    sheet.write_number(1, 2, 2025).unwrap();
    let on = ExcelDateTime::from_ymd(2025, 6, 20).unwrap();
    sheet.write_datetime_with_format(1, 3, &on, &day).unwrap();
    sheet.write_string(2, 0, "tong_ket").unwrap();
    sheet.write_string(2, 1, "congan").unwrap();
    sheet.write_number(2, 2, 2025).unwrap();
    sheet.write_string(2, 3, "2025-06-21").unwrap();
    let bytes = book.save_to_buffer().unwrap();
    let data = load(&model, "hoan_thanh.xlsx", &bytes);
    assert_eq!((data.rows_read, data.accepted, data.rejected), (2, 1, 1));
    assert_eq!(data.completions[0].done_on, date("2025-06-20"));
    assert_eq!(data.completions[0].period, Some(Period::Year(2025)));
    let error = planlang::render::diagnostics::short(&data.errors[0], Lang::En);
    assert_eq!(
        error,
        "hoan_thanh.xlsx:'Hoàn thành'!B3: error[data::not_task_lead]: agency `congan` does not lead task `tong_ket`, so it does not owe it; its lead is `yte`"
    );
}

#[test]
fn a_submissions_row_that_names_a_task_says_it_was_done_that_day() {
    let model = model();
    let text = "agency,report,period,received\nyte,tong_ket,2025,2025-06-25\ncongan,tong_ket,2025,2025-06-25\n";
    let data = load(&model, "nhan.csv", text.as_bytes());
    assert_eq!((data.rows_read, data.accepted, data.rejected), (2, 1, 1));
    assert!(data.submissions.is_empty());
    assert_eq!(data.completions[0].done_on, date("2025-06-25"));
    assert_eq!(
        planlang::render::diagnostics::short(&data.errors[0], Lang::En),
        "nhan.csv:3: error[data::not_task_lead]: agency `congan` does not lead task `tong_ket`, so it does not owe it; its lead is `yte`"
    );
    let e = evaluate(&model, &data, date("2025-07-01")).expect("evaluated");
    let first = e.tasks.iter().find(|t| t.task == "tong_ket").expect("owed");
    assert_eq!(first.status, TaskState::Done);
}

#[test]
fn a_header_that_mixes_tasks_done_with_other_rows_is_refused() {
    let model = model();
    let data = load(
        &model,
        "x.csv",
        b"task,agency,period,done_on,value\ntong_ket,yte,2025,2025-06-20,1\n",
    );
    assert_eq!(data.unusable_files(), ["x.csv"]);
    assert_eq!(
        planlang::render::diagnostics::short(&data.errors[0], Lang::En),
        "x.csv:1: error[data::bad_header]: the header mixes columns of tasks done (`task`, `done_on`) with columns of observations or reports received (`value`); a file of tasks done has the columns task,agency,period,done_on,note; split it"
    );
    let data = load(&model, "x.csv", b"task,agency,note\ntong_ket,yte,x\n");
    assert_eq!(
        planlang::render::diagnostics::short(&data.errors[0], Lang::En),
        "x.csv:1: error[data::missing_column]: the header of tasks done lacks the columns `period`, `done_on`; it is `task,agency,period,done_on,note` (`note` may be left out)"
    );
}
