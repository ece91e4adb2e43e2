//! Parquet payrolls (`read_payroll_parquet`): the Montgomery payroll and small files written as
//! Parquet in the test (with the `parquet` crate's writer) read into exactly the payroll their
//! CSV reads into, whatever the physical types, encodings, codecs and row groups.

use std::path::PathBuf;

use gender_impact::pay::{
    CsvOptions, PayrollCsv, is_parquet, is_parquet_bytes, read_payroll, read_payroll_parquet,
    read_payroll_parquet_bytes,
};
use parquet::basic::{Compression, GzipLevel, ZstdLevel};

use crate::support::parquet::{As, Layout, csv_to_parquet};

const MONTGOMERY: &str = "data/montgomery-county-employee-salaries-2023.csv";

fn scratch(name: &str) -> PathBuf {
    crate::support::scratch_dir("pay_parquet").join(name)
}

/// The payroll, its row count and assumptions, as text: `f64`s are written in their shortest
/// exact form, so equal texts are equal values.
fn fingerprint(read: &PayrollCsv) -> String {
    format!("{:?} {} {:?}", read.payroll, read.rows, read.assumptions)
}

fn csv_read(text: &str, options: &CsvOptions) -> PayrollCsv {
    read_payroll(text.as_bytes(), options).unwrap()
}

/// Montgomery as Parquet, four ways: numbers as DOUBLE, dictionary texts, snappy, row groups of
/// 1,000; amounts as DECIMAL(18, 4) in INT64, gzip; as DOUBLE, PLAIN encoding, zstd, one row
/// group; lz4, row groups of 4,096. Each reads as the CSV does.
#[test]
fn montgomery_reads_as_its_csv_whatever_the_layout() {
    let csv = std::fs::read_to_string(MONTGOMERY).unwrap();
    let options = CsvOptions::montgomery();
    let want = fingerprint(&csv_read(&csv, &options));
    let amounts = ["Base_Salary", "Overtime_Pay", "Longevity_Pay"];
    let layouts = [
        (As::Double, Layout::default()),
        (
            As::Decimal(4),
            Layout {
                compression: Compression::GZIP(GzipLevel::default()),
                ..Layout::default()
            },
        ),
        (
            As::Double,
            Layout {
                rows_per_group: 1_000_000,
                compression: Compression::ZSTD(ZstdLevel::default()),
                dictionary: false,
            },
        ),
        (
            As::Double,
            Layout {
                rows_per_group: 4_096,
                compression: Compression::LZ4_RAW,
                dictionary: true,
            },
        ),
    ];
    for (i, (number, layout)) in layouts.iter().enumerate() {
        let path = scratch(&format!("montgomery-{i}.parquet"));
        let kind = |n: &str| {
            if amounts.contains(&n) {
                *number
            } else {
                As::Text
            }
        };
        csv_to_parquet(&csv, &path, kind, layout);
        let got = read_payroll_parquet(&path, &options).unwrap();
        assert_eq!(got.rows, 10_291, "layout {i}");
        assert!(
            fingerprint(&got) == want,
            "layout {i}: not the CSV's payroll"
        );
    }
}

/// A null in a pay column is an empty cell: read as 0 with `empty_as_zero` (and counted in the
/// assumptions, as for the CSV), an error at its row and column otherwise. Integers (INT32) and
/// floats (FLOAT) read as the numbers they hold.
#[test]
fn nulls_are_empty_cells_and_numbers_any_numeric_type() {
    let csv = "gender,annual_pay,bonus,hours\nF,41000,,35\nM,43000.5,120,38\nF,39000,0,40\n";
    let path = scratch("nulls.parquet");
    let kind = |n: &str| match n {
        "annual_pay" => As::Double,
        "bonus" => As::Float, // 120 and 0: exact in a float
        "hours" => As::Int32,
        _ => As::Text,
    };
    csv_to_parquet(csv, &path, kind, &Layout::default());
    let mut options = CsvOptions::default();
    options.columns.variable_pay = vec!["bonus".into()];
    options.columns.weekly_hours = Some("hours".into());
    let err = read_payroll_parquet(&path, &options).unwrap_err();
    assert_eq!(
        err.to_string(),
        "nulls.parquet, row 1, column 3 (bonus): expected an amount, found an empty cell\n"
    );
    // The same file held in memory: the same problem, located in the name given.
    let bytes = std::fs::read(&path).unwrap();
    let err = read_payroll_parquet_bytes(bytes.clone(), "-", &options).unwrap_err();
    assert_eq!(
        err.to_string(),
        "-, row 1, column 3 (bonus): expected an amount, found an empty cell\n"
    );
    options.empty_as_zero = true;
    let got = read_payroll_parquet(&path, &options).unwrap();
    assert_eq!(fingerprint(&got), fingerprint(&csv_read(csv, &options)));
    let from_memory = read_payroll_parquet_bytes(bytes.clone(), "-", &options).unwrap();
    assert_eq!(fingerprint(&from_memory), fingerprint(&got));
    // Cut short, or not Parquet at all: problems of the whole input.
    let cut = read_payroll_parquet_bytes(bytes[..bytes.len() - 1].to_vec(), "-", &options);
    assert!(cut.unwrap_err().to_string().contains("cut short"));
    let other = read_payroll_parquet_bytes(b"gender,annual_pay\n".to_vec(), "-", &options);
    assert!(
        other
            .unwrap_err()
            .to_string()
            .contains("found other content")
    );
    // Taken for Parquet: this file, and anything starting `PAR1` (a truncated one); a CSV
    // whose header starts with `PARE` is not, unless it also ends as a Parquet file does.
    assert!(is_parquet_bytes(&bytes) && is_parquet(&path));
    assert!(is_parquet_bytes(b"PAR1,gender\n"));
    assert!(!is_parquet_bytes(b"PARENT_ID,gender,annual_pay\n1,F,40\n"));
    assert!(is_parquet_bytes(b"PARE encrypted footer PARE"));
    assert!(!is_parquet_bytes(b"PAR"));
    // By hand: the bonus of row 1 is 0, and the weekly hours are 35, 38, 40.
    let w = got.payroll.to_workers();
    assert_eq!(w[0].variable_pay.map(|m| m.get()), Some(0.0));
    assert_eq!(w[1].variable_pay.map(|m| m.get()), Some(120.0));
    let hours: Vec<f64> = w.iter().map(|w| w.weekly_hours.unwrap().get()).collect();
    assert_eq!(hours, [35.0, 38.0, 40.0]);
}

