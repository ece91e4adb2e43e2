//! The guard between the input and the record splitter: byte-order mark, RFC 4180 quoting, and
//! the length of a line, checked before any chunk grows.

use std::io::{self, Read};

use super::options::CsvOptions;
use super::problems::at_line;
use crate::document::Problem;
use crate::i18n::Message;

/// Where the guard is in the CSV grammar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Quote {
    /// Outside a quoted field.
    Out,
    /// Inside a quoted field.
    In,
    /// Just after a quote inside a quoted field: a doubled quote, or the end of the field.
    After,
    /// A carriage return after a closing quote: a line feed must follow.
    Cr,
}

const BOM: [u8; 3] = [0xEF, 0xBB, 0xBF];

/// A `Read` between the input and the record splitter (`split.rs`): drops a UTF-8 byte-order
/// mark, checks RFC 4180 quoting (the splitter, like the csv crate, would take a stray quote as
/// text) and fails once a line (or a record spanning lines) passes the length limit, before any
/// chunk grows. It hands over only the bytes before a fault
/// and fails on the next read, so every complete row before the fault is still checked.
pub(super) struct Guard<R> {
    inner: R,
    delimiter: u8,
    max_line_bytes: usize,
    quote: Quote,
    /// The last byte handed over (a line break before the first).
    pub(super) prev: u8,
    /// Bytes handed over.
    pub(super) passed: u64,
    /// Bytes of the current record so far.
    record_bytes: usize,
    /// Line (from 1) of the next byte.
    line: u64,
    /// Line where the current record starts.
    record_line: u64,
    /// Line where the open quoted field starts.
    quote_line: u64,
    /// Bytes read ahead while looking for a byte-order mark, to hand over first.
    head: Vec<u8>,
    started: bool,
    pub(super) failure: Option<Problem>,
}

impl<R: Read> Guard<R> {
    pub(super) fn new(inner: R, delimiter: u8, options: &CsvOptions) -> Guard<R> {
        Guard {
            inner,
            delimiter,
            max_line_bytes: options
                .max_line_bytes
                .clamp(1, super::split::MAX_RECORD_BYTES),
            quote: Quote::Out,
            prev: b'\n',
            passed: 0,
            record_bytes: 0,
            line: 1,
            record_line: 1,
            quote_line: 1,
            head: Vec::new(),
            started: false,
            failure: None,
        }
    }

    fn fail(&mut self, line: u64, id: &'static str) {
        self.fail_with(line, Message::new(id));
    }

    fn fail_with(&mut self, line: u64, message: Message) {
        if self.failure.is_none() {
            self.failure = Some(at_line(line, message));
        }
    }

    fn too_long(&mut self) {
        let (line, max) = (self.record_line, self.max_line_bytes);
        self.fail_with(
            line,
            Message::new("csv-line-too-long")
                .count("max", max as u64)
                .text("digits", max.to_string()),
        );
    }

    /// Reads up to 3 bytes and drops them if they are a UTF-8 byte-order mark.
    fn start(&mut self) -> io::Result<()> {
        self.started = true;
        let mut head = [0u8; 3];
        let mut got = 0;
        while got < 3 {
            match self.inner.read(&mut head[got..]) {
                Ok(0) => break,
                Ok(k) => got += k,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            }
            if head[..got] != BOM[..got] {
                break;
            }
        }
        if head[..got] != BOM {
            self.head.extend_from_slice(&head[..got]);
        }
        Ok(())
    }

    /// Outside quotes, checks at once the whole lines at the start of `rest` that hold no quote
    /// and cannot pass the length limit (most lines of a payroll: then there is nothing to check
    /// but where the lines end); returns how many bytes they take (0: none, the next line is
    /// checked by [`find_special`]).
    fn plain(&mut self, rest: &[u8]) -> usize {
        #[cfg(test)]
        if tests::LINE_BY_LINE.get() {
            return 0;
        }
        let room = self.max_line_bytes.saturating_sub(self.record_bytes);
        let window = &rest[..rest.len().min(room)];
        let (line_feeds, end) = before_quote(window);
        let Some(last) = window[..end].iter().rposition(|&b| b == b'\n') else {
            return 0;
        };
        self.line += line_feeds;
        self.record_bytes = 0;
        self.record_line = self.line;
        last + 1
    }

