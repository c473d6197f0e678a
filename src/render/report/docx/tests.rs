//! The document's layout read back from its `word/document.xml`, without a word processor:
//! the page, the font and its sizes, the head and foot as tables without borders, the rules,
//! the heading rows, the blanks; and the dates and names as the decree writes them.

use super::measure;
use super::*;
use crate::data::{DataSet, FileKind, LoadOptions};
use crate::query::Facts;
use crate::render::evaluation::{words, GroupBy};
use roxmltree::{Document, Node};
use std::io::Read;

/// An indicator with two targets, one with one; a report owed by two agencies, one of them
/// late.
const PLAN: &str = r#"plan "Kế hoạch thực hiện Chương trình thử nghiệm" { document "12/KH-UBND" issuer ubnd signed 2021-02-05 period 2022..2025 }
agency ubnd "Ủy ban nhân dân tỉnh Thí Điểm" short "UBND tỉnh"
agency yte "Sở Y tế"
agency ldtbxh "Sở Lao động - Thương binh và Xã hội" short "Sở LĐ-TB&XH"
area tinh "Tỉnh Thí Điểm" kind province
objective a "Mục tiêu 1: Chăm sóc sức khỏe trẻ em"
indicator 1 "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ" {
    objective a  unit percent  direction increase  lead yte
    baseline 2021 = 80
    target 2023 >= 90
    target 2025 >= 95
}
indicator 2 "Số xã đạt tiêu chuẩn phù hợp với trẻ em" {
    objective a  unit count  direction increase  lead ldtbxh
    target 2025 >= 40
}
report baocao_nam "Báo cáo năm" { period year due before 15/12 from yte, ldtbxh to ubnd }
"#;

const DATA: &str = "indicator,area,period,value
1,tinh,2022,84
1,tinh,2023,86
2,tinh,2023,31
";

const RECEIVED: &str = "agency,report,period,received
yte,baocao_nam,2022,2022-12-10
ldtbxh,baocao_nam,2022,2022-12-20
yte,baocao_nam,2023,2023-12-01
ldtbxh,baocao_nam,2023,2023-12-02
";

/// The report of `plan` with the data above, as of 30 June 2024.
fn report_of(plan: &str) -> Report {
    let checked = crate::load_str("p.plan", plan);
    assert!(!checked.has_errors(), "{:#?}", checked.diagnostics);
    let model = &checked.model;
    let mut data = DataSet::default();
    for (name, text) in [("d.csv", DATA), ("r.csv", RECEIVED)] {
        data.load_reader(
            model,
            name,
            FileKind::Csv,
            text.as_bytes(),
            LoadOptions::default(),
        );
    }
    let facts = Facts::new(model, &data, Date::parse("2024-06-30").expect("a date"));
    Report::build(model, &facts, GroupBy::Objective).expect("evaluated")
}

/// The same plan with no document, date or issuer.
fn anonymous() -> Report {
    let plan = PLAN.replace(
        r#" { document "12/KH-UBND" issuer ubnd signed 2021-02-05 period 2022..2025 }"#,
        " { period 2022..2025 }",
    );
    report_of(&plan)
}

/// A part of the .docx, as text.
fn part(docx: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).expect("a zip archive");
    let mut file = zip.by_name(name).expect("the part");
    let mut text = String::new();
    file.read_to_string(&mut text).expect("UTF-8 XML");
    text
}

/// `word/document.xml` of the report of [`PLAN`] in `lang`.
fn document_xml(report: &Report, lang: Lang) -> String {
    part(
        &document(report, lang).expect("a document"),
        "word/document.xml",
    )
}

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// The first child of `node` named `w:name`.
fn child<'a, 'i>(node: Node<'a, 'i>, name: &str) -> Option<Node<'a, 'i>> {
    node.children().find(|c| c.has_tag_name((W, name)))
}

/// The descendants of `node` named `w:name`.
fn all<'a, 'i>(node: Node<'a, 'i>, name: &'static str) -> impl Iterator<Item = Node<'a, 'i>> {
    node.descendants()
        .filter(move |c| c.has_tag_name((W, name)))
}

/// The `w:name` attribute of `node`.
fn attr<'a>(node: Node<'a, '_>, name: &str) -> Option<&'a str> {
    node.attribute((W, name))
}

