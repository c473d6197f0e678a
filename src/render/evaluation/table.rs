//! `plan eval`'s default form: an aligned text table, each indicator's targets under a line
//! that says what it is (its title, unit and lead agencies), and a legend of its marks and
//! numbers.

use super::compliance::{reporting_lines, task_lines};
use super::names::{subject, Subject};
use super::{
    area_name, data_line, groups, num, strive_legend, summary, target_text, words, GroupBy,
};
use crate::eval::evaluate::{Evaluation, PeriodValue, TargetResult};
use crate::model::Model;
use crate::query::schema::{keyed, TARGET_RESULT_COLUMNS};
use crate::render::terminal::shorten;
use std::fmt::Write;

/// The columns: the measure, then its target's result.
const HEADER: [&str; 8] = keyed("indicator", TARGET_RESULT_COLUMNS);

/// The columns from this one on are numbers, right-aligned.
const FIRST_NUMBER: usize = 5;

/// The fewest characters a title is cut to, however long the unit and the agencies' names.
const SHORTEST_TITLE: usize = 24;

/// The narrowest line an indicator's title is fitted to, when the columns are narrower.
const NARROWEST: usize = 80;

fn point(p: &Option<PeriodValue>) -> String {
    p.as_ref().map_or(String::new(), |p| {
        format!("{}: {}", p.period, crate::numbers::rounded(p.value))
    })
}

fn cells(r: &TargetResult) -> [String; 8] {
    [
        r.indicator.clone(),
        target_text(r),
        r.status.as_str().to_string(),
        point(&r.baseline),
        point(&r.latest),
        num(r.expected),
        num(r.projected),
        num(r.ratio),
    ]
}

/// `1  Tỷ lệ trẻ em dưới 1 tuổi được tiêm… · % · Sở Y tế`: what an indicator is, its title
/// cut so the line fits in `width` characters.
fn indicator_line(id: &str, about: &Subject, width: usize) -> String {
    let mut tail = String::new();
    for part in [about.unit_label(), about.lead_names()] {
        if !part.is_empty() {
            let _ = write!(tail, " · {part}");
        }
    }
    let room = width
        .saturating_sub(id.chars().count() + 2 + tail.chars().count())
        .max(SHORTEST_TITLE);
    format!("{id}  {}{tail}", shorten(about.title, room))
}

/// An aligned text table.
pub fn table(model: &Model, e: &Evaluation, by: GroupBy) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} — {}",
        model.plan.title,
        words::as_of_area(e.as_of, area_name(model, e))
    );
    let _ = writeln!(out, "{}", data_line(e));
    let rows: Vec<[String; 8]> = e.results.iter().map(cells).collect();
    let mut widths = HEADER.map(|h| h.chars().count());
    for row in &rows {
        for (w, c) in widths.iter_mut().zip(row) {
            *w = (*w).max(c.chars().count());
        }
    }
    let width = (widths.iter().sum::<usize>() + 2 * (widths.len() - 1)).max(NARROWEST);
    let line = |cells: &[String]| {
        let mut s = String::new();
        for (i, (c, w)) in cells.iter().zip(widths).enumerate() {
            let pad = " ".repeat(w.saturating_sub(c.chars().count()));
            if i >= FIRST_NUMBER {
                let _ = write!(s, "{pad}{c}  ");
            } else {
                let _ = write!(s, "{c}{pad}  ");
            }
        }
        s.trim_end().to_string()
    };
    for (heading, group) in groups(model, e, by) {
        if !heading.is_empty() {
            let _ = writeln!(out, "\n{heading}");
        } else {
            out.push('\n');
        }
        let _ = writeln!(out, "{}", line(&HEADER.map(String::from)));
        let mut last: Option<&str> = None;
        for r in group {
            // The indicator's line comes once, before the first of its targets.
            if last != Some(r.indicator.as_str()) {
                let about = subject(model, r);
                let _ = writeln!(out, "{}", indicator_line(&r.indicator, &about, width));
                last = Some(&r.indicator);
            }
            let _ = writeln!(out, "{}", line(&cells(r)));
            if let Some(note) = &r.note {
                let _ = writeln!(out, "    {note}");
            }
        }
    }
    out.push('\n');
    if let Some(legend) = strive_legend(e) {
        let _ = writeln!(out, "{legend}");
    }
    for legend in words::table_legend() {
        let _ = writeln!(out, "{legend}");
    }
    out.push('\n');
    reporting_lines(model, e, &mut out);
    task_lines(model, e, &mut out);
    let _ = writeln!(out, "{}", summary(e));
    out
}
