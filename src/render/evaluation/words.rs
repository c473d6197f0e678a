//! The words of the evaluation's table and reports, from the catalogue ([`crate::i18n`]): the
//! typed access to `evaluation.ftl`'s messages, so that a renderer asks for "the line of a
//! late report" with its values and never spells a word itself. Every function takes the
//! [`Lang`] to speak in; numbers, dates and periods are written as that language writes them.
//! Status ids (`on_track`) stay as they are: they are the JSON's, the CSV's and the query
//! language's identifiers.

use crate::date::{Date, Period};
use crate::eval::method::{NEEDS_ACCELERATION, ON_TRACK};
use crate::eval::Status;
use crate::i18n::{Arg, Lang};
use crate::model::{Comparator, RateUnit, Target, TargetKind};
use crate::numbers::{exact, rounded};

/// A status in words, for a reader rather than a program: `on track`, not `on_track` (the
/// catalogue's, [`crate::i18n`]).
pub fn status_label(lang: Lang, status: Status) -> String {
    crate::i18n::status_label(lang, status)
}

/// What a status means, in one line: the legend of a report, and what the REPL's help says
/// of it (the catalogue's, with the growth ratio's thresholds).
pub fn status_meaning(lang: Lang, status: Status) -> String {
    crate::i18n::status_meaning(lang, status)
}

/// A status as the text table writes it: its id in English (the word a query filters on),
/// its label in Vietnamese.
pub fn status_in_table(lang: Lang, status: Status) -> String {
    lang.text(&format!("table-status-{}", status.as_str()))
}

/// What the mark after a target (`>= 100*`) means.
pub fn strive(lang: Lang) -> String {
    lang.text("mark-strive")
}

/// A computed value to about four significant digits, as `lang` writes numbers (`9.964`,
/// `9,964`).
pub fn number(lang: Lang, v: f64) -> String {
    crate::i18n::number(lang, &rounded(v))
}

/// A value as written in the plan, every digit kept, as `lang` writes numbers.
pub fn exact_number(lang: Lang, v: f64) -> String {
    crate::i18n::number(lang, &exact(v))
}

/// A share in percent to one decimal, with its sign: `75.0%`, `75,0%`.
pub fn percent(lang: Lang, p: f64) -> String {
    format!("{}%", crate::i18n::number(lang, &format!("{p:.1}")))
}

/// A date as `lang` writes it: `2025-06-30`, `30/06/2025`.
pub fn date(lang: Lang, d: Date) -> String {
    crate::i18n::date(lang, d)
}

/// A period as `lang` writes it: `2021-H1` in English (as the data files write it), `6 tháng
/// đầu năm 2021` in Vietnamese.
pub fn period(lang: Lang, p: Period) -> String {
    let year = || ("year", Arg::Text(format!("{:04}", p.year())));
    match p {
        Period::Year(_) => lang.text_with("period-year", &[year()]),
        Period::Half(_, h) => lang.text_with("period-half", &[year(), ("half", count(h))]),
        Period::Quarter(_, q) => lang.text_with("period-quarter", &[year(), ("quarter", count(q))]),
        Period::Month(_, m) => lang.text_with(
            "period-month",
            &[year(), ("month", Arg::Text(format!("{m:02}")))],
        ),
    }
}

fn count(n: u8) -> Arg {
    Arg::from(usize::from(n))
}

/// The comparison of a target: `>=` in English, `≥` in Vietnamese; `about`, `khoảng`.
pub fn comparator(lang: Lang, op: Comparator) -> String {
    lang.text(match op {
        Comparator::AtLeast => "op-at-least",
        Comparator::AtMost => "op-at-most",
        Comparator::Below => "op-below",
        Comparator::Above => "op-above",
        Comparator::Equal => "op-equal",
        Comparator::About => "op-about",
    })
}

