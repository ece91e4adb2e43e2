//! The rows of a payroll CSV, split into records on one thread while another reads them.
//!
//! Splitting the input into records (`split.rs`, behind the [`Guard`](super::guard::Guard)) is
//! the smaller part of reading a payroll (and the `read` calls that copy the input); reading
//! each record's cells into the payroll is the rest, so the splitting thread also interns each
//! record's group code: the two threads then have about as much to do. When the
//! process has a second core (`std::thread::available_parallelism`, which follows
//! `taskset`), the calling thread splits chunks of the input and a second thread reads their
//! records, in order, through a bounded channel (a few chunks in flight; their buffers are
//! reused, not reallocated). On one core the same chunks are read in turn on the calling thread.
//! Either way the rows, their line numbers and the problems are the same.

use std::io::{self, Read};
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};

use super::groups::Groups;
use super::layout::Layout;
use super::options::CsvOptions;
use super::problems::at_line;
use super::reader::{field_count, too_many_rows};
use super::reading::{Early, Reading};
use super::record::Record;
use super::split::{Chunk, End, Splitter};
use crate::i18n::Message;
use crate::pay::payroll::NO_TEXT;

/// Chunks the splitting thread may be ahead by (512 KiB each).
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
    let splitter = Split {
        sp,
        layout,
        groups: Groups::default(),
    };
    let two_cores = std::thread::available_parallelism().is_ok_and(|n| n.get() > 1);
    let (mut taker, groups, failure) = match two_cores {
        true => on_two_threads(splitter, taker),
        false => on_one_thread(splitter, taker),
    };
    if layout.group.is_some() {
        taker.r.interned_groups(groups);
    }
    (taker.r, taker.rows, taker.stopped, failure)
}

/// What the splitting thread does: splits the input into chunks and interns each record's group
/// code (an employer's, say). It once read the annual pay cells ahead as well; with chunks of
/// 512 KiB and delimiters found 16 bytes at a time, that made it the slower of the two
/// (measured without it: one employer's 1,029,100 rows 0.112 -> 0.103 s, 3,000,000 rows of
/// 52,083 employers 0.531 -> 0.500 s, medians of 25 and 16 runs).
struct Split<'s, 'o, R> {
    sp: &'s mut Splitter<R>,
    layout: &'o Layout,
    groups: Groups,
}

impl<R: Read> Split<'_, '_, R> {
    fn fill(&mut self, batch: &mut Batch) -> End {
        let end = self.sp.fill(&mut batch.chunk);
        batch.groups.clear();
        batch.wrong.clear();
        let Some(c) = self.layout.group else {
            return end;
        };
        for (i, (rec, _)) in batch.chunk.records().enumerate() {
            // Not taken: a blank line, or the wrong number of fields.
            let taken = rec.width() == self.layout.width && !is_blank(&rec);
            let index = match taken {
                false => NO_TEXT,
                true => self.groups.get(rec.cell(c)).unwrap_or_else(|m| {
                    batch.wrong.push((i, m));
                    NO_TEXT
                }),
            };
            batch.groups.push(index);
        }
        end
    }
}

/// A chunk of records, with their group codes when the file has a group column.
#[derive(Default)]
struct Batch {
    chunk: Chunk,
    /// Each record's group code index ([`NO_TEXT`] for a record not taken or a wrong cell).
    groups: Vec<u32>,
    /// The wrong group cells: the record's place in the chunk, and why.
    wrong: Vec<(usize, Message)>,
}

impl Batch {
    /// Record `i`'s group code (`None`: the file has no group column); `wrong` is where the next
    /// wrong cell is, moved on past the one given.
    #[inline]
    fn group(&self, i: usize, wrong: &mut usize) -> Option<Result<u32, &Message>> {
        let &index = self.groups.get(i)?;
        match self.wrong.get(*wrong) {
            Some((at, m)) if *at == i => {
                *wrong += 1;
                Some(Err(m))
            }
            _ => Some(Ok(index)),
        }
    }
}

/// The reading taken, the group codes interned, and the error that ended the input.
type Taken<'o> = (Taker<'o>, Groups, Option<io::Error>);

fn on_one_thread<'o, R: Read>(mut split: Split<'_, 'o, R>, mut taker: Taker<'o>) -> Taken<'o> {
    let mut batch = Batch::default();
    loop {
        let end = split.fill(&mut batch);
        taker.take(&batch);
        match end {
            _ if taker.stopped => return (taker, split.groups, None),
            Some(end) => return (taker, split.groups, end.err()),
            None => {}
        }
    }
}

fn on_two_threads<'o, R: Read>(mut split: Split<'_, 'o, R>, taker: Taker<'o>) -> Taken<'o> {
    let (full_tx, full_rx) = sync_channel::<Batch>(IN_FLIGHT);
    let (empty_tx, empty_rx) = sync_channel::<Batch>(IN_FLIGHT + 2);
    std::thread::scope(|s| {
        let reader = s.spawn(move || taker.take_all(&full_rx, &empty_tx));
        let end = send_all(&mut split, &full_tx, &empty_rx);
        drop(full_tx);
        let taker = reader
            .join()
            .unwrap_or_else(|p| std::panic::resume_unwind(p));
        (taker, split.groups, end.and_then(Result::err))
    })
}

/// Splits chunks and sends them until the input ends (its end returned) or the reading thread
/// has stopped (`None`).
fn send_all<R: Read>(
    split: &mut Split<'_, '_, R>,
    full: &SyncSender<Batch>,
    empty: &Receiver<Batch>,
) -> End {
    loop {
        let mut batch = empty.try_recv().unwrap_or_default();
        let end = split.fill(&mut batch);
        full.send(batch).ok()?;
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
        let mut wrong = 0;
        for (i, (rec, line)) in batch.chunk.records().enumerate() {
            if is_blank(&rec) {
                continue;
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
            let early = Early {
                group: batch.group(i, &mut wrong),
            };
            self.r.take(&rec, &[], &|| line, early);
        }
    }
}

/// A blank line (a carriage return, or spaces): not a row.
fn is_blank(rec: &impl Record) -> bool {
    rec.width() == 1 && rec.cell(0).trim_ascii().is_empty()
}
