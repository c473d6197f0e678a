//! On the header of an indicator or a part that takes up no parent indicator, in a plan that
//! leaves some of its parent's unmapped: an `adopts` line for one of them, those whose titles
//! share the most words with its own first.

use super::{layout, waive::unmapped, ActionKind, CodeAction};
use crate::diagnostic::Code;
use crate::i18n::Lang;
use crate::ide::{Analysis, FileEdits};
use crate::source::Span;
use rustc_hash::FxHashSet;

/// How many parent indicators are offered at most.
const OFFERED: usize = 5;

/// Adds the `adopts` actions for the measure `span` is in.
pub(super) fn offer(out: &mut Vec<CodeAction>, analysis: &Analysis, span: Span, lang: Lang) {
    let model = &analysis.checked.model;
    let links = crate::cascade::links(model);
    let Some(parent) = links.parent else {
        return;
    };
    // The measure whose header (`indicator 3 "..." {`, `part a "..." {`) the cursor is on:
    // offered everywhere in its block, the actions would crowd every other one.
    let text = analysis.source().text();
    let header = |start: usize| {
        let open = text[start..].find('{').map_or(start, |i| start + i);
        Span::new(start, open)
    };
    let Some(measure) = model.measures.values().find(|m| {
        let h = header(m.span.start());
        h.start() <= span.start() && span.end() <= h.end()
    }) else {
        return;
    };
    if measure.maps.is_some() {
        return;
    }
    let unmapped_warning = analysis.checked.diagnostics.iter().position(|d| {
        d.code() == Code::ParentUnmapped
            && d.source()
                .is_some_and(|s| s.name() == analysis.source().name())
    });
    let mut candidates: Vec<_> = unmapped(model, parent).collect();
    candidates.sort_by_key(|m| std::cmp::Reverse(likeness(&measure.title, &m.title)));
    for candidate in candidates.into_iter().take(OFFERED) {
        let name = format!("{}.{}", parent.alias, candidate.id);
        let Some(edit) = layout::field_at_end(text, measure.span, &format!("adopts {name}")) else {
            continue;
        };
        let title = lang.text_with(
            "ide-action-adopt",
            &[
                ("parent", name.as_str().into()),
                ("title", candidate.title.as_str().into()),
            ],
        );
        out.push(CodeAction {
            title,
            kind: ActionKind::QuickFix,
            diagnostic: unmapped_warning,
            edits: vec![FileEdits {
                source: analysis.source().clone(),
                edits: vec![edit],
            }],
        });
    }
}

/// How alike two titles are: the pairs of consecutive words they share count twice, the
/// words once (Vietnamese words are syllables: "tỷ lệ" and "trẻ em" are pairs).
fn likeness(a: &str, b: &str) -> usize {
    let words = |t: &str| -> Vec<String> {
        t.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let (a, b) = (words(a), words(b));
    let pairs = |w: &[String]| -> FxHashSet<(String, String)> {
        w.windows(2).map(|p| (p[0].clone(), p[1].clone())).collect()
    };
    let single: FxHashSet<&String> = a.iter().collect();
    let shared_words = b
        .iter()
        .collect::<FxHashSet<_>>()
        .intersection(&single)
        .count();
    let shared_pairs = pairs(&a).intersection(&pairs(&b)).count();
    2 * shared_pairs + shared_words
}
