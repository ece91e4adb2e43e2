//! One mapped column of a row group, read batch by batch with the `parquet` crate's typed column
//! reader, and given cell by cell.

use parquet::column::reader::{ColumnReader, ColumnReaderImpl};
use parquet::data_type::{ByteArray, DataType, FixedLenByteArray};
use parquet::errors::ParquetError;

use super::schema::Kind;
use crate::pay::csv::workbook::Value;

/// The values of one batch, by physical type (nulls not included).
enum Values {
    Bool(Vec<bool>),
    I32(Vec<i32>),
    I64(Vec<i64>),
    F32(Vec<f32>),
    F64(Vec<f64>),
    Bytes(Vec<ByteArray>),
    Fixed(Vec<FixedLenByteArray>),
}

impl Values {
    fn len(&self) -> usize {
        match self {
            Values::Bool(v) => v.len(),
            Values::I32(v) => v.len(),
            Values::I64(v) => v.len(),
            Values::F32(v) => v.len(),
            Values::F64(v) => v.len(),
            Values::Bytes(v) => v.len(),
            Values::Fixed(v) => v.len(),
        }
    }
}

/// What one cell holds when it cannot be given as a [`Value`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Bad {
    /// Text that is not UTF-8.
    NotUtf8,
    /// A decimal of more than 16 bytes.
    LongDecimal,
    /// No value where the definition levels say there is one (a corrupt file).
    Missing,
}

/// A column being read: its reader, and how its values are given.
pub(super) struct Column {
    reader: ColumnReader,
    kind: Kind,
    /// The definition level of a value that is there (0: the column is required).
    max_def: i16,
}

/// One batch of a column's cells, decoded: handed from the thread that decodes to the thread
/// that reads the rows, then back to be filled again.
pub(super) struct Decoded {
    kind: Kind,
    max_def: i16,
    values: Values,
    defs: Vec<i16>,
    /// The next cell of the batch, and the next value (nulls have none).
    next_cell: usize,
    next_value: usize,
    /// A float's text when it is not finite (`NaN`, `inf`): read by the text rules.
    text: String,
}

impl Column {
    pub(super) fn new(reader: ColumnReader, kind: Kind, max_def: i16) -> Column {
        Column {
            reader,
            kind,
            max_def,
        }
    }

    /// Reads the next `n` cells into `into` (an empty [`Decoded`] or one handed back, of any
    /// column); an error when the column holds fewer.
    pub(super) fn read(&mut self, n: usize, into: &mut Decoded) -> Result<(), ParquetError> {
        into.kind = self.kind;
        into.max_def = self.max_def;
        into.defs.clear();
        into.next_cell = 0;
        into.next_value = 0;
        let defs = (self.max_def > 0).then_some(&mut into.defs);
        let values = &mut into.values;
        let got = match &mut self.reader {
            ColumnReader::BoolColumnReader(r) => batch(r, n, defs, values.bools()),
            ColumnReader::Int32ColumnReader(r) => batch(r, n, defs, values.i32s()),
            ColumnReader::Int64ColumnReader(r) => batch(r, n, defs, values.i64s()),
            ColumnReader::FloatColumnReader(r) => batch(r, n, defs, values.f32s()),
            ColumnReader::DoubleColumnReader(r) => batch(r, n, defs, values.f64s()),
            ColumnReader::ByteArrayColumnReader(r) => batch(r, n, defs, values.bytes()),
            ColumnReader::FixedLenByteArrayColumnReader(r) => batch(r, n, defs, values.fixed()),
            _ => Err(ParquetError::General("unexpected column type".into())),
        }?;
        if got != n {
            return Err(ParquetError::General(format!(
                "expected {n} more values in the column, found {got}"
            )));
        }
        Ok(())
    }
}

/// Each physical type's vector, the variant changed to it first when it is another.
macro_rules! values_of {
    ($name:ident, $variant:ident, $t:ty) => {
        fn $name(&mut self) -> &mut Vec<$t> {
            if !matches!(self, Values::$variant(_)) {
                *self = Values::$variant(Vec::new());
            }
            match self {
                Values::$variant(v) => v,
                _ => unreachable!("just set"),
            }
        }
    };
}

impl Values {
    values_of!(bools, Bool, bool);
    values_of!(i32s, I32, i32);
    values_of!(i64s, I64, i64);
    values_of!(f32s, F32, f32);
    values_of!(f64s, F64, f64);
    values_of!(bytes, Bytes, ByteArray);
    values_of!(fixed, Fixed, FixedLenByteArray);
}

