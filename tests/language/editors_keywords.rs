//! The editor packages know every word of the language: the keyword lists of the TextMate
//! grammar (`editors/vscode`) and of the Vim syntax file (`editors/nvim`) are the keyword table
//! of `src/syntax/keywords.rs` (which a unit test keeps equal to the `k_*` rules of
//! `grammar/plan.pest`), split the same way (the words that begin an item, and `part`, against
//! the words of fields), and each value word and comparison of the table appears in both. A
//! keyword added to the language and not to an editor fails here.

use planlang::syntax::keywords::{
    item_words, AGGREGATES, BUILTIN_UNITS, COMPARATORS, DIRECTIONS, KEYWORDS, PERIODS,
    RATE_CHANGES, RATE_UNITS, RECURRENCES, REVIEW_POINTS,
};
use std::collections::BTreeSet;
use std::path::PathBuf;

fn read(relative: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// `part` declares a measure inside an indicator: the editors colour it as the words that
/// declare items, though the table lists it with the fields.
const DECLARES_INSIDE_AN_ITEM: &str = "part";

/// The keywords as the editors split them: (the words that declare, the words of fields).
fn expected() -> (BTreeSet<String>, BTreeSet<String>) {
    let declaring: BTreeSet<String> = item_words()
        .iter()
        .copied()
        .chain([DECLARES_INSIDE_AN_ITEM])
        .map(str::to_string)
        .collect();
    let fields = KEYWORDS
        .iter()
        .map(|k| k.word.to_string())
        .filter(|w| !declaring.contains(w))
        .collect();
    (declaring, fields)
}

/// Every word the table gives a meaning to as a value, and every comparison.
fn value_words() -> BTreeSet<&'static str> {
    DIRECTIONS
        .words()
        .chain(RATE_CHANGES.words())
        .chain(RATE_UNITS.words())
        .chain(PERIODS.words())
        .chain(RECURRENCES.words())
        .chain(REVIEW_POINTS.words())
        .chain(AGGREGATES.words())
        .chain(BUILTIN_UNITS.words())
        .chain(COMPARATORS.words())
        .collect()
}

/// The words (letters, digits, `_`, `-`) of a text, and its runs of other characters.
fn words_of(text: &str) -> BTreeSet<String> {
    let word = |c: char| c.is_alphanumeric() || c == '_' || c == '-';
    let mut found: BTreeSet<String> = text
        .split(|c: char| !word(c))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    found.extend(
        text.split(word)
            .flat_map(|run| run.split(char::is_whitespace))
            .filter(|w| !w.is_empty())
            .map(str::to_string),
    );
    found
}

/// The words of a keyword rule of the TextMate grammar: its `match` is
/// `(?<![\w.])(?:plan|import|...)(?![\w])`.
fn alternatives(pattern: &str) -> BTreeSet<String> {
    let inner = pattern
        .split_once("(?:")
        .and_then(|(_, rest)| rest.split_once(')'))
        .map_or_else(
            || panic!("not a list of words: {pattern}"),
            |(words, _)| words,
        );
    inner.split('|').map(str::to_string).collect()
}

#[test]
fn the_textmate_grammar_has_every_keyword_of_the_table() {
    let grammar: serde_json::Value =
        serde_json::from_str(&read("editors/vscode/syntaxes/planlang.tmLanguage.json"))
            .expect("the TextMate grammar is JSON");
    let rules = grammar["repository"]["keywords"]["patterns"]
        .as_array()
        .expect("repository.keywords.patterns");
    let words_scoped = |scope: &str| -> BTreeSet<String> {
        let rule = rules
            .iter()
            .find(|r| r["name"] == scope)
            .unwrap_or_else(|| panic!("no keyword rule scoped {scope}"));
        alternatives(rule["match"].as_str().expect("a match"))
    };
    let (declaring, fields) = expected();
    assert_eq!(words_scoped("keyword.control.planlang"), declaring);
    assert_eq!(words_scoped("keyword.other.planlang"), fields);

    // The value words and comparisons, in the rules that colour them.
    let matches: String = serde_json::to_string(&grammar["repository"]).expect("json");
    let mut in_grammar = BTreeSet::new();
    collect_matches(&grammar["repository"], &mut in_grammar);
    let in_grammar = words_of(&in_grammar.into_iter().collect::<Vec<_>>().join(" "));
    for word in value_words() {
        let symbol = !word.chars().any(char::is_alphanumeric);
        assert!(
            if symbol {
                matches.contains(word)
            } else {
                in_grammar.contains(word)
            },
            "the TextMate grammar does not colour the value word {word:?}"
        );
    }
}

