//! A worksheet's rows as they stream from the workbook: each row's non-empty cells with their
//! number formats, never the sheet's whole grid (a sheet whose two cells are A1 and
//! XFD1048576 takes two cells of memory, not seventeen billion).

use super::cells::Raw;
use super::open::Workbook;
use crate::diagnostic::SheetFailure;
use calamine::{DataRef, XlsxCellReader};
use std::io::Cursor;

/// One row: its number (from 1, as spreadsheets count) and its non-empty cells, by column.
pub(super) struct Row<'a> {
    pub number: u64,
    /// (column from 0, value, index into [`Rows::formats`]), ordered by column.
    pub cells: Vec<(usize, Raw<'a>, usize)>,
}

impl Row<'_> {
    /// The cell at `column`, if it holds something.
    pub(super) fn at(&self, column: usize) -> Option<&(usize, Raw<'_>, usize)> {
        self.cells
            .binary_search_by_key(&column, |c| c.0)
            .ok()
            .map(|i| &self.cells[i])
    }
}

/// The rows of one sheet, in order.
pub(super) struct Rows<'a, 'b> {
    reader: XlsxCellReader<'a, Cursor<&'b [u8]>>,
    /// The number format of each style of the workbook, by style id.
    pub formats: Vec<String>,
    /// A cell read past the end of the row before it.
    pending: Option<(u64, usize, Raw<'a>, usize)>,
    last: u64,
    /// The sheet's cells have all been read (reading on would run past its end).
    done: bool,
}

impl<'a, 'b> Rows<'a, 'b> {
    pub(super) fn new(
        workbook: &'a mut Workbook<'b>,
        sheet: &str,
    ) -> Result<Rows<'a, 'b>, SheetFailure> {
        let reader = workbook
            .worksheet_cells_reader(sheet)
            .map_err(|e| SheetFailure::Open {
                sheet: sheet.to_string(),
                why: e.to_string(),
            })?;
        let formats = reader
            .styles()
            .iter()
            .map(|s| {
                s.number_format
                    .as_ref()
                    .map_or_else(|| "General".to_string(), |f| f.format_code.clone())
            })
            .collect();
        Ok(Rows {
            reader,
            formats,
            pending: None,
            last: 0,
            done: false,
        })
    }

    /// The number format of a cell's style.
    pub(super) fn format(&self, style: usize) -> &str {
        self.formats.get(style).map_or("General", String::as_str)
    }

    /// The next row with a cell in it; `Err` when the sheet is damaged (its rows out of order,
    /// its XML broken).
    pub(super) fn next_row(&mut self) -> Result<Option<Row<'a>>, SheetFailure> {
        let mut row: Option<Row<'a>> = None;
        loop {
            let next = match self.pending.take() {
                Some(cell) => Some(cell),
                None => self.next_cell()?,
            };
            let Some((number, column, value, style)) = next else {
                return Ok(row);
            };
            match &mut row {
                None => {
                    if number < self.last {
                        return Err(SheetFailure::OutOfOrder {
                            row: number,
                            after: self.last,
                        });
                    }
                    self.last = number;
                    row = Some(Row {
                        number,
                        cells: vec![(column, value, style)],
                    });
                }
                Some(r) if r.number == number => r.cells.push((column, value, style)),
                Some(r) => {
                    self.pending = Some((number, column, value, style));
                    r.cells.sort_by_key(|c| c.0);
                    return Ok(row);
                }
            }
        }
    }

    /// The next non-empty cell: (row from 1, column from 0, value, style).
    fn next_cell(&mut self) -> Result<Option<(u64, usize, Raw<'a>, usize)>, SheetFailure> {
        loop {
            if self.done {
                return Ok(None);
            }
            let cell = self
                .reader
                .next_cell_with_style_id()
                .map_err(|e| SheetFailure::Broken { why: e.to_string() })?;
            let Some((cell, style)) = cell else {
                self.done = true;
                return Ok(None);
            };
            let value = cell.get_value();
            let empty = match value {
                DataRef::Empty => true,
                DataRef::String(s) => s.trim().is_empty(),
                DataRef::SharedString(s) => s.trim().is_empty(),
                _ => false,
            };
            if !empty {
                let (row, column) = cell.get_position();
                return Ok(Some((
                    u64::from(row) + 1,
                    column as usize,
                    value.clone(),
                    style,
                )));
            }
        }
    }
}
