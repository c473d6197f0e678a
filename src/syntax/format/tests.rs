//! The formatter's layout rules on small plans, with the exact text expected; every plan file
//! of the repository and thousands of mutated ones are in `tests/language/formatter.rs`.

use super::format;
use crate::diagnostic::Code;
use crate::source::Source;

/// The formatted text of `text`, checked to read to the same tree with the same comments and
/// to format again unchanged (`properties::formatted`, which the fuzz target checks too).
fn formatted(text: &str) -> String {
    crate::properties::formatted("t.plan", text.as_bytes()).expect("a plan that formats")
}

#[test]
fn one_field_a_line_four_spaces_a_level() {
    let text = "indicator 1 \"I\" { unit percent  direction increase\n\
                part a \"A\" {  lead yte,ubnd   ref \"V\" } part b \"B\" {}\n\
                target 2025>=95 } agency yte \"Y\" agency ubnd \"U\"";
    assert_eq!(
        formatted(text),
        "indicator 1 \"I\" {\n    unit percent\n    direction increase\n    part a \"A\" {\n        \
         lead yte, ubnd ref \"V\"\n    }\n    part b \"B\" {}\n    target 2025 >= 95\n}\n\
         agency yte \"Y\"\nagency ubnd \"U\"\n"
    );
}

#[test]
fn words_are_written_as_the_author_wrote_them() {
    // A decimal comma, a number with a useless zero, a number too large, a date that does
    // not exist, `≥`, `about`, `%`, a text's escapes, clauses in the author's order, a
    // repeated `ref` (the tree keeps the last): all kept.
    let text = "plan \"P\" { signed 2021-02-30 period 2021 .. 2030 }\n\
                unit u \"u\" per 1000 range 0 .. 100\n\
                area x \"X\" kind district in y\n\
                indicator 1 \"I\" {\n    baseline 2020 = 12,1\n    target 2025 ≥ 95.0 ref \"a\" strive ref \"b\"\n    \
                target about 12345678901234567 within 3 %\n    note \"a \\\"b\\\" \\q\"\n}\n\
                report r \"R\" { due before 31/02 due in month 13 }\n";
    assert_eq!(
        formatted(text),
        "plan \"P\" {\n    signed 2021-02-30\n    period 2021..2030\n}\n\
         unit u \"u\" per 1000 range 0..100\n\
         area x \"X\" kind district in y\n\
         indicator 1 \"I\" {\n    baseline 2020 = 12,1\n    target 2025 ≥ 95.0 ref \"a\" strive ref \"b\"\n    \
         target about 12345678901234567 within 3 %\n    note \"a \\\"b\\\" \\q\"\n}\n\
         report r \"R\" {\n    due before 31/02\n    due in month 13\n}\n"
    );
}

#[test]
fn a_comment_that_shares_a_line_stays_at_its_end() {
    let text = "agency a \"A\"   // after an item\n\
                indicator 1 \"I\" { // after the brace\n\
                \tlead a   /* after a field */\n\
                    part x \"X\" { unit percent } // after a part\n\
                } /* after the block */ // and another\n";
    assert_eq!(
        formatted(text),
        "agency a \"A\" // after an item\n\
         indicator 1 \"I\" { // after the brace\n\
         \x20   lead a /* after a field */\n\
         \x20   part x \"X\" {\n\
         \x20       unit percent\n\
         \x20   } // after a part\n\
         } /* after the block */ // and another\n"
    );
}

#[test]
fn a_comment_on_a_line_of_its_own_takes_the_indentation_of_what_follows() {
    let text = "        // first\nindicator 1 \"I\" {\n// before a field\n            lead a\n  \
                /* before the end,\n     over two lines */\n}\n   // last\n";
    assert_eq!(
        formatted(text),
        "// first\nindicator 1 \"I\" {\n    // before a field\n    lead a\n    \
         /* before the end,\n     over two lines */\n}\n// last\n"
    );
}

