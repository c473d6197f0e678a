//! Lowering reports, reviews, projects and tasks, and the fields they share.

use super::*;

impl Lowerer<'_> {
    /// A field of a project or a task.
    pub(super) fn duty_field(&mut self, field: Pair<'_>) -> Option<DutyField> {
        let span = self.span(&field);
        let kind = match field.as_rule() {
            Rule::lead_field | Rule::support_field => {
                DutyFieldKind::Owner(self.ownership(field, span)?)
            }
            Rule::covers_field => {
                let (list, mut parts) = self.after_keyword(field, span, "`covers`")?;
                DutyFieldKind::Covers(Covers {
                    ids: self.ident_list(list),
                    reference: parts.next().and_then(|r| self.clause_text(r)),
                })
            }
            Rule::project_parent => {
                let (parent, _) = self.after_keyword(field, span, "`in`")?;
                DutyFieldKind::Parent(self.ident(&parent))
            }
            Rule::duty_due => DutyFieldKind::Due(self.duty_due(field)?),
            Rule::source_clause | Rule::note_field => {
                DutyFieldKind::Annotation(self.annotation(field, span)?)
            }
            _ => {
                self.internal(span, "a project or task field");
                return None;
            }
        };
        Some(DutyField { kind, span })
    }

    // ------------------------------------------------------------ reporting

    /// A field of a report (or of a change to one).
    pub(super) fn report_field(&mut self, field: Pair<'_>) -> Option<ReportField> {
        let span = self.span(&field);
        let kind = match field.as_rule() {
            Rule::report_period => {
                let (p, _) = self.after_keyword(field, span, "`period`")?;
                ReportFieldKind::Period(self.word(&p, &PERIODS, "a reporting period")?)
            }
            Rule::due_field | Rule::due_month_field => ReportFieldKind::Due(self.due(field)),
            rule => ReportFieldKind::Party(self.party_field(field, rule, span)?),
        };
        Some(ReportField { kind, span })
    }

    /// A field of a review.
    pub(super) fn review_field(&mut self, field: Pair<'_>) -> Option<ReviewField> {
        let span = self.span(&field);
        let kind = match field.as_rule() {
            Rule::review_year => {
                let (y, _) = self.after_keyword(field, span, "`year`")?;
                ReviewFieldKind::Year(self.year(&y))
            }
            Rule::review_at => {
                let (p, _) = self.after_keyword(field, span, "`at`")?;
                ReviewFieldKind::At(self.word(&p, &REVIEW_POINTS, "a point of the period")?)
            }
            Rule::review_every => ReviewFieldKind::EveryYear,
            rule => ReviewFieldKind::Party(self.party_field(field, rule, span)?),
        };
        Some(ReviewField { kind, span })
    }

    /// The fields reports and reviews share: `from`, `to`, `source`, `note`.
    fn party_field(&mut self, pair: Pair<'_>, rule: Rule, span: Span) -> Option<PartyField> {
        Some(match rule {
            Rule::from_field => {
                let (list, _) = self.after_keyword(pair, span, "`from`")?;
                PartyField::From(self.ident_list(list))
            }
            Rule::to_field => {
                let (list, _) = self.after_keyword(pair, span, "`to`")?;
                PartyField::To(self.ident_list(list))
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
