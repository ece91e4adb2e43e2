//! Payroll CSV: one row per worker, read into [`Worker`]s, fast, strict and private.
//!
//! The columns that hold each field are named by [`Columns`] (matched case-insensitively against
//! the header); [`CsvOptions::montgomery`] is the preset for the Montgomery County, Maryland,
//! "Employee Salaries - 2023" open dataset.
//!
//! **As people keep it.** The file may be UTF-8 (with or without a byte-order mark), UTF-16
//! with a byte-order mark, or Windows-1252 (found when the start of the file is not UTF-8, or
//! given: [`CsvOptions::encoding`]); the delimiter is found among `,` `;` tab `|` in the header
//! ([`CsvOptions::delimiter`] forces one); lines may end with CRLF. Numbers may have a decimal
//! comma and thousands marks (`91.559,04`, `91,559.04`, `€ 32 960,84`): the decimal separator
//! is decided per column from the whole column ([`DecimalSeparator`];
//! [`CsvOptions::decimal`] forces one). Gender codes are read in seven languages, letters by
//! their set ([`GENDER_WORDS`]; `M` beside `H` is refused until [`CsvOptions::gender_codes`]
//! says what each letter means). How the file was read is stated in the assumptions.
//!
//! **Strict.** Every row is checked and *every* problem is returned (up to
//! [`MAX_PROBLEMS`], then a count of the rest), each naming its line and column:
//!
//! - an unknown gender code or an empty gender cell is an error (at the first row that holds
//!   it, with the number of rows), unless mapped;
//! - a mapped pay cell must hold a finite number, zero or more. An **empty pay cell is an
//!   error, also in the variable-pay columns**: missing is not zero, and a payroll that means
//!   "none paid" must say 0 (or ask for [`CsvOptions::empty_as_zero`], which is stated);
//! - an empty (or blank) category or grade cell, or one holding one of
//!   [`CsvOptions::missing_text`], means "not recorded" (`None`);
//! - rows with another number of fields than the header, quotes that do not follow RFC 4180 (a
//!   quote inside an unquoted field, text after a closing quote, a quoted field never closed),
//!   lines longer than [`CsvOptions::max_line_bytes`] and files longer than
//!   [`CsvOptions::max_rows`] are errors. After a quoting error or an over-long line the rest of
//!   the file cannot be split into rows reliably, so reading stops there (the problems found
//!   before are kept).
//!
//! **Private.** Pay values never appear in a message; a gender code is quoted only when it has
//! no digit and at most 24 characters, and is in two rows or more or has at most three (a value
//! in one row could be a person's name).
//!
//! **Fast and compact.** [`read_payroll`] streams the input, 512 KiB at a time, into a
//! [`Payroll`], column by column (genders as bytes, amounts as `f64`, category and grade texts
//! interned once and stored as indices); [`read_workers`] gives one [`Worker`] per row instead.
//! Records are split from chunks of the input as spans over its bytes (RFC 4180, as the csv crate
//! splits them); numbers are parsed from the bytes without allocating.
//! Memory is bounded before it is spent: the input goes through a guard that counts the bytes
//! of the current line (of the current record, when a quoted field spans lines) and fails past
//! the limit, so a chunk of the input grows to at most about twice the limit (a chunk grows only
//! while no whole record fits in it).
//!
//! ```
//! use gender_impact::pay::{CsvOptions, read_workers};
//! let data = "gender,annual_pay,grade\nF,48000,A\nM,51000.5,\n";
//! let pay = read_workers(data.as_bytes(), &CsvOptions::default()).unwrap();
//! assert_eq!(pay.workers.len(), 2);
//! assert_eq!(pay.workers[1].grade, None);
//!
//! let fr = "genre;salaire\nFemme;91.559,04\nHomme;175.873\n";
//! let mut o = CsvOptions::default();
//! o.columns.gender = "genre".into();
//! o.columns.annual_pay = Some("salaire".into());
//! let pay = read_workers(fr.as_bytes(), &o).unwrap();
//! assert_eq!(pay.workers[1].annual_pay.unwrap().get(), 175873.0);
//!
//! let err = read_workers("gender,annual_pay\nF,48k\n".as_bytes(), &CsvOptions::default())
//!     .unwrap_err();
//! assert_eq!(err.to_string(), "line 2, column 2 (annual_pay): expected a number, found text\n");
//! ```

mod ahead;
mod assumption;
mod build;
mod cells;
mod decode;
mod genders;
mod groups;
mod guard;
mod layout;
mod numbers;
mod options;
#[cfg(feature = "parquet")]
mod parquet;
mod problems;
mod reader;
mod reading;
mod record;
mod row;
mod split;
mod texts;
mod workbook;

pub use assumption::Assumption;
pub use genders::GENDER_WORDS;
pub use numbers::DecimalSeparator;
pub use options::{Columns, CsvOptionError, CsvOptions, Encoding, PayCsv, PayrollCsv, gender_code};
#[cfg(feature = "parquet")]
pub use parquet::{is_parquet, is_parquet_bytes, read_payroll_parquet, read_payroll_parquet_bytes};
pub use problems::{CsvErrors, MAX_PROBLEMS};
pub use reader::{read_payroll, read_workers};
pub use workbook::{MAX_WORKBOOK_BYTES, read_payroll_workbook};
