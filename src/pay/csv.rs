//! Payroll CSV: one row per worker, read into [`Worker`]s, fast, strict and private.
//!
//! The columns that hold each field are named by [`Columns`] (matched case-insensitively against
//! the header); [`CsvOptions::montgomery`] is the preset for the Montgomery County, Maryland,
//! "Employee Salaries - 2023" open dataset.
//!
//! **Strict.** Every row is checked and *every* problem is returned (up to
//! [`MAX_PROBLEMS`], then a count of the rest), each naming its line and column:
//!
//! - gender codes are accepted case-insensitively from a fixed list (see [`GENDER_CODES`]); an
//!   unknown code or an empty cell is an error;
//! - a mapped pay cell must hold a finite number, zero or more (surrounding spaces are ignored;
//!   thousands separators and currency signs are not accepted). An **empty pay cell is an error,
//!   also in the variable-pay columns**: missing is not zero, and a payroll that means "none paid"
//!   must say 0;
//! - an empty (or blank) category or grade cell, or one holding one of
//!   [`CsvOptions::missing_text`], means "not recorded" (`None`);
//! - rows with another number of fields than the header, quotes that do not follow RFC 4180 (a
//!   quote inside an unquoted field, text after a closing quote, a quoted field never closed),
//!   lines longer than [`CsvOptions::max_line_bytes`] and files longer than
//!   [`CsvOptions::max_rows`] are errors. After a quoting error or an over-long line the rest of
//!   the file cannot be split into rows reliably, so reading stops there (the problems found
//!   before are kept).
//!
//! **Private.** Pay values never appear in a message; a gender code is echoed only when it is at
//! most 3 ASCII letters.
//!
//! **Fast and compact.** [`read_payroll`] streams the input through a 64 KiB buffer into a
//! [`Payroll`], column by column (genders as bytes, amounts as `f64`, category and grade texts
//! interned once and stored as indices); [`read_workers`] gives one [`Worker`] per row instead.
//! Rows are read as [`csv::ByteRecord`]s; numbers are parsed from the bytes without allocating.
//! Memory is bounded before it is spent: the input goes through a guard that counts the bytes
//! of the current line (of the current record, when a quoted field spans lines) and fails past
//! the limit, so neither the csv reader nor its records ever grow past it.
//!
//! ```
//! use gender_impact::pay::{CsvOptions, read_workers};
//! let data = "gender,annual_pay,grade\nF,48000,A\nM,51000.5,\n";
//! let pay = read_workers(data.as_bytes(), &CsvOptions::default()).unwrap();
//! assert_eq!(pay.workers.len(), 2);
//! assert_eq!(pay.workers[1].grade, None);
//!
//! let err = read_workers("gender,annual_pay\nF,48k\n".as_bytes(), &CsvOptions::default())
//!     .unwrap_err();
//! assert_eq!(err.to_string(), "line 2, column 2 (annual_pay): expected a number, found text\n");
//! ```

use std::collections::HashMap;
use std::fmt;
use std::io::{self, Read};

use csv::ByteRecord;

use super::Payroll;
use super::payroll::{Col, Grades, NO_TEXT};
use crate::document::{Location, Problem};
use crate::i18n::Lang;
use crate::i18n::Message;
use crate::model::{Fte, Gender, Text, ValueError};
use crate::model::{Hours, Money, Worker};

/// At most this many problems are listed; the rest are counted ([`CsvErrors::more`]).
pub const MAX_PROBLEMS: usize = 1000;

/// Which CSV column holds which field. Every name is matched case-insensitively (and ignoring
/// surrounding spaces) against the header; a name given here that the header lacks is an error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Columns {
    /// The worker's gender (required). Default `gender`.
    pub gender: String,
    /// Gross annual ordinary basic pay. Default `annual_pay`.
    pub annual_pay: Option<String>,
    /// Complementary or variable components, summed (e.g. `["overtime_pay", "longevity_pay"]`).
    /// Each cell must hold an amount: an empty cell is an error, not 0. Default none.
    pub variable_pay: Vec<String>,
    /// Gross hourly rate of pay.
    pub hourly_pay: Option<String>,
    /// Weekly working hours (an empty cell takes [`CsvOptions::default_weekly_hours`] when given).
    pub weekly_hours: Option<String>,
    /// Bonus pay in the 12 months ending with the snapshot date.
    pub bonus_pay: Option<String>,
    /// Category of workers (same work or work of equal value); empty means not recorded.
    pub category: Option<String>,
    /// Pay grade; empty means not recorded.
    pub grade: Option<String>,
    /// Full-time equivalent, greater than 0 and at most 1.
    pub fte: Option<String>,
    /// Full-pay relevant employee (UK): `true`/`false`, `yes`/`no`, `y`/`n` or `1`/`0`.
    pub full_pay: Option<String>,
}

impl Default for Columns {
    fn default() -> Columns {
        Columns {
            gender: "gender".to_string(),
            annual_pay: Some("annual_pay".to_string()),
            variable_pay: Vec::new(),
            hourly_pay: None,
            weekly_hours: None,
            bonus_pay: None,
            category: None,
            grade: None,
            fte: None,
            full_pay: None,
        }
    }
}

/// How to read a payroll CSV.
#[derive(Debug, Clone, PartialEq)]
pub struct CsvOptions {
    /// Which column holds which field.
    pub columns: Columns,
    /// Field delimiter. Default `,`.
    pub delimiter: u8,
    /// Longest accepted line (or record, when a quoted field spans lines), in bytes. Default 1 MiB.
    pub max_line_bytes: usize,
    /// Most rows of data accepted. Default 10,000,000.
    pub max_rows: usize,
    /// Weekly hours assumed when the file has no weekly-hours column, or for empty cells in it.
    /// Every use is stated in [`PayCsv::assumptions`].
    pub default_weekly_hours: Option<Hours>,
    /// Cell values that mean "not recorded" in the category and grade columns (matched
    /// case-insensitively, ignoring surrounding spaces), besides the empty cell; e.g. `NULL`.
    /// Never applied to gender or pay cells. Default none.
    pub missing_text: Vec<String>,
}

