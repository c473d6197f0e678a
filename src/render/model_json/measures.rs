//! Indicators in the JSON of `plan show`: each measure (an indicator without parts, or a
//! part) with its unit, targets and owners, and each composite indicator.

use crate::model::{
    Aggregate, Baseline, Comparator, Formula, Id, Indicator, Measure, Model, ParentLink, RateUnit,
    Scope, Target, TargetKind, Total, Unit,
};
use indexmap::IndexMap;
use serde::Serialize;

#[derive(Serialize)]
pub struct IndicatorJson<'m> {
    pub id: &'m str,
    pub parent: Option<&'m str>,
    pub number: &'m str,
    pub title: &'m str,
    pub objective: Option<&'m str>,
    /// The unit it resolved to.
    pub unit: Option<&'m Unit>,
    pub direction: Option<&'static str>,
    /// `per_period` or `cumulative` for a flow; null for a level.
    pub flow: Option<crate::model::Flow>,
    pub baseline: Option<&'m Baseline>,
    pub targets: Vec<TargetJson<'m>>,
    pub lead: Vec<&'m str>,
    pub support: Vec<&'m str>,
    pub source: Option<&'m str>,
    pub notes: &'m [String],
    /// numerator / denominator × factor, over data elements, indicators or parts.
    pub formula: Option<&'m Formula>,
    /// `total of 12a, 12b within 0.5 points`: the measures it is the sum of.
    pub total: Option<TotalJson<'m>>,
    /// `scope ...`: `{ "areas": [...] }` or `{ "where": { "dimension": "value" } }`; null for
    /// the whole of the plan's area.
    pub scope: Option<ScopeJson<'m>>,
    /// How district values add up to their province.
    pub aggregate: &'m Aggregate,
    /// `lead ?`: why no lead is named yet (absent when a lead is named or none is marked).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lead_to_fill: Option<&'m str>,
    /// The parent indicator it takes up (absent when none).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub maps: Option<MapsJson<'m>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    /// The projects that cover it (its owners may come from them).
    pub projects: Vec<&'m str>,
}

#[derive(Serialize)]
pub struct TargetJson<'m> {
    pub year: Option<i32>,
    pub until: Option<i32>,
    /// A level's milestone as written: `2025`, `2026-Q2`; null for the other kinds and for
    /// a level over the whole period.
    pub milestone: Option<String>,
    /// `2026-Q3 cumulative`: a flow's total from January to the milestone's end.
    pub cumulative: bool,
    pub kind: TargetKind,
    pub op: Comparator,
    pub value: f64,
    pub value_max: Option<f64>,
    /// For rate targets: `points` (the unit's own) or `percent` (of the previous value).
    pub rate_unit: Option<RateUnit>,
    /// `~ 10 within 0.5 points`: the tolerance written; null for the default.
    pub tolerance: Option<ToleranceJson>,
    pub strive: bool,
    #[serde(rename = "where")]
    pub split: Option<IndexMap<&'m str, &'m str>>,
    #[serde(rename = "ref")]
    pub reference: Option<&'m str>,
    /// The other sections that restate the same target (their `ref`s).
    pub restated_in: &'m [String],
}

/// `scope ha_noi, tp_hcm` as `{ "areas": ["ha_noi", "tp_hcm"] }`; `scope where khu_vuc =
/// kcn` as `{ "where": { "khu_vuc": "kcn" } }`.
#[derive(Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ScopeJson<'m> {
    Areas(Vec<&'m str>),
    Where(IndexMap<&'m str, &'m str>),
}

/// `within 0.5 points`: `{ "amount": 0.5, "unit": "points" }`.
#[derive(Serialize)]
pub struct ToleranceJson {
    pub amount: f64,
    pub unit: RateUnit,
}

/// `total of 12a, 12b within 0.5 points`: `{ "of": ["12a", "12b"], "tolerance": { "amount":
/// 0.5, "unit": "points" } }`, the tolerance null for the default.
#[derive(Serialize)]
pub struct TotalJson<'m> {
    pub of: Vec<&'m str>,
    pub tolerance: Option<ToleranceJson>,
}

/// `adopts national.3a` / `adapts national.3a because "..."`.
#[derive(Serialize)]
pub struct MapsJson<'m> {
    pub parent: &'m str,
    /// `adopted` or `adapted`.
    pub take: &'static str,
    pub because: Option<&'m str>,
    #[serde(rename = "ref")]
    pub reference: Option<&'m str>,
}

/// A composite indicator's own fields; its parts are in `indicators`.
#[derive(Serialize)]
pub struct CompositeJson<'m> {
    pub number: &'m str,
    pub title: &'m str,
    pub objective: Option<&'m str>,
    pub source: Option<&'m str>,
    pub notes: &'m [String],
    pub parts: Vec<&'m str>,
}

