//! Splitting a guarded CSV into records, a chunk of the input at a time.
//!
//! The [`Guard`] has already checked the quoting (RFC 4180: a quote opens a field only at its
//! start, and a closing quote is followed by a quote, the delimiter or a line end), so a record
//! ends at the first line feed outside quotes. A chunk of the input is read into a buffer of its
//! own and each field is kept as a span over it ([`Fields`]): the bytes are neither copied nor
//! unquoted, except for a quoted field holding a doubled quote or text after its closing quote.
//! The bytes after the chunk's last whole record start the next chunk.
//!
//! The fields are the csv crate's with the options the reader used (`"` quotes, doubled quotes,
//! records ending at a line feed, a carriage return kept in the last field, empty lines
//! skipped): a property test reads random inputs both ways. The delimiters, line feeds and
//! quotes of 64 bytes are found at once, as a bit mask ([`marks_of`]: SSE2 compares on x86-64,
//! 8 bytes at a time elsewhere); each field then costs one bit.

use std::io::{self, Read};

use csv::ByteRecord;

use super::guard::Guard;
use super::record::{Fields, Record, Span, UNQUOTED};

/// Bytes read into a chunk before it is split.
// 512 KiB: against 128 KiB, a quarter of the `read` calls and of the hand-overs between the
// two threads, and still within the L2 cache with its spans (one employer's 1,029,100 rows,
// 24 alternating runs: median wall 0.117 s against 0.121 s; 256 KiB and 1 MiB in between).
const CHUNK: usize = 512 * 1024;

/// The longest record a chunk may hold: the spans are 31-bit offsets.
pub(super) const MAX_RECORD_BYTES: usize = 1 << 30;

/// The whole records of one chunk of the input.
#[derive(Default)]
pub(super) struct Chunk {
    /// The bytes read (`data[..filled]`; the rest is room for the next read).
    data: Vec<u8>,
    filled: usize,
    /// Quoted fields that could not be a span of `data`, unquoted.
    unquoted: Vec<u8>,
    spans: Vec<Span>,
    /// Each record: the end of its spans in `spans`, and the line where it starts.
    records: Vec<(u32, u64)>,
    /// Records already taken (the header).
    skip: usize,
}

impl Chunk {
    /// The records not yet taken, each with the line where it starts.
    pub(super) fn records(&self) -> impl Iterator<Item = (Fields<'_>, u64)> {
        let starts = std::iter::once(0).chain(self.records.iter().map(|r| r.0));
        starts
            .zip(&self.records)
            .skip(self.skip)
            .map(|(start, &(end, line))| {
                let fields = Fields {
                    data: &self.data,
                    unquoted: &self.unquoted,
                    spans: &self.spans[start as usize..end as usize],
                };
                (fields, line)
            })
    }

    fn clear(&mut self) {
        self.filled = 0;
        self.unquoted.clear();
        self.spans.clear();
        self.records.clear();
        self.skip = 0;
    }
}

/// What ended a chunk: `None` while the input goes on, `Some(Ok(()))` at its end, or the error
/// that stopped it.
pub(super) type End = Option<io::Result<()>>;

/// Reads the guarded input a chunk at a time and splits it into records.
pub(super) struct Splitter<R> {
    pub(super) input: Guard<R>,
    delimiter: u8,
    /// Bytes read after the last whole record: the start of the next chunk.
    tail: Vec<u8>,
    /// The line where `tail` starts (after the input, the line after its last line feed).
    pub(super) line: u64,
    /// The input has ended (or failed).
    done: bool,
    /// The chunk that held the header, the header taken, and how it ended.
    first: Option<(Chunk, End)>,
    /// Bytes read into a chunk ([`CHUNK`]; smaller in the tests, to split records across chunks).
    chunk: usize,
}

impl<R: Read> Splitter<R> {
    pub(super) fn new(input: Guard<R>, delimiter: u8) -> Splitter<R> {
        Splitter {
            input,
            delimiter,
            tail: Vec::new(),
            line: 1,
            done: false,
            first: None,
            chunk: CHUNK,
        }
    }

