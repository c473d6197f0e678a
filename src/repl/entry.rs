//! A query typed over several lines: the REPL adds each line as it comes and asks whether the
//! query is finished. Quotes and parentheses are scanned once per line, and the last word is
//! kept, so that pasting a query of many thousand lines takes time in proportion to its
//! length, not a parse of everything typed so far at every line (20,000 lines took 90 s).

use crate::query::is_incomplete_scanned;
use crate::query::limits::Brackets;
use crate::query::parse::{ends_unfinished, is_incomplete_with};

/// Up to this many bytes the query parser decides whether the lines typed so far are a
/// finished query, exactly; beyond it (a pasted query: a page of typing is 2 KiB), open
/// quotes and parentheses and the last word decide, and the parser still judges the query
/// when it runs. The parses before the limit cost at most 4 MB of parsing in all (2,048
/// lines of two characters).
pub(super) const PARSED_UP_TO: usize = 4 * 1024;

/// The lines of a query typed so far, with what is needed to tell cheaply whether it is
/// finished.
#[derive(Clone, Debug, Default)]
pub struct Entry {
    text: String,
    brackets: Brackets,
    /// The last word (or run of symbols) of the last line that is not blank.
    last: String,
}

impl Entry {
    /// Adds a line (joined to the ones before by a newline).
    pub fn push_line(&mut self, line: &str) {
        if !self.text.is_empty() {
            self.text.push('\n');
            self.brackets.feed("\n");
        }
        self.text.push_str(line);
        self.brackets.feed(line);
        if let Some(last) = last_token(line) {
            self.last = last.to_string();
        }
    }

    /// Whether no line has been added since the entry was made or last taken.
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// The lines added so far, joined by newlines.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Whether the lines so far are finished: a command always is; a query is when it is not
    /// cut short (an open parenthesis or text, a trailing `and`).
    pub fn is_complete(&self) -> bool {
        if self.text.trim_start().starts_with(':') {
            return true;
        }
        if self.text.len() <= PARSED_UP_TO {
            return !is_incomplete_scanned(&self.text, &self.brackets);
        }
        !is_incomplete_with(&self.text, &self.brackets, || ends_unfinished(&self.last))
    }

    /// The text entered, leaving the entry empty for the next query.
    pub fn take(&mut self) -> String {
        self.brackets = Brackets::default();
        self.last.clear();
        std::mem::take(&mut self.text)
    }
}

/// The last word of a line, or its last run of symbols (`,`, `>=`, `..`), if it is not blank.
fn last_token(line: &str) -> Option<&str> {
    let line = line.trim_end();
    let is_word = |c: char| c.is_alphanumeric() || c == '_';
    let last = line.chars().next_back()?;
    let same = |c: char| !c.is_whitespace() && is_word(c) == is_word(last);
    let start = line
        .char_indices()
        .rev()
        .take_while(|&(_, c)| same(c))
        .last()
        .map_or(line.len(), |(i, _)| i);
    Some(&line[start..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_join_until_the_query_is_finished() {
        let mut entry = Entry::default();
        entry.push_line("indicators where (lead = \"y");
        assert!(!entry.is_complete(), "an open text");
        entry.push_line("te\" or");
        assert!(!entry.is_complete(), "an open parenthesis");
        entry.push_line("lead = gddt) and");
        assert!(!entry.is_complete(), "a trailing `and`");
        entry.push_line("status = achieved");
        assert!(entry.is_complete());
        assert_eq!(
            entry.take(),
            "indicators where (lead = \"y\nte\" or\nlead = gddt) and\nstatus = achieved"
        );
        assert!(entry.is_empty());
        entry.push_line("indicatrs where (");
        assert!(
            entry.is_complete(),
            "an unknown start is an error, not unfinished"
        );
        entry.take();
        entry.push_line(":load (");
        assert!(entry.is_complete(), "a command");
    }

    #[test]
    fn the_last_token_is_a_word_or_a_run_of_symbols() {
        assert_eq!(last_token("lead = yte and  "), Some("and"));
        assert_eq!(last_token("target_year >="), Some(">="));
        assert_eq!(last_token("due 2025-01-01.."), Some(".."));
        assert_eq!(last_token("columns id,"), Some(","));
        assert_eq!(last_token("title ~ \"trẻ em\""), Some("\""));
        assert_eq!(last_token("   "), None);
    }

    /// Past `PARSED_UP_TO`, the last word decides; and a query of 20,000 lines is read in
    /// time proportional to its length (a parse at every line took minutes in a debug build).
    #[test]
    fn a_pasted_query_of_20000_lines_ends_where_it_ends() {
        for (open, close) in [("(", ")"), ("", "")] {
            let mut entry = Entry::default();
            entry.push_line(&format!("indicators where {open}"));
            for _ in 0..20_000 {
                entry.push_line("lead = yte or");
                assert!(!entry.is_complete());
            }
            entry.push_line(&format!("lead = gddt{close} columns id"));
            assert!(entry.is_complete());
            assert!(entry.text().len() > PARSED_UP_TO);
        }
        let mut long = Entry::default();
        long.push_line(&format!(
            "indicators where {}",
            "lead = yte or ".repeat(2000)
        ));
        long.push_line("lead");
        assert!(
            long.is_complete(),
            "beyond the limit a field name alone does not ask for more"
        );
        long.push_line("and");
        assert!(!long.is_complete());
    }
}
