//! The data-entry workbook of `plan template`, in Vietnamese, that goes back into `plan eval`
//! as it is once filled in:
//!
//! - sheet `Số liệu` (first, so it is the one read): a comment row of Vietnamese column names
//!   (its first cell starts with `#`, so readers skip it), the header of observations, then
//!   a row per measure and period with the indicator, its title and unit, the area and the
//!   period filled in; value, numerator and denominator left empty, with data validation
//!   from the unit's range; the plan's dimensions, the statuses and the agencies as drop-down
//!   lists; `reported_on` a date;
//! - sheet `Hướng dẫn`: how to fill it in;
//! - sheet `Danh mục` (hidden): the lists the drop-downs offer.
//!
//! `title` and `unit` are informational columns every reader accepts: `title` is not read,
//! `unit` must be the indicator's (a row copied to another indicator is caught).

use super::{header_format, write_header, WriteError};
use crate::model::{Model, Unit};
use crate::template::Template;
use rust_xlsxwriter::{
    Color, DataValidation, DataValidationErrorStyle, DataValidationRule, ExcelDateTime, Format,
    Formula, Note, Workbook, Worksheet, XlsxError,
};

/// The sheets' names. This one holds the rows an agency fills in.
pub const DATA: &str = "Số liệu";
/// The sheet that says what the workbook is for and how to fill it in.
pub const INSTRUCTIONS: &str = "Hướng dẫn";
/// The hidden sheet of the values the data sheet's drop-downs offer (statuses, agencies,
/// dimension values).
pub const LISTS: &str = "Danh mục";

/// The rows of the data sheet: the Vietnamese names, then the header; data after them.
const NAMES_ROW: u32 = 0;
const HEADER_ROW: u32 = 1;
const FIRST_DATA_ROW: u32 = 2;

/// Rows below the pre-filled ones that keep the drop-downs and checks, for rows a person
/// adds (a value for girls and one for boys).
const EXTRA_ROWS: u32 = 500;

/// A column of the data sheet: its header name, its Vietnamese name, its width, and what a
/// note on its header says.
struct Column {
    name: String,
    label: String,
    width: f64,
    note: String,
}

fn column(name: &str, label: &str, width: f64, note: &str) -> Column {
    Column {
        name: name.to_string(),
        label: label.to_string(),
        width,
        note: note.to_string(),
    }
}

/// The data sheet's columns: the documented ones, the plan's dimensions after the values.
fn columns(model: &Model) -> Vec<Column> {
    let mut out = vec![
        column(
            "indicator",
            "# Mã chỉ tiêu",
            12.0,
            "Mã chỉ tiêu trong kế hoạch (3, 16a). Đã điền sẵn, không sửa.",
        ),
        column(
            "title",
            "Tên chỉ tiêu",
            48.0,
            "Tên chỉ tiêu, để người nhập đọc; không được đọc vào.",
        ),
        column(
            "unit",
            "Đơn vị",
            10.0,
            "Đơn vị của chỉ tiêu; giá trị nhập theo đơn vị này.",
        ),
        column(
            "area",
            "Địa bàn",
            14.0,
            "Mã địa bàn trong kế hoạch. Đã điền sẵn.",
        ),
        column(
            "period",
            "Kỳ",
            10.0,
            "Năm (2023), nửa năm (2023-H1), quý (2023-Q1) hoặc tháng (2023-01). Đã điền sẵn.",
        ),
        column(
            "value",
            "Giá trị",
            12.0,
            "Nhập số (95, không nhập 95%); dấu thập phân theo máy tính của bạn.",
        ),
        column(
            "numerator",
            "Tử số",
            12.0,
            "Với chỉ tiêu tính theo công thức: nhập tử số và mẫu số thay cho giá trị.",
        ),
        column("denominator", "Mẫu số", 12.0, "Mẫu số, lớn hơn 0."),
    ];
    for d in model.dimensions.values() {
        out.push(column(
            &d.id,
            &d.title,
            14.0,
            "Để trống cho số tổng; chọn một giá trị để nhập số liệu phân tổ (thêm dòng mới).",
        ));
    }
    out.extend([
        column(
            "status",
            "Tình trạng",
            14.0,
            "final (chính thức), provisional (sơ bộ) hoặc estimated (ước tính).",
        ),
        column(
            "source",
            "Nguồn số liệu",
            24.0,
            "Nguồn: sổ sách, báo cáo, điều tra...",
        ),
        column(
            "reported_by",
            "Cơ quan báo cáo",
            16.0,
            "Mã cơ quan gửi số liệu.",
        ),
        column(
            "reported_on",
            "Ngày báo cáo",
            14.0,
            "Ngày gửi số liệu (ngày/tháng/năm).",
        ),
    ]);
    out
}