impl Default for CsvOptions {
    fn default() -> CsvOptions {
        CsvOptions {
            columns: Columns::default(),
            delimiter: b',',
            max_line_bytes: 1024 * 1024,
            max_rows: 10_000_000,
            default_weekly_hours: None,
            missing_text: Vec::new(),
        }
    }
}

impl CsvOptions {
    /// The Montgomery County, Maryland, "Employee Salaries - 2023" open dataset: `Gender` (`M`
    /// or `F`), `Base_Salary` (annual pay), `Overtime_Pay` + `Longevity_Pay` (variable pay),
    /// `Grade` (grade and category; `NULL` means no grade).
    pub fn montgomery() -> CsvOptions {
        CsvOptions {
            columns: Columns {
                gender: "Gender".to_string(),
                annual_pay: Some("Base_Salary".to_string()),
                variable_pay: vec!["Overtime_Pay".to_string(), "Longevity_Pay".to_string()],
                category: Some("Grade".to_string()),
                grade: Some("Grade".to_string()),
                ..Columns::default()
            },
            missing_text: vec!["NULL".to_string()],
            ..CsvOptions::default()
        }
    }
}

/// The workers read from a payroll CSV.
#[derive(Debug, Clone, PartialEq)]
pub struct PayCsv {
    /// One worker per row, in file order.
    pub workers: Vec<Worker>,
    /// Rows of data read (the header not included).
    pub rows: u64,
    /// Assumptions made while reading (default weekly hours, cells taken as not recorded, how
    /// variable pay was summed), to be stated in any output.
    pub assumptions: Vec<String>,
}

/// A payroll read from a CSV.
#[derive(Debug, Clone)]
pub struct PayrollCsv {
    /// One row per worker, in file order.
    pub payroll: Payroll,
    /// Rows of data read (the header not included).
    pub rows: u64,
    /// Assumptions made while reading (default weekly hours, cells taken as not recorded, how
    /// variable pay was summed), to be stated in any output.
    pub assumptions: Vec<String>,
}

/// A payroll CSV that cannot be read into workers, with every problem found.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct CsvErrors {
    /// The problems, in file order, at most [`MAX_PROBLEMS`], each at a [`Location::Cell`].
    pub problems: Vec<Problem>,
    /// Further problems found but not listed.
    pub more: u64,
    /// True when the input itself could not be read (an I/O error, not a fault of its content).
    pub read_failed: bool,
}

impl CsvErrors {
    /// What `Display` writes, in `lang`: one problem per line, then the count of problems not
    /// listed.
    pub fn display_in(&self, lang: Lang) -> String {
        let mut out = String::new();
        for p in &self.problems {
            out.push_str(&p.display_in(lang));
            out.push('\n');
        }
        if self.more > 0 {
            out.push_str(
                &Message::new("csv-more-problems")
                    .count("n", self.more)
                    .text("digits", self.more.to_string())
                    .in_lang(lang),
            );
            out.push('\n');
        }
        out
    }
}

impl fmt::Display for CsvErrors {
    /// One problem per line, then `and N more problems` when some were not listed.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for p in &self.problems {
            writeln!(f, "{p}")?;
        }
        if self.more > 0 {
            writeln!(
                f,
                "and {} more problem{}",
                self.more,
                if self.more == 1 { "" } else { "s" }
            )?;
        }
        Ok(())
    }
}

/// The gender codes accepted (any case, surrounding spaces ignored).
pub const GENDER_CODES: &[(&str, Gender)] = &[
    ("woman", Gender::Woman),
    ("women", Gender::Woman),
    ("female", Gender::Woman),
    ("f", Gender::Woman),
    ("w", Gender::Woman),
    ("man", Gender::Man),
    ("men", Gender::Man),
    ("male", Gender::Man),
    ("m", Gender::Man),
    ("non_binary", Gender::NonBinary),
    ("non-binary", Gender::NonBinary),
    ("non binary", Gender::NonBinary),
    ("nonbinary", Gender::NonBinary),
    ("nb", Gender::NonBinary),
    ("x", Gender::NonBinary),
    ("undisclosed", Gender::Undisclosed),
    ("unknown", Gender::Undisclosed),
    ("u", Gender::Undisclosed),
    ("prefer not to say", Gender::Undisclosed),
];

/// Reads a gender code: see [`GENDER_CODES`]. The error never echoes a value longer than 3
/// characters, nor one that is not made of ASCII letters.
fn gender_of(cell: &[u8]) -> Result<Gender, Message> {
    // The common one-letter codes first.
    if let [c] = cell {
        match c.to_ascii_lowercase() {
            b'f' | b'w' => return Ok(Gender::Woman),
            b'm' => return Ok(Gender::Man),
            b'x' => return Ok(Gender::NonBinary),
            b'u' => return Ok(Gender::Undisclosed),
            _ => {}
        }
    }
    let code = cell.trim_ascii();
    for (name, g) in GENDER_CODES {
        if code.eq_ignore_ascii_case(name.as_bytes()) {
            return Ok(*g);
        }
    }
    Err(if code.is_empty() {
        Message::new("csv-gender-empty")
    } else if code.len() <= 3 && code.iter().all(u8::is_ascii_alphabetic) {
        // Safe to echo: at most 3 ASCII letters cannot be a pay value or a name.
        Message::new("csv-gender-unknown-code").text("code", String::from_utf8_lossy(code))
    } else {
        Message::new("csv-gender-unknown")
    })
}

