//! The lines a layout writes, each at its depth, and the one rule that looks at several lines
//! at once: level targets' comparisons aligned. Shared by [`super::print`] and
//! [`crate::syntax::format::format`], so that both write one layout.

use super::INDENT;

/// One line: its depth of `{ }` and its text (a comment over several lines holds line breaks;
/// only its first line is indented).
#[derive(Debug)]
struct Written {
    depth: usize,
    text: String,
    /// For a level target at a milestone: the byte offset in `text` where the milestone ends.
    milestone_end: Option<usize>,
}

/// The lines written so far; a blank line is a line with no text.
#[derive(Debug, Default)]
pub(crate) struct Lines {
    lines: Vec<Written>,
}

impl Lines {
    /// A line of `text` at `depth`; `milestone_end` where a level target's milestone ends in it.
    pub(crate) fn push(&mut self, depth: usize, text: String, milestone_end: Option<usize>) {
        self.lines.push(Written {
            depth,
            text,
            milestone_end,
        });
    }

    pub(crate) fn blank(&mut self) {
        self.push(0, String::new(), None);
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// The text of the last line, to add a comment at its end.
    pub(crate) fn last_text(&mut self) -> Option<&mut String> {
        self.lines.last_mut().map(|line| &mut line.text)
    }

    /// The text: each line indented by its depth, every line ended by a line break, and the
    /// comparisons of each run of level targets aligned ([`align_targets`]).
    pub(crate) fn finish(mut self) -> String {
        align_targets(&mut self.lines);
        let size: usize = self
            .lines
            .iter()
            .map(|l| l.text.len() + l.depth * INDENT.len() + 1)
            .sum();
        let mut out = String::with_capacity(size);
        for line in &self.lines {
            if !line.text.is_empty() {
                for _ in 0..line.depth {
                    out.push_str(INDENT);
                }
                out.push_str(&line.text);
            }
            out.push('\n');
        }
        out
    }
}

/// In each run of consecutive lines that are level targets at a milestone, at one depth,
/// spaces after each milestone make it as wide as the run's widest, so that the comparisons
/// stand in one column (`target 2025    >= 95` over `target 2026-H1 >= 40`). Any other line
/// (another field, a comment on its own line, a blank line) ends a run. Widths are counted in
/// characters; milestones are ASCII.
fn align_targets(lines: &mut [Written]) {
    let mut start = 0;
    while start < lines.len() {
        let depth = lines[start].depth;
        let run = lines[start..]
            .iter()
            .take_while(|l| l.milestone_end.is_some() && l.depth == depth)
            .count();
        if run < 2 {
            start += 1;
            continue;
        }
        let run = &mut lines[start..start + run];
        let width = |l: &Written| {
            l.milestone_end
                .map_or(0, |end| l.text[..end].chars().count())
        };
        let widest = run.iter().map(width).max().unwrap_or(0);
        for line in run.iter_mut() {
            let pad = widest - width(line);
            if let Some(end) = line.milestone_end.filter(|_| pad > 0) {
                line.text.insert_str(end, &" ".repeat(pad));
            }
        }
        start += run.len();
    }
}

#[cfg(test)]
mod tests {
    use super::Lines;

    #[test]
    fn a_run_of_level_targets_has_its_comparisons_in_one_column() {
        let mut lines = Lines::default();
        lines.push(0, "indicator 1 \"I\" {".into(), None);
        lines.push(1, "target 2025 >= 95".into(), Some(11));
        lines.push(1, "target 2026-H1 >= 40".into(), Some(14));
        lines.push(1, "target 2026-Q3 cumulative >= 750".into(), Some(25));
        lines.push(1, "lead yte".into(), None);
        // Another run: alone, it is left as it is.
        lines.push(1, "target 2030-H2 >= 99".into(), Some(14));
        lines.blank();
        lines.push(1, "target 2031 >= 99".into(), Some(11));
        lines.push(0, "}".into(), None);
        assert_eq!(
            lines.finish(),
            "indicator 1 \"I\" {\n\
             \x20   target 2025               >= 95\n\
             \x20   target 2026-H1            >= 40\n\
             \x20   target 2026-Q3 cumulative >= 750\n\
             \x20   lead yte\n\
             \x20   target 2030-H2 >= 99\n\
             \n\
             \x20   target 2031 >= 99\n\
             }\n"
        );
    }

    #[test]
    fn targets_at_other_depths_or_of_equal_width_are_left_as_they_are() {
        let mut lines = Lines::default();
        lines.push(1, "target 2025 >= 95".into(), Some(11));
        lines.push(2, "target 2026-H1 >= 40".into(), Some(14));
        lines.push(2, "target 2027-H1 < 4".into(), Some(14));
        assert_eq!(
            lines.finish(),
            "    target 2025 >= 95\n        target 2026-H1 >= 40\n        target 2027-H1 < 4\n"
        );
    }
}
