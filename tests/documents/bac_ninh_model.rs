//! The Bắc Ninh plan (Kế hoạch 144/KH-UBND, digital economy and digital society 2026-2030)
//! checked against its source document: the document's text, from the folder
//! `PLANLANG_SOURCES` names (tests/documents/seed.rs), is read and compared with the model, so a
//! wrong number, comparator, year, "phấn đấu", owner, deadline or recipient in the plan file
//! fails.
//!
//! The document is a Markdown conversion: its paragraphs are read one to a line
//! (`markdown::paragraphs`), so that `seed::section` finds its parts ("III.2.a", "VI.17.b"), and
//! its annex's table cell by cell (`markdown::cells`).

use crate::markdown;
use crate::seed;
use crate::support::{self, Document, Header};

use planlang::model::{
    AgencyRole, Comparator, Deadline, Held, KindName, Measure, Model, Owner, PeriodKind,
};
use std::collections::BTreeSet;

pub(crate) const DOC: Document = Document {
    plan: "plans/bac-ninh-digital-economy-2026-2030.plan",
    seed: "bac-ninh-144-KH-UBND-2025-digital-economy.md",
    agencies: AGENCIES,
    header: Header {
        number: "144/KH-UBND",
        signed: "2025-11-24",
        signed_as: "ngày 24 tháng 11 năm 2025",
        period: (2026, 2030),
        // The document names no program it implements (its "Căn cứ" are its bases):
        // `header_is_the_documents` checks that the plan names none either.
        implements: "",
    },
};

/// The agency each id stands for, as the document names it.
const AGENCIES: &[(&str, &str)] = &[
    ("ubnd_tinh", "Ủy ban nhân dân tỉnh"),
    ("khcn", "Sở Khoa học và Công nghệ"),
    ("taichinh", "Sở Tài chính"),
    ("nnmt", "Sở Nông nghiệp và Môi trường"),
    ("vhttdl", "Sở Văn hoá, Thể thao và Du lịch"),
    ("congthuong", "Sở Công Thương"),
    ("gddt", "Sở Giáo dục và Đào tạo"),
    ("noivu", "Sở Nội vụ"),
    ("yte", "Sở Y tế"),
    ("xaydung", "Sở Xây dựng"),
    ("congan", "Công an tỉnh"),
    ("so_ban_nganh", "Các sở, ban, ngành"),
    ("ubnd_xa", "UBND các xã, phường"),
    ("nhnn", "Ngân hàng nhà nước khu vực XII"),
    ("bao_ptth", "Báo và Phát thanh, Truyền hình tỉnh"),
    ("tinh_doan", "Tỉnh đoàn"),
    ("ldld", "Liên đoàn Lao động"),
    ("hoi_nong_dan", "Hội Nông dân"),
    ("lien_minh_htx", "Liên minh Hợp tác xã"),
    ("mttq", "Mặt trận Tổ quốc tỉnh"),
    ("doan_the", "các tổ chức chính trị - xã hội"),
    ("haiquan", "Chi cục Hải quan khu vực V"),
    ("dn_cns", "Các doanh nghiệp công nghệ số"),
    ("dn_vien_thong", "Doanh nghiệp viễn thông, bưu chính"),
    ("co_so_dh", "Các cơ sở đào tạo đại học, sau đại học"),
    (
        "tu_chu_tai_chinh",
        "Doanh nghiệp, tổ chức, cơ sở giáo dục tự chủ tài chính",
    ),
    ("vp_ubnd", "Văn phòng UBND tỉnh"),
    ("bo_khcn", "Bộ Khoa học và Công nghệ"),
    ("chinh_phu", "Chính phủ"),
];

/// Other names the document gives the same agencies (the annex's column "Chủ trì").
const ALSO: &[(&str, &str)] = &[
    ("khcn", "Sở KH&CN"),
    ("so_ban_nganh", "Các sở, ngành"),
    ("ubnd_xa", "UBND cấp xã"),
];

/// The bodies outside the provincial government (the plan's header says why): requested.
const REQUESTED: &[&str] = &[
    "nhnn",
    "bao_ptth",
    "tinh_doan",
    "ldld",
    "hoi_nong_dan",
    "lien_minh_htx",
    "mttq",
    "doan_the",
    "haiquan",
    "dn_cns",
    "dn_vien_thong",
    "co_so_dh",
    "tu_chu_tai_chinh",
];

/// The model, and the document's body with one paragraph a line; `None` when the documents
/// are not at hand.
fn read() -> Option<(Model, String)> {
    let m = DOC.model();
    let raw = DOC.text()?;
    Some((m, markdown::paragraphs(seed::body(&raw)).join("\n")))
}

/// The section `label` of the document, one paragraph a line.
fn section(text: &str, label: &str) -> String {
    seed::section(text, label).unwrap_or_else(|| panic!("the document has no section {label}"))
}

