//! `gia pay` on Parquet payrolls: the same output as from the CSV they were written from (the
//! files are written in the test with the `parquet` crate's writer), recognised by their first
//! bytes as well as by their name; and `--by COL --format parquet`, the per-employer table as
//! Parquet, read back cell by cell against `--format csv`; and the per-employer output when
//! its reader goes away.

use std::path::{Path, PathBuf};

use parquet::file::reader::{FileReader, SerializedFileReader};
use parquet::record::Field;

use crate::support::parquet::{As, Layout, csv_to_parquet};
use crate::support::{gia, gia_ok, root, scratch_dir};

fn path_str(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// `file` (from the crate's directory) written as Parquet to `name` in the scratch directory:
/// the columns `numbers` as DOUBLE, the others as UTF8 text.
fn as_parquet(file: &str, name: &str, numbers: &[&str]) -> PathBuf {
    let csv = std::fs::read_to_string(root().join(file)).unwrap();
    let path = scratch_dir("cli_pay_parquet").join(name);
    let kind = |n: &str| {
        if numbers.contains(&n) {
            As::Double
        } else {
            As::Text
        }
    };
    csv_to_parquet(&csv, &path, kind, &Layout::default());
    path
}

/// The Montgomery payroll's JSON analysis is the same from its CSV and from Parquet, under a
/// `.parquet` name, under another one (recognised by its `PAR1` magic number) and on standard
/// input (`gia pay -`, recognised the same way; the CSV on standard input still streams as CSV).
#[test]
fn montgomery_json_from_parquet_is_the_csvs() {
    let csv = root().join("data/montgomery-county-employee-salaries-2023.csv");
    let amounts = ["Base_Salary", "Overtime_Pay", "Longevity_Pay"];
    let parquet = as_parquet(
        "data/montgomery-county-employee-salaries-2023.csv",
        "montgomery.parquet",
        &amounts,
    );
    let unnamed = parquet.with_file_name("montgomery.payroll");
    std::fs::copy(&parquet, &unnamed).unwrap();
    let flags = [
        "--preset",
        "montgomery",
        "--format",
        "json",
        "--no-inference",
    ];
    let run = |p: &Path| {
        let mut args = vec!["pay", path_str(p)];
        args.extend(flags);
        gia_ok(&args)
    };
    let want = run(&csv);
    assert!(want.contains("\"a_mean_gap_annual\""));
    assert!(run(&parquet) == want, "from .parquet: not the CSV's JSON");
    assert!(
        run(&unnamed) == want,
        "by its magic number: not the CSV's JSON"
    );
    for input in [&parquet, &csv] {
        let out = pay_stdin(input, &flags);
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{err}");
        let what = input.display();
        assert!(
            out.stdout == want.as_bytes(),
            "{what} on stdin: not the file's JSON"
        );
    }
}

/// `gia pay -` with `file` on standard input (opened as a file, so it need not be written).
fn pay_stdin(file: &Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_gia"))
        .args(["pay", "-"])
        .args(args)
        .stdin(std::fs::File::open(file).unwrap())
        .output()
        .expect("gia runs")
}

/// On standard input, `--delimiter` with a Parquet file is a usage error, a damaged one's
/// problems are located in `-`, and a CSV whose header starts with `PARE` (as `PARENT_ID`) is
/// read as the CSV it is, from standard input as from a file.
#[test]
fn parquet_on_standard_input_takes_no_text_flags_and_is_located_in_dash() {
    let csv = scratch_dir("cli_pay_parquet").join("parent.csv");
    std::fs::write(&csv, "PARENT_ID,gender,annual_pay\n1,F,40\n2,M,50\n").unwrap();
    let json = ["--format", "json", "--no-inference"];
    let mut args = vec!["pay", path_str(&csv)];
    args.extend(json);
    for out in [pay_stdin(&csv, &json).stdout, gia_ok(&args).into_bytes()] {
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        // By hand: (50 − 40) / 50.
        let gap = v["eu"]["a_mean_gap_annual"]["value"].as_f64().unwrap();
        assert!((gap - 0.2).abs() < 1e-12, "{gap}");
    }
    let nulls = root().join("tests/bad-input/payroll/parquet-nulls.parquet");
    let out = pay_stdin(&nulls, &["--delimiter", ";"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("--delimiter and --encoding apply to a text file"),
        "{err}"
    );
    let truncated = root().join("tests/bad-input/payroll/parquet-truncated.parquet");
    let out = pay_stdin(&truncated, &[]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.starts_with("-: expected a whole Parquet file"), "{err}");
}

/// A file whose page makes the `parquet` crate's decoder panic (one byte of a valid file set to
/// 0; found by the damage property test of `tests/pay/pay_parquet.rs`): one problem naming the
/// file, exit 1, and no panic message on standard error (the crate's own reason, quoted in the
/// problem, differs between debug and release builds, so it is not compared), unless
/// `RUST_BACKTRACE` is set.
#[test]
fn a_page_that_makes_the_decoder_panic_is_one_problem_and_no_panic_text() {
    let file = root().join("tests/fixtures/parquet/damaged-page.parquet");
    let run = |backtrace: Option<&str>| {
        let mut gia = std::process::Command::new(env!("CARGO_BIN_EXE_gia"));
        gia.args(["pay", path_str(&file), "--grade", "grade"]);
        match backtrace {
            Some(v) => gia.env("RUST_BACKTRACE", v),
            None => gia.env_remove("RUST_BACKTRACE"),
        };
        gia.output().expect("gia runs")
    };
    // With RUST_BACKTRACE set, for whoever looks for a bug, the panic is printed as well.
    let traced = run(Some("1"));
    assert_eq!(traced.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&traced.stderr).contains("panicked"));
    let out = run(None);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 1, "{err}");
    assert!(
        lines[0].starts_with(
            "damaged-page.parquet: expected readable pages, found damaged ones: the Parquet \
             reader stopped on them ("
        ),
        "{err}"
    );
    assert!(!err.contains("panicked"), "{err}");
}

