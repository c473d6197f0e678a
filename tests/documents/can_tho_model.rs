//! The Cần Thơ plan (Kế hoạch 165/KH-UBND, population) checked against its source document:
//! the document's text, from the folder `PLANLANG_SOURCES` names (tests/documents/seed.rs), is read and compared with the model, so a wrong number,
//! comparator, "khoảng", "phấn đấu", owner or report in the plan file fails.

use crate::seed;
use crate::support::{self, numbered_section, Document, Header};
use planlang::i18n::Lang;

use planlang::model::{Comparator, KindName, RateUnit};
use std::collections::BTreeSet;

pub(crate) const DOC: Document = Document {
    plan: "plans/can-tho-population-2025.plan",
    seed: "can-tho-165-KH-UBND-2025-population.txt",
    agencies: AGENCIES,
    header: Header {
        number: "165/KH-UBND",
        signed: "2025-11-21",
        signed_as: "ngày 21 tháng 11 năm 2025",
        period: (2025, 2030),
        implements: "27/CT-TTg",
    },
};

/// The targets of II.1.a: the list after "cụ thể:", one item per semicolon, and the two
/// reductions that share an item ("giảm 50% ..., giảm 60% ...") apart.
fn target_items(seed: &str) -> Vec<String> {
    let a = seed::section(seed, "II.1.a").expect("II.1.a");
    let list = a.split_once("cụ thể:").expect("cụ thể:").1;
    let mut items = Vec::new();
    for item in list.split(';') {
        for (k, part) in item.split(", giảm ").enumerate() {
            let part = part.trim().trim_start_matches("Phấn đấu ");
            if part.is_empty() {
                continue;
            }
            items.push(if k == 0 {
                part.to_string()
            } else {
                format!("giảm {part}")
            });
        }
    }
    items
}

#[test]
fn ten_targets_in_the_documents_order_under_one_objective() {
    let Some((m, seed)) = DOC.read() else { return };
    let items = target_items(&seed);
    assert_eq!(items.len(), 10, "{items:#?}");
    support::assert_numbered(&m, 10, &[], 10);
    let objective = &m.objectives["dan_so"];
    let a = seed::section(&seed, "II.1.a").expect("II.1.a");
    assert!(
        a.to_lowercase().contains(&objective.title.to_lowercase()),
        "the objective is II.1.a's aim"
    );
    support::assert_sources_and_objective(&m, |n| format!("II.1.a, chỉ tiêu thứ {n}"), "dan_so");
}

#[test]
fn every_number_of_every_target_is_in_the_model() {
    let Some((m, seed)) = DOC.read() else { return };
    let items = target_items(&seed);
    for (n, item) in items.iter().enumerate() {
        let measure = &m.measures[&(n + 1).to_string()];
        assert_eq!(measure.targets.len(), 1, "{item}");
        let t = &measure.targets[0];
        let unit = measure
            .unit
            .as_ref()
            .and_then(|u| u.unit.clone())
            .expect("a unit");
        let title = measure.title.to_lowercase();
        for (value, rest) in seed::numbers_with_rest(item) {
            let word = rest.split_whitespace().next().unwrap_or_default();
            let in_title = title.contains(&format!("{} {word}", planlang::numbers::exact(value)));
            let is_target = t.value.abs() == value;
            let is_per = unit.per == Some(value);
            assert!(
                is_target || is_per || in_title,
                "{item}: {value} is neither the target, the unit's population nor in the title"
            );
        }
        // Exactly one number of each item is the target.
        let targets = seed::numbers_with_rest(item)
            .iter()
            .filter(|(v, _)| *v == t.value.abs())
            .count();
        assert_eq!(targets, 1, "{item}");
    }
}

