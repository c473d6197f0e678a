//! Every place a file declares or names something, and what it names: the index definitions,
//! references, renames and hovers read.
//!
//! The index is made from the model, whose references the resolver has linked once
//! (ARCHITECTURE.md, rule 8): a reference follows its id ([`Ref`](crate::model::Ref),
//! [`Through`](crate::model::Through)) to the declaration it names, and a declaration brought
//! in through an import says where it was written ([`Origin`]). A
//! name written through imports (`national.5a`) is two places: the qualifier, which names
//! the import (`national`), and the rest, which names the declaration in the imported file
//! (`5a`, see [`Model::qualified`]).

mod walk;

pub use walk::occurrences;

use super::identity::{FileId, FileIds};
use crate::model::{
    Agency, Area, Dimension, Element, Import, Indicator, Measure, Model, NamedQuery, Objective,
    Origin, Project, Report, Review, Task, Unit,
};
use crate::source::{Source, Span};
use unicode_normalization::UnicodeNormalization;

/// A place in a file: the file (its name is the path it was read by) and a span of its text.
#[derive(Clone, Debug)]
pub struct Location {
    /// The file, name and text.
    pub source: Source,
    /// The bytes named.
    pub span: Span,
}

/// What kind of declaration a name names: two names are the same thing when they name the
/// same kind with the same id in the same file.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// `agency`.
    Agency,
    /// `unit`.
    Unit,
    /// `dimension`.
    Dimension,
    /// A value of a dimension (`thanh_thi` in `dimension khu_vuc { thanh_thi "Thành thị" }`).
    DimensionValue,
    /// `objective`.
    Objective,
    /// `indicator`: its number, which an indicator without parts is also measured by.
    Indicator,
    /// `part`: a part of a composite indicator, named by its number and letter (`16a`).
    Part,
    /// `report`.
    Report,
    /// `review`.
    Review,
    /// `area`.
    Area,
    /// `element`.
    Element,
    /// `import ... as ALIAS`.
    Import,
    /// `query`.
    Query,
    /// `project`.
    Project,
    /// `task`.
    Task,
}

impl Kind {
    /// The kind in `lang`'s words (`agency`, `cơ quan`): the words diagnostics name it by.
    pub fn words(self, lang: crate::i18n::Lang) -> String {
        let key = match self {
            Kind::Agency => "agency",
            Kind::Unit => "unit",
            Kind::Dimension => "dimension",
            Kind::DimensionValue => "value",
            Kind::Objective => "objective",
            Kind::Indicator => "indicator",
            Kind::Part => "part",
            Kind::Report => "report",
            Kind::Review => "review",
            Kind::Area => "area",
            Kind::Element => "element",
            Kind::Import => "import",
            Kind::Query => "query",
            Kind::Project => "project",
            Kind::Task => "task",
        };
        lang.text(&format!("diag-kind-{key}"))
    }
}

