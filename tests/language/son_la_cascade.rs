//! The Sơn La plan (196/QĐ-UBND) mapped onto the national program it implements (23/QĐ-TTg):
//! every national measure is taken up or waived, the mapping is the one worked out from the two
//! documents (the table below), `adopts` only where the targets are the national ones,
//! `adapts` only where something really differs and the reason says what, and the
//! `plan::less_ambitious` warnings are exactly the milestones where Sơn La asks for less.

use planlang::cascade::{links, Take};
use planlang::i18n::Lang;
use planlang::model::{Direction, KindName, Measure, Model, Target};
use planlang::Checked;
use std::collections::BTreeSet;
use std::sync::OnceLock;

const PLAN: &str = "plans/son-la-children-2021-2030.plan";

#[derive(Clone, Copy, Debug, PartialEq)]
enum How {
    Adopts,
    Adapts,
}
use How::{Adapts, Adopts};

/// Sơn La measure → national measure. The province numbers separately the clauses that the
/// national text joins in one Chỉ tiêu, so national 3 is Sơn La 3, 4 and 5, and so on.
const MAPPING: &[(&str, &str, How)] = &[
    ("1", "1", Adapts),     // 2030: 70 against 75
    ("2", "2", Adapts),     // 85, 90 against 90, 95
    ("3", "3a", Adopts),    // sơ sinh
    ("4", "3b", Adopts),    // dưới 1 tuổi
    ("5", "3c", Adopts),    // dưới 5 tuổi
    ("6", "4a", Adapts),    // thể cân nặng: < 18, < 17.5 against < 9, < 6
    ("7", "4b", Adapts),    // thể chiều cao: < 28.7, < 25.7 against <= 17, < 15
    ("8", "5a", Adapts),    // "các loại" / "8 loại" vắc xin; 95 kept against 97, 98
    ("9", "5b", Adapts),    // 95 kept to 2030 against 98 in 2030
    ("10", "6", Adapts),    // "dưới 2%" against "là 2%"
    ("11", "7", Adopts),    // công trình vệ sinh
    ("12", "8a", Adopts),   // hoàn cảnh đặc biệt
    ("13", "8b", Adopts),   // được chăm sóc, nuôi dưỡng, trợ giúp
    ("14", "9", Adapts),    // ‰ against %
    ("15", "10", Adopts),   // lao động trẻ em
    ("16a", "11a", Adapts), // 450, 400 against 550, 500 per 100.000
    ("16b", "11b", Adopts), // tử vong do tai nạn thương tích
    ("17", "12", Adopts),   // thiên tai, thảm họa
    ("18", "13", Adapts),   // rate of child marriage (%) against number of marriages
    ("19", "14", Adopts),   // đăng ký khai sinh
    ("20", "15", Adopts),   // phát triển phù hợp
    ("21", "16", Adapts),   // 100 kept against 99.1, 99.3
    ("22a", "17a", Adopts), // hoàn thành cấp tiểu học
    ("22b", "17b", Adopts), // bỏ học tiểu học
    ("23a", "18a", Adapts), // "tốt nghiệp" 90, 95 against "hoàn thành cấp" 88, 93
    ("23b", "18b", Adapts), // 0.5, 0.02 against 0.14, 0.05
    ("24", "19", Adopts),   // hỗ trợ tâm lý
    ("25a", "20a", Adopts), // cơ sở hạ tầng cho học sinh khuyết tật
    ("25b", "20b", Adopts), // trẻ em khuyết tật được tiếp cận giáo dục
    ("26", "21", Adopts),   // điểm văn hóa, vui chơi
    ("27", "22", Adopts),   // được hỏi ý kiến
    ("28", "23", Adopts),   // nâng cao nhận thức
    ("29", "24", Adopts),   // mô hình thúc đẩy quyền tham gia
];

/// National measures Sơn La does not take up: the obesity clause of national Chỉ tiêu 4.
const WAIVED: &[&str] = &["4c"];

