//! The Đồng Nai plan (Kế hoạch 182/KH-UBND, drug prevention) checked against its source
//! document: the document's text, from the folder `PLANLANG_SOURCES` names (tests/documents/seed.rs), is read and compared with the model, so a wrong
//! number, comparator, year, "phấn đấu", owner or deadline in the plan file fails.

use crate::seed;
use crate::support::{self, numbered_section, Document, Header};
use planlang::i18n::Lang;
use planlang::model::Deadline;

use planlang::model::{Comparator, KindName, Model, RateUnit, Target};
use std::collections::{BTreeMap, BTreeSet};

pub(crate) const DOC: Document = Document {
    plan: "plans/dong-nai-drugs-2025.plan",
    seed: "dong-nai-182-KH-UBND-2025-drugs.txt",
    agencies: AGENCIES,
    header: Header {
        number: "182/KH-UBND",
        signed: "2025-11-20",
        signed_as: "ngày 20 tháng 11 năm 2025",
        period: (2025, 2030),
        implements: "7619/QĐ-BCA",
    },
};

/// The agency each id stands for, as the document names it.
const AGENCIES: &[(&str, &str)] = &[
    ("ubnd_tinh", "Ủy ban nhân dân tỉnh"),
    ("taichinh", "Sở Tài chính"),
    ("noivu", "Sở Nội vụ"),
    ("congan", "Công an"),
    ("bchqs", "Bộ Chỉ huy Quân sự tỉnh"),
    ("yte", "Sở Y tế"),
    ("vhttdl", "Sở Văn hóa, Thể thao và Du lịch"),
    ("gddt", "Sở Giáo dục và Đào tạo"),
    ("tuphap", "Sở Tư pháp"),
    ("ldld", "Liên đoàn Lao động tỉnh"),
    ("vks", "Viện kiểm sát nhân dân tỉnh"),
    ("toaan", "Tòa án nhân dân tỉnh"),
    ("mttq", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
    ("doan_the", "tổ chức chính trị - xã hội"),
    ("so_nganh_khac", "Các Sở, ban, ngành khác"),
    ("ubnd_xa", "xã, phường"),
    ("xaydung", "Sở Xây dựng"),
    ("nnmt", "Sở Nông nghiệp và Môi trường"),
    ("haiquan", "Hải quan"),
    ("nganh_doc", "cơ quan ngành dọc"),
    ("cap_tham_quyen", "cấp có thẩm quyền"),
];

/// The targets the items of II.6 state: those citing II.6 or citing nothing (they come from
/// the indicator's own `source`), without the zero of "hằng năm, giảm".
fn item_targets<'m>(m: &'m Model, number: &str) -> Vec<&'m Target> {
    let indicator = &m.indicators[number];
    m.measures_of(indicator)
        .flat_map(|x| &x.targets)
        .filter(|t| t.reference.as_deref().is_none_or(|r| r.starts_with("II.6")))
        .filter(|t| t.value != 0.0)
        .collect()
}

#[test]
fn nine_items_of_section_ii_6_under_one_objective() {
    let Some((m, seed)) = DOC.read() else { return };
    let items = seed::leaves(&seed, "II.6");
    let expected: Vec<String> = (1..=9).map(|n| format!("II.6.{n}")).collect();
    assert_eq!(items, expected, "the document's items");
    let numbers: Vec<&str> = m.indicators.keys().map(String::as_str).collect();
    assert_eq!(numbers, ["1", "2", "3", "4", "5", "6", "7", "8", "9"]);
    support::assert_sources_and_objective(&m, |n| format!("II.6.{n}"), "chi_tieu");
    let objective = &m.objectives["chi_tieu"];
    let heading = seed::section(&seed, "II.6").expect("II.6");
    assert!(heading.starts_with(&format!("6. {}", objective.title)));
    assert_eq!(m.measures.len(), 19);
}

/// What the words before a number ask: "trên 80%" is above, "ít nhất 50%" and a bare "100%"
/// at least.
fn comparator_before(clause: &str, value_at: usize) -> Comparator {
    let before = clause[..value_at].to_lowercase();
    if before.ends_with("trên ") {
        Comparator::Above
    } else {
        Comparator::AtLeast
    }
}

/// Whether a number at byte `at` of an item follows "phấn đấu" in its sentence, with no clause
/// in between that starts with another verb of commitment (", bảo đảm ..."): the rule the
/// plan's header states. ("cơ sở ... bảo đảm điều kiện" describes what is counted.)
fn strives(item: &str, at: usize) -> bool {
    let lower = item.to_lowercase();
    match lower[..at].rfind("phấn đấu") {
        Some(p) => {
            let between = &lower[p..at];
            !between.contains(", bảo đảm") && !between.contains("; bảo đảm")
        }
        None => false,
    }
}

