//! Rendering at the edges: diagnostics for people, editors and programs; the model as text
//! or JSON.

pub mod cascade;
pub mod chart;
pub mod csv;
pub mod diagnostics;
pub mod evaluation;
pub mod format;
pub mod history;
pub mod model_json;
pub mod model_text;
pub mod query;
pub mod report;
pub mod snippet;
pub mod terminal;
pub mod units;
pub mod workbook;
