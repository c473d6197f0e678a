//! What a judgement's note says, as values: why a target stands where it does when the
//! numbers alone do not say it ("met in 2024, ahead of 2025"). The evaluation makes notes
//! without words, as the checker makes problems; they are worded at the edges, in the
//! language asked for, from the catalogue (`src/i18n/*/data.ftl`, `note-…`).

use crate::date::Period;
use crate::i18n::{Arg, Lang};
use crate::numbers::{exact, rounded};
use serde::ser::{SerializeMap, Serializer};
use std::fmt;

/// A note: one remark, or several said one after the other (a change's level, then what
/// the level's judgement says of it; a milestone's remark, then a baseline the data give
/// otherwise).
#[derive(Clone, Debug, PartialEq)]
pub struct Note {
    /// What it says, in order; never empty.
    remarks: Vec<Remark>,
}

/// One thing a note says, with the values its words are made from.
#[derive(Clone, Debug, PartialEq)]
pub enum Remark {
    /// A target of the plan's vision, after the plan period: not judged before its year.
    VisionNotDue {
        /// The target's first year.
        first: i32,
        /// The plan's first year.
        start: i32,
        /// The plan's last year.
        end: i32,
    },
    /// No period of the plan has ended, so no data are due yet.
    NoPeriodEnded,
    /// No value at all.
    NoData,
    /// The milestone is past and its own value is missing.
    NoMilestoneValue {
        /// The milestone.
        at: Period,
    },
    /// A one-sided target met before its milestone, which achieves it.
    MetEarly {
        /// The period of the value that met it.
        met: Period,
        /// The milestone.
        at: Period,
    },
    /// A band, an exact value or a level to hold met before its milestone: on course, the
    /// milestone's own value decides.
    MeetsBeforeMilestone {
        /// The period of the value that meets it.
        met: Period,
        /// The milestone.
        at: Period,
    },
    /// The data give another value for the declared baseline's year; the declared one
    /// counts.
    BaselineDiffers {
        /// The baseline's year.
        year: i32,
        /// The value the plan declares.
        declared: f64,
        /// The value the data give.
        reported: f64,
    },
    /// A trend needs two values at different times.
    TrendNeedsTwoValues,
    /// A forecast (a band with no better side), judged by its distance to the band.
    Distance {
        /// The band's lower end.
        low: f64,
        /// The band's upper end.
        high: f64,
        /// How far outside the band the value is.
        off: f64,
    },
    /// A level to hold whose first year has not ended.
    HeldFrom {
        /// The first year it is held.
        from: i32,
    },
    /// A level to hold with no yearly value in its years.
    NoYearlyValueSince {
        /// The first year it is held.
        from: i32,
    },
    /// A level to hold that a year's value broke.
    LevelBroken {
        /// The year that broke it.
        period: Period,
        /// Its value.
        value: f64,
    },
    /// A level held in every year observed, with years missing.
    HeldWithGaps {
        /// The years without a value.
        missing: Vec<i32>,
    },
    /// A change whose span has not begun, with nothing to count it from.
    ChangeFrom {
        /// The span's first year.
        from: i32,
    },
    /// A change with no value to count it from.
    ChangeWithoutStart,
    /// The level a change asks for, from the value it starts at.
    ChangeAsLevel {
        /// The change asked for.
        change: f64,
        /// Whether it is in percent of the start, rather than in the unit's points.
        percent: bool,
        /// The value it is counted from.
        start: f64,
        /// The period of that value.
        start_period: Period,
        /// The level it comes to.
        level: f64,
        /// The year it is to come to it by.
        until: i32,
    },
    /// A yearly rate whose first year has not ended.
    RateFrom {
        /// The rate's first year.
        from: i32,
    },
    /// A yearly rate needs values for two years.
    RateNeedsTwoYears,
    /// A growth rate between values of which one is negative.
    GrowthUndefined,
    /// A change counted from a baseline year whose value the data do not give.
    ChangeBaselineMissing {
        /// The baseline's year.
        year: i32,
    },
    /// A measure set for some areas (`scope`), none of which the area evaluated holds.
    NotInScope(Scoped),
    /// A measure set for some areas, of which the area evaluated holds only some.
    PartlyInScope(Scoped),
    /// A flow's year is over and its data reach only some of its months.
    YearIncomplete {
        /// The year.
        year: i32,
        /// How many of its months the data reach.
        months: u32,
    },
    /// A flow's year is over and has no total.
    NoYearTotal {
        /// The year.
        year: i32,
    },
    /// A flow's total so far in the milestone's year, against the share due by then.
    YearSoFar {
        /// The last period counted.
        period: Period,
        /// How many months of the year that is.
        months: u32,
        /// The share of the year's target due by then.
        share: Share,
    },
    /// A flow's total for a period within a year, which decides.
    PeriodDecides(Counted),
    /// A flow's total for a period within a year, not known though the period is over.
    PeriodTotalUnknown(Counted),
    /// A flow's target for a period within a year that has not begun.
    PeriodNotBegun {
        /// The target's period.
        period: Period,
    },
    /// A flow's total so far for a period within a year, against the share due by then.
    PeriodSoFar {
        /// The total counted.
        counted: Counted,
        /// The period the data reach.
        to: Period,
        /// How many of the period's months they reach.
        months: u32,
        /// How many months the period has.
        of: u32,
        /// The share of the target due by then.
        share: Share,
    },
    /// A flow with no complete year's total to see a trend in.
    NoCompleteYear,
    /// A flow whose latest year's total already meets a later year's target: on course,
    /// that year's own total decides.
    FlowMeetsEarly {
        /// The latest complete year.
        latest: Period,
        /// The milestone's year.
        year: i32,
    },
}

