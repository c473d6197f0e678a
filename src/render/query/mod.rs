//! Query answers (`plan query`, the REPL) written as an aligned text table, JSON or CSV:
//! a list's rows, the detail of `show`, and the steps of `:explain`. Each is a value built
//! once; only the form asked for is written.

mod explain;
mod show;
pub mod table;

pub use explain::{explain, Explanation};

use super::format::Format;
use super::terminal::visible;
use crate::i18n::Lang;
use crate::query::{Answer, Table};
use serde_json::Value;
use std::borrow::Cow;

/// An answer in `format`: JSON, CSV, or (in any other format: an answer offers only these
/// three, `render::format::Output::Answer`) its table or text. The text of `show` gives its
/// notes in `lang`; tables, JSON and CSV keep values as a query compares them.
pub fn render(answer: &Answer, format: Format, lang: Lang) -> String {
    match answer {
        Answer::Table(t) => forms(
            format,
            || table::table(t, lang),
            || table::table_json(t),
            || Cow::Borrowed(t),
        ),
        Answer::Detail(d) => forms(
            format,
            || show::text(d, lang),
            || show::json(d),
            || Cow::Owned(show::rows(d)),
        ),
    }
}

/// The steps of `:explain` in `format` (the forms of an answer): the text in the language
/// it was explained in, JSON and CSV in English.
pub fn explanation(e: &Explanation, format: Format) -> String {
    forms(format, || e.text(), || e.json(), || Cow::Owned(e.rows()))
}

/// A number in a sentence, as `lang` writes it (`9,5` in Vietnamese); table cells, JSON and
/// CSV keep the form queries compare.
fn number(lang: Lang, written: String) -> String {
    crate::i18n::number(lang, &written)
}

/// `2024: 10.52` in a sentence: the period and the value as `lang` writes them.
fn point(lang: Lang, period: crate::date::Period, value: f64) -> String {
    format!(
        "{}: {}",
        crate::i18n::period(lang, period),
        number(lang, crate::numbers::rounded(value))
    )
}

/// What separates the items of a list of numbers: Vietnamese writes decimal commas, so its
/// items are separated by semicolons (`2020: 11,82; 2021: 11,12`).
fn list_separator(lang: Lang) -> &'static str {
    match lang {
        Lang::En => ", ",
        Lang::Vi => "; ",
    }
}

/// A count of days as a message's argument (a count, for plurals; a negative one as written).
fn days(n: i64) -> crate::i18n::Arg {
    u64::try_from(n).map_or_else(|_| n.to_string().into(), Into::into)
}

/// The one form of a result that `format` asks for: JSON, the rows as CSV, or text for
/// people, a title's or a cell's control characters shown, not obeyed.
fn forms<'t>(
    format: Format,
    text: impl FnOnce() -> String,
    json: impl FnOnce() -> Value,
    rows: impl FnOnce() -> Cow<'t, Table>,
) -> String {
    match format {
        Format::Json => format!(
            "{}\n",
            serde_json::to_string_pretty(&json()).unwrap_or_default()
        ),
        Format::Csv => table::csv(&rows()),
        _ => visible(&text()).into_owned(),
    }
}

/// How a derived value was made, with its numbers: `265 = 12b 125 + 12c 85 + 12d 55` for a
/// total (`12b 700 × 0.001` for a part in another multiple of the unit), `47.17 = 12b 125 /
/// 12a 265 × 100` for a formula. `None` for a value the data give. The numbers are written
/// as `lang` writes them.
fn derivation(v: &crate::eval::series::Value, lang: Lang) -> Option<String> {
    use crate::eval::series::Derivation;
    use crate::numbers::{exact, rounded};
    let d = v.derived.as_deref()?;
    let operand = |o: &crate::eval::series::OperandValue| {
        let scale = if o.scale == 1.0 {
            String::new()
        } else {
            format!(" × {}", number(lang, exact(o.scale)))
        };
        format!("{} {}{scale}", o.id, number(lang, rounded(o.value)))
    };
    let operands: Vec<String> = d.operands.iter().map(operand).collect();
    let how = match d.how {
        Derivation::Total => operands.join(" + "),
        Derivation::Ratio { factor } => {
            format!("{} × {}", operands.join(" / "), number(lang, exact(factor)))
        }
    };
    Some(format!("{} = {how}", number(lang, rounded(v.value))))
}

/// A derived value's making as JSON: `{ "how": "total", "operands": [{ "id": "12b",
/// "value": 125, "scale": 1 }] }`, with the `factor` of a formula; null for a value the data
/// give.
fn derivation_json(v: &crate::eval::series::Value) -> Value {
    use crate::eval::series::Derivation;
    let Some(d) = v.derived.as_deref() else {
        return Value::Null;
    };
    let operands: Vec<Value> = d
        .operands
        .iter()
        .map(|o| serde_json::json!({ "id": o.id, "value": o.value, "scale": o.scale }))
        .collect();
    match d.how {
        Derivation::Total => serde_json::json!({ "how": "total", "operands": operands }),
        Derivation::Ratio { factor } => {
            serde_json::json!({ "how": "formula", "factor": factor, "operands": operands })
        }
    }
}
