//! The rows of a Parquet payroll, row group by row group and batch by batch, through the rules
//! of a CSV file (`Reading`): only the mapped columns are read.

use std::sync::mpsc::sync_channel;

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

/// Batches the decoding thread may be ahead by.
const IN_FLIGHT: usize = 3;

/// Reads the rows of `file` (whose header gave `layout`) through the rules of a CSV file; row
/// `n` of the data is line `n` of the problems (line 0: the whole file).
///
/// As for a CSV file (`ahead.rs`), when the process has a second core the calling thread
/// decodes the columns into batches of rows while a second thread takes them into the payroll,
/// in order; on one core the same batches are taken in turn. Either way the rows and the
/// problems are the same, in the same order.
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
        count: 0,
        stop: None,
    };
    let r = Reading::new(options, layout, Problems::default(), Encoding::Utf8);
    let two_cores = std::thread::available_parallelism().is_ok_and(|n| n.get() > 1);
    let mut r = match two_cores {
        true => on_two_threads(file, &mut rows, r),
        false => {
            let mut taker = Taker { r };
            let mut batch = Batch::default();
            rows.each_batch(file, &mut batch, &mut |b| {
                taker.take(b);
                b.len = 0;
                true
            });
            taker.r
        }
    };
    if let Some(p) = rows.stop {
        r.problems.push(p);
    }
    if rows.count == 0 && r.problems.is_empty() {
        r.problems.push(at_line(0, Message::new("csv-no-rows")));
    }
    r.finish(rows.count, false, b',')
}

/// Decodes on the calling thread while a second thread takes the rows.
fn on_two_threads<'o>(file: &dyn FileReader, rows: &mut Rows, r: Reading<'o>) -> Reading<'o> {
    let (full_tx, full_rx) = sync_channel::<Batch>(IN_FLIGHT);
    let (empty_tx, empty_rx) = sync_channel::<Batch>(IN_FLIGHT + 2);
    std::thread::scope(|s| {
        let taker = s.spawn(move || {
            let mut taker = Taker { r };
            for mut batch in full_rx {
                taker.take(&batch);
                batch.len = 0;
                let _ = empty_tx.try_send(batch);
            }
            taker.r
        });
        let mut batch = Batch::default();
        rows.each_batch(file, &mut batch, &mut |b| {
            let empty = empty_rx.try_recv().unwrap_or_default();
            full_tx.send(std::mem::replace(b, empty)).is_ok()
        });
        drop(full_tx);
        taker
            .join()
            .unwrap_or_else(|p| std::panic::resume_unwind(p))
    })
}

/// Rows decoded from the columns, each with its line and the problems of its cells (none: the
/// row is taken).
#[derive(Default)]
struct Batch {
    rows: Vec<(SheetRow, u64, Vec<Problem>)>,
    len: usize,
}

/// Takes decoded rows into the payroll being read.
struct Taker<'o> {
    r: Reading<'o>,
}

impl Taker<'_> {
    fn take(&mut self, batch: &Batch) {
        for (row, line, problems) in &batch.rows[..batch.len] {
            if problems.is_empty() {
                self.r.take(&row.rec, &row.numbers, &|| *line);
            } else {
                problems
                    .iter()
                    .for_each(|p| self.r.problems.push(p.clone()));
            }
        }
    }
}

/// The decoding of the rows.
struct Rows<'a> {
    layout: &'a Layout,
    mapped: &'a [Mapped],
    max_rows: u64,
    /// The rows decoded so far.
    count: u64,
    /// The problem that stopped the decoding (a group that cannot be read, too many rows).
    stop: Option<Problem>,
}

impl Rows<'_> {
    /// Decodes every row group into batches, handing each full batch (and the last) to `hand`,
    /// which takes its rows and leaves it empty to be filled again, or returns false to stop.
    fn each_batch(
        &mut self,
        file: &dyn FileReader,
        batch: &mut Batch,
        hand: &mut dyn FnMut(&mut Batch) -> bool,
    ) {
        for g in 0..file.num_row_groups() {
            let first = self.count + 1;
            let (n, columns) = match open_group(file, g, self.mapped, self.layout, first) {
                Ok(group) => group,
                Err(p) => {
                    self.stop = Some(*p);
                    break;
                }
            };
            if !self.group(columns, n, batch, hand) {
                break;
            }
        }
        if batch.len > 0 {
            hand(batch);
        }
    }

    /// Decodes the `n` rows of one group, batch by batch; false when decoding must stop.
    fn group(
        &mut self,
        mut columns: Vec<Column>,
        n: u64,
        batch: &mut Batch,
        hand: &mut dyn FnMut(&mut Batch) -> bool,
    ) -> bool {
        let mut left = n;
        while left > 0 {
            let size = left.min(BATCH as u64) as usize;
            for c in &mut columns {
                if let Err(e) = c.read(size) {
                    self.stop = Some(at_line(self.count + 1, cannot_read(&e)));
                    return false;
                }
            }
            for _ in 0..size {
                self.count += 1;
                let line = self.count;
                if line > self.max_rows {
                    self.stop = Some(at_line(line, too_many_rows(self.max_rows)));
                    return false;
                }
                if batch.len == batch.rows.len() {
                    let mut row = SheetRow::default();
                    row.keep_numbers(&self.layout.numeric());
                    batch.rows.push((row, 0, Vec::new()));
                }
                let slot = &mut batch.rows[batch.len];
                slot.1 = line;
                slot.2.clear();
                if self.fill(&mut columns, &mut slot.0, line, &mut slot.2) {
                    slot.0.pad(self.layout.width);
                }
                batch.len += 1;
            }
            left -= size as u64;
            if !hand(batch) {
                return false;
            }
        }
        true
    }

    /// Fills `row` with the mapped cells of row `line`; false (the problems in `problems`) when
    /// a cell cannot be read.
    #[inline]
    fn fill(
        &self,
        columns: &mut [Column],
        row: &mut SheetRow,
        line: u64,
        problems: &mut Vec<Problem>,
    ) -> bool {
        row.start(0);
        for (c, m) in columns.iter_mut().zip(self.mapped) {
            match c.next() {
                Ok(v) => row.push(m.column as u32, v),
                Err(bad) => {
                    let id = match bad {
                        Bad::NotUtf8 => "parquet-not-utf8",
                        Bad::LongDecimal => "parquet-decimal-too-long",
                        Bad::Missing => "parquet-value-missing",
                    };
                    let name = self.layout.names[m.column].clone();
                    let at = Location::cell(line, m.column + 1, name);
                    problems.push(Problem::at(at, Message::new(id)));
                }
            }
        }
        problems.is_empty()
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