/// A measure set for some areas, and the area evaluated.
#[derive(Clone, Debug, PartialEq)]
pub struct Scoped {
    /// Whether it is a part (`16a`) rather than an indicator.
    pub part: bool,
    /// Its id.
    pub id: String,
    /// The areas it is set for.
    pub areas: Vec<String>,
    /// The area evaluated.
    pub area: String,
}

/// What total of a flow a target within a year counts.
#[derive(Copy, Clone, Debug, PartialEq)]
pub enum Counted {
    /// The total from January to the end of the period (`cumulative`).
    ToDate(Period),
    /// The period's own total.
    Own(Period),
}

/// The share of a total due by a time, and how it was found.
#[derive(Copy, Clone, Debug, PartialEq)]
pub struct Share {
    /// The share, from 0 to 1.
    pub share: f64,
    /// How it was found.
    pub basis: ShareBasis,
}

/// How the share of a total due by a time was found.
#[derive(Copy, Clone, Debug, PartialEq)]
pub enum ShareBasis {
    /// The share the same months held in this earlier year (a seasonal profile).
    Seasonal(i32),
    /// The share of the months elapsed: of the year, or of a shorter period.
    Elapsed {
        /// Whether the span is the whole year.
        whole_year: bool,
    },
}

impl From<Remark> for Note {
    fn from(remark: Remark) -> Note {
        Note {
            remarks: vec![remark],
        }
    }
}

impl Note {
    /// What the note says, in order.
    pub fn remarks(&self) -> &[Remark] {
        &self.remarks
    }

    /// The note with `remark` said after what it says.
    pub fn then(mut self, remark: Remark) -> Note {
        self.remarks.push(remark);
        self
    }

    /// `remark` said before the note `after`, if there is one.
    pub fn before(remark: Remark, after: Option<Note>) -> Note {
        let mut note = Note::from(remark);
        if let Some(after) = after {
            note.remarks.extend(after.remarks);
        }
        note
    }

    /// The note in `lang`: its remarks' words, one after the other.
    pub fn words(&self, lang: Lang) -> String {
        let said: Vec<String> = self.remarks.iter().map(|r| r.words(lang)).collect();
        said.join("; ")
    }

    /// The stable code of each remark (`met_early`), for programs.
    pub fn codes(&self) -> Vec<&'static str> {
        self.remarks.iter().map(Remark::code).collect()
    }
}

/// The note's English words.
impl fmt::Display for Note {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.words(Lang::En))
    }
}

/// A note's words in `lang`, or nothing: what a cell or a line shows.
pub fn words(note: Option<&Note>, lang: Lang) -> Option<String> {
    note.map(|n| n.words(lang))
}