/// Parses a number from a cell's bytes, without allocating. `empty` is the id of the message
/// for an empty cell. Messages never echo the cell.
fn number(cell: &[u8], empty: &'static str) -> Result<f64, Message> {
    if let Some(v) = plain_decimal(cell) {
        return Ok(v);
    }
    let Ok(text) = std::str::from_utf8(cell) else {
        return Err(Message::new("csv-number-text"));
    };
    let text = text.trim();
    if text.is_empty() {
        return Err(Message::new(empty));
    }
    Err(Message::new(match text.parse::<f64>() {
        Ok(v) if v.is_finite() => return Ok(v),
        Ok(v) if v.is_nan() => "csv-number-nan",
        Ok(_) if text.bytes().any(|b| b.is_ascii_digit()) => "csv-number-too-large",
        Ok(_) => "csv-number-infinite",
        Err(_) => "csv-number-text",
    }))
}

/// The fast path for the common cell: digits with at most one decimal point (`89432.694`), at
/// most 15 digits. The digits as an integer (below 2^53, so exact) divided by an exact power of
/// ten is the correctly rounded value: the same as `str::parse::<f64>` gives (Clinger's fast
/// path, which the standard library also takes). `None` for anything else.
#[inline]
fn plain_decimal(cell: &[u8]) -> Option<f64> {
    const POW10: [f64; 16] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    ];
    if cell.is_empty() || cell.len() > 16 {
        return None;
    }
    let mut m: u64 = 0;
    let mut point: Option<usize> = None;
    for (i, &c) in cell.iter().enumerate() {
        match c {
            b'0'..=b'9' => m = m * 10 + u64::from(c - b'0'),
            b'.' if point.is_none() => point = Some(i),
            _ => return None,
        }
    }
    let decimals = match point {
        Some(_) if cell.len() == 1 => return None, // a lone point
        Some(i) => cell.len() - 1 - i,
        None => 0,
    };
    // At most 16 bytes with a point, or 15 digits without one: m < 10^16; require < 2^53.
    if m >= 1 << 53 {
        return None;
    }
    Some(m as f64 / POW10[decimals])
}

/// Parses an amount of money: a finite number, zero or more.
fn amount(cell: &[u8]) -> Result<Money, Message> {
    let v = number(cell, "csv-amount-empty")?;
    if v < 0.0 {
        return Err(Message::new("csv-amount-negative"));
    }
    if v > Money::MAX {
        return Err(Message::new("csv-amount-too-large"));
    }
    Money::new(v).map_err(|_| Message::new("csv-amount-invalid"))
}

fn flag(cell: &[u8]) -> Result<bool, Message> {
    let v = cell.trim_ascii();
    for (name, b) in [
        ("true", true),
        ("yes", true),
        ("y", true),
        ("1", true),
        ("false", false),
        ("no", false),
        ("n", false),
        ("0", false),
    ] {
        if v.eq_ignore_ascii_case(name.as_bytes()) {
            return Ok(b);
        }
    }
    Err(Message::new(if v.is_empty() {
        "csv-flag-empty"
    } else {
        "csv-flag-other"
    }))
}

/// Positions (0-based) of the mapped columns in the header.
struct Layout {
    width: usize,
    names: Vec<String>,
    gender: usize,
    annual: Option<usize>,
    variable: Vec<usize>,
    hourly: Option<usize>,
    weekly: Option<usize>,
    bonus: Option<usize>,
    category: Option<usize>,
    grade: Option<usize>,
    fte: Option<usize>,
    full_pay: Option<usize>,
}

impl Layout {
    /// Finds every named column in the header; one problem lists all the missing ones.
    fn resolve(header: &ByteRecord, columns: &Columns, line: u64) -> Result<Layout, Vec<Problem>> {
        let names: Vec<String> = header
            .iter()
            .map(|f| String::from_utf8_lossy(f).trim().to_string())
            .collect();
        let lower: Vec<String> = names.iter().map(|n| n.to_lowercase()).collect();
        let mut missing: Vec<String> = Vec::new();
        let mut problems: Vec<Problem> = Vec::new();
        let mut find = |name: &str| -> Option<usize> {
            let want = name.trim().to_lowercase();
            let mut hits = lower.iter().enumerate().filter(|(_, n)| **n == want);
            let first = hits.next().map(|(i, _)| i);
            match first {
                None => {
                    if !missing.iter().any(|m| m.to_lowercase() == want) {
                        missing.push(name.trim().to_string());
                    }
                }
                Some(i) => {
                    let others = hits.count();
                    if others > 0 && !problems.iter().any(|p| in_column(p, i)) {
                        problems.push(Problem::at(
                            Location::cell(line, i + 1, names[i].clone()),
                            Message::new("csv-column-repeated")
                                .text("times", (others + 1).to_string()),
                        ));
                    }
                }
            }
            first
        };
        let gender = find(&columns.gender);
        let annual = columns.annual_pay.as_deref().map(&mut find);
        let variable: Vec<Option<usize>> = columns.variable_pay.iter().map(|n| find(n)).collect();
        let hourly = columns.hourly_pay.as_deref().map(&mut find);
        let weekly = columns.weekly_hours.as_deref().map(&mut find);
        let bonus = columns.bonus_pay.as_deref().map(&mut find);
        let category = columns.category.as_deref().map(&mut find);
        let grade = columns.grade.as_deref().map(&mut find);
        let fte = columns.fte.as_deref().map(&mut find);
        let full_pay = columns.full_pay.as_deref().map(&mut find);
        // A variable-pay column named twice would be counted twice.
        for (k, &c) in variable.iter().enumerate() {
            let Some(c) = c else { continue };
            if variable[..k].contains(&Some(c)) && !problems.iter().any(|p| in_column(p, c)) {
                problems.push(Problem::at(
                    Location::cell(line, c + 1, names[c].clone()),
                    Message::new("csv-variable-pay-twice"),
                ));
            }
        }
        if !missing.is_empty() {
            let list = missing
                .iter()
                .map(|m| format!("`{m}`"))
                .collect::<Vec<_>>()
                .join(", ");
            problems.insert(
                0,
                at_line(
                    line,
                    Message::new(if missing.len() == 1 {
                        "csv-missing-column"
                    } else {
                        "csv-missing-columns"
                    })
                    .text("columns", list),
                ),
            );
        }
        match gender {
            Some(gender) if problems.is_empty() => Ok(Layout {
                width: names.len(),
                names,
                gender,
                annual: annual.flatten(),
                variable: variable.into_iter().flatten().collect(),
                hourly: hourly.flatten(),
                weekly: weekly.flatten(),
                bonus: bonus.flatten(),
                category: category.flatten(),
                grade: grade.flatten(),
                fte: fte.flatten(),
                full_pay: full_pay.flatten(),
            }),
            _ => Err(problems),
        }
    }
}

