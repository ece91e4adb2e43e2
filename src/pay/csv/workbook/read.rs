//! A sheet's rows read by the rules of a CSV file: the first non-empty row is the header, each
//! other non-empty row a worker.

use csv::ByteRecord;

use super::sheet_row::{RowSource, SheetRow, Stop};
use crate::document::{Location, Problem};
use crate::i18n::Message;
use crate::pay::csv::layout::Layout;
use crate::pay::csv::options::{CsvOptions, Encoding, PayrollCsv};
use crate::pay::csv::problems::{CsvErrors, Problems, at_line};
use crate::pay::csv::reading::{Early, Reading};

/// The payroll read, or `Err(())` when the fast XLSX reader left the sheet to calamine (what it
/// read so far is dropped).
pub(super) type Outcome = Result<Result<PayrollCsv, CsvErrors>, ()>;

/// Reads the rows, through the rules of a CSV file.
pub(super) fn read_rows(source: &mut dyn RowSource, options: &CsvOptions) -> Outcome {
    let mut row = SheetRow::default();
    let mut problems = Problems::default();
    match next_row(source, &mut row, &mut problems) {
        Ok(true) => {}
        Ok(false) => return Ok(failed(problems, at_line(1, Message::new("csv-empty-file")))),
        Err(Stop::Unreadable(m)) => return Ok(failed(problems, at_line(1, m))),
        Err(Stop::Fallback) => return Err(()),
    }
    let line = u64::from(row.index) + 1;
    let width = row
        .rec
        .iter()
        .rposition(|f| !f.is_empty())
        .map_or(0, |i| i + 1);
    let head: ByteRecord = row.rec.iter().take(width).collect();
    let layout = match Layout::resolve(&head, &options.columns, line) {
        Ok(l) => l,
        Err(ps) => {
            ps.into_iter().for_each(|p| problems.push(p));
            return Ok(Err(problems.into_errors(false)));
        }
    };
    row.keep_numbers(&layout.numeric());
    let mut r = Reading::new(options, &layout, problems, Encoding::Utf8);
    let count = read_workers(source, &mut row, &mut r, width, line, options.max_rows)?;
    if count == 0 && r.problems.is_empty() {
        r.problems
            .push(at_line(line + 1, Message::new("csv-no-rows")));
    }
    Ok(r.finish(count, false, b','))
}

/// Reads the rows after the header (on line `header`) into `r`; how many there were.
fn read_workers(
    source: &mut dyn RowSource,
    row: &mut SheetRow,
    r: &mut Reading<'_>,
    width: usize,
    header: u64,
    max_rows: usize,
) -> Result<u64, ()> {
    let mut count: u64 = 0;
    let mut last = header;
    loop {
        match next_row(source, row, &mut r.problems) {
            Ok(true) => {}
            Ok(false) => break,
            Err(Stop::Unreadable(m)) => {
                r.problems.push(at_line(last + 1, m));
                break;
            }
            Err(Stop::Fallback) => return Err(()),
        }
        let line = u64::from(row.index) + 1;
        last = line;
        count += 1;
        if count > max_rows as u64 {
            r.problems.push(at_line(line, too_many_rows(max_rows)));
            break;
        }
        if !row.errors.is_empty() {
            continue;
        }
        row.pad(width);
        if row.rec.len() != width {
            r.problems
                .push(at_line(line, Message::new("sheet-cells-beyond-header")));
            continue;
        }
        r.take(&row.rec, &row.numbers, &|| line, Early::default());
    }
    Ok(count)
}

fn failed(mut problems: Problems, problem: Problem) -> Result<PayrollCsv, CsvErrors> {
    problems.push(problem);
    Err(problems.into_errors(false))
}

fn too_many_rows(max: usize) -> Message {
    Message::new("csv-too-many-rows")
        .count("max", max as u64)
        .text("digits", max.to_string())
}

/// The next non-empty row; its formula errors are problems at their cells.
fn next_row(
    source: &mut dyn RowSource,
    row: &mut SheetRow,
    problems: &mut Problems,
) -> Result<bool, Stop> {
    loop {
        if !source.next_row(row)? {
            return Ok(false);
        }
        for (c, e) in &row.errors {
            problems.push(Problem::at(
                Location::Cell {
                    line: u64::from(row.index) + 1,
                    column: Some(*c as usize + 1),
                    field: None,
                },
                Message::new("sheet-formula-error").text("error", e.clone()),
            ));
        }
        if !row.is_empty() {
            return Ok(true);
        }
    }
}
