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
    WorkbookTooLarge {
        /// The largest workbook read, in MiB.
        mib: u64,
    },
    /// The bytes are not a workbook that can be read.
    Workbook(NotAWorkbook),
    /// The workbook reader failed on its content.
    WorkbookDamaged,
    /// `--sheet` names no sheet of the workbook; `sheets` are its sheets.
    NoSuchSheet {
        /// The sheet `--sheet` names.
        wanted: String,
        /// The workbook's sheets, in order.
        sheets: Vec<String>,
    },
    /// A workbook without a worksheet.
    NoWorksheet,
    /// A workbook whose sheets (`sheets`) are all hidden.
    NoSheetShown {
        /// The workbook's sheets, all hidden.
        sheets: Vec<String>,
    },
    /// No shown sheet starts with a header: why each does not.
    NoHeader {
        /// Each shown sheet, and why it has no header.
        skipped: Vec<Skipped>,
    },
    /// The sheet read is damaged.
    Sheet(SheetFailure),
    /// A JSON file that is not an array of rows nor an object with `observations`: what
    /// was found at `line` and `column`.
    JsonShape {
        /// What was found where the shape breaks.
        shape: JsonShape,
        /// The line it is on, from 1.
        line: u64,
        /// The column it is at, from 1.
        column: u64,
    },
    /// A value of the rows array that is not an object.
    RowNotObject,
    /// A row object longer than `mib` MiB, skipped.
    RowTooLong {
        /// The longest row object read, in MiB.
        mib: usize,
    },
    /// A row object that is not valid JSON: the parser's words, and where, in the file.
    RowNotJson {
        /// What the JSON parser says is wrong.
        why: String,
        /// The line of the file where it is, from 1.
        line: u64,
        /// The column of the file where it is, from 1.
        column: u64,
    },
    /// A JSON `"decimal"` that is neither `"comma"` nor `"point"`, as written.
    BadDecimal {
        /// The value of `"decimal"`, as JSON writes it.
        written: String,
    },
    /// A JSON `"decimal"` after the rows it was meant for, which were read otherwise.
    LateDecimal {
        /// The style `"decimal"` declares.
        style: NumberStyle,
    },
}

/// Why a file cannot be opened or read.
#[derive(Clone, Debug, PartialEq)]
pub enum ReadFailure {
    /// The path is a folder.
    Folder,
    /// No file has the path.
    NotFound,
    /// The system's words.
    Io(String),
    /// `--encoding` named UTF-16 (`encoding`), and the file has none of its NUL bytes.
    NotUtf16 {
        /// The encoding named (`UTF-16LE`).
        encoding: &'static str,
    },
    /// The first line of a CSV file is longer than `mib` MiB.
    LineTooLong {
        /// The longest line read, in MiB.
        mib: usize,
    },
    /// A CSV record starting on `line` is longer than `mib` MiB.
    RecordTooLong {
        /// The line the record starts on, from 1.
        line: u64,
        /// The longest record read, in MiB.
        mib: usize,
    },
}

/// What bytes that are not a readable Excel workbook are.
#[derive(Clone, Debug, PartialEq)]
pub enum NotAWorkbook {
    /// The file has no bytes.
    Empty,
    /// A workbook encrypted with a password.
    Password,
    /// An Excel 97-2003 workbook.
    Xls,
    /// An HTML or XML page.
    Html,
    /// Text, such as a CSV file named `.xlsx`.
    Text,
    /// Something else that is not a zip archive.
    Other,
    /// A zip archive that cannot be read: the reader's words.
    NotZip {
        /// What the zip reader says is wrong.
        why: String,
    },
    /// A zip archive whose directory of files cannot be read.
    ZipDirectory {
        /// What the zip reader says is wrong.
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
        /// What the parts read unpack to, in MiB.
        mib: u64,
        /// The most read from a workbook, in MiB.
        limit_mib: u64,
    },
    /// A shared strings table that declares more strings than its `size` bytes hold.
    SharedStringsOverflow {
        /// How many strings the table says it holds.
        declared: u64,
        /// The table's size, in bytes.
        size: u64,
    },
    /// The table of the texts the cells share cannot be read.
    SharedStringsUnreadable {
        /// What the reader says is wrong.
        why: String,
    },
    /// calamine refused it: its words.
    Unreadable {
        /// What calamine says is wrong.
        why: String,
    },
}

