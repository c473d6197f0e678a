//! Running a checked query: the subject's rows filtered, sorted, cut and projected, or
//! counted by group.

use super::answer::{Answer, Table};
use super::check::{Checked, Plan};
use super::filter::{matches, order};
use super::rows::{rows, Context, Row};
use super::schema::Cell;
use super::show;
use indexmap::IndexMap;

/// The answer to a checked query, from the plan and facts of `ctx`.
pub(super) fn run(ctx: Context<'_>, checked: &Checked) -> Answer {
    match checked {
        Checked::Show(what) => Answer::Detail(show::show(ctx, what)),
        Checked::List(plan) => Answer::Table(list(ctx, plan)),
        Checked::Count {
            plan,
            by,
            sort,
            limit,
        } => Answer::Table(count(ctx, plan, by, sort, *limit)),
    }
}

/// The rows a plan selects, in the plan's order.
fn selected(ctx: Context<'_>, plan: &Plan) -> Vec<Row> {
    let status = plan
        .subject
        .field("status")
        .map(|(i, _)| i)
        .unwrap_or(usize::MAX);
    rows(ctx, plan.subject)
        .into_iter()
        .filter(|row| match plan.state {
            Some(state) => matches!(row.cells.get(status), Some(Cell::Ref(r)) if r.id == state),
            None => true,
        })
        .filter(|row| match (plan.due, row.due) {
            (Some((from, to)), Some((a, b))) => a <= to && b >= from,
            (Some(_), None) => false,
            (None, _) => true,
        })
        .filter(|row| plan.filter.as_ref().is_none_or(|f| matches(f, &row.cells)))
        .collect()
}

/// Sorts rows by the keys (column index, descending), keeping the original order of ties.
fn sort_rows(rows: &mut [Vec<Cell>], keys: &[(usize, bool)]) {
    if keys.is_empty() {
        return;
    }
    rows.sort_by(|a, b| {
        for &(i, descending) in keys {
            let (x, y) = (
                a.get(i).unwrap_or(&Cell::Null),
                b.get(i).unwrap_or(&Cell::Null),
            );
            // Empty cells stay last whichever way the sort goes.
            let o = match (x, y, descending) {
                (Cell::Null, _, _) | (_, Cell::Null, _) | (_, _, false) => order(x, y),
                _ => order(y, x),
            };
            if o != std::cmp::Ordering::Equal {
                return o;
            }
        }
        std::cmp::Ordering::Equal
    });
}

fn list(ctx: Context<'_>, plan: &Plan) -> Table {
    let mut cells: Vec<Vec<Cell>> = selected(ctx, plan).into_iter().map(|r| r.cells).collect();
    sort_rows(&mut cells, &plan.sort);
    if let Some(n) = plan.limit {
        cells.truncate(n);
    }
    let fields = plan.subject.fields();
    Table {
        columns: plan
            .columns
            .iter()
            .map(|&i| fields[i].name.to_string())
            .collect(),
        rows: cells
            .into_iter()
            .map(|row| {
                plan.columns
                    .iter()
                    .map(|&i| row.get(i).cloned().unwrap_or(Cell::Null))
                    .collect()
            })
            .collect(),
    }
}

/// The values a row groups under for one field: each id of a list field (an indicator with
/// two leads counts for both), or the cell itself.
fn group_values(cell: &Cell) -> Vec<Cell> {
    match cell {
        Cell::Refs(refs) if refs.is_empty() => vec![Cell::Null],
        Cell::Refs(refs) => refs.iter().cloned().map(Cell::Ref).collect(),
        Cell::Nums(ns) if ns.is_empty() => vec![Cell::Null],
        Cell::Nums(ns) => ns.iter().copied().map(Cell::Num).collect(),
        other => vec![other.clone()],
    }
}

/// A group's key: the text of each of its cells.
fn key_text(cell: &Cell) -> String {
    match cell {
        Cell::Null => String::new(),
        Cell::Text(t) => t.clone(),
        Cell::Ref(r) => r.id.clone(),
        Cell::Num(n) => n.to_string(),
        Cell::Date(d) => d.to_string(),
        Cell::Refs(_) | Cell::Nums(_) => format!("{cell:?}"),
    }
}

fn count(
    ctx: Context<'_>,
    plan: &Plan,
    by: &[usize],
    sort: &[(usize, bool)],
    limit: Option<usize>,
) -> Table {
    let mut groups: IndexMap<Vec<String>, (Vec<Cell>, usize)> = IndexMap::new();
    for row in selected(ctx, plan) {
        // Every combination of the row's values for the grouping fields.
        let mut combos: Vec<Vec<Cell>> = vec![Vec::new()];
        for &field in by {
            let values = group_values(row.cells.get(field).unwrap_or(&Cell::Null));
            combos = combos
                .into_iter()
                .flat_map(|c| {
                    values.iter().map(move |v| {
                        let mut next = c.clone();
                        next.push(v.clone());
                        next
                    })
                })
                .collect();
        }
        for combo in combos {
            let key: Vec<String> = combo.iter().map(key_text).collect();
            groups.entry(key).or_insert((combo, 0)).1 += 1;
        }
    }
    let mut rows: Vec<Vec<Cell>> = groups
        .into_values()
        .map(|(mut cells, n)| {
            cells.push(Cell::Num(n as f64));
            cells
        })
        .collect();
    // Groups read best in the order of their values unless the query sorts them itself.
    let by_groups: Vec<(usize, bool)> = (0..by.len()).map(|i| (i, false)).collect();
    sort_rows(&mut rows, if sort.is_empty() { &by_groups } else { sort });
    if let Some(n) = limit {
        rows.truncate(n);
    }
    let fields = plan.subject.fields();
    let mut columns: Vec<String> = by.iter().map(|&i| fields[i].name.to_string()).collect();
    columns.push("count".to_string());
    Table { columns, rows }
}