/// A problem of a whole line (not of one cell).
fn at_line(line: u64, text: Message) -> Problem {
    Problem::at(Location::line(line), text)
}

/// Whether `p` is in the column at `index` (from 0).
fn in_column(p: &Problem, index: usize) -> bool {
    matches!(p.location, Location::Cell { column: Some(n), .. } if n == index + 1)
}

/// The problems found so far: the first [`MAX_PROBLEMS`] kept, the rest counted.
#[derive(Default)]
struct Problems {
    list: Vec<Problem>,
    more: u64,
}

impl Problems {
    fn push(&mut self, p: Problem) {
        if self.list.len() < MAX_PROBLEMS {
            self.list.push(p);
        } else {
            self.more += 1;
        }
    }
    fn is_empty(&self) -> bool {
        self.list.is_empty()
    }
    fn into_errors(self, read_failed: bool) -> CsvErrors {
        CsvErrors {
            problems: self.list,
            more: self.more,
            read_failed,
        }
    }
}

/// Where the guard is in the CSV grammar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Quote {
    /// Outside a quoted field.
    Out,
    /// Inside a quoted field.
    In,
    /// Just after a quote inside a quoted field: a doubled quote, or the end of the field.
    After,
    /// A carriage return after a closing quote: a line feed must follow.
    Cr,
}

const BOM: [u8; 3] = [0xEF, 0xBB, 0xBF];

/// A `Read` between the input and the csv reader: drops a UTF-8 byte-order mark, checks RFC 4180
/// quoting (the csv crate is lenient about it) and fails once a line (or a record spanning lines)
/// passes the length limit, before any buffer grows. It hands over only the bytes before a fault
/// and fails on the next read, so every complete row before the fault is still checked.
struct Guard<R> {
    inner: R,
    delimiter: u8,
    max_line_bytes: usize,
    quote: Quote,
    /// The last byte handed over (a line break before the first).
    prev: u8,
    /// Bytes handed over.
    passed: u64,
    /// Bytes of the current record so far.
    record_bytes: usize,
    /// Line (from 1) of the next byte.
    line: u64,
    /// Line where the current record starts.
    record_line: u64,
    /// Line where the open quoted field starts.
    quote_line: u64,
    /// Bytes read ahead while looking for a byte-order mark, to hand over first.
    head: Vec<u8>,
    started: bool,
    failure: Option<Problem>,
}

impl<R: Read> Guard<R> {
    fn new(inner: R, options: &CsvOptions) -> Guard<R> {
        Guard {
            inner,
            delimiter: options.delimiter,
            max_line_bytes: options.max_line_bytes.max(1),
            quote: Quote::Out,
            prev: b'\n',
            passed: 0,
            record_bytes: 0,
            line: 1,
            record_line: 1,
            quote_line: 1,
            head: Vec::new(),
            started: false,
            failure: None,
        }
    }

    fn fail(&mut self, line: u64, id: &'static str) {
        self.fail_with(line, Message::new(id));
    }

    fn fail_with(&mut self, line: u64, message: Message) {
        if self.failure.is_none() {
            self.failure = Some(at_line(line, message));
        }
    }

    fn too_long(&mut self) {
        let (line, max) = (self.record_line, self.max_line_bytes);
        self.fail_with(
            line,
            Message::new("csv-line-too-long")
                .count("max", max as u64)
                .text("digits", max.to_string()),
        );
    }

    /// Reads up to 3 bytes and drops them if they are a UTF-8 byte-order mark.
    fn start(&mut self) -> io::Result<()> {
        self.started = true;
        let mut head = [0u8; 3];
        let mut got = 0;
        while got < 3 {
            match self.inner.read(&mut head[got..]) {
                Ok(0) => break,
                Ok(k) => got += k,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            }
            if head[..got] != BOM[..got] {
                break;
            }
        }
        if head[..got] != BOM {
            self.head.extend_from_slice(&head[..got]);
        }
        Ok(())
    }