/// The template as the bytes of an `.xlsx` workbook.
pub fn workbook(model: &Model, template: &Template) -> Result<Vec<u8>, WriteError> {
    let mut book = Workbook::new();
    let columns = columns(model);
    let lists = Lists::of(model);
    data(
        book.add_worksheet().set_name(DATA)?,
        model,
        template,
        &columns,
        &lists,
    )?;
    instructions(book.add_worksheet().set_name(INSTRUCTIONS)?, template)?;
    let sheet = book.add_worksheet().set_name(LISTS)?;
    lists.write(sheet)?;
    sheet.set_hidden(true);
    Ok(book.save_to_buffer()?)
}

/// The values the drop-downs offer, each in a column of the hidden sheet.
struct Lists {
    /// (header column name, values).
    columns: Vec<(String, Vec<String>)>,
}

impl Lists {
    fn of(model: &Model) -> Lists {
        let mut columns = vec![(
            "status".to_string(),
            ["final", "provisional", "estimated"]
                .map(String::from)
                .to_vec(),
        )];
        columns.push((
            "reported_by".to_string(),
            model.agencies.keys().cloned().collect(),
        ));
        for d in model.dimensions.values() {
            columns.push((d.id.clone(), d.values.keys().cloned().collect()));
        }
        Lists { columns }
    }

    fn write(&self, sheet: &mut Worksheet) -> Result<(), XlsxError> {
        for (c, (name, values)) in self.columns.iter().enumerate() {
            sheet.write_string(0, c as u16, name)?;
            for (r, v) in values.iter().enumerate() {
                sheet.write_string(r as u32 + 1, c as u16, v)?;
            }
        }
        Ok(())
    }

    /// The formula of the list for a data column, `='Danh mục'!$B$2:$B$9`.
    fn formula(&self, name: &str) -> Option<Formula> {
        let (c, (_, values)) = self
            .columns
            .iter()
            .enumerate()
            .find(|(_, (n, _))| n == name)?;
        if values.is_empty() {
            return None;
        }
        let letters = crate::data::workbook::reference::column(c);
        Some(Formula::new(format!(
            "='{LISTS}'!${letters}$2:${letters}${}",
            values.len() + 1
        )))
    }
}