#[test]
fn every_number_comparator_year_and_strive_of_ii_6_is_the_documents() {
    let Some((m, seed)) = DOC.read() else { return };
    for n in 1..=9 {
        let item = seed::section(&seed, &format!("II.6.{n}")).expect("item");
        let yearly = item.contains("Hàng năm");
        // Each number with "%", where it stands, its clause (between semicolons).
        let mut expected = Vec::new();
        let mut offset = 0;
        for clause in item.split(';') {
            for (value, rest) in seed::numbers_with_rest(clause) {
                if !rest.starts_with('%') {
                    continue;
                }
                let at = clause.len() - rest.len();
                let digits = clause[..at]
                    .rfind(|c: char| !c.is_ascii_digit() && c != ',')
                    .map_or(0, |p| p + 1);
                let year = clause
                    .split("năm ")
                    .skip(1)
                    .find_map(|s| s.get(..4)?.parse::<i32>().ok());
                // "Hàng năm, số vụ ... tăng trên 03%": a yearly increase.
                let rate = yearly && clause[..digits].trim_end().ends_with("tăng trên");
                expected.push((
                    value,
                    comparator_before(clause, digits),
                    strives(&item, offset + digits),
                    year,
                    rate,
                ));
            }
            offset += clause.len() + 1;
        }
        let targets = item_targets(&m, &n.to_string());
        let found: Vec<(f64, Comparator, bool, Option<i32>, bool)> = targets
            .iter()
            .map(|t| {
                (
                    t.value,
                    t.op,
                    t.strive,
                    t.kind.first_year(),
                    t.kind.name() == KindName::Rate,
                )
            })
            .collect();
        assert_eq!(found, expected, "II.6.{n}: {item}");
        for t in &targets {
            match t.kind.name() {
                KindName::Rate => assert_eq!(
                    (t.kind.change_unit(), t.kind.last_year()),
                    (Some(RateUnit::Percent), None),
                    "II.6.{n}: a yearly increase in percent of the year before"
                ),
                kind => assert_eq!(kind, KindName::Level, "II.6.{n}"),
            }
        }
    }
    // "Hàng năm, giảm số người nghiện ma túy, người sử dụng trái phép chất ma túy": a fall
    // every year, of any size, for each of the two counts.
    for id in ["1a", "1b"] {
        let t = &m.measures[id].targets;
        assert_eq!(t.len(), 1, "{id}");
        assert_eq!(
            (t[0].kind.name(), t[0].op, t[0].value, t[0].strive),
            (KindName::Rate, Comparator::Below, 0.0, false),
            "{id}"
        );
    }
    // "100%" can only be reached, not passed: "Trên 80% ... và 100%" reads ">= 100".
    assert_eq!(m.measures["5b"].targets[0].op, Comparator::AtLeast);
}

#[test]
fn targets_stated_outside_ii_6_are_each_in_the_sections_they_cite() {
    let Some((m, seed)) = DOC.read() else { return };
    let mut cited = 0;
    for measure in m.measures.values() {
        for t in &measure.targets {
            let Some(reference) = &t.reference else {
                continue;
            };
            if reference.starts_with("II.6") {
                continue;
            }
            for label in seed::labels(reference) {
                let section = seed::section(&seed, &label)
                    .unwrap_or_else(|| panic!("{}: no section {label}", measure.id));
                let value = format!("{}%", t.value);
                assert!(section.contains(&value), "{label} gives {value}: {section}");
                let year = t.kind.first_year().expect("a dated target").to_string();
                assert!(section.contains(&year), "{label} gives {year}");
                let lower = section.to_lowercase();
                if t.strive {
                    assert!(lower.contains("phấn đấu"), "{label} strives");
                }
                cited += 1;
            }
        }
    }
    // 1c: 20% in 2025 (III.1.1, III.2.13.b), 50% (I.2.1, III.1.1, III.2.3.d), 100%
    // (III.2.13.b); 6b: 70% (III.2.13.e).
    assert_eq!(cited, 7);
}

