//! Every diagnostic is the same whatever the order of the items in the file (issue 12,
//! item 5): each bundled plan and each invalid case, its top-level items shuffled, gives the
//! same problems, with the same words, at the same written text. Indicators keep their
//! order among themselves: it is the document's numbering, which the checker reads.

use crate::common::rng::Rng;
use crate::printer::plan_files;
use planlang::i18n::Lang;
use planlang::Source;

/// The file's top-level items, each with the comments and blank lines written above it, and
/// what comes before the first (its leading comments). An item starts on a line outside any
/// block (`{ ... }`) that starts with neither a space nor `/`, as the bundled plans write
/// them.
fn items(text: &str) -> (String, Vec<String>) {
    let mut chunks: Vec<String> = vec![String::new()];
    let mut pending = String::new();
    let mut depth = 0i64;
    for line in text.split_inclusive('\n') {
        let outside = depth == 0;
        depth += braces(line);
        if outside && (line.starts_with("//") || line.trim().is_empty()) {
            pending.push_str(line);
            continue;
        }
        if outside && !line.starts_with(char::is_whitespace) {
            chunks.push(std::mem::take(&mut pending));
        }
        let last = chunks.last_mut().expect("a chunk");
        last.push_str(&std::mem::take(&mut pending));
        last.push_str(line);
    }
    if let Some(last) = chunks.last_mut() {
        last.push_str(&pending);
    }
    let head = chunks.remove(0);
    (head, chunks)
}

/// How many blocks a line opens less those it closes, outside strings and comments.
fn braces(line: &str) -> i64 {
    let mut n = 0;
    let mut in_string = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if in_string => {
                chars.next();
            }
            '"' => in_string = !in_string,
            '/' if !in_string && chars.peek() == Some(&'/') => break,
            '{' if !in_string => n += 1,
            '}' if !in_string => n -= 1,
            _ => {}
        }
    }
    n
}

/// What a diagnostic says and at which text, without its line and column.
fn said(checked: &planlang::Checked) -> Vec<String> {
    let mut out: Vec<String> = checked
        .diagnostics
        .iter()
        .map(|d| {
            let w = d.words(Lang::En);
            let at = match (d.source(), d.span()) {
                (Some(source), Some(span)) => source.slice(span).to_string(),
                _ => String::new(),
            };
            let related: Vec<String> = w.related.iter().map(|l| l.text.clone()).collect();
            format!(
                "{} | {} | {} | {:?} | {at} | {related:?}",
                d.code().as_str(),
                w.message,
                w.label,
                w.help
            )
        })
        .collect();
    out.sort();
    out
}

#[test]
fn diagnostics_do_not_depend_on_the_order_of_items() {
    let mut files = plan_files("plans");
    files.extend(plan_files("tests/cases/invalid"));
    files.extend(plan_files("tests/cases/schedules"));
    let mut rng = Rng(0x1DE5);
    let mut differing = Vec::new();
    for path in &files {
        let text = planlang::files::read_plan_text(path).expect("a plan");
        let name = path.display().to_string();
        let original = said(&planlang::load_source(Source::new(
            name.clone(),
            text.clone(),
        )));
        // A file the grammar cannot read has no items to move: what is read after an
        // unclosed block depends on what follows it.
        if original
            .iter()
            .any(|d| d.starts_with("plan::syntax") || d.starts_with("plan::unclosed_block"))
        {
            continue;
        }
        let (head, mut chunks) = items(&text);
        let original_chunks = chunks.clone();
        for _ in 0..8 {
            // Fisher–Yates, drawn from the seeded generator; then the indicators are put
            // back in their written order in the places indicators took: their order is the
            // document's (`plan::numbering_order` and `plan::numbering_gap` read it).
            for i in (1..chunks.len()).rev() {
                chunks.swap(i, rng.below(i + 1));
            }
            let is_indicator = |c: &String| {
                c.lines()
                    .find(|l| !l.starts_with("//") && !l.trim().is_empty())
                    .is_some_and(|l| l.starts_with("indicator "))
            };
            let mut in_order = original_chunks.iter().filter(|c| is_indicator(c));
            for c in chunks.iter_mut().filter(|c| is_indicator(c)) {
                *c = in_order.next().expect("as many indicators").clone();
            }
            let mut shuffled = head.clone();
            for c in &chunks {
                shuffled.push_str(c);
                if !shuffled.ends_with('\n') {
                    shuffled.push('\n');
                }
            }
            let again = said(&planlang::load_source(Source::new(name.clone(), shuffled)));
            if again != original {
                let lost: Vec<&String> = original.iter().filter(|d| !again.contains(d)).collect();
                let new: Vec<&String> = again.iter().filter(|d| !original.contains(d)).collect();
                differing.push(format!(
                    "{name}:\n  only in order: {lost:#?}\n  only shuffled: {new:#?}"
                ));
                break;
            }
        }
    }
    assert!(differing.is_empty(), "{}", differing.join("\n"));
}
