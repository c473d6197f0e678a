//! Evaluating observed data against a plan (DESIGN.md §3).

pub mod method;
pub mod period;

pub use method::{judge, Context, Judgement, Point, Status};
pub use period::Period;
