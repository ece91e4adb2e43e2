//! Generated payrolls, written as a multi-file Parquet dataset and as the CSV that `gia pay`
//! reads, and a DataFusion session over the Parquet files.

use std::path::Path;
use std::sync::Arc;

use datafusion::arrow::array::{Float64Array, RecordBatch, StringArray};
use datafusion::arrow::datatypes::{DataType, Field, Schema};
use datafusion::parquet::arrow::ArrowWriter;
use datafusion::parquet::file::properties::WriterProperties;
use datafusion::prelude::{ParquetReadOptions, SessionConfig, SessionContext};

/// One worker: employer code, gender code, annual pay (None: no pay recorded).
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub employer: String,
    pub gender: &'static str,
    pub pay: Option<f64>,
}

/// A seeded xorshift64* stream (Vigna), enough to spread test data.
pub struct Stream(u64);

impl Stream {
    pub fn new(seed: u64) -> Stream {
        Stream(seed.max(1))
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    /// Uniform in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
    /// Standard normal (Box–Muller).
    pub fn normal(&mut self) -> f64 {
        let u = 1.0 - self.unit();
        let v = self.unit();
        (-2.0 * u.ln()).sqrt() * (std::f64::consts::TAU * v).cos()
    }
}

/// `n` workers of `employer`: genders drawn with the given share of women (and 3% non-binary
/// or undisclosed), log-normal pay (median `median`, men paid `men_premium` more), rounded to
/// `step` (a large step makes many ties, some at the quartile boundaries).
pub fn employer(
    s: &mut Stream,
    employer: &str,
    n: usize,
    women: f64,
    median: f64,
    men_premium: f64,
    step: f64,
) -> Vec<Row> {
    (0..n)
        .map(|_| {
            let u = s.unit();
            let gender = if u < 0.015 {
                "non_binary"
            } else if u < 0.03 {
                "undisclosed"
            } else if u < 0.03 + 0.97 * women {
                "woman"
            } else {
                "man"
            };
            let premium = if gender == "man" {
                1.0 + men_premium
            } else {
                1.0
            };
            let pay = median * premium * (0.4 * s.normal()).exp();
            Row {
                employer: employer.to_string(),
                gender,
                pay: Some((pay / step).round() * step),
            }
        })
        .collect()
}

/// Writes `rows` as `files` Parquet files into `dir`, row `i` into file `i % files` (so every
/// employer's rows are spread across the files), with row groups of at most `group` rows.
pub fn write_parquet(dir: &Path, rows: &[Row], files: usize, group: usize) {
    let schema = Arc::new(Schema::new(vec![
        Field::new("employer", DataType::Utf8, false),
        Field::new("gender", DataType::Utf8, true),
        Field::new("pay", DataType::Float64, true),
    ]));
    for f in 0..files {
        let part: Vec<&Row> = rows.iter().skip(f).step_by(files).collect();
        let batch = RecordBatch::try_new(
            schema.clone(),
            vec![
                Arc::new(StringArray::from_iter_values(
                    part.iter().map(|r| &r.employer),
                )),
                Arc::new(StringArray::from_iter_values(part.iter().map(|r| r.gender))),
                Arc::new(Float64Array::from_iter(part.iter().map(|r| r.pay))),
            ],
        )
        .unwrap();
        let props = WriterProperties::builder()
            .set_max_row_group_row_count(Some(group))
            .build();
        let file = std::fs::File::create(dir.join(format!("part-{f}.parquet"))).unwrap();
        let mut writer = ArrowWriter::try_new(file, schema.clone(), Some(props)).unwrap();
        writer.write(&batch).unwrap();
        writer.close().unwrap();
    }
}

/// The rows as the payroll CSV `gia pay --group employer` reads (rows with a pay only).
pub fn csv(rows: &[Row]) -> String {
    let mut out = String::from("employer,gender,annual_pay\n");
    for r in rows {
        if let Some(pay) = r.pay {
            // `{}` writes the shortest text that reads back as the same f64.
            out.push_str(&format!("{},{},{pay}\n", r.employer, r.gender));
        }
    }
    out
}

/// A session with four target partitions, the functions registered and the Parquet files of
/// `dir` as the table `payroll`.
pub async fn session(dir: &Path) -> SessionContext {
    let config = SessionConfig::new().with_target_partitions(4);
    let ctx = SessionContext::new_with_config(config);
    gender_impact_datafusion::register(&ctx);
    let path = format!("{}/", dir.display());
    ctx.register_parquet("payroll", &path, ParquetReadOptions::default())
        .await
        .unwrap();
    ctx
}

/// The Float64 column `c` of every row of `batches`.
pub fn floats(batches: &[RecordBatch], c: usize) -> Vec<Option<f64>> {
    let mut out = Vec::new();
    for b in batches {
        let col = b.column(c).as_any().downcast_ref::<Float64Array>().unwrap();
        out.extend(col.iter());
    }
    out
}

/// The text column `c` of every row of `batches` (any string type).
pub fn texts(batches: &[RecordBatch], c: usize) -> Vec<String> {
    let mut out = Vec::new();
    for b in batches {
        let col = datafusion::arrow::compute::cast(b.column(c), &DataType::Utf8).unwrap();
        let col = col.as_any().downcast_ref::<StringArray>().unwrap();
        out.extend(col.iter().map(|s| s.unwrap().to_string()));
    }
    out
}