/// (Sơn La measure, year) of each milestone less ambitious than the national one, as worked
/// out by hand from the two documents; the test also computes it from the models.
const LESS_AMBITIOUS: &[(&str, i32)] = &[
    ("1", 2030),
    ("2", 2025),
    ("2", 2030),
    ("6", 2025),
    ("6", 2030),
    ("7", 2025),
    ("7", 2030),
    ("8", 2025),
    ("23b", 2025),
];

/// Less ambitious through a `target maintain` ("duy trì đến năm 2030": 95% every year to 2030)
/// against a national 2030 milestone (98%): the maintained level is Sơn La's target for 2030.
const LESS_AMBITIOUS_MAINTAINED: &[(&str, i32)] = &[("8", 2030), ("9", 2030)];

/// The Sơn La plan, checked once for all the tests.
fn load() -> &'static Checked {
    static CHECKED: OnceLock<Checked> = OnceLock::new();
    CHECKED.get_or_init(|| {
        let checked = planlang::load_path(PLAN).expect("the Sơn La plan is readable");
        assert!(!checked.has_errors(), "{:#?}", checked.diagnostics);
        checked
    })
}

/// The national program as the Sơn La plan imports it.
fn national(model: &Model) -> &Model {
    let parent = links(model)
        .parent
        .expect("the plan implements an imported plan");
    assert_eq!(parent.alias, "national");
    assert!(parent.readable);
    assert_eq!(parent.model.plan.document.as_deref(), Some("23/QĐ-TTg"));
    &parent.model
}

fn unit_key(m: &Measure) -> Option<(String, Option<f64>)> {
    let unit = m.unit.as_ref()?.unit.as_ref()?;
    Some((unit.id.clone(), unit.per))
}

/// Everything a target asks for, as comparable text.
fn target_key(t: &Target) -> String {
    let split = t
        .split
        .as_ref()
        .map(|s| format!("{}={}", s.0.name, s.1.name));
    format!(
        "{:?} {:?} {:?} {:?} {} {:?} {:?} strive={} {:?}",
        t.kind.name(),
        t.kind.first_year(),
        t.kind.last_year(),
        t.op,
        t.value,
        t.value_max,
        t.kind.change_unit(),
        t.strive,
        split
    )
}

fn target_keys(m: &Measure) -> BTreeSet<String> {
    m.targets.iter().map(target_key).collect()
}

/// A number as the documents write it: decimal comma.
fn vietnamese(v: f64) -> String {
    format!("{}", v.abs()).replace('.', ",")
}

#[test]
fn every_national_measure_is_adopted_adapted_or_waived() {
    let checked = load();
    let links = links(&checked.model);
    assert!(links.bad.is_empty(), "names that reach no national measure");
    let national = national(&checked.model);
    assert_eq!(
        national.measures.len(),
        34,
        "the national program's measures"
    );
    let missing: Vec<&str> = national
        .measures
        .keys()
        .filter(|id| links.take_named(id) == Take::Missing)
        .map(String::as_str)
        .collect();
    assert_eq!(missing, Vec::<&str>::new(), "national measures not mapped");
    let codes: Vec<&str> = checked
        .diagnostics
        .iter()
        .map(|d| d.code().as_str())
        .collect();
    for code in [
        "plan::parent_unmapped",
        "plan::waived_and_adopted",
        "plan::adopted_differs",
        "plan::unknown_parent_indicator",
    ] {
        assert!(!codes.contains(&code), "{code} reported");
    }
}

