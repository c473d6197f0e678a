//! The shape of the plan.

use super::Words;
use crate::diagnostic::problem::{CitedDate, Structure};

pub(super) fn words(problem: &Structure) -> Words {
    match problem {
        Structure::ConflictingDates {
            first,
            second,
            first_span,
        } => Words::new(
            format!(
                "the document gives two dates for itself: {} and {}",
                cited(first),
                cited(second)
            ),
            "second date",
            "if the document really says both, keep both: this warning records the inconsistency",
        )
        .and(*first_span, "first date"),
        Structure::EmptyObjective { objective } => Words::new(
            format!("objective `{objective}` has no indicators"),
            "no indicator names this objective",
            format!("add `objective {objective}` to the indicators it groups"),
        ),
        Structure::NoObjective { indicator } => Words::new(
            format!("indicator {indicator} belongs to no objective"),
            "no `objective` given",
            "add `objective ID` naming the objective it serves",
        ),
        Structure::MissingSource { indicator } => Words::new(
            format!("indicator {indicator} does not cite its source"),
            "no `source` given",
            "add `source \"SECTION\"` pointing to where the document states it, e.g. `source \"II.1.a, Chỉ tiêu 3\"`",
        ),
        Structure::NumberingOrder {
            number,
            previous,
            previous_span,
        } => Words::new(
            format!("indicator {number} comes after indicator {previous}"),
            "lower than the number before it",
            "write indicators in the document's order, or check the number",
        )
        .and(*previous_span, "previous indicator"),
        Structure::NumberingGap {
            number,
            previous,
            previous_span,
        } => {
            let missing = if *number == previous + 2 {
                format!("{} is missing", previous + 1)
            } else {
                format!("{} to {} are missing", previous + 1, number - 1)
            };
            Words::new(
                format!("the numbering jumps from {previous} to {number}: {missing}"),
                "gap before this number",
                "if the document skips these numbers, this warning records it; otherwise add the missing indicators",
            )
            .and(*previous_span, "previous indicator")
        }
        Structure::SinglePart { indicator } => Words::new(
            format!("indicator {indicator} has only one part"),
            "composite with one part",
            "a single measure needs no `part`: move its fields into the indicator",
        ),
        Structure::PartOrder {
            indicator,
            letter,
            position,
            expected,
        } => Words::new(
            format!("part `{letter}` of indicator {indicator} is part number {position}, expected `{expected}`"),
            "out of sequence",
            "letter parts a, b, c... in the order the document states them",
        ),
    }
}

/// `2021-04-28 (Điều 2)`.
fn cited(d: &CitedDate) -> String {
    match &d.reference {
        Some(r) => format!("{} ({r})", d.date),
        None => d.date.to_string(),
    }
}
