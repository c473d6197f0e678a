//! The detail of `show` as text for people, as JSON, and as rows for CSV (one per target of
//! an indicator, one per indicator of an agency).

use super::table::{number_json, table};
use crate::eval::evaluate::PeriodValue;
use crate::eval::reporting::Compliance;
use crate::eval::tasks::{TaskState, TaskStatus};
use crate::i18n::{Arg, Lang};
use crate::model::Measure;
use crate::model::{Deadline, Due, Duty};
use crate::numbers::{exact, rounded};
use crate::query::schema::Cell;
use crate::query::show::{
    AgencyDetail, Detail, DutyDetail, DutyRole, IndicatorDetail, MeasureDetail, OwnerDetail,
    RoleDetail,
};
use crate::query::Table;
use crate::render::chart::{self, Chart};
use crate::target_text::{self, Form};
use serde_json::{json, Value};
use std::fmt::Write;

/// The columns of the rows of an indicator (and of a detail with nothing in it).
const TARGET_COLUMNS: [&str; 11] = [
    "id",
    "target",
    "status",
    "baseline_period",
    "baseline",
    "latest_period",
    "latest",
    "expected",
    "projected",
    "ratio",
    "note",
];

/// The columns of the rows of an agency.
const ROLE_COLUMNS: [&str; 4] = ["role", "id", "status", "title"];

pub(super) fn text(d: &Detail, lang: Lang) -> String {
    match d {
        Detail::Measure(m) => measure_text(m, lang),
        Detail::Indicator(i) => indicator_text(i, lang),
        Detail::Agency(a) => agency_text(a, lang),
        Detail::Duty(d) => duty_text(d, lang),
        Detail::Missing => String::new(),
    }
}

pub(super) fn json(d: &Detail) -> Value {
    match d {
        Detail::Measure(m) => measure_json(m),
        Detail::Indicator(i) => json!({
            "number": i.indicator.number,
            "title": i.indicator.title,
            "source": i.indicator.source,
            "notes": i.indicator.notes,
            "parts": i.parts.iter().map(measure_json).collect::<Vec<_>>(),
        }),
        Detail::Agency(a) => agency_json(a),
        Detail::Duty(d) => duty_json(d),
        Detail::Missing => Value::Null,
    }
}

pub(super) fn rows(d: &Detail) -> Table {
    let table = |columns: &[&str], rows| Table {
        columns: columns.iter().map(|c| c.to_string()).collect(),
        rows,
    };
    match d {
        Detail::Measure(m) => table(&TARGET_COLUMNS, target_rows(m)),
        Detail::Indicator(i) => table(
            &TARGET_COLUMNS,
            i.parts.iter().flat_map(target_rows).collect(),
        ),
        Detail::Agency(a) => role_table(a),
        Detail::Duty(d) => owed_table(&d.owed),
        Detail::Missing => table(&TARGET_COLUMNS, Vec::new()),
    }
}

/// `  label       value`.
fn field(out: &mut String, label: &str, value: impl std::fmt::Display) {
    let _ = writeln!(out, "  {label:<11} {value}");
}

fn point(p: Option<&PeriodValue>, lang: Lang) -> String {
    p.map_or(String::new(), |p| super::point(lang, p.period, p.value))
}

/// The lead as `show` says it: `? (not named yet: REASON)` for a `lead ?` with none named,
/// else the leads.
fn lead_text(
    fill: Option<&crate::model::LeadToFill>,
    none_named: bool,
    lead: &[OwnerDetail],
    lang: Lang,
) -> String {
    match fill {
        Some(fill) if none_named => match &fill.reason {
            Some(r) => lang.text_with(
                "answer-lead-not-named-because",
                &[("reason", r.as_str().into())],
            ),
            None => lang.text("answer-lead-not-named"),
        },
        _ => owners_text(lead, lang),
    }
}