/// Why a worksheet cannot be read.
#[derive(Clone, Debug, PartialEq)]
pub enum SheetFailure {
    /// The sheet cannot be opened: the reader's words.
    Open {
        /// The sheet's name.
        sheet: String,
        /// What the reader says is wrong.
        why: String,
    },
    /// Rows out of order: `row` after `after`.
    OutOfOrder {
        /// The row number met, from 1.
        row: u64,
        /// The number of the row before it, which is higher.
        after: u64,
    },
    /// The sheet's XML is broken: the reader's words.
    Broken {
        /// What the reader says is wrong.
        why: String,
    },
}

/// A sheet skipped, and why it has no header: a [`MissingColumn::EmptySheet`], an
/// [`Unreadable::Sheet`] or a [`DataProblem::NotAHeader`].
#[derive(Clone, Debug, PartialEq)]
pub struct Skipped {
    /// The sheet's name.
    pub sheet: String,
    /// Why it has no header.
    pub why: DataProblem,
}

/// Where a JSON file leaves the documented shape.
#[derive(Clone, Debug, PartialEq)]
pub enum JsonShape {
    /// The file holds nothing but white space.
    Empty,
    /// Neither `[` nor `{` first.
    NotArrayOrObject,
    /// The file ends inside the array of rows, before its `]`.
    UnclosedArray,
    /// A `,` before `]`.
    TrailingComma,
    /// `,` where a row should be.
    CommaForRow,
    /// Something other than `,` or `]` after a row.
    NoCommaAfterRow,
    /// The file ends inside the top-level object, before its `}`.
    UnclosedObject,
    /// A key of the top-level object not in double quotes.
    KeyNotQuoted,
    /// Something other than `,` or `}` after a value of the top-level object.
    NoCommaAfterValue,
    /// An object without `observations`.
    NoObservations,
    /// Text after the end of the array or object.
    TextAfterEnd,
    /// A key of the top-level object that is not a valid JSON string.
    BadKey,
    /// A key of the top-level object without `:` after it.
    NoColon,
    /// `observations` holds something other than an array.
    ObservationsNotArray,
    /// The file ends inside the value that starts at `line` and `column`.
    UnclosedValue {
        /// The line the value starts on, from 1.
        line: u64,
        /// The column it starts at, from 1.
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
        /// The required columns it lacks, in the documented order.
        missing: Vec<&'static str>,
        /// Whether the line read as the header holds numbers (a first row of data).
        numbers: bool,
    },
    /// A header of reports received without the columns `missing`.
    Submissions {
        /// The columns it lacks, in the documented order.
        missing: Vec<&'static str>,
    },
    /// A header of completion records without the columns `missing`.
    Completions {
        /// The columns it lacks, in the documented order.
        missing: Vec<&'static str>,
    },
}

/// A header that can be read two ways (`data::bad_header`).
#[derive(Clone, Debug, PartialEq)]
pub enum BadHeader {
    /// Column `name` at the columns `first` and `second` (from 1).
    NamedTwice {
        /// The name both columns have.
        name: String,
        /// The position of the first, from 1.
        first: usize,
        /// The position of the second, from 1.
        second: usize,
    },
    /// Columns of observations beside columns of reports received.
    Mixed {
        /// The columns only observations have (`indicator`, `value`).
        observations: Vec<String>,
        /// The columns only reports received have (`agency`, `received`).
        submissions: Vec<String>,
    },
    /// Columns of completion records beside columns of observations or of reports received.
    MixedCompletions {
        /// The columns only completion records have (`task`, `done_on`).
        completions: Vec<String>,
        /// The columns of the other kinds (`indicator`, `report`).
        others: Vec<String>,
    },
}

