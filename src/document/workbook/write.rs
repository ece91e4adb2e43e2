//! Writing a document's tables as an XLSX workbook (rust_xlsxwriter): an explanations sheet
//! (`_about`), the root's fields (`organisation`), one sheet per table with a column for every
//! field the schema knows, drop-down lists for every enumeration (their values on the hidden
//! sheet `_lists`).

use rust_xlsxwriter::{DataValidation, Format, Formula, Workbook, Worksheet, XlsxError};
use serde_json::Value;

use super::about;
use super::shape::Shape;
use super::tables::{Table, Tables, VALUE, join, order};
use super::unflatten::ROOT;
use crate::document::Problem;
use crate::i18n::{Lang, Message};

/// Rows of a sheet that get the drop-down lists, at least (more when the table is longer).
const LIST_ROWS: u32 = 1_000;
/// Excel's last row (from 0).
const LAST_ROW: u32 = 1_048_575;

/// The workbook's bytes; a problem (with the pointer of the value) for what XLSX cannot hold.
pub(super) fn write(
    tables: &Tables,
    shape: &Shape<'_>,
    lang: Lang,
) -> Result<Vec<u8>, Box<Problem>> {
    let mut book = Workbook::new();
    let mut lists = Lists::default();
    let bold = Format::new().set_bold();
    let about_sheet = book.add_worksheet();
    about_sheet.set_name("_about").map_err(|e| fail("", &e))?;
    let root = root_rows(tables, shape);
    let mut described = Vec::new();
    {
        let ws = book.add_worksheet();
        ws.set_name(ROOT).map_err(|e| fail("", &e))?;
        write_root(ws, &root, shape, &mut lists, &bold)?;
    }
    described.push(about::root_entries(&root, shape));
    for t in &tables.tables {
        let columns = columns(t, shape);
        let ws = book.add_worksheet();
        ws.set_name(&t.name).map_err(|e| fail(pointer_of(t), &e))?;
        write_table(ws, t, &columns, shape, &mut lists, &bold)?;
        described.push(about::table_entries(t, &columns, shape));
    }
    let ws = book.add_worksheet();
    ws.set_name("_lists").map_err(|e| fail("", &e))?;
    lists.write(ws)?;
    ws.set_hidden(true);
    if let Ok(ws) = book.worksheet_from_name("_about") {
        about::write(ws, &described, lang, &bold).map_err(|e| fail("", &e))?;
    }
    book.save_to_buffer().map_err(|e| fail("", &e))
}

/// The pointer of a table's first row's array (for a problem with its sheet).
fn pointer_of(t: &Table) -> &str {
    t.rows.first().map_or("", |r| r.pointer.as_str())
}

fn fail(pointer: &str, e: &XlsxError) -> Box<Problem> {
    Box::new(Problem::localised(
        pointer,
        Message::new("workbook-cannot-write").text("reason", e.to_string()),
    ))
}

/// The root's rows: every field the schema knows outside arrays (empty when the document has
/// no value), then the document's own fields the schema does not know.
fn root_rows(tables: &Tables, shape: &Shape<'_>) -> Vec<(String, Option<Value>)> {
    let mut rows: Vec<(String, Option<Value>)> = shape
        .leaves("")
        .into_iter()
        .filter(|f| f != "$schema")
        .map(|f| (f, None))
        .collect();
    // The organisation and the period first, then the document's own fields, then those of
    // its sections (`staff.name`, `pay.currency`…).
    rows.sort_by_key(|(f, _)| match f.split_once('.') {
        Some(("organisation", _)) => 0,
        Some(("period", _)) => 1,
        None => 2,
        Some(_) => 3,
    });
    for (field, value) in &tables.root {
        match rows.iter_mut().find(|(f, _)| f == field) {
            Some(row) => row.1 = Some(value.clone()),
            None => rows.push((field.clone(), Some(value.clone()))),
        }
    }
    rows
}

/// The columns of a table: the keys, every field the schema knows, then the table's own.
fn columns(t: &Table, shape: &Shape<'_>) -> Vec<String> {
    let mut cols = order(shape.leaves(&t.name));
    if !shape.at(&t.name).items_allow("object") && !cols.iter().any(|c| c == VALUE) {
        cols.push(VALUE.to_string()); // a list of plain values
    }
    for c in &t.columns {
        if !cols.contains(c) {
            cols.push(c.clone());
        }
    }
    let mut all = t.keys.clone();
    all.extend(cols);
    all
}