/// `yte (Sở Y tế), ref V.5; gddt`, or `—` for none.
fn owners_text(owners: &[OwnerDetail], lang: Lang) -> String {
    if owners.is_empty() {
        return "—".to_string();
    }
    owners
        .iter()
        .map(|o| {
            let name = o.name.as_ref().map_or(String::new(), |n| format!(" ({n})"));
            let owner = format!("{}{name}", o.agency);
            match &o.reference {
                Some(r) => lang.text_with(
                    "answer-owner-ref",
                    &[("owner", owner.into()), ("reference", r.as_str().into())],
                ),
                None => owner,
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn owners_json(owners: &[OwnerDetail]) -> Value {
    Value::Array(
        owners
            .iter()
            .map(|o| json!({ "agency": o.agency, "name": o.name, "ref": o.reference }))
            .collect(),
    )
}

/// The unit's id (as written when it is unknown) and the population it counts over.
fn unit(m: &Measure) -> Option<(&str, Option<&str>)> {
    m.unit.as_ref().map(|u| match &u.unit {
        Some(x) => (x.id.as_str(), x.of.as_deref()),
        None => (u.written.name.as_str(), None),
    })
}

/// `deaths / live_births × 1000`.
fn formula(m: &Measure) -> Option<String> {
    m.formula.as_ref().map(|f| {
        format!(
            "{} / {} × {}",
            f.numerator.name,
            f.denominator.name,
            exact(f.factor)
        )
    })
}

/// `12b + 12c + 12d (within 0.5 percent)`, or `12b + 12c (within the rounding of the
/// figures)`.
fn total(m: &Measure, lang: Lang) -> Option<String> {
    m.total.as_ref().map(|t| {
        let parts: Vec<&str> = t.parts.iter().map(|p| p.name.as_str()).collect();
        let within = match t.tolerance {
            Some(w) => lang.text_with(
                "answer-within",
                &[
                    ("amount", super::number(lang, exact(w.amount)).into()),
                    ("unit", w.unit.as_str().into()),
                ],
            ),
            None => lang.text("answer-within-rounding"),
        };
        lang.text_with(
            "answer-total",
            &[
                ("parts", parts.join(" + ").into()),
                ("within", within.into()),
            ],
        )
    })
}

/// A total as JSON: `{ "of": ["12b", "12c"], "tolerance": { "amount": 0.5, "unit":
/// "percent" } }`, the tolerance null for the default.
fn total_json(m: &Measure) -> Value {
    m.total.as_ref().map_or(Value::Null, |t| {
        let parts: Vec<&str> = t.parts.iter().map(|p| p.name.as_str()).collect();
        let tolerance = t
            .tolerance
            .map(|w| json!({ "amount": w.amount, "unit": w.unit }));
        json!({ "of": parts, "tolerance": tolerance })
    })
}

/// A value as JSON, `derived` saying how when the data did not give it.
fn value_json(v: &crate::eval::series::Value) -> Value {
    let mut value = json!({ "period": v.period.to_string(), "value": v.value });
    if v.derived.is_some() {
        value["derived"] = super::derivation_json(v);
    }
    value
}

/// `adopts national.3a`, `adapts national.3a because ...`.
fn takes_up(m: &Measure, lang: Lang) -> Option<String> {
    m.maps.as_ref().map(|link| {
        let parent = ("parent", link.parent.name.as_str().into());
        match &link.adapted_because {
            Some(why) => {
                lang.text_with("answer-adapts", &[parent, ("reason", why.as_str().into())])
            }
            None => lang.text_with("answer-adopts", &[parent]),
        }
    })
}

fn measure_text(d: &MeasureDetail, lang: Lang) -> String {
    let m = &d.measure;
    let text = |id: &str, args: &[(&str, Arg)]| lang.text_with(id, args);
    let date = |day: crate::date::Date| crate::i18n::date(lang, day);
    let mut out = format!("{}  {}\n", m.id, m.title);
    if let Some((number, title)) = &d.part_of {
        let part_of = text(
            "answer-part-of-indicator",
            &[
                ("number", number.as_str().into()),
                ("title", title.as_str().into()),
            ],
        );
        field(&mut out, "part of", part_of);
    }
    if let Some((id, title)) = &d.objective {
        field(&mut out, "objective", format!("{id}: {title}"));
    }
    if let Some((id, of)) = unit(m) {
        let unit = match of {
            Some(of) => text("answer-unit-of", &[("unit", id.into()), ("of", of.into())]),
            None => id.to_string(),
        };
        field(&mut out, "unit", unit);
    }
    if let Some(direction) = m.direction {
        field(&mut out, "direction", direction.as_str());
    }
    if let Some(f) = formula(m) {
        field(&mut out, "formula", f);
    }
    if let Some(t) = total(m, lang) {
        field(&mut out, "total of", t);
    }
    let lead = lead_text(m.lead_to_fill.as_deref(), m.lead.is_empty(), &d.lead, lang);
    field(&mut out, "lead", lead);
    field(&mut out, "support", owners_text(&d.support, lang));
    if let Some(s) = &m.source {
        field(&mut out, "source", s);
    }
    // The parent plan's indicator it takes up (`adopts national.3a`).
    if let Some(t) = takes_up(m, lang) {
        field(&mut out, "parent", t);
    }
    let baseline = match &m.baseline {
        Some(b) => match b.value {
            Some(v) => format!("{} = {}", b.year, super::number(lang, exact(v))),
            None => text(
                "answer-baseline-data",
                &[("year", b.year.to_string().into())],
            ),
        },
        None => lang.text("answer-baseline-none"),
    };
    field(&mut out, "baseline", baseline);
    for note in &m.notes {
        field(&mut out, "note", note);
    }
    let area = ("area", Arg::from(d.area.as_str()));
    let data = if d.data.is_empty() {
        text("answer-data-none", &[area, ("date", date(d.as_of).into())])
    } else {
        let values = ("values", values_list(&d.data, lang).into());
        match d.data.last().and_then(|v| v.from_areas) {
            Some((got, of)) => text(
                "answer-data-from-areas",
                &[values, area, ("got", got.into()), ("of", of.into())],
            ),
            None => text("answer-data", &[values, area]),
        }
    };
    field(&mut out, "data", data);
    // Values the data do not give, derived from others: how, with the numbers.
    for v in &d.data {
        if let Some(how) = super::derivation(v, lang) {
            let period = crate::i18n::period(lang, v.period);
            field(&mut out, "derived", format!("{period}: {how}"));
        }
    }
    let as_of = text("answer-targets-as-of", &[("date", date(d.as_of).into())]);
    let _ = writeln!(out, "  {as_of}");
    for ((t, r), split) in m.targets.iter().zip(&d.results).zip(&d.split_data) {
        let status = r.as_ref().map_or("", |r| r.status.as_str());
        let target = target_text::write(t, Form::Query);
        let mut line = format!("    {target:<22} {status:<19}");
        if let Some(r) = r {
            let written =
                |v: Option<f64>| v.map_or(String::new(), |v| super::number(lang, rounded(v)));
            // The labels are the targets' field names, as a query writes them.
            let numbers = [
                ("baseline", point(r.baseline.as_ref(), lang)),
                ("latest", point(r.latest.as_ref(), lang)),
                ("expected", written(r.expected)),
                ("projected", written(r.projected)),
                ("ratio", written(r.ratio)),
            ];
            for (label, value) in numbers.iter().filter(|(_, v)| !v.is_empty()) {
                let _ = write!(line, " {label} {value};");
            }
        }
        let _ = writeln!(out, "{}", line.trim_end_matches(';').trim_end());
        if let Some(note) = r.as_ref().and_then(|r| r.note.as_ref()) {
            let _ = writeln!(out, "      {}", note.words(lang));
        }
        // A split target is judged on its disaggregation's values, not the data above.
        if let (Some(values), Some((dimension, value))) = (split, t.split.as_deref()) {
            let list = match values.is_empty() {
                true => lang.text("answer-none"),
                false => values_list(values, lang),
            };
            let split = text(
                "answer-split-data",
                &[
                    ("dimension", dimension.name.as_str().into()),
                    ("value", value.name.as_str().into()),
                    ("values", list.into()),
                ],
            );
            let _ = writeln!(out, "      {split}");
        }
        if let Some(reference) = &t.reference {
            let reference = text("answer-ref", &[("reference", reference.as_str().into())]);
            let _ = writeln!(out, "      {reference}");
        }
        for reference in &t.restated_in {
            let restated = text(
                "answer-restated-in",
                &[("reference", reference.as_str().into())],
            );
            let _ = writeln!(out, "      {restated}");
        }
    }
    if m.targets.is_empty() {
        let _ = writeln!(out, "    {}", lang.text("answer-no-targets"));
    }
    out.push_str(&chart::text::text(&Chart::of_detail(d), lang));
    out
}

/// "2021: 40, 2023: 45" ("2021: 40; 2023: 45,5" in Vietnamese).
fn values_list(values: &[crate::eval::series::Value], lang: Lang) -> String {
    let list: Vec<String> = values
        .iter()
        .map(|v| super::point(lang, v.period, v.value))
        .collect();
    list.join(super::list_separator(lang))
}

fn measure_json(d: &MeasureDetail) -> Value {
    let m = &d.measure;
    let targets: Vec<Value> = m
        .targets
        .iter()
        .zip(&d.results)
        .zip(&d.split_data)
        .map(|((t, r), split)| {
            let r = r.as_ref();
            let split = split
                .as_ref()
                .map(|values| values.iter().map(value_json).collect::<Vec<_>>());
            json!({
                "target": target_text::write(t, Form::Query),
                "kind": t.kind.as_str(),
                "year": t.kind.first_year(),
                "until": t.kind.last_year(),
                "milestone": t.milestone_period().map(|p| p.to_string()),
                "cumulative": t.milestone().is_some_and(|m| m.to_date.is_some()),
                "op": t.op.as_str(),
                "value": number_json(t.value),
                "strive": t.strive,
                "status": r.map(|r| r.status.as_str()),
                "baseline": r.and_then(|r| r.baseline.clone()),
                "latest": r.and_then(|r| r.latest.clone()),
                "expected": r.and_then(|r| r.expected),
                "projected": r.and_then(|r| r.projected),
                "ratio": r.and_then(|r| r.ratio),
                "note": crate::eval::note::words(r.and_then(|r| r.note.as_ref()), crate::i18n::Lang::En),
                "data": split,
            })
        })
        .collect();
    json!({
        "id": m.id,
        "number": m.number,
        "parent": m.parent.and(Some(&m.number)),
        "title": m.title,
        "objective": d.objective.as_ref().map(|(id, title)| json!({ "id": id, "title": title })),
        "unit": unit(m).map(|(id, _)| id),
        "direction": m.direction.map(|d| d.as_str()),
        "formula": formula(m),
        "total": total_json(m),
        "lead": owners_json(&d.lead),
        "support": owners_json(&d.support),
        "source": m.source,
        "takes_up": takes_up(m, Lang::En),
        "baseline": m.baseline.as_ref().map(|b| json!({ "year": b.year, "value": b.value, "ref": b.reference })),
        "notes": m.notes,
        "area": d.area,
        "as_of": d.as_of.to_string(),
        "data": d.data.iter().map(value_json).collect::<Vec<_>>(),
        "targets": targets,
    })
}

/// One row per target: its text, status and numbers.
fn target_rows(d: &MeasureDetail) -> Vec<Vec<Cell>> {
    let m = &d.measure;
    m.targets
        .iter()
        .zip(&d.results)
        .map(|(t, r)| {
            let r = r.as_ref();
            let status = r.map_or("", |r| r.status.as_str());
            let period = |p: Option<&PeriodValue>| {
                p.map_or(Cell::Null, |p| Cell::Text(p.period.to_string()))
            };
            vec![
                Cell::Text(m.id.clone()),
                Cell::Text(target_text::write(t, Form::Query)),
                Cell::Text(status.to_string()),
                period(r.and_then(|r| r.baseline.as_ref())),
                Cell::opt_num(r.and_then(|r| r.baseline.as_ref()).map(|p| p.value)),
                period(r.and_then(|r| r.latest.as_ref())),
                Cell::opt_num(r.and_then(|r| r.latest.as_ref()).map(|p| p.value)),
                Cell::opt_num(r.and_then(|r| r.expected)),
                Cell::opt_num(r.and_then(|r| r.projected)),
                Cell::opt_num(r.and_then(|r| r.ratio)),
                Cell::opt_text(
                    crate::eval::note::words(
                        r.and_then(|r| r.note.as_ref()),
                        crate::i18n::Lang::En,
                    )
                    .as_deref(),
                ),
            ]
        })
        .collect()
}

fn indicator_text(d: &IndicatorDetail, lang: Lang) -> String {
    let i = &d.indicator;
    let mut text = format!("{}  {}\n", i.number, i.title);
    if let Some(s) = &i.source {
        field(&mut text, "source", s);
    }
    for note in &i.notes {
        field(&mut text, "note", note);
    }
    for part in &d.parts {
        text.push('\n');
        text.push_str(&measure_text(part, lang));
    }
    text
}

/// The measures an agency leads, then those it supports, with the status of each one's
/// current target.
fn role_table(a: &AgencyDetail) -> Table {
    let rows = [("lead", &a.leads), ("support", &a.supports)]
        .into_iter()
        .flat_map(|(role, measures)| {
            measures.iter().map(move |m| {
                vec![
                    Cell::Text(role.to_string()),
                    Cell::Text(m.id.clone()),
                    m.status
                        .map_or(Cell::Null, |s| Cell::Text(s.as_str().to_string())),
                    Cell::Text(m.title.clone()),
                ]
            })
        })
        .collect();
    Table {
        columns: ROLE_COLUMNS.map(String::from).to_vec(),
        rows,
    }
}

fn agency_text(d: &AgencyDetail, lang: Lang) -> String {
    let a = &d.agency;
    let mut text = format!("{}  {}\n", a.id, a.name);
    if let Some(s) = &a.short {
        field(&mut text, "short", s);
    }
    if a.role == crate::model::AgencyRole::Requested {
        field(&mut text, "role", lang.text("answer-role-requested"));
    }
    let list = |items: &mut dyn Iterator<Item = &str>| {
        let items: Vec<&str> = items.collect();
        if items.is_empty() {
            "—".to_string()
        } else {
            items.join(", ")
        }
    };
    // Indicators first, then projects and tasks by kind (`task phan_cap`).
    let duties = |roles: &[DutyRole]| -> Vec<String> {
        roles
            .iter()
            .map(|r| format!("{} {}", r.kind, r.id))
            .collect()
    };
    let (led, supported) = (duties(&d.duties_led), duties(&d.duties_supported));
    field(
        &mut text,
        "leads",
        list(&mut (d.leads.iter().map(|m| m.id.as_str())).chain(led.iter().map(String::as_str))),
    );
    field(
        &mut text,
        "supports",
        list(
            &mut (d.supports.iter().map(|m| m.id.as_str()))
                .chain(supported.iter().map(String::as_str)),
        ),
    );
    field(
        &mut text,
        "submits",
        list(&mut d.submits.iter().map(String::as_str)),
    );
    field(
        &mut text,
        "receives",
        list(&mut d.receives.iter().map(String::as_str)),
    );
    let indicators = role_table(d);
    if !indicators.rows.is_empty() {
        let _ = writeln!(text, "\n  {}", lang.text("answer-indicators-heading"));
        for line in table(&indicators, lang).lines() {
            let _ = writeln!(text, "    {line}");
        }
    }
    let date = |day: crate::date::Date| Arg::from(crate::i18n::date(lang, day));
    let count = |c: Compliance| Arg::from(d.owed.iter().filter(|r| r.status == c).count());
    let due = lang.text_with(
        "answer-reports-due",
        &[
            ("date", date(d.as_of)),
            ("owed", d.owed.len().into()),
            ("on_time", count(Compliance::OnTime)),
            ("late", count(Compliance::Late)),
            ("missing", count(Compliance::Missing)),
        ],
    );
    let _ = writeln!(text, "\n  {due}");
    for r in d.owed.iter().filter(|r| r.status != Compliance::OnTime) {
        let how = match (r.status, r.received) {
            (Compliance::Late, Some(day)) => lang.text_with(
                "answer-report-late",
                &[("day", date(day)), ("days", super::days(r.days_late))],
            ),
            _ => lang.text("answer-report-missing"),
        };
        let line = lang.text_with(
            "answer-report-line",
            &[
                ("report", r.report.as_str().into()),
                ("period", crate::i18n::period(lang, r.period).into()),
                ("due", date(r.due)),
                ("how", how.into()),
            ],
        );
        let _ = writeln!(text, "    {line}");
    }
    // The projects and tasks it owes, for an agency that leads any with a deadline.
    if !d.tasks.is_empty() {
        let _ = write!(text, "{}", owed_text(&d.tasks, d.as_of, false, lang));
    }
    text
}

/// `tasks due by DATE: ...`, then each done late or overdue, and the next upcoming.
/// `by_agency` names the agency of each line (a task's several leads), else the task.
fn owed_text(owed: &[TaskStatus], as_of: crate::date::Date, by_agency: bool, lang: Lang) -> String {
    let mut text = String::new();
    let date = |day: crate::date::Date| Arg::from(crate::i18n::date(lang, day));
    let count = |s: TaskState| Arg::from(owed.iter().filter(|t| t.status == s).count());
    let due = lang.text_with(
        "answer-tasks-due",
        &[
            ("date", date(as_of)),
            (
                "owed",
                owed.iter().filter(|t| t.status.is_owed()).count().into(),
            ),
            ("done", count(TaskState::Done)),
            ("late", count(TaskState::Late)),
            ("overdue", count(TaskState::Overdue)),
            ("upcoming", count(TaskState::Upcoming)),
        ],
    );
    let _ = writeln!(text, "\n  {due}");
    for t in owed {
        let done_on = || t.done_on.map_or(Arg::from(""), date);
        let how = match t.status {
            TaskState::Late => lang.text_with(
                "answer-task-late",
                &[("day", done_on()), ("days", super::days(t.days_late))],
            ),
            TaskState::Overdue => {
                lang.text_with("answer-task-overdue", &[("days", super::days(t.days_late))])
            }
            TaskState::Done => match t.done_on {
                Some(_) => lang.text_with("answer-task-done-on", &[("day", done_on())]),
                None => lang.text("answer-task-done"),
            },
            TaskState::Upcoming => continue,
        };
        let who = if by_agency {
            t.agency.clone()
        } else {
            format!("{} {}", t.kind, t.task)
        };
        let period = t.period.map_or(String::new(), |p| {
            format!(" {}", crate::i18n::period(lang, p))
        });
        let who = ("who", Arg::from(format!("{who}{period}")));
        let line = match t.due {
            Some(day) => lang.text_with(
                "answer-task-line-due",
                &[who, ("due", date(day)), ("how", how.into())],
            ),
            None => lang.text_with("answer-task-line", &[who, ("how", how.into())]),
        };
        let _ = writeln!(text, "    {line}");
    }
    let next = (owed.iter())
        .filter(|t| t.status == TaskState::Upcoming)
        .filter_map(|t| t.due)
        .min();
    if let Some(next) = next {
        let next = lang.text_with("answer-next-due", &[("date", date(next))]);
        let _ = writeln!(text, "    {next}");
    }
    text
}

/// The deadline as the plan writes it: `in month 11/2025`, `before 15/12 every year`.
fn due_words(d: &Duty, lang: Lang) -> String {
    let Some(due) = d.due else {
        return lang.text("answer-no-deadline");
    };
    let before = |when: String| match due.before() {
        true => lang.text_with("answer-due-before", &[("when", when.into())]),
        false => when,
    };
    let words = match due {
        Due::Day {
            day_month: Some(dm),
            ..
        } => before(format!("{:02}/{:02}", dm.day, dm.month)),
        Due::Month { month: Some(m), .. } => {
            let id = match due.before() {
                true => "answer-due-before-month",
                false => "answer-due-in-month",
            };
            lang.text_with(id, &[("month", m.to_string().into())])
        }
        Due::Date {
            date: Some(day), ..
        } => before(format!("{:02}/{:02}/{:04}", day.day, day.month, day.year)),
        _ => "?".to_string(),
    };
    let due_arg = ("due", Arg::from(words.clone()));
    match d.every {
        Some(every) => lang.text_with(
            "answer-due-every",
            &[due_arg, ("every", every.as_str().into())],
        ),
        None if due.year().is_none() => lang.text_with("answer-due-untracked", &[due_arg]),
        None => words,
    }
}

fn duty_text(d: &DutyDetail, lang: Lang) -> String {
    let mut text = format!("{}  {}\n", d.id, d.title);
    field(&mut text, "kind", d.kind);
    if let Some((id, title)) = &d.parent {
        let part_of = lang.text_with(
            "answer-part-of-project",
            &[("id", id.as_str().into()), ("title", title.as_str().into())],
        );
        field(&mut text, "part of", part_of);
    }
    let lead = lead_text(
        d.duty.lead_to_fill.as_deref(),
        d.lead.is_empty(),
        &d.lead,
        lang,
    );
    field(&mut text, "lead", lead);
    field(&mut text, "support", owners_text(&d.support, lang));
    field(&mut text, "due", due_words(&d.duty, lang));
    let titled = |list: &[(String, String)]| {
        list.iter()
            .map(|(id, _)| id.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    if !d.covers.is_empty() {
        field(&mut text, "covers", titled(&d.covers));
    }
    if !d.projects.is_empty() {
        field(&mut text, "projects", titled(&d.projects));
    }
    if let Some(s) = &d.duty.source {
        field(&mut text, "source", s);
    }
    for note in &d.duty.notes {
        field(&mut text, "note", note);
    }
    if !d.owed.is_empty() {
        let _ = write!(text, "{}", owed_text(&d.owed, d.as_of, true, lang));
    }
    text
}

/// The columns of the rows of a task or a project: each time it is owed.
const OWED_COLUMNS: [&str; 7] = [
    "agency",
    "period",
    "due",
    "done_on",
    "status",
    "days_late",
    "done_note",
];

/// Each time a task or project is owed, upcoming ones too.
fn owed_table(owed: &[TaskStatus]) -> Table {
    let date = |d: Option<crate::date::Date>| d.map_or(Cell::Null, Cell::Date);
    Table {
        columns: OWED_COLUMNS.map(String::from).to_vec(),
        rows: owed
            .iter()
            .map(|t| {
                vec![
                    Cell::Text(t.agency.clone()),
                    t.period.map_or(Cell::Null, |p| Cell::Text(p.to_string())),
                    date(t.due),
                    date(t.done_on),
                    Cell::Text(t.status.as_str().to_string()),
                    Cell::Num(t.days_late as f64),
                    Cell::opt_text(t.note.as_deref()),
                ]
            })
            .collect(),
    }
}

fn duty_json(d: &DutyDetail) -> Value {
    let titled = |list: &[(String, String)]| {
        Value::Array(
            list.iter()
                .map(|(id, title)| json!({ "id": id, "title": title }))
                .collect(),
        )
    };
    json!({
        "kind": d.kind,
        "id": d.id,
        "title": d.title,
        "lead": owners_json(&d.lead),
        "lead_to_fill": d.duty.lead_to_fill.as_ref().map(|f| f.reason.clone().unwrap_or_default()),
        "support": owners_json(&d.support),
        "due": d.duty.due_day().map(|dm| dm.to_string()),
        "due_month": d.duty.due_month(),
        "due_before": d.duty.due_before(),
        "due_date": d.duty.due_date().map(|day| day.to_string()),
        "every": d.duty.every.map(|e| e.as_str()),
        "parent": d.parent.as_ref().map(|(id, title)| json!({ "id": id, "title": title })),
        "covers": titled(&d.covers),
        "projects": titled(&d.projects),
        "source": d.duty.source,
        "notes": d.duty.notes,
        "as_of": d.as_of.to_string(),
        "owed": d.owed,
    })
}

fn agency_json(d: &AgencyDetail) -> Value {
    fn ids(ms: &[RoleDetail]) -> Vec<&str> {
        ms.iter().map(|m| m.id.as_str()).collect()
    }
    json!({
        "id": d.agency.id,
        "name": d.agency.name,
        "short": d.agency.short,
        "role": d.agency.role.as_str(),
        "leads": ids(&d.leads),
        "supports": ids(&d.supports),
        "submits": d.submits,
        "receives": d.receives,
        "as_of": d.as_of.to_string(),
        "reports": d.owed,
        "duties_led": duty_roles(&d.duties_led),
        "duties_supported": duty_roles(&d.duties_supported),
        "tasks": d.tasks,
    })
}

fn duty_roles(list: &[DutyRole]) -> Value {
    Value::Array(
        list.iter()
            .map(|r| json!({ "kind": r.kind, "id": r.id, "title": r.title }))
            .collect(),
    )
}