pub(super) fn target(t: &Target) -> TargetJson<'_> {
    let Target {
        kind,
        op,
        value,
        value_max,
        tolerance,
        strive,
        split,
        reference,
        restated_in,
        span: _,
        op_span: _,
        value_span: _,
    } = t;
    TargetJson {
        year: kind.first_year(),
        until: kind.last_year(),
        milestone: t.milestone_period().map(|p| p.to_string()),
        cumulative: t.milestone().is_some_and(|m| m.to_date.is_some()),
        kind: *kind,
        op: *op,
        value: *value,
        value_max: *value_max,
        rate_unit: kind.change_unit(),
        tolerance: tolerance.map(|t| ToleranceJson {
            amount: t.amount,
            unit: t.unit,
        }),
        strive: *strive,
        split: split
            .as_deref()
            .map(|(d, v)| IndexMap::from([(d.name.as_str(), v.name.as_str())])),
        reference: reference.as_deref(),
        restated_in,
    }
}

/// The agencies of a list of owners, by id. Where the document names each (its `ref`) is
/// left out: the list keeps the shape other tools read.
pub(super) fn agencies(owners: &[crate::model::Owner]) -> Vec<&str> {
    owners.iter().map(|o| o.agency.name.as_str()).collect()
}

pub(super) fn measure<'m>(model: &'m Model, m: &'m Measure) -> IndicatorJson<'m> {
    let Measure {
        id,
        parent,
        number,
        title,
        objective,
        unit,
        direction,
        flow,
        baseline,
        targets,
        lead,
        support,
        source,
        notes,
        formula,
        total,
        scope,
        aggregate,
        lead_to_fill,
        maps,
        span: _,
        id_span: _,
    } = m;
    // Where it is in the model's measures, as the projects that cover it hold it.
    let here = model.measures.get_index_of(id).map(Id::at);
    IndicatorJson {
        id,
        parent: parent.and(Some(number.as_str())),
        number,
        title,
        objective: objective.as_ref().map(|o| o.name.as_str()),
        // The unit as written is left out: what it resolved to says more.
        unit: unit.as_ref().and_then(|u| u.unit.as_deref()),
        direction: direction.map(|d| d.as_str()),
        flow: *flow,
        baseline: baseline.as_deref(),
        targets: targets.iter().map(target).collect(),
        lead: agencies(lead),
        support: agencies(support),
        source: source.as_deref(),
        notes,
        formula: formula.as_deref(),
        total: total.as_deref().map(total_json),
        scope: scope.as_deref().map(|s| match s {
            Scope::Areas(areas) => {
                ScopeJson::Areas(areas.iter().map(|a| a.name.as_str()).collect())
            }
            Scope::Value(d, v) => {
                ScopeJson::Where(IndexMap::from([(d.name.as_str(), v.name.as_str())]))
            }
        }),
        aggregate,
        lead_to_fill: lead_to_fill
            .as_ref()
            .map(|f| f.reason.as_deref().unwrap_or("")),
        maps: maps.as_deref().map(maps_json),
        projects: model
            .projects
            .values()
            .filter(|p| here.is_some_and(|m| p.measures.contains(&m)))
            .map(|p| p.id.as_str())
            .collect(),
    }
}

fn total_json(total: &Total) -> TotalJson<'_> {
    let Total {
        parts,
        tolerance,
        span: _,
    } = total;
    TotalJson {
        of: parts.iter().map(|p| p.name.as_str()).collect(),
        tolerance: tolerance.map(|t| ToleranceJson {
            amount: t.amount,
            unit: t.unit,
        }),
    }
}

fn maps_json(link: &ParentLink) -> MapsJson<'_> {
    let ParentLink {
        parent,
        adapted_because,
        reference,
        span: _,
    } = link;
    MapsJson {
        parent: &parent.name,
        take: if adapted_because.is_some() {
            "adapted"
        } else {
            "adopted"
        },
        because: adapted_because.as_deref(),
        reference: reference.as_deref(),
    }
}

/// A composite indicator (an indicator without parts is its one measure, in `indicators`).
pub(super) fn composite<'m>(model: &'m Model, i: &'m Indicator) -> Option<CompositeJson<'m>> {
    let Indicator {
        number,
        title,
        objective,
        source,
        notes,
        measures,
        is_composite,
        span: _,
        id_span: _,
    } = i;
    is_composite.then(|| CompositeJson {
        number,
        title,
        objective: objective.as_ref().map(|o| o.name.as_str()),
        source: source.as_deref(),
        notes,
        parts: measures
            .iter()
            .filter_map(|&id| model.at(id))
            .map(|m| m.id.as_str())
            .collect(),
    })
}
