//! Every word plan text gives a fixed meaning, in one table: the keywords (each read by a
//! `k_*` rule of `grammar/plan.pest`, or by `strive`) and the words a rule takes as values
//! (`increase`, `half-year`, `sum`, `>=`...). Syntax errors list what was expected from it,
//! reading resumes after an error at the keywords that start an item, lowering turns a value
//! word into its meaning through it, and a test keeps it equal to the grammar.

use super::ast::{
    AggregateLit, Comparator, Direction, PeriodKind, RateChange, RateUnit, ReviewPoint,
};
use super::grammar::Rule;
use std::sync::LazyLock;

/// A keyword and the grammar rules it begins.
#[derive(Debug)]
pub struct Keyword {
    /// As written in plan text.
    pub word: &'static str,
    /// The rule that reads the word itself.
    pub rule: Rule,
    /// The top-level items the word starts (`change` starts two).
    pub items: &'static [Rule],
    /// Other rules whose text begins with the word: where pest expected one of them, the
    /// word is what a message names.
    pub begins: &'static [Rule],
}

const fn field_keyword(word: &'static str, rule: Rule, begins: &'static [Rule]) -> Keyword {
    Keyword {
        word,
        rule,
        items: &[],
        begins,
    }
}

const fn item_keyword(
    word: &'static str,
    rule: Rule,
    items: &'static [Rule],
    begins: &'static [Rule],
) -> Keyword {
    Keyword {
        word,
        rule,
        items,
        begins,
    }
}

/// Every keyword, in the order messages list them: the items first.
pub const KEYWORDS: &[Keyword] = {
    use Rule::*;
    &[
        item_keyword("plan", k_plan, &[plan_block], &[]),
        item_keyword("import", k_import, &[import_decl], &[]),
        item_keyword("agency", k_agency, &[agency_decl], &[]),
        item_keyword("area", k_area, &[area_decl], &[area_field]),
        item_keyword("element", k_element, &[element_decl], &[]),
        item_keyword("unit", k_unit, &[unit_decl], &[unit_field]),
        item_keyword("dimension", k_dimension, &[dimension_decl], &[]),
        item_keyword(
            "objective",
            k_objective,
            &[objective_decl],
            &[objective_field],
        ),
        item_keyword("indicator", k_indicator, &[indicator_decl], &[]),
        item_keyword("report", k_report, &[report_decl], &[]),
        item_keyword("review", k_review, &[review_decl], &[]),
        item_keyword("waive", k_waive, &[waive_decl], &[]),
        item_keyword("query", k_query, &[query_decl], &[]),
        item_keyword("amendment", k_amendment, &[amendment_block], &[]),
        item_keyword("change", k_change, &[change_decl, change_report], &[]),
        item_keyword("transfer", k_transfer, &[transfer_decl], &[]),
        item_keyword("project", k_project, &[project_decl], &[]),
        item_keyword("task", k_task, &[task_decl], &[]),
        field_keyword("document", k_document, &[document_field]),
        field_keyword("issuer", k_issuer, &[issuer_field]),
        field_keyword("signed", k_signed, &[signed_field]),
        field_keyword("period", k_period, &[period_field, report_period]),
        field_keyword("implements", k_implements, &[implements_field]),
        field_keyword("horizon", k_horizon, &[horizon_field]),
        field_keyword("basis", k_basis, &[basis_field]),
        field_keyword("short", k_short, &[]),
        field_keyword("requested", k_requested, &[]),
        field_keyword("range", k_range, &[unit_range]),
        field_keyword("per", k_per, &[unit_per]),
        field_keyword("of", k_of, &[]),
        field_keyword("part", k_part, &[part_decl]),
        field_keyword("direction", k_direction, &[direction_field]),
        field_keyword("baseline", k_baseline, &[baseline_field]),
        field_keyword("target", k_target, &[target_field]),
        field_keyword("maintain", k_maintain, &[maintain_target]),
        field_keyword("by", k_by, &[]),
        field_keyword("year", k_year, &[review_year]),
        field_keyword("from", k_from, &[from_field]),
        field_keyword("until", k_until, &[]),
        field_keyword("within", k_within, &[tolerance]),
        field_keyword("flow", k_flow, &[flow_field]),
        field_keyword("growth", k_growth, &[]),
        field_keyword("cumulative", k_cumulative, &[]),
        field_keyword("scope", k_scope, &[scope_field]),
        field_keyword("to", k_to, &[to_field]),
        field_keyword("where", k_where, &[where_clause]),
        field_keyword("lead", k_lead, &[lead_field]),
        field_keyword("support", k_support, &[support_field]),
        field_keyword("formula", k_formula, &[formula_field]),
        field_keyword("total", k_total, &[total_field]),
        field_keyword("aggregate", k_aggregate, &[aggregate_field]),
        field_keyword("weighted", k_weighted, &[aggregate_weighted]),
        field_keyword("in", k_in, &[area_parent, project_parent, objective_parent]),
        field_keyword("kind", k_kind, &[area_kind]),
        field_keyword("due", k_due, &[due_field, due_month_field, duty_due]),
        field_keyword("before", k_before, &[]),
        field_keyword("month", k_month, &[]),
        field_keyword("every", k_every, &[recurrence, review_every]),
        field_keyword("at", k_at, &[review_at]),
        field_keyword("covers", k_covers, &[covers_field]),
        field_keyword("strive", strive, &[]),
        field_keyword("ref", k_ref, &[ref_clause]),
        field_keyword("source", k_source, &[source_clause]),
        field_keyword("note", k_note, &[note_field]),
        field_keyword("as", k_as, &[]),
        field_keyword("because", k_because, &[]),
        field_keyword("adopts", k_adopts, &[maps_field]),
        field_keyword("adapts", k_adapts, &[]),
        field_keyword("amends", k_amends, &[amends_field]),
        field_keyword("effective", k_effective, &[effective_field]),
    ]
};

