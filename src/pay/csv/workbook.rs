//! Payroll workbooks: XLSX, XLSM, XLSB, XLS and ODS (calamine), one row per worker on one sheet,
//! read by the same rules as a CSV file.
//!
//! The first sheet is read unless one is named (or numbered from 1). Its first non-empty row is
//! the header. A numeric cell is read as the number it holds (it says nothing about a column's
//! decimal separator); a text cell follows the number rules of CSV files (`91.559,04`). Problems
//! are located as `Sheet!C12 (column)`. XLSX sheets stream cell by cell; the other formats are
//! read sheet by sheet. A file larger than [`MAX_WORKBOOK_BYTES`] is refused before it is opened.

use std::path::Path;

use calamine::{DataType, Reader, SheetType, Sheets, open_workbook_auto};
use csv::ByteRecord;

use super::layout::Layout;
use super::options::{CsvOptions, Encoding, PayrollCsv};
use super::problems::{CsvErrors, Problems, at_line};
use super::reading::Reading;
use crate::document::{Location, Problem};
use crate::i18n::Message;

/// The largest workbook file read (a workbook is compressed: its sheets take several times this
/// in memory once opened; export larger payrolls as CSV, which streams).
pub const MAX_WORKBOOK_BYTES: u64 = 100 * 1024 * 1024;

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
    let fail = |m: Message, read_failed: bool| {
        let mut p = Problems::default();
        p.push(Problem::at(whole(&file), m));
        Err(p.into_errors(read_failed))
    };
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
        Sheets::Xlsx(x) => match x.worksheet_cells_reader(&name) {
            Ok(mut cells) => {
                let mut next = || match cells.next_cell() {
                    Ok(Some(c)) => Ok(Some((c.get_position(), text_of(c.get_value())))),
                    Ok(None) => Ok(None),
                    Err(e) => Err(cannot_open(&e.to_string())),
                };
                read_cells(&mut next, options)
            }
            Err(e) => fail(cannot_open(&e.to_string()), false),
        },
        other => match other.worksheet_range(&name) {
            Ok(range) => {
                let start = range.start().unwrap_or((0, 0));
                let mut cells = range
                    .cells()
                    .map(move |(r, c, v)| ((start.0 + r as u32, start.1 + c as u32), text_of(v)));
                let mut next = || Ok(cells.next());
                read_cells(&mut next, options)
            }
            Err(e) => fail(cannot_open(&e.to_string()), false),
        },
    };
    result.map_err(|e| in_sheet(e, &name))
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

/// A cell as the text a CSV file would hold; `Err` for a formula error (`#DIV/0!`).
type CellText = Result<String, String>;

/// A cell as its text, for both of calamine's cell types (`Data` from a range, `DataRef`
/// from the XLSX cell reader).
fn text_of<T: DataType>(v: &T) -> CellText {
    if let Some(e) = v.get_error() {
        return Err(e.to_string());
    }
    if let Some(i) = v.get_int() {
        return Ok(i.to_string());
    }
    if let Some(f) = v.get_float() {
        return Ok(number_text(f));
    }
    if let Some(b) = v.get_bool() {
        return Ok(b.to_string());
    }
    if let Some(d) = v.get_datetime() {
        return Ok(number_text(d.as_f64()));
    }
    let text = v
        .get_string()
        .or_else(|| v.get_datetime_iso())
        .or_else(|| v.get_duration_iso());
    Ok(text.unwrap_or_default().to_string())
}

/// A number cell as text that reads back to the same `f64` under either decimal separator and
/// tells nothing about its column's separator: an integer's digits, else the shortest digits
/// with an exponent and no point (`91559.04` → `9155904e-2`).
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

/// The next cell: its (row, column) from 0 and its text, in row order.
type NextCell<'a> = dyn FnMut() -> Result<Option<((u32, u32), CellText)>, Message> + 'a;

