//! Data periods, which the calendar defines ([`crate::date::Period`]), and the kind of
//! report that recurs with each.

pub use crate::date::Period;
use crate::model::PeriodKind;

impl Period {
    /// How often a period of this kind recurs, as a report's `period` says it.
    pub fn kind(self) -> PeriodKind {
        match self {
            Period::Year(_) => PeriodKind::Year,
            Period::Half(..) => PeriodKind::HalfYear,
            Period::Quarter(..) => PeriodKind::Quarter,
            Period::Month(..) => PeriodKind::Month,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_names_itself() {
        assert_eq!(Period::Month(2023, 1).kind(), PeriodKind::Month);
        assert_eq!(Period::Quarter(2023, 1).kind(), PeriodKind::Quarter);
        assert_eq!(Period::Half(2023, 1).kind(), PeriodKind::HalfYear);
        assert_eq!(Period::Year(2023).kind(), PeriodKind::Year);
    }
}