fn write_root(
    ws: &mut Worksheet,
    rows: &[(String, Option<Value>)],
    shape: &Shape<'_>,
    lists: &mut Lists,
    bold: &Format,
) -> Result<(), Box<Problem>> {
    let e = |e: XlsxError| fail("", &e);
    ws.write_string_with_format(0, 0, "field", bold)
        .map_err(e)?;
    ws.write_string_with_format(0, 1, "value", bold)
        .map_err(e)?;
    for (i, (field, value)) in rows.iter().enumerate() {
        let r = i as u32 + 1;
        ws.write_string(r, 0, field).map_err(e)?;
        if let Some(v) = value {
            cell(ws, r, 1, v).map_err(|x| fail(&super::unflatten::pointer_of(field), &x))?;
        }
        if let Some(dv) = lists.validation(&shape.at(field)) {
            ws.add_data_validation(r, 1, r, 1, &dv).map_err(e)?;
        }
    }
    ws.set_column_width(0, 28).map_err(e)?;
    ws.set_column_width(1, 48).map_err(e)?;
    ws.set_freeze_panes(1, 0).map_err(e)?;
    Ok(())
}

fn write_table(
    ws: &mut Worksheet,
    t: &Table,
    columns: &[String],
    shape: &Shape<'_>,
    lists: &mut Lists,
    bold: &Format,
) -> Result<(), Box<Problem>> {
    let e = |x: XlsxError| fail(pointer_of(t), &x);
    for (c, name) in columns.iter().enumerate() {
        let c = c as u16;
        ws.write_string_with_format(0, c, name, bold).map_err(e)?;
        ws.set_column_width(c, (name.chars().count() as f64 + 2.0).max(10.0))
            .map_err(e)?;
        let last = (t.rows.len() as u32).clamp(LIST_ROWS, LAST_ROW);
        if let Some(dv) = lists.validation(&shape.at(&join(&t.name, name))) {
            ws.add_data_validation(1, c, last, c, &dv).map_err(e)?;
        }
    }
    let nkeys = t.keys.len();
    for (i, row) in t.rows.iter().enumerate() {
        let r = u32::try_from(i + 1).map_err(|_| too_many_rows(row))?;
        for (c, v) in row.keys.iter().enumerate() {
            cell(ws, r, c as u16, v).map_err(|x| fail(&row.pointer, &x))?;
        }
        for (name, v) in &row.cells {
            let Some(c) = columns.iter().skip(nkeys).position(|n| n == name) else {
                continue;
            };
            cell(ws, r, (c + nkeys) as u16, v).map_err(|x| fail(&row.pointer, &x))?;
        }
    }
    ws.set_freeze_panes(1, 0).map_err(e)?;
    Ok(())
}

fn too_many_rows(row: &super::tables::Row) -> Box<Problem> {
    Box::new(Problem::localised(
        row.pointer.as_str(),
        Message::new("workbook-cannot-write").text("reason", "more rows than a sheet holds"),
    ))
}

/// One value in a cell: texts as text (never read as a date or a number), numbers, booleans;
/// `{}` and `[]` for an empty object and an empty array.
fn cell(ws: &mut Worksheet, r: u32, c: u16, v: &Value) -> Result<(), XlsxError> {
    match v {
        Value::String(s) => ws.write_string(r, c, s).map(|_| ()),
        Value::Number(n) => ws.write_number(r, c, n.as_f64().unwrap_or(0.0)).map(|_| ()),
        Value::Bool(b) => ws.write_boolean(r, c, *b).map(|_| ()),
        Value::Object(_) => ws.write_string(r, c, "{}").map(|_| ()),
        Value::Array(_) => ws.write_string(r, c, "[]").map(|_| ()),
        Value::Null => Ok(()),
    }
}

/// The enumerations met, each a column of the sheet `_lists`.
#[derive(Default)]
struct Lists {
    lists: Vec<Vec<String>>,
}

impl Lists {
    /// The drop-down list of an enumeration (`None` for a free value).
    fn validation(&mut self, place: &Shape<'_>) -> Option<DataValidation> {
        let choices = place.choices();
        if choices.is_empty() {
            return None;
        }
        let i = match self.lists.iter().position(|l| *l == choices) {
            Some(i) => i,
            None => {
                self.lists.push(choices.clone());
                self.lists.len() - 1
            }
        };
        let col = crate::document::Location::column_letters(i + 1);
        let range = format!("='_lists'!${col}$1:${col}${}", choices.len());
        Some(DataValidation::new().allow_list_formula(Formula::new(range)))
    }

    fn write(&self, ws: &mut Worksheet) -> Result<(), Box<Problem>> {
        for (c, list) in self.lists.iter().enumerate() {
            for (r, v) in list.iter().enumerate() {
                ws.write_string(r as u32, c as u16, v)
                    .map_err(|e| fail("", &e))?;
            }
        }
        Ok(())
    }
}