/// The keyword a rule reads or begins with.
pub fn keyword_of(rule: Rule) -> Option<&'static Keyword> {
    KEYWORDS
        .iter()
        .find(|k| k.rule == rule || k.items.contains(&rule) || k.begins.contains(&rule))
}

/// Whether `rule` reads a keyword itself (a `k_*` rule, or `strive`), rather than a value,
/// a name or a rule that begins with one.
pub fn is_keyword(rule: Rule) -> bool {
    KEYWORDS.iter().any(|k| k.rule == rule)
}

/// The words that start a top-level item.
pub fn item_words() -> &'static [&'static str] {
    static WORDS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
        KEYWORDS
            .iter()
            .filter(|k| !k.items.is_empty())
            .map(|k| k.word)
            .collect()
    });
    &WORDS
}

/// The rules of the top-level items.
pub fn item_rules() -> impl Iterator<Item = Rule> {
    KEYWORDS.iter().flat_map(|k| k.items.iter().copied())
}

/// The words a rule takes as its value, each with its meaning.
#[derive(Debug)]
pub struct Values<T: 'static> {
    /// The rules that read one of these words (more than one when rules share the words).
    pub rules: &'static [Rule],
    /// Each word as written and what it means; several words may mean the same.
    pub words: &'static [(&'static str, T)],
}

impl<T: Clone> Values<T> {
    /// What a word means; `None` for a word the grammar does not give this rule.
    pub fn meaning(&self, word: &str) -> Option<T> {
        self.words
            .iter()
            .find(|(w, _)| *w == word)
            .map(|(_, v)| v.clone())
    }
}

impl<T: PartialEq> Values<T> {
    /// The first word listed for a meaning: the one a printer writes (`>=` for at least, not
    /// `≥`; `percent` for a percentage, not `%`). `None` for a meaning no word has.
    pub fn word(&self, meaning: &T) -> Option<&'static str> {
        self.words
            .iter()
            .find(|(_, v)| v == meaning)
            .map(|(w, _)| *w)
    }
}

impl<T> Values<T> {
    /// The words, as written.
    pub fn words(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.words.iter().map(|(w, _)| *w)
    }
}

