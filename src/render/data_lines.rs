//! The lines `plan` says about the data it read, in the language asked for: how many rows
//! were read, accepted and refused, which files could not be used, and why the command
//! fails when rows were refused (the last two are errors: the command prints them after
//! `error: `). Each problem itself is a diagnostic, see [`super::diagnostics::short`].

use crate::i18n::Lang;

/// "data: 645 rows read = 645 accepted + 0 rejected".
pub fn rows_read(read: u64, accepted: u64, rejected: u64, lang: Lang) -> String {
    lang.text_with(
        "data-rows-read",
        &[
            ("read", read.into()),
            ("accepted", accepted.into()),
            ("rejected", rejected.into()),
        ],
    )
}

/// "`a.csv` cannot be used (see above); fix it, then run the command again", for the files
/// that could not be used at all.
pub fn unusable(files: &[impl AsRef<str>], lang: Lang) -> String {
    let names: Vec<String> = files.iter().map(|n| format!("`{}`", n.as_ref())).collect();
    lang.text_with(
        "data-files-unusable",
        &[
            ("count", files.len().into()),
            ("files", names.join(", ").into()),
        ],
    )
}

/// "the data had 2 problems; fix them, or pass --keep-going ...", when rows were refused
/// and the command fails for it.
pub fn refused(errors: usize, lang: Lang) -> String {
    lang.text_with("data-had-problems", &[("count", errors.into())])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lines_about_data_in_english_are_as_they_were() {
        assert_eq!(
            rows_read(645, 645, 0, Lang::En),
            "data: 645 rows read = 645 accepted + 0 rejected"
        );
        assert_eq!(
            unusable(&["plans/data/nope.csv"], Lang::En),
            "`plans/data/nope.csv` cannot be used (see above); fix it, then run the command again"
        );
        assert_eq!(
            unusable(&["a.csv", "b.xlsx"], Lang::En),
            "`a.csv`, `b.xlsx` cannot be used (see above); fix them, then run the command again"
        );
        assert_eq!(
            refused(1, Lang::En),
            "the data had 1 problem; fix them, or pass --keep-going to accept the evaluation of the rows that were read"
        );
        assert_eq!(
            refused(2, Lang::En),
            "the data had 2 problems; fix them, or pass --keep-going to accept the evaluation of the rows that were read"
        );
    }

    #[test]
    fn the_lines_about_data_in_vietnamese() {
        assert_eq!(
            rows_read(12345, 12340, 5, Lang::Vi),
            "số liệu: đọc 12.345 dòng = 12.340 dòng hợp lệ + 5 dòng bị loại"
        );
        assert_eq!(
            unusable(&["a.csv"], Lang::Vi),
            "không dùng được tệp `a.csv` (xem ở trên); hãy sửa tệp rồi chạy lại lệnh"
        );
        assert_eq!(
            unusable(&["a.csv", "b.xlsx"], Lang::Vi),
            "không dùng được các tệp `a.csv`, `b.xlsx` (xem ở trên); hãy sửa các tệp này rồi chạy lại lệnh"
        );
        assert_eq!(
            refused(1234, Lang::Vi),
            "số liệu có 1.234 lỗi; hãy sửa các lỗi này, hoặc dùng --keep-going để chấp nhận kết quả đánh giá từ các dòng đã đọc được"
        );
    }
}
