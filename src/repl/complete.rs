//! Tab completion: commands, keywords, field names, and the ids of the loaded plan
//! (indicators, agencies, objectives, reports, named queries).

use super::commands::COMMANDS;
use super::help::TOPICS;
use super::session::Session;
use crate::eval::tasks::TaskState;
use crate::eval::Status;
use crate::query::parse::{KEYWORDS, STARTS};
use crate::query::schema::Subject;
use crate::render::format::Output;
use crate::syntax::keywords::DIRECTIONS;

/// What to complete at the cursor.
#[derive(Debug, PartialEq)]
pub enum Completion {
    /// Replace the text from this byte offset with one of these.
    Words(usize, Vec<String>),
    /// A file path (after `:load` and `:data`): the front end completes it from the disk.
    Path,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '-' || c == ':'
}

impl Session {
    /// What may complete the word that ends at byte `pos` of `line`: a command, a keyword, a
    /// field or an id of the loaded plan, as the words before the cursor allow; a file path
    /// after `:load` and `:data`.
    pub fn complete(&self, line: &str, pos: usize) -> Completion {
        let pos = pos.min(line.len());
        let before = line.get(..pos).unwrap_or(line);
        let start = before
            .char_indices()
            .rev()
            .find(|(_, c)| !is_word_char(*c))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let prefix = &before[start..];
        let words: Vec<&str> = before[..start].split_whitespace().collect();
        let mut candidates: Vec<String> = Vec::new();
        if let Some(command) = before.trim_start().strip_prefix(':') {
            if words.is_empty() {
                candidates.extend(COMMANDS.iter().map(|c| format!(":{}", c.0)));
            } else {
                let name = command.split_whitespace().next().unwrap_or("");
                match name {
                    "load" | "l" | "data" | "d" => return Completion::Path,
                    "run" => candidates.extend(self.named_queries()),
                    "explain" | "x" => candidates.extend(self.indicator_ids()),
                    "format" | "f" => {
                        candidates.extend(Output::Answer.names().into_iter().map(String::from))
                    }
                    "help" | "h" => candidates.extend(TOPICS.map(String::from)),
                    _ => {}
                }
            }
        } else if words.is_empty() {
            candidates.extend(STARTS.iter().map(|s| s.to_string()));
        } else if words.last() == Some(&"show") {
            candidates.extend(self.indicator_ids());
            candidates.extend(self.ids(|m| {
                let mut ids: Vec<String> = m.agencies.keys().cloned().collect();
                ids.extend(m.tasks.keys().cloned());
                ids.extend(m.projects.keys().cloned());
                ids
            }));
        } else {
            candidates.extend(KEYWORDS.iter().map(|k| k.to_string()));
            candidates.extend(Subject::ALL.map(|s| s.as_str().to_string()));
            // The fields of the subject named in the line, else of every subject.
            let subject = words.iter().find_map(|w| Subject::parse(w));
            let subjects = subject.map_or(Subject::ALL.to_vec(), |s| vec![s]);
            for s in subjects {
                candidates.extend(s.fields().iter().map(|f| f.name.to_string()));
            }
            candidates.extend(Status::ALL.map(|s| s.as_str().to_string()));
            candidates.extend(["on_time", "late", "missing", "upcoming"].map(String::from));
            candidates.extend(TaskState::ALL.map(|s| s.as_str().to_string()));
            candidates.extend(DIRECTIONS.words().map(String::from));
            candidates.extend(self.indicator_ids());
            candidates.extend(self.ids(|m| {
                let mut ids: Vec<String> = m.agencies.keys().cloned().collect();
                ids.extend(m.objectives.keys().cloned());
                ids.extend(m.reports.keys().cloned());
                ids.extend(m.tasks.keys().cloned());
                ids.extend(m.projects.keys().cloned());
                ids
            }));
        }
        let lower = prefix.to_lowercase();
        let mut found: Vec<String> = candidates
            .into_iter()
            .filter(|c| c.to_lowercase().starts_with(&lower))
            .collect();
        found.sort();
        found.dedup();
        Completion::Words(start, found)
    }

    fn ids(&self, pick: impl Fn(&crate::Model) -> Vec<String>) -> Vec<String> {
        self.plan().map_or(Vec::new(), |p| pick(&p.model))
    }

    fn indicator_ids(&self) -> Vec<String> {
        self.ids(|m| {
            let mut ids: Vec<String> = m.measures.keys().cloned().collect();
            ids.extend(m.indicators.keys().cloned());
            ids
        })
    }

    fn named_queries(&self) -> Vec<String> {
        self.ids(|m| m.queries.keys().cloned().collect())
    }
}
