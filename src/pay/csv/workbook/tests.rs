//! The fast XLSX reader against calamine's reading of the same workbooks (the independent
//! source of the expected values): the fast path must read them itself (no fallback) and give
//! the same workers, or the same problems.

use std::path::{Path, PathBuf};

use rust_xlsxwriter::{ExcelDateTime, Format, Formula, Workbook, Worksheet};

use super::xlsx::read_sheet;
use crate::pay::csv::options::CsvOptions;

/// What calamine's streaming reader makes of the sheet (the fast path bypassed).
fn by_calamine(path: &Path, sheet: &str, o: &CsvOptions) -> String {
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(path).unwrap();
    let read = super::calamine_xlsx(&mut book, sheet, o).unwrap();
    outcome(read)
}

/// What the fast path makes of the sheet: the same inflated on this thread and on another.
fn by_fast_path(path: &Path, sheet: &str, o: &CsvOptions) -> String {
    let read = |thread| {
        let read = read_sheet(path, sheet, o, thread);
        outcome(read.expect("read by the fast path, without calamine"))
    };
    let alone = read(false);
    assert_eq!(alone, read(true), "inflated on a second thread");
    alone
}

fn outcome(read: Result<super::PayrollCsv, super::CsvErrors>) -> String {
    match read {
        Ok(p) => format!("{} rows: {:?}", p.rows, p.payroll.to_workers()),
        Err(e) => e.to_string(),
    }
}

fn options() -> CsvOptions {
    let mut o = CsvOptions::default();
    o.columns.category = Some("category".into());
    o.columns.bonus_pay = Some("bonus".into());
    o.columns.full_pay = Some("full".into());
    o.columns.weekly_hours = Some("hours".into());
    o
}

/// A payroll with every kind of cell: text, numbers, booleans, a date (its serial number), a
/// formula's text (`t="str"`), sparse rows (cells left out) and an empty row.
fn write(sheet: &mut Worksheet) {
    let date = Format::new().set_num_format("yyyy-mm-dd");
    for (c, h) in [
        "gender",
        "annual_pay",
        "category",
        "bonus",
        "full",
        "hours",
        "note",
    ]
    .iter()
    .enumerate()
    {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    for r in 1..40u32 {
        let row = if r > 20 { r + 1 } else { r }; // row 22 stays empty
        sheet
            .write_string(row, 0, ["F", "M", "X"][r as usize % 3])
            .unwrap();
        sheet
            .write_number(row, 1, 30000.0 + f64::from(r) * 1234.56)
            .unwrap();
        if r % 4 == 0 {
            let f = Formula::new("=\"Agents\"").set_result("Agents & co");
            sheet.write_formula(row, 2, f).unwrap();
        } else {
            sheet
                .write_string(row, 2, ["Cadres", " Direction "][r as usize % 2])
                .unwrap();
        }
        sheet.write_number(row, 3, f64::from(r % 5) * 0.1).unwrap();
        sheet.write_boolean(row, 4, r % 7 != 0).unwrap();
        if r % 3 != 0 {
            sheet.write_number(row, 5, 37.5).unwrap(); // sparse: else the default hours
        }
        let d = ExcelDateTime::from_ymd(2024, 1, (r % 28) as u8 + 1).unwrap();
        sheet.write_datetime_with_format(row, 6, &d, &date).unwrap();
    }
}

fn saved(name: &str, constant_memory: bool) -> PathBuf {
    let mut book = Workbook::new();
    let sheet = match constant_memory {
        true => book.add_worksheet_with_constant_memory().unwrap(),
        false => book.add_worksheet(),
    };
    sheet.set_name("Payroll").unwrap();
    write(sheet);
    let path = std::env::temp_dir().join(format!("gia-{name}-{}.xlsx", std::process::id()));
    book.save(&path).unwrap();
    path
}

#[test]
fn shared_strings_read_as_calamine_reads_them() {
    let path = saved("shared", false);
    let mut o = options();
    o.default_weekly_hours = crate::model::Hours::new(35.0).ok();
    let fast = by_fast_path(&path, "Payroll", &o);
    assert_eq!(fast, by_calamine(&path, "Payroll", &o));
    assert!(fast.starts_with("39 rows"), "{fast}");
    std::fs::remove_file(&path).unwrap();
}

#[test]
fn inline_strings_read_as_calamine_reads_them() {
    let path = saved("inline", true);
    let mut o = options();
    o.default_weekly_hours = crate::model::Hours::new(35.0).ok();
    let fast = by_fast_path(&path, "Payroll", &o);
    assert_eq!(fast, by_calamine(&path, "Payroll", &o));
    // Without default hours, the sparse cells are problems, found alike.
    o.default_weekly_hours = None;
    let fast = by_fast_path(&path, "Payroll", &o);
    assert_eq!(fast, by_calamine(&path, "Payroll", &o));
    assert!(fast.contains("(hours)"), "{fast}");
    std::fs::remove_file(&path).unwrap();
}

#[test]
fn formula_errors_are_found_alike() {
    let path = Path::new("tests/bad-input/workbook/formula-errors.xlsx");
    let o = CsvOptions::default();
    let fast = by_fast_path(path, "Payroll", &o);
    assert_eq!(fast, by_calamine(path, "Payroll", &o));
    assert!(fast.contains("#DIV/0!") && fast.contains("#N/A"), "{fast}");
}

#[test]
fn unusual_cells_are_left_to_calamine() {
    use super::cell_xml::{Parsed, Type, cell_value};
    let value = cell_value;
    assert_eq!(value(b"<v>2024-01-01</v>", Type::Number), None);
    assert_eq!(value(b"<v>1e999</v>", Type::Number), None);
    assert_eq!(value(b"<v>#SPILL!</v>", Type::Error), None);
    assert_eq!(value(b"<is><t>a_x000D_b</t></is>", Type::Inline), None);
    assert_eq!(value(b"<is><t><![CDATA[x]]></t></is>", Type::Inline), None);
    assert_eq!(value(b"<v>-0</v>", Type::Number), Some(Parsed::Number(0.0)));
    assert_eq!(
        value(b"<v>1.5E3</v>", Type::Number),
        Some(Parsed::Number(1500.0))
    );
    let rich = b"<is><r><rPr><b/></rPr><t xml:space=\"preserve\">R&amp;D </t></r>\
        <r><t>team</t></r><rPh><t>x</t></rPh></is>";
    assert_eq!(
        value(rich, Type::Inline),
        Some(Parsed::Text("R&D team".into()))
    );
    assert_eq!(
        value(b"<f>A1</f><v>TRUE</v>", Type::Bool),
        Some(Parsed::Bool(true))
    );
    assert_eq!(value(b"<v>x</v><f>A1</f>", Type::Str), Some(Parsed::Empty));
}