/// The agencies `text` names, by the document's names for them.
fn named(text: &str) -> BTreeSet<&'static str> {
    AGENCIES
        .iter()
        .chain(ALSO)
        .filter(|(_, words)| text.contains(words))
        .map(|(id, _)| *id)
        .collect()
}

fn ids(owners: &[Owner]) -> BTreeSet<&str> {
    owners.iter().map(|o| o.agency.name.as_str()).collect()
}

/// A row of the annex's table: its part ("I", "II"), its number, the indicator, who leads.
struct Row {
    part: &'static str,
    number: u32,
    text: String,
    owner: String,
}

impl Row {
    /// How the plan cites it: "Phụ lục II.5".
    fn label(&self) -> String {
        format!("Phụ lục {}.{}", self.part, self.number)
    }
}

/// The annex's rows, in order: a number cell, the indicator's cell, the cell of who leads.
fn annex(raw: &str) -> (String, Vec<Row>) {
    let body = seed::body(raw);
    let part = markdown::between(body, "PHỤ LỤC", None).expect("the annex");
    let title = markdown::paragraphs(part)
        .into_iter()
        .nth(1)
        .expect("the annex's title");
    let cells = markdown::cells(part);
    let mut rows = Vec::new();
    let mut group = "";
    for (i, cell) in cells.iter().enumerate() {
        if cell.starts_with("I. ") {
            group = "I";
        } else if cell.starts_with("II. ") {
            group = "II";
        } else if let Ok(number) = cell.parse::<u32>() {
            rows.push(Row {
                part: group,
                number,
                text: cells[i + 1].clone(),
                owner: cells[i + 2].clone(),
            });
        }
    }
    (title, rows)
}

/// A target as a sentence of the document states it.
#[derive(Debug, PartialEq)]
struct Stated {
    value: f64,
    op: Comparator,
    strive: bool,
    /// "mỗi năm": held each year.
    yearly: bool,
    /// The year the sentence names ("Đến năm 2030, ..."), if any.
    year: Option<i32>,
    /// The words after the number: what is counted, or the population of a percentage.
    after: String,
}

/// The targets `text` states: every number that is not a year nor part of the name of what is
/// measured (a word of `titles` after it, as "01 Gb/s", "15 tuổi"), with the words before it
/// read as its comparison ("trên" above; "đạt", "tối thiểu", "ít nhất", "từ", "chiếm" at least:
/// any other word fails), "phấn đấu" and "mỗi năm" earlier in its sentence.
fn stated(text: &str, titles: &[&str]) -> Vec<Stated> {
    let mut out = Vec::new();
    for sentence in text.split_inclusive(". ") {
        let year = sentence
            .split("năm ")
            .skip(1)
            .find_map(|s| s.get(..4)?.parse::<i32>().ok());
        for (value, rest) in seed::numbers_with_rest(sentence) {
            let end = sentence.len() - rest.len();
            let start = sentence[..end]
                .rfind(|c: char| !c.is_ascii_digit() && c != ',')
                .map_or(0, |p| p + 1);
            let before = sentence[..start].to_lowercase();
            let written = &sentence[start..end];
            let word = rest.split_whitespace().next().unwrap_or_default();
            if before.ends_with("năm ")
                || titles.iter().any(|t| {
                    t.contains(&format!("{written} {word}"))
                        || t.contains(&format!("{written}{word}"))
                })
            {
                continue;
            }
            let before = before.trim_end();
            let op = if before.ends_with("trên") {
                Comparator::Above
            } else if ["đạt", "tối thiểu", "ít nhất", "từ", "chiếm"]
                .iter()
                .any(|w| before.ends_with(w))
            {
                Comparator::AtLeast
            } else {
                panic!("no comparison read before {written}: {sentence}")
            };
            let after = rest
                .trim_start_matches('%')
                .split(['.', ',', ';'])
                .next()
                .unwrap_or_default()
                .trim()
                .to_string();
            out.push(Stated {
                value,
                op,
                strive: before.contains("phấn đấu"),
                yearly: before.contains("mỗi năm"),
                year,
                after,
            });
        }
    }
    out
}

/// The targets of `measures`, each as the document would state it, and checks what the
/// statement says of the measure: a percentage's population is its unit's, a count names
/// what it counts in the measure's title.
fn as_stated(m: &Model, measures: &[&Measure], year: Option<i32>) -> Vec<Stated> {
    let (first, _) = m.plan.period.expect("a period");
    let mut out = Vec::new();
    for x in measures {
        let unit = x
            .unit
            .as_ref()
            .and_then(|u| u.unit.clone())
            .expect("a unit");
        for t in &x.targets {
            let yearly = t.kind.name() == KindName::Maintain;
            if yearly {
                assert_eq!(
                    (t.kind.first_year(), t.kind.last_year()),
                    (Some(first), year),
                    "{}: each year of the period",
                    x.id
                );
                assert!(x.flow.is_some(), "{}: a count each year is a flow", x.id);
            } else {
                assert_eq!(t.kind.name(), KindName::Level, "{}", x.id);
            }
            let after = match unit.symbol.as_str() {
                "%" => unit.of.clone().unwrap_or_default(),
                _ => x.title.clone(),
            };
            out.push(Stated {
                value: t.value,
                op: t.op,
                strive: t.strive,
                yearly,
                year: if yearly { None } else { t.kind.first_year() },
                after,
            });
        }
    }
    out
}

