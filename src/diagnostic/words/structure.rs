//! The shape of the plan.

use super::{Entry, Words};
use crate::diagnostic::problem::{CitedDate, Structure};
use crate::i18n::{self, Lang};

pub(super) fn words(problem: &Structure, lang: Lang) -> Words {
    let entry = |id| Entry::new(lang, id);
    match problem {
        Structure::ConflictingDates {
            first,
            second,
            first_span,
        } => {
            let e = entry("diag-conflicting-dates")
                .arg("first", cited(first, lang))
                .arg("second", cited(second, lang));
            e.words().and(*first_span, e.attr("first"))
        }
        Structure::EmptyObjective { objective } => entry("diag-empty-objective")
            .arg("objective", objective.as_str())
            .words(),
        Structure::NoObjective { indicator } => entry("diag-no-objective")
            .arg("indicator", indicator.as_str())
            .words(),
        Structure::MissingSource { indicator } => entry("diag-missing-source")
            .arg("indicator", indicator.as_str())
            .words(),
        Structure::NumberingOrder {
            number,
            previous,
            previous_span,
        } => {
            let e = entry("diag-numbering-order")
                .arg("number", number.to_string())
                .arg("previous", previous.to_string());
            e.words().and(*previous_span, e.attr("previous"))
        }
        Structure::NumberingGap {
            number,
            previous,
            previous_span,
        } => {
            let e = entry("diag-numbering-gap")
                .arg("number", number.to_string())
                .arg("previous", previous.to_string())
                .arg("first_missing", (previous + 1).to_string())
                .arg("last_missing", number.saturating_sub(1).to_string())
                .arg("missing", number.saturating_sub(previous + 1) as usize);
            e.words().and(*previous_span, e.attr("previous"))
        }
        Structure::SinglePart { indicator } => entry("diag-single-part")
            .arg("indicator", indicator.as_str())
            .words(),
        Structure::PartOrder {
            indicator,
            letter,
            position,
            expected,
        } => entry("diag-part-order")
            .arg("indicator", indicator.as_str())
            .arg("letter", letter.as_str())
            .arg("position", position.to_string())
            .arg("expected", expected.as_str())
            .words(),
    }
}

/// `2021-04-28 (Điều 2)`.
fn cited(d: &CitedDate, lang: Lang) -> String {
    let date = i18n::date(lang, d.date);
    match &d.reference {
        Some(r) => format!("{date} ({r})"),
        None => date,
    }
}