/// A target as a row of the evaluation's table and reports writes it: `2025 >= 65`,
/// `2025..2030 >= 95`, `all >= 100*`, `<= -0.5/yr`, `change <= -50` (the rate's and the
/// change's years are in the row's note). In English it is [`crate::target_text`]'s
/// evaluation form, word for word; in Vietnamese `2025: ≥ 65`, `cả giai đoạn: ≥ 100*`.
pub fn target(lang: Lang, t: &Target) -> String {
    let n = |v: f64| Arg::Text(exact_number(lang, v));
    let mut value = match t.value_max {
        Some(max) if t.op == Comparator::About => lang.text_with(
            "target-about-range",
            &[("low", n(t.value)), ("high", n(max))],
        ),
        Some(max) => lang.text_with("target-range", &[("low", n(t.value)), ("high", n(max))]),
        None => lang.text_with(
            "target-compare",
            &[
                ("op", comparator(lang, t.op).into()),
                ("number", n(t.value)),
            ],
        ),
    };
    if let Some(w) = t.tolerance {
        let id = match w.unit {
            RateUnit::Points => "target-within-points",
            RateUnit::Percent => "target-within-percent",
        };
        value = lang.text_with(id, &[("value", value.into()), ("amount", n(w.amount))]);
    }
    let year = |y: i32| Arg::Text(y.to_string());
    let mut s = match t.kind {
        TargetKind::Level { at: Some(at) } => {
            let id = match at.to_date {
                Some(_) => "target-at-cumulative",
                None => "target-at",
            };
            lang.text_with(
                id,
                &[
                    ("at", period(lang, at.period).into()),
                    ("value", value.into()),
                ],
            )
        }
        TargetKind::Level { at: None } => {
            lang.text_with("target-whole-period", &[("value", value.into())])
        }
        TargetKind::Maintain { .. } => match (t.kind.first_year(), t.kind.last_year()) {
            (Some(a), Some(b)) => lang.text_with(
                "target-years",
                &[
                    ("from", year(a)),
                    ("until", year(b)),
                    ("value", value.into()),
                ],
            ),
            (Some(a), None) => {
                lang.text_with("target-from", &[("from", year(a)), ("value", value.into())])
            }
            (None, Some(b)) => lang.text_with(
                "target-until",
                &[("until", year(b)), ("value", value.into())],
            ),
            (None, None) => value,
        },
        TargetKind::Rate { .. } => lang.text_with("target-per-year", &[("value", value.into())]),
        TargetKind::Change { .. } => lang.text_with("target-change", &[("value", value.into())]),
    };
    if let Some((d, v)) = t.split.as_deref() {
        s.push_str(&format!(" [{}={}]", d.name, v.name));
    }
    if t.strive {
        s.push('*');
    }
    s
}

/// What the table's numbers mean, one line each: the ones the Markdown report leaves out
/// (the ratio) and the ones a reader could take for something else (expected, projected).
pub fn table_legend(lang: Lang) -> [String; 4] {
    let threshold = |r: f64| Arg::Text(exact_number(lang, r));
    [
        lang.text("table-legend-expected"),
        lang.text("table-legend-projected"),
        lang.text("table-legend-ratio"),
        lang.text_with(
            "table-legend-thresholds",
            &[
                ("on_track", threshold(ON_TRACK)),
                ("needs_acceleration", threshold(NEEDS_ACCELERATION)),
            ],
        ),
    ]
}

/// The text table's column headings, in its columns' order.
pub fn table_columns(lang: Lang) -> [String; 8] {
    [
        "indicator",
        "target",
        "status",
        "baseline",
        "latest",
        "expected",
        "projected",
        "ratio",
    ]
    .map(|c| lang.text(&format!("table-column-{c}")))
}

/// `as of 2025-06-30, Tỉnh Sơn La`.
pub fn as_of_area(lang: Lang, as_of: Date, area: &str) -> String {
    lang.text_with(
        "eval-as-of-area",
        &[("date", date(lang, as_of).into()), ("area", area.into())],
    )
}

/// `Kế hoạch ... — as of 2025-06-30, Tỉnh Sơn La`: the table's first line.
pub fn table_title(lang: Lang, plan: &str, as_of: Date, area: &str) -> String {
    lang.text_with(
        "eval-title",
        &[
            ("plan", plan.into()),
            ("as_of", as_of_area(lang, as_of, area).into()),
        ],
    )
}

/// What was read of the data: rows read = accepted + rejected.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Rows {
    /// Data rows read, over every file.
    pub read: u64,
    /// Rows whose values are used.
    pub accepted: u64,
    /// Rows refused.
    pub rejected: u64,
}

