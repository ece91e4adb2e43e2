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
    use gender_impact::pay::{Columns, CsvOptions, read_workers};
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
            "line 2, column 2 (annual_pay): expected an amount of at most 1000000000000 (10^12), found a larger one",
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
            err.problems.iter().all(|p| p.message
                == "expected an amount of at most 1000000000000 (10^12), found a larger one"),
            "{f}: {err}"
        );
    }
}

/// Finding 4: a man paid 5e-324 (a denormal amount) made every gap −∞ (`(m − w) / m`). The gap
/// is now "not computable" with its reason, and no figure of the assessment is infinite or NaN.
#[test]
fn gap_over_a_denormal_mens_value_is_not_computable() {
    use gender_impact::pay::{AnalysisOptions, PayRules, analyse};
    use gender_impact::pay::{CsvOptions, read_workers};
    for f in [
        "gap-denormal-men-pay.csv",
        "fuzzer-found-gap-denormal-men-pay.csv",
    ] {
        let text = file(&format!("fuzz/regressions/payroll_csv/{f}"));
        let workers = read_workers(text.as_bytes(), &CsvOptions::default()).unwrap();
        let result = analyse(
            &workers.workers,
            &[],
            &PayRules::built_in(),
            &AnalysisOptions::default(),
            Vec::new(),
        );
        let gap = &result.eu.a_mean_gap_annual;
        assert_eq!(gap.value, None, "{f}");
        assert_eq!(
            gap.not_computable
                .as_ref()
                .map(ToString::to_string)
                .as_deref(),
            Some("men's value is so small beside the women's that the gap is not a finite number"),
            "{f}"
        );
        // Every gap of the analysis (EU (a)-(g), UK) is either finite or not computable.
        let json = serde_json::to_value(&result).unwrap();
        assert_gaps_finite_or_explained(&json, "");
    }
    // The same through the JSON input's `pay` section and the whole assessment.
    let input = gender_impact::validate(&file(
        "fuzz/regressions/input_json/pay-section-gap-denormal-men-pay.json",
    ))
    .unwrap();
    let assessment = gender_impact::Assessor::new().assess(&input).unwrap();
    let pay = serde_json::to_value(assessment.pay.as_ref().unwrap()).unwrap();
    assert_eq!(
        pay["eu"]["a_mean_gap_annual"]["value"],
        serde_json::Value::Null
    );
    assert_gaps_finite_or_explained(&pay, "/pay");
    let text = gender_impact::report::markdown(&assessment);
    assert!(!text.contains("inf") && !text.contains("NaN"), "{text}");
}

/// serde_json writes a non-finite f64 as `null`: so every gap object (one with `value` and
/// `not_computable`) whose value is `null` must say why.
fn assert_gaps_finite_or_explained(v: &serde_json::Value, at: &str) {
    match v {
        serde_json::Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                assert_gaps_finite_or_explained(x, &format!("{at}/{i}"));
            }
        }
        serde_json::Value::Object(o) => {
            if o.contains_key("not_computable") && o.contains_key("value") {
                assert!(
                    !o["value"].is_null() || o["not_computable"].is_string(),
                    "{at}: a gap is null without a reason"
                );
            }
            for (k, x) in o {
                assert_gaps_finite_or_explained(x, &format!("{at}/{k}"));
            }
        }
        _ => {}
    }
}