#[test]
fn comparators_about_and_reductions_follow_the_words() {
    let Some((m, seed)) = DOC.read() else { return };
    let items = target_items(&seed);
    for (n, item) in items.iter().enumerate() {
        let t = &m.measures[&(n + 1).to_string()].targets[0];
        let (kind, op) = if item.starts_with("giảm ") {
            // "giảm 50% số cặp tảo hôn": a fall over the period, in percent of its start.
            assert_eq!(t.kind.change_unit(), Some(RateUnit::Percent), "{item}");
            (KindName::Change, Comparator::AtMost)
        } else if item.contains("khoảng") {
            (KindName::Level, Comparator::About)
        } else if item.contains("dưới") {
            (KindName::Level, Comparator::Below)
        } else {
            // "đạt 90%", or a bare "70% phụ nữ mang thai ...": at least.
            (KindName::Level, Comparator::AtLeast)
        };
        assert_eq!((t.kind.name(), t.op), (kind, op), "{item}");
        if kind == KindName::Change {
            assert!(t.value < 0.0, "{item}: a reduction");
        }
        // No year anywhere: every target holds over the whole period.
        assert_eq!(
            (t.kind.first_year(), t.kind.last_year()),
            (None, None),
            "{item}"
        );
        // "Phấn đấu" heads the list: every target strives.
        assert!(t.strive, "{item}");
    }
    // The document's own words, when it is at hand.
    if let Some(seed) = DOC.text() {
        let a = seed::section(&seed, "II.1.a").expect("II.1.a");
        assert!(a.contains("cụ thể: Phấn đấu tổng tỷ suất sinh"));
        assert!(
            !seed::body(&seed).contains("vào năm 20"),
            "no target year in the document"
        );
    }
}

#[test]
fn units_of_the_fertility_and_sex_ratio_targets() {
    let m = DOC.model();
    let unit = |id: &str| {
        m.measures[id]
            .unit
            .as_ref()
            .and_then(|u| u.unit.clone())
            .expect("unit")
    };
    assert_eq!(unit("1").symbol, "con/phụ nữ");
    let ratio = unit("2");
    assert_eq!(ratio.symbol, "bé trai/100 bé gái");
    assert_eq!(
        (ratio.per, ratio.of.as_deref()),
        (Some(100.0), Some("bé gái sinh ra sống"))
    );
    for id in ["3", "4", "5", "6", "9", "10"] {
        assert_eq!(unit(id).id, "percent", "{id}");
    }
    for id in ["7", "8"] {
        assert_eq!(unit(id).id, "count", "{id}: a number of couples");
    }
}

/// The agency each id stands for, as the document names it.
const AGENCIES: &[(&str, &str)] = &[
    ("ubnd_tp", "Ủy ban nhân dân thành phố"),
    ("yte", "Sở Y tế"),
    ("taichinh", "Sở Tài chính"),
    ("gddt", "Sở Giáo dục và Đào tạo"),
    ("vhttdl", "Sở Văn hóa, Thể thao và Du lịch"),
    ("bao_ptth", "Báo và Phát thanh, Truyền hình Cần Thơ"),
    ("so_ban_nganh", "ban, ngành"),
    ("ubnd_xa", "Ủy ban nhân dân xã, phường"),
    ("mttq", "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố"),
    ("tuphap", "Sở Tư pháp"),
    ("noivu", "Sở Nội vụ"),
];

#[test]
fn the_health_department_leads_every_target_with_the_groups_it_works_with() {
    let Some((m, seed)) = DOC.read() else { return };
    let a = seed::section(&seed, "II.1.a").expect("II.1.a");
    assert!(a.starts_with("a) Chủ trì, phối hợp với sở, ban, ngành, Ủy ban nhân dân xã, phường"));
    for measure in m.measures.values() {
        let lead: Vec<&str> = measure
            .lead
            .iter()
            .map(|o| o.agency.name.as_str())
            .collect();
        let support: Vec<&str> = measure
            .support
            .iter()
            .map(|o| o.agency.name.as_str())
            .collect();
        assert_eq!(lead, ["yte"], "{}", measure.id);
        assert_eq!(support, ["so_ban_nganh", "ubnd_xa"], "{}", measure.id);
        assert!(measure
            .lead
            .iter()
            .chain(measure.support.iter())
            .all(|o| o.reference.as_deref() == Some("II.1.a")));
    }
}

