//! The per-group table as a Parquet file (`gia pay --by COL --format parquet --out FILE`; with
//! the `parquet` cargo feature): the columns of [`PAY_GROUPS_CSV_COLUMNS`], typed. Codes, the
//! quartiles' basis and the reasons are UTF8 text, counts INT64, figures DOUBLE, flags BOOLEAN;
//! a count, figure or reason that the CSV table leaves empty is a null. Snappy-compressed, a row
//! group per 65,536 groups, written as the groups come.
//!
//! ```
//! use gender_impact::pay::{AnalysisOptions, CsvOptions, PayRules, analyse_by, read_payroll};
//! use gender_impact::report::PayGroupsParquet;
//! let data = "employer,gender,annual_pay\nA,F,45\nA,M,50\nB,F,40\n";
//! let mut o = CsvOptions::default();
//! o.columns.group = Some("employer".into());
//! let read = read_payroll(data.as_bytes(), &o).unwrap();
//! let options = AnalysisOptions { inference: false, ..Default::default() };
//! let mut table = PayGroupsParquet::new(Vec::new()).unwrap();
//! for g in analyse_by(&read.payroll, &PayRules::built_in(), &options, &[]).unwrap() {
//!     table.push(&g).unwrap();
//! }
//! let bytes = table.finish().unwrap();
//! assert_eq!(&bytes[..4], b"PAR1");
//! ```
//!
//! [`PAY_GROUPS_CSV_COLUMNS`]: super::PAY_GROUPS_CSV_COLUMNS

use std::io::Write;
use std::sync::Arc;

use parquet::basic::{Compression, LogicalType, Repetition, Type as Physical};
use parquet::data_type::{BoolType, ByteArray, ByteArrayType, DoubleType, Int64Type};
use parquet::errors::ParquetError;
use parquet::file::properties::WriterProperties;
use parquet::file::writer::SerializedFileWriter;
use parquet::schema::types::Type;

use super::pay_groups::{COLUMNS, Cell, Kind, cells};
use crate::pay::GroupAnalysis;

/// Groups per row group.
const ROW_GROUP: usize = 65_536;

/// The per-group table could not be written as Parquet.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PayGroupsParquetError {
    /// The Parquet writer failed (most often: the output could not be written).
    #[error("cannot write the Parquet table: {0}")]
    Parquet(#[from] ParquetError),
}

/// One column's values waiting for their row group, and their definition levels (1: there,
/// 0: null) for a nullable column.
enum Buffer {
    Text(Vec<ByteArray>),
    Count(Vec<i64>, Vec<i16>),
    Figure(Vec<f64>, Vec<i16>),
    Flag(Vec<bool>),
    Reason(Vec<ByteArray>, Vec<i16>),
}

/// The per-group table being written as Parquet to `W`.
pub struct PayGroupsParquet<W: Write + Send> {
    writer: SerializedFileWriter<W>,
    columns: Vec<Buffer>,
    rows: usize,
}

impl<W: Write + Send> PayGroupsParquet<W> {
    /// Starts the table (writes the file's magic number to `out`).
    pub fn new(out: W) -> Result<Self, PayGroupsParquetError> {
        let props = WriterProperties::builder()
            .set_compression(Compression::SNAPPY)
            .set_created_by(format!("gender-impact {}", env!("CARGO_PKG_VERSION")))
            .build();
        let writer = SerializedFileWriter::new(out, Arc::new(schema()?), Arc::new(props))?;
        Ok(PayGroupsParquet {
            writer,
            columns: COLUMNS.iter().map(|(_, k)| empty(*k)).collect(),
            rows: 0,
        })
    }

    /// Adds one group's row (a row group is written every 65,536 rows).
    pub fn push(&mut self, g: &GroupAnalysis) -> Result<(), PayGroupsParquetError> {
        for (buffer, cell) in self.columns.iter_mut().zip(cells(g)) {
            add(buffer, cell)?;
        }
        self.rows += 1;
        if self.rows == ROW_GROUP {
            self.flush()?;
        }
        Ok(())
    }

    /// Writes the last row group and the footer; the output.
    pub fn finish(mut self) -> Result<W, PayGroupsParquetError> {
        if self.rows > 0 {
            self.flush()?;
        }
        Ok(self.writer.into_inner()?)
    }

