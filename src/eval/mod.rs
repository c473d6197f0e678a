//! Evaluating observed data against a plan (ARCHITECTURE.md, "Evaluation"; docs/data-and-evaluation.md, "Evaluating data").

pub mod method;
pub mod note;
pub mod period;
pub mod series;

pub use method::{judge, Context, Judgement, Point, Status};
pub use period::Period;
pub mod evaluate;
pub mod reporting;
pub mod schedule;
pub mod tasks;

pub use evaluate::{evaluate, evaluate_area, EvalError, Evaluation, TargetResult};
