//! The rows of a Parquet payroll, row group by row group and batch by batch, through the rules
//! of a CSV file (`Reading`): only the mapped columns are read.

use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
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
/// decodes the mapped columns, a batch of rows at a time, while a second thread takes the rows
/// into the payroll, in order; each batch's rows are made by whichever of the two has the time
/// ([`on_two_threads`]). On one core the same batches are made and taken in turn. Either way
/// the rows and the problems are the same, in the same order.
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
    let maker = Maker { layout, mapped };
    let mut taker = Taker {
        r: Reading::new(options, layout, Problems::default(), Encoding::Utf8),
    };
    let two_cores = std::thread::available_parallelism().is_ok_and(|n| n.get() > 1);
    if two_cores {
        taker = on_two_threads(file, &mut decoder, &maker, taker);
    } else {
        decoder.each_batch(file, &mut Batch::default(), &mut |b| {
            maker.make(b);
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

/// Decodes on the calling thread while a second thread takes the rows. Making the rows of a
/// batch ([`Maker`]) is done by whichever thread has the time: the decoding thread when the
/// taking thread still has a batch waiting, else the taking thread (on 3,000,000 rows of six
/// columns, decoding is about a fifth of the reading and making the rows about two fifths).
fn on_two_threads<'o>(
    file: &dyn FileReader,
    decoder: &mut Decoder,
    maker: &Maker,
    taker: Taker<'o>,
) -> Taker<'o> {
    let (full_tx, full_rx) = sync_channel::<Batch>(IN_FLIGHT);
    let (empty_tx, empty_rx) = sync_channel::<Batch>(IN_FLIGHT + 2);
    // Batches sent and not yet taken up by the taking thread.
    let waiting = AtomicUsize::new(0);
    std::thread::scope(|s| {
        let taking = s.spawn(|| {
            let mut taker = taker;
            for mut batch in full_rx {
                waiting.fetch_sub(1, Relaxed);
                if !batch.made_up {
                    maker.make(&mut batch);
                }
                taker.take(&batch);
                let _ = empty_tx.try_send(batch);
            }
            taker
        });
        decoder.each_batch(file, &mut Batch::default(), &mut |b| {
            if make_on_decoding_thread(waiting.load(Relaxed)) {
                maker.make(b);
            }
            let empty = empty_rx.try_recv().unwrap_or_default();
            waiting.fetch_add(1, Relaxed);
            full_tx.send(std::mem::replace(b, empty)).is_ok()
        });
        drop(full_tx);
        taking
            .join()
            .unwrap_or_else(|p| std::panic::resume_unwind(p))
    })
}

/// Whether the decoding thread makes the rows of the batch it has just decoded: when the taking
/// thread still has `waiting` batches to take, it has the time. (The unit tests force each
/// thread in turn, as timing alone would not.)
fn make_on_decoding_thread(waiting: usize) -> bool {
    #[cfg(test)]
    if let Some(forced) = tests::FORCED.get() {
        return forced;
    }
    waiting > 0
}

/// A batch of rows: decoded columns (one per mapped column), `rows` rows from line `first`,
/// made into rows as a CSV file's are read ([`Maker`]).
#[derive(Default)]
struct Batch {
    columns: Vec<Decoded>,
    rows: usize,
    first: u64,
    /// The rows made of the columns (the first `rows`; their buffers are reused).
    made: Vec<SheetRow>,
    /// The problems of cells that cannot be read, with their rows' places in the batch, in order.
    bad: Vec<(usize, Problem)>,
    /// The rows are made (`made` and `bad` are this batch's).
    made_up: bool,
}

/// Makes rows of decoded columns, as a CSV file's records, on either thread (see
/// [`on_two_threads`]): whichever thread does it is the slower one, so it goes where there is
/// time.
struct Maker<'o> {
    layout: &'o Layout,
    mapped: &'o [Mapped],
}

impl Maker<'_> {
    /// Makes each row of the batch, or records the problems of its cells.
    fn make(&self, batch: &mut Batch) {
        batch.made_up = true;
        batch.bad.clear();
        if batch.made.len() < batch.rows {
            let numeric = self.layout.numeric();
            batch.made.resize_with(batch.rows, || {
                let mut row = SheetRow::default();
                row.keep_numbers(&numeric);
                row
            });
        }
        for (i, row) in batch.made.iter_mut().take(batch.rows).enumerate() {
            let line = batch.first + i as u64;
            if self.fill(&mut batch.columns, row, line, &mut batch.bad, i) {
                row.pad(self.layout.width);
            }
        }
    }

    /// Fills `row` with the next cell of each column (the row of `line`, place `i` in its
    /// batch); false (the problems in `bad`) when a cell cannot be read.
    #[inline]
    fn fill(
        &self,
        columns: &mut [Decoded],
        row: &mut SheetRow,
        line: u64,
        bad: &mut Vec<(usize, Problem)>,
        i: usize,
    ) -> bool {
        row.start(0);
        let before = bad.len();
        for (c, m) in columns.iter_mut().zip(self.mapped) {
            match c.next() {
                Ok(v) => row.push(m.column as u32, v),
                Err(wrong) => {
                    let id = match wrong {
                        Bad::NotUtf8 => "parquet-not-utf8",
                        Bad::LongDecimal => "parquet-decimal-too-long",
                        Bad::Missing => "parquet-value-missing",
                    };
                    let name = self.layout.names[m.column].clone();
                    let at = Location::cell(line, m.column + 1, name);
                    bad.push((i, Problem::at(at, Message::new(id))));
                }
            }
        }
        bad.len() == before
    }
}

