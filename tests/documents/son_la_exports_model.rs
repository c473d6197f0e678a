//! The Sơn La export plan (Quyết định 2954/QĐ-UBND, exports of goods 2026-2030) checked
//! against its source document: the document's text, from the folder `PLANLANG_SOURCES` names
//! (tests/documents/seed.rs), is parsed (its paragraphs, and the cells of its two annex tables)
//! and compared with the model, so a wrong number, unit, comparator, year, "phấn đấu", growth
//! rate, owner or report in the plan file fails.

use crate::markdown::{self, cells, flat, paragraphs};
use crate::support::{Document, Header};
use planlang::i18n::Lang;

use planlang::model::{
    Comparator, Deadline, Flow, KindName, Measure, Model, PeriodKind, RateUnit, Target, TargetKind,
};
use std::collections::BTreeSet;

pub(crate) const DOC: Document = Document {
    plan: "plans/son-la-exports-2026-2030.plan",
    seed: "son-la-2954-QD-UBND-2025-exports.md",
    agencies: AGENCIES,
    header: Header {
        number: "2954/QĐ-UBND",
        signed: "2025-11-20",
        signed_as: "ngày 20 tháng 11 năm 2025",
        period: (2026, 2030),
        implements: "493/QĐ-TTg",
    },
};

/// The agency each id stands for, as the document names it.
const AGENCIES: &[(&str, &str)] = &[
    ("ubnd_tinh", "UBND tỉnh"),
    ("tinh_uy", "Tỉnh ủy"),
    ("hdnd_tinh", "HĐND"),
    ("congthuong", "Sở Công Thương"),
    ("so_nganh", "Sở, ban, ngành"),
    ("ubnd_xa", "xã, phường"),
    ("nnmt", "Sở Nông nghiệp và Môi trường"),
    ("taichinh", "Sở Tài chính"),
    ("khcn", "Sở Khoa học và Công Nghệ"),
    ("congan", "Công an tỉnh"),
    ("ngoaivu", "Sở Ngoại Vụ"),
    (
        "xuc_tien",
        "Trung tâm Xúc tiến đầu tư, thương mại và du lịch",
    ),
    ("lien_minh_htx", "Liên minh Hợp tác xã tỉnh"),
    ("doan_tn", "Đoàn TNCS Hồ Chí Minh tỉnh"),
    ("hoi_nong_dan", "Hội nông dân tỉnh"),
    ("hiep_hoi_dn", "Hiệp hội doanh nghiệp tỉnh"),
    ("bao_ptth", "Báo và phát thanh, truyền hình Sơn La"),
    ("cong_ttdt", "Cổng thông tin điện tử tỉnh"),
    (
        "doanh_nghiep",
        "các doanh nghiệp sản xuất, chế biến và xuất khẩu hàng hóa",
    ),
];

const YEARS: [i32; 5] = [2026, 2027, 2028, 2029, 2030];

/// The paragraphs of the Kế hoạch, from its title to the first annex.
fn plan_paragraphs(seed: &str) -> Vec<String> {
    let text = markdown::between(seed, "KẾ HOẠCH", Some("PHỤ LỤC 01")).expect("the Kế hoạch");
    paragraphs(text)
}

/// The paragraphs from the one that is `from` to the one before `to`.
fn part(paragraphs: &[String], from: &str, to: &str) -> Vec<String> {
    let start = paragraphs.iter().position(|p| p == from).expect(from);
    let end = paragraphs[start..]
        .iter()
        .position(|p| p == to)
        .map_or(paragraphs.len(), |e| start + e);
    paragraphs[start + 1..end].to_vec()
}

/// The indicator whose `source` is `source`, and its measures.
fn by_source<'m>(m: &'m Model, source: &str) -> Vec<&'m Measure> {
    let indicator = m
        .indicators
        .values()
        .find(|i| i.source.as_deref() == Some(source))
        .unwrap_or_else(|| panic!("no indicator cites {source}"));
    m.measures_of(indicator).collect()
}

fn unit_symbol(x: &Measure) -> String {
    x.unit
        .as_ref()
        .and_then(|u| u.unit.as_ref())
        .map(|u| u.symbol.clone())
        .unwrap_or_else(|| panic!("{}: no unit", x.id))
}

/// The level targets of a measure, by year: (year, comparator, value, strive, ref).
fn levels(x: &Measure) -> Vec<(i32, Comparator, f64, bool, String)> {
    x.targets
        .iter()
        .filter(|t| t.kind.name() == KindName::Level)
        .map(|t| {
            let year = t.milestone().map(|at| at.year()).expect("a year");
            let reference = t.reference.clone().unwrap_or_default();
            (year, t.op, t.value, t.strive, reference)
        })
        .collect()
}

fn rates(x: &Measure) -> Vec<&Target> {
    x.targets
        .iter()
        .filter(|t| t.kind.name() == KindName::Rate)
        .collect()
}

/// What a clause of I.3 or II.1 asks: "đạt trên 46.200 tấn" is above 46200, "đạt 400 triệu
/// USD" at least 400; with the unit written after the number.
fn figure(clause: &str) -> (Comparator, f64, &str) {
    let after = clause.split_once("đạt ").expect("đạt").1;
    let (op, rest) = match after.strip_prefix("trên ") {
        Some(rest) => (Comparator::Above, rest),
        None => (Comparator::AtLeast, after),
    };
    let (number, unit) = rest.split_once(' ').expect("a number and its unit");
    let unit = if unit.starts_with("triệu USD") {
        "triệu USD"
    } else if unit.starts_with("tấn") {
        "tấn"
    } else {
        panic!("{clause}: unit")
    };
    (op, markdown::number(number).expect("a number"), unit)
}

/// The yearly growth a clause gives ("10 - 13%/năm", "05%/năm"): its bounds.
fn growth(clause: &str) -> Option<(f64, Option<f64>)> {
    let before = clause.split_once("%/năm")?.0;
    let words: Vec<&str> = before.split_whitespace().collect();
    let last = markdown::number(words[words.len() - 1])?;
    if words.len() >= 3 && words[words.len() - 2] == "-" {
        let first = markdown::number(words[words.len() - 3])?;
        Some((first, Some(last)))
    } else {
        Some((last, None))
    }
}