/// A number attribute.
fn number(node: Node<'_, '_>, name: &str) -> i64 {
    attr(node, name)
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("{name} of {node:?}"))
}

/// The text of `node`'s runs, paragraphs joined by a newline.
fn text(node: Node<'_, '_>) -> String {
    let paragraphs: Vec<String> = all(node, "p")
        .map(|p| all(p, "t").filter_map(|t| t.text()).collect())
        .collect();
    paragraphs.join("\n")
}

/// The body's tables, in order.
fn tables<'a, 'i>(doc: &'a Document<'i>) -> Vec<Node<'a, 'i>> {
    let body = child(doc.root_element(), "body").expect("w:body");
    body.children()
        .filter(|c| c.has_tag_name((W, "tbl")))
        .collect()
}

/// Whether every border of a table is drawn as nothing.
fn borderless(table: Node<'_, '_>) -> bool {
    let borders = child(child(table, "tblPr").expect("tblPr"), "tblBorders").expect("borders");
    let sides: Vec<&str> = borders
        .children()
        .filter(|c| c.is_element())
        .map(|b| attr(b, "val").unwrap_or("?"))
        .collect();
    sides.len() == 6 && sides.iter().all(|v| matches!(*v, "nil" | "none"))
}

/// The runs of `node` with their text, size (half-points), bold and italic.
fn runs(node: Node<'_, '_>) -> Vec<(String, i64, bool, bool)> {
    all(node, "r")
        .filter_map(|r| {
            let t: String = all(r, "t").filter_map(|t| t.text()).collect();
            if t.is_empty() {
                return None;
            }
            let pr = child(r, "rPr").expect("every run says its font");
            let size = child(pr, "sz").map_or(0, |s| number(s, "val"));
            Some((t, size, child(pr, "b").is_some(), child(pr, "i").is_some()))
        })
        .collect()
}

#[test]
fn the_page_is_a4_with_the_decrees_margins() {
    let xml = document_xml(&report_of(PLAN), Lang::Vi);
    let doc = Document::parse(&xml).expect("XML");
    let section = all(doc.root_element(), "sectPr").last().expect("sectPr");
    let size = child(section, "pgSz").expect("pgSz");
    // 210 × 297 mm in twips (1 mm = 1440 / 25.4 twips).
    assert_eq!((number(size, "w"), number(size, "h")), (11906, 16838));
    let margins = child(section, "pgMar").expect("pgMar");
    // The decree's ranges, worked by hand: 20–25 mm is 1134–1417 twips, 30–35 mm is
    // 1701–1984, 15–20 mm is 850–1134.
    for (side, low, high) in [
        ("top", 1134, 1417),
        ("bottom", 1134, 1417),
        ("left", 1701, 1984),
        ("right", 850, 1134),
    ] {
        let m = number(margins, side);
        assert!((low..=high).contains(&m), "{side} margin {m}");
    }
    // The first page has no number; the others have it in the top margin.
    assert!(child(section, "titlePg").is_some());
    let headers: Vec<&str> = all(section, "headerReference")
        .filter_map(|h| attr(h, "type"))
        .collect();
    assert_eq!(headers.len(), 2, "{headers:?}");
    assert!(headers.contains(&"default") && headers.contains(&"first"));
}

#[test]
fn every_run_is_times_new_roman_in_the_decrees_sizes() {
    let report = report_of(PLAN);
    let bytes = document(&report, Lang::Vi).expect("a document");
    let xml = part(&bytes, "word/document.xml");
    let doc = Document::parse(&xml).expect("XML");
    let mut seen = 0;
    for r in all(doc.root_element(), "r") {
        let pr = child(r, "rPr").expect("every run says its font");
        let fonts = child(pr, "rFonts").expect("rFonts");
        for script in ["ascii", "hAnsi", "cs", "eastAsia"] {
            assert_eq!(attr(fonts, script), Some("Times New Roman"), "{script}");
        }
        let size = number(child(pr, "sz").expect("sz"), "val");
        // 11 to 14 points: the recipients (11), the tables and "Nơi nhận:" (12), the
        // national name and bodies (12), the motto (13), the text (14).
        assert!((22..=28).contains(&size), "{size}");
        seen += 1;
    }
    assert!(seen > 100, "{seen}");
    // The text is 14 points: the document's default, and every run of its paragraphs.
    let styles = part(&bytes, "word/styles.xml");
    let styles = Document::parse(&styles).expect("XML");
    let defaults = all(styles.root_element(), "rPrDefault")
        .next()
        .expect("defaults");
    assert_eq!(number(all(defaults, "sz").next().expect("sz"), "val"), 28);
    assert_eq!(
        attr(all(defaults, "rFonts").next().expect("rFonts"), "ascii"),
        Some("Times New Roman")
    );
    let body = child(doc.root_element(), "body").expect("body");
    let basis = body
        .children()
        .find(|p| text(*p).starts_with("Thực hiện Kế hoạch"))
        .expect("the basis");
    assert!(runs(basis).iter().all(|(_, size, ..)| *size == 28));
}

