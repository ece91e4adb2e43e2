//! The rows of a Parquet payroll, row group by row group and batch by batch, through the rules
//! of a CSV file (`Reading`): only the mapped columns are read.

use std::sync::mpsc::sync_channel;

use parquet::basic::Compression;
use parquet::file::reader::FileReader;

use super::column::{Bad, Column, Decoded};
use super::schema::Kind;
use crate::document::{Location, Problem};
use crate::i18n::Message;
use crate::pay::csv::layout::Layout;
use crate::pay::csv::options::{CsvOptions, Encoding, PayrollCsv};
use crate::pay::csv::problems::{CsvErrors, Problems, at_line};
use crate::pay::csv::reading::{Early, Reading};
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
/// decodes the mapped columns, a batch of rows at a time, while a second thread makes rows of
/// them and takes them into the payroll, in order; on one core the same batches are taken in
/// turn. Either way the rows and the problems are the same, in the same order.
pub(super) fn read_rows(
    file: &dyn FileReader,
    layout: &Layout,
    mapped: &[Mapped],
    options: &CsvOptions,
) -> Result<PayrollCsv, CsvErrors> {
    let mut decoder = Decoder {
        layout,
        mapped,
        max_rows: options.max_rows as u64,
        count: 0,
        stop: None,
    };
    let mut taker = Taker::new(
        Reading::new(options, layout, Problems::default(), Encoding::Utf8),
        layout,
        mapped,
    );
    let two_cores = std::thread::available_parallelism().is_ok_and(|n| n.get() > 1);
    if two_cores {
        taker = on_two_threads(file, &mut decoder, taker);
    } else {
        decoder.each_batch(file, &mut Batch::default(), &mut |b| {
            taker.take(b);
            true
        });
    }
    let mut r = taker.r;
    if let Some(p) = decoder.stop {
        r.problems.push(p);
    }
    if decoder.count == 0 && r.problems.is_empty() {
        r.problems.push(at_line(0, Message::new("csv-no-rows")));
    }
    r.finish(decoder.count, false, b',')
}

/// Decodes on the calling thread while a second thread takes the rows.
fn on_two_threads<'o>(file: &dyn FileReader, decoder: &mut Decoder, taker: Taker<'o>) -> Taker<'o> {
    let (full_tx, full_rx) = sync_channel::<Batch>(IN_FLIGHT);
    let (empty_tx, empty_rx) = sync_channel::<Batch>(IN_FLIGHT + 2);
    std::thread::scope(|s| {
        let taking = s.spawn(move || {
            let mut taker = taker;
            for mut batch in full_rx {
                taker.take(&mut batch);
                let _ = empty_tx.try_send(batch);
            }
            taker
        });
        decoder.each_batch(file, &mut Batch::default(), &mut |b| {
            let empty = empty_rx.try_recv().unwrap_or_default();
            full_tx.send(std::mem::replace(b, empty)).is_ok()
        });
        drop(full_tx);
        taking
            .join()
            .unwrap_or_else(|p| std::panic::resume_unwind(p))
    })
}

/// A batch of rows as decoded columns (one per mapped column): `rows` rows from line `first`.
#[derive(Default)]
struct Batch {
    columns: Vec<Decoded>,
    rows: usize,
    first: u64,
}

/// Makes rows of decoded columns and takes them into the payroll being read.
struct Taker<'o> {
    r: Reading<'o>,
    layout: &'o Layout,
    mapped: &'o [Mapped],
    /// The row being filled, and the problems of its cells.
    row: SheetRow,
    problems: Vec<Problem>,
}

impl<'o> Taker<'o> {
    fn new(r: Reading<'o>, layout: &'o Layout, mapped: &'o [Mapped]) -> Taker<'o> {
        let mut row = SheetRow::default();
        row.keep_numbers(&layout.numeric());
        Taker {
            r,
            layout,
            mapped,
            row,
            problems: Vec::new(),
        }
    }

    /// Makes each row of the batch and takes it (or records the problems of its cells).
    fn take(&mut self, batch: &mut Batch) {
        for i in 0..batch.rows {
            let line = batch.first + i as u64;
            if self.fill(&mut batch.columns, line) {
                self.row.pad(self.layout.width);
                self.r
                    .take(&self.row.rec, &self.row.numbers, &|| line, Early::default());
            } else {
                self.problems
                    .drain(..)
                    .for_each(|p| self.r.problems.push(p));
            }
        }
    }

    /// Fills the row with the next cell of each column (the row of `line`); false (the
    /// problems in `problems`) when a cell cannot be read.
    #[inline]
    fn fill(&mut self, columns: &mut [Decoded], line: u64) -> bool {
        self.row.start(0);
        for (c, m) in columns.iter_mut().zip(self.mapped) {
            match c.next() {
                Ok(v) => self.row.push(m.column as u32, v),
                Err(bad) => {
                    let id = match bad {
                        Bad::NotUtf8 => "parquet-not-utf8",
                        Bad::LongDecimal => "parquet-decimal-too-long",
                        Bad::Missing => "parquet-value-missing",
                    };
                    let name = self.layout.names[m.column].clone();
                    let at = Location::cell(line, m.column + 1, name);
                    self.problems.push(Problem::at(at, Message::new(id)));
                }
            }
        }
        self.problems.is_empty()
    }
}

/// The decoding of the mapped columns, row group by row group, batch by batch.
struct Decoder<'a> {
    layout: &'a Layout,
    mapped: &'a [Mapped],
    max_rows: u64,
    /// The rows decoded so far.
    count: u64,
    /// The problem that stopped the decoding (a group that cannot be read, too many rows).
    stop: Option<Problem>,
}

impl Decoder<'_> {
    /// Decodes every row group into batches, handing each to `hand`, which takes its rows and
    /// leaves a batch to be filled next, or returns false to stop.
    fn each_batch(
        &mut self,
        file: &dyn FileReader,
        batch: &mut Batch,
        hand: &mut dyn FnMut(&mut Batch) -> bool,
    ) {
        for g in 0..file.num_row_groups() {
            let first = self.count + 1;
            let (n, mut columns) = match open_group(file, g, self.mapped, self.layout, first) {
                Ok(group) => group,
                Err(p) => {
                    self.stop = Some(*p);
                    return;
                }
            };
            let mut left = n;
            while left > 0 {
                let size = left.min(BATCH as u64) as usize;
                batch.columns.resize_with(columns.len(), Decoded::default);
                for (c, into) in columns.iter_mut().zip(&mut batch.columns) {
                    if let Err(e) = c.read(size, into) {
                        // At the group's first row, as the chunk that cannot be read starts there.
                        self.stop = Some(at_line(first, cannot_read(&e)));
                        return;
                    }
                }
                // Rows past the limit are not taken: the first of them is the problem.
                let allowed = self.max_rows.saturating_sub(self.count).min(size as u64);
                (batch.rows, batch.first) = (allowed as usize, self.count + 1);
                self.count += allowed;
                let go_on = hand(batch);
                if allowed < size as u64 {
                    self.count += 1;
                    let m = too_many_rows(self.max_rows);
                    self.stop = Some(at_line(self.count, m));
                    return;
                }
                if !go_on {
                    return;
                }
                left -= size as u64;
            }
        }
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