/// Whether "phấn đấu" covers the figure at the end of `before` (the sentence up to it): it
/// does unless another verb of commitment ("dự kiến") comes after it.
fn strives(before: &str) -> bool {
    let lower = before.to_lowercase();
    lower
        .rfind("phấn đấu")
        .is_some_and(|at| !lower[at..].contains("dự kiến"))
}

fn assert_level(x: &Measure, expected: (Comparator, f64, bool), reference: &str, what: &str) {
    let found = levels(x);
    assert_eq!(found.len(), 1, "{what}: {found:?}");
    let (year, op, value, strive, at) = &found[0];
    assert_eq!(
        (*year, *op, *value, *strive, at.as_str()),
        (2030, expected.0, expected.1, expected.2, reference),
        "{what} ({})",
        x.id
    );
}

fn assert_growth(x: &Measure, expected: (f64, Option<f64>), strive: bool, what: &str) {
    let found = rates(x);
    assert_eq!(found.len(), 1, "{what}");
    let t = found[0];
    assert!(
        matches!(
            t.kind,
            TargetKind::Rate {
                unit: RateUnit::Percent,
                ..
            }
        ),
        "{what}: in percent"
    );
    assert_eq!(
        (t.kind.first_year(), t.kind.last_year()),
        (Some(2026), Some(2030)),
        "{what}"
    );
    assert_eq!((t.value, t.value_max), expected, "{what}");
    // No comparison is written: a range asks for a change within it, one figure for at least it.
    let op = match expected.1 {
        Some(_) => Comparator::Equal,
        None => Comparator::AtLeast,
    };
    assert_eq!(t.op, op, "{what}");
    assert_eq!(t.strive, strive, "{what}");
}

#[test]
fn header_is_the_documents() {
    let Some((m, seed)) = DOC.read() else { return };
    DOC.assert_header(&m, &flat(&seed));
    assert_eq!(m.plan.bases.len(), 2);
    let bases = m.plan.bases.join(" ");
    let preamble = flat(markdown::between(&seed, "QUYẾT ĐỊNH", Some("Điều 1")).expect("Căn cứ"));
    assert!(
        preamble.contains("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025")
    );
    assert!(bases.contains("Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025"));
    assert!(preamble.contains(&format!("Căn cứ {}", m.plan.bases[1])));
}

#[test]
fn three_objectives_as_section_i_numbers_them() {
    let Some((m, seed)) = DOC.read() else { return };
    let i = part(
        &plan_paragraphs(&seed),
        "I. MỤC TIÊU",
        "II. CHỈ TIÊU XUẤT KHẨU ĐẾN NĂM 2030",
    );
    assert_eq!(i.len(), 3);
    assert_eq!(m.objectives.len(), 3);
    for (n, (objective, text)) in m.objectives.values().zip(&i).enumerate() {
        let own = text
            .strip_prefix(&format!("{}. ", n + 1))
            .expect("numbered");
        assert!(own.starts_with(&objective.title), "{}", objective.id);
        assert_eq!(
            objective.source.as_deref(),
            Some(format!("I.{}", n + 1).as_str())
        );
        assert!(objective.parent.is_none(), "no general objective");
    }
    // I.3 and what details it (II.1, Phụ lục 02) serve I.3; Phụ lục 01 serves I.2.
    for i in m.indicators.values() {
        let source = i.source.as_deref().unwrap_or_default();
        let objective = i.objective.as_ref().map(|o| o.name.as_str());
        let expected = if source.starts_with("Phụ lục 01") {
            "muc_tieu_2"
        } else {
            "muc_tieu_3"
        };
        assert_eq!(objective, Some(expected), "{}", i.number);
    }
}

#[test]
fn section_i_3_total_growth_and_its_two_parts() {
    let Some((m, seed)) = DOC.read() else { return };
    let paragraphs = plan_paragraphs(&seed);
    let i3 = paragraphs
        .iter()
        .find(|p| p.starts_with("3. Phấn đấu"))
        .expect("I.3");
    let (first, second) = i3.split_once(". Trong đó: ").expect("two sentences");
    let x = by_source(&m, "I.3");
    assert_eq!(x.len(), 3);
    let (op, value, unit) = figure(first);
    assert_eq!(unit_symbol(x[0]), unit);
    assert_level(x[0], (op, value, strives(first)), "I.3", "I.3 total");
    assert_growth(
        x[0],
        growth(first).expect("a growth"),
        strives(first),
        "I.3 total",
    );
    // "Trong đó: ... nông sản, thực phẩm ... đạt 395 triệu USD; ... công nghiệp, tiểu thủ công
    // nghiệp ... đạt 05 triệu USD."
    let clauses: Vec<&str> = second.split("; ").collect();
    assert_eq!(clauses.len(), 2);
    for (x, clause) in x[1..].iter().zip(&clauses) {
        let (op, value, unit) = figure(clause);
        assert_eq!(unit_symbol(x), unit);
        assert!(
            clause.starts_with(&x.title),
            "{}: {} is not {clause}",
            x.id,
            x.title
        );
        assert_level(x, (op, value, strives(clause)), "I.3", clause);
        assert!(rates(x).is_empty());
    }
}

/// The paragraphs of II.1.a that give figures: the two groups ("- ...:") and their products
/// ("+ Tổng sản phẩm X ...").
fn section_ii_1_a(seed: &str) -> Vec<String> {
    let paragraphs = plan_paragraphs(seed);
    part(
        &paragraphs,
        "a) Sản phẩm nông sản, thực phẩm",
        "b) Sản phẩm công nghiệp, tiểu thủ công nghiệp",
    )
}

/// The name a paragraph of II.1.a gives its product or group: "Xoài", "Các sản phẩm trái cây".
fn product_name(paragraph: &str) -> String {
    if let Some(group) = paragraph.strip_prefix("- ") {
        return group.split_once(':').expect("a group").0.to_string();
    }
    let after = paragraph.split_once("Tổng sản phẩm ").expect("a product").1;
    let end = after
        .find(" tham gia xuất khẩu")
        .into_iter()
        .chain(after.find(" xuất khẩu"));
    after[..end.min().expect("xuất khẩu")].to_string()
}

