//! A problem of every kind a plan may have, and of each branch of its words (a close name
//! or none, one missing number or several), for the tests to put into words.

use crate::date::{Date, DateError, DateWhat, DayMonth, DueMonth, Period};
use crate::diagnostic::problem::*;
use crate::model::{Comparator, Direction, KindName, PeriodKind};
use crate::source::Span;
use crate::syntax::ast::Due;

fn at(n: usize) -> Span {
    Span::new(n, n + 1)
}

pub(super) fn indicator(id: &str) -> MeasureRef {
    MeasureRef {
        id: id.into(),
        is_part: false,
    }
}

pub(super) fn part(id: &str) -> MeasureRef {
    MeasureRef {
        id: id.into(),
        is_part: true,
    }
}

fn names(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

fn unknown(kind: NameKind, within: Option<&str>, hint: NameHint) -> Problem {
    Problem::UnknownName(UnknownName {
        kind,
        name: "so_yt".into(),
        within: within.map(str::to_string),
        hint,
    })
}

fn names_problems() -> Vec<Problem> {
    use NameKind::*;
    let mut all: Vec<Problem> = [
        Agency, Objective, Area, Element, Dimension, Unit, Project, Operand, Measure,
    ]
    .into_iter()
    .map(|kind| unknown(kind, None, NameHint::Declare))
    .collect();
    all.extend([
        unknown(Agency, None, NameHint::Similar("so_yte".into())),
        unknown(Agency, None, NameHint::Imported(names(&["a.yte", "b.yte"]))),
        unknown(
            DimensionValue,
            Some("khu_vuc"),
            NameHint::OneOf(names(&["do_thi", "nong_thon"])),
        ),
        unknown(DimensionValue, None, NameHint::OneOf(names(&["do_thi"]))),
        unknown(DimensionValue, Some("khu_vuc"), NameHint::Declare),
    ]);
    all
}

fn reading_problems() -> Vec<Problem> {
    let no_day = DateError::NoSuchDay {
        month: 2,
        year: Some(2021),
        day: 30,
    };
    let values = [
        ValueKind::Name,
        ValueKind::Text,
        ValueKind::Number,
        ValueKind::Year,
        ValueKind::Date,
        ValueKind::DayMonth,
        ValueKind::MonthOfYear,
        ValueKind::Comparison,
        ValueKind::MilestoneOrComparison,
        ValueKind::Direction,
        ValueKind::Period,
        ValueKind::Recurrence,
        ValueKind::Aggregation,
        ValueKind::Unit,
        ValueKind::DimensionValue,
        ValueKind::LeadUnknown,
    ];
    let mut all: Vec<Problem> = values
        .into_iter()
        .map(|kind| {
            Problem::from(Reading::Syntax {
                expected: vec![Expected::Value(kind), Expected::Keyword("target")],
                found: Found::Word("x".into()),
                hint: None,
            })
        })
        .collect();
    let hints = [
        Some(SyntaxHint::DidYouMean("increase".into())),
        Some(SyntaxHint::DecimalPoint),
        Some(SyntaxHint::AtLeast),
        Some(SyntaxHint::AtMost),
        Some(SyntaxHint::UnitSign("percent")),
    ];
    let found = [
        Found::EndOfFile,
        Found::EndOfLine,
        Found::Text("Sở".into()),
        Found::Symbol('%'),
        Found::Word("x".into()),
    ];
    for (hint, found) in hints.into_iter().zip(found) {
        all.push(
            Reading::Syntax {
                expected: vec![Expected::CloseBrace, Expected::EndOfFile],
                found,
                hint,
            }
            .into(),
        );
    }
    all.extend(
        [
            Reading::Syntax {
                expected: vec![],
                found: Found::Symbol('}'),
                hint: None,
            },
            Reading::MissingAtLineEnd {
                expected: vec![Expected::Value(ValueKind::Number)],
            },
            Reading::UnclosedText,
            Reading::UnclosedBlock {
                next_item: Some("indicator".into()),
                place: at(9),
            },
            Reading::UnclosedBlock {
                next_item: None,
                place: at(9),
            },
            Reading::DecimalComma {
                written: "9,5".into(),
            },
            Reading::BadNumber {
                written: "1e99".into(),
            },
            Reading::BadMilestone {
                written: "2026-Q5".into(),
            },
            Reading::BadDate {
                written: "2021-02-30".into(),
                why: no_day.clone(),
            },
            Reading::BadDate {
                written: "2021-2-x".into(),
                why: DateError::Form {
                    text: "2021-2-x".into(),
                    form: "YYYY-MM-DD or DD/MM/YYYY",
                    what: DateWhat::Date,
                },
            },
            Reading::BadDueDate {
                written: "12/31".into(),
                why: DateError::NoSuchMonth {
                    month: 31,
                    day_first_hint: true,
                },
                month: false,
            },
            Reading::BadDueDate {
                written: "31/04".into(),
                why: DateError::NoSuchDay {
                    month: 4,
                    year: None,
                    day: 31,
                },
                month: false,
            },
            Reading::BadDueDate {
                written: "13".into(),
                why: DateError::NoSuchMonth {
                    month: 13,
                    day_first_hint: false,
                },
                month: true,
            },
            Reading::BadDueDate {
                written: "x/2025".into(),
                why: DateError::Form {
                    text: "x/2025".into(),
                    form: "MM or MM/YYYY",
                    what: DateWhat::Month,
                },
                month: true,
            },
            Reading::BadDueDate {
                written: "5-12".into(),
                why: DateError::Form {
                    text: "5-12".into(),
                    form: "DD/MM",
                    what: DateWhat::DayMonth,
                },
                month: false,
            },
            Reading::Internal {
                what: "a target".into(),
            },
        ]
        .map(Problem::from),
    );
    all
}

fn declarations_problems() -> Vec<Problem> {
    use Declarations::*;
    let kinds = [
        DeclKind::Agency,
        DeclKind::Unit,
        DeclKind::Dimension,
        DeclKind::Area,
        DeclKind::Element,
        DeclKind::Objective,
        DeclKind::Indicator,
        DeclKind::Part,
        DeclKind::Report,
        DeclKind::Review,
        DeclKind::Query,
        DeclKind::Project,
        DeclKind::Task,
        DeclKind::Import,
    ];
    let items = [
        Item::Plan,
        Item::Amendment,
        Item::Measure(part("16a")),
        Item::ChangeTo("son_la.1".into()),
        Item::Unit("diem".into()),
        Item::Area("moc_chau".into()),
        Item::Report("bc".into()),
        Item::Review("so_ket".into()),
        Item::Project("da1".into()),
        Item::Task("nv1".into()),
    ];
    let mut all: Vec<Declarations> = kinds
        .into_iter()
        .map(|kind| DuplicateId {
            kind,
            id: "yte".into(),
            first: at(1),
        })
        .collect();
    all.extend(items.into_iter().map(|item| DuplicateField {
        field: "unit".into(),
        item,
        first: at(1),
    }));
    all.extend([
        DuplicateHeader {
            first: at(1),
            amendment: false,
        },
        DuplicateHeader {
            first: at(1),
            amendment: true,
        },
        MissingHeader,
        BadPeriod {
            start: 2030,
            end: 2021,
        },
        MissingPeriod,
        MissingHeaderFields {
            missing: vec![
                HeaderField::Document,
                HeaderField::Issuer,
                HeaderField::Signed,
            ],
        },
        AmendmentIncomplete {
            missing: names(&["amends", "effective"]),
        },
        BuiltinUnitDeclared {
            unit: "percent".into(),
        },
        DuplicateValue {
            value: "do_thi".into(),
            dimension: "khu_vuc".into(),
            first: at(1),
        },
        DottedId {
            kind: DeclKind::Agency,
            id: "so.tc".into(),
        },
        ImportClash {
            alias: "common".into(),
            first: at(1),
        },
        ImportUnreadable {
            path: "a.plan".into(),
            reason: ImportFailure::NotFound,
            folder: Some("plans".into()),
        },
        ImportUnreadable {
            path: "a.plan".into(),
            reason: ImportFailure::NotUtf8,
            folder: None,
        },
        ImportCycle {
            path: "a.plan".into(),
            chain: names(&["a.plan", "b.plan", "a.plan"]),
        },
        ImportTooDeep {
            path: "d33.plan".into(),
            chain: names(&["d1.plan", "d33.plan"]),
            limit: 32,
        },
        DuplicateWaiver {
            parent: "national.3".into(),
            first: at(1),
        },
        UnitRangeBackwards {
            unit: "diem".into(),
            upper: at(1),
        },
        AreaCycle {
            path: names(&["a", "b", "a"]),
        },
        ObjectiveCycle {
            path: names(&["a", "chung", "a"]),
        },
        CompositeWithMeasure {
            indicator: "16".into(),
            stray: Stray::Target,
        },
        CompositeWithMeasure {
            indicator: "16".into(),
            stray: Stray::Mapping,
        },
        CompositeWithMeasure {
            indicator: "16".into(),
            stray: Stray::Total,
        },
        MissingUnit {
            measure: indicator("1"),
        },
        MissingDirection {
            measure: part("16b"),
        },
        AggregateWithFormula {
            measure: indicator("1"),
        },
        UnknownCovered {
            project: "da8".into(),
            id: "99".into(),
            indicators: Some(names(&["1", "2"])),
            similar: None,
        },
        UnknownCovered {
            project: "da8".into(),
            id: "nv9".into(),
            indicators: None,
            similar: Some("nv1".into()),
        },
        UnknownCovered {
            project: "da8".into(),
            id: "zz".into(),
            indicators: None,
            similar: None,
        },
        UnchangeableField {
            field: "unit".into(),
        },
        StrayChange,
        AmendsUnknownImport {
            alias: "son_la".into(),
            similar: None,
        },
        AmendsUnknownImport {
            alias: "sonla".into(),
            similar: Some("son_la".into()),
        },
    ]);
    for kind in [
        AmendedKind::Measure,
        AmendedKind::Report,
        AmendedKind::Agency,
    ] {
        for similar in [None, Some("9".to_string())] {
            all.push(UnknownAmendedItem {
                alias: "son_la".into(),
                kind,
                name: "99".into(),
                similar,
            });
        }
    }
    all.into_iter().map(Problem::from).collect()
}

fn derivations_problems() -> Vec<Problem> {
    use Derivations::*;
    let unmet = |strict, op| TargetUnmet {
        measure: indicator("12"),
        year: Period::Year(2030),
        op,
        value: 46200.0,
        sum: 46200.5,
        strict,
        parts: names(&["12a", "12b"]),
    };
    [
        AmbiguousOperand {
            name: "dan_so".into(),
            element: at(1),
            measure: at(5),
        },
        TotalWithFormula {
            measure: part("12a"),
            formula: at(3),
        },
        Cycle {
            path: names(&["12a", "12b", "12a"]),
        },
        PartRepeated {
            measure: part("12a"),
            part: "12b".into(),
            first: at(1),
        },
        NegativeTolerance { amount: -0.5 },
        UnitMismatch {
            measure: part("12a"),
            unit: "ty_dong".into(),
            part: "12c".into(),
            part_unit: "percent".into(),
        },
        unmet(false, Comparator::AtLeast),
        unmet(true, Comparator::Above),
        unmet(true, Comparator::Below),
    ]
    .into_iter()
    .map(Problem::from)
    .collect()
}

pub(super) fn structure_problems() -> Vec<Problem> {
    use Structure::*;
    let date = Date::parse("2021-04-28").expect("a date");
    let gap = |number| NumberingGap {
        number,
        previous: 3,
        previous_span: at(1),
    };
    [
        ConflictingDates {
            first: CitedDate {
                date,
                reference: Some("Điều 2".into()),
            },
            second: CitedDate {
                date: Date::parse("2021-04-22").expect("a date"),
                reference: None,
            },
            first_span: at(1),
        },
        EmptyObjective {
            objective: "a".into(),
        },
        NoObjective {
            indicator: "1".into(),
        },
        MissingSource {
            indicator: "1".into(),
        },
        NumberingOrder {
            number: 2,
            previous: 5,
            previous_span: at(1),
        },
        gap(5),
        gap(8),
        SinglePart {
            indicator: "16".into(),
        },
        PartOrder {
            indicator: "16".into(),
            letter: "c".into(),
            position: 2,
            expected: "b".into(),
        },
    ]
    .into_iter()
    .map(Problem::from)
    .collect()
}

fn owners_problems() -> Vec<Problem> {
    use Owners::*;
    [
        LeadLeftOver {
            measure: indicator("1"),
        },
        DutyLeadLeftOver {
            item: Item::Task("nv1".into()),
        },
        LeadToFill {
            measure: indicator("1"),
            reason: None,
        },
        LeadToFill {
            measure: part("1a"),
            reason: Some("chưa phân công".into()),
        },
        DutyLeadToFill {
            item: Item::Project("da1".into()),
            reason: None,
        },
        DutyLeadToFill {
            item: Item::Task("nv1".into()),
            reason: Some("chưa phân công".into()),
        },
        NoLead {
            measure: indicator("1"),
        },
        MultipleLeads {
            measure: indicator("6a"),
            leads: names(&["stc", "skhdt", "sct"]),
            first: at(1),
            others: vec![at(3), at(5)],
        },
        DuplicateOwner {
            agency: "yte".into(),
            role: Role::Lead,
            measure: indicator("1"),
            first: at(1),
        },
        DuplicateOwner {
            agency: "yte".into(),
            role: Role::Support,
            measure: indicator("1"),
            first: at(1),
        },
        LeadAndSupport {
            agency: "yte".into(),
            measure: indicator("1"),
            lead: at(1),
        },
        RequestedLead {
            measure: indicator("11"),
            leads: names(&["nhnn"]),
        },
        UnusedAgency {
            agency: "sct".into(),
        },
    ]
    .into_iter()
    .map(Problem::from)
    .collect()
}

fn schedule_problems() -> Vec<Problem> {
    use Schedule::*;
    let mut all = vec![
        ReportNoPeriod {
            report: "bc".into(),
        },
        ReportNoSubmitter {
            report: "bc".into(),
        },
        ReportNoRecipient {
            report: "bc".into(),
        },
        ReviewNoYear {
            review: "so_ket".into(),
        },
    ];
    for period in [
        PeriodKind::HalfYear,
        PeriodKind::Year,
        PeriodKind::Quarter,
        PeriodKind::Month,
    ] {
        all.push(ReportNoDue {
            report: "bc".into(),
            period,
        });
    }
    all.into_iter().map(Problem::from).collect()
}

fn duties_problems() -> Vec<Problem> {
    let dues = [
        Due::Day {
            before: true,
            day_month: Some(DayMonth { month: 12, day: 15 }),
        },
        Due::Month {
            before: false,
            month: Some(DueMonth {
                month: 6,
                year: None,
            }),
        },
        Due::Date {
            before: false,
            date: None,
        },
    ];
    dues.into_iter()
        .zip([Some(2021), None, Some(2026)])
        .map(|(due, first_year)| {
            Problem::Duties(Duties::DueNoYear {
                item: Item::Task("nv1".into()),
                due,
                first_year,
            })
        })
        .collect()
}

pub(super) fn unit_range(min: Option<f64>, max: Option<f64>) -> UnitRange {
    UnitRange {
        id: "percent".into(),
        symbol: "%".into(),
        min,
        max,
    }
}

fn targets_problems() -> Vec<Problem> {
    use Targets::*;
    let said = |value, strive| Said {
        op: Comparator::AtLeast,
        value,
        max: None,
        strive,
        reference: "II.5".into(),
    };
    let values_of = [
        ValueOf::TargetOf(indicator("1")),
        ValueOf::BaselineOf(part("1a")),
        ValueOf::Review("tong_ket".into()),
        ValueOf::DeadlineOf(Item::Task("nv1".into())),
    ];
    let mut all: Vec<Targets> = values_of
        .iter()
        .map(|of| YearOutsidePeriod {
            of: of.clone(),
            year: 2035,
            start: 2021,
            end: 2030,
        })
        .collect();
    all.push(YearOutsidePeriod {
        of: ValueOf::TargetOf(indicator("1")),
        year: 2019,
        start: 2021,
        end: 2030,
    });
    let ranges = [
        unit_range(Some(0.0), Some(100.0)),
        unit_range(Some(0.0), None),
        unit_range(None, Some(1000.0)),
        UnitRange {
            id: "diem".into(),
            symbol: String::new(),
            min: None,
            max: None,
        },
    ];
    all.extend(ranges.into_iter().map(|unit| ValueOutOfRange {
        of: ValueOf::TargetOf(indicator("1")),
        value: 105.5,
        unit,
    }));
    for op in [
        Comparator::AtLeast,
        Comparator::AtMost,
        Comparator::Below,
        Comparator::Above,
        Comparator::Equal,
        Comparator::About,
    ] {
        all.push(ToleranceWithoutAbout { op });
    }
    for (direction, op) in [
        (Direction::Decrease, Comparator::AtLeast),
        (Direction::Increase, Comparator::Below),
        (Direction::Maintain, Comparator::Above),
    ] {
        all.push(ComparatorAgainstDirection {
            measure: indicator("1"),
            direction,
            op,
        });
    }
    for direction in [Direction::Increase, Direction::Decrease] {
        all.push(TargetAgainstDirection {
            measure: indicator("1"),
            direction,
            early_year: Period::Year(2025),
            early_value: 90.0,
            late_year: Period::Year(2030),
            late_value: 85.5,
            early_span: at(1),
        });
    }
    for year in [Some(Period::Year(2025)), None] {
        all.push(MilestoneRepeated {
            measure: indicator("1"),
            year,
            first: at(1),
        });
        all.push(ConflictingTargets {
            measure: indicator("1"),
            year,
            first: said(1200.0, true),
            second: Said {
                max: Some(3.0),
                ..said(2.0, false)
            },
            first_span: at(1),
        });
        all.push(BaselineBeyondTarget {
            measure: indicator("1"),
            baseline: 96.5,
            baseline_year: 2020,
            year,
            op: Comparator::AtLeast,
            target: 95.0,
            target_span: at(1),
        });
        all.push(SplitIncomplete {
            measure: indicator("4"),
            year,
            dimension: "khu_vuc".into(),
            missing: names(&["nong_thon"]),
        });
    }
    all.extend([
        NoTargets {
            measure: indicator("1"),
        },
        YearBeyondHorizon {
            of: ValueOf::TargetOf(indicator("1")),
            year: 2050,
            horizon: 2045,
        },
        HorizonWithinPeriod {
            horizon: 2030,
            start: 2026,
            end: 2030,
        },
        YearsBackwards {
            measure: indicator("1"),
            from: 2030,
            until: 2025,
            until_span: at(1),
        },
        ValuesBackwards {
            measure: indicator("1"),
        },
        MilestoneOrder {
            measure: indicator("1"),
            year: Period::Year(2025),
            previous: Period::Year(2030),
        },
        CumulativeNotFlow {
            measure: indicator("1"),
        },
        MaintainMismatch {
            measure: indicator("1"),
            op: Comparator::AtLeast,
            value: 95.0,
            from: 2025,
            level_year: 2025,
            level_op: Comparator::AtLeast,
            level_value: 90.5,
            level_span: at(1),
        },
    ]);
    all.into_iter().map(Problem::from).collect()
}

fn characters_problems() -> Vec<Problem> {
    [
        Characters::MixedScript {
            id: "ytе".into(),
            scripts: names(&["Latin", "Cyrillic"]),
            odd: Some(('е', "Cyrillic".into())),
        },
        Characters::MixedScript {
            id: "ytе".into(),
            scripts: names(&["Latin", "Greek"]),
            odd: None,
        },
        Characters::BidiControl {
            control: '\u{202E}',
        },
    ]
    .into_iter()
    .map(Problem::from)
    .collect()
}

fn cascade_problems() -> Vec<Problem> {
    use Cascade::*;
    let asks = |value| Asks {
        op: Comparator::AtLeast,
        value,
    };
    let cited = |document: Option<&str>, section: Option<&str>| Cited {
        document: document.map(str::to_string),
        section: section.map(str::to_string),
    };
    let mut all = vec![
        ParentNotImported {
            parent: "national".into(),
            similar: None,
        },
        ParentNotImported {
            parent: "nationl".into(),
            similar: Some("national".into()),
        },
        Unqualified {
            name: "9".into(),
            parent: Some("national".into()),
        },
        Unqualified {
            name: "9".into(),
            parent: None,
        },
        NoSuchImport {
            alias: "nat".into(),
            similar: None,
        },
        NotTheParent {
            name: "national.1".into(),
            alias: "national".into(),
        },
        UnknownParentMeasure {
            alias: "national".into(),
            local: "3".into(),
            similar: None,
            path: "national.plan".into(),
        },
        UnknownParentMeasure {
            alias: "national".into(),
            local: "33".into(),
            similar: Some("national.3".into()),
            path: "national.plan".into(),
        },
        WaivedAndAdopted {
            parent: "national.2".into(),
            by: indicator("2"),
            taken: at(1),
        },
        ParentUnmapped {
            alias: "national".into(),
            missing: names(&["national.2"]),
        },
        ParentUnmapped {
            alias: "national".into(),
            missing: names(&["national.2", "national.5"]),
        },
        ParentUnitMismatch {
            measure: indicator("2"),
            unit: "count".into(),
            parent: "national.2".into(),
            parent_unit: "percent".into(),
        },
        ParentDirectionMismatch {
            measure: indicator("2"),
            direction: Direction::Increase,
            parent: "national.2".into(),
            parent_direction: Direction::Decrease,
        },
        AdoptedDiffers {
            measure: indicator("2"),
            parent: "national.2".into(),
            year: Period::Year(2025),
            asks: asks(85.5),
            parent_asks: asks(90.0),
        },
        AdoptedMissing {
            measure: indicator("2"),
            parent: "national.2".into(),
            missing: vec![
                (Period::Year(2025), asks(90.0)),
                (Period::Year(2030), asks(95.0)),
            ],
        },
    ];
    for adopted in [true, false] {
        all.push(LessAmbitious {
            measure: part("2a"),
            parent: "national.2".into(),
            year: Period::Year(2030),
            asks: asks(85.5),
            parent_asks: asks(90.0),
            cited: cited(None, None),
            parent_cited: cited(Some("23/QĐ-TTg"), Some("II.1")),
            adopted,
        });
    }
    all.into_iter().map(Problem::from).collect()
}

fn amendments_problems() -> Vec<Problem> {
    let settings = [
        Setting::Lead {
            measure: "son_la.1".into(),
        },
        Setting::Support {
            measure: "son_la.1".into(),
        },
        Setting::Target {
            measure: "son_la.1".into(),
            year: Some(2030),
            kind: KindName::Level,
        },
        Setting::Target {
            measure: "son_la.1".into(),
            year: None,
            kind: KindName::Rate,
        },
        Setting::Period {
            report: "son_la.bc".into(),
        },
        Setting::Due {
            report: "son_la.bc".into(),
        },
        Setting::Submitters {
            report: "son_la.bc".into(),
        },
        Setting::Recipient {
            report: "son_la.bc".into(),
        },
        Setting::Roles {
            agency: "son_la.yte".into(),
        },
    ];
    let values = [
        (
            SetTo::Agency("yte".into()),
            SetTo::Agencies(names(&["yte", "sgd"])),
        ),
        (
            SetTo::Period(PeriodKind::Year),
            SetTo::Period(PeriodKind::HalfYear),
        ),
        (
            SetTo::Due {
                day: DayMonth { month: 12, day: 5 },
                before: true,
            },
            SetTo::Due {
                day: DayMonth { month: 6, day: 1 },
                before: false,
            },
        ),
    ];
    let mut all = Vec::new();
    for (i, setting) in settings.into_iter().enumerate() {
        let (was, now) = values[i % values.len()].clone();
        let earlier = (i % 2 == 0).then(|| "EXAMPLE-08/QĐ-UBND".to_string());
        all.push(Problem::Amendments(Amendments::Conflict(Box::new(
            Conflict {
                document: "EXAMPLE-09/QĐ-UBND".into(),
                earlier,
                setting,
                was,
                now,
            },
        ))));
    }
    all
}

/// A problem of every kind a plan may have, and of each branch of its words.
pub(super) fn plan_problems() -> Vec<Problem> {
    let mut all = Vec::new();
    for group in [
        names_problems(),
        reading_problems(),
        declarations_problems(),
        derivations_problems(),
        structure_problems(),
        owners_problems(),
        schedule_problems(),
        duties_problems(),
        targets_problems(),
        characters_problems(),
        cascade_problems(),
        amendments_problems(),
    ] {
        all.extend(group);
    }
    all.push(Problem::QueryTooDeep {
        query: "deep".into(),
        limit: 64,
    });
    all
}
