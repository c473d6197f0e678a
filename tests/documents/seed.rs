//! Reading a seed document by its own section numbers, for the tests that check a plan file
//! against the document it encodes (`tests/documents/dong_nai_model.rs`, `tests/documents/can_tho_model.rs`).
//!
//! A label is written as the plans cite sections: a Roman part, then numbers, then a letter
//! ("III.2.13.b", "II.6.1", "II.1.a", "IV"). The Roman part is found by its heading line
//! ("III. NHIỆM VỤ ..."), each number by the line that starts with the numbers of its depth
//! ("2.13. ", "6.1. ", "1. "), the letter by the line that starts "b) ". A section runs until
//! the next heading of the same or a higher level.

#![allow(dead_code)]

use std::io::Write;
use std::path::PathBuf;

/// The environment variable naming the folder that holds the source documents. They are not
/// part of the repository, so a clone alone skips the tests that read them; CI sets it.
pub const SOURCES: &str = "PLANLANG_SOURCES";

/// The text of the source document `name` from the folder `PLANLANG_SOURCES` names (a
/// relative folder is taken from the crate's root), or `None` when the variable is unset:
/// the caller then skips its comparison, and one line on stderr says so. When the variable is
/// set, a missing document fails the test: a skip there would hide a wrong number.
pub fn read(name: &str) -> Option<String> {
    let Some(folder) = std::env::var_os(SOURCES).filter(|f| !f.is_empty()) else {
        say_skipped();
        return None;
    };
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join(folder)
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{SOURCES} is set, but the source document {} cannot be read: {e}",
            path.display()
        )
    });
    Some(text)
}

/// Says once per test binary that the document comparisons were skipped. It writes to the
/// process's stderr itself: the test harness captures `eprintln!` of passing tests.
fn say_skipped() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let _ = writeln!(
            std::io::stderr(),
            "note: the comparisons of plans with their source documents were skipped: {SOURCES} is not set (set it to the folder holding the documents to run them)"
        );
    });
}

/// The document's own text: the copier's preface, before the `====` rule, removed.
pub fn body(seed: &str) -> &str {
    seed.split_once("\n====")
        .and_then(|(_, rest)| rest.split_once('\n'))
        .map_or(seed, |(_, rest)| rest)
}

const ROMANS: [&str; 8] = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"];

/// The depth of a numbered heading line ("2.13. Ủy ban ..." is 2, "1. Mục đích" is 1), or 0.
fn numbered_depth(line: &str) -> usize {
    let Some((head, _)) = line.split_once(' ') else {
        return 0;
    };
    let Some(numbers) = head.strip_suffix('.') else {
        return 0;
    };
    let parts: Vec<&str> = numbers.split('.').collect();
    if parts
        .iter()
        .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    {
        parts.len()
    } else {
        0
    }
}

fn is_roman_heading(line: &str) -> bool {
    ROMANS
        .iter()
        .any(|r| line.starts_with(&format!("{r}. ")) && line == line.to_uppercase())
        || line.starts_with("Nơi nhận:")
}

fn is_letter_heading(line: &str) -> bool {
    let mut chars = line.chars();
    matches!(
        (chars.next(), chars.next(), chars.next()),
        (Some(c), Some(')'), Some(' ')) if c.is_lowercase()
    )
}

/// The text of the section `label` ("III.2.13.b"), its heading line included; `None` when the
/// document has no such section.
pub fn section(seed: &str, label: &str) -> Option<String> {
    let lines: Vec<&str> = body(seed).lines().collect();
    let mut parts = label.split('.');
    let roman = parts.next()?;
    // The Roman part: from its heading to the next one.
    let start = lines
        .iter()
        .position(|l| is_roman_heading(l) && l.starts_with(&format!("{roman}. ")))?;
    let end = lines[start + 1..]
        .iter()
        .position(|l| is_roman_heading(l))
        .map_or(lines.len(), |p| start + 1 + p);
    let (mut from, mut to) = (start, end);
    let mut numbers: Vec<&str> = Vec::new();
    for part in parts {
        (from, to) = if part.bytes().all(|b| b.is_ascii_digit()) {
            numbers.push(part);
            let depth = numbers.len();
            let prefix = format!("{}. ", numbers.join("."));
            within(&lines, (from, to), &prefix, |l| {
                (1..=depth).contains(&numbered_depth(l))
            })?
        } else {
            within(&lines, (from, to), &format!("{part}) "), is_letter_heading)?
        };
    }
    Some(lines[from..to].join("\n"))
}