    /// Checks `data`; returns how many of its bytes are fine (all, unless a fault was found).
    fn scan(&mut self, data: &[u8]) -> usize {
        let n = data.len();
        let mut i = 0;
        while i < n {
            match self.quote {
                Quote::Out => {
                    let rest = &data[i..];
                    let Some(k) = find_special(rest) else {
                        self.record_bytes += rest.len();
                        if self.record_bytes > self.max_line_bytes {
                            self.too_long();
                            return i;
                        }
                        break;
                    };
                    let j = i + k;
                    self.record_bytes += k + 1;
                    if self.record_bytes > self.max_line_bytes {
                        self.too_long();
                        return i;
                    }
                    match data[j] {
                        b'\n' => {
                            self.line += 1;
                            self.record_bytes = 0;
                            self.record_line = self.line;
                        }
                        _ => {
                            let prev = if j > 0 { data[j - 1] } else { self.prev };
                            if prev == self.delimiter || prev == b'\n' {
                                self.quote = Quote::In;
                                self.quote_line = self.line;
                            } else {
                                let line = self.line;
                                self.fail(line, "csv-quote-inside-field");
                                return j;
                            }
                        }
                    }
                    i = j + 1;
                }
                Quote::In => {
                    let rest = &data[i..];
                    let (k, found) = match rest.iter().position(|&b| b == b'"') {
                        Some(k) => (k, true),
                        None => (rest.len(), false),
                    };
                    self.line += rest[..k].iter().filter(|&&b| b == b'\n').count() as u64;
                    self.record_bytes += k + usize::from(found);
                    if self.record_bytes > self.max_line_bytes {
                        self.too_long();
                        return i;
                    }
                    if found {
                        self.quote = Quote::After;
                    }
                    i += k + usize::from(found);
                }
                Quote::After => {
                    let b = data[i];
                    self.record_bytes += 1;
                    if b == b'"' {
                        self.quote = Quote::In;
                    } else if b == self.delimiter {
                        self.quote = Quote::Out;
                    } else if b == b'\n' {
                        self.quote = Quote::Out;
                        self.line += 1;
                        self.record_bytes = 0;
                        self.record_line = self.line;
                    } else if b == b'\r' {
                        self.quote = Quote::Cr;
                    } else {
                        let line = self.line;
                        self.fail(line, "csv-quote-text-after");
                        return i;
                    }
                    i += 1;
                }
                Quote::Cr => {
                    if data[i] != b'\n' {
                        let line = self.line;
                        self.fail(line, "csv-quote-text-after");
                        return i;
                    }
                    self.quote = Quote::Out;
                    self.line += 1;
                    self.record_bytes = 0;
                    self.record_line = self.line;
                    i += 1;
                }
            }
        }
        self.prev = data[n - 1];
        self.passed += n as u64;
        n
    }
}

/// Position of the first quote or line feed: most bytes of a payroll are neither. Blocks of 32
/// bytes are tested without an early exit inside (the compiler makes a few vector compares of
/// each); within the block that has one, 8 bytes at a time (SWAR).
fn find_special(data: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    /// The high bit of each byte of `x` equal to `b`, and no other bit.
    #[inline]
    fn bytes_equal(x: u64, b: u8) -> u64 {
        let y = x ^ (ONES * u64::from(b));
        !(((y & LOW7).wrapping_add(LOW7)) | y | LOW7)
    }
    let mut base = 0;
    for block in data.chunks_exact(32) {
        let hit = block.iter().fold(0u8, |acc, &b| {
            acc | u8::from(b == b'"') | u8::from(b == b'\n')
        });
        if hit != 0 {
            break;
        }
        base += 32;
    }
    // The hit is within 32 bytes of `base`, or fewer than 32 bytes are left.
    for word in data[base..].chunks_exact(8) {
        let x = u64::from_le_bytes([
            word[0], word[1], word[2], word[3], word[4], word[5], word[6], word[7],
        ]);
        let m = bytes_equal(x, b'"') | bytes_equal(x, b'\n');
        if m != 0 {
            return Some(base + (m.trailing_zeros() / 8) as usize);
        }
        base += 8;
    }
    data[base..]
        .iter()
        .position(|&b| b == b'"' || b == b'\n')
        .map(|k| base + k)
}

impl<R: Read> Read for Guard<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.failure.is_some() {
            return Err(io::Error::other("the payroll CSV is malformed"));
        }
        if buf.is_empty() {
            return Ok(0);
        }
        if !self.started {
            self.start()?;
        }
        let n = if self.head.is_empty() {
            self.inner.read(buf)?
        } else {
            let k = self.head.len().min(buf.len());
            buf[..k].copy_from_slice(&self.head[..k]);
            self.head.drain(..k);
            k
        };
        if n == 0 {
            if self.quote == Quote::In {
                let line = self.quote_line;
                self.fail(line, "csv-quote-not-closed");
                return Err(io::Error::other("the payroll CSV is malformed"));
            }
            return Ok(0);
        }
        let ok = self.scan(&buf[..n]);
        if ok == 0 && self.failure.is_some() {
            return Err(io::Error::other("the payroll CSV is malformed"));
        }
        Ok(ok)
    }
}

/// A fast hash for the short keys of the interned texts, eight bytes at a time (the rotate and
/// multiply of rustc's FxHash). The keys come from the file, but the map is capped in size, so a
/// crafted file could slow it only that much.
#[derive(Default, Clone, Copy)]
struct Fx;

struct FxHasher(u64);

impl std::hash::BuildHasher for Fx {
    type Hasher = FxHasher;
    fn build_hasher(&self) -> FxHasher {
        FxHasher(0)
    }
}

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl std::hash::Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes([
                c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7],
            ]));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut last = [0u8; 8];
            last[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(last));
        }
    }
    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// What a category or grade cell holds, once checked.
#[derive(Debug, Clone, Copy)]
enum Cell {
    /// A text: its index in the payroll's table of texts.
    Text(u32),
    /// An empty or blank cell: not recorded.
    Blank,
    /// One of the missing markers: not recorded, and counted.
    Marked,
}

/// Turns category and grade cells into indices of interned texts, checking each distinct cell
/// once.
struct Texts<'o> {
    missing: &'o [String],
    /// Cells of at most 16 bytes, keyed by their bytes (zero-padded) and length: no allocation
    /// and no byte comparison per lookup.
    short: HashMap<[u64; 3], Cell, Fx>,
    /// Longer cells.
    interned: HashMap<Vec<u8>, Cell, Fx>,
    /// The texts, in order of first appearance.
    names: Vec<Text>,
    /// Cells taken as not recorded because they held one of the missing markers, by column.
    marked: std::collections::BTreeMap<usize, u64>,
}

