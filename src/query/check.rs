//! Checking a parsed query against the plan: subjects, fields and values looked up, types
//! matched, each problem an error at the word that causes it with the fix in its help.

use super::ast::{Condition, Literal, LiteralValue, Op, Query, Select, Word};
use super::error::{query_error, QueryError};
use super::rows::Context;
use super::schema::{Domain, FieldDef, Kind, Subject};
use crate::date::Date;
use crate::diagnostic::{QueryProblem, ValueHint};
use crate::eval::tasks::TaskState;
use crate::eval::Status;
use crate::model::AgencyRole;
use crate::source::{Source, Span};
use crate::syntax::keywords::DIRECTIONS;
use crate::text::{closest, fold};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::cell::RefCell;
use std::rc::Rc;

/// A query ready to run.
#[derive(Debug)]
pub enum Checked {
    /// `show 16a`: the indicator, part or agency it names, found in the plan.
    Show(Shown),
    /// `indicators where ...`: the rows to select and how to present them.
    List(Plan),
    /// The rows to count, the fields to group them by, and the order and limit of the groups
    /// (sort keys index the output: the group fields, then `count`).
    Count {
        /// The rows to count. Its sort and limit are left empty: they apply to the groups.
        plan: Plan,
        /// The fields after `by`, by index in the subject's fields, each once.
        by: Vec<usize>,
        /// The order of the groups: a column of the output (`by.len()` is `count`) and
        /// whether it is descending. Empty: by the group fields, ascending.
        sort: Vec<(usize, bool)>,
        /// The most groups to show.
        limit: Option<usize>,
    },
}

/// What `show` shows.
#[derive(Debug, PartialEq)]
pub enum Shown {
    /// A measure, by index.
    Measure(usize),
    /// A composite indicator, by its number: each of its parts.
    Indicator(String),
    /// An agency, by its id.
    Agency(String),
    /// A task or a project.
    Duty(crate::model::DutyId),
}

/// A list checked against the plan: which rows of a subject to select, and which of their
/// fields to show in what order.
#[derive(Debug)]
pub struct Plan {
    /// What the rows are.
    pub subject: Subject,
    /// `late`, `missing` or `overdue`: only rows with that status.
    pub state: Option<&'static str>,
    /// The first and last day of `due`: a row is kept when the days it is due overlap them.
    pub due: Option<(Date, Date)>,
    /// The `where` condition, with its fields looked up and its values typed.
    pub filter: Option<Filter>,
    /// Field index and descending.
    pub sort: Vec<(usize, bool)>,
    /// The most rows to show (`limit 5`).
    pub limit: Option<usize>,
    /// The fields to show, by index: those of `columns`, or else the subject's default ones.
    pub columns: Vec<usize>,
}

/// A condition with its fields looked up and its values typed (texts folded).
#[derive(Debug)]
pub enum Filter {
    /// `a and b`: every condition holds.
    And(Vec<Filter>),
    /// `a or b`: at least one condition holds.
    Or(Vec<Filter>),
    /// `not a`: the condition does not hold.
    Not(Box<Filter>),
    /// `latest > 90`: a field compared with a value. A text alone, `"tre em"`, is checked
    /// into `title ~ "tre em"` (`name` for agencies).
    Compare {
        /// The field, by index in the subject's fields (its cell in a row).
        field: usize,
        /// How the field's value is compared; it suits the field's kind.
        op: Op,
        /// The value, in the field's type.
        value: Value,
    },
    /// `status in (missed, regressing)`: the field equals one of the values.
    In {
        /// The field, by index in the subject's fields (its cell in a row).
        field: usize,
        /// The values, each in the field's type and checked as the value of an `=`.
        values: Vec<Value>,
    },
}

/// A condition's value, in the type of the field it is compared with.
#[derive(Debug, PartialEq)]
pub enum Value {
    /// Folded text.
    Text(String),
    /// The value of a number field (`latest`, `target_year`).
    Number(f64),
    /// The value of a date field (a report's `due`, `received`).
    Date(Date),
}

/// Checks a parsed query against the plan of `ctx`: its subject, fields and ids looked up,
/// each value typed for its field. An error points at the word at fault in `source` (the
/// query text), with help to fix it.
pub fn check(ctx: Context<'_>, source: &Source, query: &Query) -> Result<Checked, QueryError> {
    let checker = Checker {
        ctx,
        source,
        known: RefCell::default(),
    };
    match query {
        Query::Show(word) => checker.show(word).map(Checked::Show),
        Query::List(select) => checker.plan(select, false).map(Checked::List),
        Query::Count { select, by } => checker.count(select, by),
    }
}

struct Checker<'a> {
    ctx: Context<'a>,
    source: &'a Source,
    /// Each domain's values, gathered and folded once per query: a condition of 100,000
    /// terms checks each against a set, not against the plan again.
    known: RefCell<HashMap<Domain, Rc<Known>>>,
}

