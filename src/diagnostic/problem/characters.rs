//! Characters that make plan text read otherwise than it is.

use crate::diagnostic::Code;

#[derive(Clone, Debug, PartialEq)]
pub enum Characters {
    /// An identifier whose letters come from several scripts; `odd` the first letter of
    /// the second script, and that script's name.
    MixedScript {
        id: String,
        scripts: Vec<String>,
        odd: Option<(char, String)>,
    },
    /// A bidirectional control character in a string or comment.
    BidiControl { control: char },
}

impl Characters {
    pub fn code(&self) -> Code {
        match self {
            Characters::MixedScript { .. } => Code::MixedScriptId,
            Characters::BidiControl { .. } => Code::BidiControl,
        }
    }
}
