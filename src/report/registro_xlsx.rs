//! Spain's registro retributivo as an XLSX workbook, laid out as the results of the Ministry's
//! registro tool (*Herramienta de registro retributivo*, Ministerio de Trabajo and Instituto de
//! las Mujeres, 2021) are laid out: for each pay concept (base salary, each salary supplement,
//! each non-salary payment, the total), a block with the professional groups down the rows and,
//! across, the women and men, the mean of women and of men and the difference, the median of
//! women and of men and the difference; one sheet for the amounts actually received, one for the
//! equalised amounts, one for the 25% rule. The layout was recalled from the tool's published
//! description, not read from the tool itself (not in the sources at hand).
//!
//! For a worker without representatives, one sheet of percentage differences and counts only.

use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};

use crate::i18n::Lang;
use crate::pay::{Registro, RegistroRow};
use crate::report::registro::{RegistroWords, WORKER_COLUMNS};

/// The workbook could not be written (the XLSX writer's message).
#[derive(Debug, thiserror::Error)]
#[error("the registro workbook could not be written: {0}")]
pub struct RegistroXlsxError(String);

impl From<XlsxError> for RegistroXlsxError {
    fn from(e: XlsxError) -> Self {
        RegistroXlsxError(e.to_string())
    }
}

/// The formats of the workbook.
struct Formats {
    bold: Format,
    money: Format,
    percent: Format,
}

/// The register as an XLSX workbook in `lang` (labels in that language, numbers as numbers).
///
/// ```
/// use gender_impact::i18n::Lang;
/// use gender_impact::pay::{Money, PayRules, Payroll, Worker, RegistroOptions, registro};
/// use gender_impact::Gender;
/// let w = |g, pay: f64| Worker { annual_pay: Some(Money::new(pay).unwrap()), ..Worker::new(g) };
/// let p = Payroll::from_workers(&[w(Gender::Woman, 30_000.0), w(Gender::Man, 40_000.0)]);
/// let r = registro(&p, &[], &PayRules::built_in(), &RegistroOptions::default());
/// let bytes = gender_impact::report::registro_xlsx(&r, Lang::Es).unwrap();
/// assert!(bytes.starts_with(b"PK"));
/// ```
pub fn workbook(r: &Registro, lang: Lang) -> Result<Vec<u8>, RegistroXlsxError> {
    let w = RegistroWords::new(r, lang);
    let f = Formats {
        bold: Format::new().set_bold(),
        money: Format::new().set_num_format("#,##0.00"),
        percent: Format::new().set_num_format("0.0%"),
    };
    let mut book = Workbook::new();
    if w.worker() {
        let ws = book.add_worksheet();
        ws.set_name(sheet_name(&w.msg("registro-sheet-differences", &[])))?;
        worker_sheet(ws, &w, &f)?;
    } else {
        for equalised in [false, true] {
            let ws = book.add_worksheet();
            let id = if equalised {
                "registro-sheet-equalised"
            } else {
                "registro-sheet-actual"
            };
            ws.set_name(sheet_name(&w.msg(id, &[])))?;
            amounts_sheet(ws, &w, &f, equalised)?;
        }
    }
    let ws = book.add_worksheet();
    ws.set_name(sheet_name(&w.msg("registro-sheet-rule", &[])))?;
    rule_sheet(ws, &w, &f)?;
    Ok(book.save_to_buffer()?)
}

/// A sheet name as Excel accepts it: at most 31 characters, none of `[]:*?/\`.
fn sheet_name(s: &str) -> String {
    s.chars()
        .filter(|c| !"[]:*?/\\".contains(*c))
        .take(31)
        .collect()
}

/// The concepts in the register's order, each with its rows: the groups, then all groups.
fn blocks<'a>(w: &RegistroWords<'a>) -> Vec<(&'a RegistroRow, Vec<&'a RegistroRow>)> {
    let groups = w.groups();
    let Some((_, all)) = groups.first() else {
        return Vec::new();
    };
    all.iter()
        .enumerate()
        .map(|(k, total)| {
            let mut rows: Vec<&RegistroRow> = groups
                .iter()
                .skip(1)
                .filter_map(|(_, rows)| rows.get(k).copied())
                .collect();
            rows.push(total);
            (*total, rows)
        })
        .collect()
}

/// The title and the notes at the top of a sheet; the next free row.
fn top(ws: &mut Worksheet, w: &RegistroWords<'_>, f: &Formats) -> Result<u32, XlsxError> {
    ws.write_string_with_format(0, 0, w.msg("registro-heading", &[]), &f.bold)?;
    let mut row = 1;
    for p in w.intro() {
        ws.write_string(row, 0, p)?;
        row += 1;
    }
    Ok(row + 1)
}

