//! The pay figures of every employer of a national dataset, by SQL over Parquet files.
//!
//! ```sh
//! # A generated dataset (200 employers, 400,000 workers, 8 files) in a temporary folder:
//! cargo run --release -p gender-impact-datafusion --example national_sql
//! # Your own: Parquet files with the columns employer, gender (woman, man, non_binary,
//! # undisclosed) and pay:
//! cargo run --release -p gender-impact-datafusion --example national_sql -- /data/payroll/
//! ```
//!
//! Prints one row per employer (its code, never a worker's name or record): the mean and
//! median gaps, the women's share of the highest-paid quartile band, and the t-digest
//! estimate of the median gap beside the exact one.

use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

use datafusion::arrow::array::{Float64Array, RecordBatch, StringArray};
use datafusion::arrow::datatypes::{DataType, Field, Schema};
use datafusion::error::Result;
use datafusion::parquet::arrow::ArrowWriter;
use datafusion::prelude::{ParquetReadOptions, SessionConfig, SessionContext};

const QUERY: &str = "SELECT employer, count(*) AS workers, \
    pay_gap_mean(pay, gender) AS mean_gap, \
    pay_gap_median(pay, gender) AS median_gap, \
    approx_pay_gap_median(pay, gender) AS approx_median_gap, \
    quartile_women_share(pay, gender, 4) AS women_in_top_band \
    FROM payroll GROUP BY employer ORDER BY employer";

#[tokio::main]
async fn main() -> ExitCode {
    let dir = std::env::args().nth(1);
    match run(dir.as_deref()).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("national_sql: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn run(dir: Option<&str>) -> Result<()> {
    let generated = tempfile::tempdir()?;
    let dir = match dir {
        Some(d) => d.to_string(),
        None => {
            generate(generated.path(), 200, 2_000, 8)?;
            generated.path().display().to_string()
        }
    };
    let ctx = SessionContext::new_with_config(SessionConfig::new().with_target_partitions(4));
    gender_impact_datafusion::register(&ctx);
    ctx.register_parquet("payroll", format!("{dir}/"), ParquetReadOptions::default())
        .await?;
    ctx.sql(QUERY).await?.show().await
}

/// Writes `employers` × `per_employer` workers as `files` Parquet files, worker `i` into file
/// `i % files`: genders 48% women, 49% men, 3% non-binary or undisclosed; log-normal pay with
/// a men's premium that varies by employer (SplitMix64 with a fixed seed: the same files each
/// time; the pay levels are invented).
fn generate(dir: &Path, employers: usize, per_employer: usize, files: usize) -> Result<()> {
    let mut state = 2023u64;
    let mut unit = move || {
        state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        ((z ^ (z >> 31)) >> 11) as f64 / (1u64 << 53) as f64
    };
    let schema = Arc::new(Schema::new(vec![
        Field::new("employer", DataType::Utf8, false),
        Field::new("gender", DataType::Utf8, false),
        Field::new("pay", DataType::Float64, false),
    ]));
    let mut columns = vec![(Vec::new(), Vec::new(), Vec::new()); files];
    for i in 0..employers * per_employer {
        let e = i % employers;
        let u = unit();
        let gender = match u {
            u if u < 0.48 => "woman",
            u if u < 0.97 => "man",
            u if u < 0.985 => "non_binary",
            _ => "undisclosed",
        };
        let premium = if gender == "man" {
            1.0 + (e % 25) as f64 / 100.0
        } else {
            1.0
        };
        // A normal deviate by Box–Muller, for log-normal pay around 40,000.
        let z = (-2.0 * (1.0 - unit()).ln()).sqrt() * (std::f64::consts::TAU * unit()).cos();
        let pay = (40_000.0 * premium * (0.4 * z).exp() * 100.0).round() / 100.0;
        let file = &mut columns[i % files];
        file.0.push(format!("EMP{e:04}"));
        file.1.push(gender);
        file.2.push(pay);
    }
    for (f, (employer, gender, pay)) in columns.into_iter().enumerate() {
        let batch = RecordBatch::try_new(
            schema.clone(),
            vec![
                Arc::new(StringArray::from(employer)),
                Arc::new(StringArray::from(gender)),
                Arc::new(Float64Array::from(pay)),
            ],
        )?;
        let file = std::fs::File::create(dir.join(format!("part-{f}.parquet")))?;
        let mut writer = ArrowWriter::try_new(file, schema.clone(), None)?;
        writer.write(&batch)?;
        writer.close()?;
    }
    Ok(())
}
