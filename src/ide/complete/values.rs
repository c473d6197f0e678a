//! The words a field takes as its value (`increase`, `half-year`, `midterm`, `sum`, `>=`,
//! `percent`, `?`), from the keyword table, each with what it means in the reader's
//! language.

use super::{Completion, CompletionKind};
use crate::i18n::Lang;
use crate::source::Span;
use crate::syntax::grammar::Rule;
use crate::syntax::keywords::{
    Values, AGGREGATES, BUILTIN_UNITS, COMPARATORS, DIRECTIONS, PERIODS, RATE_CHANGES, RATE_UNITS,
    RECURRENCES, REVIEW_POINTS,
};

/// The value words of a rule the grammar expects, each with the id of its meaning in the
/// catalogue.
pub(super) fn words_of(rule: Rule) -> Vec<(&'static str, String)> {
    fn each<T>(
        values: &Values<T>,
        id: impl Fn(&'static str, &T) -> String,
    ) -> Vec<(&'static str, String)> {
        values.words.iter().map(|(w, m)| (*w, id(w, m))).collect()
    }
    let kebab = |w: &str| w.replace('_', "-");
    match rule {
        Rule::direction => each(&DIRECTIONS, |w, _| format!("ide-direction-{w}")),
        Rule::rate_direction => each(&RATE_CHANGES, |w, _| format!("ide-change-{w}")),
        Rule::rate_unit => each(&RATE_UNITS, |_, m| {
            let word = RATE_UNITS.word(m).unwrap_or_default();
            format!("ide-rate-unit-{word}")
        }),
        Rule::period_kind => each(&PERIODS, |w, _| format!("ide-period-{w}")),
        Rule::recurrence_kind => each(&RECURRENCES, |w, _| format!("ide-period-{w}")),
        Rule::review_point => each(&REVIEW_POINTS, |w, _| format!("ide-review-{w}")),
        Rule::aggregate_kind => each(&AGGREGATES, |w, _| format!("ide-aggregate-{w}")),
        Rule::comparator | Rule::level_target => {
            // `≥` and `≤` are the same as `>=` and `<=`, which are easier to type.
            let ascii = COMPARATORS.words.iter().filter(|(w, _)| w.is_ascii());
            ascii
                .map(|(w, c)| (*w, format!("ide-comparator-{}", c.name())))
                .collect()
        }
        Rule::unit_name => each(&BUILTIN_UNITS, |_, id| format!("ide-unit-{}", kebab(id))),
        Rule::lead_unknown => vec![("?", "ide-lead-unknown".to_string())],
        _ => Vec::new(),
    }
}

/// Adds the value words of the rules expected to `out`, each once.
pub(super) fn offer(out: &mut Vec<Completion>, expected: &[Rule], replace: Span, lang: Lang) {
    let mut seen = Vec::new();
    for rule in expected {
        for (word, id) in words_of(*rule) {
            if seen.contains(&word) {
                continue;
            }
            seen.push(word);
            let kind = if *rule == Rule::unit_name {
                CompletionKind::Unit
            } else {
                CompletionKind::Value
            };
            out.push(Completion::new(word, kind, replace).detail(lang.text(&id)));
        }
    }
}
