use super::*;
use std::collections::BTreeSet;

fn scoped(part: bool) -> Scoped {
    Scoped {
        part,
        id: if part { "7c".into() } else { "7".into() },
        areas: vec!["moc_chau".into(), "yen_chau".into()],
        area: "son_la".into(),
    }
}

/// A remark of every kind, some kinds several times (each way their words differ).
fn every_remark() -> Vec<Remark> {
    let (y24, y25) = (Period::Year(2024), Period::Year(2025));
    let q1 = Period::Quarter(2026, 1);
    let seasonal = Share {
        share: 0.4567,
        basis: ShareBasis::Seasonal(2025),
    };
    let elapsed = |whole_year| Share {
        share: 0.5,
        basis: ShareBasis::Elapsed { whole_year },
    };
    vec![
        Remark::VisionNotDue {
            first: 2045,
            start: 2026,
            end: 2030,
        },
        Remark::NoPeriodEnded,
        Remark::NoData,
        Remark::NoMilestoneValue { at: y25 },
        Remark::MetEarly { met: y24, at: y25 },
        Remark::MetEarly {
            met: q1,
            at: Period::Quarter(2026, 2),
        },
        Remark::MeetsBeforeMilestone { met: y24, at: y25 },
        Remark::BaselineDiffers {
            year: 2020,
            declared: 12.5,
            reported: 1234.75,
        },
        Remark::TrendNeedsTwoValues,
        Remark::Distance {
            low: 9.5,
            high: 10.5,
            off: 0.25,
        },
        Remark::HeldFrom { from: 2025 },
        Remark::NoYearlyValueSince { from: 2021 },
        Remark::LevelBroken {
            period: Period::Year(2021),
            value: 88.16,
        },
        Remark::HeldWithGaps {
            missing: vec![2022, 2023],
        },
        Remark::ChangeFrom { from: 2031 },
        Remark::ChangeWithoutStart,
        Remark::ChangeAsLevel {
            change: -20.0,
            percent: true,
            start: 50.1,
            start_period: y24,
            level: 50.1 * 0.8,
            until: 2030,
        },
        Remark::ChangeAsLevel {
            change: -5.0,
            percent: false,
            start: 40.0,
            start_period: Period::Year(2030),
            level: 35.0,
            until: 2035,
        },
        Remark::RateFrom { from: 2025 },
        Remark::RateNeedsTwoYears,
        Remark::GrowthUndefined,
        Remark::ChangeBaselineMissing { year: 2024 },
        Remark::NotInScope(scoped(false)),
        Remark::NotInScope(scoped(true)),
        Remark::PartlyInScope(scoped(false)),
        Remark::PartlyInScope(scoped(true)),
        Remark::YearIncomplete {
            year: 2025,
            months: 9,
        },
        Remark::NoYearTotal { year: 2025 },
        Remark::YearSoFar {
            period: Period::Half(2026, 1),
            months: 6,
            share: seasonal,
        },
        Remark::PeriodDecides(Counted::ToDate(Period::Quarter(2026, 3))),
        Remark::PeriodDecides(Counted::Own(Period::Month(2026, 6))),
        Remark::PeriodTotalUnknown(Counted::Own(q1)),
        Remark::PeriodNotBegun { period: q1 },
        Remark::PeriodSoFar {
            counted: Counted::Own(Period::Quarter(2026, 2)),
            to: Period::Month(2026, 5),
            months: 2,
            of: 3,
            share: elapsed(false),
        },
        Remark::YearSoFar {
            period: Period::Month(2026, 6),
            months: 6,
            share: elapsed(true),
        },
        Remark::NoCompleteYear,
        Remark::FlowMeetsEarly {
            latest: y24,
            year: 2026,
        },
    ]
}

/// The place of a remark's kind in the list of kinds: a match without a wildcard, so that a
/// new kind does not compile until it has a place here, and then fails the test below until
/// a sample of it, with its words, is added.
fn kind(r: &Remark) -> usize {
    match r {
        Remark::VisionNotDue { .. } => 0,
        Remark::NoPeriodEnded => 1,
        Remark::NoData => 2,
        Remark::NoMilestoneValue { .. } => 3,
        Remark::MetEarly { .. } => 4,
        Remark::MeetsBeforeMilestone { .. } => 5,
        Remark::BaselineDiffers { .. } => 6,
        Remark::TrendNeedsTwoValues => 7,
        Remark::Distance { .. } => 8,
        Remark::HeldFrom { .. } => 9,
        Remark::NoYearlyValueSince { .. } => 10,
        Remark::LevelBroken { .. } => 11,
        Remark::HeldWithGaps { .. } => 12,
        Remark::ChangeFrom { .. } => 13,
        Remark::ChangeWithoutStart => 14,
        Remark::ChangeAsLevel { .. } => 15,
        Remark::RateFrom { .. } => 16,
        Remark::RateNeedsTwoYears => 17,
        Remark::GrowthUndefined => 18,
        Remark::ChangeBaselineMissing { .. } => 19,
        Remark::NotInScope(_) => 20,
        Remark::PartlyInScope(_) => 21,
        Remark::YearIncomplete { .. } => 22,
        Remark::NoYearTotal { .. } => 23,
        Remark::YearSoFar { .. } => 24,
        Remark::PeriodDecides(_) => 25,
        Remark::PeriodTotalUnknown(_) => 26,
        Remark::PeriodNotBegun { .. } => 27,
        Remark::PeriodSoFar { .. } => 28,
        Remark::NoCompleteYear => 29,
        Remark::FlowMeetsEarly { .. } => 30,
    }
}