    /// Writes the rows waiting as one row group.
    fn flush(&mut self) -> Result<(), PayGroupsParquetError> {
        let mut group = self.writer.next_row_group()?;
        let mut buffers = self.columns.iter_mut();
        while let Some(mut column) = group.next_column()? {
            let Some(buffer) = buffers.next() else {
                return Err(ParquetError::General("more columns than buffers".into()).into());
            };
            match buffer {
                Buffer::Text(v) => column.typed::<ByteArrayType>().write_batch(v, None, None),
                Buffer::Flag(v) => column.typed::<BoolType>().write_batch(v, None, None),
                Buffer::Count(v, d) => column.typed::<Int64Type>().write_batch(v, Some(d), None),
                Buffer::Figure(v, d) => column.typed::<DoubleType>().write_batch(v, Some(d), None),
                Buffer::Reason(v, d) => {
                    column
                        .typed::<ByteArrayType>()
                        .write_batch(v, Some(d), None)
                }
            }?;
            column.close()?;
            clear(buffer);
        }
        group.close()?;
        self.rows = 0;
        Ok(())
    }
}

/// The table's schema: one flat column per entry of [`COLUMNS`].
fn schema() -> Result<Type, ParquetError> {
    let fields = COLUMNS
        .iter()
        .map(|&(name, kind)| {
            let (physical, required, logical) = match kind {
                Kind::Text => (Physical::BYTE_ARRAY, true, Some(LogicalType::String)),
                Kind::Reason => (Physical::BYTE_ARRAY, false, Some(LogicalType::String)),
                Kind::Count => (Physical::INT64, false, None),
                Kind::Figure => (Physical::DOUBLE, false, None),
                Kind::Flag => (Physical::BOOLEAN, true, None),
            };
            let repetition = if required {
                Repetition::REQUIRED
            } else {
                Repetition::OPTIONAL
            };
            Type::primitive_type_builder(name, physical)
                .with_repetition(repetition)
                .with_logical_type(logical)
                .build()
                .map(Arc::new)
        })
        .collect::<Result<Vec<_>, _>>()?;
    Type::group_type_builder("pay_groups")
        .with_fields(fields)
        .build()
}

fn empty(kind: Kind) -> Buffer {
    match kind {
        Kind::Text => Buffer::Text(Vec::new()),
        Kind::Count => Buffer::Count(Vec::new(), Vec::new()),
        Kind::Figure => Buffer::Figure(Vec::new(), Vec::new()),
        Kind::Flag => Buffer::Flag(Vec::new()),
        Kind::Reason => Buffer::Reason(Vec::new(), Vec::new()),
    }
}

fn clear(buffer: &mut Buffer) {
    match buffer {
        Buffer::Text(v) => v.clear(),
        Buffer::Flag(v) => v.clear(),
        Buffer::Count(v, d) => {
            v.clear();
            d.clear();
        }
        Buffer::Figure(v, d) => {
            v.clear();
            d.clear();
        }
        Buffer::Reason(v, d) => {
            v.clear();
            d.clear();
        }
    }
}

/// Adds a cell to its column's buffer (nulls as a definition level 0 and no value).
fn add(buffer: &mut Buffer, cell: Cell) -> Result<(), ParquetError> {
    fn maybe<T>(v: &mut Vec<T>, d: &mut Vec<i16>, x: Option<T>) {
        d.push(i16::from(x.is_some()));
        v.extend(x);
    }
    match (buffer, cell) {
        (Buffer::Text(v), Cell::Text(t)) => v.push(ByteArray::from(t)),
        (Buffer::Flag(v), Cell::Flag(b)) => v.push(b),
        (Buffer::Figure(v, d), Cell::Figure(x)) => maybe(v, d, x),
        (Buffer::Reason(v, d), Cell::Reason(r)) => maybe(
            v,
            d,
            r.map(|t| ByteArray::from(t.into_owned().into_bytes())),
        ),
        (Buffer::Count(v, d), Cell::Count(n)) => {
            let n = n
                .map(i64::try_from)
                .transpose()
                .map_err(|_| ParquetError::General("a count above the largest INT64".into()))?;
            maybe(v, d, n);
        }
        (_, cell) => {
            return Err(ParquetError::General(format!(
                "a {:?} cell in a column of another kind",
                cell.kind()
            )));
        }
    }
    Ok(())
}
