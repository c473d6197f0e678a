//! How a unit is written for people, and a value in it: the one writer every report uses
//! (the evaluation's table, Markdown, CSV, JSON and workbook), so a unit reads the same
//! wherever an officer meets it.

use crate::i18n::Lang;
use crate::model::Unit;

/// The unit as people read it: its symbol (`%`, `‰`, `triệu USD`, `/100.000`), followed by
/// the population a rate is counted over when the plan names one (`/100.000 trẻ em`,
/// `‰ trẻ đẻ sống`), as Vietnamese documents write a rate. A count has no unit to write: an
/// empty text.
pub fn label(unit: &Unit) -> String {
    match &unit.of {
        Some(of) if !unit.symbol.is_empty() => format!("{} {of}", unit.symbol),
        Some(of) => of.clone(),
        None => unit.symbol.clone(),
    }
}

/// A value in its unit, to about four significant digits, its number as `lang` writes
/// numbers: `65%`, `9.5‰` (`9,5‰`), `448.8/100.000`, `120 triệu USD`, `3` (a count). A sign
/// (`%`, `‰`, `/...`) is written against the number, as documents write it; a word after a
/// space. The population is left to the unit's [`label`], which a report shows once beside
/// the values rather than in every cell.
pub fn value(lang: Lang, v: f64, unit: Option<&Unit>) -> String {
    let number = crate::i18n::number(lang, &crate::numbers::rounded(v));
    match unit.map(|u| u.symbol.as_str()).filter(|s| !s.is_empty()) {
        None => number,
        Some(sign) if sign.starts_with(['%', '‰', '/']) => format!("{number}{sign}"),
        Some(word) => format!("{number} {word}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::builtin_unit;

    fn of(mut unit: Unit, population: &str) -> Unit {
        unit.of = Some(population.to_string());
        unit
    }

    #[test]
    fn units_read_as_documents_write_them() {
        let percent = builtin_unit("percent").unwrap();
        let per_mille = of(builtin_unit("‰").unwrap(), "trẻ đẻ sống");
        let per_100k = of(builtin_unit("per_100k").unwrap(), "trẻ em");
        let count = builtin_unit("count").unwrap();
        let mut usd = count.clone();
        usd.id = "trieu_usd".into();
        usd.symbol = "triệu USD".into();
        assert_eq!(label(&percent), "%");
        assert_eq!(label(&per_mille), "‰ trẻ đẻ sống");
        assert_eq!(label(&per_100k), "/100.000 trẻ em");
        assert_eq!(label(&count), "");
        assert_eq!(label(&usd), "triệu USD");
        let en = |v, unit| value(Lang::En, v, unit);
        assert_eq!(en(65.0, Some(&percent)), "65%");
        assert_eq!(en(9.5, Some(&per_mille)), "9.5‰");
        assert_eq!(en(448.77, Some(&per_100k)), "448.8/100.000");
        assert_eq!(en(120.0, Some(&usd)), "120 triệu USD");
        assert_eq!(en(3.0, Some(&count)), "3");
        assert_eq!(en(0.12345, None), "0.1235");
        // Vietnamese documents write a decimal comma and dots between thousands.
        let vi = |v, unit| value(Lang::Vi, v, unit);
        assert_eq!(vi(9.5, Some(&per_mille)), "9,5‰");
        assert_eq!(vi(448.77, Some(&per_100k)), "448,8/100.000");
        assert_eq!(vi(12345.0, Some(&usd)), "12.345 triệu USD");
    }
}