    /// Checks `data`; returns how many of its bytes are fine (all, unless a fault was found).
    fn scan(&mut self, data: &[u8]) -> usize {
        let n = data.len();
        let mut i = 0;
        while i < n {
            match self.quote {
                Quote::Out => {
                    let rest = &data[i..];
                    let plain = self.plain(rest);
                    if plain > 0 {
                        i += plain;
                        continue;
                    }
                    let Some(k) = find_special(rest) else {
                        self.record_bytes += rest.len();
                        if self.record_bytes > self.max_line_bytes {
                            self.too_long();
                            return i;
                        }
                        break;
                    };
                    let j = i + k;
                    self.record_bytes += k + 1;
                    if self.record_bytes > self.max_line_bytes {
                        self.too_long();
                        return i;
                    }
                    match data[j] {
                        b'\n' => {
                            self.line += 1;
                            self.record_bytes = 0;
                            self.record_line = self.line;
                        }
                        _ => {
                            let prev = if j > 0 { data[j - 1] } else { self.prev };
                            if prev == self.delimiter || prev == b'\n' {
                                self.quote = Quote::In;
                                self.quote_line = self.line;
                            } else {
                                let line = self.line;
                                self.fail(line, "csv-quote-inside-field");
                                return j;
                            }
                        }
                    }
                    i = j + 1;
                }
                Quote::In => {
                    let rest = &data[i..];
                    let (k, found) = match rest.iter().position(|&b| b == b'"') {
                        Some(k) => (k, true),
                        None => (rest.len(), false),
                    };
                    self.line += rest[..k].iter().filter(|&&b| b == b'\n').count() as u64;
                    self.record_bytes += k + usize::from(found);
                    if self.record_bytes > self.max_line_bytes {
                        self.too_long();
                        return i;
                    }
                    if found {
                        self.quote = Quote::After;
                    }
                    i += k + usize::from(found);
                }
                Quote::After => {
                    let b = data[i];
                    self.record_bytes += 1;
                    if b == b'"' {
                        self.quote = Quote::In;
                    } else if b == self.delimiter {
                        self.quote = Quote::Out;
                    } else if b == b'\n' {
                        self.quote = Quote::Out;
                        self.line += 1;
                        self.record_bytes = 0;
                        self.record_line = self.line;
                    } else if b == b'\r' {
                        self.quote = Quote::Cr;
                    } else {
                        let line = self.line;
                        self.fail(line, "csv-quote-text-after");
                        return i;
                    }
                    i += 1;
                }
                Quote::Cr => {
                    if data[i] != b'\n' {
                        let line = self.line;
                        self.fail(line, "csv-quote-text-after");
                        return i;
                    }
                    self.quote = Quote::Out;
                    self.line += 1;
                    self.record_bytes = 0;
                    self.record_line = self.line;
                    i += 1;
                }
            }
        }
        self.prev = data[n - 1];
        self.passed += n as u64;
        n
    }
}

/// The line feeds of `data` before its first quote, and where that quote is (the length of
/// `data` when it has none). Blocks of 64 bytes are counted with no early exit inside (the
/// compiler makes vector compares and sums of them).
fn before_quote(data: &[u8]) -> (u64, usize) {
    let mut line_feeds = 0u64;
    for (k, block) in data.chunks(64).enumerate() {
        let (mut l, mut q) = (0u8, 0u8);
        for &b in block {
            l += u8::from(b == b'\n');
            q |= u8::from(b == b'"');
        }
        if q != 0 {
            let at = block.iter().position(|&b| b == b'"').unwrap_or(block.len());
            let l = block[..at].iter().filter(|&&b| b == b'\n').count() as u64;
            return (line_feeds + l, k * 64 + at);
        }
        line_feeds += u64::from(l);
    }
    (line_feeds, data.len())
}

