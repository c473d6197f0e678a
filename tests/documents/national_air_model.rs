//! The national air quality plan (Quyết định 2530/QĐ-TTg) checked against its source document:
//! the document's text, from the folder `PLANLANG_SOURCES` names (tests/documents/seed.rs), is
//! read and compared with the model, so a wrong number, comparator, year, "phấn đấu", owner or
//! deadline in the plan file fails. The annexes' tables are read cell by cell
//! (tests/documents/markdown.rs): every row's lead, supports and deadline are the task's or the
//! project's.

use crate::markdown::{between, flat, rows};
use crate::seed;

use planlang::model::{
    AgencyRole, Comparator, Deadline, Duty, Held, KindName, Model, RateUnit, Scope, Target,
    TargetKind,
};
use planlang::syntax::ast::Due;
use planlang::Checked;
use std::collections::BTreeSet;

const PLAN: &str = "plans/national/air-quality-2026-2030.plan";
const SEED: &str = "national-2530-QD-TTg-2025-air-quality.md";

fn checked() -> Checked {
    planlang::load_path(PLAN).expect("the national air quality plan is readable")
}

fn model() -> Model {
    let checked = checked();
    assert!(!checked.has_errors(), "{:#?}", checked.diagnostics);
    checked.model
}

/// The model, checked even when the documents are not at hand, and the document's text:
/// `None` when the documents are not at hand (the comparison is then skipped).
fn read() -> Option<(Model, String)> {
    let m = model();
    Some((m, seed::read(SEED)?))
}

/// The words the document names each agency by (any of them, case aside). "UBND các
/// tỉnh/thành phố" is written in several ways, all the provinces'.
const AGENCIES: &[(&str, &[&str])] = &[
    ("ttg", &["Thủ tướng Chính phủ"]),
    ("chinh_phu", &["trước Chính phủ"]),
    ("bnnmt", &["Bộ Nông nghiệp và Môi trường"]),
    ("bxd", &["Bộ Xây dựng"]),
    ("bct", &["Bộ Công Thương"]),
    ("bkhcn", &["Bộ Khoa học và Công nghệ"]),
    ("byt", &["Bộ Y tế"]),
    ("bgddt", &["Bộ Giáo dục và Đào tạo"]),
    ("btc", &["Bộ Tài chính"]),
    ("bca", &["Bộ Công an"]),
    ("bvhttdl", &["Bộ Văn hóa, Thể thao và Du lịch"]),
    ("nhnn", &["Ngân hàng Nhà nước Việt Nam"]),
    ("vtv", &["Đài Truyền hình Việt Nam"]),
    ("vov", &["Đài Tiếng nói Việt Nam"]),
    ("ttxvn", &["Thông tấn xã Việt Nam"]),
    (
        "ubnd_hn",
        &["UBND thành phố Hà Nội", "Ủy ban nhân dân thành phố Hà Nội"],
    ),
    ("ubnd_hcm", &["Thành phố Hồ Chí Minh"]),
    (
        "ubnd_tinh",
        &[
            "UBND các tỉnh",
            "Ủy ban nhân dân các tỉnh",
            "các tỉnh/ thành phố khác",
            "các tỉnh/thành phố khác",
            "các địa phương",
        ],
    ),
    ("mttq", &["Mặt trận Tổ quốc Việt Nam"]),
    (
        "doan_the",
        &[
            "các tổ chức thành viên",
            "tổ chức chính trị - xã hội thành viên",
        ],
    ),
    ("co_so_sx", &["Các cơ sở sản xuất"]),
    ("bng", &["Bộ Ngoại giao"]),
    ("vast", &["Viện Hàn lâm Khoa học và Công nghệ Việt Nam"]),
    ("dhbk", &["Đại học Bách khoa Hà Nội"]),
    ("truong_vien", &["các trường đại học, viện nghiên cứu"]),
    ("bo_nganh", &["bộ, ngành", "bộ ngành"]),
    (
        "co_quan_lq",
        &["Các cơ quan liên quan", "Các đơn vị liên quan"],
    ),
    ("cong_dong", &["cộng đồng người dân"]),
];

/// The agencies a cell of an annex names, by the words of [`AGENCIES`] (the Prime Minister
/// and the Government are never a cell's).
fn named_in(cell: &str) -> BTreeSet<&'static str> {
    let lower = cell.to_lowercase();
    AGENCIES
        .iter()
        .filter(|(id, _)| !matches!(*id, "ttg" | "chinh_phu"))
        .filter(|(_, words)| words.iter().any(|w| lower.contains(&w.to_lowercase())))
        .map(|(id, _)| *id)
        .collect()
}

fn ids(owners: &[planlang::model::Owner]) -> BTreeSet<&str> {
    owners.iter().map(|o| o.agency.name.as_str()).collect()
}

const LETTERS: [&str; 15] = [
    "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p",
];
const PARTS: [&str; 5] = [
    "I. MỤC TIÊU",
    "II. NHIỆM VỤ",
    "III. CÁC NHIỆM VỤ",
    "IV. TỔ CHỨC",
    "V. NGUỒN LỰC",
];