impl Texts<'_> {
    /// The cell's text index, or [`NO_TEXT`] for a cell taken as not recorded.
    #[inline]
    fn get(&mut self, cell: &[u8], column: usize) -> Result<u32, Message> {
        let found = if cell.len() <= 16 {
            // The cell from its first and last 8 bytes (overlapping when shorter than 16) and its
            // length, or, below 8 bytes, its bytes in one word: loaded in registers.
            let n = cell.len();
            let word = |b: &[u8]| <[u8; 8]>::try_from(b).map_or(0, u64::from_le_bytes);
            let key = if n >= 8 {
                [word(&cell[..8]), word(&cell[n - 8..]), n as u64]
            } else {
                let w = cell
                    .iter()
                    .enumerate()
                    .fold(0u64, |w, (i, &b)| w | u64::from(b) << (8 * i));
                [w, 0, n as u64]
            };
            match self.short.get(&key) {
                Some(&c) => c,
                None => {
                    let c = self.check(cell)?;
                    if self.short.len() < 100_000 {
                        self.short.insert(key, c);
                    }
                    c
                }
            }
        } else {
            match self.interned.get(cell) {
                Some(&c) => c,
                None => {
                    let c = self.check(cell)?;
                    if self.interned.len() < 100_000 {
                        self.interned.insert(cell.to_vec(), c);
                    }
                    c
                }
            }
        };
        Ok(match found {
            Cell::Text(i) => i,
            Cell::Blank => NO_TEXT,
            Cell::Marked => {
                *self.marked.entry(column).or_default() += 1;
                NO_TEXT
            }
        })
    }

    #[cold]
    fn check(&mut self, cell: &[u8]) -> Result<Cell, Message> {
        let trimmed = cell.trim_ascii();
        if trimmed.is_empty() {
            return Ok(Cell::Blank);
        }
        if self
            .missing
            .iter()
            .any(|m| trimmed.eq_ignore_ascii_case(m.trim().as_bytes()))
        {
            return Ok(Cell::Marked);
        }
        let s = std::str::from_utf8(cell).map_err(|_| Message::new("csv-text-not-utf8"))?;
        let t = Text::new(s.trim()).map_err(text_error)?;
        // Fewer texts than rows; `NO_TEXT` (u32::MAX) is never an index.
        let i = u32::try_from(self.names.len())
            .ok()
            .filter(|&i| i != NO_TEXT)
            .ok_or_else(|| Message::new("csv-too-many-texts"))?;
        self.names.push(t);
        Ok(Cell::Text(i))
    }
}

/// The catalogue message for an error of [`Text::new`].
fn text_error(e: ValueError) -> Message {
    match e {
        ValueError::TextTooLong { max } => Message::new("csv-text-too-long")
            .text("max", max.to_string())
            .count("n", max as u64),
        _ => Message::new("csv-text-blank"),
    }
}

/// Reads every row of a payroll CSV into [`Worker`]s: [`read_payroll`], then one [`Worker`] per
/// row (convenient for small files; a [`Payroll`] takes a third of the memory).
pub fn read_workers<R: Read>(reader: R, options: &CsvOptions) -> Result<PayCsv, CsvErrors> {
    let read = read_payroll(reader, options)?;
    Ok(PayCsv {
        workers: read.payroll.to_workers(),
        rows: read.rows,
        assumptions: read.assumptions,
    })
}

