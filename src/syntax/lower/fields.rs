//! Lowering the fields several kinds of item share, so each is read the same everywhere.

use super::*;

impl Lowerer<'_> {
    /// `lead a, b ref "..."`, `lead ? because "..."`, `support c`: on indicators, parts,
    /// projects and tasks.
    pub(super) fn ownership(&mut self, pair: Pair<'_>, span: Span) -> Option<Ownership> {
        let rule = pair.as_rule();
        let (list, mut kids) = self.after_keyword(pair, span, "an agency list")?;
        if list.as_rule() == Rule::lead_unknown {
            let reason = children(list).nth(1).map(|r| self.text(r));
            return Some(Ownership::LeadUnknown(reason));
        }
        let owners = Owners {
            agencies: self.ident_list(list),
            reference: kids.next().and_then(|r| self.clause_text(r)),
        };
        match rule {
            Rule::lead_field => Some(Ownership::Lead(owners)),
            Rule::support_field => Some(Ownership::Support(owners)),
            _ => {
                self.internal(span, "`lead` or `support`");
                None
            }
        }
    }

    /// `source "..."`, `note "..."`: on the plan header, measures, reports, reviews,
    /// projects and tasks.
    pub(super) fn annotation(&mut self, pair: Pair<'_>, span: Span) -> Option<Annotation> {
        match pair.as_rule() {
            Rule::source_clause => Some(Annotation::Source(self.field_text(pair, "`source`")?)),
            Rule::note_field => Some(Annotation::Note(self.field_text(pair, "`note`")?)),
            _ => {
                self.internal(span, "`source` or `note`");
                None
            }
        }
    }

    /// `total of 12a, 12b within 0.5 points`: the parts added up, and the tolerance of the
    /// identity when one is written.
    pub(super) fn total_of(&mut self, pair: Pair<'_>, span: Span) -> Option<TotalOf> {
        // After `total` and `of`.
        let mut kids = children(pair).skip(2);
        let list = self.next(&mut kids, span, "the parts of a total")?;
        let within = match kids.next() {
            Some(t) => Some(self.tolerance(t)?),
            None => None,
        };
        Some(TotalOf {
            parts: self.ident_list(list),
            within,
        })
    }
}
