//! Reading the sheets of a records workbook (XLSX, XLSM, XLSB, XLS, ODS) into rows of typed
//! cells, with calamine. Sheets whose name starts with `_` (the explanations and the lists of
//! a template) and chart sheets are skipped.

use std::path::Path;

use calamine::{DataType, Reader, SheetType, Sheets, open_workbook_auto};
use serde_json::Value;

use crate::document::{Invalid, Location, Problem};
use crate::i18n::Message;
use crate::limits::{MAX_WORKBOOK_BYTES, MAX_WORKBOOK_CELLS};

/// A cell: a value, or a formula's error (`#DIV/0!`).
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Cell {
    Value(Value),
    Error(String),
}

/// One sheet's non-empty rows, in order.
#[derive(Debug, Default)]
pub(super) struct Sheet {
    pub(super) name: String,
    pub(super) rows: Vec<SheetRow>,
}

/// One row: its number (from 1) and its non-empty cells with their column numbers (from 1).
#[derive(Debug)]
pub(super) struct SheetRow {
    pub(super) row: u64,
    pub(super) cells: Vec<(usize, Cell)>,
}

/// The sheets of the workbook at `path` that hold tables.
pub(super) fn read_sheets(path: &Path) -> Result<Vec<Sheet>, Invalid> {
    let file = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let fail = |m: Message| Invalid::new(vec![Problem::at(whole(&file), m)]);
    match std::fs::metadata(path) {
        Err(e) => return Err(fail(cannot_read(&e.to_string()))),
        Ok(m) if m.len() > MAX_WORKBOOK_BYTES => {
            return Err(fail(
                Message::new("workbook-too-large").count("max", MAX_WORKBOOK_BYTES / (1024 * 1024)),
            ));
        }
        Ok(_) => {}
    }
    let mut book = open_workbook_auto(path).map_err(|e| fail(cannot_read(&e.to_string())))?;
    let names: Vec<String> = book
        .sheets_metadata()
        .iter()
        .filter(|s| s.typ == SheetType::WorkSheet && !s.name.starts_with('_'))
        .map(|s| s.name.clone())
        .collect();
    let mut budget = MAX_WORKBOOK_CELLS;
    let mut sheets = Vec::with_capacity(names.len());
    for name in names {
        let sheet = read_sheet(&mut book, &name, &mut budget)
            .map_err(|m| Invalid::new(vec![Problem::at(whole(&name), m)]))?;
        sheets.push(sheet);
    }
    Ok(sheets)
}

/// The place of a problem of a whole sheet, or of the whole workbook (its file's name).
pub(super) fn whole(sheet: &str) -> Location {
    Location::Sheet {
        sheet: sheet.to_string(),
        row: 0,
        column: None,
        field: None,
    }
}

fn cannot_read(reason: &str) -> Message {
    Message::new("sheet-cannot-read").text("reason", reason)
}

fn too_many_cells() -> Message {
    Message::new("workbook-too-many-cells").count("max", MAX_WORKBOOK_CELLS)
}

/// One sheet, cell by cell (XLSX streams; the other formats are read whole), within a budget
/// of cells for the whole workbook.
fn read_sheet<RS: std::io::Read + std::io::Seek>(
    book: &mut Sheets<RS>,
    name: &str,
    budget: &mut u64,
) -> Result<Sheet, Message> {
    let mut sheet = Sheet {
        name: name.to_string(),
        rows: Vec::new(),
    };
    match book {
        Sheets::Xlsx(x) => {
            let mut cells = x
                .worksheet_cells_reader(name)
                .map_err(|e| cannot_read(&e.to_string()))?;
            while let Some(c) = cells.next_cell().map_err(|e| cannot_read(&e.to_string()))? {
                let (r, col) = c.get_position();
                add(&mut sheet, r, col, c.get_value(), budget)?;
            }
        }
        other => {
            let range = other
                .worksheet_range(name)
                .map_err(|e| cannot_read(&e.to_string()))?;
            let (r0, c0) = range.start().unwrap_or((0, 0));
            for (r, c, v) in range.used_cells() {
                add(&mut sheet, r0 + r as u32, c0 + c as u32, v, budget)?;
            }
        }
    }
    Ok(sheet)
}

