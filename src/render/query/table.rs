//! A table of cells (a query's rows) as an aligned text table, JSON or CSV.

use crate::i18n::Lang;
use crate::numbers::{exact, rounded};
use crate::query::schema::Cell;
use crate::query::Table;
use serde_json::{json, Value};

/// Texts longer than this are cut in tables (JSON and CSV keep them whole).
const WIDE: usize = 60;

/// A cell as text; `sep` joins the items of a list.
pub fn cell_text(c: &Cell, sep: &str) -> String {
    match c {
        Cell::Null => String::new(),
        Cell::Text(t) => t.clone(),
        Cell::Ref(r) => r.id.clone(),
        Cell::Refs(rs) => rs
            .iter()
            .map(|r| r.id.as_str())
            .collect::<Vec<_>>()
            .join(sep),
        Cell::Num(n) => rounded(*n),
        Cell::Nums(ns) => ns.iter().map(|n| rounded(*n)).collect::<Vec<_>>().join(sep),
        Cell::Date(d) => d.to_string(),
    }
}

/// A cell as a JSON value: null, a string, a number (whole numbers as integers), or an array
/// for a list; a reference is its id.
pub fn cell_json(c: &Cell) -> Value {
    match c {
        Cell::Null => Value::Null,
        Cell::Text(t) => json!(t),
        Cell::Ref(r) => json!(r.id),
        Cell::Refs(rs) => json!(rs.iter().map(|r| r.id.as_str()).collect::<Vec<_>>()),
        Cell::Num(n) => number_json(*n),
        Cell::Nums(ns) => Value::Array(ns.iter().map(|n| number_json(*n)).collect()),
        Cell::Date(d) => json!(d.to_string()),
    }
}

/// Whole numbers as JSON integers (2025, not 2025.0).
pub fn number_json(n: f64) -> Value {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        json!(n as i64)
    } else {
        json!(n)
    }
}

/// A cell as a table shows it to a person reading `lang`. In Vietnamese a decimal is written
/// with a comma (`51,13`: `51.13` would read as fifty-one thousand), a list's items are
/// joined by `; ` (a comma would be taken for a decimal one), and a date is dd/mm/yyyy; no
/// point separates thousands, so a year stays `2025`. JSON and CSV keep the data's form.
fn shown(c: &Cell, lang: Lang) -> String {
    match (lang, c) {
        (Lang::En, _) => cell_text(c, ", "),
        (Lang::Vi, Cell::Num(n)) => rounded(*n).replace('.', ","),
        (Lang::Vi, Cell::Nums(ns)) => ns
            .iter()
            .map(|n| rounded(*n).replace('.', ","))
            .collect::<Vec<_>>()
            .join("; "),
        (Lang::Vi, Cell::Date(d)) => crate::i18n::date(lang, *d),
        (Lang::Vi, other) => cell_text(other, "; "),
    }
}

fn cut(text: String) -> String {
    crate::render::terminal::shorten(&text, WIDE).into_owned()
}

/// Numbers are right-aligned, everything else left-aligned; the cells as `lang` writes them
/// (`shown`); the last line counts the rows, in `lang`.
pub fn table(t: &Table, lang: Lang) -> String {
    let rows: Vec<Vec<String>> = t
        .rows
        .iter()
        .map(|r| r.iter().map(|c| cut(shown(c, lang))).collect())
        .collect();
    let numeric: Vec<bool> = (0..t.columns.len())
        .map(|i| {
            t.rows
                .iter()
                .any(|r| matches!(r.get(i), Some(Cell::Num(_))))
                && t.rows
                    .iter()
                    .all(|r| matches!(r.get(i), Some(Cell::Num(_) | Cell::Null)))
        })
        .collect();
    let mut widths: Vec<usize> = t.columns.iter().map(|c| c.chars().count()).collect();
    for row in &rows {
        for (w, c) in widths.iter_mut().zip(row) {
            *w = (*w).max(c.chars().count());
        }
    }
    let line = |cells: &[String]| {
        let mut s = String::new();
        for (i, (c, w)) in cells.iter().zip(&widths).enumerate() {
            let pad = " ".repeat(w.saturating_sub(c.chars().count()));
            if numeric[i] {
                s.push_str(&format!("{pad}{c}  "));
            } else {
                s.push_str(&format!("{c}{pad}  "));
            }
        }
        format!("{}\n", s.trim_end())
    };
    let mut out = line(&t.columns);
    for row in &rows {
        out.push_str(&line(row));
    }
    out.push_str(&lang.text_with("answer-rows", &[("count", t.rows.len().into())]));
    out.push('\n');
    out
}

/// The table as a JSON array of objects, one per row, keyed by column name in column order.
pub fn table_json(t: &Table) -> Value {
    Value::Array(
        t.rows
            .iter()
            .map(|row| {
                let mut object = serde_json::Map::new();
                for (name, cell) in t.columns.iter().zip(row) {
                    object.insert(name.clone(), cell_json(cell));
                }
                Value::Object(object)
            })
            .collect(),
    )
}

/// CSV, numbers in full precision (it is read by programs), text cells neutralised against
/// spreadsheet formulas.
pub fn csv(t: &Table) -> String {
    use crate::render::csv::Field;
    let header: Vec<&str> = t.columns.iter().map(String::as_str).collect();
    let rows = t.rows.iter().map(|row| {
        row.iter()
            .map(|c| match c {
                Cell::Num(n) => Field::number(*n),
                Cell::Nums(ns) => {
                    Field::Number(ns.iter().map(|n| exact(*n)).collect::<Vec<_>>().join(" "))
                }
                other => Field::text(cell_text(other, " ")),
            })
            .collect()
    });
    crate::render::csv::table(&header, rows)
}
