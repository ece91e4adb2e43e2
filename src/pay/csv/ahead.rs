//! The rows of a payroll CSV, split into records on one thread while another reads them.
//!
//! Splitting the input into records (`split.rs`, behind the [`Guard`](super::guard::Guard)) is
//! the smaller part of reading a payroll; reading each record's cells into the payroll is the
//! rest. When the process has a second core (`std::thread::available_parallelism`, which follows
//! `taskset`), the calling thread splits chunks of the input and a second thread reads their
//! records, in order, through a bounded channel (a few chunks in flight; their buffers are
//! reused, not reallocated). On one core the same chunks are read in turn on the calling thread.
//! Either way the rows, their line numbers and the problems are the same.

use std::io::{self, Read};
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};

use super::layout::Layout;
use super::options::CsvOptions;
use super::problems::at_line;
use super::reader::{field_count, too_many_rows};
use super::reading::Reading;
use super::record::Record;
use super::split::{Chunk, End, Splitter};

/// Chunks the splitting thread may be ahead by (128 KiB each).
const IN_FLIGHT: usize = 4;

/// What [`read_rows`] gives back: the reading, the rows counted, whether reading stopped at the
/// row limit, and the error that ended the input, if any.
pub(super) type Rows<'o> = (Reading<'o>, u64, bool, Option<io::Error>);

/// Reads every record after the header into `r`.
pub(super) fn read_rows<'o, R: Read>(
    sp: &mut Splitter<R>,
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
        true => on_two_threads(sp, taker),
        false => on_one_thread(sp, taker),
    };
    (taker.r, taker.rows, taker.stopped, failure)
}

fn on_one_thread<'o, R: Read>(
    sp: &mut Splitter<R>,
    mut taker: Taker<'o>,
) -> (Taker<'o>, Option<io::Error>) {
    let mut chunk = Chunk::default();
    loop {
        let end = sp.fill(&mut chunk);
        taker.take(&chunk);
        match end {
            _ if taker.stopped => return (taker, None),
            Some(end) => return (taker, end.err()),
            None => {}
        }
    }
}

fn on_two_threads<'o, R: Read>(
    sp: &mut Splitter<R>,
    taker: Taker<'o>,
) -> (Taker<'o>, Option<io::Error>) {
    let (full_tx, full_rx) = sync_channel::<Chunk>(IN_FLIGHT);
    let (empty_tx, empty_rx) = sync_channel::<Chunk>(IN_FLIGHT + 2);
    std::thread::scope(|s| {
        let reader = s.spawn(move || taker.take_all(&full_rx, &empty_tx));
        let end = split(sp, &full_tx, &empty_rx);
        drop(full_tx);
        let taker = reader
            .join()
            .unwrap_or_else(|p| std::panic::resume_unwind(p));
        (taker, end.and_then(Result::err))
    })
}

/// Splits chunks and sends them until the input ends (its end returned) or the reading thread
/// has stopped (`None`).
fn split<R: Read>(sp: &mut Splitter<R>, full: &SyncSender<Chunk>, empty: &Receiver<Chunk>) -> End {
    loop {
        let mut chunk = empty.try_recv().unwrap_or_default();
        let end = sp.fill(&mut chunk);
        full.send(chunk).ok()?;
        if end.is_some() {
            return end;
        }
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
    fn take_all(mut self, full: &Receiver<Chunk>, empty: &SyncSender<Chunk>) -> Self {
        for chunk in full {
            self.take(&chunk);
            if self.stopped {
                break; // dropping the receiver stops the splitting thread
            }
            let _ = empty.try_send(chunk);
        }
        self
    }

    fn take(&mut self, chunk: &Chunk) {
        for (rec, line) in chunk.records() {
            if rec.width() == 1 && rec.cell(0).trim_ascii().is_empty() {
                continue; // a blank line (a carriage return, or spaces)
            }
            self.rows += 1;
            if self.rows > self.max_rows as u64 {
                let limit = too_many_rows(self.max_rows);
                self.r.problems.push(at_line(line, limit));
                self.stopped = true;
                return;
            }
            if rec.width() != self.layout.width {
                let found = field_count(self.layout.width, rec.width());
                self.r.problems.push(at_line(line, found));
                continue;
            }
            self.r.take(&rec, &[], &|| line);
        }
    }
}