/// The statement and the plan agree: same numbers, comparisons, "phấn đấu", years; the
/// words after a percentage begin with its unit's population, the words after a count are in
/// the title of the measure that counts it.
fn assert_same(found: &[Stated], expected: &[Stated], year: Option<i32>, what: &str) {
    assert_eq!(found.len(), expected.len(), "{what}: {expected:#?}");
    for (f, e) in found.iter().zip(expected) {
        let e_year = if e.yearly { None } else { e.year.or(year) };
        assert_eq!(
            (f.value, f.op, f.strive, f.yearly, f.year),
            (e.value, e.op, e.strive, e.yearly, e_year),
            "{what}: {e:?}"
        );
        if e.after.is_empty() {
            continue;
        }
        let counted: String = e.after.split(' ').take(3).collect::<Vec<_>>().join(" ");
        assert!(
            !f.after.is_empty() && (f.after.contains(&counted) || e.after.starts_with(&f.after)),
            "{what}: the plan's {:?} for the document's {:?}",
            f.after,
            e.after
        );
    }
}

/// The year a heading or title gives: "... đến năm 2030" → 2030.
fn year_of(heading: &str) -> Option<i32> {
    let lower = heading.to_lowercase();
    let at = lower.find("đến năm ")? + "đến năm ".len();
    lower.get(at..at + 4)?.parse().ok()
}

#[test]
fn header_is_the_documents() {
    let Some((m, text)) = read() else { return };
    let header = &DOC.header;
    assert_eq!(m.plan.document.as_deref(), Some(header.number));
    assert!(text.contains(&format!("Số: {}", header.number)));
    let dates: Vec<String> = m.plan.signed.iter().map(|s| s.date.to_string()).collect();
    assert_eq!(dates, [header.signed]);
    assert!(text.contains(header.signed_as));
    // "GIAI ĐOẠN 2026 - 2030", in the title.
    let title = text
        .lines()
        .find(|l| l.starts_with("PHÁT TRIỂN KINH TẾ SỐ"))
        .expect("the title");
    let years: Vec<i32> = seed::numbers_with_rest(title)
        .iter()
        .map(|(v, _)| *v as i32)
        .collect();
    assert_eq!(m.plan.period, Some((years[0], years[1])));
    assert_eq!(header.period, (years[0], years[1]));
    assert!(m.plan.title.to_uppercase().ends_with(title));
    assert_eq!(
        m.plan.implements, None,
        "the document implements no named program"
    );
    assert!(header.implements.is_empty());
    // Each basis is one "Căn cứ" paragraph, in order.
    let bases: Vec<&str> = text
        .lines()
        .filter_map(|l| l.strip_prefix("Căn cứ "))
        .map(|l| l.trim_end_matches(';'))
        .collect();
    assert_eq!(bases.len(), 6);
    assert_eq!(m.plan.bases, bases);
}

#[test]
fn every_agency_is_named_by_the_document_and_requested_when_outside_the_province() {
    let Some((m, text)) = read() else { return };
    let ids: BTreeSet<&str> = m.agencies.keys().map(String::as_str).collect();
    let listed: BTreeSet<&str> = AGENCIES.iter().map(|(id, _)| *id).collect();
    assert_eq!(ids, listed);
    for (id, words) in AGENCIES.iter().chain(ALSO) {
        assert!(text.contains(words), "{id}: {words}");
    }
    let requested: BTreeSet<&str> = m
        .agencies
        .values()
        .filter(|a| a.role == AgencyRole::Requested)
        .map(|a| a.id.as_str())
        .collect();
    assert_eq!(requested, REQUESTED.iter().copied().collect());
    // The document never writes "đề nghị" to them: which they are is the body's.
    assert_eq!(text.matches("đề nghị").count(), 1, "only the preamble's");
}

