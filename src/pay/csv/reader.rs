//! Reading a payroll CSV, row by row, into a [`Payroll`](crate::pay::Payroll) (or [`Worker`](crate::model::Worker)s).

use std::io::{self, Read};

use csv::ByteRecord;

use super::ahead;
use super::decode;
use super::guard::Guard;
use super::layout::Layout;
use super::options::{CsvOptions, PayCsv, PayrollCsv};
use super::problems::{CsvErrors, Problems, at_line};
use super::reading::Reading;
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

/// Reads every row of a payroll CSV into a [`Payroll`](crate::pay::Payroll), streaming: the input goes through a
/// 64 KiB buffer and is never held whole (rows wait in memory only while a column's decimal
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
            problems.push(at_line(1, io_reason(&csv::Error::from(e))));
            return Err(problems.into_errors(true));
        }
    };
    let (encoding, delimiter) = (opened.encoding, opened.delimiter);
    let mut rdr = open(opened.input, delimiter, options);
    let mut rec = ByteRecord::new();
    let (layout, header_line) = match read_header(&mut rdr, &mut rec, options, &mut problems) {
        Ok(found) => found,
        Err(read_failed) => return Err(problems.into_errors(read_failed)),
    };
    let r = Reading::new(options, &layout, problems, encoding);
    let (mut r, rows, stopped, failure) = ahead::read_rows(&mut rdr, r, &layout, options);
    let read_failed = match failure {
        Some(e) if !stopped => fatal(&rdr, &e, &mut r.problems),
        _ => false,
    };
    if rows == 0 && r.problems.is_empty() {
        let line = rdr.position().line().max(header_line + 1);
        r.problems.push(at_line(line, Message::new("csv-no-rows")));
    }
    r.finish(rows, read_failed, delimiter)
}

/// The csv reader over the guarded input.
fn open<R: Read>(reader: R, delimiter: u8, options: &CsvOptions) -> csv::Reader<Guard<R>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        // Records end at a line feed only: a carriage return before it stays in the last field
        // (and is trimmed with the other spaces). So every record's line feed is consumed with
        // it, which lets `record_line` count lines exactly (with the default CRLF terminator,
        // the line feed of a CRLF is consumed with the next record, and the line numbers that
        // the csv crate records drift).
        .terminator(csv::Terminator::Any(b'\n'))
        .buffer_capacity(64 * 1024)
        .from_reader(Guard::new(reader, delimiter, options))
}

/// Reads the header and finds the mapped columns in it: the layout and the header's line, or
/// (the problems recorded) whether the input itself could not be read.
fn read_header<R: Read>(
    rdr: &mut csv::Reader<Guard<R>>,
    rec: &mut ByteRecord,
    options: &CsvOptions,
    problems: &mut Problems,
) -> Result<(Layout, u64), bool> {
    match rdr.read_byte_record(rec) {
        Ok(true) => {}
        Ok(false) => {
            problems.push(at_line(1, Message::new("csv-empty-file")));
            return Err(false);
        }
        Err(e) => return Err(fatal(rdr, &e, problems)),
    }
    let header_line = record_line(rec, rdr);
    match Layout::resolve(rec, &options.columns, header_line) {
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
fn fatal<R: Read>(rdr: &csv::Reader<Guard<R>>, e: &csv::Error, problems: &mut Problems) -> bool {
    match rdr.get_ref().failure.clone() {
        Some(p) => {
            problems.push(p);
            false
        }
        None => {
            let line = rdr.position().line();
            problems.push(at_line(line, io_reason(e)));
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

/// The line where the record just read starts (see [`line_of`]).
fn record_line<R: Read>(rec: &ByteRecord, rdr: &csv::Reader<Guard<R>>) -> u64 {
    let (after, ends_file) = position(rdr);
    line_of(rec, after, ends_file)
}

/// Where the reader stands after a record: the line after it, and whether the record ends the
/// input without a line feed.
pub(super) fn position<R: Read>(rdr: &csv::Reader<Guard<R>>) -> (u64, bool) {
    let after = rdr.position();
    let guard = rdr.get_ref();
    let ends_file = after.byte() == guard.passed && guard.prev != b'\n';
    (after.line(), ends_file)
}

/// The line where a record starts: the line after it, less the line feeds in it (quoted ones,
/// and the one that ends it unless it ends the file). Computed only for problems.
pub(super) fn line_of(rec: &ByteRecord, after: u64, ends_file: bool) -> u64 {
    let inside = rec.as_slice().iter().filter(|&&b| b == b'\n').count() as u64;
    after.saturating_sub(inside + u64::from(!ends_file)).max(1)
}

/// `cannot read the input: ` and the I/O error under a csv error, without the csv crate's own
/// wording. The error's text (from the operating system, in English) is kept for English; the
/// common kinds are named in the other languages.
fn io_reason(e: &csv::Error) -> Message {
    let (kind, reason) = match e.kind() {
        csv::ErrorKind::Io(io) => (
            match io.kind() {
                io::ErrorKind::NotFound => "not-found",
                io::ErrorKind::PermissionDenied => "permission-denied",
                io::ErrorKind::IsADirectory => "is-a-directory",
                io::ErrorKind::InvalidData => "invalid-data",
                io::ErrorKind::UnexpectedEof => "unexpected-eof",
                io::ErrorKind::Interrupted => "interrupted",
                io::ErrorKind::TimedOut => "timed-out",
                _ => "other",
            },
            io.to_string(),
        ),
        _ => ("other", e.to_string()),
    };
    Message::new("csv-cannot-read")
        .text("kind", kind)
        .text("reason", reason)
}
