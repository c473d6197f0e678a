//! The head of the first page, as the decree sets it: a table without borders, the governing
//! and issuing bodies over the number on the left, the national name and motto over the place
//! and date on the right; then the kind of document and its summary, centred.

use super::layout::{self, blank, centred_lines, rule, size, Font};
use super::{blank_date, issuer_symbol, measure, Report};
use crate::i18n::Lang;
use docx_rs::{AlignmentType, Docx, TableRow};

/// The national name (quốc hiệu), prescribed in Vietnamese.
pub(super) const NATIONAL_NAME: &str = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
/// The motto (tiêu ngữ), prescribed in Vietnamese.
pub(super) const MOTTO: &str = "Độc lập - Tự do - Hạnh phúc";
/// The motto's width in bold at [`size::MOTTO`], in twips (measured with Liberation Serif
/// Bold, metric-compatible with Times New Roman): the rule under it is as long (the decree).
const MOTTO_WIDTH: u32 = 3183;

/// The first page's head, then the kind of document and its summary.
pub(super) fn masthead(docx: Docx, report: &Report, lang: Lang) -> Docx {
    let left = layout::LEFT_COLUMN;
    let right = layout::RIGHT_COLUMN;
    let bodies = {
        let mut cell = vec![layout::line(
            &blank(&lang.text("document-governing-blank").to_uppercase()),
            Font::regular(size::BODIES),
            AlignmentType::Center,
        )];
        // The issuer's name over as many lines as it needs, evenly (`ỦY BAN NHÂN DÂN` over
        // `TỈNH SƠN LA`); a blank stays whole.
        let (lines, widest) = match &report.issuer {
            Some(name) => {
                let lines = measure::lines(&name.to_uppercase(), size::BODIES, left);
                let widest = lines
                    .iter()
                    .map(|l| measure::width(l, size::BODIES))
                    .max()
                    .unwrap_or(0);
                (lines, widest)
            }
            None => {
                let text = lang.text("document-issuer-blank").to_uppercase();
                let widest = measure::width(&text, size::BODIES);
                (vec![blank(&text)], widest)
            }
        };
        let room = left - 2 * layout::CELL_MARGIN;
        cell.push(centred_lines(&lines, Font::bold(size::BODIES)));
        // The rule under the issuer: two fifths of its longest line (the decree: a third to
        // a half).
        cell.push(rule(widest.min(room) * 2 / 5, room));
        cell
    };
    let national = vec![
        layout::line(
            NATIONAL_NAME,
            Font::bold(size::NATIONAL_NAME),
            AlignmentType::Center,
        ),
        layout::line(MOTTO, Font::bold(size::MOTTO), AlignmentType::Center),
        rule(MOTTO_WIDTH, right - 2 * layout::CELL_MARGIN),
    ];
    let dots = || blank(&lang.text("document-blank"));
    let issuer = issuer_symbol(report).map_or_else(dots, str::to_string);
    let number = lang.text_with(
        "document-number",
        &[("number", dots().into()), ("issuer", issuer.into())],
    );
    let place_date = lang.text_with(
        "document-place-date",
        &[
            ("place", blank(&lang.text("document-place-blank")).into()),
            ("date", blank_date(lang).into()),
        ],
    );
    let head = layout::table(
        vec![
            TableRow::new(vec![
                layout::cell(bodies, left),
                layout::cell(national, right),
            ]),
            TableRow::new(vec![
                layout::cell(
                    vec![layout::line(
                        &number,
                        Font::regular(size::NUMBER),
                        AlignmentType::Center,
                    )],
                    left,
                ),
                layout::cell(
                    vec![layout::line(
                        &place_date,
                        Font::regular(size::PLACE_DATE).italic(),
                        AlignmentType::Center,
                    )],
                    right,
                ),
            ]),
        ],
        &[left, right],
        false,
    );
    let kind = Font::bold(size::KIND);
    let summary = lang.text_with(
        "document-summary",
        &[("plan", report.title.as_str().into())],
    );
    docx.add_table(head)
        .add_paragraph(layout::gap(kind))
        .add_paragraph(layout::line(
            &lang.text("document-kind").to_uppercase(),
            kind,
            AlignmentType::Center,
        ))
        .add_paragraph(layout::line(&summary, kind, AlignmentType::Center))
        // The rule under the summary: a third of the text's width, as long as a summary of a
        // plan's title (which runs the width) needs.
        .add_paragraph(rule(layout::TEXT_WIDTH / 3, layout::TEXT_WIDTH))
        .add_paragraph(layout::gap(Font::regular(size::BODY)))
}
