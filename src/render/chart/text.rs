//! A chart as a few lines of text for the terminal and the REPL (`show ID`, `:explain ID`):
//! the observed values as `●`, the straight path to each milestone as a braille line, the
//! projection as a dotted braille line ending in `○`, each milestone as `◆`; the value axis
//! labelled with its highest and lowest value, the time axis with years. Braille gives each
//! character cell 2 × 4 dots, so a line a few rows high still shows its slope. At most
//! [`WIDTH`] columns wide.

use super::{Chart, Mark};
use crate::i18n::Lang;
use crate::render::evaluation::words;
use std::fmt::Write;

/// The widest the chart is drawn, labels included: legible in an 80-column terminal.
pub const WIDTH: usize = 78;
/// The rows of the plot.
pub const ROWS: usize = 6;
/// The columns of the plot at most; a year gets up to 6 of them.
const PLOT: usize = 60;

/// The chart as text, every line indented by two spaces; or one line saying why none is
/// drawn. The groups (a dimension's values) are left to the SVG: a few rows cannot keep
/// them apart.
pub fn text(chart: &Chart, lang: Lang) -> String {
    if let Some(why) = chart.empty_reason(false, lang) {
        return format!("  {why}\n");
    }
    let (first, last) = chart.year_range();
    let years = (last - first).max(1) as usize;
    // Columns a year: 2 to 6 for the usual plan (a decade or two), fewer than one only for a
    // span longer than the plot is wide.
    let per_year = (PLOT as f64 / years as f64).min(6.0);
    let col_of = |year: i32| (f64::from(year - first) * per_year).round() as usize;
    let width = col_of(last) + 1;
    let (low, high) = chart.value_range(false);
    let mut grid = Grid::new(width, ROWS);
    let dot = |m: &Mark| {
        let x = ((m.time - f64::from(first)) * per_year * 2.0).round();
        let y = ((high - m.value) / (high - low) * (ROWS * 4 - 1) as f64).round();
        (x.max(0.0) as usize, y.max(0.0) as usize)
    };
    for path in &chart.paths {
        for pair in path.windows(2) {
            grid.line(dot(&pair[0]), dot(&pair[1]), 1);
        }
    }
    for projection in &chart.projections {
        for pair in projection.windows(2) {
            grid.line(dot(&pair[0]), dot(&pair[1]), 2);
        }
        if let Some(end) = projection.last() {
            grid.mark(dot(end), '○');
        }
    }
    for m in &chart.observed {
        grid.mark(dot(m), '●');
    }
    for m in &chart.milestones {
        grid.mark(dot(&m.mark), '◆');
    }
    let (top, bottom) = (words::number(lang, high), words::number(lang, low));
    let label = top.chars().count().max(bottom.chars().count());
    let mut out = String::new();
    let heading = match &chart.unit {
        Some(unit) => lang.text_with("chart-heading-unit", &[("unit", unit.as_str().into())]),
        None => lang.text("chart-heading"),
    };
    let _ = writeln!(out, "  {heading}");
    for (row, cells) in grid.rows().enumerate() {
        let (value, tick) = match row {
            0 => (top.as_str(), '┤'),
            r if r == ROWS - 1 => (bottom.as_str(), '┤'),
            _ => ("", '│'),
        };
        let _ = writeln!(out, "  {value:>label$} {tick}{}", cells.trim_end());
    }
    // The time axis: a tick at every few years, so that labels of 4 digits and a space fit
    // between them, each labelled.
    let step = (5.0 / per_year).ceil().max(1.0) as usize;
    let mut axis: Vec<char> = vec!['─'; width];
    let mut years_line = String::new();
    for year in (first..=last).step_by(step) {
        let col = col_of(year);
        if let Some(tick) = axis.get_mut(col) {
            *tick = '┬';
        }
        let pad = col.saturating_sub(years_line.chars().count());
        let _ = write!(years_line, "{:pad$}{year}", "");
    }
    let axis: String = std::iter::once('└').chain(axis).collect();
    let _ = writeln!(out, "  {:label$} {axis}", "");
    let _ = writeln!(out, "  {:label$}  {years_line}", "");
    // The legend on a line of its own, so that a long unit never pushes it past 80 columns.
    let _ = writeln!(out, "  {}", lang.text("chart-text-legend"));
    out
}

/// Character cells, each either a braille pattern of dots or a marker.
struct Grid {
    width: usize,
    rows: usize,
    /// The braille dots set in each cell (bits as Unicode numbers them).
    dots: Vec<u8>,
    marks: Vec<Option<char>>,
}

impl Grid {
    fn new(width: usize, rows: usize) -> Grid {
        Grid {
            width,
            rows,
            dots: vec![0; width * rows],
            marks: vec![None; width * rows],
        }
    }

    /// The cell that holds dot `(x, y)`, if it is on the grid.
    fn cell(&self, (x, y): (usize, usize)) -> Option<usize> {
        let (col, row) = (x / 2, y / 4);
        (col < self.width && row < self.rows).then_some(row * self.width + col)
    }

    fn mark(&mut self, at: (usize, usize), c: char) {
        if let Some(i) = self.cell(at) {
            self.marks[i] = Some(c);
        }
    }

    /// A line of dots from `a` to `b`, every `every`th dot set (2: dotted).
    fn line(&mut self, a: (usize, usize), b: (usize, usize), every: usize) {
        let (x0, y0) = (a.0 as i64, a.1 as i64);
        let (x1, y1) = (b.0 as i64, b.1 as i64);
        let steps = (x1 - x0).abs().max((y1 - y0).abs()).max(1);
        for s in 0..=steps {
            if !(s as usize).is_multiple_of(every) {
                continue;
            }
            let x = x0 + (x1 - x0) * s / steps;
            let y = y0 + (y1 - y0) * s / steps;
            self.dot((x as usize, y as usize));
        }
    }

    fn dot(&mut self, (x, y): (usize, usize)) {
        // Braille dot numbers: left column 1, 2, 3, 7 and right column 4, 5, 6, 8, top down.
        const BITS: [[u8; 4]; 2] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]];
        if let Some(i) = self.cell((x, y)) {
            self.dots[i] |= BITS[x % 2][y % 4];
        }
    }

    /// Each row as text: a cell's marker, else its braille dots, else a space.
    fn rows(&self) -> impl Iterator<Item = String> + '_ {
        (0..self.rows).map(move |row| {
            (0..self.width)
                .map(|col| {
                    let i = row * self.width + col;
                    match (self.marks[i], self.dots[i]) {
                        (Some(c), _) => c,
                        (None, 0) => ' ',
                        (None, bits) => char::from_u32(0x2800 + u32::from(bits)).unwrap_or(' '),
                    }
                })
                .collect()
        })
    }
}