/// The annex's 19 rows are the indicators 1..19, under the objectives of II.1 and II.2, with
/// section II's 18 targets word for word.
#[test]
fn the_annex_rows_are_the_indicators_and_section_ii_says_the_same() {
    let Some((m, text)) = read() else { return };
    let raw = DOC.text().expect("the document");
    let (_, rows) = annex(&raw);
    let parts: Vec<(&str, u32)> = rows.iter().map(|r| (r.part, r.number)).collect();
    let expected: Vec<(&str, u32)> = (1..=6)
        .map(|n| ("I", n))
        .chain((1..=13).map(|n| ("II", n)))
        .collect();
    assert_eq!(parts, expected);
    support::assert_numbered(&m, 19, &["2", "6"], 22);
    for (k, row) in rows.iter().enumerate() {
        let indicator = &m.indicators[&(k + 1).to_string()];
        let source = indicator.source.as_deref().expect("a source");
        assert!(
            source.contains(&row.label()),
            "{}: {source}",
            indicator.number
        );
        let objective = indicator.objective.as_ref().expect("an objective");
        let (objective_id, ii) = match row.part {
            "I" => ("kinh_te_so", "II.1"),
            _ => ("xa_hoi_so", "II.2"),
        };
        assert_eq!(objective.name, objective_id);
        // Each row but the STEM one (I.6) is a bullet of II.1 or II.2, word for word.
        let bullets: Vec<String> = section(&text, ii)
            .lines()
            .filter_map(|l| l.strip_prefix("- "))
            .map(|l| l.trim_end_matches('.').to_string())
            .collect();
        let stated = row.text.trim_end_matches('.');
        if row.label() == "Phụ lục I.6" {
            assert!(!bullets.iter().any(|b| b.contains("STEM")));
            assert!(!source.contains(ii));
        } else {
            assert!(bullets.iter().any(|b| b == stated), "{stated}");
            assert!(source.starts_with(ii), "{source}");
        }
    }
    // The objectives are the headings of II.1 and II.2.
    for (id, label) in [("kinh_te_so", "II.1"), ("xa_hoi_so", "II.2")] {
        let o = &m.objectives[id];
        assert_eq!(o.source.as_deref(), Some(label));
        let heading = section(&text, label).lines().next().unwrap().to_string();
        assert!(heading[3..].starts_with(&o.title), "{heading}");
        assert_eq!(o.parent, None, "section II has no general objective");
    }
    let bullets = |label| {
        section(&text, label)
            .lines()
            .filter(|l| l.starts_with("- "))
            .count()
    };
    assert_eq!((bullets("II.1"), bullets("II.2")), (5, 13));
}

/// The measures an annex row states: those that cite it.
fn measures_of_row<'m>(m: &'m Model, k: usize, row: &Row) -> Vec<&'m Measure> {
    let indicator = &m.indicators[&(k + 1).to_string()];
    m.measures_of(indicator)
        .filter(|x| {
            x.source
                .as_deref()
                .is_some_and(|s| s.contains(&row.label()))
        })
        .collect()
}

#[test]
fn every_number_comparator_year_and_strive_of_the_annex_is_the_plans() {
    let Some((m, _)) = read() else { return };
    let raw = DOC.text().expect("the document");
    let (title, rows) = annex(&raw);
    let year = year_of(&title);
    assert_eq!(year, Some(2030), "{title}");
    let mut stated_count = 0;
    for (k, row) in rows.iter().enumerate() {
        let measures = measures_of_row(&m, k, row);
        assert!(!measures.is_empty(), "{}", row.label());
        let titles: Vec<&str> = measures
            .iter()
            .map(|x| x.title.as_str())
            .chain([m.indicators[&(k + 1).to_string()].title.as_str()])
            .collect();
        let expected = stated(&row.text, &titles);
        let found = as_stated(&m, &measures, year);
        assert_same(&found, &expected, year, &row.label());
        stated_count += expected.len();
    }
    // 18 percentages, and three counts in I.2.
    assert_eq!(stated_count, 21);
}

#[test]
fn the_stem_target_of_vi_19_c_is_the_universities_own() {
    let Some((m, text)) = read() else { return };
    let c = section(&text, "VI.19.c");
    let part = &m.measures["6b"];
    assert_eq!(part.source.as_deref(), Some("VI.19.c"));
    let expected = stated(&c, &[part.title.as_str()]);
    let found = as_stated(&m, &[part], None);
    // VI.19.c gives no year: the target holds over the whole period.
    assert_same(&found, &expected, None, "VI.19.c");
    assert!(c.contains(&part.title[part.title.find("trong").unwrap()..]));
    let leads: Vec<&str> = part.lead.iter().map(|o| o.agency.name.as_str()).collect();
    assert_eq!(leads, DOC.addressed(&text, "VI.19"));
    // The annex's row I.6 counts more schools than VI.19.c: not the same measure.
    let a = &m.measures["6a"];
    assert!(a.title.contains("cao đẳng, đào tạo nghề") && !part.title.contains("cao đẳng"));
}