/// A result's note in its JSON: `note`, its English words (`null` without one), and
/// `note_codes`, the code of each remark (`[]` without one), which do not change with the
/// language or the wording.
pub(crate) fn json_fields<S: Serializer>(note: &Option<Note>, s: S) -> Result<S::Ok, S::Error> {
    let mut map = s.serialize_map(Some(2))?;
    map.serialize_entry("note", &words(note.as_ref(), Lang::En))?;
    map.serialize_entry(
        "note_codes",
        &note.as_ref().map(Note::codes).unwrap_or_default(),
    )?;
    map.end()
}

impl Remark {
    /// The remark's stable code: its kind, in snake case.
    pub fn code(&self) -> &'static str {
        match self {
            Remark::VisionNotDue { .. } => "vision_not_due",
            Remark::NoPeriodEnded => "no_period_ended",
            Remark::NoData => "no_data",
            Remark::NoMilestoneValue { .. } => "no_milestone_value",
            Remark::MetEarly { .. } => "met_early",
            Remark::MeetsBeforeMilestone { .. } => "meets_before_milestone",
            Remark::BaselineDiffers { .. } => "baseline_differs",
            Remark::TrendNeedsTwoValues => "trend_needs_two_values",
            Remark::Distance { .. } => "distance",
            Remark::HeldFrom { .. } => "held_from",
            Remark::NoYearlyValueSince { .. } => "no_yearly_value_since",
            Remark::LevelBroken { .. } => "level_broken",
            Remark::HeldWithGaps { .. } => "held_with_gaps",
            Remark::ChangeFrom { .. } => "change_from",
            Remark::ChangeWithoutStart => "change_without_start",
            Remark::ChangeAsLevel { .. } => "change_as_level",
            Remark::RateFrom { .. } => "rate_from",
            Remark::RateNeedsTwoYears => "rate_needs_two_years",
            Remark::GrowthUndefined => "growth_undefined",
            Remark::ChangeBaselineMissing { .. } => "change_baseline_missing",
            Remark::NotInScope(_) => "not_in_scope",
            Remark::PartlyInScope(_) => "partly_in_scope",
            Remark::YearIncomplete { .. } => "year_incomplete",
            Remark::NoYearTotal { .. } => "no_year_total",
            Remark::YearSoFar { .. } => "year_so_far",
            Remark::PeriodDecides(_) => "period_decides",
            Remark::PeriodTotalUnknown(_) => "period_total_unknown",
            Remark::PeriodNotBegun { .. } => "period_not_begun",
            Remark::PeriodSoFar { .. } => "period_so_far",
            Remark::NoCompleteYear => "no_complete_year",
            Remark::FlowMeetsEarly { .. } => "flow_meets_early",
        }
    }

    /// The remark in `lang`.
    pub fn words(&self, lang: Lang) -> String {
        let period = |p: &Period| Arg::from(in_text(lang, *p));
        let year = |y: &i32| Arg::from(y.to_string());
        let value = |v: f64| Arg::from(crate::i18n::number(lang, &exact(v)));
        let id = format!("note-{}", self.code().replace('_', "-"));
        let args: Vec<(&str, Arg)> = match self {
            Remark::NoPeriodEnded
            | Remark::NoData
            | Remark::TrendNeedsTwoValues
            | Remark::ChangeWithoutStart
            | Remark::RateNeedsTwoYears
            | Remark::GrowthUndefined
            | Remark::NoCompleteYear => Vec::new(),
            Remark::VisionNotDue { first, start, end } => vec![
                ("first", year(first)),
                ("start", year(start)),
                ("end", year(end)),
            ],
            Remark::NoMilestoneValue { at } => vec![("at", period(at))],
            Remark::MetEarly { met, at } | Remark::MeetsBeforeMilestone { met, at } => {
                vec![("met", period(met)), ("at", period(at))]
            }
            Remark::BaselineDiffers {
                year: y,
                declared,
                reported,
            } => vec![
                ("year", year(y)),
                ("declared", value(*declared)),
                ("reported", value(*reported)),
            ],
            Remark::Distance { low, high, off } => vec![
                ("low", value(*low)),
                ("high", value(*high)),
                ("off", value(*off)),
            ],
            Remark::HeldFrom { from }
            | Remark::NoYearlyValueSince { from }
            | Remark::ChangeFrom { from }
            | Remark::RateFrom { from } => vec![("from", year(from))],
            Remark::LevelBroken {
                period: p,
                value: v,
            } => {
                vec![("period", period(p)), ("value", value(*v))]
            }
            Remark::HeldWithGaps { missing } => {
                let years: Vec<String> = missing.iter().map(i32::to_string).collect();
                vec![("missing", years.join(", ").into())]
            }
            Remark::ChangeAsLevel {
                change,
                percent,
                start,
                start_period,
                level,
                until,
            } => vec![
                ("change", value(*change)),
                ("percent", yes_no(*percent)),
                ("start", value(*start)),
                ("start_period", period(start_period)),
                // Computed (50.1 × 0.8 is 40.080000000000005 in floating point): to four
                // digits.
                ("level", crate::i18n::number(lang, &rounded(*level)).into()),
                ("until", year(until)),
            ],
            Remark::ChangeBaselineMissing { year: y } => vec![("year", year(y))],
            Remark::NotInScope(s) | Remark::PartlyInScope(s) => vec![
                ("part", yes_no(s.part)),
                ("id", s.id.as_str().into()),
                ("areas", s.areas.join(", ").into()),
                ("area", s.area.as_str().into()),
            ],
            Remark::YearIncomplete { year: y, months } => {
                vec![("year", year(y)), ("months", months.to_string().into())]
            }
            Remark::NoYearTotal { year: y } => vec![("year", year(y))],
            Remark::YearSoFar {
                period: p,
                months,
                share,
            } => vec![
                ("period", period(p)),
                ("months", months.to_string().into()),
                ("share", share.percent(lang).into()),
                ("basis", share.basis.words(lang).into()),
            ],
            Remark::PeriodDecides(counted) | Remark::PeriodTotalUnknown(counted) => {
                vec![("counted", counted.words(lang).into())]
            }
            Remark::PeriodNotBegun { period: p } => vec![("period", period(p))],
            Remark::PeriodSoFar {
                counted,
                to,
                months,
                of,
                share,
            } => vec![
                ("counted", counted.words(lang).into()),
                ("to", period(to)),
                ("months", months.to_string().into()),
                ("of", of.to_string().into()),
                ("share", share.percent(lang).into()),
                ("basis", share.basis.words(lang).into()),
            ],
            Remark::FlowMeetsEarly { latest, year: y } => {
                vec![("latest", period(latest)), ("year", year(y))]
            }
        };
        lang.text_with(&id, &args)
    }
}

