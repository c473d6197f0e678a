//! Whether a row meets a checked condition, and the order of rows.
//!
//! Texts compare folded (no case, no diacritics). A list field (lead agencies, target years)
//! meets a comparison when one of its values does; `!=` is the negation of `=`, so
//! `lead != yte` keeps the indicators that yte does not lead.

use super::ast::Op;
use super::check::{Filter, Value};
use super::schema::{Cell, Ref};
use crate::text::fold;
use std::cell::OnceCell;
use std::cmp::Ordering;

/// Whether a row's cells meet the condition. Each text cell is folded once for the row,
/// however many terms of a long condition look at it.
pub(super) fn matches(filter: &Filter, cells: &[Cell]) -> bool {
    let row = Row {
        cells,
        folded: vec![OnceCell::new(); cells.len()],
    };
    row.meets(filter)
}

/// A row being filtered, with the folded texts of its cells as they are needed.
struct Row<'c> {
    cells: &'c [Cell],
    folded: Vec<OnceCell<Vec<String>>>,
}

impl Row<'_> {
    fn meets(&self, filter: &Filter) -> bool {
        match filter {
            Filter::And(terms) => terms.iter().all(|f| self.meets(f)),
            Filter::Or(terms) => terms.iter().any(|f| self.meets(f)),
            Filter::Not(a) => !self.meets(a),
            Filter::Compare { field, op, value } => match op {
                Op::Ne => !self.compare(*field, Op::Eq, value),
                _ => self.compare(*field, *op, value),
            },
            Filter::In { field, values } => values.iter().any(|v| self.compare(*field, Op::Eq, v)),
        }
    }

    fn compare(&self, field: usize, op: Op, value: &Value) -> bool {
        let cell = self.cells.get(field).unwrap_or(&Cell::Null);
        match (cell, value) {
            (Cell::Text(_) | Cell::Ref(_) | Cell::Refs(_), Value::Text(v)) => {
                self.texts(field).iter().any(|t| match op {
                    Op::Contains => t.contains(v.as_str()),
                    _ => t == v,
                })
            }
            (Cell::Num(n), Value::Number(v)) => number(*n, op, *v),
            (Cell::Nums(ns), Value::Number(v)) => ns.iter().any(|n| number(*n, op, *v)),
            (Cell::Date(d), Value::Date(v)) => ordering(d.cmp(v), op),
            _ => false,
        }
    }

    /// The texts a cell matches by, folded: a text itself; an id and its names (an agency's
    /// full and short name); every id of a list and their names.
    fn texts(&self, field: usize) -> &[String] {
        self.folded[field].get_or_init(|| {
            let refs = |r: &Ref| {
                std::iter::once(fold(&r.id))
                    .chain(r.names.iter().map(|n| fold(n)))
                    .collect::<Vec<_>>()
            };
            match &self.cells[field] {
                Cell::Text(t) => vec![fold(t)],
                Cell::Ref(r) => refs(r),
                Cell::Refs(rs) => rs.iter().flat_map(refs).collect(),
                _ => Vec::new(),
            }
        })
    }
}

fn number(cell: f64, op: Op, v: f64) -> bool {
    ordering(cell.total_cmp(&v), op)
}

fn ordering(o: Ordering, op: Op) -> bool {
    match op {
        Op::Eq | Op::Contains => o == Ordering::Equal,
        Op::Ne => o != Ordering::Equal,
        Op::Lt => o == Ordering::Less,
        Op::Le => o != Ordering::Greater,
        Op::Gt => o == Ordering::Greater,
        Op::Ge => o != Ordering::Less,
    }
}

/// The order of two cells for `sort by`: empty cells last, numbers by value, texts and ids
/// naturally (`2` before `16a` before `16b`), ignoring case and diacritics.
pub(super) fn order(a: &Cell, b: &Cell) -> Ordering {
    match (a, b) {
        (Cell::Null, Cell::Null) => Ordering::Equal,
        (Cell::Null, _) => Ordering::Greater,
        (_, Cell::Null) => Ordering::Less,
        (Cell::Num(x), Cell::Num(y)) => x.total_cmp(y),
        (Cell::Date(x), Cell::Date(y)) => x.cmp(y),
        (Cell::Nums(x), Cell::Nums(y)) => first_num(x).total_cmp(&first_num(y)),
        _ => natural(&sort_text(a), &sort_text(b)),
    }
}

fn first_num(ns: &[f64]) -> f64 {
    ns.first().copied().unwrap_or(f64::INFINITY)
}

fn sort_text(c: &Cell) -> String {
    match c {
        Cell::Text(t) => fold(t),
        Cell::Ref(r) => fold(&r.id),
        Cell::Refs(rs) => rs.first().map_or(String::new(), |r| fold(&r.id)),
        Cell::Num(n) => n.to_string(),
        Cell::Nums(ns) => ns.first().map_or(String::new(), f64::to_string),
        Cell::Date(d) => d.to_string(),
        Cell::Null => String::new(),
    }
}

/// Compares texts with their runs of digits as numbers.
fn natural(a: &str, b: &str) -> Ordering {
    let (mut x, mut y) = (a.chars().peekable(), b.chars().peekable());
    loop {
        match (x.peek().copied(), y.peek().copied()) {
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(c), Some(d)) if c.is_ascii_digit() && d.is_ascii_digit() => {
                let run = |it: &mut std::iter::Peekable<std::str::Chars<'_>>| {
                    let mut s = String::new();
                    while let Some(c) = it.peek().copied().filter(char::is_ascii_digit) {
                        s.push(c);
                        it.next();
                    }
                    s
                };
                let (m, n) = (run(&mut x), run(&mut y));
                let (m, n) = (m.trim_start_matches('0'), n.trim_start_matches('0'));
                let o = m.len().cmp(&n.len()).then_with(|| m.cmp(n));
                if o != Ordering::Equal {
                    return o;
                }
            }
            (Some(c), Some(d)) => {
                if c != d {
                    return c.cmp(&d);
                }
                x.next();
                y.next();
            }
        }
    }
}
