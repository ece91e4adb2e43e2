//! The rows of a payroll CSV, split into records on one thread while another reads them.
//!
//! Splitting the input into records (the csv crate, behind the [`Guard`]) is about a third of
//! reading a payroll; reading each record's cells into the payroll is the rest. When the process
//! has a second core (`std::thread::available_parallelism`, which follows `taskset`), the
//! calling thread splits records into batches and a second thread reads them, in order, through
//! a bounded channel (a few batches in flight; their records are reused, not reallocated). On
//! one core the same batches are read in turn on the calling thread. Either way the rows, their
//! line numbers and the problems are the same: each record carries the reader's position after
//! it, from which its line is worked out only when a problem needs it.

use std::io::Read;
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};

use csv::ByteRecord;

use super::guard::Guard;
use super::layout::Layout;
use super::options::CsvOptions;
use super::problems::at_line;
use super::reader::{field_count, line_of, position, too_many_rows};
use super::reading::Reading;

/// Records in a batch: large enough that the channel costs nothing per record, small enough
/// that the batches in flight stay small (about 100 bytes a record).
const BATCH: usize = 1024;

/// Batches the splitting thread may be ahead by.
const IN_FLIGHT: usize = 4;

/// What [`read_rows`] gives back: the reading, the rows counted, whether reading stopped at the
/// row limit, and the error that ended the input, if any.
pub(super) type Rows<'o> = (Reading<'o>, u64, bool, Option<csv::Error>);

/// Reads every record after the header into `r`.
pub(super) fn read_rows<'o, R: Read>(
    rdr: &mut csv::Reader<Guard<R>>,
    r: Reading<'o>,
    layout: &'o Layout,
    options: &'o CsvOptions,
) -> Rows<'o> {
    let taker = Taker {
        r,
        layout,
        max_rows: options.max_rows,
        rows: 0,
        stopped: false,
    };
    let two_cores = std::thread::available_parallelism().is_ok_and(|n| n.get() > 1);
    let (taker, failure) = match two_cores {
        true => on_two_threads(rdr, taker),
        false => on_one_thread(rdr, taker),
    };
    (taker.r, taker.rows, taker.stopped, failure)
}

fn on_one_thread<'o, R: Read>(
    rdr: &mut csv::Reader<Guard<R>>,
    mut taker: Taker<'o>,
) -> (Taker<'o>, Option<csv::Error>) {
    let mut batch = Batch::default();
    loop {
        let end = batch.fill(rdr);
        taker.take(&batch);
        match end {
            _ if taker.stopped => return (taker, None),
            Some(end) => return (taker, end.err()),
            None => {}
        }
    }
}

fn on_two_threads<'o, R: Read>(
    rdr: &mut csv::Reader<Guard<R>>,
    taker: Taker<'o>,
) -> (Taker<'o>, Option<csv::Error>) {
    let (full_tx, full_rx) = sync_channel::<Batch>(IN_FLIGHT);
    let (empty_tx, empty_rx) = sync_channel::<Batch>(IN_FLIGHT + 2);
    std::thread::scope(|s| {
        let reader = s.spawn(move || taker.take_all(&full_rx, &empty_tx));
        let end = split(rdr, &full_tx, &empty_rx);
        drop(full_tx);
        let taker = reader
            .join()
            .unwrap_or_else(|p| std::panic::resume_unwind(p));
        (taker, end.and_then(Result::err))
    })
}

/// Splits records into batches and sends them until the input ends (its end returned) or the
/// reading thread has stopped (`None`).
fn split<R: Read>(
    rdr: &mut csv::Reader<Guard<R>>,
    full: &SyncSender<Batch>,
    empty: &Receiver<Batch>,
) -> Option<Result<(), csv::Error>> {
    loop {
        let mut batch = empty.try_recv().unwrap_or_default();
        let end = batch.fill(rdr);
        full.send(batch).ok()?;
        if end.is_some() {
            return end;
        }
    }
}

/// Records split from the input, each with the reader's position after it.
#[derive(Default)]
struct Batch {
    records: Vec<(ByteRecord, u64, bool)>,
    len: usize,
}

impl Batch {
    /// Fills the batch with the next records (reusing the records' buffers): `None` while the
    /// input goes on, its end (`Ok`) or the error that stopped it otherwise.
    fn fill<R: Read>(&mut self, rdr: &mut csv::Reader<Guard<R>>) -> Option<Result<(), csv::Error>> {
        self.len = 0;
        while self.len < BATCH {
            if self.len == self.records.len() {
                self.records.push((ByteRecord::new(), 0, false));
            }
            let slot = &mut self.records[self.len];
            match rdr.read_byte_record(&mut slot.0) {
                Ok(true) => (slot.1, slot.2) = position(rdr),
                Ok(false) => return Some(Ok(())),
                Err(e) => return Some(Err(e)),
            }
            self.len += 1;
        }
        None
    }
}

/// Takes records into the payroll being read, counting rows.
struct Taker<'o> {
    r: Reading<'o>,
    layout: &'o Layout,
    max_rows: usize,
    rows: u64,
    /// The row limit was passed: nothing more is read.
    stopped: bool,
}

impl Taker<'_> {
    fn take_all(mut self, full: &Receiver<Batch>, empty: &SyncSender<Batch>) -> Self {
        for batch in full {
            self.take(&batch);
            if self.stopped {
                break; // dropping the receiver stops the splitting thread
            }
            let _ = empty.try_send(batch);
        }
        self
    }

    fn take(&mut self, batch: &Batch) {
        for (rec, after, ends_file) in &batch.records[..batch.len] {
            if rec.len() == 1 && rec[0].trim_ascii().is_empty() {
                continue; // a blank line (with a carriage return, which the csv crate keeps)
            }
            self.rows += 1;
            let line = || line_of(rec, *after, *ends_file);
            if self.rows > self.max_rows as u64 {
                let limit = too_many_rows(self.max_rows);
                self.r.problems.push(at_line(line(), limit));
                self.stopped = true;
                return;
            }
            if rec.len() != self.layout.width {
                let found = field_count(self.layout.width, rec.len());
                self.r.problems.push(at_line(line(), found));
                continue;
            }
            self.r.take(rec, &[], &line);
        }
    }
}