/// The flattened text of a section of Điều 1 as the plan cites it: "I.2.a" is part I, item
/// 2, point a; "IV.2.m" part IV, item 2, point m.
fn section(seed: &str, label: &str) -> String {
    let article = between(seed, "Điều 1.", Some("Điều 2.")).expect("Điều 1");
    let mut levels = label.split('.');
    let roman = levels.next().expect("a part");
    let at = ["I", "II", "III", "IV", "V"]
        .iter()
        .position(|r| *r == roman)
        .expect("a Roman part");
    let mut text = between(article, PARTS[at], PARTS.get(at + 1).copied())
        .unwrap_or_else(|| panic!("no part {roman}"))
        .to_string();
    for level in levels {
        let (from, to) = match level.parse::<u32>() {
            Ok(n) => (format!("{n}. "), format!("{}. ", n + 1)),
            Err(_) => {
                let i = LETTERS.iter().position(|l| *l == level).expect("a letter");
                let next = LETTERS
                    .get(i + 1)
                    .map_or(String::new(), |l| format!("{l}) "));
                (format!("{level}) "), next)
            }
        };
        let to = (!to.is_empty()).then_some(to.as_str());
        text = between(&text, &from, to)
            .unwrap_or_else(|| panic!("no section {label}"))
            .to_string();
    }
    flat(&text)
}

/// The first number after `words` in `text` ("1.200" is 1200), or a panic naming them.
fn number_after(text: &str, words: &str) -> f64 {
    let at = text
        .find(words)
        .unwrap_or_else(|| panic!("the text has no `{words}`"));
    let rest = &text[at + words.len()..];
    let digits: String = rest
        .trim_start()
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .filter(|c| *c != '.')
        .collect();
    digits
        .parse()
        .unwrap_or_else(|_| panic!("no number after `{words}`"))
}

/// The targets of a measure that cite `label`, first or as a restatement.
fn citing<'m>(m: &'m Model, measure: &str, label: &str) -> Vec<&'m Target> {
    m.measures[measure]
        .targets
        .iter()
        .filter(|t| {
            t.reference.as_deref() == Some(label) || t.restated_in.iter().any(|r| r == label)
        })
        .collect()
}

fn level(t: &Target) -> Option<i32> {
    match &t.kind {
        TargetKind::Level { at } => Some(at.as_ref()?.period.year()),
        _ => None,
    }
}

fn scope_areas(m: &Model, measure: &str) -> Vec<String> {
    match m.measures[measure].scope.as_deref() {
        Some(Scope::Areas(areas)) => areas.iter().map(|a| a.name.clone()).collect(),
        _ => Vec::new(),
    }
}

#[test]
fn header_is_the_documents() {
    let Some((m, seed)) = read() else { return };
    let text = flat(&seed);
    assert_eq!(m.plan.document.as_deref(), Some("2530/QĐ-TTg"));
    assert!(text.contains("Số: 2530/QĐ-TTg"));
    let dates: Vec<String> = m.plan.signed.iter().map(|s| s.date.to_string()).collect();
    assert_eq!(dates, ["2025-11-19"]);
    assert!(text.contains("Hà Nội, ngày 19 tháng 11 năm 2025"));
    // "GIAI ĐOẠN 2026 - 2030, TẦM NHÌN ĐẾN NĂM 2045", in the title.
    let title = &text[text.find("PHÊ DUYỆT KẾ HOẠCH").expect("the title")..];
    let start = number_after(title, "GIAI ĐOẠN") as i32;
    let end = number_after(title, &format!("GIAI ĐOẠN {start} -")) as i32;
    assert_eq!(m.plan.period, Some((start, end)));
    let horizon = number_after(title, "TẦM NHÌN ĐẾN NĂM") as i32;
    assert_eq!(m.plan.horizon.map(|h| h.value), Some(horizon));
    assert_eq!(m.plan.vision(), Some((end + 1, horizon)));
    // One `basis` per "Căn cứ" paragraph, each naming what the paragraph names.
    assert_eq!(m.plan.bases.len(), text.matches("Căn cứ ").count());
    for basis in &m.plan.bases {
        assert!(text.contains(&format!("Căn cứ {basis}")), "{basis}");
    }
    assert_eq!(m.plan.issuer.as_ref().map(|i| i.name.as_str()), Some("ttg"));
}

#[test]
fn every_agency_is_named_by_the_document_and_the_requested_ones_are_asked() {
    let Some((m, seed)) = read() else { return };
    let text = flat(&seed).to_lowercase();
    let ids: BTreeSet<&str> = m.agencies.keys().map(String::as_str).collect();
    let listed: BTreeSet<&str> = AGENCIES.iter().map(|(id, _)| *id).collect();
    assert_eq!(ids, listed);
    for (id, words) in AGENCIES {
        assert!(
            words.iter().any(|w| text.contains(&w.to_lowercase())),
            "{id}: {words:?}"
        );
    }
    let requested: BTreeSet<&str> = m
        .agencies
        .values()
        .filter(|a| a.role == AgencyRole::Requested)
        .map(|a| a.id.as_str())
        .collect();
    assert_eq!(
        requested,
        BTreeSet::from(["mttq", "doan_the", "co_so_sx", "cong_dong"])
    );
    // IV.2.n requests (đề nghị) the Front; IV.2.o states the facilities' duty with no verb of
    // assignment; no other paragraph of IV.2 says "Đề nghị".
    let n = section(&seed, "IV.2.n");
    assert!(n.starts_with("n) Đề nghị Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội thành viên"));
    assert!(section(&seed, "IV.2.o").starts_with("o) Các cơ sở sản xuất tuân thủ"));
    assert_eq!(section(&seed, "IV.2").matches("Đề nghị").count(), 1);
}

