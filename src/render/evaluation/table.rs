//! `plan eval`'s default form: an aligned text table, each indicator's targets under a line
//! that says what it is (its title, unit and lead agencies), and a legend of its marks and
//! numbers.

use super::compliance::{reporting_lines, task_lines};
use super::names::{subject, Subject};
use super::{area_name, data_line, groups, num, summary, words, GroupBy};
use crate::eval::evaluate::{Evaluation, PeriodValue, TargetResult};
use crate::i18n::Lang;
use crate::model::Model;
use crate::render::terminal::shorten;
use std::fmt::Write;

/// The columns from this one on are numbers, right-aligned.
const FIRST_NUMBER: usize = 5;

/// The fewest characters a title is cut to, however long the unit and the agencies' names.
const SHORTEST_TITLE: usize = 24;

/// The narrowest line an indicator's title is fitted to, when the columns are narrower.
const NARROWEST: usize = 80;

fn point(lang: Lang, p: &Option<PeriodValue>) -> String {
    p.as_ref().map_or(String::new(), |p| {
        format!(
            "{}: {}",
            words::period(lang, p.period),
            words::number(lang, p.value)
        )
    })
}

fn cells(lang: Lang, r: &TargetResult) -> [String; 8] {
    [
        r.indicator.clone(),
        words::target(lang, &r.target),
        words::status_in_table(lang, r.status),
        point(lang, &r.baseline),
        point(lang, &r.latest),
        num(lang, r.expected),
        num(lang, r.projected),
        num(lang, r.ratio),
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

/// An aligned text table, in `lang`.
pub fn table(model: &Model, e: &Evaluation, by: GroupBy, lang: Lang) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        words::table_title(lang, &model.plan.title, e.as_of, area_name(model, e))
    );
    let _ = writeln!(out, "{}", data_line(e, lang));
    let header = words::table_columns(lang);
    let rows: Vec<[String; 8]> = e.results.iter().map(|r| cells(lang, r)).collect();
    let mut widths = header.clone().map(|h| h.chars().count());
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
        let heading = heading.text(lang);
        if !heading.is_empty() {
            let _ = writeln!(out, "\n{heading}");
        } else {
            out.push('\n');
        }
        let _ = writeln!(out, "{}", line(&header));
        let mut last: Option<&str> = None;
        for r in group {
            // The indicator's line comes once, before the first of its targets.
            if last != Some(r.indicator.as_str()) {
                let about = subject(model, r);
                let _ = writeln!(out, "{}", indicator_line(&r.indicator, &about, width));
                last = Some(&r.indicator);
            }
            let _ = writeln!(out, "{}", line(&cells(lang, r)));
            if let Some(note) = &r.note {
                let _ = writeln!(out, "    {}", note.words(lang));
            }
        }
    }
    out.push('\n');
    if e.results.iter().any(|r| r.target.strive) {
        let _ = writeln!(out, "{}", words::strive(lang));
    }
    for legend in words::table_legend(lang) {
        let _ = writeln!(out, "{legend}");
    }
    out.push('\n');
    reporting_lines(lang, model, e, &mut out);
    task_lines(lang, model, e, &mut out);
    let _ = writeln!(out, "{}", summary(e, lang));
    out
}