/// Adds a cell (row and column from 0) to its row; empty cells are left out.
fn add<T: DataType>(
    sheet: &mut Sheet,
    row: u32,
    col: u32,
    v: &T,
    budget: &mut u64,
) -> Result<(), Message> {
    let Some(cell) = cell_of(v) else {
        return Ok(());
    };
    *budget = budget.checked_sub(1).ok_or_else(too_many_cells)?;
    let row = u64::from(row) + 1;
    match sheet.rows.last_mut() {
        Some(last) if last.row == row => last.cells.push((col as usize + 1, cell)),
        _ => sheet.rows.push(SheetRow {
            row,
            cells: vec![(col as usize + 1, cell)],
        }),
    }
    Ok(())
}

/// A cell's value: numbers as JSON numbers (integers when whole), dates as `YYYY-MM-DD`
/// (with the time when there is one), texts as they are; `None` for an empty cell.
pub(super) fn cell_of<T: DataType>(v: &T) -> Option<Cell> {
    if let Some(e) = v.get_error() {
        return Some(Cell::Error(e.to_string()));
    }
    let value = if let Some(i) = v.get_int() {
        Value::from(i)
    } else if let Some(d) = v.get_datetime().filter(|d| d.is_datetime()) {
        Value::String(date_text(d.to_ymd_hms_milli()))
    } else if let Some(f) = v.get_float() {
        number(f)
    } else if let Some(b) = v.get_bool() {
        Value::Bool(b)
    } else {
        let text = v
            .get_string()
            .or_else(|| v.get_datetime_iso())
            .or_else(|| v.get_duration_iso())?;
        if text.is_empty() {
            return None;
        }
        Value::String(text.to_string())
    };
    Some(Cell::Value(value))
}

/// A number cell as JSON: an integer when it is whole (and exactly representable), else the
/// float itself.
pub(super) fn number(f: f64) -> Value {
    const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53
    if f.fract() == 0.0 && f.abs() < EXACT {
        Value::from(f as i64)
    } else {
        serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)
    }
}

fn date_text((y, mo, d, h, mi, s, ms): (u16, u8, u8, u8, u8, u8, u16)) -> String {
    if (h, mi, s, ms) == (0, 0, 0, 0) {
        format!("{y:04}-{mo:02}-{d:02}")
    } else {
        format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_numbers_are_integers_and_others_floats() {
        assert_eq!(number(19.0), Value::from(19));
        assert_eq!(number(-0.0), Value::from(0));
        assert_eq!(number(0.25), serde_json::json!(0.25));
        assert_eq!(number(1e300), serde_json::json!(1e300));
    }

    #[test]
    fn dates_without_a_time_are_days() {
        assert_eq!(date_text((2023, 1, 5, 0, 0, 0, 0)), "2023-01-05");
        assert_eq!(date_text((2023, 1, 5, 13, 4, 0, 0)), "2023-01-05T13:04:00");
    }

    #[test]
    fn calamine_cells_become_values() {
        use calamine::Data;
        assert_eq!(cell_of(&Data::Empty), None);
        assert_eq!(cell_of(&Data::String(String::new())), None);
        assert_eq!(
            cell_of(&Data::Float(3.0)),
            Some(Cell::Value(Value::from(3)))
        );
        assert_eq!(
            cell_of(&Data::Bool(true)),
            Some(Cell::Value(Value::Bool(true)))
        );
        let date =
            calamine::ExcelDateTime::new(45_292.0, calamine::ExcelDateTimeType::DateTime, false);
        // 45,292 days after 1899-12-30 (Excel's day 0, past its 1900 leap-year bug).
        assert_eq!(
            cell_of(&Data::DateTime(date)),
            Some(Cell::Value(Value::from("2024-01-01")))
        );
    }
}