/// Who leads each row of the annex: the agencies its column "Chủ trì" names; where one part
/// of the cell says "chủ trì", that one leads and the others support.
#[test]
fn every_indicator_has_the_owners_the_annex_names() {
    let Some((m, text)) = read() else { return };
    let raw = DOC.text().expect("the document");
    let (_, rows) = annex(&raw);
    for (k, row) in rows.iter().enumerate() {
        let segments: Vec<&str> = row.owner.split(';').collect();
        let chu_tri: Vec<&str> = segments
            .iter()
            .copied()
            .filter(|s| s.contains("chủ trì"))
            .collect();
        let (leads, supports): (BTreeSet<&str>, BTreeSet<&str>) = if chu_tri.is_empty() {
            (named(&row.owner), BTreeSet::new())
        } else {
            let leads = chu_tri.iter().flat_map(|s| named(s)).collect();
            let others = segments
                .iter()
                .filter(|s| !s.contains("chủ trì"))
                .flat_map(|s| named(s))
                .collect();
            (leads, others)
        };
        assert!(!leads.is_empty(), "{}: {}", row.label(), row.owner);
        for x in measures_of_row(&m, k, row) {
            assert_eq!(ids(&x.lead), leads, "leads of {}", x.id);
            assert_eq!(ids(&x.support), supports, "supports of {}", x.id);
            for owner in x.lead.iter().chain(x.support.iter()) {
                let reference = owner.reference.as_deref().expect("a ref");
                assert!(reference.starts_with(&row.label()), "{}: {reference}", x.id);
                // A point of VI cited besides: it gives its addressee "nhiệm vụ được giao chủ
                // trì tại Phụ lục".
                for label in seed::labels(reference) {
                    let point = section(&text, &label);
                    assert!(point.contains("Phụ lục"), "{label}");
                    assert!(
                        DOC.addressed(&text, &label)
                            .contains(&owner.agency.name.as_str()),
                        "{}: {label} does not address {}",
                        x.id,
                        owner.agency.name
                    );
                }
            }
        }
    }
    // Every point of VI that gives its addressee the annex's tasks is cited by one of them.
    let cited: BTreeSet<String> = m
        .measures
        .values()
        .flat_map(|x| x.lead.iter())
        .filter_map(|o| o.reference.as_deref())
        .flat_map(seed::labels)
        .collect();
    for label in seed::leaves(&text, "VI") {
        if section(&text, &label).contains("Phụ lục của Kế hoạch") {
            let cites = cited.contains(&label);
            // VI.6 and VI.7 give "(IV) (4.x) và Phụ lục": the STEM row, I.6.
            assert!(cites, "{label} gives annex rows no indicator cites");
        }
    }
}

/// The label of the task of a point ("IV.3.4.a" → "iv_3_4_a").
fn task_id(label: &str) -> String {
    label.to_lowercase().replace('.', "_")
}

/// What a section says, without its heading: a lettered point without its letter ("a) "), a
/// numbered item without its heading line (when it has more than one); one line.
fn own_text(text: &str, label: &str) -> String {
    let s = section(text, label);
    let lettered = label
        .rsplit('.')
        .next()
        .is_some_and(|p| p.chars().all(char::is_lowercase));
    let own = if lettered {
        s.split_once(") ").map_or(s.as_str(), |(_, rest)| rest)
    } else {
        // A numbered item that is one paragraph ("1. Phát triển ...", I.1) is its own text.
        s.split_once('\n').map_or(s.as_str(), |(_, rest)| rest)
    };
    own.replace('\n', " ")
}

/// [`own_text`], lower-cased.
fn point_text(text: &str, label: &str) -> String {
    own_text(text, label).to_lowercase()
}

/// Which agencies lead the tasks of each part of IV, by the points of VI that say "Chủ trì
/// triển khai các nhiệm vụ tại mục (IV) (1)", "(IV) (4.1) (4.2)", "(IV)(3.4)(a)".
fn leads_of_iv(text: &str) -> Vec<(String, String, &'static str)> {
    let mut out = Vec::new();
    for label in seed::leaves(text, "VI") {
        let point = section(text, &label);
        let Some((_, rest)) = point.split_once("mục (IV)") else {
            continue;
        };
        let mut parts = Vec::new();
        let mut rest = rest.trim_start();
        while let Some(inner) = rest.strip_prefix('(') {
            let (part, after) = inner.split_once(')').expect("a closing bracket");
            parts.push(part.to_string());
            rest = after.trim_start();
        }
        // "(3.4)(a)": a point of 3.4; "(4.1) (4.2)": two parts.
        let labels: Vec<String> = if parts.len() == 2 && parts[1].chars().all(char::is_lowercase) {
            vec![format!("IV.{}.{}", parts[0], parts[1])]
        } else {
            parts.iter().map(|p| format!("IV.{p}")).collect()
        };
        for agency in DOC.addressed(text, &label) {
            for l in &labels {
                out.push((l.clone(), label.clone(), agency));
            }
        }
    }
    out
}