/// Reads every row of a payroll CSV into a [`Payroll`], streaming: the input goes through a
/// 64 KiB buffer and is never held whole.
///
/// Returns the payroll, or every problem found (the rules are in the module documentation of `src/pay/csv.rs`),
/// each naming its line and, for a cell, its column; no message holds a pay value.
pub fn read_payroll<R: Read>(reader: R, options: &CsvOptions) -> Result<PayrollCsv, CsvErrors> {
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(options.delimiter)
        // Records end at a line feed only: a carriage return before it stays in the last field
        // (and is trimmed with the other spaces). So every record's line feed is consumed with
        // it, which lets `record_line` count lines exactly (with the default CRLF terminator,
        // the line feed of a CRLF is consumed with the next record, and the line numbers that
        // the csv crate records drift).
        .terminator(csv::Terminator::Any(b'\n'))
        .buffer_capacity(64 * 1024)
        .from_reader(Guard::new(reader, options));
    let mut problems = Problems::default();
    let mut rec = ByteRecord::new();

    // The header.
    let fatal = |rdr: &csv::Reader<Guard<R>>, e: csv::Error, problems: &mut Problems| -> bool {
        match rdr.get_ref().failure.clone() {
            Some(p) => {
                problems.push(p);
                false
            }
            None => {
                let line = rdr.position().line();
                problems.push(at_line(line, io_reason(&e)));
                true
            }
        }
    };
    match rdr.read_byte_record(&mut rec) {
        Ok(true) => {}
        Ok(false) => {
            problems.push(at_line(1, Message::new("csv-empty-file")));
            return Err(problems.into_errors(false));
        }
        Err(e) => {
            let read_failed = fatal(&rdr, e, &mut problems);
            return Err(problems.into_errors(read_failed));
        }
    }
    let header_line = record_line(&rec, &rdr);
    let layout = match Layout::resolve(&rec, &options.columns, header_line) {
        Ok(l) => l,
        Err(ps) => {
            for p in ps {
                problems.push(p);
            }
            return Err(problems.into_errors(false));
        }
    };

    let mut texts = Texts {
        missing: &options.missing_text,
        short: HashMap::default(),
        interned: HashMap::default(),
        names: Vec::new(),
        marked: Default::default(),
    };
    // The columns of the payroll, each kept only when the file has it.
    let mut gender_col: Vec<Gender> = Vec::new();
    let mut category_col: Vec<u32> = Vec::new();
    let mut grade_col: Vec<u32> = Vec::new();
    let mut annual_col: Vec<f64> = Vec::new();
    let mut variable_col: Vec<f64> = Vec::new();
    let mut hourly_col: Vec<f64> = Vec::new();
    let mut weekly_col: Vec<f64> = Vec::new();
    let mut bonus_col: Vec<f64> = Vec::new();
    let mut fte_col: Vec<f64> = Vec::new();
    let mut full_pay_col: Vec<bool> = Vec::new();
    let own_grade = layout.grade.is_some() && layout.grade != layout.category;
    let mut rows: u64 = 0;
    let mut defaulted_hours: u64 = 0;
    let mut read_failed = false;
    loop {
        match rdr.read_byte_record(&mut rec) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                read_failed = fatal(&rdr, e, &mut problems);
                break;
            }
        }
        if rec.len() == 1 && rec[0].trim_ascii().is_empty() {
            continue; // a blank line (with a carriage return, which the csv crate keeps)
        }
        rows += 1;
        let line = || record_line(&rec, &rdr);
        if rows > options.max_rows as u64 {
            problems.push(at_line(
                line(),
                Message::new("csv-too-many-rows")
                    .count("max", options.max_rows as u64)
                    .text("digits", options.max_rows.to_string()),
            ));
            break;
        }
        if rec.len() != layout.width {
            problems.push(at_line(
                line(),
                Message::new("csv-field-count")
                    .count("width", layout.width as u64)
                    .text("width-digits", layout.width.to_string())
                    .count("found", rec.len() as u64)
                    .text("found-digits", rec.len().to_string()),
            ));
            continue;
        }
        let mut row = Row {
            rec: &rec,
            line: &line,
            layout: &layout,
            problems: &mut problems,
            ok: true,
        };
        let gender = match gender_of(&rec[layout.gender]) {
            Ok(g) => Some(g),
            Err(m) => {
                row.problem(layout.gender, m);
                None
            }
        };
        let annual_pay = row.money(layout.annual);
        let variable_pay = if layout.variable.is_empty() {
            None
        } else {
            let mut sum = 0.0;
            for &c in &layout.variable {
                if let Some(m) = row.money(Some(c)) {
                    sum += m.get();
                }
            }
            // A sum of finite amounts can still overflow to infinity.
            match Money::new(sum) {
                Ok(m) => Some(m),
                Err(_) => {
                    row.problem(
                        layout.variable[0],
                        Message::new("csv-variable-pay-sum-too-large"),
                    );
                    None
                }
            }
        };
        let hourly_pay = row.money(layout.hourly);
        let bonus_pay = row.money(layout.bonus);
        let weekly_hours = match layout.weekly {
            None => options.default_weekly_hours,
            Some(c) => match number(&rec[c], "csv-hours-empty") {
                Err(m) if m.id() == "csv-hours-empty" => match options.default_weekly_hours {
                    Some(h) => {
                        defaulted_hours += 1;
                        Some(h)
                    }
                    None => {
                        row.problem(c, m);
                        None
                    }
                },
                Err(m) => {
                    row.problem(c, m);
                    None
                }
                Ok(v) => match Hours::new(v) {
                    Ok(h) => Some(h),
                    Err(_) => {
                        row.problem(c, Message::new("csv-hours-range"));
                        None
                    }
                },
            },
        };
        let fte = layout.fte.and_then(|c| {
            match number(&rec[c], "csv-fte-empty")
                .and_then(|v| Fte::try_from(v).map_err(|_| Message::new("csv-fte-range")))
            {
                Ok(f) => Some(f),
                Err(m) => {
                    row.problem(c, m);
                    None
                }
            }
        });
        let full_pay = match layout.full_pay {
            None => true,
            Some(c) => flag(&rec[c]).unwrap_or_else(|m| {
                row.problem(c, m);
                true
            }),
        };
        let mut text = |c: Option<usize>, row: &mut Row| {
            let c = c?;
            Some(texts.get(&rec[c], c).unwrap_or_else(|m| {
                row.problem(c, m);
                NO_TEXT
            }))
        };
        let category = text(layout.category, &mut row);
        // The same column may hold both (the Montgomery preset): read it once.
        let grade = if own_grade {
            text(layout.grade, &mut row)
        } else {
            None
        };
        if let (true, Some(gender)) = (row.ok && problems.is_empty(), gender) {
            // Every mapped cell of a row without problems holds a value (NaN: none, unreachable).
            let v = |m: Option<Money>| m.map_or(f64::NAN, Money::get);
            gender_col.push(gender);
            if let Some(c) = category {
                category_col.push(c);
            }
            if let Some(g) = grade {
                grade_col.push(g);
            }
            if layout.annual.is_some() {
                annual_col.push(v(annual_pay));
            }
            if !layout.variable.is_empty() {
                variable_col.push(v(variable_pay));
            }
            if layout.hourly.is_some() {
                hourly_col.push(v(hourly_pay));
            }
            if layout.weekly.is_some() {
                weekly_col.push(weekly_hours.map_or(f64::NAN, Hours::get));
            }
            if layout.bonus.is_some() {
                bonus_col.push(v(bonus_pay));
            }
            if layout.fte.is_some() {
                fte_col.push(fte.map_or(f64::NAN, Fte::get));
            }
            if layout.full_pay.is_some() {
                full_pay_col.push(full_pay);
            }
        }
    }
    if rows == 0 && problems.is_empty() {
        problems.push(at_line(
            rdr.position().line().max(header_line + 1),
            Message::new("csv-no-rows"),
        ));
    }
    if !problems.is_empty() {
        return Err(problems.into_errors(read_failed));
    }

    let mut assumptions = Vec::new();
    if layout.variable.len() > 1 {
        assumptions.push(format!(
            "variable pay is the sum of the columns {}",
            layout
                .variable
                .iter()
                .map(|&c| format!("`{}`", layout.names[c]))
                .collect::<Vec<_>>()
                .join(" + ")
        ));
    }
    if let Some(h) = options.default_weekly_hours {
        match layout.weekly {
            None => assumptions.push(format!(
                "weekly hours are not in the file: {} hours a week assumed for every worker",
                h.get()
            )),
            Some(c) if defaulted_hours > 0 => assumptions.push(format!(
                "weekly hours missing (column `{}` empty) for {defaulted_hours} worker{}: {} \
                 hours a week assumed",
                layout.names[c],
                if defaulted_hours == 1 { "" } else { "s" },
                h.get()
            )),
            Some(_) => {}
        }
    }
    for (&c, &n) in &texts.marked {
        assumptions.push(format!(
            "{n} cell{} of column `{}` holding {} taken as not recorded",
            if n == 1 { "" } else { "s" },
            layout.names[c],
            options
                .missing_text
                .iter()
                .map(|m| format!("`{m}`"))
                .collect::<Vec<_>>()
                .join(" or ")
        ));
    }
    let col = |present: bool, values: Vec<f64>| {
        if present {
            Col::Each(values)
        } else {
            Col::Absent
        }
    };
    let payroll = Payroll {
        gender: gender_col,
        names: texts.names,
        category: category_col,
        grade: match layout.grade {
            None => Grades::Absent,
            Some(_) if !own_grade => Grades::Category,
            Some(_) => Grades::Each(grade_col),
        },
        annual: col(layout.annual.is_some(), annual_col),
        variable: col(!layout.variable.is_empty(), variable_col),
        hourly: col(layout.hourly.is_some(), hourly_col),
        weekly_hours: match (layout.weekly, options.default_weekly_hours) {
            (Some(_), _) => Col::Each(weekly_col),
            (None, Some(h)) => Col::All(h.get()),
            (None, None) => Col::Absent,
        },
        bonus: col(layout.bonus.is_some(), bonus_col),
        fte: col(layout.fte.is_some(), fte_col),
        full_pay: full_pay_col,
    };
    Ok(PayrollCsv {
        payroll,
        rows,
        assumptions,
    })
}