/// The words of `direction` (`direction decrease`), and the direction each means.
pub const DIRECTIONS: Values<Direction> = Values {
    rules: &[Rule::direction],
    words: &[
        ("increase", Direction::Increase),
        ("decrease", Direction::Decrease),
        ("maintain", Direction::Maintain),
    ],
};

/// The words that start a rate or a change (`reduce by 0.5 points per year`), and which
/// way each goes.
pub const RATE_CHANGES: Values<RateChange> = Values {
    rules: &[Rule::rate_direction],
    words: &[
        ("increase", RateChange::Increase),
        ("reduce", RateChange::Reduce),
    ],
};

/// The units of a rate or a change: `points`, and `percent` or `%`, which are one.
pub const RATE_UNITS: Values<RateUnit> = Values {
    rules: &[Rule::rate_unit],
    words: &[
        ("points", RateUnit::Points),
        ("percent", RateUnit::Percent),
        ("%", RateUnit::Percent),
    ],
};

/// The words of a report's `period` (`period half-year`), and how often each means it is due.
pub const PERIODS: Values<PeriodKind> = Values {
    rules: &[Rule::period_kind],
    words: &[
        ("half-year", PeriodKind::HalfYear),
        ("year", PeriodKind::Year),
        ("quarter", PeriodKind::Quarter),
        ("month", PeriodKind::Month),
        ("adhoc", PeriodKind::Adhoc),
    ],
};

/// How often a project's or a task's deadline recurs (`due 30/06 every year`): the periods
/// of a report but `adhoc`, which recurs on no schedule.
pub const RECURRENCES: Values<PeriodKind> = Values {
    rules: &[Rule::recurrence_kind],
    words: &[
        ("half-year", PeriodKind::HalfYear),
        ("year", PeriodKind::Year),
        ("quarter", PeriodKind::Quarter),
        ("month", PeriodKind::Month),
    ],
};

/// The points of the plan period a review may be held at (`at midterm`), and what each means.
pub const REVIEW_POINTS: Values<ReviewPoint> = Values {
    rules: &[Rule::review_point],
    words: &[("midterm", ReviewPoint::Midterm), ("end", ReviewPoint::End)],
};

/// The aggregations written as one word (`weighted by ELEMENT` is a rule of its own).
pub const AGGREGATES: Values<AggregateLit> = Values {
    rules: &[Rule::aggregate_kind],
    words: &[
        ("none", AggregateLit::None),
        ("sum", AggregateLit::Sum),
        ("mean", AggregateLit::Mean),
    ],
};

/// The comparisons a target may write, and what each means: `>=` and `≥` are one, as are `<=`
/// and `≤`, `~` and `about`; the first listed is the one the printer writes.
pub const COMPARATORS: Values<Comparator> = Values {
    rules: &[Rule::comparator],
    words: &[
        (">=", Comparator::AtLeast),
        ("<=", Comparator::AtMost),
        ("≥", Comparator::AtLeast),
        ("≤", Comparator::AtMost),
        ("<", Comparator::Below),
        (">", Comparator::Above),
        ("=", Comparator::Equal),
        ("~", Comparator::About),
        ("about", Comparator::About),
    ],
};

/// The units every plan has without declaring them, as `unit` names them (a declared unit's
/// id is also a `unit_name`).
pub const BUILTIN_UNITS: Values<&str> = Values {
    rules: &[Rule::unit_name],
    words: &[
        ("percent", "percent"),
        ("per_mille", "per_mille"),
        ("per_100k", "per_100k"),
        ("count", "count"),
        ("%", "percent"),
        ("‰", "per_mille"),
    ],
};

