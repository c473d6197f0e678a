//! A deterministic synthetic plan for benchmarks: a header, 30 agencies, a province and its
//! districts, data elements, a dimension, 10 objectives, `n` indicators (about 540 bytes each,
//! so 100,000 indicators make about 54 MB), reports and reviews, with Vietnamese titles and
//! notes, line and block comments.
//!
//! The plan is meant to check clean: every agency and objective is used, targets follow the
//! indicator's direction and stay inside the unit's range, maintained levels repeat their
//! milestone, parts are lettered a, b, numbers run 1..=n without gaps. The bench asserts it.
//!
//! Library-free on purpose (no planlang types, no crates): the text is all there is.

use std::fmt::Write;

/// A small deterministic generator (SplitMix64): the same `n` always gives the same text.
#[path = "../../tests/common/rng.rs"]
mod rng;

use rng::Rng;

/// The agencies, by id and name; the short names of those that have one are in
/// [`SHORT_NAMES`].
const AGENCIES: &[(&str, &str)] = &[
    ("ubnd_tinh", "Ủy ban nhân dân tỉnh Sơn La"),
    ("ldtbxh", "Sở Lao động - Thương binh và Xã hội"),
    ("tuphap", "Sở Tư pháp"),
    ("gddt", "Sở Giáo dục và Đào tạo"),
    ("yte", "Sở Y tế"),
    ("vhttdl", "Sở Văn hóa, Thể thao và Du lịch"),
    ("tttt", "Sở Thông tin và Truyền thông"),
    ("taichinh", "Sở Tài chính"),
    ("kehoach_dautu", "Sở Kế hoạch và Đầu tư"),
    ("xaydung", "Sở Xây dựng"),
    ("nongnghiep", "Sở Nông nghiệp và Phát triển nông thôn"),
    ("tainguyen", "Sở Tài nguyên và Môi trường"),
    ("giaothong", "Sở Giao thông vận tải"),
    ("noivu", "Sở Nội vụ"),
    ("khoahoc", "Sở Khoa học và Công nghệ"),
    ("dantoc", "Ban Dân tộc tỉnh"),
    ("congan", "Công an tỉnh"),
    ("quansu", "Bộ Chỉ huy Quân sự tỉnh"),
    ("bienphong", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
    ("baohiem", "Bảo hiểm xã hội tỉnh"),
    ("cucthongke", "Cục Thống kê tỉnh"),
    ("mttq", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
    ("doanthanhnien", "Đoàn Thanh niên cộng sản Hồ Chí Minh tỉnh"),
    ("hoiphunu", "Hội Liên hiệp Phụ nữ tỉnh"),
    ("hoinongdan", "Hội Nông dân tỉnh"),
    ("hoichuthapdo", "Hội Chữ thập đỏ tỉnh"),
    ("liendoan_laodong", "Liên đoàn Lao động tỉnh"),
    ("baosonla", "Báo Sơn La"),
    ("daiphatthanh", "Đài Phát thanh và Truyền hình tỉnh"),
    ("ubnd_huyen", "Ủy ban nhân dân các huyện, thành phố"),
];

const SHORT_NAMES: &[(&str, &str)] = &[
    ("ubnd_tinh", "UBND tỉnh"),
    ("ldtbxh", "Sở LĐ-TB&XH"),
    ("gddt", "Sở GD&ĐT"),
    ("vhttdl", "Sở VH-TT&DL"),
    ("tttt", "Sở TT&TT"),
    ("kehoach_dautu", "Sở KH&ĐT"),
    ("nongnghiep", "Sở NN&PTNT"),
    ("tainguyen", "Sở TN&MT"),
    ("giaothong", "Sở GTVT"),
    ("khoahoc", "Sở KH&CN"),
    ("baohiem", "BHXH tỉnh"),
    ("mttq", "UBMTTQ Việt Nam tỉnh"),
    ("doanthanhnien", "Đoàn TNCS Hồ Chí Minh tỉnh"),
    ("hoiphunu", "Hội LHPN tỉnh"),
    ("ubnd_huyen", "UBND các huyện, thành phố"),
];

/// The agencies that may own indicators (the first one issues the plan and receives reports).
const OWNERS: std::ops::Range<usize> = 1..AGENCIES.len();

const DISTRICTS: &[(&str, &str)] = &[
    ("tp_son_la", "Thành phố Sơn La"),
    ("quynh_nhai", "Huyện Quỳnh Nhai"),
    ("muong_la", "Huyện Mường La"),
    ("thuan_chau", "Huyện Thuận Châu"),
    ("phu_yen", "Huyện Phù Yên"),
    ("bac_yen", "Huyện Bắc Yên"),
    ("mai_son", "Huyện Mai Sơn"),
    ("song_ma", "Huyện Sông Mã"),
    ("yen_chau", "Huyện Yên Châu"),
    ("moc_chau", "Huyện Mộc Châu"),
    ("sop_cop", "Huyện Sốp Cộp"),
    ("van_ho", "Huyện Vân Hồ"),
];

const ELEMENTS: &[(&str, &str)] = &[
    ("live_births", "Số trẻ đẻ sống"),
    ("children", "Tổng số trẻ em"),
    ("enrolled", "Số trẻ em được hưởng dịch vụ"),
    ("neonatal_deaths", "Số trẻ sơ sinh tử vong"),
    ("infant_deaths", "Số trẻ em dưới 1 tuổi tử vong"),
    ("special_circumstances", "Số trẻ em có hoàn cảnh đặc biệt"),
    ("abused_children", "Số trẻ em bị xâm hại"),
    ("injured_children", "Số trẻ em bị tai nạn thương tích"),
    ("injury_deaths", "Số trẻ em tử vong do tai nạn thương tích"),
];

const OBJECTIVES: &[(&str, &str)] = &[
    (
        "a",
        "Mục tiêu 1: Về phát triển toàn diện trẻ em, chăm sóc sức khỏe, dinh dưỡng trẻ em",
    ),
    (
        "b",
        "Mục tiêu 2: Về bảo vệ trẻ em, phòng, chống xâm hại trẻ em",
    ),
    (
        "c",
        "Mục tiêu 3: Về giáo dục, văn hóa, vui chơi, giải trí cho trẻ em",
    ),
    (
        "d",
        "Mục tiêu 4: Về sự tham gia của trẻ em vào các vấn đề của trẻ em",
    ),
    (
        "e",
        "Mục tiêu 5: Về nước sạch, vệ sinh môi trường và phòng, chống thiên tai",
    ),
    (
        "g",
        "Mục tiêu 6: Về giảm nghèo đa chiều và an sinh xã hội cho hộ gia đình có trẻ em",
    ),
    (
        "h",
        "Mục tiêu 7: Về chuyển đổi số, thông tin và truyền thông cho trẻ em",
    ),
    (
        "i",
        "Mục tiêu 8: Về trẻ em vùng đồng bào dân tộc thiểu số, vùng sâu, vùng xa",
    ),
    (
        "k",
        "Mục tiêu 9: Về an toàn giao thông và phòng, chống tai nạn thương tích",
    ),
    (
        "l",
        "Mục tiêu 10: Về nâng cao năng lực cán bộ làm công tác trẻ em ở cơ sở",
    ),
];

const SUBJECTS: &[&str] = &[
    "trẻ em dưới 5 tuổi",
    "trẻ em dưới 1 tuổi",
    "trẻ em có hoàn cảnh đặc biệt",
    "học sinh trung học cơ sở",
    "học sinh tiểu học",
    "trẻ em vùng đồng bào dân tộc thiểu số",
    "trẻ em khuyết tật",
    "trẻ em từ 11 tuổi trở lên",
    "phụ nữ mang thai",
    "hộ gia đình có trẻ em",
    "xã, phường, thị trấn",
    "trường học, cơ sở giáo dục mầm non",
    "trẻ em ở xã đặc biệt khó khăn",
    "người chưa thành niên từ 15 đến 17 tuổi",
];

/// Things that should rise.
const GOOD: &[&str] = &[
    "được tiêm chủng đầy đủ các loại vắc xin",
    "được tiếp cận dịch vụ chăm sóc phát triển toàn diện",
    "được đăng ký khai sinh đúng hạn",
    "được hỏi ý kiến về các vấn đề của trẻ em",
    "có công trình vệ sinh và nước sạch đạt chuẩn",
    "được chăm sóc, nuôi dưỡng, trợ giúp kịp thời",
    "hoàn thành chương trình giáo dục theo đúng độ tuổi",
    "được học bơi an toàn",
    "được tham gia các hoạt động thúc đẩy quyền tham gia",
    "có điểm vui chơi dành cho trẻ em",
];

/// Things that should fall.
const BAD: &[&str] = &[
    "bị suy dinh dưỡng thể thấp còi",
    "bị suy dinh dưỡng thể cân nặng theo tuổi",
    "bỏ học giữa chừng",
    "bị xâm hại, bạo lực",
    "bị tai nạn thương tích, đuối nước",
    "tảo hôn, kết hôn cận huyết thống",
    "phải lao động trái quy định của pháp luật",
    "tử vong do nguyên nhân phòng tránh được",
];

const PLACES: &[&str] = &[
    "",
    "",
    "",
    "",
    "",
    " trên địa bàn tỉnh",
    " ở các huyện vùng cao",
    " tại các xã đặc biệt khó khăn",
    " ở khu vực biên giới",
    " thuộc vùng lòng hồ thủy điện",
];

const QUOTES: &[&str] = &[
    "Văn bản: \\\"Phấn đấu đạt mục tiêu vào năm 2025 và duy trì đến năm 2030\\\".",
    "Số liệu nền lấy theo báo cáo thống kê năm 2020 của Cục Thống kê tỉnh; năm 2021 chưa có số liệu chính thức.",
    "Chỉ tiêu được giao cho cơ quan chủ trì theo mục V; các sở, ban, ngành, đoàn thể phối hợp thực hiện.",
    "Văn bản ghi tỷ lệ theo dấu phẩy thập phân (9,5‰); trong tệp này ghi bằng dấu chấm (9.5).",
    "Mốc 2030 không có từ so sánh riêng, thừa hưởng \\\"xuống dưới\\\" của mốc 2025.",
    "Đối tượng ưu tiên: trẻ em có hoàn cảnh đặc biệt, trẻ em vùng sâu, vùng xa, vùng đồng bào dân tộc thiểu số.",
    "Kinh phí bố trí trong dự toán chi ngân sách nhà nước hằng năm của tỉnh và nguồn huy động hợp pháp khác.",
    "Hằng năm rà soát, đánh giá kết quả thực hiện và đề xuất điều chỉnh chỉ tiêu cho phù hợp với thực tế địa phương.",
];

const COMMENTS: &[&str] = &[
    "// Chỉ tiêu này kế thừa từ kế hoạch giai đoạn 2016-2020.",
    "// Số liệu nền chưa thống nhất giữa hai báo cáo; giữ theo văn bản.",
    "// The document gives no baseline for this indicator.",
    "// Xem thêm phụ lục kèm theo Quyết định.",
];

/// Sections of the document the indicators cite, by objective.
const SECTIONS: &[&str] = &[
    "II.1.a", "II.1.b", "II.1.c", "II.1.d", "II.1.e", "II.1.g", "II.1.h", "II.1.i", "II.1.k",
    "II.1.l",
];

/// A unit and the range targets are drawn from (values stay well inside it).
struct UnitChoice {
    line: &'static str,
    low: f64,
    high: f64,
    decimals: bool,
    /// How district values make the province's: a formula over data elements or a rule.
    areas: &'static [&'static str],
}

const UNITS: &[UnitChoice] = &[
    UnitChoice {
        line: "unit percent",
        low: 20.0,
        high: 95.0,
        decimals: true,
        areas: &[
            "formula special_circumstances / children * 100",
            "formula enrolled / children",
            "aggregate weighted by children",
            "aggregate mean",
        ],
    },
    UnitChoice {
        line: "unit %",
        low: 10.0,
        high: 90.0,
        decimals: true,
        areas: &[
            "formula enrolled / children * 100",
            "aggregate weighted by children",
        ],
    },
    UnitChoice {
        line: "unit per_mille of \"trẻ đẻ sống\"",
        low: 2.0,
        high: 40.0,
        decimals: true,
        areas: &[
            "formula infant_deaths / live_births * 1000",
            "formula neonatal_deaths / live_births",
        ],
    },
    UnitChoice {
        line: "unit ‰ of \"trẻ em\"",
        low: 0.5,
        high: 20.0,
        decimals: true,
        areas: &["formula abused_children / children * 1000"],
    },
    UnitChoice {
        line: "unit per_100k of \"trẻ em\"",
        low: 10.0,
        high: 900.0,
        decimals: false,
        areas: &[
            "formula injured_children / children * 100000",
            "formula injury_deaths / children",
        ],
    },
    UnitChoice {
        line: "unit count",
        low: 50.0,
        high: 5000.0,
        decimals: false,
        areas: &["aggregate sum"],
    },
    UnitChoice {
        line: "unit lop_hoc",
        low: 20.0,
        high: 800.0,
        decimals: false,
        areas: &["aggregate sum", "aggregate none"],
    },
];

/// Writes `v` with at most one decimal (and none when `whole`).
fn num(v: f64, whole: bool) -> String {
    if whole {
        format!("{}", v.round() as i64)
    } else {
        let r = (v * 10.0).round() / 10.0;
        if r.fract() == 0.0 {
            format!("{}", r as i64)
        } else {
            format!("{r:.1}")
        }
    }
}

/// A plan with `n` indicators numbered 1..=n.
pub fn generate(n: usize) -> String {
    let mut out = String::with_capacity(n * 520 + 16_384);
    let mut rng = Rng(0x5EED_2021_2030);
    header(&mut out);
    declarations(&mut out);
    let per_objective = n.div_ceil(OBJECTIVES.len()).max(1);
    for number in 1..=n {
        let objective = ((number - 1) / per_objective).min(OBJECTIVES.len() - 1);
        if (number - 1) % per_objective == 0 {
            let (id, title) = OBJECTIVES[objective];
            let _ = write!(
                out,
                "/*\n * ====================================================== {id})\n * {title}\n * Các chỉ tiêu dưới đây thuộc mục {}.\n */\n\n",
                SECTIONS[objective]
            );
        }
        indicator(&mut out, &mut rng, number, objective);
    }
    reports(&mut out);
    out
}

fn header(out: &mut String) {
    out.push_str(
        r#"/*
 * Kế hoạch tổng hợp (tệp sinh tự động để đo tốc độ): chương trình hành động vì trẻ em
 * giai đoạn 2021-2030, với số chỉ tiêu rất lớn. Nội dung mô phỏng văn bản thật.
 */

plan "Kế hoạch triển khai thực hiện Chương trình hành động vì trẻ em giai đoạn 2021-2030 trên địa bàn tỉnh Sơn La (bản tổng hợp)" {
    document "999/QĐ-UBND"
    issuer ubnd_tinh
    // A single signing date: the synthetic plan has no conflicting dates.
    signed 2021-04-28 ref "Đầu Quyết định: Sơn La, ngày 28 tháng 4 năm 2021"
    period 2021..2030
    area "Tỉnh Sơn La"
    implements "23/QĐ-TTg"
    basis "Luật Tổ chức chính quyền địa phương năm 2015"
    basis "Luật Trẻ em năm 2016"
    basis "Nghị định số 56/2017/NĐ-CP ngày 09/5/2017 của Chính phủ quy định chi tiết một số điều của Luật Trẻ em"
    basis "Quyết định số 23/QĐ-TTg ngày 07/01/2021 của Thủ tướng Chính phủ phê duyệt chương trình hành động vì trẻ em giai đoạn 2021-2030"
    source "Quyết định số 999/QĐ-UBND và Kế hoạch ban hành kèm theo (mục I-VI)"
    note "Theo đề nghị của Giám đốc Sở Lao động - Thương binh và Xã hội tại Tờ trình số 59/TTr-LĐTBXH ngày 30 tháng 3 năm 2021"
    note "Điều 3: Quyết định này có hiệu lực từ ngày ký."
}

"#,
    );
}

fn declarations(out: &mut String) {
    out.push_str(
        "// ====================================================================== agencies\n\n",
    );
    for (id, name) in AGENCIES {
        match SHORT_NAMES.iter().find(|(of, _)| of == id) {
            Some((_, s)) => {
                let _ = writeln!(out, "agency {id} \"{name}\" short \"{s}\"");
            }
            None => {
                let _ = writeln!(out, "agency {id} \"{name}\"");
            }
        }
    }
    out.push_str(
        "\n// A declared unit, besides the built-in ones.\nunit lop_hoc \"lớp học\" range 0..\n\n",
    );
    out.push_str("// The province and its districts, and the counts rates are defined over.\n");
    out.push_str("area son_la \"Tỉnh Sơn La\" kind province\n");
    for (id, name) in DISTRICTS {
        let _ = writeln!(out, "area {id} \"{name}\" in son_la kind district");
    }
    out.push('\n');
    for (id, title) in ELEMENTS {
        let _ = writeln!(out, "element {id} \"{title}\"");
    }
    out.push('\n');
    out.push_str("dimension khu_vuc \"Khu vực\" {\n    thanh_thi \"Thành thị\"\n    nong_thon \"Nông thôn\"\n}\n\n");
    out.push_str(
        "// ====================================================================== objectives\n\n",
    );
    for (k, (id, title)) in OBJECTIVES.iter().enumerate() {
        let _ = writeln!(out, "objective {id} \"{title}\" source \"{}\"", SECTIONS[k]);
    }
    out.push('\n');
}

/// Three distinct owning agencies: a lead and up to two that support it.
fn owners(rng: &mut Rng) -> (&'static str, Vec<&'static str>) {
    let count = OWNERS.len();
    let lead = OWNERS.start + rng.below(count);
    let mut support = Vec::new();
    for _ in 0..rng.below(3) {
        let s = OWNERS.start + rng.below(count);
        if s != lead && !support.contains(&AGENCIES[s].0) {
            support.push(AGENCIES[s].0);
        }
    }
    (AGENCIES[lead].0, support)
}

/// A title and the units that suit it: a "Tỷ lệ" is a percentage, a "Tỷ suất" a rate per
/// thousand or per 100,000, a "Số lượng" a count.
fn title(rng: &mut Rng, increase: bool) -> (String, &'static [UnitChoice]) {
    let (lead, units) = match rng.below(6) {
        0..=2 => ("Tỷ lệ", &UNITS[0..2]),
        3 => ("Tỷ suất", &UNITS[2..5]),
        _ => ("Số lượng", &UNITS[5..7]),
    };
    let what = if increase {
        rng.pick(GOOD)
    } else {
        rng.pick(BAD)
    };
    let title = format!("{lead} {} {what}{}", rng.pick(SUBJECTS), rng.pick(PLACES));
    (title, units)
}

/// The measure lines of an indicator or a part: unit, direction, baseline, targets.
fn measure(
    out: &mut String,
    rng: &mut Rng,
    indent: &str,
    units: &[UnitChoice],
    increase: bool,
    rich: bool,
) {
    let unit = &units[rng.below(units.len())];
    let whole = !unit.decimals;
    let span = unit.high - unit.low;
    // Three milestones moving the way the direction asks.
    let a = unit.low + span * (0.2 + 0.2 * (rng.below(100) as f64 / 100.0));
    let b = a + span * 0.1 + if whole { 1.0 } else { 0.5 };
    let c = b + span * 0.1 + if whole { 1.0 } else { 0.5 };
    let (first, second, third) = if increase { (a, b, c) } else { (c, b, a) };
    let (op, direction) = if increase {
        (">=", "increase")
    } else {
        (*["<", "<="].get(rng.below(2)).unwrap_or(&"<"), "decrease")
    };
    let _ = writeln!(out, "{indent}{}", unit.line);
    let _ = writeln!(out, "{indent}direction {direction}");
    if rng.one_in(3) {
        let _ = writeln!(out, "{indent}{}", rng.pick(unit.areas));
    }
    if rich && rng.one_in(3) {
        // The baseline has not reached the first target yet.
        let base = if increase {
            first - span * 0.1
        } else {
            first + span * 0.1
        };
        let _ = writeln!(
            out,
            "{indent}baseline 2020 = {} ref \"Báo cáo năm 2020\"",
            num(base, whole)
        );
    }
    let (first, second, third) = (num(first, whole), num(second, whole), num(third, whole));
    let strive = if rng.one_in(4) { " strive" } else { "" };
    if rich && rng.one_in(12) {
        // Split by area: a target for every value of the dimension.
        let _ = writeln!(
            out,
            "{indent}target 2025 {op} {first} where khu_vuc = thanh_thi"
        );
        let _ = writeln!(
            out,
            "{indent}target 2025 {op} {first} where khu_vuc = nong_thon"
        );
    } else {
        let _ = writeln!(out, "{indent}target 2023 {op} {first}");
        let _ = writeln!(out, "{indent}target 2025 {op} {second}{strive}");
    }
    match rng.below(4) {
        0 => {
            let _ = writeln!(
                out,
                "{indent}target maintain {op} {second} from 2025 until 2030{strive}"
            );
        }
        1 if rich => {
            if increase {
                let _ = writeln!(
                    out,
                    "{indent}target increase by 2 to 3 percent per year from 2025 until 2030"
                );
            } else {
                let _ = writeln!(
                    out,
                    "{indent}target reduce by 0.5 points per year until 2030 ref \"II.2\""
                );
            }
        }
        _ => {
            let _ = writeln!(out, "{indent}target 2030 {op} {third} ref \"II.1\"");
        }
    }
}

fn indicator(out: &mut String, rng: &mut Rng, number: usize, objective: usize) {
    let increase = !rng.one_in(3);
    if rng.one_in(7) {
        let _ = writeln!(out, "{}", rng.pick(COMMENTS));
    }
    let section = SECTIONS[objective];
    let (lead, support) = owners(rng);
    let refs = ["V.1", "V.2", "V.3", "V.4", "V.5", "V.6"];
    let lead_ref = rng.pick(&refs);
    let composite = rng.one_in(10);
    let (name, units) = title(rng, increase);
    let _ = writeln!(out, "indicator {number} \"{name}\" {{");
    let _ = writeln!(out, "    objective {}", OBJECTIVES[objective].0);
    if composite {
        let _ = writeln!(out, "    lead {lead} ref \"{lead_ref}\"");
        if !support.is_empty() {
            let _ = writeln!(out, "    support {} ref \"{lead_ref}\"", support.join(", "));
        }
        let _ = writeln!(out, "    source \"{section}, Chỉ tiêu {number}\"");
        let _ = writeln!(out, "    note \"{}\"", rng.pick(QUOTES));
        for letter in ["a", "b"] {
            let part_increase = !rng.one_in(3);
            let (name, part_units) = title(rng, part_increase);
            let _ = writeln!(out, "    part {letter} \"{name}\" {{");
            measure(out, rng, "        ", part_units, part_increase, false);
            if rng.one_in(3) {
                let _ = writeln!(out, "        note \"{}\"", rng.pick(QUOTES));
            }
            out.push_str("    }\n");
        }
    } else {
        measure(out, rng, "    ", units, increase, true);
        if rng.one_in(6) {
            out.push_str("    /* Mục V giao chủ trì; phối hợp theo chức năng, nhiệm vụ. */\n");
        }
        let _ = writeln!(out, "    lead {lead} ref \"{lead_ref}\"");
        if !support.is_empty() {
            let _ = writeln!(out, "    support {} ref \"{lead_ref}\"", support.join(", "));
        }
        let _ = writeln!(out, "    source \"{section}, Chỉ tiêu {number}\"");
        if rng.one_in(10) {
            let (a, b) = (rng.pick(QUOTES), rng.pick(QUOTES));
            let _ = writeln!(out, "    note \"{a} {b}\"");
        } else if rng.one_in(5) {
            let _ = writeln!(out, "    note \"{}\"", rng.pick(QUOTES));
        }
    }
    out.push_str("}\n\n");
}

fn reports(out: &mut String) {
    let submitters: Vec<&str> = AGENCIES[2..].iter().map(|(id, _)| *id).collect();
    let from = submitters.join(", ");
    out.push_str(
        "// ====================================================================== reports\n\n",
    );
    for (id, title, period, due) in [
        (
            "baocao_6thang",
            "Báo cáo 6 tháng tình hình, kết quả thực hiện Kế hoạch",
            "half-year",
            Some("01/06"),
        ),
        (
            "baocao_nam",
            "Báo cáo năm tình hình, kết quả thực hiện Kế hoạch",
            "year",
            Some("05/12"),
        ),
        (
            "baocao_quy",
            "Báo cáo quý về công tác bảo vệ trẻ em",
            "quarter",
            Some("20/03"),
        ),
        (
            "baocao_dotxuat",
            "Báo cáo đột xuất khi có yêu cầu",
            "adhoc",
            None,
        ),
    ] {
        let _ = writeln!(out, "report {id} \"{title}\" {{");
        let _ = writeln!(out, "    period {period}");
        if let Some(due) = due {
            let _ = writeln!(out, "    due before {due}");
        }
        let _ = writeln!(out, "    from {from}");
        out.push_str("    to ldtbxh\n    source \"VI\"\n");
        out.push_str("    note \"Báo cáo gửi Ủy ban nhân dân tỉnh, qua Sở Lao động - Thương binh và Xã hội tổng hợp.\"\n}\n\n");
    }
    out.push_str("report tonghop \"Báo cáo tổng hợp gửi Ủy ban nhân dân tỉnh\" {\n    period year\n    due 15/12\n    from ldtbxh\n    to ubnd_tinh\n    source \"VI; V.1\"\n}\n\n");
    out.push_str(
        "// ====================================================================== reviews\n\n",
    );
    for (id, title, year) in [
        (
            "soket_2025",
            "Sơ kết kết quả thực hiện chương trình hành động vì trẻ em",
            2025,
        ),
        (
            "tongket_2030",
            "Tổng kết kết quả thực hiện chương trình hành động vì trẻ em",
            2030,
        ),
    ] {
        let _ = writeln!(
            out,
            "review {id} \"{title}\" {{\n    year {year}\n    from ubnd_huyen, ldtbxh\n    to ubnd_tinh\n    source \"V.11\"\n    note \"Sơ kết vào năm 2025, tổng kết vào năm 2030.\"\n}}\n"
        );
    }
}