/// A period in a note's sentence: as [`crate::i18n::period`] writes it, a year with its word
/// where the language needs one (`năm 2024`, as `quý I/2026` has its own).
fn in_text(lang: Lang, period: Period) -> String {
    match period {
        Period::Year(year) => lang.text_with("note-year", &[("year", format!("{year:04}").into())]),
        _ => crate::i18n::period(lang, period),
    }
}

/// A yes or no for a selector of the catalogue.
fn yes_no(yes: bool) -> Arg {
    Arg::from(if yes { "yes" } else { "no" })
}

impl Counted {
    /// "the total from January to the end of 2026-Q2", "2026-Q2's own total".
    fn words(self, lang: Lang) -> String {
        let (id, period) = match self {
            Counted::ToDate(p) => ("note-counted-to-date", p),
            Counted::Own(p) => ("note-counted-own", p),
        };
        lang.text_with(id, &[("period", in_text(lang, period).into())])
    }
}

impl Share {
    /// `45 %`.
    fn percent(self, lang: Lang) -> String {
        lang.text_with(
            "note-share",
            &[(
                "share",
                crate::i18n::number(lang, &rounded(self.share * 100.0)).into(),
            )],
        )
    }
}

impl ShareBasis {
    /// "as in 2025", "the share of the year elapsed".
    fn words(self, lang: Lang) -> String {
        match self {
            ShareBasis::Seasonal(year) => {
                lang.text_with("note-basis-seasonal", &[("year", year.to_string().into())])
            }
            ShareBasis::Elapsed { whole_year } => {
                lang.text_with("note-basis-elapsed", &[("whole_year", yes_no(whole_year))])
            }
        }
    }
}

#[cfg(test)]
mod tests;
