//! Arbitrary bytes as a payroll workbook (written to a temporary `.xlsx` file, then read with
//! `read_payroll_workbook`, first sheet, default columns and a header mapping).
//!
//! Properties: no panic; Ok → as many workers as rows and an analysis without NaN or infinity;
//! Err → at least one problem, each said in every language. Seeds: the bad-input catalogue's
//! workbooks (`tests/bad-input/workbook/*.xlsx`) and any valid XLSX.
#![no_main]

use gender_impact::pay::{AnalysisOptions, CsvOptions, PayRules, analyse_payroll};
use gender_impact::pay::read_payroll_workbook;
use libfuzzer_sys::fuzz_target;

mod common;
use common::*;

fuzz_target!(|data: &[u8]| {
    let dir = std::env::temp_dir();
    let path = dir.join(format!("gia-fuzz-{}.xlsx", std::process::id()));
    if std::fs::write(&path, data).is_err() {
        return;
    }
    let mut mapped = CsvOptions::default();
    mapped.columns.category = Some("grade".to_string());
    mapped.max_rows = 5000;
    for (what, options) in [("default", CsvOptions::default()), ("mapped", mapped)] {
        match read_payroll_workbook(&path, None, &options) {
            Ok(read) => {
                assert_eq!(read.payroll.len() as u64, read.rows, "{what}: rows");
                let opts = AnalysisOptions {
                    inference: false,
                    ..Default::default()
                };
                let a = analyse_payroll(&read.payroll, &[], &PayRules::built_in(), &opts, read.assumptions);
                assert_all_floats_finite(what, &a);
            }
            Err(e) => {
                assert!(!e.problems.is_empty(), "{what}: an error without a problem");
                for p in &e.problems {
                    assert_said_in_every_language(what, p, p.text(), |lang| p.message_in(lang));
                }
            }
        }
    }
    let _ = std::fs::remove_file(&path);
});
