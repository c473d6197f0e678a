//! The keywords offered: those that continue the field being written (`where`, `ref`,
//! `because`), the fields the block may still take (a field that may be given once is not
//! offered again), and the items that may start (a file has one header).

use super::context::{keywords_of, Container, Place};
use super::{Completion, CompletionKind};
use crate::i18n::Lang;
use crate::ide::scan::Scan;
use crate::syntax::grammar::Rule;
use crate::syntax::keywords::item_words;

/// The fields each kind of block may take more than once; every other field is read once
/// (the resolver reports a second one as `plan::duplicate_field`).
const REPEATABLE: &[(Rule, &[&str])] = &[
    // Two signing dates a document may give, a document number and an imported plan.
    (Rule::plan_block, &["signed", "implements", "basis", "note"]),
    (
        Rule::indicator_decl,
        &["part", "target", "lead", "support", "note"],
    ),
    (Rule::part_decl, &["target", "lead", "support", "note"]),
    (Rule::change_decl, &["target", "lead", "support", "note"]),
    (Rule::report_decl, &["from", "note"]),
    (Rule::change_report, &["from", "note"]),
    (Rule::review_decl, &["from", "note"]),
    (Rule::project_decl, &["lead", "support", "covers", "note"]),
    (Rule::task_decl, &["lead", "support", "note"]),
    (Rule::amendment_block, &["note"]),
];

/// Fields that fill one slot: when one is given, none of the others may be.
const ONE_OF: &[&[&str]] = &[&["year", "at", "every"], &["adopts", "adapts"]];

/// Items a file has at most one of.
const ONCE_PER_FILE: &[&str] = &["plan", "amendment"];

/// Whether a field may be given again in a block of kind `rule`.
pub(super) fn repeatable(rule: Rule, field: &str) -> bool {
    REPEATABLE
        .iter()
        .any(|(r, fields)| *r == rule && fields.contains(&field))
}

/// Whether a field is already given in the container, itself or one that fills its slot.
fn given(container: &Container, field: &str) -> bool {
    let slot: &[&str] = ONE_OF
        .iter()
        .find(|group| group.contains(&field))
        .copied()
        .unwrap_or(std::slice::from_ref(&field));
    slot.iter().any(|f| container.given.contains(f)) && !repeatable(container.rule, field)
}

/// Whether the grammar may start a top-level item at the cursor: outside every block, where
/// the file may also end.
pub(super) fn items_expected(expected: &[Rule]) -> bool {
    expected.contains(&Rule::EOI)
}

/// Adds the keywords the grammar may read at the cursor to `out`.
pub(super) fn offer(
    out: &mut Vec<Completion>,
    expected: &[Rule],
    scan: &Scan<'_>,
    place: &Place,
    container: Option<&Container>,
    lang: Lang,
) {
    let mut continuing = Vec::new();
    let mut fields = Vec::new();
    let mut items = Vec::new();
    // After a keyword that wants more (`every`, `due`), what follows continues its field,
    // even a word that may also start one (`every year`, `due in`).
    let field_start = place.at_field_start(scan);
    for word in expected.iter().flat_map(|r| keywords_of(*r)) {
        if continuing.contains(&word) || fields.contains(&word) || items.contains(&word) {
            continue;
        }
        let is_field = field_start && container.is_some_and(|c| c.fields.contains(&word));
        let item = items_expected(expected) && item_words().contains(&word);
        if is_field {
            if !container.is_some_and(|c| given(c, word)) {
                fields.push(word);
            }
        } else if item {
            if !(ONCE_PER_FILE.contains(&word) && written_elsewhere(scan, place, word)) {
                items.push(word);
            }
        } else {
            continuing.push(word);
        }
    }
    let describe = |word: &str, kind| {
        Completion::new(word, kind, place.typed).detail(lang.text(&format!("ide-keyword-{word}")))
    };
    out.extend(
        continuing
            .iter()
            .map(|w| describe(w, CompletionKind::Keyword)),
    );
    out.extend(fields.iter().map(|w| describe(w, CompletionKind::Field)));
    out.extend(items.iter().map(|w| describe(w, CompletionKind::Keyword)));
}

/// Whether the file starts an item with `word` other than at the cursor.
fn written_elsewhere(scan: &Scan<'_>, place: &Place, word: &str) -> bool {
    scan.tokens.iter().enumerate().any(|(i, t)| {
        scan.word(t) == word && scan.starts_item(i) && t.span.start() != place.typed.start()
    })
}
