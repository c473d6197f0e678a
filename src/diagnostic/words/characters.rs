//! Characters that make the text read otherwise than it is.

use super::Words;
use crate::diagnostic::problem::Characters;

pub(super) fn words(problem: &Characters) -> Words {
    match problem {
        Characters::MixedScript { id, scripts, odd } => {
            let odd = odd.as_ref().map_or(String::new(), |(ch, script)| {
                format!(" (`{ch}`, U+{:04X}, is {script})", *ch as u32)
            });
            Words::new(
                format!("`{id}` mixes {} letters{odd}", scripts.join(" and ")),
                "letters of different scripts that can look alike",
                "a letter that looks Latin may be Cyrillic or Greek (`е`, `о`, `а`): type the identifier again with one keyboard layout",
            )
        }
        Characters::BidiControl { control } => Words::new(
            format!(
                "U+{:04X}, a character that changes the direction of the text, makes this line read differently from how it is read as a plan",
                *control as u32
            ),
            "an invisible direction control",
            "remove it: plan text reads left to right; a right-to-left name needs no control character",
        ),
    }
}