#[test]
fn every_task_is_owned_by_the_agency_its_section_addresses() {
    let Some((m, seed)) = DOC.read() else { return };
    assert_eq!(m.tasks.len(), 27);
    for t in m.tasks.values() {
        let source = t.duty.source.as_deref().expect("a source");
        let owners = support::owners(&t.duty);
        for label in seed::labels(source) {
            DOC.assert_addresses_an_owner(&seed, &label, &t.id, &owners);
        }
        // Every owner is named where its ref points.
        for owner in t.duty.lead.iter().chain(t.duty.support.iter()) {
            let reference = owner.reference.as_deref().expect("a ref for every owner");
            for label in seed::labels(reference) {
                let point = seed::section(&seed, &label).expect("section");
                let section = numbered_section(&seed, &label);
                let agency = DOC.phrase(&owner.agency.name);
                assert!(
                    point.contains(agency) || section.contains(agency),
                    "{}: {label} does not name {agency}",
                    t.id
                );
            }
        }
    }
    // "Phối hợp với Sở Tư pháp ...", "Phối hợp với Sở Nội vụ ...": they lead, Sở Y tế supports.
    let lead = |id: &str| -> Vec<&str> {
        m.tasks[id]
            .duty
            .lead
            .iter()
            .map(|o| o.agency.name.as_str())
            .collect()
    };
    assert_eq!(lead("pho_bien_chinh_sach"), ["tuphap"]);
    assert_eq!(lead("to_chuc_bo_may"), ["noivu"]);
    assert_eq!(lead("xa_bo_may"), ["yte", "noivu"]);
    assert_eq!(lead("bao_chi"), ["vhttdl", "bao_ptth"]);
}

#[test]
fn every_assignment_of_sections_ii_and_iii_is_encoded() {
    let Some((m, seed)) = DOC.read() else { return };
    let mut cited: BTreeSet<String> = BTreeSet::new();
    for d in m.tasks.values().map(|t| &t.duty) {
        cited.extend(d.source.iter().flat_map(|s| seed::labels(s)));
    }
    for x in m.measures.values() {
        cited.extend(x.source.iter().flat_map(|s| seed::labels(s)));
    }
    support::assert_every_leaf_cited(&seed, &["II", "III"], 23, &cited);
}

#[test]
fn reporting_is_the_documents_and_gives_no_deadline() {
    let Some((m, seed)) = DOC.read() else { return };
    let iii = seed::section(&seed, "III.1").expect("III.1");
    assert!(iii.contains("định kỳ tổng hợp, báo cáo Ủy ban nhân dân thành phố"));
    let periodic = &m.reports["bao_cao_dinh_ky"];
    assert!(periodic.period.is_none() && periodic.due.is_none());
    assert_eq!(periodic.party.from[0].name, "yte");
    assert_eq!(
        periodic.party.to.first().map(|t| t.name.as_str()),
        Some("ubnd_tp")
    );
    // The closing paragraph: problems go to Sở Y tế, which reports them to the city.
    let closing = seed::section(&seed, "III").expect("III");
    assert!(closing.contains(
        "phản ánh về Sở Y tế tổng hợp, báo cáo, tham mưu trình Ủy ban nhân dân thành phố"
    ));
    for id in ["phan_anh_vuong_mac", "trinh_vuong_mac"] {
        assert_eq!(
            m.reports[id].period,
            Some(planlang::model::PeriodKind::Adhoc)
        );
    }
    // The document sets no deadline: no "trước ngày", no month for a report.
    assert!(!seed.contains("trước ngày"));
    assert!(m.reports.values().all(|r| r.due.is_none()));
    assert!(m.tasks.values().all(|t| t.duty.due.is_none()));
}

#[test]
fn header_is_the_documents() {
    let Some((m, seed)) = DOC.read() else { return };
    DOC.assert_header(&m, &seed);
    // The document dates the directive twice: 15/8/2024 in its title, 15/7/2024 in a footnote.
    assert!(seed.contains("Chỉ thị số 27/CT-TTg ngày 15 tháng 8 năm 2024"));
    assert!(seed.contains("Chỉ thị số 27/CTTg ngày 15/7/2024"));
    assert!(m.plan.notes.iter().any(|n| n.contains("15/7/2024")));
}

#[test]
fn the_checkers_only_warning_is_the_true_one() {
    let found = DOC.diagnostics(|_, d| format!("{} {}", d.code().as_str(), d.message(Lang::En)));
    // III.1: "định kỳ ... theo quy định" gives no frequency.
    assert_eq!(
        found,
        ["plan::report_no_period report `bao_cao_dinh_ky` has no period"]
    );
}