#[test]
fn the_mapping_is_the_table() {
    let model = &load().model;
    let links = links(model);
    // From the plan file: each measure's `adopts` or `adapts`.
    let mut found = Vec::new();
    for m in model.measures.values() {
        let link = m.maps.as_ref().unwrap_or_else(|| {
            panic!(
                "{} takes up no national measure; the province adds none",
                m.id
            )
        });
        let parent = link
            .parent
            .name
            .strip_prefix("national.")
            .expect("a national measure");
        let how = if link.adapted_because.is_some() {
            Adapts
        } else {
            Adopts
        };
        found.push((m.id.as_str(), parent, how));
    }
    assert_eq!(found, MAPPING);

    // The same, seen from the national side, one Sơn La measure for each.
    let national = national(model);
    for (mine, theirs, how) in MAPPING {
        let by = vec![mine.to_string()];
        match (links.take_named(theirs), how) {
            (Take::Adopted { by: b }, Adopts) => assert_eq!(b, by, "{theirs}"),
            (Take::Adapted { by: b, because }, Adapts) => {
                assert_eq!(b, by, "{theirs}");
                assert!(!because.trim().is_empty());
            }
            (take, _) => panic!("national {theirs}: {take:?}, expected {how:?} by {mine}"),
        }
    }
    let waived: Vec<&str> = national
        .measures
        .keys()
        .filter(|id| matches!(links.take_named(id), Take::Waived { .. }))
        .map(String::as_str)
        .collect();
    assert_eq!(waived, WAIVED);
    for id in WAIVED {
        let Take::Waived { because } = links.take_named(id) else {
            unreachable!()
        };
        assert!(because.contains("không đặt chỉ tiêu"), "{because}");
    }
    let taken: BTreeSet<&str> = MAPPING.iter().map(|(_, n, _)| *n).collect();
    assert_eq!(
        taken.len(),
        MAPPING.len(),
        "one Sơn La measure per national one"
    );
    assert_eq!(taken.len() + WAIVED.len(), national.measures.len());
}

#[test]
fn adopted_measures_have_the_national_targets() {
    let checked = load();
    let national = national(&checked.model);
    for (mine, theirs, _) in MAPPING.iter().filter(|(_, _, h)| *h == Adopts) {
        let (m, n) = (&checked.model.measures[*mine], &national.measures[*theirs]);
        assert_eq!(
            target_keys(m),
            target_keys(n),
            "{mine} adopts national {theirs}"
        );
        assert_eq!(unit_key(m), unit_key(n), "unit of {mine}");
        assert_eq!(m.direction, n.direction, "direction of {mine}");
    }
}

#[test]
fn adapted_measures_really_differ_and_say_how() {
    let checked = load();
    let national = national(&checked.model);
    let mut unit_differs = Vec::new();
    for (mine, theirs, _) in MAPPING.iter().filter(|(_, _, h)| *h == Adapts) {
        let (m, n) = (&checked.model.measures[*mine], &national.measures[*theirs]);
        let targets_differ = target_keys(m) != target_keys(n);
        let units_differ = unit_key(m) != unit_key(n);
        assert!(
            targets_differ || units_differ,
            "{mine} adapts national {theirs} but nothing differs"
        );
        if units_differ {
            unit_differs.push(*mine);
        }
        // Same way: an adapted measure still goes the national measure's way.
        assert_eq!(m.direction, n.direction, "direction of {mine}");
        // The reason states the values of both documents, written as they write them.
        let because = m
            .maps
            .as_ref()
            .and_then(|l| l.adapted_because.as_deref())
            .expect("a reason");
        for t in m.targets.iter().chain(&n.targets) {
            for v in std::iter::once(t.value).chain(t.value_max) {
                assert!(
                    because.contains(&vietnamese(v)),
                    "the reason of {mine} does not give {}: {because}",
                    vietnamese(v)
                );
            }
        }
    }
    // ‰ against % (Chỉ tiêu 14 / 9); a rate in % against a count (Chỉ tiêu 18 / 13).
    assert_eq!(unit_differs, ["14", "18"]);
    let warned: Vec<String> = checked
        .diagnostics
        .iter()
        .filter(|d| d.code().as_str() == "plan::parent_unit_mismatch")
        .map(|d| d.message(Lang::En).clone())
        .collect();
    assert_eq!(warned.len(), 2, "{warned:#?}");
    assert!(warned[0].starts_with("indicator 14 is measured in `per_mille`"));
    assert!(warned[1].starts_with("indicator 18 is measured in `percent`"));
}

/// A value in the unit's base (a share of 1 for %, ‰, /100.000), so that values in different
/// units compare.
fn base(m: &Measure, v: f64) -> f64 {
    match unit_key(m) {
        Some((_, Some(per))) => v / per,
        _ => v,
    }
}