/// The line where the record just read starts: the line after it, less the line feeds in it
/// (quoted ones, and the one that ends it unless it ends the file). Computed only for problems.
fn record_line<R: Read>(rec: &ByteRecord, rdr: &csv::Reader<Guard<R>>) -> u64 {
    let after = rdr.position();
    let guard = rdr.get_ref();
    let ends_file = after.byte() == guard.passed && guard.prev != b'\n';
    let inside = rec.as_slice().iter().filter(|&&b| b == b'\n').count() as u64;
    after
        .line()
        .saturating_sub(inside + u64::from(!ends_file))
        .max(1)
}

/// `cannot read the input: ` and the I/O error under a csv error, without the csv crate's own
/// wording. The error's text (from the operating system, in English) is kept for English; the
/// common kinds are named in the other languages.
fn io_reason(e: &csv::Error) -> Message {
    let (kind, reason) = match e.kind() {
        csv::ErrorKind::Io(io) => (
            match io.kind() {
                io::ErrorKind::NotFound => "not-found",
                io::ErrorKind::PermissionDenied => "permission-denied",
                io::ErrorKind::IsADirectory => "is-a-directory",
                io::ErrorKind::InvalidData => "invalid-data",
                io::ErrorKind::UnexpectedEof => "unexpected-eof",
                io::ErrorKind::Interrupted => "interrupted",
                io::ErrorKind::TimedOut => "timed-out",
                _ => "other",
            },
            io.to_string(),
        ),
        _ => ("other", e.to_string()),
    };
    Message::new("csv-cannot-read")
        .text("kind", kind)
        .text("reason", reason)
}

/// One row being checked: records problems against its cells.
struct Row<'a> {
    rec: &'a ByteRecord,
    line: &'a dyn Fn() -> u64,
    layout: &'a Layout,
    problems: &'a mut Problems,
    ok: bool,
}

impl Row<'_> {
    fn problem(&mut self, column: usize, message: Message) {
        self.ok = false;
        self.problems.push(Problem::at(
            Location::cell((self.line)(), column + 1, self.layout.names[column].clone()),
            message,
        ));
    }

    #[inline]
    fn money(&mut self, column: Option<usize>) -> Option<Money> {
        let c = column?;
        let cell = &self.rec[c];
        // The common cell, e.g. `89432.694`: finite and not negative, so always an amount.
        if let Some(v) = plain_decimal(cell).filter(|&v| v <= Money::MAX) {
            // Built directly (this module is inside `pay`): what `Money::new` checks holds
            // (finite, not negative, at most `Money::MAX`: up to 15 digits can exceed it).
            debug_assert!(v.is_finite() && v.is_sign_positive());
            return Some(Money(v));
        }
        self.money_slow(c, cell)
    }

    #[cold]
    fn money_slow(&mut self, c: usize, cell: &[u8]) -> Option<Money> {
        match amount(cell) {
            Ok(m) => Some(m),
            Err(m) => {
                self.problem(c, m);
                None
            }
        }
    }
}

#[cfg(test)]
mod gender_code_tests {
    use super::gender_of;
    use crate::i18n::Lang;
    use crate::model::Gender;

    /// Formerly the doc test of the public `parse_gender` (now `gender_of`, crate-private).
    #[test]
    fn gender_codes_and_their_errors() {
        assert_eq!(gender_of(b" Female "), Ok(Gender::Woman));
        assert_eq!(gender_of(b"NB"), Ok(Gender::NonBinary));
        let empty = gender_of(b"").unwrap_err().in_lang(Lang::En);
        assert!(empty.ends_with("found an empty cell"), "{empty}");
        let q = gender_of(b"q").unwrap_err().in_lang(Lang::En);
        assert!(q.ends_with("found an unknown gender code `q`"), "{q}");
    }
}
