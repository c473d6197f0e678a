//! `show ID`: everything known about one indicator, part or agency.

use super::answer::{Detail, Table};
use super::check::Shown;
use super::format::{number_json, table};
use super::rows::Context;
use super::schema::Cell;
use crate::eval::evaluate::PeriodValue;
use crate::eval::reporting::Compliance;
use crate::model::{Measure, Owner};
use crate::numbers::exact;
use crate::numbers::rounded;
use crate::target_text::{self, Form};
use serde_json::{json, Value};
use std::fmt::Write;

pub fn show(ctx: Context<'_>, what: &Shown) -> Detail {
    match what {
        Shown::Measure(i) => measure(ctx, *i),
        Shown::Indicator(number) => composite(ctx, number),
        Shown::Agency(id) => agency(ctx, id),
    }
}

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

fn point(p: Option<&PeriodValue>) -> String {
    p.map_or(String::new(), |p| {
        format!("{}: {}", p.period, rounded(p.value))
    })
}

fn owners_text(ctx: Context<'_>, owners: &[Owner]) -> String {
    if owners.is_empty() {
        return "—".to_string();
    }
    owners
        .iter()
        .map(|o| {
            let name = ctx
                .model
                .agencies
                .get(&o.agency.name)
                .map_or(String::new(), |a| format!(" ({})", a.name));
            let reference = o
                .reference
                .as_ref()
                .map_or(String::new(), |r| format!(", ref {r}"));
            format!("{}{name}{reference}", o.agency.name)
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn owners_json(ctx: Context<'_>, owners: &[Owner]) -> Value {
    Value::Array(
        owners
            .iter()
            .map(|o| {
                json!({
                    "agency": o.agency.name,
                    "name": ctx.model.agencies.get(&o.agency.name).map(|a| a.name.clone()),
                    "ref": o.reference,
                })
            })
            .collect(),
    )
}

/// The text, JSON and target rows of one measure.
fn measure_parts(ctx: Context<'_>, index: usize) -> (String, Value, Vec<Vec<Cell>>) {
    let (model, facts) = (ctx.model, ctx.facts);
    let Some((_, m)) = model.measures.get_index(index) else {
        return (String::new(), Value::Null, Vec::new());
    };
    let mut out = String::new();
    let _ = writeln!(out, "{}  {}", m.id, m.title);
    let field = |out: &mut String, label: &str, value: String| {
        let _ = writeln!(out, "  {label:<11} {value}");
    };
    if let Some(parent) = m.parent.as_ref().and_then(|p| model.indicators.get(p)) {
        field(
            &mut out,
            "part of",
            format!("indicator {}: {}", parent.number, parent.title),
        );
    }
    let objective = m.objective.as_ref().map(|o| {
        let title = model
            .objectives
            .get(&o.name)
            .map_or("", |x| x.title.as_str());
        (o.name.clone(), title.to_string())
    });
    if let Some((id, title)) = &objective {
        field(&mut out, "objective", format!("{id}: {title}"));
    }
    let unit = m.unit.as_ref().map(|u| {
        let id = u
            .unit
            .as_ref()
            .map_or(u.written.name.clone(), |x| x.id.clone());
        let of = u.unit.as_ref().and_then(|x| x.of.clone());
        (id, of)
    });
    if let Some((id, of)) = &unit {
        let of = of
            .as_ref()
            .map_or(String::new(), |o| format!(" of \"{o}\""));
        field(&mut out, "unit", format!("{id}{of}"));
    }
    if let Some(d) = m.direction {
        field(&mut out, "direction", d.as_str().to_string());
    }
    let formula = m.formula.as_ref().map(|f| {
        format!(
            "{} / {} × {}",
            f.numerator.name,
            f.denominator.name,
            exact(f.factor)
        )
    });
    if let Some(f) = &formula {
        field(&mut out, "formula", f.clone());
    }
    let lead = match (&m.lead_to_fill, m.lead.is_empty()) {
        (Some(fill), true) => format!(
            "? (not named yet{})",
            fill.reason
                .as_ref()
                .map_or(String::new(), |r| format!(": {r}"))
        ),
        _ => owners_text(ctx, &m.lead),
    };
    field(&mut out, "lead", lead);
    field(&mut out, "support", owners_text(ctx, &m.support));
    if let Some(s) = &m.source {
        field(&mut out, "source", s.clone());
    }
    // The parent plan's indicator it takes up (`adopts national.3a`).
    let takes_up = m.maps.as_ref().map(|link| match &link.adapted_because {
        Some(why) => format!("adapts {} because {why}", link.parent.name),
        None => format!("adopts {}", link.parent.name),
    });
    if let Some(t) = &takes_up {
        field(&mut out, "parent", t.clone());
    }
    match &m.baseline {
        Some(b) => field(
            &mut out,
            "baseline",
            format!("{} = {}", b.year, exact(b.value)),
        ),
        None => field(
            &mut out,
            "baseline",
            "none declared (the first value is the baseline)".to_string(),
        ),
    }
    for note in &m.notes {
        field(&mut out, "note", note.clone());
    }
    let values: Vec<_> = facts.values_as_of(index).collect();
    let area = facts.evaluation.as_ref().map_or("", |e| e.area.as_str());
    let data_text = if values.is_empty() {
        format!("none for area {area} by {}", facts.as_of)
    } else {
        let list: Vec<String> = values
            .iter()
            .map(|v| format!("{}: {}", v.period, rounded(v.value)))
            .collect();
        let coverage = values
            .last()
            .and_then(|v| v.from_areas)
            .map_or(String::new(), |(g, of)| {
                format!(", the latest from {g} of {of} areas")
            });
        format!("{} (area {area}{coverage})", list.join(", "))
    };
    field(&mut out, "data", data_text);
    let _ = writeln!(out, "  targets as of {}:", facts.as_of);
    let mut rows = Vec::new();
    let mut targets_json = Vec::new();
    for (t_index, t) in m.targets.iter().enumerate() {
        let r = facts.result(index, t_index);
        let status = r.map_or("", |r| r.status.as_str());
        rows.push(vec![
            Cell::Text(m.id.clone()),
            Cell::Text(target_text::write(t, Form::Query)),
            Cell::Text(status.to_string()),
            r.and_then(|r| r.baseline.as_ref())
                .map_or(Cell::Null, |p| Cell::Text(p.period.to_string())),
            Cell::opt_num(r.and_then(|r| r.baseline.as_ref()).map(|p| p.value)),
            r.and_then(|r| r.latest.as_ref())
                .map_or(Cell::Null, |p| Cell::Text(p.period.to_string())),
            Cell::opt_num(r.and_then(|r| r.latest.as_ref()).map(|p| p.value)),
            Cell::opt_num(r.and_then(|r| r.expected)),
            Cell::opt_num(r.and_then(|r| r.projected)),
            Cell::opt_num(r.and_then(|r| r.ratio)),
            Cell::opt_text(r.and_then(|r| r.note.as_deref())),
        ]);
        let mut line = format!(
            "    {:<22} {:<19}",
            target_text::write(t, Form::Query),
            status
        );
        if let Some(r) = r {
            let numbers = [
                ("baseline", point(r.baseline.as_ref())),
                ("latest", point(r.latest.as_ref())),
                ("expected", r.expected.map_or(String::new(), rounded)),
                ("projected", r.projected.map_or(String::new(), rounded)),
                ("ratio", r.ratio.map_or(String::new(), rounded)),
            ];
            for (label, value) in numbers.iter().filter(|(_, v)| !v.is_empty()) {
                let _ = write!(line, " {label} {value};");
            }
        }
        let _ = writeln!(out, "{}", line.trim_end_matches(';').trim_end());
        if let Some(note) = r.and_then(|r| r.note.as_ref()) {
            let _ = writeln!(out, "      {note}");
        }
        if let Some(reference) = &t.reference {
            let _ = writeln!(out, "      ref {reference}");
        }
        targets_json.push(json!({
            "target": target_text::write(t, Form::Query),
            "kind": t.kind.as_str(),
            "year": t.year,
            "until": t.until,
            "op": t.op.as_str(),
            "value": number_json(t.value),
            "strive": t.strive,
            "status": r.map(|r| r.status.as_str()),
            "baseline": r.and_then(|r| r.baseline.clone()),
            "latest": r.and_then(|r| r.latest.clone()),
            "expected": r.and_then(|r| r.expected),
            "projected": r.and_then(|r| r.projected),
            "ratio": r.and_then(|r| r.ratio),
            "note": r.and_then(|r| r.note.clone()),
        }));
    }
    if m.targets.is_empty() {
        let _ = writeln!(out, "    (no targets)");
    }
    let json = json!({
        "id": m.id,
        "number": m.number,
        "parent": m.parent,
        "title": m.title,
        "objective": objective.map(|(id, title)| json!({ "id": id, "title": title })),
        "unit": unit.map(|(id, _)| id),
        "direction": m.direction.map(|d| d.as_str()),
        "formula": formula,
        "lead": owners_json(ctx, &m.lead),
        "support": owners_json(ctx, &m.support),
        "source": m.source,
        "takes_up": takes_up,
        "baseline": m.baseline.as_ref().map(|b| json!({ "year": b.year, "value": b.value, "ref": b.reference })),
        "notes": m.notes,
        "area": area,
        "as_of": facts.as_of.to_string(),
        "data": values.iter().map(|v| json!({ "period": v.period.to_string(), "value": v.value })).collect::<Vec<_>>(),
        "targets": targets_json,
    });
    (out, json, rows)
}

fn detail(text: String, json: Value, rows: Vec<Vec<Cell>>) -> Detail {
    Detail {
        text,
        json,
        table: Table {
            columns: TARGET_COLUMNS.iter().map(|c| c.to_string()).collect(),
            rows,
        },
    }
}

fn measure(ctx: Context<'_>, index: usize) -> Detail {
    let (text, json, rows) = measure_parts(ctx, index);
    detail(text, json, rows)
}

fn composite(ctx: Context<'_>, number: &str) -> Detail {
    let model = ctx.model;
    let Some(ind) = model.indicators.get(number) else {
        return detail(String::new(), Value::Null, Vec::new());
    };
    let mut text = format!("{}  {}\n", ind.number, ind.title);
    if let Some(s) = &ind.source {
        let _ = writeln!(text, "  {:<11} {s}", "source");
    }
    for note in &ind.notes {
        let _ = writeln!(text, "  {:<11} {note}", "note");
    }
    let mut parts = Vec::new();
    let mut rows = Vec::new();
    for id in &ind.measures {
        if let Some(i) = model.measures.get_index_of(id) {
            let (t, j, r) = measure_parts(ctx, i);
            text.push('\n');
            text.push_str(&t);
            parts.push(j);
            rows.extend(r);
        }
    }
    let json = json!({
        "number": ind.number,
        "title": ind.title,
        "source": ind.source,
        "notes": ind.notes,
        "parts": parts,
    });
    detail(text, json, rows)
}

fn agency(ctx: Context<'_>, id: &str) -> Detail {
    let (model, facts) = (ctx.model, ctx.facts);
    let Some(a) = model.agencies.get(id) else {
        return detail(String::new(), Value::Null, Vec::new());
    };
    let mut text = format!("{}  {}\n", a.id, a.name);
    if let Some(s) = &a.short {
        let _ = writeln!(text, "  {:<11} {s}", "short");
    }
    let roles = |pick: fn(&Measure) -> &Vec<Owner>| -> Vec<&Measure> {
        model
            .measures
            .values()
            .filter(|m| pick(m).iter().any(|o| o.agency.name == id))
            .collect()
    };
    let (leads, supports) = (roles(|m| &m.lead), roles(|m| &m.support));
    let submits: Vec<&str> = model
        .reports
        .values()
        .filter(|r| r.from.iter().any(|f| f.name == id))
        .map(|r| r.id.as_str())
        .collect();
    let receives: Vec<&str> = model
        .reports
        .values()
        .filter(|r| r.to.as_ref().is_some_and(|t| t.name == id))
        .map(|r| r.id.as_str())
        .collect();
    let ids = |ms: &[&Measure]| {
        if ms.is_empty() {
            "—".to_string()
        } else {
            ms.iter()
                .map(|m| m.id.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        }
    };
    let list = |xs: &[&str]| {
        if xs.is_empty() {
            "—".to_string()
        } else {
            xs.join(", ")
        }
    };
    let _ = writeln!(text, "  {:<11} {}", "leads", ids(&leads));
    let _ = writeln!(text, "  {:<11} {}", "supports", ids(&supports));
    let _ = writeln!(text, "  {:<11} {}", "submits", list(&submits));
    let _ = writeln!(text, "  {:<11} {}", "receives", list(&receives));
    let mut rows = Vec::new();
    for (role, ms) in [("lead", &leads), ("support", &supports)] {
        for m in ms.iter() {
            let i = model.measures.get_index_of(&m.id).unwrap_or(usize::MAX);
            let status = facts
                .current_target(m)
                .and_then(|t| facts.result(i, t))
                .map_or(Cell::Null, |r| Cell::Text(r.status.as_str().to_string()));
            rows.push(vec![
                Cell::Text(role.to_string()),
                Cell::Text(m.id.clone()),
                status,
                Cell::Text(m.title.clone()),
            ]);
        }
    }
    let indicators = Table {
        columns: ["role", "id", "status", "title"].map(String::from).to_vec(),
        rows,
    };
    if !indicators.rows.is_empty() {
        let _ = writeln!(text, "\n  indicators (status of the current target):");
        for line in table(&indicators).lines() {
            let _ = writeln!(text, "    {line}");
        }
    }
    let owed: Vec<_> = facts
        .evaluation
        .iter()
        .flat_map(|e| e.reporting.iter())
        .filter(|r| r.agency == id)
        .collect();
    let count = |c: Compliance| owed.iter().filter(|r| r.status == c).count();
    let _ = writeln!(
        text,
        "\n  reports due by {}: {} owed, {} on time, {} late, {} missing",
        facts.as_of,
        owed.len(),
        count(Compliance::OnTime),
        count(Compliance::Late),
        count(Compliance::Missing)
    );
    for r in owed.iter().filter(|r| r.status != Compliance::OnTime) {
        let how = match (r.status, r.received) {
            (Compliance::Late, Some(d)) => format!("received {d}, {} days late", r.days_late),
            _ => "missing".to_string(),
        };
        let _ = writeln!(text, "    {} {}: due {}, {how}", r.report, r.period, r.due);
    }
    let json = json!({
        "id": a.id,
        "name": a.name,
        "short": a.short,
        "leads": leads.iter().map(|m| m.id.as_str()).collect::<Vec<_>>(),
        "supports": supports.iter().map(|m| m.id.as_str()).collect::<Vec<_>>(),
        "submits": submits,
        "receives": receives,
        "as_of": facts.as_of.to_string(),
        "reports": owed,
    });
    Detail {
        text,
        json,
        table: indicators,
    }
}
