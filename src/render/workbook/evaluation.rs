//! `plan eval --format xlsx`: an evaluation as a workbook of four sheets: the targets (the
//! CSV form's columns, numbers typed as numbers), reporting compliance and task compliance
//! (dates typed as dates), and the data's problems (each with its file, line and cell).

use super::{write_header, WriteError};
use crate::date::Date;
use crate::eval::Evaluation;
use crate::model::Model;
use crate::query::schema::{REPORTING_COLUMNS, TASK_COLUMNS};
use crate::render::evaluation::{target_fields, Field, TARGET_COLUMNS};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

/// The sheets' names: Vietnamese first, the CSV form's words after. This one lists each
/// target's row, in the CSV form's columns.
pub const TARGETS: &str = "Mục tiêu (targets)";
/// The sheet of reporting compliance: each report owed per agency and period, when it was
/// due and received, on time, late or missing.
pub const REPORTING: &str = "Báo cáo (reporting)";
/// The sheet of task compliance: each project or task owed per lead agency and period,
/// when it was due and done, done, late, overdue or upcoming.
pub const TASKS: &str = "Nhiệm vụ (tasks)";
/// The sheet of the data's problems, each with its file, line and cell.
pub const PROBLEMS: &str = "Lỗi số liệu (data)";

const PROBLEM_COLUMNS: [&str; 6] = ["severity", "file", "line", "location", "code", "message"];

/// The evaluation as the bytes of an `.xlsx` workbook.
pub fn workbook(model: &Model, e: &Evaluation) -> Result<Vec<u8>, WriteError> {
    let mut book = Workbook::new();
    targets(book.add_worksheet().set_name(TARGETS)?, model, e)?;
    reporting(book.add_worksheet().set_name(REPORTING)?, e)?;
    tasks(book.add_worksheet().set_name(TASKS)?, e)?;
    problems(book.add_worksheet().set_name(PROBLEMS)?, e)?;
    Ok(book.save_to_buffer()?)
}

fn targets(sheet: &mut Worksheet, model: &Model, e: &Evaluation) -> Result<(), XlsxError> {
    write_header(sheet, 0, &TARGET_COLUMNS)?;
    for (i, r) in e.results.iter().enumerate() {
        let row = i as u32 + 1;
        for (column, field) in target_fields(model, r).iter().enumerate() {
            let column = column as u16;
            match field {
                Field::Text(text) => sheet.write_string(row, column, text)?,
                Field::Number(v) if v.is_finite() => sheet.write_number(row, column, *v)?,
                Field::Number(_) | Field::Empty => sheet,
            };
        }
    }
    finish(sheet, e.results.len(), TARGET_COLUMNS.len())
}

fn reporting(sheet: &mut Worksheet, e: &Evaluation) -> Result<(), XlsxError> {
    write_header(sheet, 0, &REPORTING_COLUMNS)?;
    let day = Format::new().set_num_format("dd/mm/yyyy");
    for (i, r) in e.reporting.iter().enumerate() {
        let row = i as u32 + 1;
        sheet.write_string(row, 0, &r.agency)?;
        sheet.write_string(row, 1, &r.report)?;
        sheet.write_string(row, 2, r.period.to_string())?;
        write_date(sheet, row, 3, r.due, &day)?;
        if let Some(received) = r.received {
            write_date(sheet, row, 4, received, &day)?;
        }
        sheet.write_string(row, 5, r.status.as_str())?;
        sheet.write_number(row, 6, r.days_late as f64)?;
    }
    finish(sheet, e.reporting.len(), REPORTING_COLUMNS.len())
}

fn tasks(sheet: &mut Worksheet, e: &Evaluation) -> Result<(), XlsxError> {
    write_header(sheet, 0, &TASK_COLUMNS)?;
    let day = Format::new().set_num_format("dd/mm/yyyy");
    for (i, t) in e.tasks.iter().enumerate() {
        let row = i as u32 + 1;
        sheet.write_string(row, 0, t.kind)?;
        sheet.write_string(row, 1, &t.task)?;
        sheet.write_string(row, 2, &t.agency)?;
        if let Some(period) = t.period {
            sheet.write_string(row, 3, period.to_string())?;
        }
        if let Some(due) = t.due {
            write_date(sheet, row, 4, due, &day)?;
        }
        if let Some(done) = t.done_on {
            write_date(sheet, row, 5, done, &day)?;
        }
        sheet.write_string(row, 6, t.status.as_str())?;
        sheet.write_number(row, 7, t.days_late as f64)?;
        if let Some(note) = &t.note {
            sheet.write_string(row, 8, note)?;
        }
    }
    finish(sheet, e.tasks.len(), TASK_COLUMNS.len())
}

fn problems(sheet: &mut Worksheet, e: &Evaluation) -> Result<(), XlsxError> {
    write_header(sheet, 0, &PROBLEM_COLUMNS)?;
    let all = e
        .data
        .errors
        .iter()
        .map(|p| ("error", p))
        .chain(e.data.warnings.iter().map(|p| ("warning", p)));
    let mut count = 0;
    for (i, (severity, p)) in all.enumerate() {
        let row = i as u32 + 1;
        let p = crate::render::diagnostics::data_json(p, crate::i18n::Lang::En);
        sheet.write_string(row, 0, severity)?;
        sheet.write_string(row, 1, p.file)?;
        if p.line > 0 {
            sheet.write_number(row, 2, p.line as f64)?;
        }
        if let Some(location) = p.location {
            sheet.write_string(row, 3, location)?;
        }
        sheet.write_string(row, 4, p.code)?;
        sheet.write_string(row, 5, &p.message)?;
        count += 1;
    }
    finish(sheet, count, PROBLEM_COLUMNS.len())
}

/// A date cell, shown DD/MM/YYYY.
fn write_date(
    sheet: &mut Worksheet,
    row: u32,
    column: u16,
    date: Date,
    format: &Format,
) -> Result<(), XlsxError> {
    let cell = ExcelDateTime::from_ymd(date.year as u16, date.month as u8, date.day as u8)?;
    sheet.write_datetime_with_format(row, column, &cell, format)?;
    Ok(())
}

/// The header kept in view and filterable, the columns wide enough to read.
fn finish(sheet: &mut Worksheet, rows: usize, columns: usize) -> Result<(), XlsxError> {
    sheet.set_freeze_panes(1, 0)?;
    let last = columns.saturating_sub(1) as u16;
    sheet.autofilter(0, 0, rows as u32, last)?;
    sheet.autofit();
    Ok(())
}
