//! Findings of the fuzzers (`fuzz/`), kept as regression tests: each input is now refused with
//! a message saying what was expected, where it used to overflow into infinite or NaN figures.

use std::path::Path;

fn file(rel: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)).unwrap()
}

fn lines(err: &gender_impact::Invalid) -> Vec<String> {
    err.problems().iter().map(ToString::to_string).collect()
}

#[test]
fn pay_amounts_near_f64_max_are_refused() {
    let err = gender_impact::validate(&file(
        "fuzz/regressions/input_json/pay-section-mean-overflow.json",
    ))
    .unwrap_err();
    assert_eq!(
        lines(&err),
        [
            "/pay/workers/0/annual_pay: expected a number of at most 1000000000000.0, found a larger one",
            "/pay/workers/1/annual_pay: expected a number of at most 1000000000000.0, found a larger one",
        ]
    );
}

#[test]
fn framework_weights_near_f64_max_are_refused() {
    for (f, pointer) in [
        (
            "criterion-weight-overflow.json",
            "/pillars/0/criteria/0/weight",
        ),
        ("pillar-weight-overflow.json", "/pillars/0/weight"),
    ] {
        let err = gender_impact::Framework::from_json(&file(&format!(
            "fuzz/regressions/framework_json/{f}"
        )))
        .unwrap_err();
        assert_eq!(
            lines(&err),
            [format!(
                "{pointer}: expected a positive weight of at most 1000000, found one that is not"
            )],
            "{f}"
        );
    }
}

#[test]
fn payroll_amounts_and_hours_that_overflow_are_refused() {
    use gender_impact::pay::csv::{Columns, CsvOptions, read_workers};
    let options = CsvOptions {
        columns: Columns {
            weekly_hours: Some("weekly_hours".to_string()),
            ..Columns::default()
        },
        ..CsvOptions::default()
    };
    let text = file("fuzz/regressions/payroll_csv/hourly-tiny-weekly-hours.csv");
    let err = read_workers(text.as_bytes(), &options).unwrap_err();
    let msgs: Vec<String> = err.problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        msgs,
        [
            "line 2, column 2 (annual_pay): expected an amount, found an invalid number",
            "line 2, column 3 (weekly_hours): expected weekly hours from 0.01 to 168",
        ]
    );
    for f in [
        "annual-mean-sum-overflow.csv",
        "hourly-from-annual-overflow.csv",
    ] {
        let text = file(&format!("fuzz/regressions/payroll_csv/{f}"));
        let err = read_workers(text.as_bytes(), &CsvOptions::default()).unwrap_err();
        assert!(
            err.problems
                .iter()
                .all(|p| p.message == "expected an amount, found an invalid number"),
            "{f}: {err}"
        );
    }
}