    /// The first record, with its line: `None` for an input with no record, or the error that
    /// stopped the input before one.
    pub(super) fn header(&mut self) -> io::Result<Option<(ByteRecord, u64)>> {
        let mut chunk = Chunk::default();
        // A chunk of empty lines only holds no record: read on.
        let end = loop {
            let end = self.fill(&mut chunk);
            if end.is_some() || chunk.records().next().is_some() {
                break end;
            }
        };
        let first = chunk
            .records()
            .next()
            .map(|(f, line)| (f.to_byte_record(), line));
        match (first, end) {
            (None, Some(Err(e))) => Err(e),
            (None, _) => Ok(None),
            (Some(h), end) => {
                chunk.skip = 1;
                self.first = Some((chunk, end));
                Ok(Some(h))
            }
        }
    }

    /// Fills `chunk` with the next whole records (reusing its buffers), and tells whether the
    /// input ended with them.
    pub(super) fn fill(&mut self, chunk: &mut Chunk) -> End {
        if let Some((first, end)) = self.first.take() {
            *chunk = first;
            return end;
        }
        chunk.clear();
        if self.done {
            return Some(Ok(()));
        }
        // The buffer is reused as it is: only its first `filled` bytes are ever read, so it is
        // not cleared and filled with zeros again for every chunk (6 ms of 93 MB).
        let kept = self.tail.len();
        if chunk.data.len() < kept {
            chunk.data.resize(kept, 0);
        }
        chunk.data[..kept].copy_from_slice(&self.tail);
        chunk.filled = kept;
        self.tail.clear();
        let mut target = self.chunk.max(chunk.filled * 2);
        loop {
            let end = self.read_into(chunk, target);
            let eof = matches!(end, Some(Ok(())));
            let used = split_chunk(chunk, eof, self.delimiter, &mut self.line);
            if used == 0 && end.is_none() {
                // Not one whole record yet: read on into a larger chunk (the guard bounds it).
                if target >= 2 * MAX_RECORD_BYTES - 1 {
                    let e = io::Error::new(io::ErrorKind::InvalidData, "a record is too long");
                    self.done = true;
                    return Some(Err(e));
                }
                target = (target * 2).min(2 * MAX_RECORD_BYTES - 1);
                continue;
            }
            self.tail.extend_from_slice(&chunk.data[used..chunk.filled]);
            self.done = end.is_some();
            return end;
        }
    }

    /// Reads until `chunk` holds `target` bytes or the input ends.
    fn read_into(&mut self, chunk: &mut Chunk, target: usize) -> End {
        if chunk.data.len() < target {
            chunk.data.resize(target, 0);
        }
        while chunk.filled < target {
            match self.input.read(&mut chunk.data[chunk.filled..target]) {
                Ok(0) => return Some(Ok(())),
                Ok(n) => chunk.filled += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Some(Err(e)),
            }
        }
        None
    }
}

/// Splits the whole records of the chunk's bytes (all of them at the end of the input) into its
/// spans and records, counting lines from `line`; returns how many bytes they took.
fn split_chunk(chunk: &mut Chunk, eof: bool, delimiter: u8, line: &mut u64) -> usize {
    let mut out = Out {
        spans: &mut chunk.spans,
        unquoted: &mut chunk.unquoted,
        records: &mut chunk.records,
    };
    split(&chunk.data[..chunk.filled], eof, delimiter, &mut out, line)
}

/// Where the split records go.
struct Out<'a> {
    spans: &'a mut Vec<Span>,
    unquoted: &'a mut Vec<u8>,
    records: &'a mut Vec<(u32, u64)>,
}

impl Out<'_> {
    fn field(&mut self, start: usize, end: usize) {
        self.spans.push(Span {
            start: start as u32,
            end: end as u32,
        });
    }

    fn record(&mut self, line: u64) {
        self.records.push((self.spans.len() as u32, line));
    }
}