#[test]
fn the_objectives_are_the_general_one_and_the_specific_ones_nested_in_it() {
    let Some((m, seed)) = read() else { return };
    let general = section(&seed, "I.1");
    let chung = &m.objectives["chung"];
    assert!(chung.parent.is_none());
    assert_eq!(chung.source.as_deref(), Some("I.1"));
    // "1. Mục tiêu tổng thể giai đoạn 2026 - 2030 Kiểm soát, ...": heading, then the text.
    let title = chung.title.replace(": ", " ");
    assert!(general.starts_with(&format!("1. {title}")), "{general}");
    // The specific objectives: every lettered point of I.2, in order, each in `chung`.
    let specific = section(&seed, "I.2");
    let letters: Vec<&str> = LETTERS
        .iter()
        .copied()
        .filter(|l| specific.contains(&format!(" {l}) ")))
        .collect();
    assert_eq!(letters, ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k"]);
    let nested: Vec<String> = m
        .objectives
        .values()
        .filter(|o| o.parent.as_ref().map(|p| p.name.as_str()) == Some("chung"))
        .map(|o| o.source.clone().unwrap_or_default())
        .collect();
    let expected: Vec<String> = letters.iter().map(|l| format!("I.2.{l}")).collect();
    assert_eq!(nested, expected);
    assert_eq!(m.objectives.len(), 1 + letters.len());
    // Each indicator serves the objective of the point that sets its first target.
    for i in m.indicators.values() {
        let objective = &m.objectives[&i.objective.as_ref().expect("an objective").name];
        let source = objective.source.as_deref().unwrap_or_default();
        let cited = i.source.as_deref().unwrap_or_default();
        assert!(
            cited.starts_with(source) || (i.number == "11" && source == "I.2.i"),
            "{}: {cited} in {source}",
            i.number
        );
    }
}

#[test]
fn ha_nois_pm25_targets_and_the_vision_are_the_documents() {
    let Some((m, seed)) = read() else { return };
    let a = section(&seed, "I.2.a");
    let sentence = &a[a.find("Tại thành phố Hà Nội").expect("Hà Nội")..];
    let year = number_after(sentence, "trung bình năm vào năm") as i32;
    let limit = number_after(sentence, "đạt dưới");
    let fall = number_after(sentence, "(giảm");
    let since = number_after(sentence, "% so với mức trung bình năm") as i32;
    assert_eq!((year, limit, fall, since), (2030, 40.0, 20.0, 2024));
    assert!(sentence.contains(&format!("đạt dưới {limit} μg/m3")));

    let pm = &m.measures["1"];
    assert_eq!(scope_areas(&m, "1"), ["ha_noi"]);
    assert_eq!(
        pm.unit.as_ref().map(|u| u.written.name.as_str()),
        Some("ug_m3")
    );
    let baseline = pm.baseline.as_ref().expect("a baseline");
    assert_eq!((baseline.year, baseline.value), (since, None));
    let levels: Vec<(Option<i32>, Comparator, f64, bool)> = citing(&m, "1", "I.2.a")
        .iter()
        .filter(|t| t.kind.name() == KindName::Level)
        .map(|t| (level(t), t.op, t.value, t.strive))
        .collect();
    assert_eq!(levels, [(Some(year), Comparator::Below, limit, false)]);
    let changes: Vec<(f64, Option<i32>, Option<i32>)> = citing(&m, "1", "I.2.a")
        .iter()
        .filter_map(|t| match t.kind {
            TargetKind::Change { from, until, unit } => {
                assert_eq!(unit, RateUnit::Percent);
                Some((t.value, from.map(|y| y.value), until.map(|y| y.value)))
            }
            _ => None,
        })
        .collect();
    assert_eq!(changes, [(-fall, None, Some(year))]);

    // I.3: "giảm trung bình 5 μg/m3 theo mỗi kỳ kế hoạch 5 năm, mục tiêu đến năm 2045, ... đạt
    // mức quy chuẩn kỹ thuật quốc gia".
    let vision = section(&seed, "I.3");
    let step = number_after(&vision, "giảm trung bình");
    let years = number_after(&vision, "theo mỗi kỳ kế hoạch") as i32;
    let horizon = number_after(&vision, "mục tiêu đến năm") as i32;
    assert!(vision.contains(&format!("giảm trung bình {step} μg/m3")));
    assert!(vision.contains("nồng độ bụi PM2.5 đạt mức quy chuẩn kỹ thuật quốc gia"));
    let mut expected = Vec::new();
    // Each five-year plan after `year`: from the year after the last one's end to its own.
    let mut end = year;
    while end < horizon {
        expected.push((-step, Some(end + 1), Some(end + years)));
        end += years;
    }
    let found: Vec<(f64, Option<i32>, Option<i32>)> = citing(&m, "1", "I.3")
        .iter()
        .filter_map(|t| match t.kind {
            TargetKind::Change { from, until, unit } => {
                assert_eq!(unit, RateUnit::Points);
                Some((t.value, from.map(|y| y.value), until.map(|y| y.value)))
            }
            _ => None,
        })
        .collect();
    assert_eq!(found, expected);
    assert_eq!(m.plan.horizon.map(|h| h.value), Some(horizon));
    // The standard's annual limit, which the document does not write (see the plan's header).
    let standard: Vec<(Option<i32>, Comparator, f64)> = citing(&m, "1", "I.3")
        .iter()
        .filter(|t| t.kind.name() == KindName::Level)
        .map(|t| (level(t), t.op, t.value))
        .collect();
    assert_eq!(standard, [(Some(horizon), Comparator::AtMost, 25.0)]);
    assert!(!vision.contains("25"));
}

#[test]
fn the_other_targets_of_i_2_a_are_the_documents() {
    let Some((m, seed)) = read() else { return };
    let a = section(&seed, "I.2.a");
    // Hà Nội's share of good days: "đạt tối thiểu 80%", no year.
    let share = number_after(&a, "ở mức tốt và trung bình đạt tối thiểu");
    let t: Vec<_> = citing(&m, "2", "I.2.a")
        .iter()
        .map(|t| (level(t), t.kind.name(), t.op, t.value))
        .collect();
    assert_eq!(t, [(None, KindName::Level, Comparator::AtLeast, share)]);
    assert_eq!(scope_areas(&m, "2"), ["ha_noi"]);

    // The provinces round Hà Nội, each as the document lists it.
    let listed = &a[a.find("(bao gồm: ").expect("the list") + "(bao gồm: ".len()..];
    let listed: Vec<&str> = listed[..listed.find(')').unwrap()].split(", ").collect();
    let areas: Vec<String> = scope_areas(&m, "3")
        .iter()
        .map(|id| m.areas[id].name.clone())
        .collect();
    assert_eq!(areas.len(), listed.len());
    for (area, province) in areas.iter().zip(&listed) {
        assert!(area.ends_with(province), "{area} / {province}");
    }
    let fall = number_after(&a, "vào năm 2030 giảm tối thiểu");
    let since = number_after(
        &a,
        &format!("giảm tối thiểu {fall}% so với mức trung bình năm"),
    ) as i32;
    let b = m.measures["3"].baseline.as_ref().expect("a baseline");
    assert_eq!((b.year, b.value), (since, None));
    let t: Vec<_> = citing(&m, "3", "I.2.a")
        .iter()
        .map(|t| (t.kind.name(), t.kind.last_year(), t.op, t.value))
        .collect();
    // "giảm tối thiểu 10%": a fall of at least 10 % (`reduce by >= 10 percent`).
    assert_eq!(
        t,
        [(KindName::Change, Some(2030), Comparator::AtMost, -fall)]
    );

    // "Đối với Thành phố Hồ Chí Minh và các đô thị khác trên toàn quốc, chỉ số VN_AQI năm sau
    // tốt hơn năm trước": a fall each year (a lower index is better air).
    assert!(a.contains(
        "Đối với Thành phố Hồ Chí Minh và các đô thị khác trên toàn quốc, chỉ số VN_AQI năm sau tốt hơn năm trước"
    ));
    assert_eq!(scope_areas(&m, "4a"), ["tp_hcm"]);
    assert!(matches!(
        m.measures["4b"].scope.as_deref(),
        Some(Scope::Value(d, v)) if d.name == "khu_vuc" && v.name == "do_thi"
    ));
    for part in ["4a", "4b"] {
        let t = citing(&m, part, "I.2.a");
        assert_eq!(t.len(), 1);
        // `reduce every year`: a yearly fall of any size.
        assert_eq!((t[0].kind.name(), t[0].value), (KindName::Rate, 0.0));
        assert_eq!(
            m.measures[part].direction,
            Some(planlang::model::Direction::Decrease)
        );
    }
}

/// Whether the number at byte `at` of `text` follows "phấn đấu" in its sentence (the rule
/// the plan's header states).
fn strives(text: &str, at: usize) -> bool {
    let lower = text[..at].to_lowercase();
    let sentence = lower.rfind(". ").map_or(0, |p| p + 2);
    lower[sentence..].contains("phấn đấu")
}

/// Every "100%" of a point of the document, whether it strives, and the targets of 100 that
/// cite the point.
fn hundreds(m: &Model, seed: &str, label: &str) -> (Vec<bool>, Vec<(String, bool)>) {
    let text = section(seed, label);
    let found = text
        .match_indices("100%")
        .map(|(at, _)| strives(&text, at))
        .collect();
    let mut targets = Vec::new();
    for (id, measure) in &m.measures {
        for t in citing(m, id, label) {
            if t.value == 100.0 {
                assert_eq!(t.op, Comparator::AtLeast, "{id}");
                targets.push((id.clone(), t.strive));
            }
        }
        let _ = measure;
    }
    (found, targets)
}

#[test]
fn every_hundred_percent_of_the_objectives_is_a_target() {
    let Some((m, seed)) = read() else { return };
    for (label, measures) in [
        ("I.2.b", &["5"][..]),
        ("I.2.c", &["6"]),
        ("I.2.d", &["7a"]),
        ("I.2.e", &["8a", "8b"]),
        ("I.2.g", &["9a", "9b"]),
    ] {
        let (found, targets) = hundreds(&m, &seed, label);
        let ids: Vec<&str> = targets.iter().map(|(id, _)| id.as_str()).collect();
        assert_eq!(ids, measures, "{label}");
        let strive: Vec<bool> = targets.iter().map(|(_, s)| *s).collect();
        assert_eq!(strive, found, "{label}");
    }
    // I.2.d's is a 2030 target of the two cities.
    let d = section(&seed, "I.2.d");
    let year = number_after(&d, "Đối với Hà Nội và Thành phố Hồ Chí Minh, đến năm") as i32;
    assert_eq!(
        citing(&m, "7a", "I.2.d")
            .iter()
            .map(|t| level(t))
            .collect::<Vec<_>>(),
        [Some(year)]
    );
    assert_eq!(scope_areas(&m, "7a"), ["ha_noi", "tp_hcm"]);
    // The others have no year.
    for id in ["5", "6", "8a", "8b", "9a", "9b"] {
        assert!(
            m.measures[id].targets.iter().all(|t| level(t).is_none()),
            "{id}"
        );
    }
}

#[test]
fn the_hundreds_of_iv_2_m_are_targets_of_the_provinces_and_the_two_cities() {
    let Some((m, seed)) = read() else { return };
    let text = section(&seed, "IV.2.m");
    let (found, targets) = hundreds(&m, &seed, "IV.2.m");
    // Two of its "100%" speak of the public transport of the two cities: the 2030 target of
    // 7a, stated again (I.2.d), and the policy that supports it.
    assert_eq!(found.len(), 6);
    assert_eq!(
        text.matches("100% phương tiện giao thông công cộng")
            .count(),
        2
    );
    let ids: BTreeSet<&str> = targets.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(ids, BTreeSet::from(["7a", "7b", "8c", "8d", "11"]));
    assert!(found.iter().all(|s| !s) && targets.iter().all(|(_, s)| !s));
    assert!(text.contains(
        "yêu cầu 100% phải có biện pháp che chắn, kiểm soát bụi, rửa xe ra vào công trình"
    ));
    assert!(text.contains(
        "đảm bảo 100% dữ liệu quan trắc được kết nối, truyền về Bộ Nông nghiệp và Môi trường"
    ));
    assert!(text.contains(
        "100% phương tiện vận tải hàng hóa và hành khách bằng hình thức xe công nghệ (shipper)"
    ));
    assert!(text.contains("yêu cầu 100% các công trường thi công xây dựng phải có biện pháp kiểm soát bụi nghiêm ngặt"));
    let year = number_after(&text, "sử dụng năng lượng sạch, năng lượng xanh vào năm") as i32;
    assert_eq!(level(citing(&m, "7a", "IV.2.m")[0]), Some(year));
    assert_eq!(scope_areas(&m, "8d"), ["ha_noi", "tp_hcm"]);
}

#[test]
fn the_green_buildings_are_the_documents() {
    let Some((m, seed)) = read() else { return };
    let h = section(&seed, "I.2.h");
    let year = number_after(&h, "Phấn đấu đến năm") as i32;
    let country = number_after(&h, &format!("Phấn đấu đến năm {year}, cả nước có"));
    let ha_noi = number_after(&h, "Hà Nội có tối thiểu");
    let hcm = number_after(&h, "Thành phố Hồ Chí Minh có tối thiểu");
    assert_eq!((country, ha_noi, hcm), (1200.0, 200.0, 500.0));
    let of = |id: &str, label: &str| -> Vec<(Option<i32>, Comparator, f64, bool)> {
        citing(&m, id, label)
            .iter()
            .map(|t| (level(t), t.op, t.value, t.strive))
            .collect()
    };
    assert_eq!(
        of("10a", "I.2.h"),
        [(Some(year), Comparator::AtLeast, country, true)]
    );
    assert_eq!(
        of("10b", "I.2.h"),
        [(Some(year), Comparator::AtLeast, ha_noi, false)]
    );
    assert_eq!(
        of("10c", "I.2.h"),
        [(Some(year), Comparator::AtLeast, hcm, false)]
    );
    assert_eq!(scope_areas(&m, "10b"), ["ha_noi"]);
    assert_eq!(scope_areas(&m, "10c"), ["tp_hcm"]);
    // II.5: "đảm bảo mục tiêu đạt 1.200 công trình ... vào năm 2030", without "phấn đấu".
    let ii5 = section(&seed, "II.5");
    let again = number_after(&ii5, "đảm bảo mục tiêu đạt");
    let again_year = number_after(&ii5, "trên cả nước vào năm") as i32;
    assert!(!ii5.to_lowercase().contains("phấn đấu"));
    assert_eq!(
        of("10a", "II.5"),
        [(Some(again_year), Comparator::AtLeast, again, false)]
    );
    // IV.2.m states the two cities' numbers again, "vào năm 2030".
    let m_text = section(&seed, "IV.2.m");
    assert_eq!(number_after(&m_text, "Hà Nội có tối thiểu"), ha_noi);
    assert_eq!(
        number_after(&m_text, "Thành phố Hồ Chí Minh có tối thiểu"),
        hcm
    );
    assert_eq!(of("10b", "IV.2.m"), of("10b", "I.2.h"));
    assert_eq!(of("10c", "IV.2.m"), of("10c", "I.2.h"));
}

#[test]
fn every_target_is_accounted_for() {
    let m = model();
    let count: usize = m.measures.values().map(|x| x.targets.len()).sum();
    // 1: 2 (I.2.a) + 4 (I.3); 2, 3, 4a, 4b, 5, 6: 1 each; 7a, 7b, 8a-8d, 9a, 9b: 1 each;
    // 10a: 2 (I.2.h, II.5); 10b, 10c, 11: 1 each.
    assert_eq!(count, 6 + 6 + 8 + 2 + 3);
    assert_eq!(m.indicators.len(), 11);
    assert_eq!(m.measures.len(), 19);
}

#[test]
fn the_indicators_leads_are_the_bodies_iv_2_gives_the_duty() {
    let Some((m, seed)) = read() else { return };
    for (id, measure) in &m.measures {
        for owner in measure.lead.iter().chain(measure.support.iter()) {
            let label = owner.reference.as_deref().expect("a ref");
            let words = AGENCIES
                .iter()
                .find(|(a, _)| *a == owner.agency.name)
                .map(|(_, w)| w)
                .unwrap();
            let text = match label.strip_prefix("Phụ lục I, ") {
                Some(row) => annex_one(&seed)
                    .into_iter()
                    .filter(|r| r.label.starts_with(row))
                    .map(|r| r.lead)
                    .collect::<Vec<_>>()
                    .join(" "),
                None => section(&seed, label),
            };
            let lower = text.to_lowercase();
            assert!(
                words.iter().any(|w| lower.contains(&w.to_lowercase())),
                "{id}: {} in {label}",
                owner.agency.name
            );
        }
        assert!(!measure.lead.is_empty(), "{id} has a lead");
    }
}

/// A row of an annex: its label ("A.1, nhiệm vụ 2"), its title cell, lead cell, supports cell
/// and deadline cell.
struct Row {
    label: String,
    id: String,
    title: String,
    lead: String,
    support: String,
    time: String,
}

/// The rows of Phụ lục I. A section's heading row is its letter and name; a row with an STT
/// has 7 cells (STT, lead, supports, group, content, result, deadline), one without (sections
/// D-M) 6; a further content of the same row has 3, or 4 when it has supports of its own.
fn annex_one(seed: &str) -> Vec<Row> {
    let annex = between(seed, "PHỤ LỤC I", Some("PHỤ LỤC II")).expect("Phụ lục I");
    let mut out = Vec::new();
    let (mut section, mut stt, mut lead, mut support, mut n) = (
        String::new(),
        None::<String>,
        String::new(),
        String::new(),
        0,
    );
    for row in rows(annex) {
        let cells: Vec<&str> = row.iter().map(String::as_str).collect();
        let (content, time) = match cells[..] {
            [letter, _] if letter.len() == 2 && letter.ends_with('.') => {
                section = letter.trim_end_matches('.').to_string();
                continue;
            }
            [s, l, sup, _, content, _, time] if s.chars().all(|c| c.is_ascii_digit()) => {
                (stt, lead, support, n) = (Some(s.to_string()), l.into(), sup.into(), 1);
                (content, time)
            }
            [l, sup, _, content, _, time] => {
                (stt, lead, support, n) = (None, l.into(), sup.into(), 1);
                (content, time)
            }
            [sup, content, _, time] => {
                (support, n) = (sup.into(), n + 1);
                (content, time)
            }
            [content, _, time] => {
                n += 1;
                (content, time)
            }
            _ => continue,
        };
        let s = section.to_lowercase();
        let (label, id) = match &stt {
            Some(k) => (
                format!("{section}.{k}, nhiệm vụ {n}"),
                format!("pl1_{s}{k}_{n}"),
            ),
            None => (format!("{section}, nhiệm vụ {n}"), format!("pl1_{s}_{n}")),
        };
        out.push(Row {
            label,
            id,
            title: content.trim_start_matches("- ").to_string(),
            lead: lead.clone(),
            support: support.clone(),
            time: time.to_string(),
        });
    }
    out
}

/// The rows of Phụ lucc II: a group's heading row (its Roman number and name), then its rows
/// of 8 cells: STT, name, content, lead, supports, status, time, sources of funds.
fn annex_two(seed: &str) -> Vec<Row> {
    let annex = between(seed, "PHỤ LỤC II", None).expect("Phụ lục II");
    let mut out = Vec::new();
    let mut group = String::new();
    for row in rows(annex) {
        match &row[..] {
            [g, _] if g.chars().all(|c| "IVX".contains(c)) => group = g.clone(),
            [stt, name, _, lead, support, _, time, ..]
                if stt.chars().all(|c| c.is_ascii_digit()) =>
            {
                out.push(Row {
                    label: format!("{group}.{stt}"),
                    id: format!("pl2_{}_{stt}", group.to_lowercase()),
                    title: name.clone(),
                    lead: lead.clone(),
                    support: support.clone(),
                    time: time.clone(),
                })
            }
            _ => {}
        }
    }
    out
}

/// The deadline a cell gives, as the plan's header says: the first of "quý I năm Y" (the end
/// of March), "trước năm Y" (before 1 January), "trong năm Y" or "Năm Y" (the end of Y), "Y1 -
/// Y2" (the end of Y2); none when the cell names no end.
fn deadline(cell: &str) -> Option<String> {
    let mut found: Vec<(usize, String)> = Vec::new();
    let year_after = |at: usize, words: &str| -> Option<i32> {
        let rest = &cell[at + words.len()..];
        rest.get(..4)?.parse().ok()
    };
    for (words, form) in [
        ("quý I năm ", "month 3/"),
        ("trước năm ", "before 01/01/"),
        ("Trước năm ", "before 01/01/"),
        ("trong năm ", "month 12/"),
        ("Năm ", "month 12/"),
    ] {
        for (at, _) in cell.match_indices(words) {
            if words == "Năm " && at != 0 {
                continue;
            }
            if let Some(y) = year_after(at, words) {
                found.push((at, format!("{form}{y}")));
            }
        }
    }
    for (at, _) in cell.match_indices(" - ") {
        let (Some(before), Some(after)) =
            (cell.get(at.saturating_sub(4)..at), cell.get(at + 3..at + 7))
        else {
            continue;
        };
        if let (Ok(_), Ok(end)) = (before.parse::<i32>(), after.parse::<i32>()) {
            found.push((at - 4, format!("month 12/{end}")));
        }
    }
    found.sort();
    found.into_iter().next().map(|(_, d)| d)
}

/// A task's or project's deadline in the form of [`deadline`].
fn due_of(duty: &Duty) -> Option<String> {
    assert!(duty.every.is_none());
    match duty.due()? {
        Due::Month { before: false, .. } => {
            let m = duty.due_month()?;
            Some(format!("month {}/{}", m.month, m.year?))
        }
        Due::Date { before: true, .. } => {
            let d = duty.due_date()?;
            Some(format!("before {:02}/{:02}/{}", d.day, d.month, d.year))
        }
        other => panic!("a deadline the annexes do not write: {other:?}"),
    }
}

fn assert_row(m: &Model, duty: &Duty, title: &str, row: &Row, annex: &str) {
    assert_eq!(title, row.title, "{}", row.id);
    assert_eq!(ids(&duty.lead), named_in(&row.lead), "{}: lead", row.id);
    assert_eq!(
        ids(&duty.support),
        named_in(&row.support),
        "{}: support",
        row.id
    );
    assert_eq!(
        due_of(duty),
        deadline(&row.time),
        "{}: {}",
        row.id,
        row.time
    );
    assert_eq!(
        duty.source.as_deref(),
        Some(format!("{annex}, {}", row.label).as_str()),
        "{}",
        row.id
    );
    let _ = m;
}

#[test]
fn every_task_of_annex_i_is_its_row_with_its_lead_supports_and_deadline() {
    let Some((m, seed)) = read() else { return };
    let rows = annex_one(&seed);
    assert_eq!(rows.len(), 58);
    let sections: BTreeSet<String> = rows.iter().map(|r| r.label[..1].to_string()).collect();
    assert_eq!(sections.len(), 14, "A-P without F, J");
    for row in &rows {
        let task = m
            .tasks
            .get(&row.id)
            .unwrap_or_else(|| panic!("no task {}", row.id));
        assert_row(&m, &task.duty, &task.title, row, "Phụ lục I");
    }
    let annexed = m.tasks.keys().filter(|k| k.starts_with("pl1_")).count();
    assert_eq!(annexed, rows.len());
}

#[test]
fn every_project_of_annex_ii_is_its_row_in_its_group() {
    let Some((m, seed)) = read() else { return };
    let rows = annex_two(&seed);
    assert_eq!(rows.len(), 24);
    for row in &rows {
        let project = m
            .projects
            .get(&row.id)
            .unwrap_or_else(|| panic!("no project {}", row.id));
        assert_row(&m, &project.duty, &project.title, row, "Phụ lục II");
        let group = row.id.rsplit_once('_').unwrap().0;
        assert_eq!(
            project.parent.as_ref().map(|p| p.name.as_str()),
            Some(group)
        );
    }
    let annexed = m
        .projects
        .keys()
        .filter(|k| k.starts_with("pl2_") && k.matches('_').count() == 2)
        .count();
    assert_eq!(annexed, rows.len());
    // The deadlines' rule is the header's: a few cells, read as it says.
    assert_eq!(
        deadline("Ban hành trong quý I năm 2026. Thực hiện rà soát"),
        Some("month 3/2026".into())
    );
    assert_eq!(
        deadline("Giai đoạn 2026 - 2027. Thực hiện rà soát"),
        Some("month 12/2027".into())
    );
    assert_eq!(deadline("Trước năm 2030"), Some("before 01/01/2030".into()));
    assert_eq!(
        deadline("Triển khai từ năm 2026 và thực hiện thường xuyên, liên tục"),
        None
    );
}

#[test]
fn the_reports_and_reviews_are_the_documents() {
    let Some((m, seed)) = read() else { return };
    let p = section(&seed, "IV.2.p");
    // "Hàng năm, trước ngày 25 tháng 12, các cơ quan, đơn vị chủ trì ... gửi Bộ Nông nghiệp và
    // Môi trường báo cáo ... để tổng hợp, báo cáo Thủ tướng Chính phủ."
    let day = number_after(&p, "Hàng năm, trước ngày") as u32;
    let month = number_after(&p, &format!("trước ngày {day} tháng")) as u32;
    let r = &m.reports["tien_do"];
    let due = r.due_day().expect("a day");
    assert!(r.due_before());
    assert_eq!((due.day, due.month), (day, month));
    assert_eq!(r.period, Some(planlang::model::PeriodKind::Year));
    let to: Vec<&str> = r.party.to.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(to, ["bnnmt"]);
    assert!(p.contains("gửi Bộ Nông nghiệp và Môi trường báo cáo"));
    // Sent by every lead of the annexes' rows but the Ministry that receives them.
    let mut leads: BTreeSet<&str> = BTreeSet::new();
    let rows: Vec<Row> = annex_one(&seed)
        .into_iter()
        .chain(annex_two(&seed))
        .collect();
    for row in &rows {
        leads.extend(named_in(&row.lead));
    }
    leads.remove("bnnmt");
    let from: BTreeSet<&str> = r.party.from.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(from, leads);
    let t = &m.reports["tong_hop"];
    assert!(p.contains("để tổng hợp, báo cáo Thủ tướng Chính phủ"));
    assert_eq!(
        t.party
            .from
            .iter()
            .map(|a| a.name.as_str())
            .collect::<Vec<_>>(),
        ["bnnmt"]
    );
    assert_eq!(
        t.party
            .to
            .iter()
            .map(|a| a.name.as_str())
            .collect::<Vec<_>>(),
        ["ttg"]
    );

    // IV.2.a: "tổ chức sơ kết ... vào cuối năm 2027 và tổng kết vào cuối năm 2030 để báo cáo Thủ
    // tướng Chính phủ".
    let a = section(&seed, "IV.2.a");
    let mid = number_after(
        &a,
        "tổ chức sơ kết kết quả triển khai Kế hoạch vào cuối năm",
    ) as i32;
    let end = number_after(&a, "và tổng kết vào cuối năm") as i32;
    for (id, year) in [("so_ket", mid), ("tong_ket", end)] {
        let r = &m.reviews[id];
        assert_eq!(r.when.map(|(h, _)| h), Some(Held::Year(year)), "{id}");
        assert_eq!(
            r.party
                .from
                .iter()
                .map(|a| a.name.as_str())
                .collect::<Vec<_>>(),
            ["bnnmt"]
        );
        assert_eq!(
            r.party
                .to
                .iter()
                .map(|a| a.name.as_str())
                .collect::<Vec<_>>(),
            ["ttg"]
        );
    }
    assert_eq!(m.reviews.len(), 2);
    assert_eq!(m.reports.len(), 3);
}

#[test]
fn every_paragraph_of_iv_2_is_a_task_of_the_body_it_addresses() {
    let Some((m, seed)) = read() else { return };
    for letter in [
        "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o",
    ] {
        let label = format!("IV.2.{letter}");
        let text = section(&seed, &label);
        let id = format!("iv2{}", if letter == "đ" { "dd" } else { letter });
        let task = m.tasks.get(&id).unwrap_or_else(|| panic!("no task {id}"));
        assert_eq!(task.duty.source.as_deref(), Some(label.as_str()));
        // The body the paragraph opens with leads: its name stands before the first verb.
        let verb = [
            " chủ trì",
            " tổ chức triển khai",
            " chỉ đạo",
            " nghiên cứu",
            " chịu trách",
            " tuân thủ",
        ]
        .iter()
        .filter_map(|v| text.find(v))
        .min()
        .expect("a verb");
        let opening = &text[..verb];
        assert_eq!(
            ids(&task.duty.lead),
            named_in(opening),
            "{label}: {opening}"
        );
    }
    // IV.2.m's deadlines for the two cities: "trước năm 2030", "hoàn thành trong năm 2026".
    let text = section(&seed, "IV.2.m");
    assert!(text.contains("của phân vùng môi trường trước năm 2030"));
    assert!(text.contains("do Bộ Nông nghiệp và Môi trường chủ trì, hoàn thành trong năm 2026"));
    assert_eq!(
        due_of(&m.tasks["iv2m_hn_1"].duty),
        Some("before 01/01/2030".into())
    );
    assert_eq!(
        due_of(&m.tasks["iv2m_hn_3"].duty),
        Some("month 12/2026".into())
    );
    // IV.1.b.
    assert!(section(&seed, "IV.1.b").starts_with(
        "b) Bộ Nông nghiệp và Môi trường chủ trì xây dựng hồ sơ thành lập Ban Chỉ đạo"
    ));
    assert_eq!(
        ids(&m.tasks["ban_chi_dao"].duty.lead),
        BTreeSet::from(["bnnmt"])
    );
}

#[test]
fn the_checkers_warnings_are_exactly_the_true_ones() {
    let checked = checked();
    let found: Vec<String> = checked
        .diagnostics
        .iter()
        .map(|d| {
            let (line, _) = d.line_col();
            let at = checked
                .source
                .text()
                .lines()
                .nth(line - 1)
                .unwrap_or_default();
            let at: String = at.trim().chars().take(40).collect();
            format!("{} {at}", d.code().as_str())
        })
        .collect();
    assert_eq!(
        found,
        [
            // I.2.đ and I.2.k set no number.
            "plan::empty_objective objective dd \"Công tác vệ sinh khu vực c",
            "plan::empty_objective objective k \"Hình thành và đưa vào hoạt ",
            // Two bodies given the same duty (IV.2.c and IV.2.m; IV.2.m's two cities).
            "plan::multiple_leads lead ubnd_tinh ref \"IV.2.m\"",
            "plan::multiple_leads lead ubnd_hn, ubnd_hcm ref \"IV.2.m\"",
            "plan::multiple_leads lead ubnd_hn, ubnd_hcm ref \"IV.2.m\"",
            // 1.200 green buildings: "phấn đấu" in I.2.h, "đảm bảo" in II.5.
            "plan::conflicting_targets target 2030 >= 1200 ref \"II.5\"",
            // IV.2.p gives the Ministry's consolidated report no date.
            "plan::report_no_due report tong_hop \"Tổng hợp, báo cáo Thủ t",
        ]
    );
}
