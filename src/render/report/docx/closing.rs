//! The foot of the document, as the decree sets it: a table without borders, the recipients
//! on the left ("Nơi nhận:" bold italic in 12 points, each recipient in 11, the archive
//! last), the signer on the right (authority and title in bold capitals, room to sign, the
//! name). Who receives it and who signs are the issuer's to decide: every line is a blank.

use super::layout::{self, blank, size, Font};
use crate::i18n::Lang;
use docx_rs::{AlignmentType, Docx, TableRow};

/// How many empty lines are left to sign and seal in.
const SIGNING_LINES: usize = 4;

/// The recipients and the signer.
pub(super) fn closing(docx: Docx, lang: Lang) -> Docx {
    let dots = || blank(&lang.text("document-blank"));
    let recipient = Font::regular(size::RECIPIENTS);
    let line = |text: &str| layout::line(text, recipient, AlignmentType::Left);
    let recipient_line =
        || line(&lang.text_with("document-recipient", &[("recipient", dots().into())]));
    let recipients = vec![
        layout::line(
            &lang.text("document-recipients"),
            Font::bold(size::RECIPIENTS_HEADING).italic(),
            AlignmentType::Left,
        ),
        recipient_line(),
        recipient_line(),
        line(&lang.text_with("document-archive", &[("unit", dots().into())])),
    ];
    let signer_font = Font::bold(size::SIGNER);
    let mut signer = vec![layout::line(
        &blank(&lang.text("document-signer-blank").to_uppercase()),
        signer_font,
        AlignmentType::Center,
    )];
    signer.extend((0..SIGNING_LINES).map(|_| layout::gap(signer_font)));
    signer.push(layout::line(
        &blank(&lang.text("document-signer-name-blank")),
        signer_font,
        AlignmentType::Center,
    ));
    let (left, right) = (layout::LEFT_COLUMN, layout::RIGHT_COLUMN);
    // The foot is one row that never splits: the signer is not left alone on a page.
    let foot = layout::table(
        vec![TableRow::new(vec![
            layout::cell(recipients, left),
            layout::cell(signer, right),
        ])
        .cant_split()],
        &[left, right],
        false,
    );
    docx.add_paragraph(layout::gap(Font::regular(size::BODY)).keep_next(true))
        .add_table(foot)
}