/// Splits `data` into records (see [`split_chunk`]).
fn split(data: &[u8], eof: bool, d: u8, out: &mut Out, line: &mut u64) -> usize {
    let mut marks = Marks::new(data, d);
    // The record being split: where it starts, its first span and unquoted byte, its line, and
    // the line feeds inside its quoted fields.
    let mut rec = 0;
    let mut field = 0;
    let (mut spans_at, mut unquoted_at) = (out.spans.len(), out.unquoted.len());
    let mut inside = 0;
    loop {
        let Some(k) = marks.next() else {
            if eof && rec < data.len() {
                out.field(field, data.len());
                out.record(*line);
                *line += inside;
                return data.len();
            }
            out.spans.truncate(spans_at);
            out.unquoted.truncate(unquoted_at);
            return rec;
        };
        match data[k] {
            b'\n' if k == rec => {
                *line += 1; // an empty line: no record
                (rec, field) = (k + 1, k + 1);
            }
            b'\n' => {
                out.field(field, k);
                out.record(*line);
                *line += 1 + inside;
                (rec, field, inside) = (k + 1, k + 1, 0);
                (spans_at, unquoted_at) = (out.spans.len(), out.unquoted.len());
            }
            b'"' if k == field && d != b'"' => {
                let Some(q) = quoted(data, k, eof, d, out) else {
                    out.spans.truncate(spans_at);
                    out.unquoted.truncate(unquoted_at);
                    return rec;
                };
                inside += q.line_feeds;
                match data.get(q.end) {
                    None => {
                        out.record(*line);
                        *line += inside;
                        return data.len();
                    }
                    Some(b'\n') => {
                        out.record(*line);
                        *line += 1 + inside;
                        (rec, field, inside) = (q.end + 1, q.end + 1, 0);
                        (spans_at, unquoted_at) = (out.spans.len(), out.unquoted.len());
                    }
                    Some(_) => field = q.end + 1, // the delimiter
                }
                marks.seek(q.end + 1);
            }
            b'"' => {} // a quote inside a field is text (the guard has refused it already)
            _ => {
                out.field(field, k);
                field = k + 1;
            }
        }
    }
}

/// A quoted field just split: where the byte after it is (the delimiter, a line feed, or the
/// end of the data), and the line feeds inside it.
struct Quoted {
    end: usize,
    line_feeds: u64,
}

/// Splits the quoted field whose opening quote is at `open`, pushing its span: `None` when the
/// data ends inside it (and more is to come).
fn quoted(data: &[u8], open: usize, eof: bool, d: u8, out: &mut Out) -> Option<Quoted> {
    let start = out.unquoted.len();
    let mut line_feeds = 0;
    // The field's bytes from `from` on are not yet copied: as long as nothing is, the field is
    // a span of `data`.
    let mut from = open + 1;
    let (close, after) = loop {
        let Some(q) = data[from..]
            .iter()
            .position(|&b| b == b'"')
            .map(|q| from + q)
        else {
            // Never closed (the guard refuses this): the rest is the field, as the csv crate
            // reads it.
            if !eof {
                return None;
            }
            line_feeds += count_line_feeds(&data[from..]);
            break (data.len(), data.len());
        };
        line_feeds += count_line_feeds(&data[from..q]);
        match data.get(q + 1) {
            None if !eof => return None,
            Some(b'"') => {
                out.unquoted.extend_from_slice(&data[from..=q]);
                from = q + 2;
            }
            _ => break (q, q + 1),
        }
    };
    // After the closing quote, any text up to the delimiter or the line feed is kept (a
    // carriage return before the line feed; the guard refuses anything else).
    let end = match data[after..].iter().position(|&b| b == d || b == b'\n') {
        Some(k) => after + k,
        None if eof => data.len(),
        None => return None,
    };
    if out.unquoted.len() == start && end == after {
        out.field(from, close);
    } else {
        out.unquoted.extend_from_slice(&data[from..close]);
        out.unquoted.extend_from_slice(&data[after..end]);
        out.spans.push(Span {
            start: start as u32 | UNQUOTED,
            end: out.unquoted.len() as u32,
        });
    }
    Some(Quoted { end, line_feeds })
}

fn count_line_feeds(bytes: &[u8]) -> u64 {
    bytes.iter().filter(|&&b| b == b'\n').count() as u64
}