/// The words that may stand where `rule` was expected, for "did you mean" (symbols left out:
/// a misspelled word is never close to them).
pub fn values_of(rule: Rule) -> Vec<&'static str> {
    let words: Vec<&'static str> = match rule {
        Rule::direction => DIRECTIONS.words().collect(),
        Rule::rate_direction | Rule::rate_target | Rule::yearly_target | Rule::change_target => {
            RATE_CHANGES.words().collect()
        }
        Rule::rate_unit => RATE_UNITS.words().collect(),
        Rule::period_kind => PERIODS.words().collect(),
        Rule::recurrence_kind => RECURRENCES.words().collect(),
        Rule::review_point => REVIEW_POINTS.words().collect(),
        Rule::unit_name => BUILTIN_UNITS.words().collect(),
        // `weighted` starts a rule of its own but is offered with the one-word aggregations.
        Rule::aggregate_kind => AGGREGATES.words().chain(["weighted"]).collect(),
        _ => Vec::new(),
    };
    words
        .into_iter()
        .filter(|w| {
            w.chars()
                .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
        })
        .collect()
}

#[cfg(test)]
mod tests {
    //! The table against `grammar/plan.pest`: a keyword added to one and not the other, or a
    //! value word the grammar accepts and lowering does not know, fails here.

    use super::*;
    use std::collections::BTreeSet;

    const GRAMMAR: &str = include_str!("../../grammar/plan.pest");

    /// The rule's definition: the text after `name =` up to the next rule, blank line or
    /// comment.
    fn definition(name: &str) -> String {
        let mut lines = GRAMMAR.lines().skip_while(|line| {
            line.split_once('=')
                .is_none_or(|(left, _)| left.trim() != name)
        });
        let first = lines
            .next()
            .unwrap_or_else(|| panic!("no rule `{name}` in plan.pest"));
        let mut text = first.split_once('=').map_or("", |(_, r)| r).to_string();
        for line in lines {
            let starts_rule = line
                .split_once('=')
                .is_some_and(|(left, _)| !left.trim().is_empty() && !left.contains(['"', '|']));
            if line.trim().is_empty() || line.trim_start().starts_with("//") || starts_rule {
                break;
            }
            text.push_str(line);
        }
        text
    }

    /// The quoted words of a rule's definition.
    fn literals(name: &str) -> BTreeSet<String> {
        definition(name)
            .split('"')
            .skip(1)
            .step_by(2)
            .map(str::to_string)
            .collect()
    }

    fn rule_named(name: &str) -> Rule {
        *Rule::all_rules()
            .iter()
            .find(|r| format!("{r:?}") == name)
            .unwrap_or_else(|| panic!("no Rule::{name}"))
    }

    #[test]
    fn every_keyword_rule_of_the_grammar_is_in_the_table_and_reads_its_word() {
        let in_grammar: BTreeSet<String> = Rule::all_rules()
            .iter()
            .map(|r| format!("{r:?}"))
            .filter(|n| n.starts_with("k_"))
            .chain(["strive".to_string()])
            .collect();
        let in_table: BTreeSet<String> = KEYWORDS.iter().map(|k| format!("{:?}", k.rule)).collect();
        assert_eq!(in_grammar, in_table);
        for k in KEYWORDS {
            let name = format!("{:?}", k.rule);
            assert_eq!(
                literals(&name),
                BTreeSet::from([k.word.to_string()]),
                "{name} in plan.pest"
            );
            assert!(
                definition(&name).contains("!XID_CONTINUE"),
                "{name} must not match the start of a longer word"
            );
        }
        let words: BTreeSet<&str> = KEYWORDS.iter().map(|k| k.word).collect();
        assert_eq!(words.len(), KEYWORDS.len(), "a word listed twice");
    }

    #[test]
    fn item_keywords_are_the_items_of_the_grammar_and_begin_them() {
        // `item = { plan_block | agency_decl | ... }`
        let items: BTreeSet<String> = definition("item")
            .trim()
            .trim_start_matches(['{', '_', '@', '$'])
            .trim_end_matches('}')
            .split('|')
            .map(|r| r.trim().to_string())
            .collect();
        let table: BTreeSet<String> = item_rules().map(|r| format!("{r:?}")).collect();
        assert_eq!(items, table);
        for k in KEYWORDS {
            for rule in k.items.iter().chain(k.begins) {
                let name = format!("{rule:?}");
                let definition = definition(&name);
                let body = definition.trim().trim_start_matches(['{', '@', '$', '_']);
                // What may come first: before the first `~` (`(k_adopts | k_adapts) ~ ...`).
                let head = body.split(['~', '}']).next().unwrap_or("");
                let keyword = format!("{:?}", k.rule);
                assert!(
                    head.split(|c: char| !(c.is_alphanumeric() || c == '_'))
                        .any(|w| w == keyword),
                    "{name} should begin with the keyword `{}`",
                    k.word
                );
            }
        }
    }