/// "a, b, c" of at most 24 names, so a long list of ids stays readable.
impl Checker<'_> {
    fn error(&self, problem: QueryProblem, span: Span) -> QueryError {
        query_error(problem, self.source, span)
    }

    fn show(&self, word: &Word) -> Result<Shown, QueryError> {
        let model = self.ctx.model;
        let id = word.text.as_str();
        if let Some(i) = model.measures.get_index_of(id) {
            return Ok(Shown::Measure(i));
        }
        if model.indicators.contains_key(id) {
            return Ok(Shown::Indicator(id.to_string()));
        }
        if model.agencies.contains_key(id) {
            return Ok(Shown::Agency(id.to_string()));
        }
        if let Some(duty) = model.duty_named(id) {
            return Ok(Shown::Duty(duty.which));
        }
        let candidates = model
            .measures
            .keys()
            .chain(model.indicators.keys())
            .chain(model.agencies.keys())
            .chain(model.tasks.keys())
            .chain(model.projects.keys())
            .map(String::as_str);
        let problem = QueryProblem::UnknownId {
            id: id.to_string(),
            similar: closest(id, candidates).map(str::to_string),
        };
        Err(self.error(problem, word.span))
    }

    fn subject(&self, word: &Word) -> Result<Subject, QueryError> {
        Subject::parse(&word.text).ok_or_else(|| {
            let names = Subject::ALL.map(Subject::as_str);
            let problem = QueryProblem::UnknownSubject {
                word: word.text.clone(),
                similar: closest(&word.text, names).map(str::to_string),
                subjects: names.map(str::to_string).to_vec(),
            };
            self.error(problem, word.span)
        })
    }

    fn field(
        &self,
        subject: Subject,
        word: &Word,
    ) -> Result<(usize, &'static FieldDef), QueryError> {
        subject.field(&word.text).ok_or_else(|| {
            let names = subject.fields().iter().map(|f| f.name);
            let problem = QueryProblem::UnknownField {
                field: word.text.clone(),
                subject: subject.as_str().to_string(),
                similar: closest(&word.text, names.clone()).map(str::to_string),
                fields: names.map(str::to_string).collect(),
            };
            self.error(problem, word.span)
        })
    }

    /// The second of two clauses that may appear once.
    fn once(&self, spans: &[Span], clause: &'static str) -> Result<(), QueryError> {
        match spans {
            [_, second, ..] => Err(self.error(QueryProblem::RepeatedClause { clause }, *second)),
            _ => Ok(()),
        }
    }

    fn plan(&self, select: &Select, counting: bool) -> Result<Plan, QueryError> {
        let subject = self.subject(&select.subject)?;
        self.once(&select.sort_clauses, "sort by")?;
        self.once(&select.limit_clauses, "limit")?;
        self.once(&select.columns_clauses, "columns")?;
        let state = match &select.state {
            None => None,
            Some(w) if subject.states().contains(&w.text.as_str()) => {
                subject.states().iter().copied().find(|s| *s == w.text)
            }
            Some(w) => {
                let problem = QueryProblem::StateNotApplicable {
                    state: w.text.clone(),
                    subject: subject.as_str().to_string(),
                };
                return Err(self.error(problem, w.span));
            }
        };
        let due = match &select.due {
            None => None,
            Some(d) if subject.has_due() => Some((d.from, d.to)),
            Some(d) => {
                let problem = QueryProblem::DueNotApplicable {
                    subject: subject.as_str().to_string(),
                    year: d.from.year,
                };
                return Err(self.error(problem, d.span));
            }
        };
        let filter = match &select.filter {
            Some(c) => Some(self.condition(subject, c)?),
            None => None,
        };
        let mut sort = Vec::new();
        if !counting {
            for key in &select.sort {
                sort.push((self.field(subject, &key.field)?.0, key.descending));
            }
        }
        let columns = match &select.columns {
            Some(words) if counting => {
                let span = words.first().map_or(Span::at(0), |w| w.span);
                let at = select.columns_clauses.first().copied().unwrap_or(span);
                return Err(self.error(QueryProblem::ColumnsInCount, at));
            }
            Some(words) => words
                .iter()
                .map(|w| self.field(subject, w).map(|(i, _)| i))
                .collect::<Result<Vec<_>, _>>()?,
            None => subject
                .default_columns()
                .iter()
                .filter_map(|c| subject.field(c).map(|(i, _)| i))
                .collect(),
        };
        Ok(Plan {
            subject,
            state,
            due,
            filter,
            sort,
            limit: if counting {
                None
            } else {
                select.limit.map(|(n, _)| n)
            },
            columns,
        })
    }

    fn count(&self, select: &Select, by: &[Word]) -> Result<Checked, QueryError> {
        let plan = self.plan(select, true)?;
        let mut fields: Vec<usize> = Vec::with_capacity(by.len());
        for word in by {
            let (index, def) = self.field(plan.subject, word)?;
            if fields.contains(&index) {
                // Each repetition of a list field would multiply the groups by its length.
                let field = def.name.to_string();
                return Err(self.error(QueryProblem::RepeatedField { field }, word.span));
            }
            fields.push(index);
        }
        let by = fields;
        let mut sort = Vec::new();
        for key in &select.sort {
            let name = key.field.text.as_str();
            let position = by
                .iter()
                .position(|&i| plan.subject.fields()[i].name == name)
                .or((name == "count").then_some(by.len()));
            match position {
                Some(p) => sort.push((p, key.descending)),
                None => {
                    let mut names: Vec<&str> =
                        by.iter().map(|&i| plan.subject.fields()[i].name).collect();
                    names.push("count");
                    let problem = QueryProblem::CountSortField {
                        field: name.to_string(),
                        similar: closest(name, names.iter().copied()).map(str::to_string),
                        columns: names.iter().map(|n| n.to_string()).collect(),
                    };
                    return Err(self.error(problem, key.field.span));
                }
            }
        }
        Ok(Checked::Count {
            by,
            sort,
            limit: select.limit.map(|(n, _)| n),
            plan,
        })
    }

    fn condition(&self, subject: Subject, c: &Condition) -> Result<Filter, QueryError> {
        Ok(match c {
            Condition::And(terms) => Filter::And(self.conditions(subject, terms)?),
            Condition::Or(terms) => Filter::Or(self.conditions(subject, terms)?),
            Condition::Not(a) => Filter::Not(Box::new(self.condition(subject, a)?)),
            Condition::Text(lit) => {
                // A text alone searches the subject's title (an agency's name).
                let name = if subject == Subject::Agencies {
                    "name"
                } else {
                    "title"
                };
                let field = subject.field(name).map_or(0, |(i, _)| i);
                Filter::Compare {
                    field,
                    op: Op::Contains,
                    value: Value::Text(fold(&lit.value.as_text())),
                }
            }
            Condition::Compare {
                field,
                op,
                op_span,
                value,
            } => {
                let (index, def) = self.field(subject, field)?;
                self.operator(def, *op, *op_span)?;
                Filter::Compare {
                    field: index,
                    op: *op,
                    value: self.value(def, *op, value)?,
                }
            }
            Condition::In { field, values } => {
                let (index, def) = self.field(subject, field)?;
                Filter::In {
                    field: index,
                    values: values
                        .iter()
                        .map(|v| self.value(def, Op::Eq, v))
                        .collect::<Result<_, _>>()?,
                }
            }
        })
    }

    fn conditions(&self, subject: Subject, terms: &[Condition]) -> Result<Vec<Filter>, QueryError> {
        terms.iter().map(|c| self.condition(subject, c)).collect()
    }

    /// Whether the operator suits the field's kind.
    fn operator(&self, def: &FieldDef, op: Op, span: Span) -> Result<(), QueryError> {
        let numeric = matches!(def.kind, Kind::Number | Kind::Numbers | Kind::Date);
        if op == Op::Contains && numeric {
            let problem = QueryProblem::ContainsOnNumbers {
                field: def.name.to_string(),
                kind: def.kind,
            };
            return Err(self.error(problem, span));
        }
        if op.is_ordering() && !numeric {
            let problem = QueryProblem::OrderingOnText {
                op: op.as_str(),
                field: def.name.to_string(),
                kind: def.kind,
            };
            return Err(self.error(problem, span));
        }
        Ok(())
    }

    fn value(&self, def: &FieldDef, op: Op, lit: &Literal) -> Result<Value, QueryError> {
        match def.kind {
            Kind::Number | Kind::Numbers => match &lit.value {
                LiteralValue::Number { value, .. } => Ok(Value::Number(*value)),
                other => {
                    let problem = QueryProblem::NotANumber {
                        field: def.name.to_string(),
                        written: other.as_text(),
                    };
                    Err(self.error(problem, lit.span))
                }
            },
            Kind::Date => match &lit.value {
                LiteralValue::Date(d) => Ok(Value::Date(*d)),
                other => {
                    let problem = QueryProblem::NotADate {
                        field: def.name.to_string(),
                        written: other.as_text(),
                    };
                    Err(self.error(problem, lit.span))
                }
            },
            Kind::Text => Ok(Value::Text(fold(&lit.value.as_text()))),
            Kind::Ref | Kind::Refs => {
                let text = lit.value.as_text();
                if op != Op::Contains {
                    self.known(def, &text, lit.span)?;
                }
                Ok(Value::Text(fold(&text)))
            }
        }
    }

    fn values_of(&self, domain: Domain) -> Rc<Known> {
        let mut cache = self.known.borrow_mut();
        let known = cache.entry(domain).or_insert_with(|| {
            let entries = domain_entries(self.ctx.model, domain);
            let folded = entries
                .iter()
                .flat_map(|(id, names)| std::iter::once(id).chain(names))
                .filter(|n| !n.is_empty())
                .map(|n| fold(n))
                .collect();
            Rc::new(Known { entries, folded })
        });
        Rc::clone(known)
    }

    /// Whether `text` is one of the ids (or names) the field's values come from.
    fn known(&self, def: &FieldDef, text: &str, span: Span) -> Result<(), QueryError> {
        if def.domain == Domain::Free {
            return Ok(());
        }
        let values = self.values_of(def.domain);
        if values.folded.contains(&fold(text)) {
            return Ok(());
        }
        let model = self.ctx.model;
        let owned = &values.entries;
        let ids = owned.iter().map(|(id, _)| id.as_str());
        // A composite's number names its parts, which a near id would only hide.
        let composite = model
            .indicators
            .get(text)
            .filter(|i| i.is_composite && def.domain == Domain::Measures)
            .map(|ind| ValueHint::PartsOf(model.measure_ids(ind)));
        let hint = composite
            .or_else(|| closest(text, ids.clone()).map(|s| ValueHint::Similar(s.to_string())))
            .unwrap_or_else(|| ValueHint::OneOf(ids.map(str::to_string).collect()));
        let problem = QueryProblem::UnknownValue {
            value: text.to_string(),
            field: def.name.to_string(),
            domain: def.domain,
            hint,
        };
        Err(self.error(problem, span))
    }
}

