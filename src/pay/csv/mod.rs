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

mod build;
mod cells;
mod guard;
mod layout;
mod options;
mod problems;
mod reader;
mod row;
mod texts;

pub use cells::GENDER_CODES;
pub use options::{Columns, CsvOptions, PayCsv, PayrollCsv};
pub use problems::{CsvErrors, MAX_PROBLEMS};
pub use reader::{read_payroll, read_workers};
