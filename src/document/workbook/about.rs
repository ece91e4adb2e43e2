//! The explanations sheet (`_about`) of a records workbook: how the workbook is laid out, in
//! the reader's language, and every column with what it holds.

use rust_xlsxwriter::{Format, Worksheet, XlsxError};
use serde_json::Value;

use super::shape::Shape;
use super::tables::{Table, join};
use super::unflatten::ROOT;
use crate::i18n::Lang;

/// One column described.
pub(super) struct Entry {
    sheet: String,
    column: String,
    required: bool,
    choices: Vec<String>,
    description: Description,
}

enum Description {
    /// The schema's description of the field (in English).
    Schema(Option<String>),
    /// A key column: the table whose row it names, by id or by position.
    Key { table: String, by_id: bool },
}

/// The fields of the root sheet.
pub(super) fn root_entries(rows: &[(String, Option<Value>)], shape: &Shape<'_>) -> Vec<Entry> {
    rows.iter()
        .map(|(field, _)| field_entry(ROOT, "", field, shape))
        .collect()
}

/// The columns of a table's sheet.
pub(super) fn table_entries(t: &Table, columns: &[String], shape: &Shape<'_>) -> Vec<Entry> {
    columns
        .iter()
        .map(|c| match key_of(t, c) {
            Some((table, by_id)) => Entry {
                sheet: t.name.clone(),
                column: c.clone(),
                required: true,
                choices: Vec::new(),
                description: Description::Key { table, by_id },
            },
            None => field_entry(&t.name, &t.name, c, shape),
        })
        .collect()
}

fn key_of(t: &Table, column: &str) -> Option<(String, bool)> {
    if !t.keys.iter().any(|k| k == column) {
        return None;
    }
    let (table, kind) = column.rsplit_once('.')?;
    Some((table.to_string(), kind == "id"))
}

/// A field at dotted `column` of the table at `path` (the root when empty), shown on `sheet`.
fn field_entry(sheet: &str, path: &str, column: &str, shape: &Shape<'_>) -> Entry {
    let full = join(path, column);
    let (parent, name) = match full.rsplit_once('.') {
        Some((p, n)) => (shape.at(p), n),
        None => (shape.clone(), full.as_str()),
    };
    let here = shape.at(&full);
    // Required when every level down from the table's row is.
    let mut required = true;
    let mut walked = path.to_string();
    for part in column.split('.') {
        required &= shape.at(&walked).requires(part);
        walked = join(&walked, part);
    }
    Entry {
        sheet: sheet.to_string(),
        column: column.to_string(),
        required,
        choices: here.choices(),
        description: Description::Schema(
            here.description(&parent, name)
                .map(|d| d.split_whitespace().collect::<Vec<_>>().join(" ")),
        ),
    }
}

/// Writes the explanations, then one row per column of every sheet.
pub(super) fn write(
    ws: &mut Worksheet,
    described: &[Vec<Entry>],
    lang: Lang,
    bold: &Format,
) -> Result<(), XlsxError> {
    let t = |id: &str| lang.message(id, &[]);
    ws.write_string_with_format(0, 0, t("workbook-about-title"), bold)?;
    let intro = [
        "workbook-about-sheets",
        "workbook-about-keys",
        "workbook-about-cells",
        "workbook-about-check",
    ];
    for (i, id) in intro.iter().enumerate() {
        ws.write_string(i as u32 + 1, 0, t(id))?;
    }
    let head = intro.len() as u32 + 2;
    let heads = [
        "workbook-about-head-sheet",
        "workbook-about-head-column",
        "workbook-about-head-required",
        "workbook-about-head-values",
        "workbook-about-head-description",
    ];
    for (c, id) in heads.iter().enumerate() {
        ws.write_string_with_format(head, c as u16, t(id), bold)?;
    }
    for (r, e) in (head + 1..).zip(described.iter().flatten()) {
        write_entry(ws, r, e, lang)?;
    }
    for (c, w) in [24.0, 28.0, 10.0, 30.0, 90.0].into_iter().enumerate() {
        ws.set_column_width(c as u16, w)?;
    }
    Ok(())
}

fn write_entry(ws: &mut Worksheet, r: u32, e: &Entry, lang: Lang) -> Result<(), XlsxError> {
    ws.write_string(r, 0, &e.sheet)?;
    ws.write_string(r, 1, &e.column)?;
    if e.required {
        ws.write_string(r, 2, lang.message("workbook-about-yes", &[]))?;
    }
    ws.write_string(r, 3, e.choices.join(", "))?;
    let text = match &e.description {
        Description::Schema(d) => d.clone().unwrap_or_default(),
        Description::Key { table, by_id } => {
            let kind = if *by_id { "id" } else { "position" };
            lang.message(
                "workbook-about-key",
                &[("kind", kind.into()), ("table", table.as_str().into())],
            )
        }
    };
    ws.write_string(r, 4, text)?;
    Ok(())
}