/// How many kinds of remark there are.
const KINDS: usize = 31;

#[test]
fn every_kind_of_remark_has_a_sample() {
    let seen: BTreeSet<usize> = every_remark().iter().map(kind).collect();
    assert_eq!(seen, (0..KINDS).collect::<BTreeSet<_>>());
}

#[test]
fn every_remark_has_words_in_every_language_and_a_code_of_its_own() {
    let mut codes = BTreeSet::new();
    for r in every_remark() {
        let (en, vi) = (r.words(Lang::En), r.words(Lang::Vi));
        assert_ne!(en, vi, "{r:?}");
        for text in [&en, &vi] {
            // An argument left unfilled is written `{$name}`; an id without a message stops
            // a debug build before this.
            assert!(!text.is_empty() && !text.contains("{$"), "{text}");
        }
        let code = r.code();
        assert!(
            code.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'),
            "{code}"
        );
        codes.insert((kind(&r), code));
    }
    let distinct: BTreeSet<&str> = codes.iter().map(|(_, c)| *c).collect();
    assert_eq!(distinct.len(), KINDS, "one code a kind: {codes:?}");
}

/// Every sample, in `lang`.
fn worded(lang: Lang) -> String {
    every_remark()
        .iter()
        .map(|r| format!("{}\n  {}\n", r.code(), r.words(lang)))
        .collect()
}

#[test]
fn the_english_words_of_every_remark() {
    insta::assert_snapshot!(worded(Lang::En));
}

#[test]
fn the_vietnamese_words_of_every_remark() {
    insta::assert_snapshot!(worded(Lang::Vi));
}

#[test]
fn a_note_says_its_remarks_in_order() {
    let note = Note::before(
        Remark::ChangeAsLevel {
            change: -20.0,
            percent: true,
            start: 50.0,
            start_period: Period::Year(2024),
            level: 40.0,
            until: 2030,
        },
        Some(
            Note::from(Remark::MetEarly {
                met: Period::Year(2026),
                at: Period::Year(2030),
            })
            .then(Remark::BaselineDiffers {
                year: 2024,
                declared: 50.0,
                reported: 51.5,
            }),
        ),
    );
    assert_eq!(
        note.to_string(),
        "a change of -20 % from 50 (2024) is a level of 40 by 2030; met in 2026, ahead of 2030; \
         the declared baseline 2024 = 50 is used; the data give 51.5 for 2024"
    );
    assert_eq!(
        note.words(Lang::Vi),
        "thay đổi -20 % so với 50 (năm 2024), tức là đạt mức 40 vào năm 2030; \
         đã đạt từ năm 2026, sớm hơn mốc năm 2030; \
         dùng giá trị năm gốc 2024 đã khai báo là 50; số liệu ghi 51,5 cho năm 2024"
    );
    assert_eq!(
        note.codes(),
        ["change_as_level", "met_early", "baseline_differs"]
    );
}

#[test]
fn periods_in_vietnamese_notes_read_as_documents_write_them() {
    let vi = |p: Period| in_text(Lang::Vi, p);
    assert_eq!(vi(Period::Year(2025)), "năm 2025");
    assert_eq!(crate::i18n::period(Lang::Vi, Period::Year(2025)), "2025");
    assert_eq!(vi(Period::Half(2026, 1)), "6 tháng đầu năm 2026");
    assert_eq!(vi(Period::Half(2026, 2)), "6 tháng cuối năm 2026");
    assert_eq!(vi(Period::Quarter(2026, 3)), "quý III/2026");
    assert_eq!(vi(Period::Month(2026, 6)), "tháng 06/2026");
    for p in [
        Period::Year(2025),
        Period::Half(2026, 2),
        Period::Quarter(2026, 4),
        Period::Month(2026, 11),
    ] {
        assert_eq!(in_text(Lang::En, p), p.to_string());
    }
}

#[test]
fn the_manual_lists_the_code_of_every_remark() {
    let manual = include_str!("../../../docs/json.md");
    for r in every_remark() {
        let code = format!("`{}`", r.code());
        assert!(manual.contains(&code), "docs/json.md lacks {code}");
    }
}