/// Position of the first quote or line feed: most bytes of a payroll are neither. Blocks of 32
/// bytes are tested without an early exit inside (the compiler makes a few vector compares of
/// each); within the block that has one, 8 bytes at a time (SWAR).
fn find_special(data: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    /// The high bit of each byte of `x` equal to `b`, and no other bit.
    #[inline]
    fn bytes_equal(x: u64, b: u8) -> u64 {
        let y = x ^ (ONES * u64::from(b));
        !(((y & LOW7).wrapping_add(LOW7)) | y | LOW7)
    }
    let mut base = 0;
    for block in data.chunks_exact(32) {
        let hit = block.iter().fold(0u8, |acc, &b| {
            acc | u8::from(b == b'"') | u8::from(b == b'\n')
        });
        if hit != 0 {
            break;
        }
        base += 32;
    }
    // The hit is within 32 bytes of `base`, or fewer than 32 bytes are left.
    for word in data[base..].chunks_exact(8) {
        let x = u64::from_le_bytes([
            word[0], word[1], word[2], word[3], word[4], word[5], word[6], word[7],
        ]);
        let m = bytes_equal(x, b'"') | bytes_equal(x, b'\n');
        if m != 0 {
            return Some(base + (m.trailing_zeros() / 8) as usize);
        }
        base += 8;
    }
    data[base..]
        .iter()
        .position(|&b| b == b'"' || b == b'\n')
        .map(|k| base + k)
}

impl<R: Read> Read for Guard<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.failure.is_some() {
            return Err(io::Error::other("the payroll CSV is malformed"));
        }
        if buf.is_empty() {
            return Ok(0);
        }
        if !self.started {
            self.start()?;
        }
        let n = if self.head.is_empty() {
            self.inner.read(buf)?
        } else {
            let k = self.head.len().min(buf.len());
            buf[..k].copy_from_slice(&self.head[..k]);
            self.head.drain(..k);
            k
        };
        if n == 0 {
            if self.quote == Quote::In {
                let line = self.quote_line;
                self.fail(line, "csv-quote-not-closed");
                return Err(io::Error::other("the payroll CSV is malformed"));
            }
            return Ok(0);
        }
        let ok = self.scan(&buf[..n]);
        if ok == 0 && self.failure.is_some() {
            return Err(io::Error::other("the payroll CSV is malformed"));
        }
        Ok(ok)
    }
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use proptest::prelude::*;

    use super::*;

    thread_local! {
        /// Every line checked by `find_special`, none at once (`Guard::plain`).
        pub(super) static LINE_BY_LINE: Cell<bool> = const { Cell::new(false) };
    }

    /// What the guard hands over of `input` read `step` bytes at a time, where it failed and
    /// why, and the line it reached.
    fn guarded(input: &[u8], max_line_bytes: usize, step: usize) -> (Vec<u8>, String, u64) {
        let options = CsvOptions {
            max_line_bytes,
            ..CsvOptions::default()
        };
        let mut g = Guard::new(input, b',', &options);
        let (mut out, mut buf) = (Vec::new(), vec![0u8; step]);
        while let Ok(n) = g.read(&mut buf) {
            if n == 0 {
                break;
            }
            out.extend_from_slice(&buf[..n]);
        }
        (out, format!("{:?}", g.failure), g.line)
    }

    proptest! {
        /// Lines checked at once give what checking each line gives: the bytes handed over, the
        /// fault and its line, for any quoting, length limit and read size.
        #[test]
        fn lines_checked_at_once_as_one_by_one(
            input in proptest::collection::vec(prop::sample::select(b"ab,\"\n\r".to_vec()), 0..400),
            max_line_bytes in prop_oneof![1usize..40, 40usize..2000],
            step in 1usize..100,
        ) {
            let at_once = guarded(&input, max_line_bytes, step);
            LINE_BY_LINE.set(true);
            let one_by_one = guarded(&input, max_line_bytes, step);
            LINE_BY_LINE.set(false);
            prop_assert_eq!(at_once, one_by_one);
        }
    }
}
