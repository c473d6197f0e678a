//! The pest parser generated from `grammar/plan.pest`, the single source of the syntax.
// pest_derive generates `Rule` (a variant per rule of the grammar) and `Rule::all_rules`
// without docs; the grammar's comments say what each rule reads.
#![allow(missing_docs)]

use pest_derive::Parser;

/// The generated parser; its `Rule` enum names every grammar rule.
#[derive(Parser)]
#[grammar = "../grammar/plan.pest"]
pub struct PlanParser;