/// The delimiters, line feeds and quotes of the data, in order, found 64 bytes at a time.
struct Marks<'a> {
    data: &'a [u8],
    delimiter: u8,
    /// The block's first byte.
    base: usize,
    /// The marks of the block not yet given, one bit per byte.
    bits: u64,
}

impl<'a> Marks<'a> {
    fn new(data: &'a [u8], delimiter: u8) -> Marks<'a> {
        let mut m = Marks {
            data,
            delimiter,
            base: 0,
            bits: 0,
        };
        m.seek(0);
        m
    }

    /// Goes on from `at` (at most the data's length).
    fn seek(&mut self, at: usize) {
        self.base = at;
        self.bits = marks_of(&self.data[at..], self.delimiter);
    }

    #[inline]
    fn next(&mut self) -> Option<usize> {
        while self.bits == 0 {
            self.base += 64;
            if self.base >= self.data.len() {
                return None;
            }
            self.bits = marks_of(&self.data[self.base..], self.delimiter);
        }
        let i = self.bits.trailing_zeros() as usize;
        self.bits &= self.bits - 1;
        Some(self.base + i)
    }
}

/// One bit for each delimiter, line feed or quote among the first 64 bytes of `bytes`.
#[inline]
fn marks_of(bytes: &[u8], d: u8) -> u64 {
    match bytes.first_chunk::<64>() {
        Some(block) => block_marks(block, d),
        None => bytes
            .iter()
            .enumerate()
            .fold(0, |m, (i, &b)| m | (u64::from(is_mark(b, d)) << i)),
    }
}

fn is_mark(b: u8, d: u8) -> bool {
    b == d || b == b'\n' || b == b'"'
}

/// [`marks_of`] a whole block, 16 bytes at a time: three SSE2 compares and one `movemask`
/// each (through `safe_arch`: the crate forbids `unsafe`).
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[inline]
fn block_marks(block: &[u8; 64], d: u8) -> u64 {
    use safe_arch::{
        bitor_m128i, cmp_eq_mask_i8_m128i, load_unaligned_m128i, move_mask_i8_m128i,
        set_splat_i8_m128i,
    };
    let [d, lf, quote] = [d, b'\n', b'"'].map(|b| set_splat_i8_m128i(b as i8));
    let (lanes, _) = block.as_chunks::<16>();
    lanes.iter().enumerate().fold(0, |m, (j, lane)| {
        let v = load_unaligned_m128i(lane);
        let eq = |b| cmp_eq_mask_i8_m128i(v, b);
        let hits = bitor_m128i(bitor_m128i(eq(d), eq(lf)), eq(quote));
        // The mask is the low 16 bits of the `i32`.
        m | (u64::from(move_mask_i8_m128i(hits) as u16) << (16 * j))
    })
}

#[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
use swar_block_marks as block_marks;

/// [`marks_of`] a whole block on other targets, 8 bytes at a time (SWAR: about four times
/// faster than the compiler's vectors for the plain loop, measured on 93 MB; on x86-64, kept
/// for the test that compares the two).
#[cfg(any(test, not(all(target_arch = "x86_64", target_feature = "sse2"))))]
fn swar_block_marks(block: &[u8; 64], d: u8) -> u64 {
    let (words, _) = block.as_chunks::<8>();
    words
        .iter()
        .enumerate()
        .fold(0, |m, (j, w)| m | (word_marks(w, d) << (8 * j)))
}

/// One bit for each delimiter, line feed or quote among 8 bytes (SWAR).
#[cfg(any(test, not(all(target_arch = "x86_64", target_feature = "sse2"))))]
#[inline]
fn word_marks(w: &[u8; 8], d: u8) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    let x = u64::from_le_bytes(*w);
    // The high bit of each byte equal to `b`, exactly (no carry crosses a byte).
    let equal = |b: u8| {
        let y = x ^ (ONES * u64::from(b));
        !(((y & LOW7).wrapping_add(LOW7)) | y | LOW7)
    };
    let high = equal(d) | equal(b'\n') | equal(b'"');
    // Each byte's bit (0 or 1) gathered into the top byte by one multiplication.
    ((high >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pay::csv::options::CsvOptions;
    use proptest::prelude::*;

    type Records = Vec<(Vec<Vec<u8>>, u64)>;

    /// The records (with their lines) and whether reading failed, split by the splitter in
    /// chunks of `chunk` bytes.
    fn ours(input: &[u8], chunk: usize) -> (Records, bool) {
        ours_with(input, chunk, b',', &CsvOptions::default())
    }

    /// [`ours`] with delimiter `d` and the guard's options `o`.
    fn ours_with(input: &[u8], chunk: usize, d: u8, o: &CsvOptions) -> (Records, bool) {
        let guard = Guard::new(input, d, o);
        let mut sp = Splitter::new(guard, d);
        sp.chunk = chunk;
        let mut out = Vec::new();
        let mut c = Chunk::default();
        loop {
            let end = sp.fill(&mut c);
            for (f, line) in c.records() {
                let cells = (0..f.width()).map(|i| f.cell(i).to_vec()).collect();
                out.push((cells, line));
            }
            if let Some(end) = end {
                return (out, end.is_err());
            }
        }
    }

    /// The same by the csv crate, set up as the reader was before the splitter.
    fn theirs(input: &[u8]) -> (Records, bool) {
        theirs_with(input, b',', &CsvOptions::default())
    }

    /// [`theirs`] with delimiter `d` and the guard's options `o`.
    fn theirs_with(input: &[u8], d: u8, o: &CsvOptions) -> (Records, bool) {
        let guard = Guard::new(input, d, o);
        let mut rdr = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(d)
            .terminator(csv::Terminator::Any(b'\n'))
            .from_reader(guard);
        let mut out = Vec::new();
        let mut rec = ByteRecord::new();
        loop {
            match rdr.read_byte_record(&mut rec) {
                Ok(true) => {
                    // As the reader worked lines out before the splitter (the csv crate's own
                    // record positions do not count the empty lines it skips): the line after
                    // the record, less the line feeds it took.
                    let after = rdr.position();
                    let guard = rdr.get_ref();
                    let ends_file = after.byte() == guard.passed && guard.prev != b'\n';
                    let inside = rec.as_slice().iter().filter(|&&b| b == b'\n').count() as u64;
                    let line = after
                        .line()
                        .saturating_sub(inside + u64::from(!ends_file))
                        .max(1);
                    out.push((rec.iter().map(<[u8]>::to_vec).collect(), line));
                }
                Ok(false) => return (out, false),
                Err(_) => return (out, true),
            }
        }
    }

    #[test]
    fn splits_as_the_csv_crate_does_on_worked_cases() {
        let cases: [&[u8]; 9] = [
            b"a,b\nc,d\n",
            b"a,b\n\n\nc,d",
            b"\"x,y\",\"say \"\"hi\"\"\"\r\n2,\"\"\n",
            b"\"two\nlines\",z\nnext,line\n",
            b"a,\"q\"\r\nb,c\r\n",
            b"\r\n,\n,,\n",
            b"",
            b"\n\n",
            b"no,line,feed,at,the,end",
        ];
        for case in cases {
            for chunk in [1, 2, 3, 7, 64, CHUNK] {
                assert_eq!(
                    ours(case, chunk),
                    theirs(case),
                    "{case:?} in chunks of {chunk}"
                );
            }
        }
        // Worked by hand: the quoted field loses its quotes and its doubled quote, the CRLF's
        // carriage return stays in the last field, and the second record starts on line 2.
        let (recs, failed) = ours(b"\"say \"\"hi\"\"\",x\r\ny,z", 4);
        assert!(!failed);
        assert_eq!(recs[0].0, [b"say \"hi\"".to_vec(), b"x\r".to_vec()]);
        assert_eq!(recs[1], (vec![b"y".to_vec(), b"z".to_vec()], 2));
    }

    /// The header after a whole chunk of empty lines, or across the first chunk's end (a
    /// review found both taken for an empty file).
    #[test]
    fn the_header_is_found_after_a_chunk_of_empty_lines() {
        for blank in [CHUNK + 10, CHUNK - 2, 1] {
            let mut input = vec![b'\n'; blank];
            input.extend_from_slice(b"name,pay\n1,2\n");
            let guard = Guard::new(&input[..], b',', &CsvOptions::default());
            let mut sp = Splitter::new(guard, b',');
            let (header, line) = sp.header().unwrap().unwrap();
            assert_eq!(header, ByteRecord::from(vec!["name", "pay"]), "{blank}");
            // The header is on the line after the empty ones (worked by hand), as the csv crate
            // counts it.
            assert_eq!(line, blank as u64 + 1);
            assert_eq!(theirs(&input).0[0].1, line);
        }
    }

    /// A field of the generated files: plain, or quoted (with delimiters, line feeds, carriage
    /// returns and doubled quotes inside).
    fn field() -> impl Strategy<Value = Vec<u8>> {
        prop_oneof![
            proptest::collection::vec(prop::sample::select(b"ab 1.\r".to_vec()), 0..6),
            proptest::collection::vec(prop::sample::select(b"ab,\n\r\"".to_vec()), 0..8).prop_map(
                |inner| {
                    let mut f = vec![b'"'];
                    for b in inner {
                        f.push(b);
                        if b == b'"' {
                            f.push(b'"');
                        }
                    }
                    f.push(b'"');
                    f
                }
            ),
        ]
    }

    /// A file of such fields: records of 1 to 4 fields, ending in LF or CRLF (or blank lines),
    /// the last one with or without its line end.
    fn file() -> impl Strategy<Value = Vec<u8>> {
        let record = proptest::collection::vec(field(), 1..5);
        let end = prop::sample::select(vec![&b"\n"[..], b"\r\n", b"\n\n"]);
        (
            proptest::collection::vec((record, end), 0..12),
            any::<bool>(),
        )
            .prop_map(|(records, last_end)| {
                let mut out = Vec::new();
                let n = records.len();
                for (i, (fields, end)) in records.into_iter().enumerate() {
                    out.extend(fields.join(&b","[..]));
                    if i + 1 < n || last_end {
                        out.extend_from_slice(end);
                    }
                }
                out
            })
    }

    proptest! {
        #[test]
        fn splits_as_the_csv_crate_does(input in file(), chunk in 1usize..80) {
            prop_assert_eq!(ours(&input, chunk), theirs(&input));
        }

        /// Any bytes, any delimiter, lines limited or not: the guard stops what is not RFC
        /// 4180 or too long, and the records before agree.
        #[test]
        fn splits_any_bytes_as_the_csv_crate_does(
            input in proptest::collection::vec(
                prop::sample::select(b"a,;\t|\n\r\" \xc3\xff".to_vec()),
                0..300,
            ),
            chunk in 1usize..80,
            d in prop::sample::select(b",;\t|".to_vec()),
            max_line_bytes in prop_oneof![Just(1usize << 20), 1usize..40],
        ) {
            let o = CsvOptions { max_line_bytes, ..CsvOptions::default() };
            prop_assert_eq!(ours_with(&input, chunk, d, &o), theirs_with(&input, d, &o));
        }

        /// The marks of a block, found 16 or 8 bytes at a time, are those of the plain
        /// byte-by-byte test, for any bytes (high bytes too: the compares are of bytes, not of
        /// signed numbers) and any delimiter.
        #[test]
        fn a_blocks_marks_are_its_delimiters_line_feeds_and_quotes(
            block in proptest::collection::vec(
                prop_oneof![any::<u8>(), prop::sample::select(b",;\n\"".to_vec())],
                64,
            ),
            d in any::<u8>(),
        ) {
            let block: &[u8; 64] = block.as_slice().try_into().unwrap();
            let plain = block.iter().enumerate().fold(0u64, |m, (i, &b)| {
                m | (u64::from(b == d || b == b'\n' || b == b'"') << i)
            });
            prop_assert_eq!(marks_of(block, d), plain);
            prop_assert_eq!(swar_block_marks(block, d), plain);
            // The shorter end of the data.
            prop_assert_eq!(marks_of(&block[..37], d), plain & ((1 << 37) - 1));
        }
    }
}
