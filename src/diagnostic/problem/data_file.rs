//! Problems with a data file as a whole: it cannot be opened or read, it is not of the
//! documented shape, its header or its sheets; and the columns, keys and cells nothing reads.

use super::DataProblem;
use crate::data::NumberStyle;

/// Why a file cannot be read, or is not of the documented shape (`data::unreadable`).
#[derive(Clone, Debug, PartialEq)]
pub enum Unreadable {
    /// The file cannot be opened or read.
    File(ReadFailure),
    /// A workbook larger than `mib` MiB, the most read.
    WorkbookTooLarge { mib: u64 },
    /// The bytes are not a workbook that can be read.
    Workbook(NotAWorkbook),
    /// The workbook reader failed on its content.
    WorkbookDamaged,
    /// `--sheet` names no sheet of the workbook; `sheets` are its sheets.
    NoSuchSheet { wanted: String, sheets: Vec<String> },
    /// A workbook without a worksheet.
    NoWorksheet,
    /// A workbook whose sheets (`sheets`) are all hidden.
    NoSheetShown { sheets: Vec<String> },
    /// No shown sheet starts with a header: why each does not.
    NoHeader { skipped: Vec<Skipped> },
    /// The sheet read is damaged.
    Sheet(SheetFailure),
    /// A JSON file that is not an array of rows nor an object with `observations`: what
    /// was found at `line` and `column`.
    JsonShape {
        shape: JsonShape,
        line: u64,
        column: u64,
    },
    /// A value of the rows array that is not an object.
    RowNotObject,
    /// A row object longer than `mib` MiB, skipped.
    RowTooLong { mib: usize },
    /// A row object that is not valid JSON: the parser's words, and where, in the file.
    RowNotJson { why: String, line: u64, column: u64 },
    /// A JSON `"decimal"` that is neither `"comma"` nor `"point"`, as written.
    BadDecimal { written: String },
    /// A JSON `"decimal"` after the rows it was meant for, which were read otherwise.
    LateDecimal { style: NumberStyle },
}

/// Why a file cannot be opened or read.
#[derive(Clone, Debug, PartialEq)]
pub enum ReadFailure {
    Folder,
    NotFound,
    /// The system's words.
    Io(String),
    /// `--encoding` named UTF-16 (`encoding`), and the file has none of its NUL bytes.
    NotUtf16 {
        encoding: &'static str,
    },
    /// The first line of a CSV file is longer than `mib` MiB.
    LineTooLong {
        mib: usize,
    },
    /// A CSV record starting on `line` is longer than `mib` MiB.
    RecordTooLong {
        line: u64,
        mib: usize,
    },
}

/// What bytes that are not a readable Excel workbook are.
#[derive(Clone, Debug, PartialEq)]
pub enum NotAWorkbook {
    Empty,
    Password,
    /// An Excel 97-2003 workbook.
    Xls,
    /// An HTML or XML page.
    Html,
    Text,
    /// Something else that is not a zip archive.
    Other,
    /// A zip archive that cannot be read: the reader's words.
    NotZip {
        why: String,
    },
    ZipDirectory {
        why: String,
    },
    /// An OpenDocument spreadsheet.
    Ods,
    /// An Excel binary workbook.
    Xlsb,
    /// A zip archive without a workbook in it.
    NoWorkbookPart,
    /// Parts that unpack to `mib` MiB, more than `limit_mib`.
    TooLargeUnpacked {
        mib: u64,
        limit_mib: u64,
    },
    /// A shared strings table that declares more strings than its `size` bytes hold.
    SharedStringsOverflow {
        declared: u64,
        size: u64,
    },
    SharedStringsUnreadable {
        why: String,
    },
    /// calamine refused it: its words.
    Unreadable {
        why: String,
    },
}

/// Why a worksheet cannot be read.
#[derive(Clone, Debug, PartialEq)]
pub enum SheetFailure {
    /// The sheet cannot be opened: the reader's words.
    Open { sheet: String, why: String },
    /// Rows out of order: `row` after `after`.
    OutOfOrder { row: u64, after: u64 },
    /// The sheet's XML is broken: the reader's words.
    Broken { why: String },
}

/// A sheet skipped, and why it has no header: a [`MissingColumn::EmptySheet`], an
/// [`Unreadable::Sheet`] or a [`DataProblem::NotAHeader`].
#[derive(Clone, Debug, PartialEq)]
pub struct Skipped {
    pub sheet: String,
    pub why: DataProblem,
}

