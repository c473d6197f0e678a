//! The model as text for people (`plan show`).

use crate::i18n::Lang;
use crate::model::Due;
use crate::model::{AgencyRole, AmendedBy, Held, Model};
use crate::numbers::exact;
use crate::target_text::{self, Form};
use std::fmt::Write;

/// The model as `plan show` prints it: the header, then each kind of declaration in turn,
/// targets in the words a plan is written in.
pub fn to_text(model: &Model, lang: Lang) -> String {
    let heading = |id: &str| format!("\n{}", lang.text(id));
    let mut out = String::new();
    let p = &model.plan;
    let _ = writeln!(out, "{}", p.title);
    let line = |label: &str, value: Option<String>| value.map(|v| format!("  {label:<11} {v}\n"));
    let signed = (!p.signed.is_empty()).then(|| {
        p.signed
            .iter()
            .map(|s| s.date.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    });
    for l in [
        line("document", p.document.clone()),
        line("issuer", p.issuer.as_ref().map(|i| i.name.clone())),
        line("signed", signed),
        line("period", p.period.map(|(a, b)| format!("{a}..{b}"))),
        line("horizon", p.horizon.map(|y| y.value.to_string())),
        line("area", p.area.clone()),
        line("implements", p.implements.clone()),
        line(
            "implements",
            p.parent
                .as_ref()
                .map(|alias| match alias.id.and_then(|id| model.at(id)) {
                    Some(i) => format!("{} ({})", alias.name, i.path),
                    None => alias.name.clone(),
                }),
        ),
    ]
    .into_iter()
    .flatten()
    {
        out.push_str(&l);
    }
    for a in &p.amended_by {
        let _ = writeln!(out, "  {:<11} {}", "amended by", amended_by(a));
    }

    if !model.imports.is_empty() {
        let _ = writeln!(out, "{}", heading("show-imports"));
        for i in model.imports.values() {
            let document = i.model.plan.document.as_deref().unwrap_or("");
            let _ = writeln!(out, "  {:<16} {} {document}", i.alias, i.path);
        }
    }

    let local: Vec<_> = model.own_agencies().collect();
    if !local.is_empty() {
        let _ = writeln!(out, "{}", heading("show-agencies"));
        for a in local {
            let short = a
                .short
                .as_ref()
                .map_or(String::new(), |s| format!(" ({s})"));
            let role = match a.role {
                AgencyRole::Requested => ", requested (đề nghị)",
                AgencyRole::Assigned => "",
            };
            let _ = writeln!(out, "  {:<16} {}{short}{role}", a.id, a.name);
        }
    }

    objectives(&mut out, model, lang);
    let orphans: Vec<_> = model
        .indicators
        .values()
        .filter(|i| {
            i.objective
                .as_ref()
                .is_none_or(|r| !model.objectives.contains_key(&r.name))
        })
        .collect();
    if !orphans.is_empty() {
        let _ = writeln!(out, "{}", heading("show-no-objective"));
        for i in orphans {
            indicator(&mut out, model, i);
        }
    }

    if !model.reports.is_empty() {
        let _ = writeln!(out, "{}", heading("show-reports"));
        for r in model.reports.values() {
            let period = r.period.map_or("no period", |p| p.as_str());
            let due = due_text(r.due);
            let from: Vec<&str> = r.party.from.iter().map(|i| i.name.as_str()).collect();
            let to: Vec<&str> = r.party.to.iter().map(|i| i.name.as_str()).collect();
            let to = if to.is_empty() {
                "?".to_string()
            } else {
                to.join(", ")
            };
            let _ = writeln!(
                out,
                "  {:<16} {} ({period}{due}) from {} to {to}",
                r.id,
                r.title,
                from.join(", ")
            );
        }
    }
    if !model.waivers.is_empty() {
        let _ = writeln!(out, "{}", heading("show-waived"));
        for w in model.waivers.values() {
            let _ = writeln!(out, "  {:<16} because {}", w.parent.name, w.reason);
        }
    }
    if !model.reviews.is_empty() {
        let _ = writeln!(out, "{}", heading("show-reviews"));
        for r in model.reviews.values() {
            let _ = writeln!(out, "  {:<16} {} ({})", r.id, r.title, held(model, r));
        }
    }
    if !model.projects.is_empty() {
        let _ = writeln!(out, "{}", heading("show-projects"));
        for p in model.projects.values() {
            let parent = p
                .parent
                .as_ref()
                .map_or(String::new(), |i| format!(" (in {})", i.name));
            let _ = writeln!(out, "  {:<16} {}{parent}", p.id, p.title);
            duty(&mut out, model, &p.duty);
            if !p.measures.is_empty() || !p.tasks.is_empty() {
                let measures = p.measures.iter().filter_map(|&m| model.at(m));
                let tasks = p.tasks.iter().filter_map(|&t| model.at(t));
                let covers: Vec<&str> = (measures.map(|m| m.id.as_str()))
                    .chain(tasks.map(|t| t.id.as_str()))
                    .collect();
                let _ = writeln!(out, "  {:<16} covers {}", "", covers.join(", "));
            }
        }
    }
    if !model.tasks.is_empty() {
        let _ = writeln!(out, "{}", heading("show-tasks"));
        for t in model.tasks.values() {
            let _ = writeln!(out, "  {:<16} {}", t.id, t.title);
            duty(&mut out, model, &t.duty);
        }
    }
    out
}

/// The objectives as a tree: each with its indicators, then the objectives nested in it,
/// indented under it. Those in a circle (reported) are written where the circle is entered.
fn objectives(out: &mut String, model: &Model, lang: Lang) {
    let n = model.objectives.len();
    let parent = |o: &crate::model::Objective| o.parent.as_ref().and_then(|p| p.id);
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (i, o) in model.objectives.values().enumerate() {
        if let Some(p) = parent(o) {
            children[p.index()].push(i);
        }
    }
    let mut written = vec![false; n];
    let roots = (model.objectives.values().enumerate()).filter(|(_, o)| parent(o).is_none());
    let roots: Vec<usize> = roots.map(|(i, _)| i).collect();
    // Roots first; then what only a circle reaches.
    let mut stack: Vec<(usize, usize)> = Vec::new();
    for start in roots.into_iter().chain(0..n) {
        stack.push((start, 0));
        while let Some((i, depth)) = stack.pop() {
            if std::mem::replace(&mut written[i], true) {
                continue;
            }
            let Some((_, o)) = model.objectives.get_index(i) else {
                continue;
            };
            let indent = "  ".repeat(depth);
            let objective = lang.text_with(
                "show-objective",
                &[
                    ("id", o.id.as_str().into()),
                    ("title", o.title.as_str().into()),
                ],
            );
            let _ = writeln!(out, "\n{indent}{objective}");
            let mut lines = String::new();
            for ind in model
                .indicators
                .values()
                .filter(|x| x.objective.as_ref().is_some_and(|r| r.name == o.id))
            {
                indicator(&mut lines, model, ind);
            }
            for line in lines.lines() {
                let _ = writeln!(out, "{indent}{line}");
            }
            stack.extend(children[i].iter().rev().map(|&c| (c, depth + 1)));
        }
    }
}

/// When a review is held, with the years that makes in the plan's period: `2025`, `midterm,
/// 2025`, `end, 2030`, `every year, 2021..2030`; `?` when the plan does not say.
fn held(model: &Model, r: &crate::model::Review) -> String {
    let Some((when, _)) = r.when else {
        return "?".into();
    };
    let years = r.years(&model.plan);
    let span = match (years.first(), years.last()) {
        (Some(a), Some(b)) if a != b => format!("{a}..{b}"),
        (Some(a), _) => a.to_string(),
        (None, _) => "?".into(),
    };
    match when {
        Held::Year(y) => y.to_string(),
        Held::Midterm => format!("midterm, {span}"),
        Held::End => format!("end, {span}"),
        Held::EveryYear => format!("every year, {span}"),
    }
}

/// `15/QĐ-UBND, effective 2025-03-01`.
pub(super) fn amended_by(a: &AmendedBy) -> String {
    match a.effective {
        Some(d) => format!("{}, effective {d}", a.document),
        None => a.document.clone(),
    }
}

/// The owners and deadline of a project or task, on one line.
fn duty(out: &mut String, model: &Model, d: &crate::model::Duty) {
    let names = |list: &[crate::model::Owner]| owners(model, list).join(", ");
    let mut line = format!(
        "lead {}",
        match (d.lead.is_empty(), &d.lead_to_fill) {
            (false, _) => names(&d.lead),
            (true, Some(fill)) => match &fill.reason {
                Some(why) => format!("? ({why})"),
                None => "?".into(),
            },
            (true, None) => "?".into(),
        }
    );
    if !d.support.is_empty() {
        let _ = write!(line, "; support {}", names(&d.support));
    }
    line.push_str(&due_text(d.due));
    if let (Some(every), Some(_)) = (d.every, d.due) {
        let _ = write!(line, " every {}", every.as_str());
    }
    let _ = writeln!(out, "  {:<16} {line}", "");
}

/// The agencies of a list of owners, by id, a body the plan requests marked so: `yte`,
/// `mttq (requested)`.
fn owners(model: &Model, list: &[crate::model::Owner]) -> Vec<String> {
    list.iter()
        .map(|o| match model.get(&o.agency).map(|a| a.role) {
            Some(AgencyRole::Requested) => format!("{} (requested)", o.agency.name),
            _ => o.agency.name.clone(),
        })
        .collect()
}

/// `, due before 05/12`, `, due in month 11/2025`: a deadline as written, or nothing.
fn due_text(due: Option<Due>) -> String {
    match due {
        Some(Due::Day {
            before,
            day_month: Some(d),
        }) => {
            let when = if before { "before " } else { "" };
            format!(", due {when}{:02}/{:02}", d.day, d.month)
        }
        Some(Due::Month {
            before,
            month: Some(m),
        }) => format!(", due {}month {m}", if before { "before " } else { "in " }),
        Some(Due::Date {
            before,
            date: Some(d),
        }) => {
            let when = if before { "before " } else { "" };
            format!(", due {when}{:02}/{:02}/{:04}", d.day, d.month, d.year)
        }
        // No `due`, or a day or month that does not exist (reported by the checker).
        _ => String::new(),
    }
}

fn indicator(out: &mut String, model: &Model, i: &crate::model::Indicator) {
    let _ = writeln!(out, "  {:>4}  {}", i.number, i.title);
    for m in model.measures_of(i) {
        let indent = if m.parent.is_some() {
            let _ = writeln!(out, "        {}  {}", m.id, m.title);
            "          "
        } else {
            "        "
        };
        let unit = m
            .unit
            .as_ref()
            .and_then(|u| u.unit.as_ref())
            .map_or("?".to_string(), |u| match &u.of {
                Some(of) => format!("{} of {of}", u.id),
                None => u.id.clone(),
            });
        let direction = m.direction.map_or("?", |d| d.as_str());
        let _ = writeln!(out, "{indent}unit {unit}, {direction}");
        if let Some(f) = &m.formula {
            let (num, den) = (&f.numerator.name, &f.denominator.name);
            let _ = writeln!(out, "{indent}formula {num} / {den} × {}", exact(f.factor));
        }
        if let Some(t) = &m.total {
            let parts: Vec<&str> = t.parts.iter().map(|p| p.name.as_str()).collect();
            let within = t.tolerance.map_or(String::new(), |w| {
                format!(" within {} {}", exact(w.amount), w.unit.as_str())
            });
            let _ = writeln!(out, "{indent}total of {}{within}", parts.join(", "));
        }
        match m.scope.as_deref() {
            Some(crate::model::Scope::Areas(areas)) => {
                let names: Vec<&str> = areas.iter().map(|a| a.name.as_str()).collect();
                let _ = writeln!(out, "{indent}scope {} (these areas only)", names.join(", "));
            }
            Some(crate::model::Scope::Value(d, v)) => {
                let _ = writeln!(
                    out,
                    "{indent}scope where {} = {} (that group only)",
                    d.name, v.name
                );
            }
            None => {}
        }
        if let Some(b) = m.baseline.as_deref() {
            let _ = match b.value {
                Some(v) => writeln!(out, "{indent}baseline {} = {}", b.year, exact(v)),
                None => writeln!(out, "{indent}baseline {} (the data's value)", b.year),
            };
        }
        // A target after the period, up to the horizon, is the plan's vision.
        let end = model.plan.vision().map(|(first, _)| first - 1);
        for t in &m.targets {
            let vision = match (end, t.kind.first_year()) {
                (Some(end), Some(year)) if year > end => "  (vision)",
                _ => "",
            };
            let target = target_text::write(t, Form::Plan);
            let _ = writeln!(out, "{indent}target {target}{vision}");
        }
        let (lead, support) = (owners(model, &m.lead), owners(model, &m.support));
        let mut owners = format!(
            "lead {}",
            match (lead.is_empty(), &m.lead_to_fill) {
                (false, _) => lead.join(", "),
                (true, Some(fill)) => match &fill.reason {
                    Some(why) => format!("? ({why})"),
                    None => "?".into(),
                },
                (true, None) => "?".into(),
            }
        );
        if !support.is_empty() {
            let _ = write!(owners, "; support {}", support.join(", "));
        }
        let _ = writeln!(out, "{indent}{owners}");
        if let Some(source) = &m.source {
            let _ = writeln!(out, "{indent}source {source}");
        }
        if let Some(link) = &m.maps {
            let take = match &link.adapted_because {
                Some(why) => format!("adapts {} because {why}", link.parent.name),
                None => format!("adopts {}", link.parent.name),
            };
            let _ = writeln!(out, "{indent}{take}");
        }
    }
}
