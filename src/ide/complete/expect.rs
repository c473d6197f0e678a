//! What the grammar could read next: the text of an item up to the cursor is given to the
//! parser with a character no rule reads after it, and the rules pest tried there (its
//! "positives", which syntax errors list too) are what may be written. The grammar is thus
//! the one source of which keywords, fields and values fit where.

use crate::syntax::grammar::{PlanParser, Rule};
use crate::syntax::keywords::item_rules;
use pest::error::{ErrorVariant, InputLocation};
use pest::Parser;

/// A character no rule of the grammar reads, not even as blank space.
const STOP: char = '\u{1}';

/// The rules the grammar tries at the end of `prefix`, a text that starts where a top-level
/// item may start (the start of a file, or of an item). `None` when the text fails before
/// its end: then it says nothing of its end.
pub(super) fn expected_after(prefix: &str) -> Option<Vec<Rule>> {
    let mut input = String::with_capacity(prefix.len() + STOP.len_utf8());
    input.push_str(prefix);
    input.push(STOP);
    let error = PlanParser::parse(Rule::file, &input).err()?;
    let at = match error.location {
        InputLocation::Pos(p) | InputLocation::Span((p, _)) => p,
    };
    if at < prefix.trim_end().len() {
        return None;
    }
    let ErrorVariant::ParsingError { positives, .. } = error.variant else {
        return None;
    };
    // Where nothing of an item matched, pest names only the entry rule.
    if positives.contains(&Rule::file) {
        return Some(item_rules().chain([Rule::EOI]).collect());
    }
    Some(positives)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_grammar_says_what_may_follow() {
        let fields = expected_after("report r \"R\" { ").unwrap();
        for rule in [Rule::k_period, Rule::k_due, Rule::k_from, Rule::k_to] {
            assert!(fields.contains(&rule), "{rule:?} in {fields:?}");
        }
        assert!(!fields.contains(&Rule::k_target));
        assert_eq!(
            expected_after("indicator 1 \"x\" { direction "),
            Some(vec![Rule::COMMENT, Rule::direction])
        );
        let items = expected_after("").unwrap();
        assert!(items.contains(&Rule::indicator_decl) && items.contains(&Rule::EOI));
        let after_agency = expected_after("agency a \"A\" ").unwrap();
        assert!(after_agency.contains(&Rule::k_short));
        assert!(after_agency.contains(&Rule::k_indicator));
    }

    #[test]
    fn a_text_that_fails_before_its_end_says_nothing() {
        assert_eq!(expected_after("indicator 1 { unit "), None);
    }
}