/// The declaration a name names, as the model holds it.
#[derive(Copy, Clone, Debug)]
pub enum Named<'m> {
    /// An agency; one brought in through an import is the importing file's entry.
    Agency(&'m Agency),
    /// A unit, declared or built in.
    Unit(&'m Unit),
    /// A dimension.
    Dimension(&'m Dimension),
    /// The value at this position of a dimension's values.
    DimensionValue(&'m Dimension, usize),
    /// An objective.
    Objective(&'m Objective),
    /// An indicator, by its number.
    Indicator(&'m Indicator),
    /// An indicator without parts, or a part.
    Measure(&'m Measure),
    /// A report.
    Report(&'m Report),
    /// A review.
    Review(&'m Review),
    /// An area.
    Area(&'m Area),
    /// A data element.
    Element(&'m Element),
    /// An import, by its alias.
    Import(&'m Import),
    /// A named query.
    Query(&'m NamedQuery),
    /// A project.
    Project(&'m Project),
    /// A task.
    Task(&'m Task),
}

/// What a name names, and the model whose table holds it (the file that writes the name,
/// or for a name written through an import whose declarations are not brought in, such as
/// `adopts national.5a`, the imported file's).
#[derive(Copy, Clone, Debug)]
pub struct Target<'m> {
    /// The model that holds the entry.
    pub model: &'m Model,
    /// The entry.
    pub named: Named<'m>,
}

/// A place a file writes a name: its declaration, or a reference.
#[derive(Copy, Clone, Debug)]
pub struct Occurrence<'m> {
    /// Where the name is written (for `national.5a`, one occurrence is `national`, the other
    /// `5a`).
    pub span: Span,
    /// Whether this is where it is declared.
    pub declares: bool,
    /// What it names.
    pub target: Target<'m>,
}

/// Where a declaration is written, and what identifies it.
#[derive(Clone, Debug)]
pub struct Declared {
    /// Its kind.
    pub kind: Kind,
    /// Its id as its own file declares it (`bo_yte`, not `national.bo_yte`; `16a` for a
    /// part, whose `part` line writes `a`), NFC.
    pub name: String,
    /// For a dimension's value, the dimension's id in that file.
    pub within: Option<String>,
    /// Where its id is written.
    pub at: Location,
}

/// What makes two names the same thing: the declaring file, the kind and the id.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Key {
    /// The file that declares it.
    pub file: FileId,
    /// Its kind.
    pub kind: Kind,
    /// Its id in that file.
    pub name: String,
    /// For a dimension's value, the dimension's id.
    pub within: Option<String>,
}

impl Declared {
    /// Its identity, the declaring file named by `files`.
    pub fn key(&self, files: &FileIds) -> Key {
        Key {
            file: files.id(&self.at.source),
            kind: self.kind,
            name: self.name.clone(),
            within: self.within.clone(),
        }
    }
}

impl<'m> Target<'m> {
    /// Where the entry is declared and what identifies it; `None` for a built-in unit, which
    /// no file declares.
    pub fn declared(&self) -> Option<Declared> {
        let model = self.model;
        let here = |kind: Kind, name: &str, span: Span| Declared {
            kind,
            name: name.to_string(),
            within: None,
            at: Location {
                source: model.source.clone(),
                span,
            },
        };
        // A declaration brought in through an import is where its origin says, under the
        // id its own file gives it.
        let carried = |kind: Kind, id: &str, span: Span, origin: &Option<Box<Origin>>| match origin
        {
            Some(o) => Declared {
                kind,
                name: o.source.slice(o.span).nfc().collect(),
                within: None,
                at: Location {
                    source: o.source.clone(),
                    span: o.span,
                },
            },
            None => here(kind, id, span),
        };
        Some(match self.named {
            Named::Agency(a) => carried(Kind::Agency, &a.id, a.span, &a.origin),
            Named::Unit(u) if u.span.is_empty() && u.origin.is_none() => return None,
            Named::Unit(u) => carried(Kind::Unit, &u.id, u.span, &u.origin),
            Named::Dimension(d) => carried(Kind::Dimension, &d.id, d.span, &d.origin),
            Named::DimensionValue(d, i) => {
                let dimension = carried(Kind::Dimension, &d.id, d.span, &d.origin);
                let (value, _) = d.values.get_index(i)?;
                Declared {
                    kind: Kind::DimensionValue,
                    name: value.clone(),
                    within: Some(dimension.name),
                    at: Location {
                        source: dimension.at.source,
                        span: *d.value_spans.get(i)?,
                    },
                }
            }
            Named::Objective(o) => here(Kind::Objective, &o.id, o.span),
            Named::Indicator(i) => here(Kind::Indicator, &i.number, i.id_span),
            Named::Measure(m) if m.parent.is_none() => here(Kind::Indicator, &m.id, m.id_span),
            Named::Measure(m) => here(Kind::Part, &m.id, m.id_span),
            Named::Report(r) => here(Kind::Report, &r.id, r.id_span),
            Named::Review(r) => here(Kind::Review, &r.id, r.id_span),
            Named::Area(a) => carried(Kind::Area, &a.id, a.span, &a.origin),
            Named::Element(e) => carried(Kind::Element, &e.id, e.span, &e.origin),
            Named::Import(i) => here(Kind::Import, &i.alias, i.alias_span),
            Named::Query(q) => here(Kind::Query, &q.id, q.id_span),
            Named::Project(p) => here(Kind::Project, &p.id, p.id_span),
            Named::Task(t) => here(Kind::Task, &t.id, t.id_span),
        })
    }
}

/// The occurrence at `offset` among `occurrences` (in the order [`occurrences`] gives):
/// the name whose span holds it, or ends at it (a cursor just after a name is on it).
pub fn at<'o, 'm>(occurrences: &'o [Occurrence<'m>], offset: usize) -> Option<&'o Occurrence<'m>> {
    let within = |o: &&Occurrence<'m>| o.span.start() <= offset && offset < o.span.end();
    let after = |o: &&Occurrence<'m>| o.span.end() == offset && !o.span.is_empty();
    occurrences
        .iter()
        .find(within)
        .or_else(|| occurrences.iter().find(after))
}