/// Every `match` regular expression under `value`.
fn collect_matches(value: &serde_json::Value, into: &mut BTreeSet<String>) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, inner) in map {
                match inner {
                    serde_json::Value::String(s) if key == "match" => {
                        into.insert(s.clone());
                    }
                    _ => collect_matches(inner, into),
                }
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|i| collect_matches(i, into)),
        _ => {}
    }
}

/// The words `syntax keyword GROUP ...` lines of the Vim syntax file give `group`, the options
/// (`nextgroup=...`, `skipwhite`) left out.
fn vim_keywords(syntax: &str, group: &str) -> BTreeSet<String> {
    syntax
        .lines()
        .filter_map(|line| line.trim().strip_prefix("syntax keyword "))
        .filter_map(|rest| rest.strip_prefix(group))
        .filter(|rest| rest.starts_with(' '))
        .flat_map(str::split_whitespace)
        .filter(|w| !w.contains('=') && !["skipwhite", "skipnl", "contained"].contains(w))
        .map(str::to_string)
        .collect()
}

#[test]
fn the_vim_syntax_file_has_every_keyword_of_the_table() {
    let syntax = read("editors/nvim/syntax/planlang.vim");
    let (declaring, fields) = expected();
    assert_eq!(vim_keywords(&syntax, "planlangItem"), declaring);
    assert_eq!(vim_keywords(&syntax, "planlangField"), fields);
    let code: String = syntax
        .lines()
        .filter(|l| !l.trim_start().starts_with('"'))
        .collect::<Vec<_>>()
        .join("\n");
    // Vim's patterns escape `|` and `-` nowhere in these words, so each stands as written.
    let words = words_of(&code.replace("\\|", " ").replace("\\%(", " "));
    for word in value_words() {
        let symbol = !word.chars().any(char::is_alphanumeric);
        assert!(
            if symbol {
                code.contains(word)
            } else {
                words.contains(word)
            },
            "the Vim syntax file does not colour the value word {word:?}"
        );
    }
}

#[test]
fn the_keyword_lists_are_read_as_the_editors_write_them() {
    // The readers above on small inputs, so that a reader broken into reading nothing (which
    // would make the comparisons pass on empty sets) fails here.
    assert_eq!(
        alternatives(r"(?<![\w.])(?:plan|import)(?![\w])"),
        BTreeSet::from(["plan".to_string(), "import".to_string()])
    );
    let syntax = "syntax keyword planlangField due month\nsyntax keyword planlangField at nextgroup=x skipwhite\nsyntax keyword planlangFieldOther no";
    assert_eq!(
        vim_keywords(syntax, "planlangField"),
        BTreeSet::from(["due".to_string(), "month".to_string(), "at".to_string()])
    );
    assert!(words_of("a (half-year|quarter) >=").contains("half-year"));
    assert!(words_of("a (half-year|quarter) >=").contains(">="));
    let (declaring, fields) = expected();
    assert!(declaring.contains("indicator") && declaring.contains("part"));
    assert!(fields.contains("target") && !fields.contains("part"));
    assert_eq!(declaring.len() + fields.len(), KEYWORDS.len());
}
