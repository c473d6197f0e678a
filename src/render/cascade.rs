//! The cascade matrix of `plan cascade` as text, JSON and CSV.

use crate::cascade::{Matrix, Take};
use crate::i18n::{Arg, Lang};
use crate::model::Target;
use crate::target_text::{self, Form};
use serde::Serialize;
use std::fmt::Write;

/// Targets in words, as `plan show` writes them, joined by `; `.
fn targets(list: &[Target]) -> String {
    words(list).join("; ")
}

fn words(list: &[Target]) -> Vec<String> {
    list.iter()
        .map(|t| target_text::write(t, Form::Plan))
        .collect()
}

/// One block per parent indicator: its targets, then how each child plan takes it up; then
/// each child's own additions and a count per child. Targets are written as plans write
/// them (`2025 >= 65`); the rest in `lang`.
pub fn to_text(m: &Matrix, lang: Lang) -> String {
    let say = |id: &str, args: &[(&str, Arg)]| lang.text_with(id, args);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        say("cascade-parent", &[("parent", m.parent.as_str().into())])
    );
    for (i, child) in m.children.iter().enumerate() {
        let _ = writeln!(out, "[{}] {child}", i + 1);
    }
    for row in &m.rows {
        let _ = writeln!(out, "\n{}  {}", row.parent, row.title);
        if !row.parent_targets.is_empty() {
            let parent = say(
                "cascade-parent-targets",
                &[("targets", targets(&row.parent_targets).into())],
            );
            let _ = writeln!(out, "    {parent}");
        }
        for (i, cell) in row.cells.iter().enumerate() {
            let what = match &cell.take {
                Take::Adopted { by } => say("cascade-adopted", &[("by", by.join(", ").into())]),
                Take::Adapted { by, because } => say(
                    "cascade-adapted",
                    &[
                        ("by", by.join(", ").into()),
                        ("because", because.as_str().into()),
                    ],
                ),
                Take::Waived { because } => {
                    say("cascade-waived", &[("because", because.as_str().into())])
                }
                Take::Missing => say("cascade-missing", &[]),
            };
            let _ = writeln!(out, "    [{}] {what}", i + 1);
            if !cell.targets.is_empty() {
                let _ = writeln!(out, "        {}", targets(&cell.targets));
            }
        }
    }
    let _ = writeln!(out);
    for (i, child) in m.children.iter().enumerate() {
        let [adopted, adapted, waived, missing] = counts(m, i);
        let added = &m.added[i];
        let listed = if added.is_empty() {
            say("cascade-none", &[])
        } else {
            added.join(", ")
        };
        let line = say(
            "cascade-counts",
            &[
                ("adopted", adopted.into()),
                ("adapted", adapted.into()),
                ("waived", waived.into()),
                ("missing", missing.into()),
                ("added", added.len().into()),
                ("listed", listed.into()),
            ],
        );
        let _ = writeln!(out, "[{}] {child}: {line}", i + 1);
    }
    out
}

/// How many parent measures a child adopts, adapts, waives, misses.
fn counts(m: &Matrix, child: usize) -> [usize; 4] {
    let mut n = [0; 4];
    for row in &m.rows {
        let slot = match row.cells[child].take {
            Take::Adopted { .. } => 0,
            Take::Adapted { .. } => 1,
            Take::Waived { .. } => 2,
            Take::Missing => 3,
        };
        n[slot] += 1;
    }
    n
}

/// The matrix in the JSON of `plan cascade` (docs/reuse.md, "Cascades"): the matrix's own fields,
/// targets in words.
#[derive(Serialize)]
struct MatrixJson<'m> {
    parent: &'m str,
    children: &'m [String],
    rows: Vec<RowJson<'m>>,
    added: &'m [Vec<String>],
}

#[derive(Serialize)]
struct RowJson<'m> {
    parent: &'m str,
    title: &'m str,
    parent_targets: Vec<String>,
    cells: Vec<CellJson<'m>>,
}

#[derive(Serialize)]
struct CellJson<'m> {
    #[serde(flatten)]
    take: &'m Take,
    targets: Vec<String>,
}

/// The matrix as the pretty JSON of `plan cascade --format json` (docs/reuse.md, "Cascades"):
/// the matrix's own fields, targets in words.
pub fn to_json(m: &Matrix) -> String {
    let view = MatrixJson {
        parent: &m.parent,
        children: &m.children,
        rows: m
            .rows
            .iter()
            .map(|row| RowJson {
                parent: &row.parent,
                title: &row.title,
                parent_targets: words(&row.parent_targets),
                cells: row
                    .cells
                    .iter()
                    .map(|cell| CellJson {
                        take: &cell.take,
                        targets: words(&cell.targets),
                    })
                    .collect(),
            })
            .collect(),
        added: &m.added,
    };
    serde_json::to_string_pretty(&view).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

/// One row per parent measure and child plan (text cells neutralised against spreadsheet
/// formulas).
pub fn to_csv(m: &Matrix) -> String {
    use super::csv::Field;
    let header = [
        "parent",
        "title",
        "parent_targets",
        "child",
        "take",
        "by",
        "targets",
        "because",
    ];
    let rows = m.rows.iter().flat_map(|row| {
        m.children.iter().zip(&row.cells).map(move |(child, cell)| {
            let (take, by, because) = match &cell.take {
                Take::Adopted { by } => ("adopted", by.join(" "), String::new()),
                Take::Adapted { by, because } => ("adapted", by.join(" "), because.clone()),
                Take::Waived { because } => ("waived", String::new(), because.clone()),
                Take::Missing => ("missing", String::new(), String::new()),
            };
            vec![
                Field::text(row.parent.as_str()),
                Field::text(row.title.as_str()),
                Field::text(targets(&row.parent_targets)),
                Field::text(child.as_str()),
                Field::text(take),
                Field::text(by),
                Field::text(targets(&cell.targets)),
                Field::text(because),
            ]
        })
    });
    super::csv::table(&header, rows)
}
