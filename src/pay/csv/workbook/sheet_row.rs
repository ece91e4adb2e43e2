//! One row of a sheet as the payroll reader takes it: the cells' texts (a [`ByteRecord`], as a
//! CSV row), the numbers of the number cells of numeric columns, and the formula errors.

use csv::ByteRecord;

use crate::i18n::Message;

/// A cell's value, as read from the sheet.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(in crate::pay::csv) enum Value<'t> {
    Empty,
    Text(&'t str),
    Number(f64),
    Bool(bool),
    /// A formula error (`#DIV/0!`).
    Error(&'t str),
}

/// Why rows stop coming: the sheet cannot be read (the reason), or the fast XLSX reader met
/// something it leaves to calamine.
#[derive(Debug)]
pub(super) enum Stop {
    Unreadable(Message),
    Fallback,
}

/// A sheet given row by row.
pub(super) trait RowSource {
    /// Reads the next row (empty or not) into `row`; false at the end of the sheet.
    fn next_row(&mut self, row: &mut SheetRow) -> Result<bool, Stop>;
}

/// One row of a sheet, from column A.
#[derive(Default)]
pub(in crate::pay::csv) struct SheetRow {
    /// The row's number from 0.
    pub(super) index: u32,
    /// The cells as text; a number cell of a numeric column is empty here.
    pub(in crate::pay::csv) rec: ByteRecord,
    /// By column: the number of a number cell of a numeric column.
    pub(in crate::pay::csv) numbers: Vec<Option<f64>>,
    /// The formula errors: their columns (from 0) and texts.
    pub(super) errors: Vec<(u32, String)>,
    /// By column: numbers are kept as numbers (the header's numeric columns).
    numeric: Vec<bool>,
}

impl SheetRow {
    /// Keeps the number cells of `columns` (of the header's) as numbers from now on.
    pub(in crate::pay::csv) fn keep_numbers(&mut self, columns: &[usize]) {
        let width = columns.iter().max().map_or(0, |m| m + 1);
        self.numeric = vec![false; width];
        for &c in columns {
            self.numeric[c] = true;
        }
    }

    /// Starts row `index` (from 0), without cells.
    pub(in crate::pay::csv) fn start(&mut self, index: u32) {
        self.index = index;
        self.rec.clear();
        self.numbers.clear();
        self.errors.clear();
    }

    /// The row has no cell with a value (a formula error counts as one).
    pub(super) fn is_empty(&self) -> bool {
        self.errors.is_empty()
            && self.numbers.iter().all(Option::is_none)
            && self.rec.iter().all(<[u8]>::is_empty)
    }

    /// Adds the cell of column `col` (from 0), after empty cells up to it.
    pub(in crate::pay::csv) fn push(&mut self, col: u32, value: Value<'_>) {
        while (self.rec.len() as u32) < col {
            self.field(b"", None);
        }
        match value {
            Value::Empty => self.field(b"", None),
            Value::Text(t) => self.field(trim(t).as_bytes(), None),
            Value::Number(v) if self.numeric.get(col as usize) == Some(&true) => {
                self.field(b"", Some(v));
            }
            Value::Number(v) => self.field(number_text(v).as_bytes(), None),
            Value::Bool(b) => self.field(if b { b"true" } else { b"false" }, None),
            Value::Error(e) => {
                self.errors.push((col, e.to_string()));
                self.field(b"", None);
            }
        }
    }

    fn field(&mut self, text: &[u8], number: Option<f64>) {
        self.rec.push_field(text);
        self.numbers.push(number);
    }

    /// Fills a row shorter than `width` with empty cells; drops empty cells past it.
    pub(in crate::pay::csv) fn pad(&mut self, width: usize) {
        while self.rec.len() < width {
            self.field(b"", None);
        }
        let past_empty = || {
            self.rec.iter().skip(width).all(<[u8]>::is_empty)
                && self.numbers.iter().skip(width).all(Option::is_none)
        };
        if self.rec.len() > width && past_empty() {
            self.rec.truncate(width);
            self.numbers.truncate(width);
        }
    }
}

/// `t` without the white space around it; at once when it starts and ends with a visible
/// ASCII character (as the texts of most cells do).
fn trim(t: &str) -> &str {
    let b = t.as_bytes();
    match (b.first(), b.last()) {
        (Some(f), Some(l)) if f.is_ascii_graphic() && l.is_ascii_graphic() => t,
        _ => t.trim(),
    }
}

/// A number cell as text that reads back to the same `f64` under either decimal separator and
/// tells nothing about its column's separator: an integer's digits, else the shortest digits
/// with an exponent and no point (`91559.04` → `9155904e-2`). For the number cells of the
/// columns that are not numeric (a grade `3`, a flag `1`).
pub(super) fn number_text(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 9.0e15 {
        return format!("{}", f as i64);
    }
    let e = format!("{f:e}"); // shortest round-trip digits: `9.155904e4`
    let (mantissa, exp) = e.split_once('e').unwrap_or((&e, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    format!("{int}{frac}e{}", exp - frac.len() as i32)
}

#[cfg(test)]
mod tests {
    use super::{SheetRow, Value, number_text};

    #[test]
    fn number_cells_read_back_exactly_and_say_nothing_of_separators() {
        for x in [
            91559.04,
            175873.0,
            0.1,
            1e-7,
            123456789.123,
            2490.0,
            1.5e20,
            0.0,
        ] {
            let t = number_text(x);
            assert!(!t.contains('.') && !t.contains(','), "{t}");
            assert_eq!(t.parse::<f64>().unwrap(), x, "{t}");
        }
        assert_eq!(number_text(91559.04), "9155904e-2");
    }

    #[test]
    fn numbers_of_numeric_columns_stay_numbers() {
        let mut row = SheetRow::default();
        row.keep_numbers(&[1]);
        row.start(4);
        row.push(0, Value::Text(" F "));
        row.push(1, Value::Number(91559.04));
        row.push(2, Value::Text("\u{a0}x y\t")); // trimmed as str::trim trims
        row.push(3, Value::Number(2.5));
        row.push(4, Value::Bool(true));
        assert_eq!(row.rec, vec!["F", "", "x y", "25e-1", "true"]);
        assert_eq!(row.numbers, [None, Some(91559.04), None, None, None]);
        row.pad(2);
        assert_eq!(row.rec.len(), 5, "cells past the width are kept");
        row.start(5);
        row.push(2, Value::Empty);
        assert!(row.is_empty());
        row.push(3, Value::Error("#N/A"));
        assert!(!row.is_empty());
        row.pad(2);
        assert_eq!((row.rec.len(), row.numbers.len()), (2, 2));
    }
}