#[test]
fn every_point_of_iii_and_iv_is_a_task_with_the_owners_section_vi_gives() {
    let Some((m, text)) = read() else { return };
    let leaves: Vec<String> = ["III", "IV"]
        .iter()
        .flat_map(|p| seed::leaves(&text, p))
        .collect();
    assert_eq!(leaves.len(), 92);
    // The points of VI that give a part of III by its name ("chủ trì ... hạ tầng số").
    let vi: Vec<String> = seed::leaves(&text, "VI");
    let chu_tri: Vec<(String, String)> = vi
        .iter()
        .map(|l| {
            let point = point_text(&text, l);
            let first = point.split(". ").next().unwrap_or_default().to_string();
            (l.clone(), first)
        })
        .filter(|(_, t)| t.starts_with("chủ trì"))
        .collect();
    // The points of VI that send their bodies to "mục III" as a whole: partners where the
    // clause says "phối hợp", else the bodies that carry it out, and those they work with.
    let mut partners = BTreeSet::new();
    let mut doers = BTreeSet::new();
    let mut doers_partners = BTreeSet::new();
    for l in &vi {
        let point = point_text(&text, l);
        for clause in point.split([';', '.']) {
            if !clause.contains("mục iii") {
                continue;
            }
            let addressed = DOC.addressed(&text, l);
            if clause.contains("phối hợp") {
                partners.extend(addressed.iter().map(|a| (*a, l.clone())));
            } else {
                doers.extend(addressed.iter().map(|a| (*a, l.clone())));
                if let Some((_, with)) = point.split_once("phối hợp chặt chẽ với ") {
                    let section = section(&text, l);
                    for a in named(&section[section.len() - with.len()..]) {
                        doers_partners.insert((a, l.clone()));
                    }
                }
            }
        }
    }
    assert_eq!(partners.len(), 1, "{partners:?}");
    assert_eq!(doers.len(), 3, "{doers:?}");
    let iv = leads_of_iv(&text);
    for label in &leaves {
        let task = m
            .tasks
            .get(&task_id(label))
            .unwrap_or_else(|| panic!("no task for {label}"));
        assert_eq!(task.duty.source.as_deref(), Some(label.as_str()));
        let point = point_text(&text, label);
        assert!(
            point.contains(&task.title.to_lowercase()),
            "{label}: the title is not the document's"
        );
        let owned = |list: &[Owner]| -> BTreeSet<(String, String)> {
            list.iter()
                .map(|o| {
                    (
                        o.agency.name.clone(),
                        o.reference.clone().expect("a ref for every owner"),
                    )
                })
                .collect()
        };
        let pairs = |set: &BTreeSet<(&str, String)>| -> BTreeSet<(String, String)> {
            set.iter()
                .map(|(a, l)| (a.to_string(), l.clone()))
                .collect()
        };
        let (leads, supports) = if label.starts_with("III.") {
            let number = label.split('.').nth(1).unwrap();
            let heading = section(&text, &format!("III.{number}"));
            let name = heading.lines().next().unwrap().split_once(' ').unwrap().1;
            let named_by: BTreeSet<(String, String)> = chu_tri
                .iter()
                .filter(|(_, t)| name.to_lowercase().split(" và ").any(|n| t.contains(n)))
                .flat_map(|(l, _)| {
                    DOC.addressed(&text, l)
                        .into_iter()
                        .map(move |a| (a.to_string(), l.clone()))
                })
                .collect();
            let mut supports: BTreeSet<(String, String)> = pairs(&partners);
            if named_by.is_empty() {
                supports.extend(pairs(&doers_partners));
                (pairs(&doers), supports)
            } else {
                supports.extend(pairs(&doers));
                let leading: BTreeSet<&String> = named_by.iter().map(|(a, _)| a).collect();
                supports.retain(|(a, _)| !leading.contains(a));
                (named_by, supports)
            }
        } else {
            let leads: BTreeSet<(String, String)> = iv
                .iter()
                .filter(|(part, _, _)| label == part || label.starts_with(&format!("{part}.")))
                .map(|(_, l, a)| (a.to_string(), l.clone()))
                .collect();
            if leads.is_empty() {
                // IV.6 names its own: "Các ngành, lĩnh vực khác ... xây dựng và tổ chức triển
                // khai Kế hoạch hành động".
                assert!(point.starts_with("các ngành, lĩnh vực khác"), "{label}");
                let own: BTreeSet<(String, String)> = task
                    .duty
                    .lead
                    .iter()
                    .map(|o| (o.agency.name.clone(), label.clone()))
                    .collect();
                (own, BTreeSet::new())
            } else {
                (leads, BTreeSet::new())
            }
        };
        assert_eq!(owned(&task.duty.lead), leads, "leads of {label}");
        assert_eq!(owned(&task.duty.support), supports, "supports of {label}");
    }
}

