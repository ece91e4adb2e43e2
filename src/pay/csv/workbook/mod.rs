//! Payroll workbooks: XLSX, XLSM, XLSB, XLS and ODS (calamine), one row per worker on one sheet,
//! read by the same rules as a CSV file.
//!
//! The first sheet is read unless one is named (or numbered from 1). Its first non-empty row is
//! the header. A numeric cell is read as the number it holds (it says nothing about a column's
//! decimal separator); a text cell follows the number rules of CSV files (`91.559,04`). Problems
//! are located as `Sheet!C12 (column)`. XLSX sheets stream cell by cell; the other formats are
//! read sheet by sheet. A file larger than [`MAX_WORKBOOK_BYTES`] is refused before it is opened.

use std::path::Path;

mod calamine_rows;
mod cell_xml;
mod inflate;
mod quick_cell;
mod read;
mod shared_strings;
mod sheet_row;
mod sheet_xml;
mod tags;
mod window;
mod xlsx;

use calamine::{Reader, SheetType, Sheets, open_workbook_auto};

use super::options::{CsvOptions, PayrollCsv};
use super::problems::{CsvErrors, Problems, at_line};
use crate::document::{Location, Problem};
use crate::i18n::Message;
use calamine_rows::{CalamineRows, Cell, Owned};
use read::read_rows;
#[cfg(feature = "parquet")]
pub(super) use sheet_row::{SheetRow, Value};

/// The largest workbook file read (the crate's limit, [`crate::limits::MAX_WORKBOOK_BYTES`]).
pub use crate::limits::MAX_WORKBOOK_BYTES;

/// Reads the payroll on one sheet of the workbook at `path`: the first sheet, or `sheet` (its
/// name, or its number from 1). The same rules and options as [`read_payroll`](super::read_payroll)
/// (but for the delimiter and the encoding, which a workbook does not have); problems are
/// located as [`Location::Sheet`].
pub fn read_payroll_workbook(
    path: &Path,
    sheet: Option<&str>,
    options: &CsvOptions,
) -> Result<PayrollCsv, CsvErrors> {
    let file = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let fail = |m: Message, read_failed: bool| Err(failure(&file, m, read_failed));
    match std::fs::metadata(path) {
        Err(e) => return fail(cannot_open(&e.to_string()), true),
        Ok(m) if m.len() > MAX_WORKBOOK_BYTES => {
            return fail(
                Message::new("sheet-too-large").count("max", MAX_WORKBOOK_BYTES / (1024 * 1024)),
                false,
            );
        }
        Ok(_) => {}
    }
    let mut book = match open_workbook_auto(path) {
        Ok(b) => b,
        Err(e) => return fail(cannot_open(&e.to_string()), false),
    };
    let name = match choose(&book, sheet) {
        Ok(n) => n,
        Err(m) => return fail(m, false),
    };
    let result = match &mut book {
        Sheets::Xlsx(x) => match xlsx::read_xlsx(path, &name, options) {
            Ok(read) => read,
            Err(()) => calamine_xlsx(x, &name, options).map_err(|m| failure(&file, m, false))?,
        },
        other => match other.worksheet_range(&name) {
            Ok(range) => {
                let start = range.start().unwrap_or((0, 0));
                let mut cells = range
                    .cells()
                    .map(move |(r, c, v)| ((start.0 + r as u32, start.1 + c as u32), Owned::of(v)));
                from_calamine(move || Ok(cells.next()), options)
            }
            Err(e) => fail(cannot_open(&e.to_string()), false),
        },
    };
    result.map_err(|e| in_sheet(e, &name))
}

/// The problem of the whole workbook `file`.
fn failure(file: &str, m: Message, read_failed: bool) -> CsvErrors {
    let mut p = Problems::default();
    p.push(Problem::at(whole(file), m));
    p.into_errors(read_failed)
}

/// Reads an XLSX sheet with calamine's streaming cell reader; `Err` when it cannot start.
fn calamine_xlsx<RS: std::io::Read + std::io::Seek>(
    x: &mut calamine::Xlsx<RS>,
    name: &str,
    options: &CsvOptions,
) -> Result<Result<PayrollCsv, CsvErrors>, Message> {
    match x.worksheet_cells_reader(name) {
        Ok(mut cells) => Ok(from_calamine(
            || match cells.next_cell() {
                Ok(Some(c)) => Ok(Some((c.get_position(), Owned::of(c.get_value())))),
                Ok(None) => Ok(None),
                Err(e) => Err(cannot_open(&e.to_string())),
            },
            options,
        )),
        Err(e) => Err(cannot_open(&e.to_string())),
    }
}

/// Reads calamine's cells, in row order.
fn from_calamine(
    next: impl FnMut() -> Result<Option<Cell>, Message>,
    options: &CsvOptions,
) -> Result<PayrollCsv, CsvErrors> {
    let mut rows = CalamineRows::new(next);
    // calamine's rows never leave the sheet to another reader: `Err(())` cannot come.
    read_rows(&mut rows, options).unwrap_or_else(|()| {
        let mut p = Problems::default();
        p.push(at_line(1, cannot_open("calamine")));
        Err(p.into_errors(false))
    })
}

/// The place of a problem of the whole workbook: its file's name.
fn whole(file: &str) -> Location {
    Location::Sheet {
        sheet: file.to_string(),
        row: 0,
        column: None,
        field: None,
    }
}

fn cannot_open(reason: &str) -> Message {
    Message::new("sheet-cannot-read").text("reason", reason)
}

/// The name of the sheet to read; a message listing the sheets when there is no such sheet, or
/// when it is not a worksheet (a chart).
fn choose<RS: std::io::Read + std::io::Seek>(
    book: &Sheets<RS>,
    wanted: Option<&str>,
) -> Result<String, Message> {
    let sheets = book.sheets_metadata();
    let list = || {
        sheets
            .iter()
            .map(|s| format!("`{}`", s.name))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let found = match wanted {
        None => sheets.first(),
        Some(w) => match w.trim().parse::<usize>() {
            Ok(n) if n >= 1 => sheets.get(n - 1),
            _ => sheets
                .iter()
                .find(|s| s.name.eq_ignore_ascii_case(w.trim())),
        },
    };
    match found {
        None => Err(Message::new("sheet-not-found")
            .text("sheet", wanted.unwrap_or("1"))
            .text("sheets", list())),
        Some(s) if s.typ != SheetType::WorkSheet => Err(Message::new("sheet-not-a-worksheet")
            .text("sheet", s.name.clone())
            .text("sheets", list())),
        Some(s) => Ok(s.name.clone()),
    }
}

/// The problems, located in the sheet.
fn in_sheet(mut e: CsvErrors, sheet: &str) -> CsvErrors {
    e.problems = e
        .problems
        .into_iter()
        .map(|mut p| {
            p.location = p.location.in_sheet(sheet);
            p
        })
        .collect();
    e
}

#[cfg(test)]
mod tests;
