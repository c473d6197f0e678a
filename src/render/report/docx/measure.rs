//! How wide a body's name is in the header, to break it over lines as officers do and to draw
//! the rule under it at a third to a half of its length (the decree's proportion). The names
//! are set in uppercase bold Times New Roman; the widths of its capitals, digits and marks are
//! those of Liberation Serif Bold, which is metric-compatible with it (the font LibreOffice
//! puts in its place), in 1/2048 of the size. A Vietnamese capital is as wide as its letter
//! without marks (`Ủ` as `U`).

use super::layout::CELL_MARGIN;
use unicode_normalization::UnicodeNormalization;

/// The advance of `c`'s base letter, in 1/2048 of the size.
fn advance(c: char) -> u32 {
    let base = match c {
        'Đ' => 'D',
        _ => c.nfd().next().unwrap_or(c),
    };
    match base {
        ' ' | ',' | '.' => 512,
        'A' | 'C' | 'D' | 'N' | 'R' | 'U' | 'V' | 'X' | 'Y' => 1479,
        'B' | 'E' | 'L' | 'T' | 'Z' => 1366,
        'F' | 'P' => 1251,
        'G' | 'H' | 'K' | 'O' | 'Q' => 1593,
        'I' => 797,
        'J' | '0'..='9' => 1024,
        'M' => 1933,
        'S' => 1139,
        'W' => 2048,
        '-' | '(' | ')' => 682,
        '&' => 1706,
        '/' => 569,
        // Anything else (a lowercase letter in a blank's text): about an average capital.
        _ => 1366,
    }
}

/// The width of `text`, set in uppercase bold at `size` half-points, in twips (to the
/// nearest).
pub(super) fn width(text: &str, size: usize) -> u32 {
    let units: u64 = text.chars().map(|c| u64::from(advance(c))).sum();
    let twips = (units * size as u64 * 10 + 1024) / 2048;
    u32::try_from(twips).unwrap_or(u32::MAX)
}

/// The most words a name is balanced over; a longer one (no body's name is) is left to wrap
/// as it falls.
const BALANCED_WORDS: usize = 24;

/// The words before which officers break a body's name over two lines, in order of
/// preference: the `VÀ` that joins its fields (`SỞ LAO ĐỘNG - THƯƠNG BINH` over `VÀ XÃ HỘI`),
/// then the level of the area it serves (`ỦY BAN NHÂN DÂN` over `TỈNH SƠN LA`), as the
/// decree's own examples break them.
const BREAK_BEFORE: [&[&str]; 2] = [
    &["VÀ"],
    &["TỈNH", "THÀNH", "HUYỆN", "QUẬN", "THỊ", "XÃ", "PHƯỜNG"],
];

/// `text` (in capitals) broken into lines that fit a column `column` twips wide: whole when
/// it fits; else over two lines before one of [`BREAK_BEFORE`]'s words, when both fit; else
/// into as few lines as fit, as even as can be, the first lines the longer when two ways are
/// as even.
pub(super) fn lines(text: &str, size: usize, column: u32) -> Vec<String> {
    let room = column.saturating_sub(2 * CELL_MARGIN);
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.is_empty() || width(text, size) <= room || words.len() > BALANCED_WORDS {
        return vec![text.to_string()];
    }
    for before in BREAK_BEFORE {
        let fits = (1..words.len()).find(|&at| {
            before.contains(&words[at])
                && width(&words[..at].join(" "), size) <= room
                && width(&words[at..].join(" "), size) <= room
        });
        if let Some(at) = fits {
            return vec![words[..at].join(" "), words[at..].join(" ")];
        }
    }
    let join = |w: &[&str]| w.join(" ");
    for count in 2..=words.len().min(4) {
        let mut best: Option<(u32, Vec<u32>, Vec<usize>)> = None;
        for breaks in splits(words.len(), count) {
            let mut bounds = vec![0];
            bounds.extend(&breaks);
            bounds.push(words.len());
            let widths: Vec<u32> = bounds
                .windows(2)
                .map(|b| width(&join(&words[b[0]..b[1]]), size))
                .collect();
            let widest = widths.iter().copied().max().unwrap_or(0);
            let better = match &best {
                None => true,
                Some((w, ws, _)) => widest < *w || (widest == *w && widths > *ws),
            };
            if better {
                best = Some((widest, widths, breaks));
            }
        }
        if let Some((widest, _, breaks)) = best {
            if widest <= room || count == words.len().min(4) {
                let mut bounds = vec![0];
                bounds.extend(&breaks);
                bounds.push(words.len());
                return bounds
                    .windows(2)
                    .map(|b| join(&words[b[0]..b[1]]))
                    .collect();
            }
        }
    }
    vec![text.to_string()]
}

/// Every way to break `n` words into `count` lines: the indices where lines 2.. start.
fn splits(n: usize, count: usize) -> Vec<Vec<usize>> {
    fn go(from: usize, n: usize, left: usize, now: &mut Vec<usize>, out: &mut Vec<Vec<usize>>) {
        if left == 0 {
            out.push(now.clone());
            return;
        }
        for start in from..n {
            if n - start < left {
                break;
            }
            now.push(start);
            go(start + 1, n, left - 1, now, out);
            now.pop();
        }
    }
    let mut out = Vec::new();
    go(1, n, count - 1, &mut Vec::new(), &mut out);
    out
}
