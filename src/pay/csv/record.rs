//! A record's cells, wherever they are held: a csv crate's [`ByteRecord`] (a workbook's or a
//! Parquet file's rows, the header, rows waiting for a decimal separator) or a record split from
//! a chunk of a CSV file ([`Fields`], see `split.rs`), read by the same row code.

use csv::ByteRecord;

/// The cells of one record.
pub(super) trait Record {
    /// How many fields the record has.
    fn width(&self) -> usize;
    /// Field `i` (`i < width()`), as it was after unquoting.
    fn cell(&self, i: usize) -> &[u8];
    /// The record as a `ByteRecord` of its own (to be kept after its chunk is reused).
    fn to_byte_record(&self) -> ByteRecord;
}

impl Record for ByteRecord {
    #[inline]
    fn width(&self) -> usize {
        self.len()
    }

    #[inline]
    fn cell(&self, i: usize) -> &[u8] {
        &self[i]
    }

    fn to_byte_record(&self) -> ByteRecord {
        self.clone()
    }
}

/// Where a field's bytes are: `start..end` of the chunk's bytes, or of its unquoted bytes when
/// `start` has [`UNQUOTED`] set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Span {
    pub(super) start: u32,
    pub(super) end: u32,
}

/// Marks a [`Span`] into the chunk's unquoted bytes (a quoted field with a doubled quote, or
/// with text after its closing quote, is copied there without its quotes).
pub(super) const UNQUOTED: u32 = 1 << 31;

/// One record of a chunk: its fields' spans over the chunk's bytes.
#[derive(Clone, Copy)]
pub(super) struct Fields<'a> {
    pub(super) data: &'a [u8],
    pub(super) unquoted: &'a [u8],
    pub(super) spans: &'a [Span],
}

impl Record for Fields<'_> {
    #[inline]
    fn width(&self) -> usize {
        self.spans.len()
    }

    #[inline]
    fn cell(&self, i: usize) -> &[u8] {
        let Span { start, end } = self.spans[i];
        if start & UNQUOTED == 0 {
            &self.data[start as usize..end as usize]
        } else {
            &self.unquoted[(start & !UNQUOTED) as usize..end as usize]
        }
    }

    fn to_byte_record(&self) -> ByteRecord {
        (0..self.width()).map(|i| self.cell(i)).collect()
    }
}