fn data(
    sheet: &mut Worksheet,
    model: &Model,
    template: &Template,
    columns: &[Column],
    lists: &Lists,
) -> Result<(), XlsxError> {
    let labels = header_format().set_italic();
    for (c, col) in columns.iter().enumerate() {
        let c = c as u16;
        sheet.write_string_with_format(NAMES_ROW, c, &col.label, &labels)?;
        sheet.set_column_width(c, col.width)?;
        sheet.insert_note(HEADER_ROW, c, &Note::new(&col.note).set_author("planlang"))?;
    }
    let names: Vec<&str> = columns.iter().map(|c| c.name.as_str()).collect();
    write_header(sheet, HEADER_ROW, &names)?;
    let at = |name: &str| {
        columns
            .iter()
            .position(|c| c.name == name)
            .map(|c| c as u16)
    };
    let given = Format::new().set_background_color(Color::RGB(0xF2F2F2));
    let last_row = FIRST_DATA_ROW + template.rows.len() as u32 + EXTRA_ROWS - 1;
    for (i, row) in template.rows.iter().enumerate() {
        let r = FIRST_DATA_ROW + i as u32;
        let Some((id, measure)) = model.measures.get_index(row.measure) else {
            continue;
        };
        let unit = measure.unit.as_ref().and_then(|u| u.unit.as_deref());
        let cells = [
            ("indicator", id.clone()),
            ("title", measure.title.clone()),
            ("unit", unit.map_or(String::new(), unit_text)),
            ("area", template.area.0.clone()),
            ("period", row.period.to_string()),
        ];
        for (name, text) in cells {
            if let Some(c) = at(name) {
                sheet.write_string_with_format(r, c, text, &given)?;
            }
        }
        if let (Some(c), Some(unit)) = (at("value"), unit) {
            sheet.add_data_validation(r, c, r, c, &value_check(unit)?)?;
        }
        if let (Some(c), Some((agency, _))) = (at("reported_by"), &template.agency) {
            sheet.write_string(r, c, agency)?;
        }
    }
    // Whole columns, pre-filled rows and added ones alike.
    let counts = DataValidation::new()
        .allow_decimal_number(DataValidationRule::GreaterThanOrEqualTo(0.0))
        .set_error_title("Số liệu không hợp lệ")?
        .set_error_message("Tử số là một số đếm, từ 0 trở lên.")?;
    let positive = DataValidation::new()
        .allow_decimal_number(DataValidationRule::GreaterThan(0.0))
        .set_error_title("Số liệu không hợp lệ")?
        .set_error_message("Mẫu số phải lớn hơn 0.")?;
    for (name, check) in [("numerator", &counts), ("denominator", &positive)] {
        if let Some(c) = at(name) {
            sheet.add_data_validation(FIRST_DATA_ROW, c, last_row, c, check)?;
        }
    }
    for (name, _) in &lists.columns {
        if let (Some(c), Some(formula)) = (at(name), lists.formula(name)) {
            let list = DataValidation::new()
                .allow_list_formula(formula)
                .set_error_title("Giá trị không có trong danh mục")?
                .set_error_message("Chọn một giá trị trong danh sách.")?;
            sheet.add_data_validation(FIRST_DATA_ROW, c, last_row, c, &list)?;
        }
    }
    if let Some(c) = at("reported_on") {
        let day = Format::new().set_num_format("dd/mm/yyyy");
        sheet.set_column_format(c, &day)?;
        let (first, last) = model.plan.period.unwrap_or((1990, 2100));
        let date = DataValidation::new()
            .allow_date(DataValidationRule::Between(
                ExcelDateTime::from_ymd((first - 1).clamp(1900, 9999) as u16, 1, 1)?,
                ExcelDateTime::from_ymd((last + 1).clamp(1900, 9999) as u16, 12, 31)?,
            ))
            .set_error_title("Ngày không hợp lệ")?
            .set_error_message(
                "Nhập ngày theo dạng ngày/tháng/năm, trong thời gian của kế hoạch.",
            )?;
        sheet.add_data_validation(FIRST_DATA_ROW, c, last_row, c, &date)?;
    }
    sheet.set_freeze_panes(FIRST_DATA_ROW, 1)?;
    sheet.set_active(true);
    Ok(())
}

/// How the unit column writes a unit: its symbol (`%`, `‰`), else its id (`count`).
pub fn unit_text(unit: &Unit) -> String {
    if unit.symbol.is_empty() {
        unit.id.clone()
    } else {
        unit.symbol.clone()
    }
}

/// The check of a value cell: a number in the unit's range, said in Vietnamese.
fn value_check(unit: &Unit) -> Result<DataValidation, XlsxError> {
    let (rule, range) = match (unit.min, unit.max) {
        (Some(a), Some(b)) => (
            DataValidationRule::Between(a, b),
            format!(
                "từ {} đến {}",
                crate::numbers::exact(a),
                crate::numbers::exact(b)
            ),
        ),
        (Some(a), None) => (
            DataValidationRule::GreaterThanOrEqualTo(a),
            format!("từ {} trở lên", crate::numbers::exact(a)),
        ),
        (None, Some(b)) => (
            DataValidationRule::LessThanOrEqualTo(b),
            format!("đến {}", crate::numbers::exact(b)),
        ),
        (None, None) => (
            DataValidationRule::Between(-1e300, 1e300),
            "một số".to_string(),
        ),
    };
    DataValidation::new()
        .allow_decimal_number(rule)
        .set_input_title(format!("Đơn vị: {}", unit_text(unit)))?
        .set_input_message(format!("Nhập một số {range}."))?
        .set_error_title("Giá trị ngoài khoảng cho phép")?
        .set_error_message(format!(
            "Giá trị theo đơn vị {} phải {range}.",
            unit_text(unit)
        ))
        .map(|v| v.set_error_style(DataValidationErrorStyle::Stop))
}

