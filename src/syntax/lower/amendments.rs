//! Lowering an amendment's header and its `change`, `change report` and `transfer` items.

use super::*;

impl Lowerer<'_> {
    pub(super) fn amendment(&mut self, pair: Pair<'_>) -> Option<AmendmentBlock> {
        let span = self.span(&pair);
        let mut kids = children(pair);
        let keyword = self.next(&mut kids, span, "`amendment`")?;
        let keyword = self.span(&keyword);
        let document = self.next(&mut kids, span, "the amending document's number")?;
        let document = self.text(document);
        let mut fields = Vec::with_capacity(kids.size_hint().1.unwrap_or(0));
        for field in kids {
            let field_span = self.span(&field);
            let kind = match field.as_rule() {
                Rule::amends_field => {
                    let id = children(field).nth(1);
                    let id = self.next(&mut id.into_iter(), field_span, "the plan amended")?;
                    AmendmentFieldKind::Amends(self.ident(&id))
                }
                Rule::effective_field => {
                    let (date, mut parts) = self.after_keyword(field, field_span, "`effective`")?;
                    let date = self.date(&date);
                    let reference = parts.next().and_then(|r| self.clause_text(r));
                    AmendmentFieldKind::Effective { date, reference }
                }
                _ => AmendmentFieldKind::Header(self.plan_field(field)?.kind),
            };
            fields.push(AmendmentField {
                kind,
                span: field_span,
            });
        }
        Some(AmendmentBlock {
            keyword,
            document,
            fields: fit(fields),
            span,
        })
    }

    pub(super) fn change(&mut self, pair: Pair<'_>) -> Option<ChangeDecl> {
        let span = self.span(&pair);
        let (measure, kids) = self.after_keyword(pair, span, "the indicator changed")?;
        Some(ChangeDecl {
            measure: self.ident(&measure),
            fields: self.fields(kids, Self::measure_field)?,
            span,
        })
    }

    pub(super) fn change_report(&mut self, pair: Pair<'_>) -> Option<ChangeReportDecl> {
        let span = self.span(&pair);
        let mut kids = children(pair).skip(2);
        let report = self.next(&mut kids, span, "the report changed")?;
        let fields = self.fields(kids, Self::report_field)?;
        Some(ChangeReportDecl {
            report: self.ident(&report),
            fields,
            span,
        })
    }

    pub(super) fn transfer(&mut self, pair: Pair<'_>) -> Option<TransferDecl> {
        let span = self.span(&pair);
        let (from, mut kids) = self.after_keyword(pair, span, "the agency whose roles pass")?;
        let to = kids.nth(1);
        let to = self.next(&mut to.into_iter(), span, "the agency that takes them")?;
        let reference = kids.next().and_then(|r| self.clause_text(r));
        Some(TransferDecl {
            from: self.ident(&from),
            to: self.ident(&to),
            reference,
            span,
        })
    }
}