#[test]
fn the_documents_two_2030_targets_for_drug_free_communes_are_both_kept() {
    let m = DOC.model();
    let by_year: BTreeMap<Option<i32>, Vec<(f64, bool)>> =
        m.measures["1c"]
            .targets
            .iter()
            .fold(BTreeMap::new(), |mut acc, t| {
                acc.entry(t.kind.first_year())
                    .or_default()
                    .push((t.value, t.strive));
                acc
            });
    assert_eq!(by_year[&Some(2025)], [(20.0, true)]);
    assert_eq!(
        by_year[&Some(2030)],
        [(50.0, true), (50.0, false), (100.0, true)]
    );
    // The checker reports the contradiction, and nothing else is an error.
    let conflicts: Vec<String> = DOC
        .checked()
        .diagnostics
        .iter()
        .filter(|d| d.code().as_str() == "plan::conflicting_targets")
        .map(|d| d.message(Lang::En).clone())
        .collect();
    assert_eq!(
        conflicts,
        [
            "the document gives two targets for part 1c in 2030: >= 50 strive (II.6.1) and >= 50 (I.2.1; III.1.1; III.2.3.d)",
            "the document gives two targets for part 1c in 2030: >= 50 strive (II.6.1) and >= 100 strive (III.2.13.b)",
        ]
    );
}

/// A measure, its leads, its supports, the projects covering it.
type Owners = (
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
    &'static [&'static str],
);

const OWNERS: &[Owners] = &[
    ("1a", &["congan"], &[], &[]),
    ("1b", &["congan"], &[], &[]),
    ("1c", &["congan"], &["ubnd_xa"], &[]),
    ("2a", &["congan"], &[], &[]),
    ("2b", &["congan"], &["bchqs"], &[]),
    ("3", &["bchqs"], &[], &["da3_tda1"]),
    ("4a", &["congan"], &["bchqs", "haiquan"], &[]),
    ("4b", &["congan"], &[], &["da1"]),
    ("4c", &["congan"], &[], &[]),
    ("5a", &["yte"], &[], &["da6"]),
    ("5b", &["congan"], &[], &["da5"]),
    ("6a", &["congan"], &[], &["da5"]),
    ("6b", &["congan"], &["ubnd_xa"], &["da5"]),
    ("7a", &["vhttdl"], &[], &["da7_tda1"]),
    ("7b", &["gddt"], &[], &["da7_tda3"]),
    ("7c", &["ldld"], &[], &["da7_tda4"]),
    ("8", &["tuphap"], &[], &["da8"]),
    ("9a", &["yte"], &[], &["da6"]),
    ("9b", &["yte"], &[], &["da6"]),
];

#[test]
fn every_indicator_has_the_owners_the_document_assigns() {
    let Some((m, seed)) = DOC.read() else { return };
    assert_eq!(OWNERS.len(), m.measures.len());
    for (id, leads, supports, projects) in OWNERS {
        let measure = &m.measures[*id];
        let names = |list: &[planlang::model::Owner]| -> Vec<String> {
            list.iter().map(|o| o.agency.name.clone()).collect()
        };
        assert_eq!(names(&measure.lead), *leads, "leads of {id}");
        assert_eq!(names(&measure.support), *supports, "supports of {id}");
        let covering: Vec<&str> = m
            .projects
            .values()
            .filter(|p| {
                p.measures
                    .iter()
                    .any(|&i| m.at(i).map(|x| &x.id) == Some(&measure.id))
            })
            .map(|p| p.id.as_str())
            .collect();
        assert_eq!(covering, *projects, "projects covering {id}");
        // Every owner is cited, and the section cited names the agency.
        for owner in measure.lead.iter().chain(measure.support.iter()) {
            let reference = owner.reference.as_deref().expect("a ref for every owner");
            let labels = seed::labels(reference);
            assert!(!labels.is_empty(), "{id}: {reference}");
            for label in labels {
                let section = numbered_section(&seed, &label);
                let agency = DOC.phrase(&owner.agency.name);
                assert!(
                    section.contains(agency),
                    "{id}: section {label} does not name {agency}"
                );
            }
        }
    }
}

