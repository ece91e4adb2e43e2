//! The rows of a Parquet payroll, row group by row group and batch by batch, through the rules
//! of a CSV file (`Reading`): only the mapped columns are read.

use parquet::basic::Compression;
use parquet::file::reader::{FileReader, RowGroupReader};

use super::column::{Bad, Column};
use super::schema::Kind;
use crate::document::{Location, Problem};
use crate::i18n::Message;
use crate::pay::csv::layout::Layout;
use crate::pay::csv::options::{CsvOptions, Encoding, PayrollCsv};
use crate::pay::csv::problems::{CsvErrors, Problems, at_line};
use crate::pay::csv::reading::Reading;
use crate::pay::csv::workbook::SheetRow;

/// Rows read at a time from each column: a few hundred KiB of values at most.
const BATCH: usize = 8192;

/// A mapped column: its number in the header (from 0), its leaf column in the file, how its
/// values are read.
pub(super) struct Mapped {
    pub(super) column: usize,
    pub(super) leaf: usize,
    pub(super) kind: Kind,
}

/// Reads the rows of `file` (whose header gave `layout`) through the rules of a CSV file; row
/// `n` of the data is line `n` of the problems (line 0: the whole file).
pub(super) fn read_rows(
    file: &dyn FileReader,
    layout: &Layout,
    mapped: &[Mapped],
    options: &CsvOptions,
) -> Result<PayrollCsv, CsvErrors> {
    let mut row = SheetRow::default();
    row.keep_numbers(&layout.numeric());
    let mut r = Reading::new(options, layout, Problems::default(), Encoding::Utf8);
    let mut count: u64 = 0;
    for g in 0..file.num_row_groups() {
        let group = match open_group(file, g, mapped, layout, count + 1) {
            Ok(group) => group,
            Err(p) => {
                r.problems.push(p);
                break;
            }
        };
        let rows = group.0.metadata().num_rows().max(0) as u64;
        match read_group(
            group.1, rows, &mut row, &mut r, layout, mapped, &mut count, options,
        ) {
            Ok(true) => {}
            Ok(false) => break,
            Err(m) => {
                r.problems.push(at_line(count + 1, m));
                break;
            }
        }
    }
    if count == 0 && r.problems.is_empty() {
        r.problems.push(at_line(0, Message::new("csv-no-rows")));
    }
    r.finish(count, false, b',')
}

/// Row group `g`, whose first row is `first`, and its mapped columns' readers; a problem when
/// a column chunk's codec is not built in (at that column), or the group cannot be opened.
fn open_group<'f>(
    file: &'f dyn FileReader,
    g: usize,
    mapped: &[Mapped],
    layout: &Layout,
    first: u64,
) -> Result<(Box<dyn RowGroupReader + 'f>, Vec<Column>), Problem> {
    let group = file
        .get_row_group(g)
        .map_err(|e| at_line(first, cannot_read(&e)))?;
    let mut columns = Vec::with_capacity(mapped.len());
    for m in mapped {
        let at = |message| {
            let name = layout.names[m.column].clone();
            Problem::at(Location::cell(first, m.column + 1, name), message)
        };
        let chunk = group.metadata().column(m.leaf);
        let codec = match chunk.compression() {
            Compression::BROTLI(_) => Some("brotli"),
            Compression::LZO => Some("LZO"),
            _ => None,
        };
        if let Some(codec) = codec {
            return Err(at(Message::new("parquet-codec").text("codec", codec)));
        }
        let reader = group
            .get_column_reader(m.leaf)
            .map_err(|e| at(cannot_read(&e)))?;
        let max_def = chunk.column_descr().max_def_level();
        columns.push(Column::new(reader, m.kind, max_def));
    }
    Ok((group, columns))
}

/// Reads the `rows` rows of one group into `r`, batch by batch; false when reading must stop
/// (more rows than allowed).
#[allow(clippy::too_many_arguments)]
fn read_group(
    mut columns: Vec<Column>,
    rows: u64,
    row: &mut SheetRow,
    r: &mut Reading<'_>,
    layout: &Layout,
    mapped: &[Mapped],
    count: &mut u64,
    options: &CsvOptions,
) -> Result<bool, Message> {
    let mut left = rows;
    while left > 0 {
        let n = left.min(BATCH as u64) as usize;
        for c in &mut columns {
            c.read(n).map_err(|e| cannot_read(&e))?;
        }
        for _ in 0..n {
            *count += 1;
            let line = *count;
            if line > options.max_rows as u64 {
                r.problems
                    .push(at_line(line, too_many_rows(options.max_rows)));
                return Ok(false);
            }
            if fill(row, &mut columns, mapped, layout, r, line) {
                row.pad(layout.width);
                r.take(&row.rec, &row.numbers, &|| line);
            }
        }
        left -= n as u64;
    }
    Ok(true)
}

/// Fills `row` with the mapped cells of row `line`; false (the problems recorded) when a cell
/// cannot be read.
#[inline]
fn fill(
    row: &mut SheetRow,
    columns: &mut [Column],
    mapped: &[Mapped],
    layout: &Layout,
    r: &mut Reading<'_>,
    line: u64,
) -> bool {
    row.start(0);
    let mut ok = true;
    for (c, m) in columns.iter_mut().zip(mapped) {
        match c.next() {
            Ok(v) => row.push(m.column as u32, v),
            Err(bad) => {
                ok = false;
                let id = match bad {
                    Bad::NotUtf8 => "parquet-not-utf8",
                    Bad::LongDecimal => "parquet-decimal-too-long",
                };
                r.problems.push(Problem::at(
                    Location::cell(line, m.column + 1, layout.names[m.column].clone()),
                    Message::new(id),
                ));
            }
        }
    }
    ok
}

fn cannot_read(e: &parquet::errors::ParquetError) -> Message {
    Message::new("parquet-cannot-read").text("reason", e.to_string())
}

fn too_many_rows(max: usize) -> Message {
    Message::new("csv-too-many-rows")
        .count("max", max as u64)
        .text("digits", max.to_string())
}