/// Something of a file nothing reads (`data::unknown_column`, a warning).
#[derive(Clone, Debug, PartialEq)]
pub enum UnknownColumn {
    /// A column of observations neither documented nor a dimension of the plan.
    Column {
        /// The column's name, as the header writes it.
        name: String,
    },
    /// A column of a submissions file that is not one.
    NotSubmissionColumn {
        /// The column's name, as the header writes it.
        name: String,
    },
    /// A column of a file of completion records that is not one.
    NotCompletionColumn {
        /// The column's name, as the header writes it.
        name: String,
    },
    /// Columns without a name (from 1).
    Unnamed {
        /// Their positions, from 1.
        columns: Vec<usize>,
    },
    /// `#decimal=` with another value than comma or point.
    BadDirective {
        /// What follows `#decimal=`.
        value: String,
    },
    /// The file declares its style, which wins over the one given for every file.
    StyleOverridden {
        /// The style the file declares.
        declared: NumberStyle,
    },
    /// A key of a JSON file's top-level object other than `decimal` and `observations`.
    TopLevelKey {
        /// The key as written.
        key: String,
    },
    /// A key of JSON rows neither a documented column nor a dimension of the plan.
    Key {
        /// The key as written.
        key: String,
    },
    /// More such keys than are listed (`listed`), such as `key`.
    MoreKeys {
        /// One more such key.
        key: String,
        /// How many such keys were reported one by one before it.
        listed: usize,
    },
    /// `count` cells of a sheet outside the header's columns, the first at `first` (a
    /// reference); the header is on row `header_row`.
    CellsOutside {
        /// How many cells with something in them lie outside.
        count: u64,
        /// The first of them, as a spreadsheet names it (`Sheet1!H14`).
        first: String,
        /// The row of the header, from 1.
        header_row: u64,
    },
}

/// Bytes that are not text in the file's encoding (`data::encoding`).
#[derive(Clone, Debug, PartialEq)]
pub enum NotText {
    /// A line read as UTF-8 that is not: at `column` (in characters, from 1), `bytes`;
    /// `likely` the code page it was most likely saved in.
    NotUtf8 {
        /// The column of the first byte that is not UTF-8, in characters, from 1.
        column: usize,
        /// The bytes that are not UTF-8, as the file holds them.
        bytes: Vec<u8>,
        /// The code page the line was most likely saved in.
        likely: CodePage,
    },
    /// Bytes (at `line`, byte `offset`) the named `encoding` cannot decode.
    NotInEncoding {
        /// The line they are on, from 1.
        line: u64,
        /// How many bytes of the file come before them.
        offset: u64,
        /// The bytes, as the file holds them.
        bytes: Vec<u8>,
        /// The encoding the file is read in.
        encoding: &'static str,
    },
    /// A UTF-8 letter in a file read with a single-byte `encoding`: the file is UTF-8.
    Utf8InCodePage {
        /// The line the letter is on, from 1.
        line: u64,
        /// How many bytes of the file come before it.
        offset: u64,
        /// The letter's bytes.
        bytes: Vec<u8>,
        /// The code page named with `--encoding`.
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
        /// The sheet read.
        sheet: String,
        /// The shown sheets before it, and why each has no header.
        skipped: Vec<Skipped>,
    },
    /// Rows are read from `sheet`; `others` also start with a header.
    Others {
        /// The sheet read.
        sheet: String,
        /// The later sheets that start with a header too.
        others: Vec<OtherSheet>,
    },
}

/// A sheet that starts with a header but is not read.
#[derive(Clone, Debug, PartialEq)]
pub struct OtherSheet {
    /// The sheet's name.
    pub name: String,
    /// Whether the workbook hides it.
    pub hidden: bool,
}
