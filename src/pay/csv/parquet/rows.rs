//! The rows of a Parquet payroll, row group by row group and batch by batch, through the rules
//! of a CSV file (`Reading`): only the mapped columns are read.

use parquet::basic::Compression;
use parquet::file::reader::FileReader;

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
    let mut rows = Rows {
        layout,
        mapped,
        max_rows: options.max_rows as u64,
        row: SheetRow::default(),
        r: Reading::new(options, layout, Problems::default(), Encoding::Utf8),
        count: 0,
    };
    rows.row.keep_numbers(&layout.numeric());
    for g in 0..file.num_row_groups() {
        let first = rows.count + 1;
        let (n, columns) = match open_group(file, g, mapped, layout, first) {
            Ok(group) => group,
            Err(p) => {
                rows.r.problems.push(*p);
                break;
            }
        };
        match rows.group(columns, n) {
            Ok(true) => {}
            Ok(false) => break,
            Err(m) => {
                rows.r.problems.push(at_line(first, m));
                break;
            }
        }
    }
    if rows.count == 0 && rows.r.problems.is_empty() {
        rows.r
            .problems
            .push(at_line(0, Message::new("csv-no-rows")));
    }
    rows.r.finish(rows.count, false, b',')
}

/// The rows being read.
struct Rows<'a> {
    layout: &'a Layout,
    mapped: &'a [Mapped],
    max_rows: u64,
    /// The row being filled.
    row: SheetRow,
    r: Reading<'a>,
    /// The rows read so far.
    count: u64,
}

impl Rows<'_> {
    /// Reads the `n` rows of one group, batch by batch; false when reading must stop (more
    /// rows than allowed).
    fn group(&mut self, mut columns: Vec<Column>, n: u64) -> Result<bool, Message> {
        let mut left = n;
        while left > 0 {
            let batch = left.min(BATCH as u64) as usize;
            for c in &mut columns {
                c.read(batch).map_err(|e| cannot_read(&e))?;
            }
            for _ in 0..batch {
                self.count += 1;
                let line = self.count;
                if line > self.max_rows {
                    let m = too_many_rows(self.max_rows);
                    self.r.problems.push(at_line(line, m));
                    return Ok(false);
                }
                if self.fill(&mut columns, line) {
                    self.row.pad(self.layout.width);
                    self.r.take(&self.row.rec, &self.row.numbers, &|| line);
                }
            }
            left -= batch as u64;
        }
        Ok(true)
    }

    /// Fills the row with the mapped cells of row `line`; false (the problems recorded) when a
    /// cell cannot be read.
    #[inline]
    fn fill(&mut self, columns: &mut [Column], line: u64) -> bool {
        self.row.start(0);
        let mut ok = true;
        for (c, m) in columns.iter_mut().zip(self.mapped) {
            match c.next() {
                Ok(v) => self.row.push(m.column as u32, v),
                Err(bad) => {
                    ok = false;
                    let id = match bad {
                        Bad::NotUtf8 => "parquet-not-utf8",
                        Bad::LongDecimal => "parquet-decimal-too-long",
                        Bad::Missing => "parquet-value-missing",
                    };
                    let name = self.layout.names[m.column].clone();
                    let at = Location::cell(line, m.column + 1, name);
                    self.r.problems.push(Problem::at(at, Message::new(id)));
                }
            }
        }
        ok
    }
}

/// Row group `g`, whose first row is `first`: its rows and its mapped columns' readers; a
/// problem when a column chunk's codec is not built in (at that column), or the group cannot be
/// opened.
fn open_group(
    file: &dyn FileReader,
    g: usize,
    mapped: &[Mapped],
    layout: &Layout,
    first: u64,
) -> Result<(u64, Vec<Column>), Box<Problem>> {
    let group = file
        .get_row_group(g)
        .map_err(|e| Box::new(at_line(first, cannot_read(&e))))?;
    let mut columns = Vec::with_capacity(mapped.len());
    for m in mapped {
        let at = |message| {
            let name = layout.names[m.column].clone();
            Box::new(Problem::at(
                Location::cell(first, m.column + 1, name),
                message,
            ))
        };
        if m.leaf >= group.metadata().num_columns() {
            return Err(at(Message::new("parquet-value-missing")));
        }
        let chunk = group.metadata().column(m.leaf);
        // The crate panics on a negative place (`ColumnChunkMetaData::byte_range`).
        let start = chunk
            .dictionary_page_offset()
            .unwrap_or(chunk.data_page_offset());
        if start < 0 || chunk.compressed_size() < 0 {
            return Err(at(Message::new("parquet-damaged-chunk")));
        }
        let codec = match chunk.compression() {
            Compression::BROTLI(_) => Some("brotli"),
            Compression::LZO => Some("LZO"),
            _ => None,
        };
        if let Some(codec) = codec {
            return Err(at(Message::new("parquet-codec").text("codec", codec)));
        }
        let reader =
            super::pages::column_reader(&*group, m.leaf).map_err(|e| at(cannot_read(&e)))?;
        let max_def = chunk.column_descr().max_def_level();
        columns.push(Column::new(reader, m.kind, max_def));
    }
    Ok((group.metadata().num_rows().max(0) as u64, columns))
}

fn cannot_read(e: &parquet::errors::ParquetError) -> Message {
    Message::new("parquet-cannot-read").text("reason", e.to_string())
}

fn too_many_rows(max: u64) -> Message {
    Message::new("csv-too-many-rows")
        .count("max", max)
        .text("digits", max.to_string())
}