/// Whether Sơn La's value asks for less than the national one.
fn less(direction: Option<Direction>, mine: f64, theirs: f64) -> bool {
    match direction {
        Some(Direction::Increase) => mine < theirs,
        Some(Direction::Decrease) => mine > theirs,
        _ => mine != theirs,
    }
}

#[test]
fn less_ambitious_warnings_are_exactly_the_lower_milestones() {
    let checked = load();
    let model = &checked.model;
    let national = national(model);

    // Computed from the two models: each national milestone (a level for a year) against the
    // Sơn La target for the same year and the same split.
    let mut same_year = BTreeSet::new();
    let mut maintained = BTreeSet::new();
    for (mine, theirs, _) in MAPPING {
        let (m, n) = (&model.measures[*mine], &national.measures[*theirs]);
        let same_split = |a: &Target, b: &Target| {
            a.split.as_ref().map(|s| s.1.name.clone()) == b.split.as_ref().map(|s| s.1.name.clone())
        };
        for nt in n
            .targets
            .iter()
            .filter(|t| t.kind.name() == KindName::Level)
        {
            let Some(year) = nt.milestone().map(|at| at.year()) else {
                continue;
            };
            let theirs_v = base(n, nt.value);
            let level = m.targets.iter().find(|t| {
                t.kind.name() == KindName::Level
                    && t.kind.first_year() == Some(year)
                    && same_split(t, nt)
            });
            if let Some(t) = level {
                if less(n.direction, base(m, t.value), theirs_v) {
                    same_year.insert((*mine, year));
                }
                continue;
            }
            // No target of that year: a level kept from an earlier year to this one.
            let kept = m.targets.iter().find(|t| {
                t.kind.name() == KindName::Maintain
                    && t.kind.first_year().is_some_and(|from| from <= year)
                    && t.kind.last_year().is_some_and(|until| until >= year)
            });
            if let Some(t) = kept {
                if less(n.direction, base(m, t.value), theirs_v) {
                    maintained.insert((*mine, year));
                }
            }
        }
    }
    assert_eq!(same_year, LESS_AMBITIOUS.iter().copied().collect());
    assert_eq!(
        maintained,
        LESS_AMBITIOUS_MAINTAINED.iter().copied().collect()
    );

    // Reported by the checker: the Sơn La target each warning points at.
    let mut reported = BTreeSet::new();
    for d in checked
        .diagnostics
        .iter()
        .filter(|d| d.code().as_str() == "plan::less_ambitious")
    {
        assert_eq!(d.file(), PLAN, "{}", d.message(Lang::En));
        let span = d.span().expect("a span of the plan");
        let at = (span.start(), span.end());
        let (measure, target) = model
            .measures
            .values()
            .find_map(|m| {
                m.targets
                    .iter()
                    .find(|t| (t.value_span.start(), t.value_span.end()) == at)
                    .map(|t| (m, t))
            })
            .unwrap_or_else(|| panic!("no target under {}", d.message(Lang::En)));
        // The milestone compared: the target's own year, or for a maintained level the
        // parent's milestone within its span, as the message says ("in 2030").
        let year: i32 = d
            .message(Lang::En)
            .split(" in ")
            .nth(1)
            .and_then(|rest| rest.get(..4))
            .and_then(|y| y.parse().ok())
            .unwrap_or_else(|| panic!("a year in {}", d.message(Lang::En)));
        assert!(
            target.kind.first_year() == Some(year) || (target.kind.name() == KindName::Maintain),
            "{}",
            d.message(Lang::En)
        );
        // The warning shows both values and the national document.
        assert!(
            d.message(Lang::En).contains(&format!("in {year}")),
            "{}",
            d.message(Lang::En)
        );
        assert!(
            d.message(Lang::En).contains("23/QĐ-TTg"),
            "{}",
            d.message(Lang::En)
        );
        assert!(
            reported.insert((measure.id.as_str(), year)),
            "reported twice: {}",
            d.message(Lang::En)
        );
    }
    let expected: BTreeSet<(&str, i32)> = same_year.union(&maintained).copied().collect();
    assert_eq!(
        reported, expected,
        "less_ambitious warnings against the milestones computed from both plans"
    );
}
