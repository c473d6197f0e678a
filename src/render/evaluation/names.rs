//! What a result's ids stand for, as a reader knows them: the indicator's title and unit,
//! the agencies' names. Every format of the evaluation writes them from here.

use crate::eval::TargetResult;
use crate::model::{Agency, Model, Unit};

/// The name an officer knows an agency by: its short name (`Sở LĐ-TB&XH`), else its name.
pub fn agency(agency: &Agency) -> &str {
    agency.short.as_deref().unwrap_or(&agency.name)
}

/// The name of the agency with this id, or the id when the plan declares none (a report
/// or task owed names its agency by id).
pub fn agency_by_id<'m>(model: &'m Model, id: &'m str) -> &'m str {
    model.agencies.get(id).map_or(id, agency)
}

/// A report's title (`Báo cáo năm`), else its id.
pub fn report<'m>(model: &'m Model, id: &'m str) -> &'m str {
    model
        .reports
        .get(id)
        .map(|r| r.title.as_str())
        .filter(|t| !t.is_empty())
        .unwrap_or(id)
}

/// A project's or task's title (`Xây dựng kế hoạch ...`), else its id.
pub fn duty<'m>(model: &'m Model, t: &'m crate::eval::tasks::TaskStatus) -> &'m str {
    model
        .duty(t.which)
        .map(|d| d.title)
        .filter(|t| !t.is_empty())
        .unwrap_or(&t.task)
}

/// The indicator a result judges, as a report shows it.
pub struct Subject<'m> {
    /// Its title (`Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ`); empty when the model
    /// holds no such measure (an evaluation made of another model).
    pub title: &'m str,
    /// Its unit, when it names a known one.
    pub unit: Option<&'m Unit>,
    /// Its lead agencies' names, in the plan's order.
    pub leads: Vec<&'m str>,
}

impl Subject<'_> {
    /// The unit as people read it (see [`crate::render::units::label`]); empty for none.
    pub fn unit_label(&self) -> String {
        self.unit.map_or(String::new(), crate::render::units::label)
    }

    /// A value in the unit, as `lang` writes numbers: `65%`, `448.8/100.000`.
    pub fn value(&self, lang: crate::i18n::Lang, v: f64) -> String {
        crate::render::units::value(lang, v, self.unit)
    }

    /// The lead agencies' names joined: `Sở Y tế, Sở GD&ĐT`.
    pub fn lead_names(&self) -> String {
        self.leads.join(", ")
    }
}

/// The indicator `r` judges, followed by its id in `model`.
pub fn subject<'m>(model: &'m Model, r: &'m TargetResult) -> Subject<'m> {
    let Some(measure) = model.at(r.measure).filter(|m| m.id == r.indicator) else {
        // Not this model's measure: the ids are all there is to show.
        return Subject {
            title: "",
            unit: None,
            leads: r.lead.iter().map(String::as_str).collect(),
        };
    };
    Subject {
        title: &measure.title,
        unit: measure.unit.as_ref().and_then(|u| u.unit.as_deref()),
        leads: measure
            .lead
            .iter()
            .map(|o| model.get(&o.agency).map_or(o.agency.name.as_str(), agency))
            .collect(),
    }
}
