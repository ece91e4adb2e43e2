//! How to read a payroll CSV ([`CsvOptions`], [`Columns`]) and what reading gives.

use crate::model::{Hours, Worker};
use crate::pay::Payroll;

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