#[test]
fn every_project_is_named_in_its_section_and_led_by_the_agency_it_addresses() {
    let Some((m, seed)) = DOC.read() else { return };
    let body = seed::body(&seed);
    assert_eq!(m.projects.len(), 14);
    for p in m.projects.values() {
        // The title as the document writes it (it quotes the name of most projects).
        let (number, name) = p.title.split_once(": ").expect("Dự án N: name");
        let flat = body.replace(['“', '”'], "");
        assert!(
            flat.contains(&format!("{number}: {name}")) || flat.contains(name),
            "{}: title not in the document",
            p.id
        );
        let source = p.duty.source.as_deref().expect("a source");
        let sections: Vec<String> = seed::labels(source)
            .iter()
            .map(|l| seed::section(&seed, l).unwrap_or_else(|| panic!("{l}")))
            .collect();
        assert!(
            sections.iter().any(|s| s.contains(number)),
            "{}: {source} does not name {number}",
            p.id
        );
        for lead in &p.duty.lead {
            let label = &seed::labels(lead.reference.as_deref().expect("ref"))[0];
            let addressee = DOC.addressed(&seed, label);
            assert!(
                addressee.contains(&lead.agency.name.as_str()),
                "{}: {label} addresses {addressee:?}, not {}",
                p.id,
                lead.agency.name
            );
        }
    }
    // Sub-projects sit in their project.
    let parents: BTreeMap<&str, &str> = m
        .projects
        .values()
        .filter_map(|p| Some((p.id.as_str(), p.parent.as_ref()?.name.as_str())))
        .collect();
    assert_eq!(
        parents,
        BTreeMap::from([
            ("da3_tda1", "da3"),
            ("da7_tda1", "da7"),
            ("da7_tda2", "da7"),
            ("da7_tda3", "da7"),
            ("da7_tda4", "da7"),
        ])
    );
    // III.2.3.c: the projects "do Bộ Công an chủ trì" are Công an tỉnh's.
    let c = seed::section(&seed, "III.2.3.c").expect("III.2.3.c");
    for id in ["da1", "da2", "da4", "da5", "da7_tda2", "da9"] {
        let p = &m.projects[id];
        let number = p.title.split(':').next().unwrap_or_default();
        assert!(c.contains(number), "{id}: {number}");
        assert_eq!(p.duty.lead[0].agency.name, "congan");
    }
}

#[test]
fn every_task_is_owned_by_the_agency_its_section_addresses() {
    let Some((m, seed)) = DOC.read() else { return };
    for t in m.tasks.values() {
        let source = t.duty.source.as_deref().expect("a source");
        let owners = support::owners(&t.duty);
        for label in seed::labels(source) {
            assert!(seed::section(&seed, &label).is_some(), "{}: {label}", t.id);
            if !label.starts_with("III.2.") {
                continue;
            }
            DOC.assert_addresses_an_owner(&seed, &label, &t.id, &owners);
        }
        for owner in t.duty.lead.iter().chain(t.duty.support.iter()) {
            for label in seed::labels(owner.reference.as_deref().expect("ref")) {
                // IV.1 names its agencies by group ("các Sở, ban, ngành, đoàn thể ..."): they
                // are the IV.1 report's submitters (deadlines_given_by_month_are_the_documents).
                if label == "IV.1" {
                    continue;
                }
                let section = numbered_section(&seed, &label);
                assert!(
                    section.contains(DOC.phrase(&owner.agency.name)),
                    "{}: {label} does not name {}",
                    t.id,
                    owner.agency.name
                );
            }
        }
    }
}

/// Every source, ref and covers ref in the model, as section labels.
fn cited(m: &Model) -> BTreeSet<String> {
    let mut all: Vec<String> = Vec::new();
    for x in m.measures.values() {
        all.extend(x.source.clone());
        all.extend(x.targets.iter().filter_map(|t| t.reference.clone()));
        all.extend(
            x.lead
                .iter()
                .chain(x.support.iter())
                .filter_map(|o| o.reference.clone()),
        );
    }
    for d in m
        .projects
        .values()
        .map(|p| &p.duty)
        .chain(m.tasks.values().map(|t| &t.duty))
    {
        all.extend(d.source.clone());
        all.extend(
            d.lead
                .iter()
                .chain(d.support.iter())
                .filter_map(|o| o.reference.clone()),
        );
    }
    all.extend(m.reports.values().filter_map(|r| r.party.source.clone()));
    all.iter().flat_map(|c| seed::labels(c)).collect()
}

#[test]
fn every_assignment_of_sections_iii_2_and_iv_is_encoded() {
    let Some((m, seed)) = DOC.read() else { return };
    let cited = cited(&m);
    support::assert_every_leaf_cited(&seed, &["III.2", "IV"], 31, &cited);
}

