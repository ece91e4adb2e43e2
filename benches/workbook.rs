//! Workbook benchmark (issue target: a 1,000,000-row XLSX payroll read and analysed within 3× the
//! time of the same CSV; 100,000 rows within 1 s). The payroll of `examples/gen_payroll.rs`
//! (ten columns) is written once as CSV and as XLSX (numbers as numeric cells, written by
//! rust_xlsxwriter in constant-memory mode) under the target directory; the benchmark reads each
//! file from disk and computes the Article 9 and UK figures.
//!
//! Run: `taskset -c 0 cargo bench --bench workbook` (one core; about 4 minutes).

use std::hint::black_box;
use std::path::PathBuf;
use std::time::Duration;

use criterion::{Criterion, SamplingMode, criterion_group, criterion_main};
use gender_impact::pay::read_payroll_workbook;
use gender_impact::pay::{PayRules, figures, read_payroll};

#[path = "../examples/gen_payroll.rs"]
#[allow(dead_code)]
mod gen_payroll;

/// Writes the payroll of `rows` rows as CSV and XLSX; their paths.
fn files(rows: usize) -> (PathBuf, PathBuf) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/bench-workbook");
    std::fs::create_dir_all(&dir).expect("target directory");
    let csv_path = dir.join(format!("payroll-{rows}.csv"));
    let xlsx_path = dir.join(format!("payroll-{rows}.xlsx"));
    let csv = gen_payroll::payroll_csv(rows);
    std::fs::write(&csv_path, &csv).expect("write the CSV");
    if !xlsx_path.exists() {
        let mut book = rust_xlsxwriter::Workbook::new();
        let sheet = book
            .add_worksheet_with_constant_memory()
            .expect("a constant-memory sheet");
        let mut rdr = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(&csv[..]);
        for (r, rec) in rdr.records().enumerate() {
            for (c, field) in rec.expect("generated CSV").iter().enumerate() {
                let (r, c) = (r as u32, c as u16);
                match field.parse::<f64>() {
                    Ok(v) if r > 0 => sheet.write_number(r, c, v),
                    _ => sheet.write_string(r, c, field),
                }
                .expect("write a cell");
            }
        }
        book.save(&xlsx_path).expect("save the workbook");
    }
    (csv_path, xlsx_path)
}

fn bench(c: &mut Criterion) {
    let rules = PayRules::built_in();
    let opts = gen_payroll::csv_options();
    for rows in [100_000, 1_000_000] {
        let (csv_path, xlsx_path) = files(rows);
        let size = |p: &PathBuf| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0) as f64 / 1e6;
        println!(
            "{rows} rows: CSV {:.1} MB, XLSX {:.1} MB",
            size(&csv_path),
            size(&xlsx_path)
        );
        // Outside the timing: both files give the same payroll.
        let a = read_payroll(std::fs::File::open(&csv_path).unwrap(), &opts).unwrap();
        let b = read_payroll_workbook(&xlsx_path, None, &opts).unwrap();
        assert_eq!(a.payroll.to_workers(), b.payroll.to_workers());
        let mut g = c.benchmark_group(format!("payroll_{rows}_rows_file"));
        g.sampling_mode(SamplingMode::Flat)
            .sample_size(10)
            .warm_up_time(Duration::from_secs(1));
        g.bench_function("csv_read_article9_uk", |b| {
            b.iter(|| {
                let f = std::fs::File::open(&csv_path).unwrap();
                let p = read_payroll(f, &opts).unwrap();
                black_box(figures(&p.payroll, &[], &rules))
            })
        });
        g.bench_function("xlsx_read_article9_uk", |b| {
            b.iter(|| {
                let p = read_payroll_workbook(black_box(&xlsx_path), None, &opts).unwrap();
                black_box(figures(&p.payroll, &[], &rules))
            })
        });
        g.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