#[test]
fn every_figure_of_ii_1_is_the_documents() {
    let Some((m, seed)) = DOC.read() else { return };
    let items = section_ii_1_a(&seed);
    assert_eq!(items.len(), 10, "two groups, eight products");
    let heading = plan_paragraphs(&seed);
    assert!(heading
        .iter()
        .any(|p| p == "II. CHỈ TIÊU XUẤT KHẨU ĐẾN NĂM 2030"));
    for item in &items {
        let name = product_name(item);
        let x = by_source(&m, &format!("II.1.a, {name}"));
        assert_eq!(x.len(), 2, "{name}: volume and value");
        // The first sentence holds the figures; "Thị trường định hướng xuất khẩu" follows.
        let sentence = item.split(". ").next().expect("a sentence");
        let clauses: Vec<&str> = sentence.split("; ").collect();
        assert_eq!(clauses.len(), 2, "{name}: volume; value, growth");
        let mut before = String::new();
        for (x, clause) in x.iter().zip(&clauses) {
            before.push_str(clause);
            let (op, value, unit) = figure(clause);
            assert_eq!(unit_symbol(x), unit, "{name}");
            assert!(
                clause.to_lowercase().contains(&x.title.to_lowercase()),
                "{name}: {} is not in {clause}",
                x.title
            );
            assert_level(x, (op, value, strives(&before)), "II.1.a", &name);
            assert_eq!(x.flow, Some(Flow::PerPeriod), "{name}: exports per year");
            match growth(clause) {
                Some(g) => assert_growth(x, g, strives(&before), &name),
                None => assert!(rates(x).is_empty(), "{name}"),
            }
        }
        // The markets, when the paragraph names them.
        if let Some((_, markets)) = item.split_once("Thị trường định hướng xuất khẩu: ")
        {
            let indicator = &m.indicators[&x[0].number];
            assert_eq!(
                indicator.notes,
                [format!("Thị trường định hướng xuất khẩu: {markets}")],
                "{name}"
            );
        }
    }
    // II.1.b: one value, no year but the heading's.
    let b = plan_paragraphs(&seed);
    let b = part(
        &b,
        "b) Sản phẩm công nghiệp, tiểu thủ công nghiệp",
        "(Mục tiêu xuất khẩu chi tiết có phụ lục kèm theo)",
    );
    assert_eq!(b.len(), 1);
    let sentence = b[0].split(". ").next().expect("a sentence");
    let x = by_source(&m, "II.1.b");
    assert_eq!(x.len(), 1);
    assert!(sentence.starts_with(&x[0].title));
    let (op, value, unit) = figure(sentence);
    assert_eq!(unit_symbol(x[0]), unit);
    assert_level(x[0], (op, value, strives(sentence)), "II.1.b", "II.1.b");
    assert!(b[0].contains(&m.indicators[&x[0].number].notes[0]));
}

/// A row of Phụ lục 02: TT, Sản phẩm, its volume (when given) and its value, each year.
type Row = (String, String, Vec<Option<f64>>, Vec<f64>);

/// The rows of Phụ lục 02 below its header.
fn annex_02(seed: &str) -> Vec<Row> {
    let table = cells(markdown::between(seed, "PHỤ LỤC 02", None).expect("Phụ lục 02"));
    let heading: Vec<&str> = table[2..7].iter().map(String::as_str).collect();
    let years: Vec<String> = YEARS.iter().map(|y| format!("Kế hoạch {y}")).collect();
    assert_eq!(heading, years);
    for year in 0..5 {
        assert_eq!(table[8 + 2 * year], "Lượng (Tấn)");
        assert_eq!(
            table[9 + 2 * year],
            "Giá trị tham gia xuất khẩu (Nghìn USD)"
        );
    }
    let first = table
        .iter()
        .position(|c| c == "Tổng I + II")
        .expect("Tổng I + II")
        - 1;
    table[first..]
        .chunks(13)
        .map(|row| {
            let tonnes = (0..5).map(|k| markdown::number(&row[2 + 2 * k])).collect();
            let values = (0..5)
                .map(|k| markdown::number(&row[3 + 2 * k]).expect("a value every year"))
                .collect();
            (row[0].clone(), row[1].clone(), tonnes, values)
        })
        .collect()
}

/// The source an annex row is cited by: "Phụ lục 02, dòng 1", "Phụ lục 02, I".
fn annex_02_source(tt: &str) -> String {
    match tt {
        "" => "Phụ lục 02, Tổng I + II".to_string(),
        "I" | "II" => format!("Phụ lục 02, {tt}"),
        _ => format!("Phụ lục 02, dòng {tt}"),
    }
}

fn assert_yearly(x: &Measure, figures: &[f64], reference: impl Fn(i32) -> String, what: &str) {
    let expected: Vec<(i32, Comparator, f64, bool, String)> = YEARS
        .iter()
        .zip(figures)
        .map(|(y, v)| (*y, Comparator::AtLeast, *v, false, reference(*y)))
        .collect();
    assert_eq!(levels(x), expected, "{what} ({})", x.id);
    assert!(rates(x).is_empty(), "{what}");
}

#[test]
fn every_row_and_year_of_annex_02_is_the_documents() {
    let Some((m, seed)) = DOC.read() else { return };
    let rows = annex_02(&seed);
    assert_eq!(rows.len(), 22, "Tổng, I, 16 rows, II, 3 rows");
    let reference = |y: i32| format!("Phụ lục 02, Kế hoạch {y}");
    for (tt, name, tonnes, values) in &rows {
        let x = by_source(&m, &annex_02_source(tt));
        let indicator = &m.indicators[&x[0].number];
        assert!(indicator.title.contains(name.as_str()), "{name}");
        let given: Vec<f64> = tonnes.iter().flatten().copied().collect();
        let value = if given.is_empty() {
            assert_eq!(x.len(), 1, "{name}: a value only");
            x[0]
        } else {
            assert_eq!(given.len(), 5, "{name}: every year or none");
            assert_eq!(x.len(), 2, "{name}: volume and value");
            assert_eq!(unit_symbol(x[0]), "tấn");
            assert_yearly(x[0], &given, reference, name);
            assert_eq!(x[0].flow, Some(Flow::PerPeriod));
            x[1]
        };
        assert_eq!(unit_symbol(value), "nghìn USD", "{name}");
        assert_yearly(value, values, reference, name);
        assert_eq!(value.flow, Some(Flow::PerPeriod));
    }
    // Nothing else cites the annex.
    let cited = m
        .indicators
        .values()
        .filter(|i| {
            i.source
                .as_deref()
                .unwrap_or_default()
                .starts_with("Phụ lục 02")
        })
        .count();
    assert_eq!(cited, rows.len());
}

