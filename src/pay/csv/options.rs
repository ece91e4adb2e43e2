//! How to read a payroll CSV ([`CsvOptions`], [`Columns`]) and what reading gives.

use super::assumption::Assumption;
use super::numbers::DecimalSeparator;
use crate::model::{Gender, Hours, Worker};
use crate::pay::Payroll;

/// The text encodings a payroll file can be read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Encoding {
    /// UTF-8 (a byte-order mark is skipped).
    Utf8,
    /// UTF-16, little-endian (Excel's "Unicode text").
    Utf16Le,
    /// UTF-16, big-endian.
    Utf16Be,
    /// Windows-1252 (Excel's "CSV" on Windows in Western Europe and the Americas).
    Windows1252,
}

impl Encoding {
    /// The encoding's usual name.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf16Le => "UTF-16LE",
            Encoding::Utf16Be => "UTF-16BE",
            Encoding::Windows1252 => "Windows-1252",
        }
    }
}

impl std::str::FromStr for Encoding {
    type Err = CsvOptionError;
    /// `utf-8`, `utf-16le`, `utf-16be`, `windows-1252` (also `cp1252`, `latin1`), any case.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().replace('_', "-").as_str() {
            "utf-8" | "utf8" => Ok(Encoding::Utf8),
            "utf-16le" | "utf16le" | "utf-16" => Ok(Encoding::Utf16Le),
            "utf-16be" | "utf16be" => Ok(Encoding::Utf16Be),
            "windows-1252" | "cp1252" | "latin1" | "latin-1" | "iso-8859-1" => {
                Ok(Encoding::Windows1252)
            }
            _ => Err(CsvOptionError::Encoding(s.to_string())),
        }
    }
}

/// A reading option given as text that could not be understood (command-line flags).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CsvOptionError {
    /// `--decimal`: not `.` or `,`.
    #[error("expected `.` or `,` as the decimal separator, found `{0}`")]
    Decimal(String),
    /// `--encoding`: not a known encoding.
    #[error("expected an encoding among utf-8, utf-16le, utf-16be, windows-1252, found `{0}`")]
    Encoding(String),
    /// `--gender-code`: not `CODE=woman|man|non_binary|undisclosed`.
    #[error("expected CODE=woman, CODE=man, CODE=non_binary or CODE=undisclosed, found `{0}`")]
    GenderCode(String),
}

/// Parses one `--gender-code` value: `CODE=woman|man|non_binary|undisclosed` (`=undisclosed`
/// maps the empty cell).
///
/// ```
/// use gender_impact::Gender;
/// use gender_impact::pay::gender_code;
/// assert_eq!(gender_code("M=woman"), Ok(("M".to_string(), Gender::Woman)));
/// assert!(gender_code("M").is_err());
/// ```
pub fn gender_code(text: &str) -> Result<(String, Gender), CsvOptionError> {
    let bad = || CsvOptionError::GenderCode(text.to_string());
    let (code, gender) = text.rsplit_once('=').ok_or_else(bad)?;
    let gender = match gender
        .trim()
        .to_ascii_lowercase()
        .replace('-', "_")
        .as_str()
    {
        "woman" | "female" | "w" | "f" => Gender::Woman,
        "man" | "male" | "m" => Gender::Man,
        "non_binary" | "nonbinary" | "nb" | "x" => Gender::NonBinary,
        "undisclosed" | "unknown" | "u" => Gender::Undisclosed,
        _ => return Err(bad()),
    };
    Ok((code.trim().to_string(), gender))
}

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
    /// Numeric controls of the adjusted pay gap (age, years of service…); an empty cell is not
    /// recorded (the row is left out of the regression, and counted).
    pub controls: Vec<String>,
    /// Factors of the adjusted pay gap (grade, occupation…), each level a dummy column; an
    /// empty cell is not recorded.
    pub factors: Vec<String>,
    /// Other numeric columns kept by name for a model that reads them (the Logib data sheet's,
    /// [`CsvOptions::logib`]); an empty cell is not recorded (NaN), text is an error.
    pub numbers: Vec<String>,
    /// Non-salary payments (Spain's *percepciones extrasalariales*: allowances, expenses), each
    /// column its own concept of the registro retributivo; read as pay amounts (an empty cell is
    /// an error unless [`CsvOptions::empty_as_zero`]). Not part of the EU or UK figures.
    pub extra_salary: Vec<String>,
    /// Days worked in the year (1 to 366), to equalise pay to a full year in the registro
    /// retributivo; with [`CsvOptions::registro`], an empty cell is 365 days (stated).
    pub days_worked: Option<String>,
    /// The group (employer) of each row, for analyses by group
    /// ([`analyse_by`](crate::pay::analyse_by)): every cell must hold a non-blank text (an empty
    /// cell is an error naming its line and column: a row whose employer is unknown belongs to
    /// no employer's figures). Default none.
    pub group: Option<String>,
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
            controls: Vec::new(),
            factors: Vec::new(),
            numbers: Vec::new(),
            extra_salary: Vec::new(),
            days_worked: None,
            group: None,
        }
    }
}