/// Takes the rows made into the payroll being read.
struct Taker<'o> {
    r: Reading<'o>,
}

impl Taker<'_> {
    /// Takes each row of the batch, or records the problems of its cells.
    fn take(&mut self, batch: &Batch) {
        let mut bad = batch.bad.iter().peekable();
        for (i, row) in batch.made.iter().take(batch.rows).enumerate() {
            let line = batch.first + i as u64;
            if bad.peek().is_some_and(|(at, _)| *at == i) {
                while let Some((_, p)) = bad.next_if(|(at, _)| *at == i) {
                    self.r.problems.push(p.clone());
                }
                continue;
            }
            self.r
                .take(&row.rec, &row.numbers, &|| line, Early::default());
        }
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
                batch.made_up = false;
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

#[cfg(test)]
mod tests {
    use std::cell::Cell;
    use std::sync::Arc;

    use parquet::basic::{LogicalType, Repetition, Type as Physical};
    use parquet::data_type::{ByteArray, ByteArrayType, DoubleType};
    use parquet::file::properties::WriterProperties;
    use parquet::file::writer::SerializedFileWriter;
    use parquet::schema::types::Type;

    use crate::pay::{CsvOptions, read_payroll, read_payroll_parquet_bytes};

    thread_local! {
        /// Which thread makes every batch's rows (`Some(true)`: the decoding one), in this
        /// test thread's reads.
        pub(super) static FORCED: Cell<Option<bool>> = const { Cell::new(None) };
    }

    /// 20,000 rows in three batches: `gender` (bytes that are not UTF-8 in rows 5 and 12,000
    /// when `bad`) and `annual_pay` (a null in rows 11,000 and 12,500 when `bad`).
    fn file(bad: bool) -> Vec<u8> {
        let rows = 20_000;
        let broken = |r: usize| bad && (r == 5 || r == 12_000);
        let empty = |r: usize| bad && (r == 11_000 || r == 12_500);
        let gender: Vec<ByteArray> = (1..=rows)
            .map(|r| match r {
                _ if broken(r) => ByteArray::from(vec![0xff, b'F']),
                _ if r % 3 == 0 => ByteArray::from("F"),
                _ => ByteArray::from("M"),
            })
            .collect();
        let defs: Vec<i16> = (1..=rows).map(|r| i16::from(!empty(r))).collect();
        let pay: Vec<f64> = (1..=rows)
            .filter(|&r| !empty(r))
            .map(|r| 20_000.0 + (r * 37 % 1_000) as f64)
            .collect();
        let field = |name: &str, t: Physical, logical, repetition| {
            Arc::new(
                Type::primitive_type_builder(name, t)
                    .with_repetition(repetition)
                    .with_logical_type(logical)
                    .build()
                    .unwrap(),
            )
        };
        let string = Some(LogicalType::String);
        let fields = vec![
            field("gender", Physical::BYTE_ARRAY, string, Repetition::REQUIRED),
            field("annual_pay", Physical::DOUBLE, None, Repetition::OPTIONAL),
        ];
        let schema = Type::group_type_builder("payroll")
            .with_fields(fields)
            .build()
            .unwrap();
        let props = Arc::new(WriterProperties::builder().build());
        let mut out = Vec::new();
        let mut w = SerializedFileWriter::new(&mut out, Arc::new(schema), props).unwrap();
        let mut group = w.next_row_group().unwrap();
        let mut col = group.next_column().unwrap().unwrap();
        col.typed::<ByteArrayType>()
            .write_batch(&gender, None, None)
            .unwrap();
        col.close().unwrap();
        let mut col = group.next_column().unwrap().unwrap();
        col.typed::<DoubleType>()
            .write_batch(&pay, Some(&defs), None)
            .unwrap();
        col.close().unwrap();
        group.close().unwrap();
        w.close().unwrap();
        out
    }

    /// The rows made on the decoding thread, on the taking thread, or as timing has it: the
    /// same payroll as the CSV of the same rows, and the same problems.
    #[test]
    fn either_thread_makes_the_same_rows_and_problems() {
        let o = CsvOptions::default();
        let mut csv = String::from("gender,annual_pay\n");
        for r in 1..=20_000usize {
            let g = if r % 3 == 0 { "F" } else { "M" };
            csv.push_str(&format!("{g},{}\n", 20_000 + r * 37 % 1_000));
        }
        let want = read_payroll(csv.as_bytes(), &o).unwrap();
        let (good, bad) = (file(false), file(true));
        let mut problems = Vec::new();
        for forced in [Some(true), Some(false), None] {
            FORCED.set(forced);
            let got = read_payroll_parquet_bytes(good.clone(), "-", &o).unwrap();
            assert_eq!(format!("{:?}", got.payroll), format!("{:?}", want.payroll));
            assert_eq!(got.rows, 20_000);
            let err = read_payroll_parquet_bytes(bad.clone(), "-", &o).unwrap_err();
            problems.push(err.to_string());
        }
        FORCED.set(None);
        // Rows 5 and 12,000 (not UTF-8), 11,000 and 12,500 (no pay), each once, in row order.
        let not_utf8 = "column 1 (gender): expected text in UTF-8, found other bytes";
        let no_pay = "column 2 (annual_pay): expected an amount, found an empty cell";
        assert_eq!(
            problems[0],
            format!(
                "-, row 5, {not_utf8}\n-, row 11000, {no_pay}\n\
                 -, row 12000, {not_utf8}\n-, row 12500, {no_pay}\n"
            )
        );
        assert_eq!(problems[1], problems[0]);
        assert_eq!(problems[2], problems[0]);
    }
}