#[test]
fn the_head_is_a_table_without_borders_as_the_decree_sets_it() {
    let xml = document_xml(&report_of(PLAN), Lang::Vi);
    let doc = Document::parse(&xml).expect("XML");
    let head = tables(&doc)[0];
    assert!(borderless(head));
    let rows: Vec<Node> = all(head, "tr").collect();
    assert_eq!(rows.len(), 2);
    fn cells<'a, 'i>(row: Node<'a, 'i>) -> Vec<Node<'a, 'i>> {
        all(row, "tc").collect()
    }
    let (bodies, national) = (cells(rows[0])[0], cells(rows[0])[1]);
    // Left: the governing body (a blank, regular), then the issuer in bold capitals over
    // two lines, as officers break it.
    let left = runs(bodies);
    assert_eq!(
        left,
        [
            ("[CƠ QUAN CHỦ QUẢN, NẾU CÓ]".to_string(), 24, false, false),
            ("ỦY BAN NHÂN DÂN".to_string(), 24, true, false),
            ("TỈNH THÍ ĐIỂM".to_string(), 24, true, false),
        ]
    );
    // Right: the national name (bold capitals) and the motto (bold), in Vietnamese.
    assert_eq!(
        runs(national),
        [
            (
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".to_string(),
                24,
                true,
                false
            ),
            ("Độc lập - Tự do - Hạnh phúc".to_string(), 26, true, false),
        ]
    );
    // The number with the issuer's symbol from the plan's own (12/KH-UBND); the place and
    // date in italics, left for the signer.
    assert_eq!(text(cells(rows[1])[0]), "Số: …/BC-UBND");
    assert_eq!(text(cells(rows[1])[1]), "[địa danh], ngày … tháng … năm …");
    assert!(runs(cells(rows[1])[1]).iter().all(|(.., italic)| *italic));
    // Then the kind of document and its summary, bold and centred.
    let body = child(doc.root_element(), "body").expect("body");
    let after: Vec<Node> = body
        .children()
        .skip_while(|n| *n != head)
        .filter(|n| n.has_tag_name((W, "p")) && !text(*n).is_empty())
        .take(2)
        .collect();
    assert_eq!(text(after[0]), "BÁO CÁO");
    assert_eq!(
        text(after[1]),
        "Kết quả thực hiện Kế hoạch thực hiện Chương trình thử nghiệm"
    );
    for p in after {
        assert!(runs(p)
            .iter()
            .all(|(_, size, bold, _)| *size == 28 && *bold));
        let jc = child(child(p, "pPr").expect("pPr"), "jc").expect("jc");
        assert_eq!(attr(jc, "val"), Some("center"));
    }
}

/// The rules of a table cell: the length of each (the cell's text width less its indents).
fn rules(cell: Node<'_, '_>) -> Vec<i64> {
    let width = number(all(cell, "tcW").next().expect("tcW"), "w") - 2 * 108;
    all(cell, "p")
        .filter_map(|p| {
            let pr = child(p, "pPr")?;
            let border = child(child(pr, "pBdr")?, "bottom")?;
            assert_eq!(attr(border, "val"), Some("single"));
            let ind = child(pr, "ind").expect("a rule is indented to its length");
            let sides = number(ind, "left") + number(ind, "right");
            Some(width - sides)
        })
        .collect()
}

