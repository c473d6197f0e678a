//! The built-in units every plan may use without declaring them.

use super::Unit;

/// Ids of the built-in units, with the symbols that may stand for them.
pub const BUILTIN_UNITS: &[(&str, &str)] = &[
    ("percent", "%"),
    ("per_mille", "‰"),
    ("per_100k", "/100.000"),
    ("count", ""),
];

/// A built-in unit by id or symbol (`%` is `percent`, `‰` is `per_mille`).
pub fn builtin_unit(name: &str) -> Option<Unit> {
    let unit = |id: &str, symbol: &str, per: Option<f64>, max: Option<f64>| Unit {
        id: id.to_string(),
        symbol: symbol.to_string(),
        per,
        of: None,
        min: Some(0.0),
        max,
        growth: false,
        scale: None,
        span: crate::source::Span::default(),
        origin: None,
    };
    Some(match name {
        "percent" | "%" => unit("percent", "%", Some(100.0), Some(100.0)),
        "per_mille" | "‰" => unit("per_mille", "‰", Some(1000.0), Some(1000.0)),
        "per_100k" => unit("per_100k", "/100.000", Some(100000.0), Some(100000.0)),
        "count" => unit("count", "", None, None),
        _ => return None,
    })
}
