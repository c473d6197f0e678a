//! Characters that make plan text read otherwise than it is.

use crate::diagnostic::Code;

/// Characters that look like others or reorder the line, so that the text a person sees is
/// not the text the checker reads.
#[derive(Clone, Debug, PartialEq)]
pub enum Characters {
    /// An identifier whose letters come from several scripts; `odd` the first letter of
    /// the second script, and that script's name.
    MixedScript {
        /// The identifier as written.
        id: String,
        /// The names of the scripts its letters come from (`Latin`, `Cyrillic`).
        scripts: Vec<String>,
        /// The first letter of the second script, and that script's name.
        odd: Option<(char, String)>,
    },
    /// A bidirectional control character in a string or comment.
    BidiControl {
        /// The control character (U+202E, U+2066...).
        control: char,
    },
}

impl Characters {
    /// The stable code of the problem.
    pub fn code(&self) -> Code {
        match self {
            Characters::MixedScript { .. } => Code::MixedScriptId,
            Characters::BidiControl { .. } => Code::BidiControl,
        }
    }
}
