//! The rows of a payroll CSV, split into records on one thread while another reads them.
//!
//! Splitting the input into records (`split.rs`, behind the [`Guard`](super::guard::Guard)) is
//! the smaller part of reading a payroll; reading each record's cells into the payroll is the
//! rest, so the splitting thread also interns each record's group code and reads its annual pay
//! cell ahead ([`read_ahead`]): the two threads then have about as much to do. When the
//! process has a second core (`std::thread::available_parallelism`, which follows
//! `taskset`), the calling thread splits chunks of the input and a second thread reads their
//! records, in order, through a bounded channel (a few chunks in flight; their buffers are
//! reused, not reallocated). On one core the same chunks are read in turn on the calling thread.
//! Either way the rows, their line numbers and the problems are the same.

use std::io::{self, Read};
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};

use super::cells::plain_decimal;
use super::groups::Groups;
use super::layout::Layout;
use super::options::CsvOptions;
use super::problems::at_line;
use super::reader::{field_count, too_many_rows};
use super::reading::{Early, Reading};
use super::record::{ReadAhead, Record};
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
        ahead: read_ahead(layout),
        max_rows: options.max_rows,
        rows: 0,
        stopped: false,
    };
    let splitter = Split {
        sp,
        layout,
        groups: Groups::default(),
        ahead: read_ahead(layout),
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

/// The pay column read ahead on the splitting thread: the annual pay's (`usize::MAX`: none). So
/// the two threads have about as much to do (measured: 3,000,000 rows, 52,083 employers, and
/// one employer's 1,029,100 rows; with the employer codes to intern as well, the splitting
/// thread once read every pay column ahead, until the reading thread pushed each value as it
/// read it).
fn read_ahead(layout: &Layout) -> usize {
    layout.annual.unwrap_or(usize::MAX)
}

/// What the splitting thread does: splits the input into chunks, interns each record's group
/// code (an employer's, say) and reads its annual pay cell ahead.
struct Split<'s, 'o, R> {
    sp: &'s mut Splitter<R>,
    layout: &'o Layout,
    groups: Groups,
    /// The column read ahead (`usize::MAX`: none).
    ahead: usize,
}

impl<R: Read> Split<'_, '_, R> {
    fn fill(&mut self, batch: &mut Batch) -> End {
        let end = self.sp.fill(&mut batch.chunk);
        batch.groups.clear();
        batch.wrong.clear();
        batch.values.clear();
        for (i, (rec, _)) in batch.chunk.records().enumerate() {
            // Not taken: a blank line, or the wrong number of fields.
            let taken = rec.width() == self.layout.width && !is_blank(&rec);
            if let Some(c) = self.layout.group {
                let index = match taken {
                    false => NO_TEXT,
                    true => self.groups.get(rec.cell(c)).unwrap_or_else(|m| {
                        batch.wrong.push((i, m));
                        NO_TEXT
                    }),
                };
                batch.groups.push(index);
            }
            if self.ahead != usize::MAX {
                let v = taken.then(|| plain_decimal(rec.cell(self.ahead))).flatten();
                batch.values.push(v.unwrap_or(f64::NAN));
            }
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
    /// The cells of the column read ahead as plain decimals, one for each record.
    values: Vec<f64>,
}

impl Batch {
    /// Record `i`'s pay cell read ahead, of `column` ([`read_ahead`]).
    #[inline]
    fn ahead(&self, i: usize, column: usize) -> ReadAhead {
        match self.values.get(i) {
            Some(&value) => ReadAhead { column, value },
            None => ReadAhead::default(),
        }
    }

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
    /// The column the splitting thread reads ahead (the same as its own).
    ahead: usize,
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
                ahead: batch.ahead(i, self.ahead),
            };
            self.r.take(&rec, &[], &|| line, early);
        }
    }
}

/// A blank line (a carriage return, or spaces): not a row.
fn is_blank(rec: &impl Record) -> bool {
    rec.width() == 1 && rec.cell(0).trim_ascii().is_empty()
}
