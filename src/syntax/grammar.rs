//! The pest parser generated from `grammar/plan.pest`, the single source of the syntax.

use pest_derive::Parser;

/// The generated parser; its `Rule` enum names every grammar rule.
#[derive(Parser)]
#[grammar = "../grammar/plan.pest"]
pub struct PlanParser;
