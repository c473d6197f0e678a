//! `plan check`'s diagnostics as the protocol writes them: each at its range in the
//! negotiated encoding, with its severity, its code (`plan::unknown_agency`), its message and
//! help in the session's language, and the other places it involves as related information;
//! grouped by the file they belong to, since a file's import reports the imported file's
//! errors under that file's own name.

use super::documents::FileKey;
use super::position::{Encoding, LineIndex};
use crate::diagnostic::{Diagnostic, Severity};
use crate::i18n::Lang;
use crate::ide::Analysis;
use crate::source::{Source, Span};
use lsp_types::{
    DiagnosticRelatedInformation, DiagnosticSeverity, Location, NumberOrString, Range, Uri,
};
use std::collections::HashMap;

/// What every diagnostic says it comes from.
pub const SOURCE: &str = "planlang";

/// The diagnostics of one analysis, by the file each belongs to: the analysed file's own
/// (always present, empty when it has none) and those of the files it imports. `uri_of`
/// names a file as the client knows it.
pub fn by_file(
    analysis: &Analysis,
    key: &FileKey,
    lang: Lang,
    encoding: Encoding,
    uri_of: &dyn Fn(&FileKey) -> Option<Uri>,
) -> HashMap<FileKey, Vec<lsp_types::Diagnostic>> {
    let own = analysis.source();
    let mut lines = Lines::default();
    let mut out: HashMap<FileKey, Vec<lsp_types::Diagnostic>> = HashMap::new();
    out.insert(key.clone(), Vec::new());
    for diagnostic in &analysis.checked.diagnostics {
        let Some(source) = diagnostic.source() else {
            continue;
        };
        let file = if source.name() == own.name() {
            key.clone()
        } else {
            FileKey::named(source.name())
        };
        let Some(uri) = uri_of(&file) else {
            continue;
        };
        let converted = convert(diagnostic, &uri, lang, encoding, &mut lines);
        out.entry(file).or_default().push(converted);
    }
    out
}

/// One diagnostic as the protocol writes it; `uri` names its file, where its other places
/// are too.
pub fn convert(
    diagnostic: &Diagnostic,
    uri: &Uri,
    lang: Lang,
    encoding: Encoding,
    lines: &mut Lines,
) -> lsp_types::Diagnostic {
    let words = diagnostic.words(lang);
    let mut range = |span: Span| match diagnostic.source() {
        Some(source) => lines.range(source, span, encoding),
        None => Range::default(),
    };
    let related: Vec<DiagnosticRelatedInformation> = words
        .related
        .iter()
        .map(|label| DiagnosticRelatedInformation {
            location: Location::new(uri.clone(), range(label.span)),
            message: label.text.clone(),
        })
        .collect();
    let message = match &words.help {
        Some(help) => format!(
            "{}\n{}: {help}",
            words.message,
            lang.text("diag-help-heading")
        ),
        None => words.message,
    };
    lsp_types::Diagnostic {
        range: range(diagnostic.span().unwrap_or_default()),
        severity: Some(severity(diagnostic.severity())),
        code: Some(NumberOrString::String(
            diagnostic.code().as_str().to_string(),
        )),
        code_description: None,
        source: Some(SOURCE.to_string()),
        message,
        related_information: (!related.is_empty()).then_some(related),
        tags: None,
        data: None,
    }
}

/// The protocol's severity of a planlang one.
fn severity(severity: Severity) -> DiagnosticSeverity {
    match severity {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
    }
}

/// The lines of each source a batch of diagnostics points into, found once per source.
#[derive(Default)]
pub struct Lines {
    by_name: HashMap<String, LineIndex>,
}

impl Lines {
    /// The range of `span` in `source`.
    pub fn range(&mut self, source: &Source, span: Span, encoding: Encoding) -> Range {
        let index = self
            .by_name
            .entry(source.name().to_string())
            .or_insert_with(|| LineIndex::new(source.text()));
        index.range(source.text(), span.start()..span.end(), encoding)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::files::MemoryFiles;
    use lsp_types::Position;
    use std::rc::Rc;
    use std::str::FromStr;

    const SHARED: &str = "agency ubnd \"Ủy ban nhân dân\"\nagency ubnd \"Trùng\"\n";

    fn analysed(text: &str) -> Analysis {
        let mut files = MemoryFiles::new();
        files.insert("/kh/chung.plan", SHARED);
        Analysis::new(Source::new("/kh/tỉnh.plan", text), Rc::new(files))
    }

    fn uri_of(key: &FileKey) -> Option<Uri> {
        match key {
            FileKey::Path(path) => super::super::uri::from_path(path),
            FileKey::Other(uri) => Uri::from_str(uri).ok(),
        }
    }

    #[test]
    fn a_problem_has_its_code_range_severity_help_and_words_in_the_language() {
        let text =
            "plan \"Tỉnh\" { document \"1/KH\" issuer ytee signed 2021-01-05 period 2021..2030 }\n\
                    agency yte \"Sở Y tế\"\n";
        let analysis = analysed(text);
        let key = FileKey::named("/kh/tỉnh.plan");
        let found = by_file(&analysis, &key, Lang::Vi, Encoding::Utf16, &uri_of);
        let own = &found[&key];
        let unknown = own
            .iter()
            .find(|d| d.code == Some(NumberOrString::String("plan::unknown_agency".into())))
            .expect("unknown agency");
        let at = text.find("ytee").expect("ytee") as u32;
        // Line 0 holds `Tỉnh` (one UTF-16 unit for ỉ, three bytes): columns count characters.
        let column = text[..at as usize].chars().count() as u32;
        assert_eq!(unknown.range.start, Position::new(0, column));
        assert_eq!(unknown.range.end, Position::new(0, column + 4));
        assert_eq!(unknown.severity, Some(DiagnosticSeverity::ERROR));
        assert_eq!(unknown.source.as_deref(), Some(SOURCE));
        assert!(
            unknown.message.starts_with("chưa khai báo cơ quan `ytee`"),
            "{}",
            unknown.message
        );
        assert!(unknown.message.contains("\ngợi ý: "), "{}", unknown.message);
    }

    #[test]
    fn an_imported_files_errors_go_to_that_file_with_their_other_places() {
        let text = "plan \"Tỉnh\" { document \"1/KH\" issuer chung.ubnd signed 2021-01-05 period 2021..2030 }\n\
                    import \"chung.plan\" as chung\n";
        let analysis = analysed(text);
        let key = FileKey::named("/kh/tỉnh.plan");
        let found = by_file(&analysis, &key, Lang::En, Encoding::Utf8, &uri_of);
        let shared = &found[&FileKey::named("/kh/chung.plan")];
        assert_eq!(shared.len(), 1, "{shared:?}");
        let duplicate = &shared[0];
        assert_eq!(
            duplicate.code,
            Some(NumberOrString::String("plan::duplicate_id".into()))
        );
        assert_eq!(duplicate.range.start, Position::new(1, 7));
        let related = duplicate
            .related_information
            .as_ref()
            .expect("first declaration");
        assert_eq!(related[0].location.uri.as_str(), "file:///kh/chung.plan");
        assert_eq!(related[0].location.range.start, Position::new(0, 7));
        // The importing file is listed, without problems of its own.
        assert!(found[&key].is_empty(), "{:?}", found[&key]);
    }
}