#[test]
fn the_rules_are_as_long_as_the_decree_says() {
    let xml = document_xml(&report_of(PLAN), Lang::Vi);
    let doc = Document::parse(&xml).expect("XML");
    let head = tables(&doc)[0];
    let row = all(head, "tr").next().expect("a row");
    let cells: Vec<Node> = all(row, "tc").collect();
    // Under the motto: as long as the motto, 3183 twips at 13 points (its glyphs' advances
    // in Liberation Serif Bold, which has Times New Roman's metrics, add up to 25,071 / 2048
    // em: 3182.8 twips).
    let motto = rules(cells[1]);
    assert_eq!(motto.len(), 1);
    assert!((motto[0] - 3183).abs() <= 1, "{motto:?}");
    // Under the issuer: a third to a half of its longer line.
    let longer = measure::width("ỦY BAN NHÂN DÂN", layout::size::BODIES);
    let issuer = rules(cells[0]);
    assert_eq!(issuer.len(), 1);
    let length = issuer[0] as f64;
    assert!(
        (longer as f64 / 3.0..=longer as f64 / 2.0).contains(&length),
        "{length} of {longer}"
    );
}

#[test]
fn names_are_measured_and_broken_as_officers_break_them() {
    // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" at 12 points in Liberation Serif Bold: its
    // advances add up to 42,725 / 2048 em, 5006.8 twips.
    assert_eq!(
        measure::width("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 24),
        5007
    );
    let column = layout::LEFT_COLUMN;
    assert_eq!(
        measure::lines("ỦY BAN NHÂN DÂN TỈNH SƠN LA", 24, column),
        ["ỦY BAN NHÂN DÂN", "TỈNH SƠN LA"]
    );
    assert_eq!(
        measure::lines("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", 24, column),
        ["SỞ LAO ĐỘNG - THƯƠNG BINH", "VÀ XÃ HỘI"]
    );
    assert_eq!(
        measure::lines("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", 24, column),
        ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH"]
    );
    assert_eq!(measure::lines("SỞ Y TẾ", 24, column), ["SỞ Y TẾ"]);
    // With no word to break before, as evenly as can be, the first line the longer.
    let lines = measure::lines("BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP CỬA KHẨU", 24, column);
    assert_eq!(lines, ["BAN QUẢN LÝ CÁC KHU", "CÔNG NGHIỆP CỬA KHẨU"]);
    let widths: Vec<u32> = lines.iter().map(|l| measure::width(l, 24)).collect();
    assert!(widths.iter().all(|w| *w <= column - 216), "{widths:?}");
    // A name too long for any column is still whole, word for word.
    let long = ["SỞ"; 40].join(" ");
    assert_eq!(
        measure::lines(&long, 24, column),
        std::slice::from_ref(&long)
    );
}

#[test]
fn the_foot_is_a_table_without_borders_with_recipients_and_signer_left_blank() {
    let xml = document_xml(&report_of(PLAN), Lang::Vi);
    let doc = Document::parse(&xml).expect("XML");
    let foot = *tables(&doc).last().expect("tables");
    assert!(borderless(foot));
    let cells: Vec<Node> = all(foot, "tc").collect();
    assert_eq!(cells.len(), 2);
    let recipients = runs(cells[0]);
    assert_eq!(
        recipients[0],
        ("Nơi nhận:".to_string(), 24, true, true),
        "bold italic, 12 points"
    );
    assert!(recipients[1..].iter().all(|(_, size, ..)| *size == 22));
    assert_eq!(text(cells[0]), "Nơi nhận:\n- …;\n- …;\n- Lưu: VT, ….");
    let signer = runs(cells[1]);
    assert_eq!(
        signer,
        [
            ("[QUYỀN HẠN, CHỨC VỤ NGƯỜI KÝ]".to_string(), 28, true, false),
            ("[họ và tên người ký]".to_string(), 28, true, false),
        ]
    );
    // Room to sign between them.
    assert!(text(cells[1]).contains("\n\n\n\n"), "{:?}", text(cells[1]));
}

/// The text of every highlighted run.
fn highlighted(xml: &str) -> Vec<String> {
    let doc = Document::parse(xml).expect("XML");
    all(doc.root_element(), "r")
        .filter(|r| {
            child(*r, "rPr")
                .and_then(|pr| child(pr, "highlight"))
                .is_some_and(|h| attr(h, "val") == Some("yellow"))
        })
        .map(|r| all(r, "t").filter_map(|t| t.text()).collect())
        .collect()
}

#[test]
fn what_a_person_fills_is_a_highlighted_blank_and_nothing_is_invented() {
    let xml = document_xml(&report_of(PLAN), Lang::Vi);
    assert_eq!(
        highlighted(&xml),
        [
            "[CƠ QUAN CHỦ QUẢN, NẾU CÓ]",
            "…",
            "[địa danh]",
            "…",
            "…",
            "…",
            "…",
            "…",
            "…",
            "[QUYỀN HẠN, CHỨC VỤ NGƯỜI KÝ]",
            "[họ và tên người ký]",
        ]
    );
    // The plan names its issuer: the document reports as it, whole.
    assert!(xml.contains(
        "(văn bản số 12/KH-UBND ngày 05 tháng 02 năm 2021 của Ủy ban nhân dân tỉnh Thí Điểm), Ủy ban nhân dân tỉnh Thí Điểm báo cáo"
    ));
    // A plan that names none: the issuer, its symbol and the body that reports are blanks.
    let xml = document_xml(&anonymous(), Lang::Vi);
    let blanks = highlighted(&xml);
    assert_eq!(
        blanks
            .iter()
            .filter(|b| *b == "[TÊN CƠ QUAN BÁO CÁO]")
            .count(),
        1,
        "{blanks:?}"
    );
    assert_eq!(
        blanks
            .iter()
            .filter(|b| *b == "[tên cơ quan báo cáo]")
            .count(),
        2,
        "the basis and the closing: {blanks:?}"
    );
    assert!(xml.contains("Số: </w:t>"), "{xml}");
    assert!(!xml.contains("UBND"), "no symbol guessed");
    assert!(xml.contains("Thực hiện Kế hoạch thực hiện Chương trình thử nghiệm, "));
}

#[test]
fn tables_repeat_their_heading_rows_and_rows_are_not_split() {
    let xml = document_xml(&report_of(PLAN), Lang::Vi);
    let doc = Document::parse(&xml).expect("XML");
    let tables = tables(&doc);
    // The head, the statuses, the objective's results, reporting, the foot.
    assert_eq!(tables.len(), 5);
    for (n, table) in tables.iter().enumerate() {
        let rows: Vec<Node> = all(*table, "tr").collect();
        let repeated =
            |row: &Node| child(*row, "trPr").is_some_and(|pr| child(pr, "tblHeader").is_some());
        let lined = !borderless(*table);
        assert_eq!(lined, (1..=3).contains(&n), "table {n}");
        assert_eq!(repeated(&rows[0]), lined, "table {n}");
        assert!(rows[1..].iter().all(|r| !repeated(r)), "table {n}");
        if lined {
            assert!(rows
                .iter()
                .all(|r| child(child(*r, "trPr").expect("trPr"), "cantSplit").is_some()));
        }
    }
    // The results: an indicator with two targets has its title, unit and lead once, in its
    // first row, with no line under them; its second row has none over them, and its id.
    let results = tables[2];
    let rows: Vec<Node> = all(results, "tr").collect();
    assert_eq!(rows.len(), 4, "a heading and three targets");
    let open = |row: Node<'_, '_>, side: &str| -> Vec<bool> {
        all(row, "tc")
            .map(|c| {
                all(c, "tcBorders")
                    .next()
                    .and_then(|b| child(b, side))
                    .is_some_and(|b| attr(b, "val") == Some("nil"))
            })
            .collect()
    };
    let three = [false, true, true, true, false, false, false];
    assert_eq!(open(rows[1], "bottom"), three);
    assert_eq!(open(rows[2], "top"), three);
    assert_eq!(open(rows[2], "bottom"), [false; 7]);
    assert_eq!(open(rows[3], "top"), [false; 7]);
    // From 80 in 2021 to 95 in 2025 needs 3.75 a year; 86 in 2023 is 3 a year, 80% of the
    // pace: between 60% and 95%, to speed up.
    let second: Vec<String> = all(rows[2], "tc").map(text).collect();
    assert_eq!(
        second,
        [
            "1",
            "",
            "",
            "",
            "2025: ≥ 95",
            "86 (2023)",
            "Cần đẩy nhanh tiến độ"
        ]
    );
    let texts: Vec<String> = all(rows[1], "tc").map(text).collect();
    assert_eq!(
        texts,
        [
            "1",
            "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ",
            "%",
            "Sở Y tế",
            "2023: ≥ 90",
            "86 (2023)",
            "Không đạt"
        ]
    );
}

#[test]
fn the_body_says_what_the_report_holds() {
    let report = report_of(PLAN);
    let xml = document_xml(&report, Lang::Vi);
    let doc = Document::parse(&xml).expect("XML");
    let all_text = text(doc.root_element());
    for line in [
        "Địa bàn báo cáo: Tỉnh Thí Điểm.",
        "I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU",
        "1. Tổng hợp chung",
        "Tính đến ngày 30 tháng 6 năm 2024, có 3 mức chỉ tiêu được đánh giá; số mức chỉ tiêu theo từng tình trạng như sau:",
        "2. Kết quả theo từng mục tiêu",
        "2.1. Mục tiêu 1: Chăm sóc sức khỏe trẻ em",
        "II. TÌNH HÌNH GỬI BÁO CÁO VÀ THỰC HIỆN NHIỆM VỤ",
        "1. Tình hình gửi báo cáo của các cơ quan, đơn vị",
        "Đã nhận 4/4 báo cáo phải gửi (100,0%).",
        "Báo cáo chậm hoặc chưa gửi:",
        "- Sở LĐ-TB&XH: Báo cáo năm, kỳ 2022, hạn 14/12/2022, chậm 6 ngày (nhận ngày 20/12/2022)",
        "III. SỐ LIỆU SỬ DỤNG TRONG BÁO CÁO",
        "Trên đây là báo cáo kết quả thực hiện Kế hoạch thực hiện Chương trình thử nghiệm tính đến ngày 30 tháng 6 năm 2024 của Ủy ban nhân dân tỉnh Thí Điểm./.",
    ] {
        assert!(
            all_text.lines().any(|l| l == line),
            "no line `{line}` in:\n{all_text}"
        );
    }
    for (status, n) in &report.statuses {
        let label = words::status_label(Lang::Vi, *status);
        assert!(all_text.contains(&format!("{label}\n{n}\n")), "{label}");
    }
}

#[test]
fn in_english_the_national_name_and_motto_stay_vietnamese() {
    let xml = document_xml(&report_of(PLAN), Lang::En);
    let doc = Document::parse(&xml).expect("XML");
    let all_text = text(doc.root_element());
    for line in [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "No.: …/BC-UBND",
        "[place], … … …",
        "REPORT",
        "Results of implementing “Kế hoạch thực hiện Chương trình thử nghiệm”",
        "I. RESULTS OF THE INDICATORS",
        "Recipients:",
        "[SIGNER'S AUTHORITY AND TITLE]",
    ] {
        assert!(
            all_text.lines().any(|l| l == line),
            "no line `{line}` in:\n{all_text}"
        );
    }
    assert!(all_text.contains(
        "(document 12/KH-UBND dated 5 February 2021 issued by Ủy ban nhân dân tỉnh Thí Điểm)"
    ));
    assert!(all_text.contains("as of 30 June 2024"));
    assert!(!all_text.contains("Nơi nhận"));
}

#[test]
fn dates_are_written_as_the_decree_writes_them() {
    let date = |text: &str| Date::parse(text).expect("a date");
    // A day under 10 and the months 1 and 2 take a 0.
    assert_eq!(
        long_date(Lang::Vi, date("2021-02-05")),
        "ngày 05 tháng 02 năm 2021"
    );
    assert_eq!(
        long_date(Lang::Vi, date("2025-06-30")),
        "ngày 30 tháng 6 năm 2025"
    );
    assert_eq!(
        long_date(Lang::Vi, date("2024-12-09")),
        "ngày 09 tháng 12 năm 2024"
    );
    assert_eq!(long_date(Lang::En, date("2021-02-05")), "5 February 2021");
    assert_eq!(
        blank_date(Lang::Vi),
        "ngày \u{E000}…\u{E001} tháng \u{E000}…\u{E001} năm \u{E000}…\u{E001}"
    );
}

#[test]
fn the_same_report_gives_the_same_document() {
    let report = report_of(PLAN);
    let a = document_xml(&report, Lang::Vi);
    let b = document_xml(&report, Lang::Vi);
    // Paragraph ids are numbered on from one document to the next; nothing else differs.
    let strip = |xml: &str| {
        xml.split("w14:paraId=\"")
            .map(|piece| piece.split_once('"').map_or(piece, |(_, rest)| rest))
            .collect::<String>()
    };
    assert_eq!(strip(&a), strip(&b));
}
