//! Lowering reports, reviews, projects and tasks, and the fields they share.

use super::*;

impl Lowerer<'_> {
    /// A project or a task: its id, title and fields.
    pub(super) fn duty(
        &mut self,
        pair: Pair<'_>,
        what: &str,
    ) -> Option<(Ident, Text, Vec<DutyField>, Span)> {
        let span = self.span(&pair);
        let mut kids = children(pair).skip(1);
        let id = self.next(&mut kids, span, what)?;
        let title = self.next(&mut kids, span, what)?;
        let mut fields = Vec::with_capacity(kids.size_hint().1.unwrap_or(0));
        for field in kids {
            let field_span = self.span(&field);
            let kind = match field.as_rule() {
                Rule::lead_field | Rule::support_field => {
                    DutyFieldKind::Owner(self.ownership(field, field_span)?)
                }
                Rule::covers_field => {
                    let mut parts = children(field).skip(1);
                    let list = self.next(&mut parts, field_span, "`covers`")?;
                    DutyFieldKind::Covers(Covers {
                        ids: self.ident_list(list),
                        reference: parts.next().and_then(|r| self.clause_text(r)),
                    })
                }
                Rule::project_parent => {
                    let mut parts = children(field).skip(1);
                    let parent = self.next(&mut parts, field_span, "`in`")?;
                    DutyFieldKind::Parent(self.ident(&parent))
                }
                Rule::due_field | Rule::due_month_field => DutyFieldKind::Due(self.due(field)),
                Rule::source_clause | Rule::note_field => {
                    DutyFieldKind::Annotation(self.annotation(field, field_span)?)
                }
                _ => {
                    self.internal(field_span, "a project or task field");
                    return None;
                }
            };
            fields.push(DutyField {
                kind,
                span: field_span,
            });
        }
        Some((self.ident(&id), self.text(title), fit(fields), span))
    }

    // ------------------------------------------------------------ reporting

    pub(super) fn report(&mut self, pair: Pair<'_>) -> Option<ReportDecl> {
        let span = self.span(&pair);
        let mut kids = children(pair).skip(1);
        let id = self.next(&mut kids, span, "a report id")?;
        let title = self.next(&mut kids, span, "a report title")?;
        let fields = self.report_fields(kids)?;
        Some(ReportDecl {
            id: self.ident(&id),
            title: self.text(title),
            fields,
            span,
        })
    }

    /// The fields of a report (or of a change to one).
    pub(super) fn report_fields<'i>(
        &mut self,
        kids: impl Iterator<Item = Pair<'i>>,
    ) -> Option<Vec<ReportField>> {
        let mut fields = Vec::with_capacity(kids.size_hint().1.unwrap_or(0));
        for field in kids {
            let field_span = self.span(&field);
            let kind = match field.as_rule() {
                Rule::report_period => {
                    let mut parts = children(field).skip(1);
                    let p = self.next(&mut parts, field_span, "`period`")?;
                    ReportFieldKind::Period(self.word(&p, &PERIODS, "a reporting period")?)
                }
                Rule::due_field | Rule::due_month_field => ReportFieldKind::Due(self.due(field)),
                rule => ReportFieldKind::Party(self.party_field(field, rule, field_span)?),
            };
            fields.push(ReportField {
                kind,
                span: field_span,
            });
        }
        Some(fit(fields))
    }

    pub(super) fn review(&mut self, pair: Pair<'_>) -> Option<ReviewDecl> {
        let span = self.span(&pair);
        let mut kids = children(pair).skip(1);
        let id = self.next(&mut kids, span, "a review id")?;
        let title = self.next(&mut kids, span, "a review title")?;
        let mut fields = Vec::with_capacity(kids.size_hint().1.unwrap_or(0));
        for field in kids {
            let field_span = self.span(&field);
            let kind = match field.as_rule() {
                Rule::review_year => {
                    let mut parts = children(field).skip(1);
                    let y = self.next(&mut parts, field_span, "`year`")?;
                    ReviewFieldKind::Year(self.year(&y))
                }
                rule => ReviewFieldKind::Party(self.party_field(field, rule, field_span)?),
            };
            fields.push(ReviewField {
                kind,
                span: field_span,
            });
        }
        Some(ReviewDecl {
            id: self.ident(&id),
            title: self.text(title),
            fields: fit(fields),
            span,
        })
    }

    /// The fields reports and reviews share: `from`, `to`, `source`, `note`.
    fn party_field(&mut self, pair: Pair<'_>, rule: Rule, span: Span) -> Option<PartyField> {
        Some(match rule {
            Rule::from_field => {
                let mut kids = children(pair).skip(1);
                let list = self.next(&mut kids, span, "`from`")?;
                PartyField::From(self.ident_list(list))
            }
            Rule::to_field => {
                let mut kids = children(pair).skip(1);
                let to = self.next(&mut kids, span, "`to`")?;
                PartyField::To(self.ident(&to))
            }
            Rule::source_clause | Rule::note_field => {
                PartyField::Annotation(self.annotation(pair, span)?)
            }
            _ => {
                self.internal(span, "a report or review field");
                return None;
            }
        })
    }
}