#[test]
fn every_duty_of_section_vi_and_v_6_is_encoded_and_owned_by_its_addressee() {
    let Some((m, text)) = read() else { return };
    let mut cited = BTreeSet::new();
    for x in m.measures.values() {
        for o in x.lead.iter().chain(x.support.iter()) {
            cited.extend(o.reference.as_deref().map(seed::labels).unwrap_or_default());
        }
        cited.extend(x.source.as_deref().map(seed::labels).unwrap_or_default());
    }
    for t in m.tasks.values() {
        let d = &t.duty;
        cited.extend(d.source.as_deref().map(seed::labels).unwrap_or_default());
        for o in d.lead.iter().chain(d.support.iter()) {
            cited.extend(o.reference.as_deref().map(seed::labels).unwrap_or_default());
        }
    }
    support::assert_every_leaf_cited(&text, &["VI"], 35, &cited);
    let mut count = 0;
    for t in m.tasks.values() {
        let source = t.duty.source.as_deref().expect("a source");
        if !(source.starts_with("VI.") || source.starts_with("V.")) {
            continue;
        }
        count += 1;
        let point = point_text(&text, source);
        assert!(
            point.contains(&t.title.to_lowercase()),
            "{}: the title is not the document's",
            t.id
        );
        // Its owners: the agencies the item's heading addresses, or those its point names
        // first ("Doanh nghiệp viễn thông, bưu chính ...", "Các sở, ngành, địa phương ...").
        let owners = support::owners(&t.duty);
        let mut addressed: BTreeSet<&str> = BTreeSet::new();
        if source.starts_with("VI.") {
            addressed.extend(DOC.addressed(&text, source));
        }
        let opening = &own_text(&text, source);
        for (id, words) in AGENCIES.iter().chain(ALSO) {
            if opening.to_lowercase().starts_with(&words.to_lowercase()) {
                addressed.insert(id);
            }
        }
        assert!(
            addressed.iter().any(|a| owners.contains(a)),
            "{}: {source} addresses {addressed:?}, the task has {owners:?}",
            t.id
        );
        // "phối hợp với" named agencies (VI.17.b): they lead, the addressee supports.
        if point.starts_with("chủ động phối hợp với") {
            let with = named(&section(&text, source));
            let leads = ids(&t.duty.lead);
            assert!(leads.iter().all(|l| with.contains(l)), "{}", t.id);
            assert!(addressed.iter().all(|a| !leads.contains(a)), "{}", t.id);
        }
    }
    assert_eq!(count, 27);
    // The points of V that name nobody, and section I, are the header's notes, word for word.
    for label in seed::leaves(&text, "V")
        .iter()
        .chain(&seed::leaves(&text, "I"))
    {
        if m.tasks.contains_key(&task_id(label)) {
            continue;
        }
        let point = own_text(&text, label);
        assert!(
            m.plan.notes.iter().any(|n| n.contains(&point)),
            "{label} is not in the header's notes"
        );
    }
}

