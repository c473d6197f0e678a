//! The shape of the plan: objectives, numbering, parts, sources, the document's dates.

use super::Checks;
use crate::diagnostic::Code;
use rustc_hash::FxHashSet as HashSet;

pub(super) fn check(c: &mut Checks<'_>) {
    signing_dates(c);
    objectives(c);
    sources(c);
    numbering(c);
    parts(c);
}

fn signing_dates(c: &mut Checks<'_>) {
    let signed = &c.model.plan.signed;
    let Some(first) = signed.first() else { return };
    for other in signed.iter().skip(1).filter(|s| s.date != first.date) {
        let cite = |r: &Option<String>| r.as_ref().map_or(String::new(), |r| format!(" ({r})"));
        let d = c
            .diag(
                Code::ConflictingDates,
                other.span,
                format!(
                    "the document gives two dates for itself: {}{} and {}{}",
                    first.date,
                    cite(&first.reference),
                    other.date,
                    cite(&other.reference)
                ),
            )
            .label("second date")
            .related(first.span, "first date")
            .help("if the document really says both, keep both: this warning records the inconsistency");
        c.push(d);
    }
}

fn objectives(c: &mut Checks<'_>) {
    let model = c.model;
    let used: HashSet<&str> = model
        .indicators
        .values()
        .filter_map(|i| i.objective.as_ref().map(|o| o.name.as_str()))
        .collect();
    for o in model.objectives.values() {
        if !used.contains(o.id.as_str()) {
            let d = c
                .diag(
                    Code::EmptyObjective,
                    o.span,
                    format!("objective `{}` has no indicators", o.id),
                )
                .label("no indicator names this objective")
                .help(format!(
                    "add `objective {}` to the indicators it groups",
                    o.id
                ));
            c.push(d);
        }
    }
    if model.objectives.is_empty() {
        return;
    }
    for i in model.indicators.values().filter(|i| i.objective.is_none()) {
        let d = c
            .diag(
                Code::NoObjective,
                i.id_span,
                format!("indicator {} belongs to no objective", i.number),
            )
            .label("no `objective` given")
            .help("add `objective ID` naming the objective it serves");
        c.push(d);
    }
}

fn sources(c: &mut Checks<'_>) {
    for i in c.model.indicators.values().filter(|i| i.source.is_none()) {
        let d = c
            .diag(Code::MissingSource, i.id_span, format!("indicator {} does not cite its source", i.number))
            .label("no `source` given")
            .help("add `source \"SECTION\"` pointing to where the document states it, e.g. `source \"II.1.a, Chỉ tiêu 3\"`");
        c.push(d);
    }
}

/// Gaps and backward steps in the document's numbering (numeric ids only).
fn numbering(c: &mut Checks<'_>) {
    let mut previous: Option<(u64, crate::source::Span)> = None;
    for i in c.model.indicators.values() {
        let Ok(n) = i.number.parse::<u64>() else {
            continue;
        };
        if let Some((p, p_span)) = previous {
            if n < p {
                let d = c
                    .diag(
                        Code::NumberingOrder,
                        i.id_span,
                        format!("indicator {n} comes after indicator {p}"),
                    )
                    .label("lower than the number before it")
                    .related(p_span, "previous indicator")
                    .help("write indicators in the document's order, or check the number");
                c.push(d);
            } else if n > p + 1 {
                let missing = if n == p + 2 {
                    format!("{} is missing", p + 1)
                } else {
                    format!("{} to {} are missing", p + 1, n - 1)
                };
                let d = c
                    .diag(
                        Code::NumberingGap,
                        i.id_span,
                        format!("the numbering jumps from {p} to {n}: {missing}"),
                    )
                    .label("gap before this number")
                    .related(p_span, "previous indicator")
                    .help("if the document skips these numbers, this warning records it; otherwise add the missing indicators");
                c.push(d);
            }
        }
        previous = Some((n, i.id_span));
    }
}

fn parts(c: &mut Checks<'_>) {
    let model = c.model;
    for i in model.indicators.values().filter(|i| i.is_composite) {
        let parts: Vec<_> = model.measures_of(i).collect();
        if parts.len() == 1 {
            let d = c
                .diag(
                    Code::SinglePart,
                    i.id_span,
                    format!("indicator {} has only one part", i.number),
                )
                .label("composite with one part")
                .help("a single measure needs no `part`: move its fields into the indicator");
            c.push(d);
        }
        for (k, part) in parts.iter().enumerate() {
            let letter = part.id.strip_prefix(i.number.as_str()).unwrap_or(&part.id);
            let expected = char::from(b'a' + (k as u8).min(25)).to_string();
            if letter != expected {
                let d = c
                    .diag(
                        Code::PartOrder,
                        part.id_span,
                        format!("part `{letter}` of indicator {} is part number {}, expected `{expected}`", i.number, k + 1),
                    )
                    .label("out of sequence")
                    .help("letter parts a, b, c... in the order the document states them");
                c.push(d);
            }
        }
    }
}