/// Reads the cells, row by row, through the rules of a CSV file.
fn read_cells(next: &mut NextCell<'_>, options: &CsvOptions) -> Result<PayrollCsv, CsvErrors> {
    let mut rows = Rows::new(next);
    let mut problems = Problems::default();
    let header = match rows.next_row(&mut problems) {
        Ok(Some((row, rec))) => (row, rec),
        Ok(None) => {
            problems.push(at_line(1, Message::new("csv-empty-file")));
            return Err(problems.into_errors(false));
        }
        Err(m) => {
            problems.push(at_line(1, m));
            return Err(problems.into_errors(false));
        }
    };
    let width = header
        .1
        .iter()
        .rposition(|f| !f.is_empty())
        .map_or(0, |i| i + 1);
    let head: ByteRecord = header.1.iter().take(width).collect();
    let layout = match Layout::resolve(&head, &options.columns, header.0) {
        Ok(l) => l,
        Err(ps) => {
            ps.into_iter().for_each(|p| problems.push(p));
            return Err(problems.into_errors(false));
        }
    };
    let mut r = Reading::new(options, &layout, problems, Encoding::Utf8);
    let mut count: u64 = 0;
    let mut last = header.0;
    loop {
        let (row, mut rec) = match rows.next_row(&mut r.problems) {
            Ok(Some(x)) => x,
            Ok(None) => break,
            Err(m) => {
                r.problems.push(at_line(last + 1, m));
                break;
            }
        };
        last = row;
        count += 1;
        if count > options.max_rows as u64 {
            r.problems
                .push(at_line(row, too_many_rows(options.max_rows)));
            break;
        }
        if rows.errors {
            continue;
        }
        pad(&mut rec, width);
        if rec.len() != width {
            r.problems
                .push(at_line(row, Message::new("sheet-cells-beyond-header")));
            continue;
        }
        r.take(&rec, &|| row);
    }
    if count == 0 && r.problems.is_empty() {
        r.problems
            .push(at_line(header.0 + 1, Message::new("csv-no-rows")));
    }
    r.finish(count, false, b',')
}

fn too_many_rows(max: usize) -> Message {
    Message::new("csv-too-many-rows")
        .count("max", max as u64)
        .text("digits", max.to_string())
}

/// Fills a row shorter than the header with empty cells; drops empty cells past the header.
fn pad(rec: &mut ByteRecord, width: usize) {
    while rec.len() < width {
        rec.push_field(b"");
    }
    if rec.len() > width && rec.iter().skip(width).all(<[u8]>::is_empty) {
        rec.truncate(width);
    }
}

/// Groups the cells into rows (skipping empty rows), each a record from column A.
struct Rows<'n, 'a> {
    next: &'n mut NextCell<'a>,
    /// A cell read ahead: the first of the next row.
    pending: Option<((u32, u32), CellText)>,
    done: bool,
    /// The row last given had a formula error (already a problem: the row is not read).
    errors: bool,
}

impl<'n, 'a> Rows<'n, 'a> {
    fn new(next: &'n mut NextCell<'a>) -> Self {
        Rows {
            next,
            pending: None,
            done: false,
            errors: false,
        }
    }

    /// The next non-empty row: its number (from 1) and its cells; a formula error is a problem
    /// at its cell (and the cell reads as empty).
    fn next_row(&mut self, problems: &mut Problems) -> Result<Option<(u64, ByteRecord)>, Message> {
        self.errors = false;
        loop {
            let first = match self.pending.take() {
                Some(c) => c,
                None if self.done => return Ok(None),
                None => match (self.next)()? {
                    Some(c) => c,
                    None => return Ok(None),
                },
            };
            let row = first.0.0;
            let mut rec = ByteRecord::new();
            let mut cell = Some(first);
            while let Some(((r, c), text)) = cell.take() {
                if r != row {
                    self.pending = Some(((r, c), text));
                    break;
                }
                while (rec.len() as u32) < c {
                    rec.push_field(b"");
                }
                match text {
                    Ok(t) => rec.push_field(t.trim().as_bytes()),
                    Err(e) => {
                        problems.push(Problem::at(
                            Location::Cell {
                                line: u64::from(row) + 1,
                                column: Some(c as usize + 1),
                                field: None,
                            },
                            Message::new("sheet-formula-error").text("error", e),
                        ));
                        self.errors = true;
                        rec.push_field(b"");
                    }
                }
                match (self.next)()? {
                    Some(n) => cell = Some(n),
                    None => self.done = true,
                }
            }
            if rec.iter().any(|f| !f.is_empty()) {
                return Ok(Some((u64::from(row) + 1, rec)));
            }
        }
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
mod tests {
    use super::number_text;

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
}