/// The ids a measure's `total of` adds up.
fn total_parts(x: &Measure) -> Vec<String> {
    x.total
        .as_ref()
        .map(|t| t.parts.iter().map(|p| p.written.name.clone()).collect())
        .unwrap_or_default()
}

/// The value measure of an annex row: its part b, or itself.
fn value_of<'m>(m: &'m Model, tt: &str) -> &'m Measure {
    let x = by_source(m, &annex_02_source(tt));
    x[x.len() - 1]
}

#[test]
fn the_totals_of_annex_02_are_its_groups_and_add_up_every_year() {
    let Some((m, seed)) = DOC.read() else { return };
    let rows = annex_02(&seed);
    // Rows under I (1-16) and II (17-19), as the table orders them.
    let under = |group: &str| -> Vec<&Row> {
        let start = rows.iter().position(|r| r.0 == group).expect(group);
        rows[start + 1..]
            .iter()
            .take_while(|r| r.0.bytes().all(|b| b.is_ascii_digit()))
            .collect()
    };
    let totals = [
        ("", vec!["I".to_string(), "II".to_string()]),
        ("I", under("I").iter().map(|r| r.0.clone()).collect()),
        ("II", under("II").iter().map(|r| r.0.clone()).collect()),
    ];
    for (total, parts) in &totals {
        let expected: Vec<String> = parts.iter().map(|tt| value_of(&m, tt).id.clone()).collect();
        assert_eq!(total_parts(value_of(&m, total)), expected, "{total}");
        // The document's figures add up, every year: no identity to report.
        let row = |tt: &str| rows.iter().find(|r| r.0 == tt).expect("row").3.clone();
        for (k, year) in YEARS.iter().enumerate() {
            let sum: f64 = parts.iter().map(|tt| row(tt)[k]).sum();
            assert_eq!(sum, row(total)[k], "{total} {year}");
        }
    }
}

#[test]
fn section_ii_1_is_the_total_of_its_annex_rows() {
    let Some((m, seed)) = DOC.read() else { return };
    let rows = annex_02(&seed);
    let items = section_ii_1_a(&seed);
    // Each product of II.1.a is the total of its row of Phụ lục 02 ("Xoài", "Sản phẩm chè").
    let mut grouped: Vec<(String, Vec<String>)> = Vec::new();
    for item in &items {
        let name = product_name(item);
        if item.starts_with("- ") {
            grouped.push((name, Vec::new()));
            continue;
        }
        let row = rows
            .iter()
            .find(|r| r.1.to_lowercase().contains(&name.to_lowercase()))
            .unwrap_or_else(|| panic!("{name}: no row"));
        let x = by_source(&m, &format!("II.1.a, {name}"));
        let annex = by_source(&m, &annex_02_source(&row.0));
        for (x, a) in x.iter().zip(&annex) {
            assert_eq!(total_parts(x), std::slice::from_ref(&a.id), "{name}");
        }
        grouped.last_mut().expect("a group").1.push(name);
    }
    // The fruit group is the total of its products; the other group, of its products and of
    // the rows of part I of the annex that II.1.a does not list.
    let (fruit, processed) = (&grouped[0], &grouped[1]);
    let ids = |name: &str, k: usize| by_source(&m, &format!("II.1.a, {name}"))[k].id.clone();
    for k in 0..2 {
        let expected: Vec<String> = fruit.1.iter().map(|n| ids(n, k)).collect();
        assert_eq!(
            total_parts(by_source(&m, &format!("II.1.a, {}", fruit.0))[k]),
            expected
        );
    }
    let listed: BTreeSet<String> = items
        .iter()
        .filter(|i| i.starts_with("+ "))
        .map(|i| product_name(i).to_lowercase())
        .collect();
    let others: Vec<&Row> = rows
        .iter()
        .filter(|r| r.0.parse::<u32>().is_ok_and(|n| n <= 16))
        .filter(|r| {
            !listed
                .iter()
                .any(|l| r.1.to_lowercase().contains(l.as_str()))
        })
        .collect();
    let group = by_source(&m, &format!("II.1.a, {}", processed.0));
    for (k, measure) in group.iter().enumerate() {
        let mut expected: Vec<String> = processed.1.iter().map(|n| ids(n, k)).collect();
        for r in &others {
            let annex = by_source(&m, &annex_02_source(&r.0));
            if k == 1 {
                expected.push(annex[annex.len() - 1].id.clone());
            } else if annex.len() == 2 {
                expected.push(annex[0].id.clone());
            }
        }
        let mut found = total_parts(measure);
        found.sort();
        expected.sort();
        assert_eq!(found, expected, "{}", processed.0);
    }
    // I.3: the total of its two parts; agriculture the two groups, industry II.1.b.
    let i3 = by_source(&m, "I.3");
    assert_eq!(total_parts(i3[0]), [i3[1].id.clone(), i3[2].id.clone()]);
    let group_values = [
        by_source(&m, &format!("II.1.a, {}", fruit.0))[1].id.clone(),
        group[1].id.clone(),
    ];
    assert_eq!(total_parts(i3[1]), group_values);
    assert_eq!(total_parts(i3[2]), [by_source(&m, "II.1.b")[0].id.clone()]);
    assert_eq!(
        total_parts(by_source(&m, "II.1.b")[0]),
        [value_of(&m, "II").id.clone()]
    );
}