#[test]
fn comments_inside_an_item_or_a_field() {
    // A `/* */` stays between its words; a `//` goes to the end of the line, and the comments
    // after it (which cannot come before it on the line) to lines of their own after it.
    let text = "agency /* the id */ yte // the health department\n    \"Sở Y tế\" // its name\n\
                indicator 1 \"I\" {\n    target 2025 // the year\n        >= /* at least */ 95 /* b */ // c\n}\n\
                report r // the report\n    \"R\" {}\n";
    assert_eq!(
        formatted(text),
        "agency /* the id */ yte \"Sở Y tế\" // the health department\n// its name\n\
         indicator 1 \"I\" {\n    target 2025 >= 95 // the year\n    /* at least */\n    /* b */\n    // c\n}\n\
         report r \"R\" {} // the report\n"
    );
}

#[test]
fn blank_lines_are_kept_as_written_but_never_more_than_one() {
    let text = "\n\n// head\n\n\n\nagency a \"A\"\nagency b \"B\"\n\n\nindicator 1 \"I\" {\n\n    lead a\n\n\n    \
                // about b\n    support b\n    source \"s\"\n\n}\nagency c\n\n\"C\"\n\n\n// the end\n\n\n";
    assert_eq!(
        formatted(text),
        "// head\n\nagency a \"A\"\nagency b \"B\"\n\nindicator 1 \"I\" {\n    lead a\n\n    \
         // about b\n    support b\n    source \"s\"\n}\nagency c \"C\"\n\n// the end\n"
    );
}

#[test]
fn level_targets_at_milestones_have_their_comparisons_aligned() {
    let text = "indicator 1 \"I\" {\n    target 2025 >= 95\n    target 2026-H1 >= 40 strive\n    \
                target 2026-Q3 cumulative < 750 // a comment stays at the end\n    target >= 100\n    \
                target 2030 ~ 3\n    target 2031-06 ~ 4\n\n    target 2032 ~ 5\n    target 2033-Q1 ~ 5\n    \
                // a comment ends a run\n    target 2034-Q1 ~ 6\n    target 2035 ~ 6\n}\n";
    assert_eq!(
        formatted(text),
        "indicator 1 \"I\" {\n    target 2025               >= 95\n    target 2026-H1            >= 40 strive\n    \
         target 2026-Q3 cumulative < 750 // a comment stays at the end\n    target >= 100\n    \
         target 2030    ~ 3\n    target 2031-06 ~ 4\n\n    target 2032    ~ 5\n    target 2033-Q1 ~ 5\n    \
         // a comment ends a run\n    target 2034-Q1 ~ 6\n    target 2035    ~ 6\n}\n"
    );
}

#[test]
fn a_break_before_a_clause_keyword_starts_a_continuation_line() {
    // Kept before `short`, `ref`, `where` (a blank line there is dropped); joined elsewhere
    // inside a field, and in a block's head.
    let text = "agency yte \"Sở Y tế\"\n  short \"SYT\"     requested\n\
                indicator 1 \"I\" {\n    target 2025\n        >= 95\n    \
                adapts n.1 because \"a long reason\"\n  ref \"R\"\n    target 2030 >= 98 strive\n\n            \
                where k = v ref \"R\"\n}\nchange\n  report r {\n}\n";
    assert_eq!(
        formatted(text),
        "agency yte \"Sở Y tế\"\n    short \"SYT\" requested\n\
         indicator 1 \"I\" {\n    target 2025 >= 95\n    \
         adapts n.1 because \"a long reason\"\n        ref \"R\"\n    target 2030 >= 98 strive\n        \
         where k = v ref \"R\"\n}\nchange report r {}\n"
    );
}

#[test]
fn a_break_after_a_comma_of_a_list_starts_a_continuation_line() {
    // Before a `,`: joined.
    let text = "review r \"R\" {\n    from a,\n  b,   c\n       , d\n    to e\n}\n\
                task t \"T\" { lead a,\nb ref \"V\" }\n";
    assert_eq!(
        formatted(text),
        "review r \"R\" {\n    from a,\n        b, c, d\n    to e\n}\n\
         task t \"T\" {\n    lead a,\n        b ref \"V\"\n}\n"
    );
}

