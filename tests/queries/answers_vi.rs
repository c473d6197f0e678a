//! The words of the query language's answers in Vietnamese (`plan --lang vi query`): `show`
//! of an indicator, an agency and a task, `:explain`, and a table's count of rows. Each
//! answer is asked in both languages: the English words moved into the catalogue are in the
//! English answer and in none of the Vietnamese one, whose own words are there instead.

use crate::common::plan_in;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const SON_LA: [&str; 2] = [
    "plans/son-la-children-2021-2030.plan",
    "plans/data/son-la-sample.csv",
];
const DONG_NAI: [&str; 2] = [
    "plans/dong-nai-drugs-2025.plan",
    "plans/data/dong-nai-tasks-done.csv",
];

/// The answer to `query` in `lang`, as of a fixed day so that it does not move with the
/// calendar.
fn answer(lang: &str, files: [&str; 2], query: &str) -> String {
    let args = [
        "--lang",
        lang,
        "query",
        "--as-of",
        "2025-12-31",
        files[0],
        files[1],
        "-e",
        query,
    ];
    let (code, out, err) = plan_in(ROOT, &args);
    assert_eq!(code, 0, "{query} in {lang}: {err}");
    out
}

/// The English answer holds each of `english`, the Vietnamese one none of them and each of
/// `vietnamese`.
fn moved(files: [&str; 2], query: &str, english: &[&str], vietnamese: &[&str]) {
    let (en, vi) = (answer("en", files, query), answer("vi", files, query));
    for words in english {
        assert!(
            en.contains(words),
            "`{words}` not in the English `{query}`:\n{en}"
        );
        assert!(
            !vi.contains(words),
            "`{words}` still in the Vietnamese `{query}`:\n{vi}"
        );
    }
    for words in vietnamese {
        assert!(
            vi.contains(words),
            "`{words}` not in the Vietnamese `{query}`:\n{vi}"
        );
    }
}

#[test]
fn show_of_an_indicator_in_vietnamese() {
    moved(
        SON_LA,
        "show 3",
        &[
            "targets as of 2025-12-31:",
            "none declared (the first value is the baseline)",
            "(area son_la, the latest from",
            "adopts national.3a",
            ", ref V.5",
            "2020: 11.82, 2021: 11.12",
            "chart, values in",
        ],
        &[
            "các mức chỉ tiêu, tính đến ngày 31/12/2025:",
            "không khai báo (giá trị đầu tiên có số liệu là giá trị cơ sở)",
            "(địa bàn son_la; giá trị mới nhất tổng hợp từ",
            "giữ nguyên national.3a",
            "yte (Sở Y tế), căn cứ V.5",
            "2020: 11,82; 2021: 11,12",
        ],
    );
}

#[test]
fn show_of_an_agency_in_vietnamese() {
    moved(
        SON_LA,
        "show yte",
        &[
            "indicators (status of the current target):",
            "reports due by 2025-12-31:",
            " on time, ",
            " missing",
            "(9 rows)",
        ],
        &[
            "các chỉ tiêu (tình trạng của mức chỉ tiêu hiện hành):",
            "báo cáo đến hạn tính đến ngày 31/12/2025: phải gửi",
            "6 tháng đầu năm 2021: hạn 31/05/2021, chưa gửi",
            "(9 dòng)",
        ],
    );
}

#[test]
fn show_of_a_task_in_vietnamese() {
    moved(
        DONG_NAI,
        "show xay_dung_ke_hoach",
        &[
            "tasks due by 2025-12-31:",
            " owed, ",
            ": due 2025-11-30, ",
            " days late",
            "overdue by ",
        ],
        &[
            "nhiệm vụ đến hạn tính đến ngày 31/12/2025: phải thực hiện",
            "tháng 11/2025: hạn 30/11/2025, hoàn thành ngày 05/12/2025, chậm 5 ngày",
            "quá hạn 31 ngày",
        ],
    );
}

#[test]
fn explain_in_vietnamese() {
    moved(
        SON_LA,
        ":explain 3",
        &[
            "direction decrease; as of 2025-12-31, area son_la",
            "  target 2025 < 9.5",
            "values counted (periods ended by 2025-12-31):",
            "baseline: the first value, 2020: 11.82",
            "latest: 2024: 10.52",
            "does the latest value meet the target",
            "actual growth: CAGR",
            "required growth: CAGR",
            "the value should fall",
            "bands: R >= 0.95",
            "expected on the straight path at 2024:",
            "projected to 2030 if the trend goes on:",
            "status: on_track",
        ],
        &[
            "chiều hướng decrease; tính đến ngày 31/12/2025, địa bàn son_la",
            "  mức chỉ tiêu 2025 < 9.5",
            "các giá trị được tính (các kỳ đã kết thúc đến ngày 31/12/2025): 2020: 11,82; 2021: 11,12",
            "giá trị cơ sở: giá trị đầu tiên, 2020: 11,82",
            "giá trị mới nhất: 2024: 10,52",
            "tốc độ tăng trưởng thực tế: CAGR = (10,52 / 11,82)^(1 / (2024 - 2020)) - 1",
            "giá trị cần giảm",
            "các ngưỡng: R >= 0,95 on_track",
            "tình trạng: on_track",
        ],
    );
}

#[test]
fn a_table_counts_its_rows_and_writes_its_numbers_in_vietnamese() {
    let query = "indicators where id = 3 columns id, milestone, target_year, latest";
    let (en, vi) = (answer("en", SON_LA, query), answer("vi", SON_LA, query));
    assert!(en.ends_with("(1 row)\n"), "{en}");
    assert!(vi.ends_with("(1 dòng)\n"), "{vi}");
    // The header is the query's fields in either language; a decimal has a comma in
    // Vietnamese (10.52 would read as ten thousand), a year no thousands point, and a list's
    // items a semicolon between them.
    let row = |out: &str| {
        out.lines()
            .nth(1)
            .expect("a row")
            .split_whitespace()
            .map(String::from)
            .collect::<Vec<_>>()
    };
    assert_eq!(en.lines().next(), vi.lines().next());
    assert_eq!(row(&en), ["3", "2025", "2025,", "2030", "10.52"]);
    assert_eq!(row(&vi), ["3", "2025", "2025;", "2030", "10,52"]);
    // Reports' dates as Vietnamese documents write them.
    let reports = "reports where agency = gddt columns report, period, due limit 1";
    let vi = answer("vi", SON_LA, reports);
    let en = answer("en", SON_LA, reports);
    assert!(en.contains("2021-05-31"), "{en}");
    assert!(vi.contains("31/05/2021"), "{vi}");
}

/// JSON is read by programs: the same whatever the language of the text.
#[test]
fn explain_json_is_english_in_either_language() {
    let query = ":explain 3";
    let json = |lang| {
        let args = [
            "--lang",
            lang,
            "query",
            "--as-of",
            "2025-12-31",
            "--format",
            "json",
            SON_LA[0],
            SON_LA[1],
            "-e",
            query,
        ];
        let (code, out, err) = plan_in(ROOT, &args);
        assert_eq!(code, 0, "{err}");
        out
    };
    let en = json("en");
    assert!(en.contains("values counted"), "{en}");
    assert_eq!(en, json("vi"));
}