#[test]
fn deadlines_given_by_month_are_the_documents() {
    let Some((m, seed)) = DOC.read() else { return };
    // "trong tháng 11/2025", twice: III.2.6 and IV.1.
    let mut found = Vec::new();
    for label in ["III.2.6", "IV.1"] {
        let section = seed::section(&seed, label).expect("section");
        for (at, _) in section.match_indices("tháng ") {
            let rest = &section[at + "tháng ".len()..];
            if let Some((month, year)) = rest.split_once('/') {
                let year: String = year.chars().take_while(char::is_ascii_digit).collect();
                if let (Ok(mo), Ok(y)) = (month.parse::<u32>(), year.parse::<i32>()) {
                    found.push((label, mo, y));
                }
            }
        }
    }
    assert_eq!(found, [("III.2.6", 11, 2025), ("IV.1", 11, 2025)]);
    assert_eq!(seed::body(&seed).matches("tháng 11/2025").count(), 2);
    let once = |due: Option<planlang::date::DueMonth>| due.map(|d| (d.month, d.year));
    for (label, month, year) in found {
        let reports: Vec<&str> = m
            .reports
            .values()
            .filter(|r| r.party.source.as_deref() == Some(label))
            .filter(|r| once(r.due_month()) == Some((month, Some(year))))
            .map(|r| r.id.as_str())
            .collect();
        assert_eq!(reports.len(), 1, "{label}: one report due {month}/{year}");
    }
    assert_eq!(
        once(m.projects["da7_tda1"].duty.due_month()),
        Some((11, Some(2025)))
    );
    // IV.1's duty to build the implementation plan, owed by each agency that sends it.
    let build = &m.tasks["xay_dung_ke_hoach"].duty;
    assert_eq!(once(build.due_month()), Some((11, Some(2025))));
    assert!(build.every.is_none());
    let leads: Vec<&str> = build.lead.iter().map(|o| o.agency.name.as_str()).collect();
    let senders: Vec<&str> = m.reports["ke_hoach_trien_khai"]
        .party
        .from
        .iter()
        .map(|f| f.name.as_str())
        .collect();
    assert_eq!(leads, senders);
    // No other task or project has a deadline: the document gives none.
    let dated: Vec<&str> = (m.tasks.values().map(|t| (&t.id, &t.duty)))
        .chain(m.projects.values().map(|p| (&p.id, &p.duty)))
        .filter(|(_, d)| d.due.is_some())
        .map(|(id, _)| id.as_str())
        .collect();
    assert_eq!(dated, ["xay_dung_ke_hoach", "da7_tda1"]);
    // The document gives no day-and-month deadline ("trước ngày ..."), so no report has one.
    assert!(!seed.contains("trước ngày"));
    assert!(m.reports.values().all(|r| r.due_day().is_none()));
    let kh = &m.reports["ke_hoach_trien_khai"];
    assert!(kh.is_once() && kh.period.is_none());
    assert_eq!(kh.party.to.first().map(|t| t.name.as_str()), Some("congan"));
    assert_eq!(kh.party.from.len(), 15);
}

#[test]
fn header_is_the_documents() {
    let Some((m, seed)) = DOC.read() else { return };
    DOC.assert_header(&m, &seed);
    assert_eq!(m.plan.bases.len(), 3);
}

#[test]
fn the_checkers_warnings_are_exactly_the_true_ones() {
    let found = DOC.diagnostics(|checked, d| {
        let (line, _) = d.line_col();
        let at = checked
            .source
            .text()
            .lines()
            .nth(line - 1)
            .unwrap_or_default();
        format!("{} {}", d.code().as_str(), at.trim())
    });
    assert_eq!(
        found,
        [
            // III.2.9 requests ("Đề nghị") the Labour Federation to lead sub-project 4, which
            // covers part 7c: no agency of the province's own is put in charge of it.
            "plan::requested_lead lead ldld ref \"III.2.9\"",
            // The document's 2030 targets for drug-free communes disagree (see above).
            "plan::conflicting_targets target 2030 >= 50 ref \"I.2.1; III.1.1; III.2.3.d\"",
            "plan::conflicting_targets target 2030 >= 100 strive ref \"III.2.13.b\"",
            // II.6.9's first clause sets no figure.
            "plan::no_targets part a \"Bảo đảm cơ sở vật chất và duy trì điều trị cho nhu cầu người nghiện các chất dạng thuốc phiện trên địa bàn\" {",
            // IV.1 and IV.2 give no frequency for the periodic reports.
            "plan::report_no_period report bao_cao_dinh_ky \"Báo cáo định kỳ theo chế độ thông tin, báo cáo của Chương trình MTQG\" {",
            "plan::report_no_period report tong_hop_ket_qua \"Tổng hợp kết quả thực hiện Chương trình MTQG\" {",
        ]
    );
    // The document's own words, when it is at hand.
    if let Some(seed) = DOC.text() {
        let iv = seed::section(&seed, "IV").expect("IV");
        assert!(iv.contains("theo định kỳ của Chương trình MTQG"));
        assert!(iv.contains("báo cáo cấp có thẩm quyền theo quy định"));
    }
}