/// A block's header: the group column, then `ids`.
fn header(
    ws: &mut Worksheet,
    w: &RegistroWords<'_>,
    f: &Formats,
    row: u32,
    ids: &[&str],
) -> Result<(), XlsxError> {
    ws.write_string_with_format(row, 0, w.msg("registro-col-group", &[]), &f.bold)?;
    for (c, id) in ids.iter().enumerate() {
        ws.write_string_with_format(row, c as u16 + 1, w.msg(id, &[]), &f.bold)?;
    }
    Ok(())
}

fn group_label(w: &RegistroWords<'_>, r: &RegistroRow) -> String {
    match &r.group {
        None => w.msg("registro-group-total", &[]),
        Some(g) if g == crate::pay::NO_CATEGORY => w.msg("registro-group-none", &[]),
        Some(g) => g.clone(),
    }
}

fn number(
    ws: &mut Worksheet,
    row: u32,
    col: u16,
    x: Option<f64>,
    f: &Format,
) -> Result<(), XlsxError> {
    match x {
        Some(v) => ws.write_number_with_format(row, col, v, f).map(|_| ()),
        None => ws.write_string(row, col, "–").map(|_| ()),
    }
}

/// The sheet of actual (or equalised) amounts: a block per concept.
fn amounts_sheet(
    ws: &mut Worksheet,
    w: &RegistroWords<'_>,
    f: &Formats,
    equalised: bool,
) -> Result<(), XlsxError> {
    let mut row = top(ws, w, f)?;
    // The columns of the report's table but the concept, which heads each block.
    let ids = &super::registro::AMOUNT_COLUMNS[1..];
    for (concept, rows) in blocks(w) {
        ws.write_string_with_format(row, 0, w.concept(concept).trim_end_matches(" †"), &f.bold)?;
        header(ws, w, f, row + 1, ids)?;
        row += 2;
        for r in rows {
            ws.write_string(row, 0, group_label(w, r))?;
            ws.write_number(row, 1, r.women.n as f64)?;
            ws.write_number(row, 2, r.men.n as f64)?;
            let (s, m) = (&r.women, &r.men);
            let v = if equalised {
                [
                    s.mean_equalised,
                    m.mean_equalised,
                    r.gap_mean_equalised,
                    s.median_equalised,
                    m.median_equalised,
                    r.gap_median_equalised,
                ]
            } else {
                [s.mean, m.mean, r.gap_mean, s.median, m.median, r.gap_median]
            };
            for (k, x) in v.into_iter().enumerate() {
                let fmt = if k % 3 == 2 { &f.percent } else { &f.money };
                number(ws, row, k as u16 + 3, x, fmt)?;
            }
            row += 1;
        }
        row += 1;
    }
    ws.set_column_width(0, 28)?;
    for c in 1..=8 {
        ws.set_column_width(c, 14)?;
    }
    Ok(())
}

/// The worker's sheet: a block per concept, counts and the four percentage differences.
fn worker_sheet(ws: &mut Worksheet, w: &RegistroWords<'_>, f: &Formats) -> Result<(), XlsxError> {
    let mut row = top(ws, w, f)?;
    for (concept, rows) in blocks(w) {
        ws.write_string_with_format(row, 0, w.concept(concept).trim_end_matches(" †"), &f.bold)?;
        header(ws, w, f, row + 1, &WORKER_COLUMNS[1..])?;
        row += 2;
        for r in rows {
            ws.write_string(row, 0, group_label(w, r))?;
            ws.write_number(row, 1, r.women.n as f64)?;
            ws.write_number(row, 2, r.men.n as f64)?;
            for (k, x) in [
                r.gap_mean,
                r.gap_median,
                r.gap_mean_equalised,
                r.gap_median_equalised,
            ]
            .into_iter()
            .enumerate()
            {
                number(ws, row, k as u16 + 3, x, &f.percent)?;
            }
            row += 1;
        }
        row += 1;
    }
    ws.set_column_width(0, 28)?;
    Ok(())
}

/// The 25% rule: whether it applies, then a line per group.
fn rule_sheet(ws: &mut Worksheet, w: &RegistroWords<'_>, f: &Formats) -> Result<(), XlsxError> {
    ws.write_string_with_format(0, 0, w.msg("registro-rule-heading", &[]), &f.bold)?;
    let (head, checks) = w.rule();
    ws.write_string(1, 0, head)?;
    for (k, c) in checks.into_iter().enumerate() {
        ws.write_string(3 + k as u32, 0, c)?;
    }
    Ok(())
}
