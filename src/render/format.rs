//! Every way planlang writes a result, and which results may be written which way: one
//! registry, so the command line, the REPL and a program embedding the library offer the
//! same names and the same choices.

/// A way of writing a result.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// Diagnostics drawn with the source, for people.
    Human,
    /// One line per diagnostic, for editors.
    Short,
    /// Plain text for people.
    Text,
    /// An aligned text table.
    Table,
    /// JSON, for programs.
    Json,
    /// Comma-separated values, for spreadsheets (text that could be a formula is defused).
    Csv,
    /// Markdown: for an evaluation, a report to file or show (names, units, legends).
    Md,
    /// An Excel workbook.
    Xlsx,
    /// A self-contained HTML page: an evaluation's report to read on a screen or print.
    Html,
    /// A Word document: an evaluation's report to file, laid out as Decree 30/2020/NĐ-CP
    /// lays out administrative documents.
    Docx,
}

impl Format {
    /// Every format, in the order they are offered.
    pub const ALL: [Format; 10] = [
        Format::Human,
        Format::Short,
        Format::Text,
        Format::Table,
        Format::Json,
        Format::Csv,
        Format::Md,
        Format::Xlsx,
        Format::Html,
        Format::Docx,
    ];

    /// The name a user writes (`--format json`, `:format csv`).
    pub fn name(self) -> &'static str {
        match self {
            Format::Human => "human",
            Format::Short => "short",
            Format::Text => "text",
            Format::Table => "table",
            Format::Json => "json",
            Format::Csv => "csv",
            Format::Md => "md",
            Format::Xlsx => "xlsx",
            Format::Html => "html",
            Format::Docx => "docx",
        }
    }

    /// The format a name stands for.
    pub fn parse(name: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.name() == name)
    }
}

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// What a command writes.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Output {
    /// The problems `plan check` finds.
    Diagnostics,
    /// `plan eval`'s statuses and reporting compliance.
    Evaluation,
    /// `plan cascade`'s matrix.
    Cascade,
    /// A query's answer (`plan query`, the REPL).
    Answer,
    /// A plan as `plan show` and `plan history` write it.
    Model,
    /// `plan report`'s report of an evaluation: a file to read, print or file (one model,
    /// `render::report::Report`, written in each of its formats).
    Report,
}

impl Output {
    /// The formats it may be written in, the default first, each with what it gives when
    /// that needs saying.
    pub fn formats(self) -> &'static [(Format, Option<&'static str>)] {
        match self {
            Output::Diagnostics => &[
                (
                    Format::Human,
                    Some("Diagnostics drawn with the source for people"),
                ),
                (
                    Format::Short,
                    Some("`file:line:col: severity[code]: message`, one per line, for editors"),
                ),
                (Format::Json, Some("JSON for programs")),
            ],
            Output::Evaluation => &[
                (Format::Table, None),
                (Format::Json, None),
                (Format::Csv, None),
                (Format::Md, None),
                (Format::Xlsx, Some("An Excel workbook (needs -o FILE.xlsx)")),
            ],
            Output::Cascade => &[
                (Format::Text, None),
                (Format::Json, None),
                (Format::Csv, None),
            ],
            Output::Answer => &[
                (Format::Table, None),
                (Format::Json, None),
                (Format::Csv, None),
            ],
            Output::Model => &[(Format::Text, None), (Format::Json, None)],
            Output::Report => &[
                (
                    Format::Html,
                    Some("One self-contained page (inline style and charts), to read or print on A4"),
                ),
                (
                    Format::Docx,
                    Some("A Word document to file, laid out as Decree 30/2020/NĐ-CP lays out administrative documents"),
                ),
            ],
        }
    }

    /// The format written when none is asked for.
    pub fn default_format(self) -> Format {
        self.formats()[0].0
    }

    /// The names of the formats it may be written in.
    pub fn names(self) -> Vec<&'static str> {
        self.formats().iter().map(|(f, _)| f.name()).collect()
    }

    /// The format a name stands for, if this output may be written in it.
    pub fn parse(self, name: &str) -> Option<Format> {
        self.formats()
            .iter()
            .map(|(f, _)| *f)
            .find(|f| f.name() == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_format_reads_back_from_its_name_and_every_output_has_a_default() {
        for f in Format::ALL {
            assert_eq!(Format::parse(f.name()), Some(f));
        }
        assert_eq!(Format::parse("yaml"), None);
        for output in [
            Output::Diagnostics,
            Output::Evaluation,
            Output::Cascade,
            Output::Answer,
            Output::Model,
            Output::Report,
        ] {
            let d = output.default_format();
            assert_eq!(output.parse(d.name()), Some(d));
        }
        assert_eq!(Output::Answer.parse("md"), None);
        assert_eq!(Output::Evaluation.parse("md"), Some(Format::Md));
        assert_eq!(Output::Report.default_format(), Format::Html);
        assert_eq!(Output::Evaluation.parse("html"), None);
    }
}
