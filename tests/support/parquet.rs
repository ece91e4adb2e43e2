//! A CSV file written as Parquet with the `parquet` crate's writer (the tests read it back with
//! `gia` and compare with the CSV): each column with the physical type the test asks for, an
//! empty cell as a null.

use std::path::Path;
use std::sync::Arc;

use parquet::basic::{Compression, Encoding, LogicalType, Repetition, Type as Physical};
use parquet::data_type::{ByteArray, ByteArrayType, DoubleType, FloatType, Int32Type, Int64Type};
use parquet::file::properties::WriterProperties;
use parquet::file::writer::SerializedFileWriter;
use parquet::schema::types::Type;

/// How a column is written.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum As {
    /// BYTE_ARRAY, UTF8.
    Text,
    /// DOUBLE.
    Double,
    /// FLOAT (only for values a float holds exactly).
    Float,
    /// INT32 (whole numbers).
    Int32,
    /// INT64 DECIMAL(18, scale): the cell's digits without the point (`1234.5` at scale 2:
    /// 123450), so the unscaled value is exact.
    Decimal(i32),
}

/// How the file is laid out.
pub struct Layout {
    pub rows_per_group: usize,
    pub compression: Compression,
    /// Dictionary-encoded columns (else PLAIN).
    pub dictionary: bool,
}

impl Default for Layout {
    fn default() -> Self {
        Layout {
            rows_per_group: 1_000,
            compression: Compression::SNAPPY,
            dictionary: true,
        }
    }
}

/// Writes the CSV text `csv` (a header, then rows) to `path` as Parquet, column `c` as
/// `kind(name)`; every column nullable, an empty cell a null.
pub fn csv_to_parquet(csv: &str, path: &Path, kind: impl Fn(&str) -> As, layout: &Layout) {
    let mut rdr = csv::Reader::from_reader(csv.as_bytes());
    let names: Vec<String> = rdr.headers().unwrap().iter().map(String::from).collect();
    let kinds: Vec<As> = names.iter().map(|n| kind(n)).collect();
    let fields = names
        .iter()
        .zip(&kinds)
        .map(|(n, &k)| Arc::new(field(n, k)))
        .collect();
    let schema = Type::group_type_builder("payroll")
        .with_fields(fields)
        .build()
        .unwrap();
    let mut props = WriterProperties::builder()
        .set_compression(layout.compression)
        .set_dictionary_enabled(layout.dictionary);
    if !layout.dictionary {
        props = props.set_encoding(Encoding::PLAIN);
    }
    let file = std::fs::File::create(path).unwrap();
    let mut w = SerializedFileWriter::new(file, Arc::new(schema), Arc::new(props.build())).unwrap();
    let mut records = rdr.records().map(Result::unwrap);
    loop {
        // One row group's rows at a time (a benchmark writes millions).
        let chunk: Vec<csv::StringRecord> = records
            .by_ref()
            .take(layout.rows_per_group.max(1))
            .collect();
        if chunk.is_empty() {
            break;
        }
        let mut group = w.next_row_group().unwrap();
        let mut c = 0;
        while let Some(mut col) = group.next_column().unwrap() {
            let cells: Vec<&str> = chunk.iter().map(|r| r.get(c).unwrap().trim()).collect();
            let defs: Vec<i16> = cells.iter().map(|s| i16::from(!s.is_empty())).collect();
            let present = cells.iter().filter(|s| !s.is_empty());
            match kinds[c] {
                As::Text => {
                    let v: Vec<ByteArray> = present.map(|s| ByteArray::from(*s)).collect();
                    col.typed::<ByteArrayType>()
                        .write_batch(&v, Some(&defs), None)
                }
                As::Double => {
                    let v: Vec<f64> = present.map(|s| s.parse().unwrap()).collect();
                    col.typed::<DoubleType>().write_batch(&v, Some(&defs), None)
                }
                As::Float => {
                    let v: Vec<f32> = present.map(|s| s.parse().unwrap()).collect();
                    col.typed::<FloatType>().write_batch(&v, Some(&defs), None)
                }
                As::Int32 => {
                    let v: Vec<i32> = present.map(|s| s.parse().unwrap()).collect();
                    col.typed::<Int32Type>().write_batch(&v, Some(&defs), None)
                }
                As::Decimal(scale) => {
                    let v: Vec<i64> = present.map(|s| unscaled(s, scale)).collect();
                    col.typed::<Int64Type>().write_batch(&v, Some(&defs), None)
                }
            }
            .unwrap();
            col.close().unwrap();
            c += 1;
        }
        group.close().unwrap();
    }
    w.close().unwrap();
}

fn field(name: &str, kind: As) -> Type {
    let (physical, logical) = match kind {
        As::Text => (Physical::BYTE_ARRAY, Some(LogicalType::String)),
        As::Double => (Physical::DOUBLE, None),
        As::Float => (Physical::FLOAT, None),
        As::Int32 => (Physical::INT32, None),
        As::Decimal(scale) => (Physical::INT64, Some(LogicalType::decimal(scale, 18))),
    };
    let mut b = Type::primitive_type_builder(name, physical)
        .with_repetition(Repetition::OPTIONAL)
        .with_logical_type(logical);
    if let As::Decimal(scale) = kind {
        b = b.with_precision(18).with_scale(scale);
    }
    b.build().unwrap()
}

/// The digits of a decimal cell at `scale` decimals, as an integer (`1234.5` at 2: 123450).
fn unscaled(cell: &str, scale: i32) -> i64 {
    let (int, frac) = cell.split_once('.').unwrap_or((cell, ""));
    assert!(
        frac.len() <= scale as usize,
        "{cell} has more than {scale} decimals"
    );
    let padded = format!("{int}{frac:0<width$}", width = scale as usize);
    padded.parse().unwrap()
}