/// How to read a payroll CSV.
#[derive(Debug, Clone, PartialEq)]
pub struct CsvOptions {
    /// Which column holds which field.
    pub columns: Columns,
    /// Field delimiter; `None` (the default) sniffs it from the header among `,` `;` tab `|`.
    pub delimiter: Option<u8>,
    /// Decimal separator of every number; `None` (the default) decides it column by column from
    /// the whole column (see [`DecimalSeparator`]).
    pub decimal: Option<DecimalSeparator>,
    /// Text encoding of the file; `None` (the default): UTF-8, or what a byte-order mark says,
    /// or Windows-1252 when the start of the file is not UTF-8 but reads as Windows-1252.
    pub encoding: Option<Encoding>,
    /// What gender codes mean, beside the built-in words and letters ([`GENDER_WORDS`](super::GENDER_WORDS)): each
    /// code (any case and accents; `""` for an empty cell) with its gender. They win over the
    /// built-in readings.
    pub gender_codes: Vec<(String, Gender)>,
    /// An empty cell in a pay-component column (annual, variable, hourly, bonus pay) is 0 instead
    /// of an error; every use is counted in [`PayCsv::assumptions`]. Default `false`.
    pub empty_as_zero: bool,
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
    /// Read for Spain's registro retributivo: each variable-pay column is also kept apart (its
    /// own pay concept), and an empty full-time-equivalent cell is 1, an empty days-worked cell
    /// 365 (a file without the column: every worker), each use stated in the assumptions.
    /// Default `false`.
    pub registro: bool,
}

impl Default for CsvOptions {
    fn default() -> CsvOptions {
        CsvOptions {
            columns: Columns::default(),
            delimiter: None,
            decimal: None,
            encoding: None,
            gender_codes: Vec::new(),
            empty_as_zero: false,
            max_line_bytes: 1024 * 1024,
            max_rows: 10_000_000,
            default_weekly_hours: None,
            missing_text: Vec::new(),
            registro: false,
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

impl CsvOptions {
    /// The Swiss Logib data sheet (module 1), its columns named as in the `logib` R package:
    /// `sex` (F or M) and the numeric columns of [`LOGIB_COLUMNS`](crate::pay::LOGIB_COLUMNS),
    /// read for Logib's standard analysis model ([`logib`](crate::pay::logib())). No column is
    /// read as annual pay: the sheet's pay is monthly and its standardisation needs the whole
    /// sheet, so the Article 9 and UK figures say they have no pay.
    pub fn logib() -> CsvOptions {
        CsvOptions {
            columns: Columns {
                gender: "sex".to_string(),
                annual_pay: None,
                numbers: crate::pay::LOGIB_COLUMNS
                    .iter()
                    .map(|c| c.to_string())
                    .collect(),
                ..Columns::default()
            },
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
    /// Assumptions made while reading (default weekly hours, cells taken as not recorded or read
    /// as 0, how variable pay was summed, how the file was read), to be stated in any output.
    pub assumptions: Vec<Assumption>,
}

/// A payroll read from a CSV.
#[derive(Debug, Clone)]
pub struct PayrollCsv {
    /// One row per worker, in file order.
    pub payroll: Payroll,
    /// Rows of data read (the header not included).
    pub rows: u64,
    /// Assumptions made while reading (default weekly hours, cells taken as not recorded or read
    /// as 0, how variable pay was summed, how the file was read), to be stated in any output.
    pub assumptions: Vec<Assumption>,
}