#[test]
fn every_row_and_year_of_annex_01_is_the_documents() {
    let Some((m, seed)) = DOC.read() else { return };
    let table =
        cells(markdown::between(&seed, "PHỤ LỤC 01", Some("PHỤ LỤC 02")).expect("Phụ lục 01"));
    assert_eq!(&table[..4], ["TT", "Chỉ tiêu", "ĐVT", "ƯTH Năm 2025"]);
    let years: Vec<String> = YEARS.iter().map(|y| format!("Năm {y}")).collect();
    assert_eq!(&table[6..11], years.as_slice());
    let first = table.iter().position(|c| c == "I").expect("I");
    let mut group = String::new();
    let mut crops: Vec<(String, String, Vec<Vec<String>>)> = Vec::new();
    for row in table[first..].chunks(10) {
        match row[0].as_str() {
            "I" | "II" | "III" => {
                group = row[0].clone();
                if group == "III" {
                    crops.push((group.clone(), row[1].clone(), Vec::new()));
                }
            }
            "-" => crops.last_mut().expect("a crop").2.push(row.to_vec()),
            tt => crops.push((format!("{group}.{tt}"), row[1].clone(), Vec::new())),
        }
    }
    assert_eq!(crops.len(), 12);
    for (label, name, lines) in &crops {
        let x = by_source(&m, &format!("Phụ lục 01, {label}"));
        let indicator = &m.indicators[&x[0].number];
        assert_eq!(indicator.title.to_lowercase(), name.to_lowercase());
        assert_eq!(x.len(), lines.len(), "{name}");
        for (x, line) in x.iter().zip(lines) {
            let what = format!("{name}, {}", line[1]);
            if lines.len() > 1 {
                assert!(x.title.starts_with(&line[1]), "{what}");
            }
            assert_eq!(
                unit_symbol(x).to_lowercase(),
                line[2].to_lowercase(),
                "{what}"
            );
            let baseline = x.baseline.as_ref().expect("ƯTH Năm 2025");
            assert_eq!(
                (baseline.year, baseline.value, baseline.reference.as_deref()),
                (
                    2025,
                    Some(markdown::number(&line[3]).expect("2025")),
                    Some("Phụ lục 01, ƯTH Năm 2025")
                ),
                "{what}"
            );
            let figures: Vec<f64> = line[4..9]
                .iter()
                .map(|c| markdown::number(c).expect("a figure"))
                .collect();
            assert_yearly(x, &figures, |y| format!("Phụ lục 01, Năm {y}"), &what);
            // Output is a quantity per year; areas and herds are levels.
            let flow = line[1].starts_with("Sản lượng").then_some(Flow::PerPeriod);
            assert_eq!(x.flow, flow, "{what}");
        }
    }
}

#[test]
fn every_indicator_is_sở_công_thương_s_with_the_groups_dieu_2_names() {
    let Some((m, seed)) = DOC.read() else { return };
    let dieu_2 = flat(markdown::between(&seed, "Điều 2.", Some("Điều 3.")).expect("Điều 2"));
    assert!(dieu_2.contains(
        "Giao Sở Công Thương chủ trì, phối hợp với các Sở, ban, ngành của tỉnh; Ủy ban nhân dân các xã, phường; các cơ quan, đơn vị"
    ));
    for x in m.measures.values() {
        let lead: Vec<&str> = x.lead.iter().map(|o| o.agency.name.as_str()).collect();
        let support: Vec<&str> = x.support.iter().map(|o| o.agency.name.as_str()).collect();
        assert_eq!(lead, ["congthuong"], "{}", x.id);
        assert_eq!(support, ["so_nganh", "ubnd_xa"], "{}", x.id);
        for o in x.lead.iter().chain(x.support.iter()) {
            assert_eq!(o.reference.as_deref(), Some("Điều 2"));
            assert!(dieu_2.contains(DOC.phrase(&o.agency.name)));
        }
    }
}

/// The agencies a text names, in the order of `AGENCIES`; Sở Nông nghiệp và Môi trường, when
/// named, stands for itself rather than for "các sở".
fn partners(text: &str) -> Vec<&'static str> {
    if text.contains(DOC.phrase("nnmt")) {
        return vec!["nnmt"];
    }
    let lower = text.to_lowercase();
    let mut out = Vec::new();
    if lower.contains("các sở") {
        out.push("so_nganh");
    }
    if text.contains(DOC.phrase("ubnd_xa")) {
        out.push("ubnd_xa");
    }
    out
}

/// What section V (Tổ chức thực hiện) assigns: (label, paragraph number, words, lead, support).
type Assignment = (String, usize, String, Vec<&'static str>, Vec<&'static str>);

