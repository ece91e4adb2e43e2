//! Writes a synthetic payroll CSV shaped like a real HR export, for the `payroll` benchmark and for
//! measuring `gia pay` (time and peak memory) on a file of the size the pay issue names.
//!
//! ```sh
//! cargo run --release --example gen_payroll -- 1000000 /tmp/payroll-1m.csv
//! /usr/bin/time -v target/release/gia pay /tmp/payroll-1m.csv --no-inference \
//!     --annual-pay annual_salary --variable-pay overtime_pay --variable-pay bonus_pay \
//!     --bonus-pay bonus_pay --weekly-hours weekly_hours --fte fte --full-pay full_pay \
//!     --category job_family --grade grade > /dev/null
//! ```
//!
//! One row per employee, ten columns: `employee_id` (not read by `gia`), `gender` (`F` 47%, `M`
//! 51.5%, `X` 0.8%, `U` 0.7%), `job_family` (20 families, the categories of workers), `grade`
//! (`G1`–`G9`), `annual_salary` (in cents, pro rata for part-timers), `overtime_pay` (30% of rows,
//! else `0`), `bonus_pay` (15% of rows, else `0`), `weekly_hours` (37.5, 30, 22.5 or 15), `fte`
//! (hours / 37.5) and `full_pay` (`N` for 2.5%: on reduced pay because of leave). 1,000,000 rows
//! make 49.6 MB. The numbers come from SplitMix64 with a fixed seed, so the same row count
//! always gives the same bytes; the pay levels are invented.

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

/// The job families: the categories of workers (same work or work of equal value).
pub const FAMILIES: [&str; 20] = [
    "Administration",
    "Customer Service",
    "Finance",
    "Human Resources",
    "IT Support",
    "Software Development",
    "Nursing",
    "Care Assistants",
    "Cleaning",
    "Catering",
    "Security",
    "Logistics",
    "Maintenance",
    "Legal",
    "Marketing",
    "Sales",
    "Research",
    "Management",
    "Teaching",
    "Engineering",
];

/// The header of the generated file.
pub const HEADER: &str = "employee_id,gender,job_family,grade,annual_salary,overtime_pay,\
                          bonus_pay,weekly_hours,fte,full_pay\n";

/// SplitMix64: a small, fixed, portable pseudo-random sequence.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// A whole number in 0..n.
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// Writes the header and `rows` rows.
pub fn write_payroll(rows: usize, out: &mut impl Write) -> io::Result<()> {
    out.write_all(HEADER.as_bytes())?;
    let mut rng = SplitMix(0x7061_7972_6f6c_6c00);
    for i in 0..rows {
        let g = rng.below(1000);
        let gender = match g {
            0..470 => "F",
            470..985 => "M",
            985..993 => "X",
            _ => "U",
        };
        let family = rng.below(20);
        // Grades 1-9, higher on average in the better-paid families.
        let grade = (1 + (rng.below(6) + family / 4).min(8)) as u32;
        let (hours, fte) = match rng.below(100) {
            0..75 => ("37.5", "1"),
            75..83 => ("30", "0.8"),
            83..93 => ("22.5", "0.6"),
            _ => ("15", "0.4"),
        };
        let fte_value: u64 = match fte {
            "1" => 10,
            "0.8" => 8,
            "0.6" => 6,
            _ => 4,
        };
        // Full-time salary in cents: by family and grade, with a spread, women a little lower.
        let full_time =
            2_200_000 + family * 90_000 + u64::from(grade) * 450_000 + rng.below(900_000);
        let full_time = if gender == "F" {
            full_time - full_time / 25 - rng.below(100_000)
        } else {
            full_time
        };
        let salary = full_time * fte_value / 10;
        out.write_all(
            format!(
                "E{:07},{gender},{},G{grade},",
                1_000_000 + i,
                FAMILIES[family as usize]
            )
            .as_bytes(),
        )?;
        write_cents(out, salary)?;
        out.write_all(b",")?;
        if rng.below(10) < 3 {
            write_cents(out, rng.below(500_000))?;
        } else {
            out.write_all(b"0")?;
        }
        out.write_all(b",")?;
        if rng.below(100) < 15 {
            write!(out, "{}", 250 * (1 + rng.below(20)))?;
        } else {
            out.write_all(b"0")?;
        }
        let full_pay = if rng.below(1000) < 25 { "N" } else { "Y" };
        writeln!(out, ",{hours},{fte},{full_pay}")?;
    }
    Ok(())
}

