//! Where the parts of a name written through imports stand (`national` and `3a` in
//! `national.3a`), for an editor that goes to each: the resolver has linked the whole name
//! to what it names; this says which import each qualifier names and where it is written.

use super::{Id, Ident, Import, Model};
use crate::source::Span;
use unicode_normalization::UnicodeNormalization;

/// A name written through one or more imports (`national.3a`, `son_la.national.x`).
#[derive(Clone, Debug)]
pub struct Qualified<'m> {
    /// Each qualifier, in written order: where it is written, the model whose import it
    /// names (this one for the first, then each imported file's), and that import.
    pub through: Vec<(Span, &'m Model, Id<Import>)>,
    /// Where the last part, the name in the last file, is written (`3a`).
    pub local: Span,
}

impl Model {
    /// How `written`, a name written in this model's file, goes through its imports; `None`
    /// for a name without a qualifier, one whose first qualifier names no import, or one
    /// whose text is not where its span says (a name the resolver made, pointing at an
    /// import line). A qualifier that names no import of the file before it ends the chain
    /// there, its later parts left out.
    pub fn qualified(&self, written: &Ident) -> Option<Qualified<'_>> {
        let text = self.source.slice(written.span);
        // The written text may be in another normal form than the name (which is NFC): the
        // dots, which normalising never adds or removes, place the parts in the text.
        if !text.nfc().eq(written.name.chars()) {
            return None;
        }
        let dots: Vec<usize> = text.match_indices('.').map(|(at, _)| at).collect();
        let names: Vec<&str> = written.name.split('.').collect();
        if dots.is_empty() || names.len() != dots.len() + 1 {
            return None;
        }
        let start = written.span.start();
        let mut through = Vec::new();
        let mut model = self;
        let mut from = 0;
        for (alias, &dot) in names.iter().zip(&dots) {
            let Some(at) = model.imports.get_index_of(*alias) else {
                break;
            };
            through.push((Span::new(start + from, start + dot), model, Id::at(at)));
            model = &model.imports[at].model;
            from = dot + 1;
        }
        if through.is_empty() {
            return None;
        }
        Some(Qualified {
            through,
            local: Span::new(start + dots.last().map_or(0, |d| d + 1), written.span.end()),
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::files::MemoryFiles;
    use crate::source::Source;
    use std::rc::Rc;

    #[test]
    fn each_qualifier_names_its_import_and_the_last_part_is_the_local_name() {
        let mut files = MemoryFiles::new();
        files.insert(
            "national.plan",
            "plan \"N\" { document \"1/QĐ\" issuer ttg signed 2021-01-05 period 2021..2030 }\n\
             agency ttg \"Thủ tướng\"\n",
        );
        files.insert(
            "province.plan",
            "plan \"P\" { document \"2/QĐ\" issuer national.ttg signed 2021-02-01 period 2021..2030 }\n\
             import \"national.plan\" as national\n",
        );
        let text = "plan \"D\" { document \"3/QĐ\" issuer province.national.ttg signed 2021-03-01 period 2021..2030 }\n\
                    import \"province.plan\" as province\n";
        let checked = crate::load_source_from(Source::new("district.plan", text), Rc::new(files));
        let model = &checked.model;
        let issuer = model.plan.issuer.as_ref().expect("an issuer");
        let q = model.qualified(issuer).expect("qualified");
        let source = &model.source;
        let parts: Vec<&str> = q.through.iter().map(|(s, _, _)| source.slice(*s)).collect();
        assert_eq!(parts, ["province", "national"]);
        assert_eq!(source.slice(q.local), "ttg");
        let (_, holder, import) = q.through[1];
        assert_eq!(
            holder.at(import).map(|i| i.alias.as_str()),
            Some("national")
        );
        assert_eq!(holder.source.name(), "province.plan");
        // A plain name goes through no import.
        let plain = crate::model::Ident {
            name: "ttg".into(),
            span: q.local,
        };
        assert!(model.qualified(&plain).is_none());
    }
}