fn instructions(sheet: &mut Worksheet, template: &Template) -> Result<(), XlsxError> {
    let title = Format::new().set_bold().set_font_size(14);
    let bold = Format::new().set_bold();
    let wrap = Format::new().set_text_wrap();
    sheet.set_column_width(0, 110)?;
    let periods: Vec<String> = template.periods.iter().map(|p| p.to_string()).collect();
    let mut lines: Vec<(String, &Format)> = vec![
        ("MẪU NHẬP SỐ LIỆU THEO DÕI KẾ HOẠCH".to_string(), &title),
        (format!("Kế hoạch: {}", template.plan), &bold),
        (
            match &template.agency {
                Some((id, name)) => {
                    format!("Cơ quan: {name} ({id}) — các chỉ tiêu cơ quan chủ trì")
                }
                None => "Cơ quan: tất cả các chỉ tiêu của kế hoạch".to_string(),
            },
            &bold,
        ),
        (
            format!("Địa bàn: {} ({})", template.area.1, template.area.0),
            &bold,
        ),
        (format!("Kỳ số liệu: {}", periods.join(", ")), &bold),
        (String::new(), &wrap),
        ("Cách nhập".to_string(), &bold),
    ];
    let steps = [
        format!("1. Nhập số liệu ở trang «{DATA}». Mỗi dòng là một chỉ tiêu, một địa bàn, một kỳ; các ô màu xám đã được điền sẵn, không sửa."),
        "2. Dòng 1 là tên cột bằng tiếng Việt; dòng 2 là tên cột mà chương trình đọc: không sửa, không xóa hai dòng này.".to_string(),
        "3. Nhập «Giá trị» là một số theo đơn vị ghi ở cột «Đơn vị»: tỷ lệ 95% nhập là 95. Ô định dạng phần trăm (hiện 95%) cũng được đọc là 95, nhưng chỉ với chỉ tiêu tính theo %.".to_string(),
        "4. Chỉ tiêu tính theo công thức (ví dụ tỷ suất trên 1.000 trẻ đẻ sống) có thể nhập «Tử số» và «Mẫu số» thay cho «Giá trị»; khi tổng hợp lên tỉnh, chương trình cộng tử số và mẫu số của các huyện.".to_string(),
        "5. Số liệu phân tổ (nam/nữ, thành thị/nông thôn...): sao chép dòng, chọn giá trị ở cột phân tổ; để trống là số tổng.".to_string(),
        "6. «Ngày báo cáo» nhập theo ngày/tháng/năm; chương trình dùng ngày này để tính báo cáo đúng hạn hay muộn.".to_string(),
        "7. Dòng chưa có số liệu thì để trống giá trị: chương trình bỏ qua dòng đó và báo số dòng chưa điền.".to_string(),
        "8. Lưu tệp dạng Excel Workbook (.xlsx) và gửi lại. Không lưu dạng .xls.".to_string(),
        String::new(),
        "Đánh giá: plan eval KẾ_HOẠCH.plan TỆP_NÀY.xlsx — mỗi lỗi được chỉ rõ ô, ví dụ tệp.xlsx:'Số liệu'!F7.".to_string(),
    ];
    lines.extend(steps.into_iter().map(|s| (s, &wrap)));
    for (row, (text, format)) in lines.iter().enumerate() {
        sheet.write_string_with_format(row as u32, 0, text, format)?;
    }
    Ok(())
}
