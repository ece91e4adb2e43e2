//! Reading a payroll CSV, row by row, into a [`Payroll`](crate::pay::Payroll) (or [`Worker`](crate::model::Worker)s).

use std::io::{self, Read};

use super::ahead;
use super::decode;
use super::guard::Guard;
use super::layout::Layout;
use super::options::{CsvOptions, PayCsv, PayrollCsv};
use super::problems::{CsvErrors, Problems, at_line};
use super::reading::Reading;
use super::split::Splitter;
use crate::i18n::Message;

/// Reads every row of a payroll CSV into [`Worker`](crate::model::Worker)s: [`read_payroll`], then one `Worker` per
/// row (convenient for small files; a [`Payroll`](crate::pay::Payroll) takes a third of the memory).
pub fn read_workers<R: Read>(reader: R, options: &CsvOptions) -> Result<PayCsv, CsvErrors> {
    let read = read_payroll(reader, options)?;
    Ok(PayCsv {
        workers: read.payroll.to_workers(),
        rows: read.rows,
        assumptions: read.assumptions,
    })
}

/// Reads every row of a payroll CSV into a [`Payroll`](crate::pay::Payroll), streaming: the input is read in chunks
/// of 512 KiB (a few in flight) and is never held whole (rows wait in memory only while a column's decimal
/// separator is undecided: see `numbers.rs`).
///
/// Returns the payroll, or every problem found (the rules are in the docs of
/// `src/pay/csv/mod.rs`), each naming its line and, for a cell, its column; no message holds a
/// pay value.
pub fn read_payroll<R: Read>(reader: R, options: &CsvOptions) -> Result<PayrollCsv, CsvErrors> {
    let mut problems = Problems::default();
    let opened = match decode::open(reader, options.encoding, options.delimiter) {
        Ok(o) => o,
        Err(e) => {
            problems.push(at_line(1, io_reason(&e)));
            return Err(problems.into_errors(true));
        }
    };
    let (encoding, delimiter) = (opened.encoding, opened.delimiter);
    let mut sp = Splitter::new(Guard::new(opened.input, delimiter, options), delimiter);
    let (layout, header_line) = match read_header(&mut sp, options, &mut problems) {
        Ok(found) => found,
        Err(read_failed) => return Err(problems.into_errors(read_failed)),
    };
    let r = Reading::new(options, &layout, problems, encoding);
    let (mut r, rows, stopped, failure) = ahead::read_rows(&mut sp, r, &layout, options);
    let read_failed = match failure {
        Some(e) if !stopped => fatal(&sp, &e, &mut r.problems),
        _ => false,
    };
    if rows == 0 && r.problems.is_empty() {
        let line = sp.line.max(header_line + 1);
        r.problems.push(at_line(line, Message::new("csv-no-rows")));
    }
    r.finish(rows, read_failed, delimiter)
}

/// Reads the header and finds the mapped columns in it: the layout and the header's line, or
/// (the problems recorded) whether the input itself could not be read.
fn read_header<R: Read>(
    sp: &mut Splitter<R>,
    options: &CsvOptions,
    problems: &mut Problems,
) -> Result<(Layout, u64), bool> {
    let (rec, header_line) = match sp.header() {
        Ok(Some(found)) => found,
        Ok(None) => {
            problems.push(at_line(1, Message::new("csv-empty-file")));
            return Err(false);
        }
        Err(e) => return Err(fatal(sp, &e, problems)),
    };
    match Layout::resolve(&rec, &options.columns, header_line) {
        Ok(layout) => Ok((layout, header_line)),
        Err(ps) => {
            for p in ps {
                problems.push(p);
            }
            Err(false)
        }
    }
}

/// Records the error that stopped reading: the guard's problem (a fault of the content), or the
/// I/O error under it (then returns true: the input itself could not be read).
fn fatal<R: Read>(sp: &Splitter<R>, e: &io::Error, problems: &mut Problems) -> bool {
    match sp.input.failure.clone() {
        Some(p) => {
            problems.push(p);
            false
        }
        None => {
            problems.push(at_line(sp.line, io_reason(e)));
            true
        }
    }
}

pub(super) fn too_many_rows(max: usize) -> Message {
    Message::new("csv-too-many-rows")
        .count("max", max as u64)
        .text("digits", max.to_string())
}

pub(super) fn field_count(width: usize, found: usize) -> Message {
    Message::new("csv-field-count")
        .count("width", width as u64)
        .text("width-digits", width.to_string())
        .count("found", found as u64)
        .text("found-digits", found.to_string())
}

/// `cannot read the input: ` and the I/O error that stopped reading. The error's text (from the operating system, in English) is kept for English; the
/// common kinds are named in the other languages.
fn io_reason(e: &io::Error) -> Message {
    let kind = match e.kind() {
        io::ErrorKind::NotFound => "not-found",
        io::ErrorKind::PermissionDenied => "permission-denied",
        io::ErrorKind::IsADirectory => "is-a-directory",
        io::ErrorKind::InvalidData => "invalid-data",
        io::ErrorKind::UnexpectedEof => "unexpected-eof",
        io::ErrorKind::Interrupted => "interrupted",
        io::ErrorKind::TimedOut => "timed-out",
        _ => "other",
    };
    let reason = e.to_string();
    Message::new("csv-cannot-read")
        .text("kind", kind)
        .text("reason", reason)
}