/// Text columns follow the text rules of CSV cells: French gender words, decimal commas decided
/// from the whole column (stated among the assumptions), `NULL` as not recorded.
#[test]
fn text_cells_follow_the_csv_rules() {
    let csv = "Sexe,Salaire,Cat\nFemme,\"91.559,04\",A\nHomme,\"175.873,00\",NULL\nFemme,\"32.960,84\",B\n";
    let path = scratch("texts.parquet");
    csv_to_parquet(csv, &path, |_| As::Text, &Layout::default());
    let mut options = CsvOptions::default();
    options.columns.gender = "sexe".into();
    options.columns.annual_pay = Some("salaire".into());
    options.columns.category = Some("cat".into());
    options.missing_text = vec!["NULL".into()];
    let got = read_payroll_parquet(&path, &options).unwrap();
    assert_eq!(fingerprint(&got), fingerprint(&csv_read(csv, &options)));
    let w = got.payroll.to_workers();
    assert_eq!(w[0].annual_pay.unwrap().get(), 91559.04);
    assert_eq!(w[1].category, None);
}

/// More rows than allowed: an error at the first row past the limit.
#[test]
fn more_rows_than_allowed_is_an_error_at_the_row() {
    let csv = "gender,annual_pay\nF,1\nM,2\nF,3\n";
    let path = scratch("rows.parquet");
    let layout = Layout {
        rows_per_group: 2,
        ..Layout::default()
    };
    csv_to_parquet(
        csv,
        &path,
        |n| if n == "gender" { As::Text } else { As::Double },
        &layout,
    );
    let options = CsvOptions {
        max_rows: 2,
        ..CsvOptions::default()
    };
    let err = read_payroll_parquet(&path, &options).unwrap_err();
    assert_eq!(
        err.to_string(),
        "rows.parquet, row 3: expected at most 2 rows of data, found more\n"
    );
}

/// A missing column is named, with the schema's columns, as for a CSV header.
#[test]
fn a_missing_column_is_named_with_the_schema() {
    let path = scratch("missing.parquet");
    csv_to_parquet("sex,pay\nF,1\n", &path, |_| As::Text, &Layout::default());
    let err = read_payroll_parquet(&path, &CsvOptions::default()).unwrap_err();
    let text = err.to_string();
    assert!(
        text.starts_with("missing.parquet: expected columns `gender`, `annual_pay` in the header"),
        "{text}"
    );
    assert!(text.contains("`sex`, `pay`"), "{text}");
}

mod damaged {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(96))]

        /// A small valid file with one byte changed, or cut short: read or refused, never a
        /// panic; refused with at least one problem, each in the file.
        #[test]
        fn a_damaged_file_is_read_or_refused_never_a_panic(
            at in 0.0f64..1.0,
            byte in any::<u8>(),
            cut in any::<bool>(),
        ) {
            let csv = "gender,annual_pay,grade\nF,41000.5,A\nM,43000,B\nF,39000.25,\n";
            let good = scratch("damaged-source.parquet");
            let kind = |n: &str| if n == "annual_pay" { As::Decimal(2) } else { As::Text };
            csv_to_parquet(csv, &good, kind, &Layout { rows_per_group: 2, ..Layout::default() });
            let mut bytes = std::fs::read(&good).unwrap();
            let i = ((bytes.len() - 1) as f64 * at) as usize;
            if cut {
                bytes.truncate(i);
            } else {
                bytes[i] = byte;
            }
            let path = scratch(&format!("damaged-{i}-{byte}-{cut}.parquet"));
            std::fs::write(&path, &bytes).unwrap();
            let mut options = CsvOptions::default();
            options.columns.grade = Some("grade".into());
            match read_payroll_parquet(&path, &options) {
                Ok(read) => prop_assert!(read.rows <= 3),
                Err(e) => {
                    prop_assert!(!e.problems.is_empty());
                    let name = path.file_name().unwrap().to_string_lossy().into_owned();
                    for p in &e.problems {
                        prop_assert!(p.to_string().starts_with(&name), "{}", p);
                    }
                }
            }
            std::fs::remove_file(&path).unwrap();
        }
    }
}