impl Default for Decoded {
    fn default() -> Decoded {
        Decoded {
            kind: Kind::Text,
            max_def: 0,
            values: Values::F64(Vec::new()),
            defs: Vec::new(),
            next_cell: 0,
            next_value: 0,
            text: String::new(),
        }
    }
}

impl Decoded {
    /// The next cell of the batch.
    #[inline]
    pub(super) fn next(&mut self) -> Result<Value<'_>, Bad> {
        let cell = self.next_cell;
        self.next_cell += 1;
        if self.max_def > 0 && self.defs.get(cell).is_none_or(|&d| d < self.max_def) {
            return Ok(Value::Empty);
        }
        let i = self.next_value;
        self.next_value += 1;
        if i >= self.values.len() {
            return Err(Bad::Missing);
        }
        let kind = self.kind;
        let number = |v: f64| match kind {
            Kind::Decimal { scale } => scaled(v, scale),
            _ => v,
        };
        let text = &mut self.text;
        let v = match &self.values {
            Values::Bool(v) => Value::Bool(v[i]),
            Values::I32(v) => Value::Number(number(match kind {
                Kind::Int { unsigned: true } => f64::from(v[i] as u32),
                _ => f64::from(v[i]),
            })),
            Values::I64(v) => Value::Number(number(match kind {
                Kind::Int { unsigned: true } => v[i] as u64 as f64,
                _ => v[i] as f64,
            })),
            Values::F32(v) => float(text, f64::from(v[i])),
            Values::F64(v) => float(text, v[i]),
            Values::Bytes(v) => match kind {
                Kind::Decimal { scale } => Value::Number(scaled(big_endian(v[i].data())?, scale)),
                _ => Value::Text(std::str::from_utf8(v[i].data()).map_err(|_| Bad::NotUtf8)?),
            },
            Values::Fixed(v) => match kind {
                Kind::Decimal { scale } => Value::Number(scaled(big_endian(v[i].data())?, scale)),
                _ => Value::Empty, // refused with the schema: not reached
            },
        };
        Ok(v)
    }
}

/// A float; a NaN or an infinity as its text (in `text`), which the number rules refuse.
fn float(text: &mut String, v: f64) -> Value<'_> {
    if v.is_finite() {
        return Value::Number(v);
    }
    *text = v.to_string();
    Value::Text(text)
}

/// Reads `n` records of a typed column into `values` (and their definition levels into `defs`
/// when the column may hold nulls): how many were read.
fn batch<T: DataType>(
    r: &mut ColumnReaderImpl<T>,
    n: usize,
    defs: Option<&mut Vec<i16>>,
    values: &mut Vec<T::T>,
) -> Result<usize, ParquetError> {
    values.clear();
    let mut read = 0;
    let mut defs = defs;
    while read < n {
        let (records, _, _) = r.read_records(n - read, defs.as_deref_mut(), None, values)?;
        if records == 0 {
            break;
        }
        read += records;
    }
    Ok(read)
}

/// An unscaled decimal divided by 10^scale: correctly rounded when the unscaled value has at most
/// 15 digits and scale ≤ 22 (both exact in `f64`), as a CSV cell `1234.56` is read.
fn scaled(unscaled: f64, scale: i32) -> f64 {
    const POW10: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    // The schema check keeps the scale in 0..=38.
    let s = scale.clamp(0, 38) as usize;
    if s <= 22 {
        unscaled / POW10[s]
    } else {
        unscaled / POW10[22] / POW10[s - 22]
    }
}

/// A big-endian two's-complement integer of at most 16 bytes (a DECIMAL's unscaled value).
fn big_endian(bytes: &[u8]) -> Result<f64, Bad> {
    if bytes.len() > 16 {
        return Err(Bad::LongDecimal);
    }
    let negative = bytes.first().is_some_and(|&b| b & 0x80 != 0);
    let mut buf = if negative { [0xff; 16] } else { [0; 16] };
    buf[16 - bytes.len()..].copy_from_slice(bytes);
    Ok(i128::from_be_bytes(buf) as f64)
}

#[cfg(test)]
mod tests {
    use super::{big_endian, scaled};

    #[test]
    fn decimals_read_as_their_text_would() {
        // 123456 with scale 2 is 1234.56, as `"1234.56".parse()` gives.
        assert_eq!(scaled(123_456.0, 2), "1234.56".parse::<f64>().unwrap());
        assert_eq!(big_endian(&[0x01, 0xe2, 0x40]).unwrap(), 123_456.0);
        assert_eq!(big_endian(&[0xff, 0x85]).unwrap(), -123.0); // 0xff85 = -123
        assert_eq!(big_endian(&[]).unwrap(), 0.0);
        assert!(big_endian(&[0; 17]).is_err());
    }
}
