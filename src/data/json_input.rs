//! JSON files: an array of row objects with the CSV's column names as keys, or an object
//! `{ "decimal": "comma", "observations": [...] }`. Values may be strings or numbers. Each
//! row is reported by the line its object starts on.

use super::row::{NumberStyle, Validator, KNOWN_COLUMNS};
use super::store::Origin;
use super::{DataCode, DataSet};
use serde::Deserialize;
use serde_json::value::RawValue;

/// The object form: `{ "decimal": "comma", "observations": [...] }`.
#[derive(Deserialize)]
struct Wrapped<'a> {
    decimal: Option<String>,
    #[serde(borrow)]
    observations: Vec<&'a RawValue>,
}

pub(super) fn read(
    set: &mut DataSet,
    validator: &Validator<'_>,
    name: &str,
    file: u16,
    text: &str,
    options: super::LoadOptions,
) {
    let mut style = NumberStyle {
        decimal_comma: options.decimal_comma,
    };
    // serde cannot try borrowed raw values through an untagged enum: try each form in turn.
    let rows: Vec<&RawValue> = match serde_json::from_str::<Vec<&RawValue>>(text) {
        Ok(rows) => rows,
        Err(array_error) => match serde_json::from_str::<Wrapped<'_>>(text) {
            Ok(w) => {
                style.decimal_comma |= w.decimal.as_deref() == Some("comma");
                w.observations
            }
            Err(e) => {
                let e = if text.trim_start().starts_with('[') {
                    array_error
                } else {
                    e
                };
                set.file_error(
                    name,
                    e.line() as u64,
                    DataCode::Unreadable,
                    format!("not a JSON array of rows nor an object with `observations`: {e}"),
                );
                return;
            }
        },
    };
    // Column i of the row "record" is the key KNOWN_COLUMNS[i], then the dimensions.
    let names: Vec<&str> = KNOWN_COLUMNS
        .iter()
        .copied()
        .chain(validator.model.dimensions.keys().map(String::as_str))
        .collect();
    let (columns, _) = validator.columns(names.iter().copied());
    let mut line = 1u64;
    let mut counted_to = 0usize;
    for raw in rows {
        let offset = (raw.get().as_ptr() as usize).saturating_sub(text.as_ptr() as usize);
        line += text[counted_to..offset.min(text.len())]
            .bytes()
            .filter(|&b| b == b'\n')
            .count() as u64;
        counted_to = offset.min(text.len());
        let object: serde_json::Map<String, serde_json::Value> = match serde_json::from_str(
            raw.get(),
        ) {
            Ok(o) => o,
            Err(_) => {
                set.rows_read += 1;
                set.rejected += 1;
                set.file_error(name, line, DataCode::Unreadable, "a row must be a JSON object such as {\"indicator\": \"3\", \"area\": \"son_la\", \"period\": \"2023\", \"value\": 11.5}".into());
                continue;
            }
        };
        for key in object.keys() {
            if !names.contains(&key.as_str()) {
                set.file_warning(name, line, DataCode::UnknownColumn, format!("key `{key}` is neither a documented column ({}) nor a dimension of the plan; it is ignored", KNOWN_COLUMNS.join(", ")));
            }
        }
        let texts: Vec<Option<String>> = names
            .iter()
            .map(|n| match object.get(*n) {
                None | Some(serde_json::Value::Null) => None,
                Some(serde_json::Value::String(s)) => Some(s.clone()),
                // A JSON number always writes its decimals with a point: in a file that
                // declares a decimal comma, give it the comma the row reader expects.
                Some(serde_json::Value::Number(n)) if style.decimal_comma => {
                    Some(n.to_string().replace('.', ","))
                }
                Some(other) => Some(other.to_string()),
            })
            .collect();
        let result = validator.row(
            &columns,
            |i| texts.get(i).and_then(|t| t.as_deref()),
            style,
            name,
            Origin::new(file, line),
        );
        set.take(validator.model, name, result);
    }
}