/// Where a JSON file leaves the documented shape.
#[derive(Clone, Debug, PartialEq)]
pub enum JsonShape {
    Empty,
    /// Neither `[` nor `{` first.
    NotArrayOrObject,
    UnclosedArray,
    /// A `,` before `]`.
    TrailingComma,
    /// `,` where a row should be.
    CommaForRow,
    NoCommaAfterRow,
    UnclosedObject,
    KeyNotQuoted,
    NoCommaAfterValue,
    /// An object without `observations`.
    NoObservations,
    TextAfterEnd,
    BadKey,
    NoColon,
    ObservationsNotArray,
    /// The file ends inside the value that starts at `line` and `column`.
    UnclosedValue {
        line: u64,
        column: u64,
    },
}

/// Why a header lacks what every row needs (`data::missing_column`).
#[derive(Clone, Debug, PartialEq)]
pub enum MissingColumn {
    /// A CSV file with no header line.
    EmptyFile,
    /// A sheet with nothing in it.
    EmptySheet,
    /// A header of observations without the columns `missing`; `numbers` when it holds
    /// numbers (the file may have no header).
    Observations {
        missing: Vec<&'static str>,
        numbers: bool,
    },
    /// A header of reports received without the columns `missing`.
    Submissions { missing: Vec<&'static str> },
}

/// A header that can be read two ways (`data::bad_header`).
#[derive(Clone, Debug, PartialEq)]
pub enum BadHeader {
    /// Column `name` at the columns `first` and `second` (from 1).
    NamedTwice {
        name: String,
        first: usize,
        second: usize,
    },
    /// Columns of observations beside columns of reports received.
    Mixed {
        observations: Vec<String>,
        submissions: Vec<String>,
    },
}

/// Something of a file nothing reads (`data::unknown_column`, a warning).
#[derive(Clone, Debug, PartialEq)]
pub enum UnknownColumn {
    /// A column of observations neither documented nor a dimension of the plan.
    Column { name: String },
    /// A column of a submissions file that is not one.
    NotSubmissionColumn { name: String },
    /// Columns without a name (from 1).
    Unnamed { columns: Vec<usize> },
    /// `#decimal=` with another value than comma or point.
    BadDirective { value: String },
    /// The file declares its style, which wins over the one given for every file.
    StyleOverridden { declared: NumberStyle },
    /// A key of a JSON file's top-level object other than `decimal` and `observations`.
    TopLevelKey { key: String },
    /// A key of JSON rows neither a documented column nor a dimension of the plan.
    Key { key: String },
    /// More such keys than are listed (`listed`), such as `key`.
    MoreKeys { key: String, listed: usize },
    /// `count` cells of a sheet outside the header's columns, the first at `first` (a
    /// reference); the header is on row `header_row`.
    CellsOutside {
        count: u64,
        first: String,
        header_row: u64,
    },
}

/// Bytes that are not text in the file's encoding (`data::encoding`).
#[derive(Clone, Debug, PartialEq)]
pub enum NotText {
    /// A line read as UTF-8 that is not: at `column` (in characters, from 1), `bytes`;
    /// `likely` the code page it was most likely saved in.
    NotUtf8 {
        column: usize,
        bytes: Vec<u8>,
        likely: CodePage,
    },
    /// Bytes (at `line`, byte `offset`) the named `encoding` cannot decode.
    NotInEncoding {
        line: u64,
        offset: u64,
        bytes: Vec<u8>,
        encoding: &'static str,
    },
    /// A UTF-8 letter in a file read with a single-byte `encoding`: the file is UTF-8.
    Utf8InCodePage {
        line: u64,
        offset: u64,
        bytes: Vec<u8>,
        encoding: &'static str,
    },
}

/// A Windows code page a file that is not UTF-8 was most likely saved in.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum CodePage {
    /// Vietnamese.
    Windows1258,
    /// Western.
    Windows1252,
}

impl CodePage {
    /// The label `--encoding` takes.
    pub fn label(self) -> &'static str {
        match self {
            CodePage::Windows1258 => "windows-1258",
            CodePage::Windows1252 => "windows-1252",
        }
    }
}

/// A sheet of a workbook not read (`data::skipped_sheet`, a warning).
#[derive(Clone, Debug, PartialEq)]
pub enum SkippedSheet {
    /// Rows are read from `sheet`; the shown sheets before it have no header.
    Before {
        sheet: String,
        skipped: Vec<Skipped>,
    },
    /// Rows are read from `sheet`; `others` also start with a header.
    Others {
        sheet: String,
        others: Vec<OtherSheet>,
    },
}

/// A sheet that starts with a header but is not read.
#[derive(Clone, Debug, PartialEq)]
pub struct OtherSheet {
    pub name: String,
    pub hidden: bool,
}
