//! An amendment file's header and changes in the JSON of `plan show`.

use super::measures::{agencies, target, TargetJson};
use crate::date::{Date, DayMonth, DueMonth};
use crate::model::Deadline;
use crate::model::{Amendment, Change, PeriodKind, Report};
use serde::Serialize;

#[derive(Serialize)]
pub struct AmendmentJson<'m> {
    pub document: &'m str,
    /// The import naming the plan amended.
    pub amends: Option<&'m str>,
    pub issuer: Option<&'m str>,
    pub signed: Option<Date>,
    pub effective: Option<Date>,
    pub effective_ref: Option<&'m str>,
    pub source: Option<&'m str>,
    pub notes: &'m [String],
    pub changes: Vec<ChangeJson<'m>>,
}

/// One change, tagged `"change": "measure" | "report" | "transfer"`; names of the amended plan
/// as the amendment writes them (`son_la.14`).
#[derive(Serialize)]
#[serde(tag = "change", rename_all = "snake_case")]
pub enum ChangeJson<'m> {
    Measure {
        measure: &'m str,
        lead: Vec<&'m str>,
        support: Vec<&'m str>,
        targets: Vec<TargetJson<'m>>,
    },
    /// The schedule fields it gives (the others are null or empty).
    Report {
        report: &'m str,
        period: Option<PeriodKind>,
        due: Option<DayMonth>,
        due_before: bool,
        due_month: Option<DueMonth>,
        from: Vec<&'m str>,
        to: Option<&'m str>,
    },
    Transfer {
        from: &'m str,
        to: &'m str,
        #[serde(rename = "ref")]
        reference: Option<&'m str>,
    },
}

pub(super) fn amendment(a: &Amendment) -> AmendmentJson<'_> {
    let Amendment {
        document,
        amends,
        issuer,
        signed,
        effective,
        effective_reference,
        source,
        notes,
        changes,
        span: _,
    } = a;
    AmendmentJson {
        document,
        amends: amends.as_ref().map(|i| i.name.as_str()),
        issuer: issuer.as_ref().map(|i| i.name.as_str()),
        signed: *signed,
        effective: *effective,
        effective_ref: effective_reference.as_deref(),
        source: source.as_deref(),
        notes,
        changes: changes.iter().map(change).collect(),
    }
}

fn change(c: &Change) -> ChangeJson<'_> {
    match c {
        Change::Measure {
            measure,
            lead,
            support,
            targets,
            span: _,
        } => ChangeJson::Measure {
            measure: &measure.name,
            lead: agencies(lead),
            support: agencies(support),
            targets: targets.iter().map(target).collect(),
        },
        Change::Report {
            report,
            fields,
            span: _,
        } => {
            let Report { period, party, .. } = &**fields;
            let party = super::schedule::party(party);
            ChangeJson::Report {
                report: &report.name,
                period: *period,
                due: fields.due_day(),
                due_before: fields.due_before(),
                due_month: fields.due_month(),
                from: party.from,
                to: party.to,
            }
        }
        Change::Transfer {
            from,
            to,
            reference,
            span: _,
        } => ChangeJson::Transfer {
            from: &from.name,
            to: &to.name,
            reference: reference.as_deref(),
        },
    }
}