/// Within the section of `lines[from..to]`, the subsection whose heading starts with
/// `prefix`: from that heading to the next line that `ends` it, or to `to`.
fn within(
    lines: &[&str],
    (from, to): (usize, usize),
    prefix: &str,
    ends: impl Fn(&str) -> bool,
) -> Option<(usize, usize)> {
    let at = lines[from + 1..to]
        .iter()
        .position(|l| l.starts_with(prefix))?;
    let from = from + 1 + at;
    let to = lines[from + 1..to]
        .iter()
        .position(|l| ends(l))
        .map_or(to, |p| from + 1 + p);
    Some((from, to))
}

/// The section labels a citation names: `"IV.2; III.1.4"` → `["IV.2", "III.1.4"]`; words
/// after a label ("III (đoạn cuối)", "II.1.a, chỉ tiêu thứ 3") are left out.
pub fn labels(citation: &str) -> Vec<String> {
    citation
        .split(';')
        .filter_map(|c| {
            let word = c.trim().split([' ', ',']).next()?;
            let roman = word.split('.').next()?;
            ROMANS.contains(&roman).then(|| word.to_string())
        })
        .collect()
}

/// The labels of the sections `label` is made of: its numbered subsections, or its lettered
/// points where it has them, recursively; the label itself when it has neither.
pub fn leaves(seed: &str, label: &str) -> Vec<String> {
    let Some(text) = section(seed, label) else {
        return Vec::new();
    };
    let lines: Vec<&str> = text.lines().skip(1).collect();
    let depth = label
        .split('.')
        .filter(|p| p.bytes().all(|b| b.is_ascii_digit()))
        .count();
    let prefix = label
        .split('.')
        .skip(1)
        .filter(|p| p.bytes().all(|b| b.is_ascii_digit()))
        .collect::<Vec<_>>()
        .join(".");
    let mut children: Vec<String> = lines
        .iter()
        .filter(|l| numbered_depth(l) == depth + 1)
        .filter_map(|l| {
            let head = l.split(' ').next()?.trim_end_matches('.');
            let own = if prefix.is_empty() {
                head.to_string()
            } else {
                head.strip_prefix(&format!("{prefix}."))?.to_string()
            };
            (!own.contains('.')).then(|| format!("{label}.{own}"))
        })
        .collect();
    if children.is_empty() {
        children = lines
            .iter()
            .filter(|l| is_letter_heading(l))
            .filter_map(|l| l.split(')').next().map(|c| format!("{label}.{c}")))
            .collect();
        return if children.is_empty() {
            vec![label.to_string()]
        } else {
            children
        };
    }
    children.iter().flat_map(|c| leaves(seed, c)).collect()
}

/// Numbers followed by `%`, in order, decimal comma read ("03%" is 3, "2,1" is 2.1).
pub fn percents(text: &str) -> Vec<f64> {
    numbers_before(text, |rest| rest.starts_with('%'))
}

/// Every number, in order, with the text after it.
pub fn numbers_with_rest(text: &str) -> Vec<(f64, String)> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let starts = chars[i].is_ascii_digit() && (i == 0 || !chars[i - 1].is_ascii_digit());
        if !starts {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len()
            && (chars[i].is_ascii_digit()
                || chars[i] == ',' && chars.get(i + 1).is_some_and(char::is_ascii_digit))
        {
            i += 1;
        }
        let raw: String = chars[start..i].iter().collect();
        let value: f64 = raw.replace(',', ".").parse().expect("a number");
        out.push((value, chars[i..].iter().collect()));
    }
    out
}

fn numbers_before(text: &str, follows: impl Fn(&str) -> bool) -> Vec<f64> {
    numbers_with_rest(text)
        .into_iter()
        .filter(|(_, rest)| follows(rest))
        .map(|(v, _)| v)
        .collect()
}