    #[test]
    fn value_words_are_the_words_the_grammar_accepts() {
        fn words_of<T>(values: &Values<T>) -> BTreeSet<String> {
            values.words().map(str::to_string).collect()
        }
        let checked = [
            (DIRECTIONS.rules, words_of(&DIRECTIONS)),
            (RATE_CHANGES.rules, words_of(&RATE_CHANGES)),
            (RATE_UNITS.rules, words_of(&RATE_UNITS)),
            (PERIODS.rules, words_of(&PERIODS)),
            (RECURRENCES.rules, words_of(&RECURRENCES)),
            (REVIEW_POINTS.rules, words_of(&REVIEW_POINTS)),
            (AGGREGATES.rules, words_of(&AGGREGATES)),
            (COMPARATORS.rules, words_of(&COMPARATORS)),
        ];
        for (rules, words) in checked {
            for rule in rules {
                let name = format!("{rule:?}");
                assert_eq!(rule_named(&name), *rule);
                assert_eq!(literals(&name), words, "{name} in plan.pest");
            }
        }
    }

    #[test]
    fn every_meaning_has_a_first_word_that_means_it() {
        fn check<T: Clone + PartialEq + std::fmt::Debug>(values: &Values<T>, all: &[T]) {
            for meaning in all {
                let word = values
                    .word(meaning)
                    .unwrap_or_else(|| panic!("no word for {meaning:?}"));
                assert_eq!(values.meaning(word).as_ref(), Some(meaning));
            }
        }
        use Comparator::*;
        check(
            &DIRECTIONS,
            &[
                Direction::Increase,
                Direction::Decrease,
                Direction::Maintain,
            ],
        );
        check(&RATE_CHANGES, &[RateChange::Increase, RateChange::Reduce]);
        check(&RATE_UNITS, &[RateUnit::Points, RateUnit::Percent]);
        check(
            &PERIODS,
            &[
                PeriodKind::HalfYear,
                PeriodKind::Year,
                PeriodKind::Quarter,
                PeriodKind::Month,
                PeriodKind::Adhoc,
            ],
        );
        check(
            &RECURRENCES,
            &[
                PeriodKind::HalfYear,
                PeriodKind::Year,
                PeriodKind::Quarter,
                PeriodKind::Month,
            ],
        );
        check(
            &AGGREGATES,
            &[AggregateLit::None, AggregateLit::Sum, AggregateLit::Mean],
        );
        check(&COMPARATORS, &[AtLeast, AtMost, Below, Above, Equal, About]);
        check(&REVIEW_POINTS, &[ReviewPoint::Midterm, ReviewPoint::End]);
        assert_eq!(COMPARATORS.word(&AtLeast), Some(">="));
        assert_eq!(RATE_UNITS.word(&RateUnit::Percent), Some("percent"));
    }

    #[test]
    fn value_words_mean_what_the_syntax_tree_writes_them_as() {
        for (word, d) in DIRECTIONS.words {
            assert_eq!(d.as_str(), *word);
        }
        for (word, p) in PERIODS.words.iter().chain(RECURRENCES.words) {
            assert_eq!(p.as_str(), *word);
        }
        for (word, p) in REVIEW_POINTS.words {
            assert_eq!(p.as_str(), *word);
        }
        for (word, id) in BUILTIN_UNITS.words {
            let unit = crate::model::builtin_unit(word).expect("a built-in unit");
            assert_eq!(unit.id, *id);
        }
        for (id, _) in crate::model::BUILTIN_UNITS {
            assert_eq!(BUILTIN_UNITS.meaning(id), Some(*id));
        }
    }
}