impl Rows {
    /// The counts as message arguments, each written as `lang` writes numbers.
    pub fn args(self, lang: Lang) -> [(&'static str, Arg); 3] {
        let n = |v: u64| Arg::Text(exact_number(lang, v as f64));
        [
            ("read", n(self.read)),
            ("accepted", n(self.accepted)),
            ("rejected", n(self.rejected)),
        ]
    }
}

/// `data: 120 rows read = 118 accepted + 2 rejected`.
pub fn data_line(lang: Lang, rows: Rows) -> String {
    lang.text_with("eval-data", &rows.args(lang))
}

/// `62 targets: 14 achieved, 1 missed, ...`, of each status present and its count.
pub fn summary(lang: Lang, total: usize, counts: &[(Status, usize)]) -> String {
    let counts: Vec<String> = counts
        .iter()
        .map(|&(status, n)| {
            lang.text_with(
                "eval-summary-count",
                &[
                    ("count", n.into()),
                    ("status", status_in_table(lang, status).into()),
                ],
            )
        })
        .collect();
    lang.text_with(
        "eval-summary",
        &[
            ("total", total.into()),
            ("counts", counts.join(", ").into()),
        ],
    )
}

/// The heading of a group of targets: an objective (`Objective a: Mục tiêu 1 (in chung)`,
/// `within` the ids of the objectives it is nested in, innermost first), a lead agency.
pub fn objective_heading(lang: Lang, id: &str, title: &str, within: &[String]) -> String {
    let mut chain = within.iter();
    let Some(first) = chain.next() else {
        return lang.text_with(
            "group-objective",
            &[("id", id.into()), ("title", title.into())],
        );
    };
    let within = chain.fold(first.clone(), |inner, outer| {
        lang.text_with(
            "group-within",
            &[("inner", inner.into()), ("outer", outer.as_str().into())],
        )
    });
    lang.text_with(
        "group-objective-within",
        &[
            ("id", id.into()),
            ("title", title.into()),
            ("within", within.into()),
        ],
    )
}

/// `Lead: Sở Y tế`: the heading of an agency's targets.
pub fn lead_heading(lang: Lang, agency: &str) -> String {
    lang.text_with("group-lead", &[("agency", agency.into())])
}

/// `1 day`, `3 days`.
pub fn days(lang: Lang, n: i64) -> String {
    lang.text_with("days", &[("count", Arg::Count(n.unsigned_abs()))])
}

/// `reporting: 3 of 4 reports received (75.0%): 2 on time, 1 late, 1 missing`.
pub fn table_reporting(lang: Lang, c: &super::compliance::Compliance) -> String {
    lang.text_with(
        "table-reporting",
        &[
            ("received", c.given.into()),
            ("owed", c.owed.into()),
            ("percent", percent(lang, c.rate()).into()),
            ("on_time", c.on_time.into()),
            ("late", c.late.into()),
            ("missing", c.never.into()),
        ],
    )
}

/// `tasks: 5 of 16 owed done (31.2%): 4 done, 1 late, 11 overdue; 0 upcoming`.
pub fn table_tasks(lang: Lang, c: &super::compliance::Compliance) -> String {
    lang.text_with(
        "table-tasks",
        &[
            ("done", c.given.into()),
            ("owed", c.owed.into()),
            ("percent", percent(lang, c.rate()).into()),
            ("done_on_time", c.on_time.into()),
            ("late", c.late.into()),
            ("overdue", c.never.into()),
            ("upcoming", c.upcoming.into()),
        ],
    )
}

/// One report late or missing, one task late or overdue: `agency: what period, due DATE,
/// state`, the agency and what was owed written as given (whole, or cut to a width).
pub fn exception(lang: Lang, e: &super::compliance::Exception, agency: &str, what: &str) -> String {
    use super::compliance::Late;
    let state = match e.state {
        Late::Report { days: n, received } => lang.text_with(
            "report-late-by",
            &[
                ("days", days(lang, n).into()),
                (
                    "date",
                    received.map_or(String::new(), |d| date(lang, d)).into(),
                ),
            ],
        ),
        Late::NotReceived => lang.text("report-not-received"),
        Late::Task { days: n, done } => lang.text_with(
            "task-late-by",
            &[
                ("days", days(lang, n).into()),
                ("date", done.map_or(String::new(), |d| date(lang, d)).into()),
            ],
        ),
        Late::Overdue { days: n } => {
            lang.text_with("task-overdue-by", &[("days", days(lang, n).into())])
        }
    };
    let due = e.due.map_or(String::new(), |d| date(lang, d));
    let mut args = vec![
        ("agency", Arg::from(agency)),
        ("due", due.into()),
        ("state", state.into()),
    ];
    let id = match (e.is_report(), e.period) {
        (true, period) => {
            args.push(("report", what.into()));
            args.push((
                "period",
                period
                    .map_or(String::new(), |p| self::period(lang, p))
                    .into(),
            ));
            "late-report"
        }
        (false, Some(p)) => {
            args.push(("task", what.into()));
            args.push(("period", self::period(lang, p).into()));
            "late-task"
        }
        (false, None) => {
            args.push(("task", what.into()));
            "late-task-once"
        }
    };
    lang.text_with(id, &args)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::target_text::{write, Form};

    /// Every target of the bundled plans, written in English as the table has always
    /// written it ([`crate::target_text`]'s evaluation form), and in Vietnamese without an
    /// English word or a decimal point.
    #[test]
    fn targets_read_in_english_as_before_and_in_vietnamese_with_its_marks() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("plans");
        let mut seen = 0;
        for plan in [
            "son-la-children-2021-2030.plan",
            "son-la-exports-2026-2030.plan",
            "bac-ninh-digital-economy-2026-2030.plan",
            "national/air-quality-2026-2030.plan",
            "dong-nai-drugs-2025.plan",
            "can-tho-population-2025.plan",
        ] {
            let checked = crate::load_path(root.join(plan)).expect("a bundled plan");
            for m in checked.model.measures.values() {
                for t in &m.targets {
                    seen += 1;
                    assert_eq!(target(Lang::En, t), write(t, Form::Evaluation));
                    let vi = target(Lang::Vi, t);
                    for english in ["all", "change", "about", "/yr", "within", ">=", "<="] {
                        assert!(!vi.contains(english), "{vi}");
                    }
                    // A point between digits groups thousands: three digits follow it.
                    let b = vi.as_bytes();
                    let decimal_point = (1..b.len()).any(|i| {
                        let digits = b[i + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
                        b[i] == b'.' && b[i - 1].is_ascii_digit() && digits > 0 && digits != 3
                    });
                    assert!(!decimal_point, "{vi}");
                }
            }
        }
        assert!(seen > 400, "{seen}");
    }

    #[test]
    fn periods_read_as_each_language_writes_them() {
        let vi = |p| period(Lang::Vi, p);
        assert_eq!(vi(Period::Year(2025)), "2025");
        assert_eq!(vi(Period::Half(2021, 1)), "6 tháng đầu năm 2021");
        assert_eq!(vi(Period::Half(2021, 2)), "6 tháng cuối năm 2021");
        assert_eq!(vi(Period::Quarter(2026, 2)), "quý II/2026");
        assert_eq!(vi(Period::Month(2025, 6)), "tháng 06/2025");
        for p in [
            Period::Year(2025),
            Period::Half(2021, 1),
            Period::Quarter(2026, 4),
            Period::Month(2025, 6),
        ] {
            assert_eq!(period(Lang::En, p), p.to_string());
        }
    }

    #[test]
    fn numbers_percents_and_counts_are_written_as_each_language_writes_them() {
        assert_eq!(number(Lang::Vi, 9.9641), "9,964");
        assert_eq!(number(Lang::En, 9.9641), "9.964");
        assert_eq!(percent(Lang::Vi, 94.94), "94,9%");
        assert_eq!(percent(Lang::En, 75.0), "75.0%");
        assert_eq!(days(Lang::En, 1), "1 day");
        assert_eq!(days(Lang::En, 3), "3 days");
        assert_eq!(days(Lang::Vi, 1234), "1.234 ngày");
        let rows = Rows {
            read: 12345,
            accepted: 12340,
            rejected: 5,
        };
        assert_eq!(
            data_line(Lang::Vi, rows),
            "số liệu: 12.345 dòng đã đọc = 12.340 dòng được dùng + 5 dòng bị loại"
        );
    }

    #[test]
    fn a_nested_objective_names_each_one_it_is_in() {
        let within = ["b".to_string(), "chung".to_string()];
        assert_eq!(
            objective_heading(Lang::En, "a", "Trẻ em", &within),
            "Objective a: Trẻ em (in b in chung)"
        );
        assert_eq!(
            objective_heading(Lang::Vi, "a", "Trẻ em", &within[..1]),
            "Mục tiêu a: Trẻ em (thuộc b)"
        );
    }
}