fn assignments(seed: &str) -> Vec<Assignment> {
    let v = part(
        &plan_paragraphs(seed),
        "V. TỔ CHỨC THỰC HIỆN",
        "V. CHẾ ĐỘ BÁO CÁO",
    );
    let mut out = Vec::new();
    let (mut number, mut letter) = (String::new(), None::<String>);
    let (mut addressed, mut context, mut k): (Vec<&'static str>, Option<String>, usize) =
        (Vec::new(), None, 0);
    for p in &v {
        if let Some((n, heading)) = p.split_once(". ").filter(|(n, _)| n.parse::<u32>().is_ok()) {
            number = n.to_string();
            letter = None;
            context = None;
            k = 0;
            addressed = AGENCIES
                .iter()
                .filter(|(_, phrase)| heading.contains(phrase))
                .map(|(id, _)| *id)
                .collect();
            assert!(!addressed.is_empty(), "{p}");
            continue;
        }
        if let Some((l, heading)) = p.split_once(") ").filter(|(l, _)| l.chars().count() == 1) {
            letter = Some(l.to_string());
            context = Some(heading.to_string());
            k = 0;
            continue;
        }
        if p.ends_with(':') {
            context = Some(p.clone());
            continue;
        }
        k += 1;
        let words = p.strip_prefix("- ").unwrap_or(p);
        let label = match &letter {
            Some(l) => format!("V.{number}.{l}"),
            None => format!("V.{number}"),
        };
        // The paragraph's own "Chủ trì, phối hợp" or "phối hợp với" wins over its heading's.
        let own = [
            "Chủ trì, phối hợp",
            "Phối hợp",
            "Chủ động phối hợp",
            "Thường xuyên phối hợp",
            "Chỉ đạo đơn vị chuyên môn phối hợp",
        ];
        let said = if own.iter().any(|o| words.starts_with(o)) {
            Some(words.to_string())
        } else {
            context.clone()
        };
        let (lead, support) = match said {
            Some(s) if s.starts_with("Chủ trì") => (addressed.clone(), partners(&s)),
            Some(s) if s.to_lowercase().contains("phối hợp") => {
                (partners(&s), addressed.clone())
            }
            _ => (addressed.clone(), Vec::new()),
        };
        let title = words.trim_end_matches(['.', ';']).to_string();
        out.push((label, k, title, lead, support));
    }
    out
}

#[test]
fn every_duty_of_section_v_is_a_task_with_the_owners_its_words_give() {
    let Some((m, seed)) = DOC.read() else { return };
    let expected = assignments(&seed);
    assert_eq!(m.tasks.len(), expected.len());
    for (label, k, title, lead, support) in &expected {
        // "V.5" and "V.9" are one paragraph each, not "- " items: cited without a number.
        let source = if has_items(&seed, label) {
            format!("{label}, ý {k}")
        } else {
            label.clone()
        };
        let task = m
            .tasks
            .values()
            .find(|t| t.duty.source.as_deref() == Some(source.as_str()))
            .unwrap_or_else(|| panic!("no task cites {source}"));
        assert_eq!(&task.title, title, "{source}");
        let names = |owners: &[planlang::model::Owner]| -> Vec<String> {
            owners.iter().map(|o| o.agency.name.clone()).collect()
        };
        assert_eq!(names(&task.duty.lead), *lead, "{source}: lead");
        assert_eq!(names(&task.duty.support), *support, "{source}: support");
        for o in task.duty.lead.iter().chain(task.duty.support.iter()) {
            assert_eq!(o.reference.as_deref(), Some(label.as_str()), "{source}");
        }
        assert!(
            task.duty.due.is_none(),
            "{source}: the document gives no deadline"
        );
    }
    // The bodies section V requests ("Đề nghị") are declared `requested`, and only they.
    let requested: BTreeSet<&str> = m
        .agencies
        .values()
        .filter(|a| a.role == planlang::model::AgencyRole::Requested)
        .map(|a| a.id.as_str())
        .collect();
    let v = part(
        &plan_paragraphs(&seed),
        "V. TỔ CHỨC THỰC HIỆN",
        "V. CHẾ ĐỘ BÁO CÁO",
    );
    let asked: BTreeSet<&str> = v
        .iter()
        .filter(|p| {
            p.split_once(". ")
                .is_some_and(|(_, h)| h.starts_with("Đề nghị"))
        })
        .flat_map(|p| {
            AGENCIES
                .iter()
                .filter(|(_, phrase)| p.contains(phrase))
                .map(|(id, _)| *id)
        })
        .collect();
    assert_eq!(requested, asked);
}

/// Whether the section `label` of V is written as "- " paragraphs (then its tasks are cited
/// with their number, even when there is one).
fn has_items(seed: &str, label: &str) -> bool {
    let v = part(
        &plan_paragraphs(seed),
        "V. TỔ CHỨC THỰC HIỆN",
        "V. CHẾ ĐỘ BÁO CÁO",
    );
    let number = label
        .trim_start_matches("V.")
        .split('.')
        .next()
        .unwrap_or_default();
    let start = v
        .iter()
        .position(|p| p.starts_with(&format!("{number}. ")))
        .expect("section");
    v[start + 1..]
        .iter()
        .take_while(|p| {
            p.split_once(". ")
                .is_none_or(|(n, _)| n.parse::<u32>().is_err())
        })
        .any(|p| p.starts_with("- "))
}

#[test]
fn reports_are_the_documents_with_their_days_and_recipients() {
    let Some((m, seed)) = DOC.read() else { return };
    let paragraphs = plan_paragraphs(&seed);
    let at = paragraphs
        .iter()
        .position(|p| p == "V. CHẾ ĐỘ BÁO CÁO")
        .expect("V");
    for n in 1..=2 {
        let text = &paragraphs[at + n];
        assert!(text.starts_with(&format!("{n}. ")));
        let source = format!("V. Chế độ báo cáo, {n}");
        let reports: Vec<_> = m
            .reports
            .values()
            .filter(|r| r.party.source.as_deref() == Some(source.as_str()))
            .collect();
        // "hàng tháng (trước ngày 16 hàng tháng), 6 tháng (trước ngày 16/6), tổng kết năm
        // (trước ngày 20/11 hàng năm) hoặc khi có yêu cầu".
        let day = |after: &str| -> (u32, u32) {
            let rest = text.split_once(after).expect(after).1;
            let rest = rest.split_once("trước ngày ").expect("trước ngày").1;
            let written = rest.split([' ', ')']).next().expect("a day");
            match written.split_once('/') {
                Some((d, mo)) => (d.parse().expect("day"), mo.parse().expect("month")),
                None => (written.parse().expect("day"), 1),
            }
        };
        let expected = [
            (PeriodKind::Month, Some(day("hàng tháng ("))),
            (PeriodKind::HalfYear, Some(day("6 tháng ("))),
            (PeriodKind::Year, Some(day("tổng kết năm ("))),
            (PeriodKind::Adhoc, None),
        ];
        assert!(text.contains("khi có yêu cầu"));
        let found: Vec<(PeriodKind, Option<(u32, u32)>)> = reports
            .iter()
            .map(|r| {
                assert!(r.due.is_none() || r.due_before(), "{}: trước ngày", r.id);
                (
                    r.period.expect("a period"),
                    r.due_day().map(|d| (d.day, d.month)),
                )
            })
            .collect();
        assert_eq!(found, expected, "{source}");
        // Who sends and who receives: 1 sends to Sở Công Thương ("gửi Sở Công thương"), which
        // sends 2 to "Tỉnh ủy, HĐND, UBND tỉnh".
        let lower = text.to_lowercase();
        for r in &reports {
            let from: Vec<&str> = r.party.from.iter().map(|a| a.name.as_str()).collect();
            let to: Vec<&str> = r.party.to.iter().map(|a| a.name.as_str()).collect();
            if n == 1 {
                assert_eq!(from, partners(text.split_once(':').expect(":").0));
                assert!(lower.contains(&format!("gửi {}", DOC.phrase("congthuong").to_lowercase())));
                assert_eq!(to, ["congthuong"]);
            } else {
                assert!(
                    text.starts_with(&format!("2. {} tổng hợp báo cáo", DOC.phrase("congthuong")))
                );
                assert_eq!(from, ["congthuong"]);
                let named = text.split_once("báo cáo ").expect("báo cáo").1;
                let named = named.split_once(" về ").expect("về").0;
                let recipients: Vec<&str> = named
                    .split(", ")
                    .map(|w| {
                        AGENCIES
                            .iter()
                            .find(|(_, p)| w.starts_with(p))
                            .map(|(id, _)| *id)
                            .unwrap_or_else(|| panic!("{w}"))
                    })
                    .collect();
                assert_eq!(to, recipients);
            }
        }
    }
    // The closing paragraph: difficulties to UBND tỉnh, through Sở Công Thương.
    let last = &paragraphs[at + 3];
    assert!(
        last.contains("kịp thời báo cáo Ủy ban nhân dân tỉnh")
            && last.contains("(qua Sở Công Thương)")
    );
    let r = &m.reports["vuong_mac"];
    assert_eq!(r.period, Some(PeriodKind::Adhoc));
    assert_eq!(
        r.party
            .to
            .iter()
            .map(|a| a.name.as_str())
            .collect::<Vec<_>>(),
        ["ubnd_tinh"]
    );
    // IV.1: yearly estimates to Sở Tài chính, which submits them to UBND tỉnh; no date.
    let iv1 = paragraphs
        .iter()
        .find(|p| p.starts_with("1. Nguồn ngân sách: Hàng năm"))
        .expect("IV.1");
    assert!(!iv1.contains("trước ngày"));
    assert!(iv1.contains("gửi Sở Tài chính tổng hợp") && iv1.contains("trình UBND tỉnh"));
    let budget: Vec<_> = m
        .reports
        .values()
        .filter(|r| r.party.source.as_deref() == Some("IV.1"))
        .collect();
    assert_eq!(budget.len(), 2);
    for r in budget {
        assert_eq!(
            (r.period, r.due),
            (Some(PeriodKind::Year), None),
            "{}",
            r.id
        );
    }
    assert!(m.reviews.is_empty(), "no sơ kết or tổng kết of the plan");
    assert!(!flat(&seed).to_lowercase().contains("sơ kết"));
}

#[test]
fn the_parts_without_figures_or_owners_are_kept_as_notes() {
    let Some((m, seed)) = DOC.read() else { return };
    let paragraphs = plan_paragraphs(&seed);
    let from = paragraphs
        .iter()
        .position(|p| p == "2. Phát triển thị trường xuất khẩu")
        .expect("II.2");
    let to = paragraphs
        .iter()
        .position(|p| p == "IV. KINH PHÍ")
        .expect("IV");
    let notes = m.plan.notes.join("\n");
    let mut kept = 0;
    for p in &paragraphs[from..to] {
        let is_heading = p
            .split_once(". ")
            .is_some_and(|(n, _)| n.parse::<u32>().is_ok() || n.chars().all(|c| c == 'I'))
            || p.split_once(") ")
                .is_some_and(|(l, _)| l.chars().count() == 1);
        if is_heading {
            continue;
        }
        let words = p.strip_prefix("- ").unwrap_or(p);
        assert!(notes.contains(words), "not kept: {words}");
        kept += 1;
    }
    assert_eq!(kept, 30);
    let iv2 = paragraphs
        .iter()
        .find(|p| p.starts_with("2. Nguồn xã hội hóa"))
        .expect("IV.2");
    assert!(notes.contains(&iv2[3..]));
}

#[test]
fn the_checkers_warnings_are_exactly_the_true_ones() {
    let found = DOC.diagnostics(|_, d| format!("{} {}", d.code().as_str(), d.message(Lang::En)));
    // The totals whose parts fall short: compared with the document's figures below.
    let found: Vec<String> = found
        .into_iter()
        .filter(|f| !f.starts_with("plan::total_target_unmet"))
        .collect();
    let mut expected =
        vec!["plan::empty_objective objective `muc_tieu_1` has no indicators".to_string()];
    // Phụ lục 02, row 14 (sweet corn) dips in 2027; row 17 (cement and clinker) falls every year.
    let falls = [
        ("28a", vec![(2026, 2800.0), (2027, 2100.0)]),
        ("28b", vec![(2026, 1160.0), (2027, 880.0)]),
        (
            "32a",
            vec![
                (2026, 20000.0),
                (2027, 19000.0),
                (2028, 18000.0),
                (2029, 17000.0),
                (2030, 16000.0),
            ],
        ),
        (
            "32b",
            vec![
                (2026, 3300.0),
                (2027, 3200.0),
                (2028, 3000.0),
                (2029, 2800.0),
                (2030, 2600.0),
            ],
        ),
    ];
    for (id, years) in &falls {
        for pair in years.windows(2) {
            expected.push(format!(
                "plan::target_against_direction part {id} should increase, but its {} target ({}) is below its {} target ({})",
                pair[1].0, pair[1].1, pair[0].0, pair[0].1
            ));
        }
    }
    for id in ["du_toan", "du_toan_tong_hop"] {
        expected.push(format!(
            "plan::report_no_due report `{id}` is due every year but has no due date"
        ));
    }
    assert_eq!(found, expected);
    // The document's own figures, when it is at hand.
    if let Some(seed) = DOC.text() {
        let rows = annex_02(&seed);
        for (tt, (id, years)) in [
            ("14", &falls[0]),
            ("14", &falls[1]),
            ("17", &falls[2]),
            ("17", &falls[3]),
        ] {
            let row = rows.iter().find(|r| r.0 == tt).expect(tt);
            let figures: Vec<f64> = if id.ends_with('a') {
                row.2.iter().flatten().copied().collect()
            } else {
                row.3.clone()
            };
            for (year, value) in years {
                assert_eq!(figures[(year - 2026) as usize], *value, "{tt} {year}");
            }
        }
    }
}

/// A figure the document gives: comparison, value (in the total's unit), whether "trên".
type Figure = (Comparator, f64);

/// Whether parts asking for `parts` ensure a total asking for `total`: their least sum meets
/// it, strictly when one of them is strict.
fn ensured(total: Figure, parts: &[Figure]) -> (bool, f64) {
    let sum: f64 = parts.iter().map(|p| p.1).sum();
    let sum = (sum * 1e6).round() / 1e6;
    let strict = parts.iter().any(|p| p.0 == Comparator::Above);
    let met = match total.0 {
        Comparator::Above => sum > total.1 || strict && sum >= total.1,
        _ => sum >= total.1,
    };
    (met, sum)
}

/// The totals of I.3 and II.1 whose parts' figures, as the document gives them, do not ensure
/// their own, and those that do: each checked against the checker's warnings.
#[test]
fn the_totals_the_checker_finds_short_are_the_documents() {
    let Some((m, seed)) = DOC.read() else { return };
    let rows = annex_02(&seed);
    let items = section_ii_1_a(&seed);
    // Each item's two figures: volume (tấn) and value (triệu USD).
    let stated = |item: &str| -> [Figure; 2] {
        let sentence = item.split(". ").next().expect("a sentence");
        let clauses: Vec<&str> = sentence.split("; ").collect();
        let (a, b) = (figure(clauses[0]), figure(clauses[1]));
        [(a.0, a.1), (b.0, b.1)]
    };
    // A row of Phụ lục 02 in 2030: volume in tấn, value in triệu USD (the table's nghìn / 1000).
    let annex = |row: &Row| -> [Option<Figure>; 2] {
        [
            row.2[4].map(|t| (Comparator::AtLeast, t)),
            Some((Comparator::AtLeast, row.3[4] / 1000.0)),
        ]
    };
    let row_of = |name: &str| {
        rows.iter()
            .find(|r| r.1.to_lowercase().contains(&name.to_lowercase()))
            .unwrap_or_else(|| panic!("{name}"))
    };
    let mut checks: Vec<(String, Figure, Vec<Figure>)> = Vec::new();
    let mut groups: Vec<(String, [Figure; 2], Vec<[Figure; 2]>)> = Vec::new();
    for item in &items {
        let name = product_name(item);
        let own = stated(item);
        if item.starts_with("- ") {
            groups.push((name, own, Vec::new()));
            continue;
        }
        let x = by_source(&m, &format!("II.1.a, {name}"));
        for k in 0..2 {
            let part = annex(row_of(&name))[k].expect("a figure");
            checks.push((x[k].id.clone(), own[k], vec![part]));
        }
        groups.last_mut().expect("a group").2.push(own);
    }
    let listed: Vec<String> = items
        .iter()
        .filter(|i| i.starts_with("+ "))
        .map(|i| product_name(i).to_lowercase())
        .collect();
    let others: Vec<[Option<Figure>; 2]> = rows
        .iter()
        .filter(|r| r.0.parse::<u32>().is_ok_and(|n| n <= 16))
        .filter(|r| {
            !listed
                .iter()
                .any(|l| r.1.to_lowercase().contains(l.as_str()))
        })
        .map(annex)
        .collect();
    for (g, (name, own, products)) in groups.iter().enumerate() {
        let x = by_source(&m, &format!("II.1.a, {name}"));
        for k in 0..2 {
            let mut parts: Vec<Figure> = products.iter().map(|p| p[k]).collect();
            if g == 1 {
                parts.extend(others.iter().filter_map(|o| o[k]));
            }
            checks.push((x[k].id.clone(), own[k], parts));
        }
    }
    // I.3: agriculture is II.1.a's two groups, industry II.1.b, the whole the two.
    let paragraphs = plan_paragraphs(&seed);
    let i3 = paragraphs
        .iter()
        .find(|p| p.starts_with("3. Phấn đấu"))
        .expect("I.3");
    let (first, second) = i3.split_once(". Trong đó: ").expect("two sentences");
    let clauses: Vec<Figure> = second.split("; ").map(figure).map(|f| (f.0, f.1)).collect();
    let whole = figure(first);
    let b = part(
        &paragraphs,
        "b) Sản phẩm công nghiệp, tiểu thủ công nghiệp",
        "(Mục tiêu xuất khẩu chi tiết có phụ lục kèm theo)",
    );
    let industry = figure(&b[0]);
    let i3x = by_source(&m, "I.3");
    checks.push((i3x[0].id.clone(), (whole.0, whole.1), clauses.clone()));
    checks.push((
        i3x[1].id.clone(),
        clauses[0],
        groups.iter().map(|g| g.1[1]).collect(),
    ));
    checks.push((
        i3x[2].id.clone(),
        clauses[1],
        vec![(industry.0, industry.1)],
    ));
    let ii = rows.iter().find(|r| r.0 == "II").expect("II");
    checks.push((
        by_source(&m, "II.1.b")[0].id.clone(),
        (industry.0, industry.1),
        vec![(Comparator::AtLeast, ii.3[4] / 1000.0)],
    ));
    // The checker's findings, by measure and sum.
    let checked = DOC.checked();
    let mut found: Vec<(String, f64)> = checked
        .diagnostics
        .iter()
        .filter_map(|d| match &d.problem {
            planlang::diagnostic::Problem::Derivations(
                planlang::diagnostic::Derivations::TargetUnmet { measure, sum, .. },
            ) => Some((measure.id.clone(), *sum)),
            _ => None,
        })
        .collect();
    let mut expected: Vec<(String, f64)> = checks
        .iter()
        .filter_map(|(id, own, parts)| {
            let (met, sum) = ensured(*own, parts);
            (!met).then(|| (id.clone(), sum))
        })
        .collect();
    found.sort_by(|a, b| a.0.cmp(&b.0));
    expected.sort_by(|a, b| a.0.cmp(&b.0));
    assert_eq!(checks.len(), 24, "every total of I.3 and II.1");
    assert_eq!(found, expected);
    assert_eq!(found.len(), 7);
}

#[test]
fn every_agency_is_named_by_the_document() {
    let Some((m, seed)) = DOC.read() else { return };
    let ids: BTreeSet<&str> = m.agencies.keys().map(String::as_str).collect();
    let listed: BTreeSet<&str> = AGENCIES.iter().map(|(id, _)| *id).collect();
    assert_eq!(ids, listed);
    // The Markdown conversion wraps lines mid-name: compared with the flattened text.
    let text = flat(&seed);
    for (id, words) in AGENCIES {
        assert!(text.contains(words), "{id}: {words}");
    }
}