/// The cell of a Parquet row as the CSV table writes it: an empty string for a null.
fn as_csv_cell(f: &Field) -> String {
    match f {
        Field::Null => String::new(),
        Field::Str(s) => s.clone(),
        Field::Long(n) => n.to_string(),
        Field::Double(x) => x.to_string(),
        Field::Bool(b) => b.to_string(),
        other => panic!("unexpected field {other:?}"),
    }
}

/// `--by employer --format parquet --out FILE` on the national-style extract: the table of
/// `--format csv`, column for column and cell for cell, with typed columns.
#[test]
fn per_employer_table_as_parquet_is_the_csv_table() {
    let extract = "tests/fixtures/by_employer/extract.csv";
    let input = as_parquet(extract, "extract.parquet", &["annual_pay", "bonus"]);
    let out = input.with_file_name("table.parquet");
    let flags = [
        "--gender",
        "sex",
        "--variable-pay",
        "bonus",
        "--category",
        "category",
        "--by",
        "employer",
        "--no-inference",
    ];
    let csv_path = root().join(extract);
    let mut args = vec!["pay", path_str(&csv_path)];
    args.extend(flags);
    args.extend(["--format", "csv"]);
    let table = gia_ok(&args);
    let mut args = vec!["pay", path_str(&input)];
    args.extend(flags);
    args.extend(["--format", "parquet", "--out", path_str(&out)]);
    assert_eq!(gia_ok(&args), "");

    let mut rdr = csv::Reader::from_reader(table.as_bytes());
    let header: Vec<String> = rdr.headers().unwrap().iter().map(String::from).collect();
    let want: Vec<Vec<String>> = rdr
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect();
    assert_eq!(want.len(), 59, "59 employers in the extract");

    let file = SerializedFileReader::new(std::fs::File::open(&out).unwrap()).unwrap();
    let schema = file.metadata().file_metadata().schema_descr();
    let names: Vec<&str> = schema.columns().iter().map(|c| c.name()).collect();
    assert_eq!(names, header);
    let physical = |name: &str| {
        let c = schema.columns().iter().find(|c| c.name() == name).unwrap();
        c.physical_type().to_string()
    };
    assert_eq!(physical("group"), "BYTE_ARRAY");
    assert_eq!(physical("rows"), "INT64");
    assert_eq!(physical("a_mean_gap_annual"), "DOUBLE");
    assert_eq!(physical("small_cell"), "BOOLEAN");
    assert_eq!(physical("not_computable"), "BYTE_ARRAY");
    let got: Vec<Vec<String>> = file
        .get_row_iter(None)
        .unwrap()
        .map(|r| {
            r.unwrap()
                .get_column_iter()
                .map(|(_, f)| as_csv_cell(f))
                .collect()
        })
        .collect();
    assert_eq!(got, want);
    // Nulls where the CSV is empty: the employers of one sex have no mean gap, and a reason.
    let gap = header
        .iter()
        .position(|h| h == "a_mean_gap_annual")
        .unwrap();
    let reason = header.iter().position(|h| h == "not_computable").unwrap();
    let e57 = got.iter().find(|r| r[0] == "E000057").unwrap();
    assert_eq!(e57[gap], "");
    assert!(e57[reason].starts_with("no "), "{}", e57[reason]);
}

/// `--format parquet` is a per-group table: without --by, a usage error.
#[test]
fn parquet_output_needs_by() {
    let csv = root().join("tests/fixtures/by_employer/extract.csv");
    let o = gia(&["pay", path_str(&csv), "--format", "parquet"]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("--format parquet"), "{err}");
}

/// `gia pay --by … | head -n 1`: the reader of standard output goes away after the first line;
/// `gia` stops writing (its lines are written on a thread of their own) and ends with exit 0,
/// without hanging.
#[test]
fn per_employer_output_stops_cleanly_when_standard_output_is_closed() {
    use std::io::BufRead;
    let mut csv = String::from("employer,sex,annual_pay\n");
    for i in 0..3_000 {
        csv.push_str(&format!(
            "E{i:05},F,{}\nE{i:05},M,{}\n",
            30_000 + i,
            31_000 + i
        ));
    }
    let file = scratch_dir("cli_pay_parquet").join("many-employers.csv");
    std::fs::write(&file, csv).unwrap();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_gia"))
        .args([
            "pay",
            path_str(&file),
            "--gender",
            "sex",
            "--by",
            "employer",
        ])
        .args(["--format", "ndjson", "--no-inference"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    // The pipe is closed here (the reader dropped); 3,000 lines of about 8 KB do not fit in it.
    assert!(first.starts_with("{\"group\":\"E00000\""), "{first}");
    let started = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > std::time::Duration::from_secs(60) {
            child.kill().unwrap();
            panic!("gia did not stop after standard output was closed");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    assert_eq!(status.code(), Some(0));
}
