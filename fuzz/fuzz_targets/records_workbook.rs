//! Arbitrary bytes as a records workbook (written to a temporary `.xlsx` file, then read with
//! `validate_workbook`).
//!
//! Properties: no panic; Ok → the input passes its own checks and writes back as a workbook
//! that reads as the same input; Err → at least one problem, each said in every language.
//! Seeds: the workbooks `gia init FILE.xlsx` and `gia convert` write, and the bad-input
//! catalogue's workbooks (`tests/bad-input/workbook/*.xlsx`).
#![no_main]

use gender_impact::i18n::Lang;
use gender_impact::{records_workbook, validate_workbook};
use libfuzzer_sys::fuzz_target;

mod common;
use common::*;

fuzz_target!(|data: &[u8]| {
    let dir = std::env::temp_dir();
    let path = dir.join(format!("gia-fuzz-records-{}.xlsx", std::process::id()));
    if std::fs::write(&path, data).is_err() {
        return;
    }
    match validate_workbook(&path) {
        Ok(input) => {
            assert!(input.check().is_ok(), "a workbook's input fails its own checks");
            let again = dir.join(format!("gia-fuzz-records-{}-again.xlsx", std::process::id()));
            let bytes = records_workbook(&input, Lang::En).expect("a valid input writes");
            std::fs::write(&again, bytes).expect("the temporary file is written");
            assert_eq!(validate_workbook(&again).as_ref(), Ok(&input), "round trip");
            let _ = std::fs::remove_file(&again);
        }
        Err(e) => {
            assert!(!e.problems().is_empty(), "an error without a problem");
            for p in e.problems() {
                assert_said_in_every_language("records", p, p.text(), |lang| p.message_in(lang));
            }
        }
    }
    let _ = std::fs::remove_file(&path);
});