/// An amount in cents as `units.cc`.
fn write_cents(out: &mut impl Write, cents: u64) -> io::Result<()> {
    write!(out, "{}.{:02}", cents / 100, cents % 100)
}

/// The payroll's columns, as a user names them to `gia pay`: every column the file has except
/// the employee id (for the benchmarks, which include this file as a module).
#[allow(dead_code)]
pub fn csv_options() -> gender_impact::pay::CsvOptions {
    gender_impact::pay::CsvOptions {
        columns: gender_impact::pay::Columns {
            annual_pay: Some("annual_salary".to_string()),
            variable_pay: vec!["overtime_pay".to_string(), "bonus_pay".to_string()],
            bonus_pay: Some("bonus_pay".to_string()),
            weekly_hours: Some("weekly_hours".to_string()),
            fte: Some("fte".to_string()),
            full_pay: Some("full_pay".to_string()),
            category: Some("job_family".to_string()),
            grade: Some("grade".to_string()),
            ..gender_impact::pay::Columns::default()
        },
        ..gender_impact::pay::CsvOptions::default()
    }
}

/// The whole file in memory (for the benchmarks, which include this file as a module).
#[allow(dead_code)]
pub fn payroll_csv(rows: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(rows * 53 + HEADER.len());
    write_payroll(rows, &mut out).expect("writing to memory does not fail");
    out
}

/// What `--help` prints.
const USAGE: &str = "\
usage: gen_payroll ROWS FILE

Writes a synthetic payroll CSV of ROWS rows (underscores allowed: 1_000_000) to FILE (`-` for
standard output); the same ROWS always gives the same bytes. Columns: employee_id, gender,
job_family, grade, annual_salary, overtime_pay, bonus_pay, weekly_hours, fte, full_pay; read
them with: gia pay FILE --annual-pay annual_salary --variable-pay overtime_pay --variable-pay
bonus_pay --bonus-pay bonus_pay --weekly-hours weekly_hours --fte fte --full-pay full_pay
--category job_family --grade grade";

/// The row count and the output path, or the exit code to stop with (`--help`: 0; else 2).
fn arguments() -> Result<(usize, String), ExitCode> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "-h" || a == "--help") {
        println!("{USAGE}");
        return Err(ExitCode::SUCCESS);
    }
    let fail = |why: String| {
        eprintln!("gen_payroll: {why}\n{USAGE}");
        Err(ExitCode::from(2))
    };
    match args.as_slice() {
        [rows, path] => match rows.replace('_', "").parse::<usize>() {
            Ok(n) => Ok((n, path.clone())),
            Err(_) => fail(format!("ROWS: expected a whole number, found `{rows}`")),
        },
        _ => fail(format!("expected 2 arguments, found {}", args.len())),
    }
}

fn main() -> ExitCode {
    let (rows, path) = match arguments() {
        Ok(x) => x,
        Err(code) => return code,
    };
    let result = if path == "-" {
        let stdout = io::stdout().lock();
        let mut w = BufWriter::new(stdout);
        write_payroll(rows, &mut w).and_then(|()| w.flush())
    } else {
        std::fs::File::create(&path).and_then(|f| {
            let mut w = BufWriter::new(f);
            write_payroll(rows, &mut w).and_then(|()| w.flush())
        })
    };
    if let Err(e) = result {
        eprintln!("gen_payroll: cannot write {path}: {e}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