#[test]
fn the_reports_and_review_are_section_viis() {
    let Some((m, text)) = read() else { return };
    let vii = section(&text, "VII");
    // "Định kǶ gửi báo cáo kết quả thực hiện trước ngày 15/11 hằng năm ... về Sở Khoa học và
    // Công nghệ".
    assert_eq!(text.matches("trước ngày").count(), 1);
    let date = vii.split_once("trước ngày ").unwrap().1;
    let (day, month) = date.split_once('/').unwrap();
    let month: String = month.chars().take_while(char::is_ascii_digit).collect();
    let (day, month): (u32, u32) = (day.parse().unwrap(), month.parse().unwrap());
    assert!(date.contains("hằng năm"));
    let yearly = &m.reports["bao_cao_hang_nam"];
    assert_eq!(yearly.period, Some(PeriodKind::Year));
    let due = yearly.due_day().expect("a day");
    assert_eq!(
        (due.day, due.month, yearly.due_before()),
        (day, month, true)
    );
    let to = vii.split_once(" về ").unwrap().1;
    let receiver = named(to.split(" để ").next().unwrap());
    let receivers = |r: &planlang::model::Report| -> BTreeSet<String> {
        r.party.to.iter().map(|a| a.name.clone()).collect()
    };
    let receiver: BTreeSet<String> = receiver.iter().map(|s| s.to_string()).collect();
    assert_eq!(receivers(yearly), receiver);
    // "Các cơ quan, đơn vị được giao nhiệm vụ trong Kế hoạch và tại Phụ lục": every owner of a
    // task or an indicator, but the receiver.
    assert!(vii.contains("được giao nhiệm vụ trong Kế hoạch và tại Phụ lục"));
    let mut given: BTreeSet<String> = m
        .tasks
        .values()
        .flat_map(|t| support::owners(&t.duty))
        .chain(
            m.measures
                .values()
                .flat_map(|x| x.lead.iter().chain(x.support.iter()))
                .map(|o| o.agency.name.as_str()),
        )
        .map(String::from)
        .collect();
    given.retain(|a| !receiver.contains(a));
    let from = |r: &planlang::model::Report| -> BTreeSet<String> {
        r.party.from.iter().map(|a| a.name.clone()).collect()
    };
    assert_eq!(from(yearly), given);
    // "báo cáo đột xuất, báo cáo sơ kết, tổng kết khi có yêu cầu": to the same; the first ad
    // hoc, the other two, with no year, at the middle and at the end of the period.
    assert!(vii.contains("báo cáo đột xuất, báo cáo sơ kết, tổng kết khi có yêu cầu"));
    let adhoc = &m.reports["bao_cao_dot_xuat"];
    assert_eq!(adhoc.period, Some(PeriodKind::Adhoc));
    assert_eq!(
        (from(adhoc), receivers(adhoc)),
        (given.clone(), receiver.clone())
    );
    for (id, held) in [("so_ket", Held::Midterm), ("tong_ket", Held::End)] {
        let r = &m.reviews[id];
        assert_eq!(r.when.as_ref().map(|(h, _)| *h), Some(held), "{id}");
        let senders: BTreeSet<String> = r.party.from.iter().map(|a| a.name.clone()).collect();
        let to: BTreeSet<String> = r.party.to.iter().map(|a| a.name.clone()).collect();
        assert_eq!((senders, to), (given.clone(), receiver.clone()), "{id}");
        let words: Vec<&str> = r.title.split(' ').skip(2).take(2).collect();
        let words = words.join(" ");
        assert!(vii.contains(&words), "{id}: {words}");
    }
    // "tham mưu Ủy ban nhân dân tỉnh báo cáo Bộ Khoa học và Công nghệ và Chính phủ theo quy
    // định": no frequency.
    let (_, up) = vii.split_once("tham mưu ").unwrap();
    let (by, to) = up.split_once(" báo cáo ").unwrap();
    let central = &m.reports["bao_cao_trung_uong"];
    let by: BTreeSet<String> = named(by).iter().map(|s| s.to_string()).collect();
    let to: BTreeSet<String> = named(to).iter().map(|s| s.to_string()).collect();
    assert_eq!((from(central), receivers(central)), (by.clone(), to));
    assert_eq!((central.period, central.due), (None, None));
    assert!(vii.contains("theo quy định"));
    // VI.1.c: "Tổng hợp, đánh giá kết quả thực hiện Kế hoạch hằng năm", Sở KH&CN's, for the
    // People's Committee it advises (VII).
    let c = section(&text, "VI.1.c");
    let review = &m.reviews["danh_gia_hang_nam"];
    assert!(c.contains(&format!(
        "{} hằng năm",
        review.title.trim_end_matches(" hằng năm")
    )));
    assert_eq!(review.when.as_ref().map(|(h, _)| *h), Some(Held::EveryYear));
    let reviewer: BTreeSet<String> = review.party.from.iter().map(|a| a.name.clone()).collect();
    assert_eq!(reviewer, receiver);
    let advised: BTreeSet<String> = review.party.to.iter().map(|a| a.name.clone()).collect();
    assert_eq!(advised, by);
    assert_eq!((m.reports.len(), m.reviews.len()), (3, 3));
    // No task or indicator has a date: the document gives none but VII's.
    assert!(m.tasks.values().all(|t| t.duty.due.is_none()));
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
            // The annex's row I.6 names three departments in its column "Chủ trì".
            "plan::multiple_leads lead noivu ref \"Phụ lục I.6; VI.7\"",
            // The universities (VI.19.c), the State Bank's branch (annex II.5, II.11) and the
            // Youth Union (II.6) are bodies outside the provincial government.
            "plan::requested_lead lead co_so_dh ref \"VI.19.c\"",
            "plan::requested_lead lead nhnn ref \"Phụ lục II.5; VI.12\"",
            "plan::requested_lead lead tinh_doan ref \"Phụ lục II.6; VI.14\"",
            "plan::requested_lead lead nhnn ref \"Phụ lục II.11; VI.12\"",
            // VII: the province's report to the ministry and the government is "theo quy định".
            "plan::report_no_period report bao_cao_trung_uong \"Báo cáo Bộ Khoa học và Công nghệ và Chính phủ\" {",
        ]
    );
    // The document's own words, when it is at hand.
    let Some((m, text)) = read() else { return };
    let raw = DOC.text().expect("the document");
    let (_, rows) = annex(&raw);
    let stem = rows.iter().find(|r| r.label() == "Phụ lục I.6").unwrap();
    assert_eq!(stem.owner.split(';').count(), 3);
    assert!(!stem.owner.contains("chủ trì"));
    for (k, row) in rows.iter().enumerate() {
        let requested = named(&row.owner)
            .iter()
            .all(|a| m.agencies[*a].role == AgencyRole::Requested);
        let warned = [11, 12, 17].contains(&(k + 1));
        assert_eq!(requested, warned, "{}", row.label());
    }
    assert!(section(&text, "VII")
        .contains("báo cáo Bộ Khoa học và Công nghệ và Chính phủ theo quy định"));
}