#[test]
fn comments_in_a_field_written_over_continuation_lines() {
    // A `//` stays at the end of the line it ends, a comment after it or on a line of its
    // own goes to a line of its own as deep as the continuation lines (a blank line there is
    // dropped), a `/* */` on the continuation's line stays on it.
    let text = "indicator 1 \"I\" {\n    adapts n.1 because \"r\" // why\n      // and more\n   \
                /* the ref */ ref \"R\" // end\n    lead a /* x */ ref // y\n        \"V\"\n    \
                support b\n// on a line of its own\n\n/* with it */ /* and this */\n ref \"W\"\n}\n";
    assert_eq!(
        formatted(text),
        "indicator 1 \"I\" {\n    adapts n.1 because \"r\" // why\n        // and more\n        \
         /* the ref */ ref \"R\" // end\n    lead a /* x */ ref \"V\" // y\n    \
         support b\n        // on a line of its own\n        /* with it */ /* and this */\n        \
         ref \"W\"\n}\n"
    );
}

#[test]
fn a_target_written_over_continuation_lines_aligns_its_first_line_only() {
    // Its continuation line ends the run; a milestone that ends on a continuation line is
    // not aligned.
    let text =
        "indicator 1 \"I\" {\n    target 2025 >= 95\n    target 2026-H1 >= 40 strive\n      \
                ref \"R\"\n    target 2027 >= 50\n    target 2028-Q3\n       cumulative >= 60\n    \
                target 2029 >= 70\n}\n";
    assert_eq!(
        formatted(text),
        "indicator 1 \"I\" {\n    target 2025    >= 95\n    target 2026-H1 >= 40 strive\n        \
         ref \"R\"\n    target 2027 >= 50\n    target 2028-Q3\n        cumulative >= 60\n    \
         target 2029 >= 70\n}\n"
    );
}

#[test]
fn line_ends_blanks_and_the_end_of_the_file() {
    assert_eq!(formatted(""), "");
    assert_eq!(formatted(" \n\n\t\n"), "");
    assert_eq!(formatted("\u{feff}agency a \"A\""), "agency a \"A\"\n");
    assert_eq!(
        formatted("agency a \"A\" // crlf   \r\n\r\n/* x  \r\n   y */  \r\nagency b \"B\"\t \r\n"),
        "agency a \"A\" // crlf\n\n/* x\n   y */\nagency b \"B\"\n"
    );
}

#[test]
fn a_formatted_text_is_left_as_it_is() {
    let text = "// a plan\n\nplan \"P\" {\n    document \"1/KH\"\n    period 2021..2030\n}\n\n\
                agency a \"A\" // the lead\n\nindicator 1 \"I\" {\n    unit percent\n    \
                target 2025    >= 95\n    target 2026-H1 >= 40\n    lead a\n}\n";
    assert_eq!(formatted(text), text);
}

#[test]
fn a_text_with_syntax_errors_is_refused_with_them() {
    let errors = format(&Source::new(
        "t.plan",
        "agency a \"A\"\nindicator 1 \"I\" { targt 2025 >= 9 }\nagency b\n",
    ))
    .expect_err("refused");
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(errors.iter().all(|d| d.code() == Code::Syntax));
    let place = |d: &crate::diagnostic::Diagnostic| d.span().map(|s| s.start());
    assert_eq!(place(&errors[0]), Some(31));
}

#[test]
fn a_formatted_text_that_would_not_say_the_same_is_refused() {
    // What `format` checks of each text before it returns it.
    let text = "agency a \"A\" // one\nagency b \"B\"\n";
    let pieces = super::pieces::pieces(text).expect("pieces");
    let same = |formatted: &str| super::verify::same_pieces(text, &pieces, formatted);
    assert_eq!(
        same("agency a \"A\"   // one  \n\n\nagency b\n\"B\""),
        Ok(())
    );
    // A comment may move among the words.
    assert_eq!(same("agency a \"A\"\nagency b \"B\" // one\n"), Ok(()));
    // A word changed, a comment changed, a word more, a word less.
    assert_eq!(same("agency a \"A\" // one\nagency c \"B\"\n"), Err(27));
    assert_eq!(same("agency a \"A\" // one!\nagency b \"B\"\n"), Err(13));
    assert_eq!(
        same("agency a \"A\" // one\nagency b \"B\" agency c \"C\"\n"),
        Err(text.len())
    );
    assert_eq!(same("agency a \"A\" // one\n"), Err(20));
    // A text that does not read as a plan.
    assert_eq!(same("agency a \"A\" // one\nagency b\n"), Err(0));
}