/// The ids (and names) a domain's values come from, and all of them folded.
struct Known {
    entries: Vec<(String, Vec<String>)>,
    folded: HashSet<String>,
}

/// Every id and name a domain has, for checking a value and suggesting one.
fn domain_entries(model: &crate::Model, domain: Domain) -> Vec<(String, Vec<String>)> {
    match domain {
        Domain::Free => Vec::new(),
        Domain::Measures => model
            .measures
            .values()
            .map(|m| (m.id.clone(), vec![m.title.clone()]))
            .collect(),
        Domain::Agencies => model
            .own_agencies()
            .map(|a| {
                let mut names = vec![a.name.clone()];
                names.extend(a.short.clone());
                (a.id.clone(), names)
            })
            .collect(),
        Domain::Objectives => model
            .objectives
            .values()
            .map(|o| (o.id.clone(), vec![o.title.clone()]))
            .collect(),
        Domain::Reports => model
            .reports
            .values()
            .map(|r| (r.id.clone(), vec![r.title.clone()]))
            .collect(),
        Domain::Units => {
            let mut units: Vec<(String, Vec<String>)> = crate::model::BUILTIN_UNITS
                .iter()
                .map(|(id, symbol)| (id.to_string(), vec![symbol.to_string()]))
                .collect();
            units.extend(
                model
                    .units
                    .values()
                    .map(|u| (u.id.clone(), vec![u.symbol.clone()])),
            );
            units
        }
        Domain::Directions => words(&DIRECTIONS.words().collect::<Vec<_>>()),
        Domain::Statuses => words(&Status::ALL.map(Status::as_str)),
        Domain::TargetKinds => words(&["level", "maintain", "rate"]),
        Domain::YesNo => words(&["yes", "no"]),
        Domain::ReportStatuses => words(&["on_time", "late", "missing", "upcoming"]),
        Domain::Tasks => titled(model.tasks.values().map(|t| (&t.id, &t.title))),
        Domain::Projects => titled(model.projects.values().map(|p| (&p.id, &p.title))),
        Domain::Covered => {
            let mut all = domain_entries(model, Domain::Measures);
            all.extend(domain_entries(model, Domain::Tasks));
            all
        }
        Domain::Assignments => {
            let mut all = domain_entries(model, Domain::Covered);
            all.extend(domain_entries(model, Domain::Projects));
            all
        }
        Domain::TaskStatuses => words(&TaskState::ALL.map(TaskState::as_str)),
        Domain::AgencyRoles => words(&[
            AgencyRole::Assigned.as_str(),
            AgencyRole::Requested.as_str(),
        ]),
    }
}

/// Ids with their titles.
fn titled<'m>(
    entries: impl Iterator<Item = (&'m String, &'m String)>,
) -> Vec<(String, Vec<String>)> {
    entries
        .map(|(id, title)| (id.clone(), vec![title.clone()]))
        .collect()
}

fn words(list: &[&str]) -> Vec<(String, Vec<String>)> {
    list.iter().map(|w| (w.to_string(), Vec::new())).collect()
}
