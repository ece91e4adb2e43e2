//! Arbitrary bytes as a payroll CSV, read twice: with `CsvOptions::default()` and with a mapping
//! chosen from the header (every known column the header names, `NULL`/`n/a` as not recorded,
//! default weekly hours, small line and row limits).
//!
//! Properties:
//! - Ok → as many workers as rows; `analyse` (no inference) does not panic, holds no NaN or
//!   infinite number (serde_json would write it as `null`), its JSON parses and its Markdown
//!   report shows no `NaN`/`inf`; the columnar path `gia pay` takes (`read_payroll` then
//!   `analyse_payroll`) gives the same analysis, to the bit, as the per-worker path.
//! - Err → at least one problem; no message holds a run of 4 or more digits that is also a run
//!   of digits in the input (pay values are never echoed), except the numbers a message may
//!   legitimately state (the configured limits, field counts).
#![no_main]

use std::collections::HashSet;

use gender_impact::Text;
use gender_impact::pay::{AnalysisOptions, analyse, analyse_payroll};
use gender_impact::pay::{Columns, CsvOptions, MAX_PROBLEMS, read_payroll, read_workers};
use gender_impact::pay::{Hours, PayRules};
use libfuzzer_sys::fuzz_target;

mod common;
use common::*;

fuzz_target!(|data: &[u8]| {
    run("default options", data, &CsvOptions::default());
    run("header mapping", data, &mapping_from_header(data));
});

fn run(what: &str, data: &[u8], options: &CsvOptions) {
    match read_workers(data, options) {
        Ok(pay) => {
            assert!(
                !enabled("rows") || pay.workers.len() as u64 == pay.rows,
                "{what}: {} workers from {} rows",
                pay.workers.len(),
                pay.rows
            );
            if pay.workers.is_empty() {
                return;
            }
            let opts = AnalysisOptions {
                inference: false,
                ..Default::default()
            };
            let a = analyse(
                &pay.workers,
                &[],
                &PayRules::built_in(),
                &opts,
                pay.assumptions,
            );
            assert_all_floats_finite(&format!("{what}: pay analysis"), &a);
            let json = serde_json::to_string_pretty(&a).expect("a PayAnalysis serialises");
            assert_json_report_clean(&format!("{what}: pay analysis json"), &json);
            if enabled("columnar") {
                let columnar = read_payroll(data, options).unwrap_or_else(|e| {
                    panic!("{what}: read_workers read it, read_payroll did not: {e}")
                });
                let b = analyse_payroll(
                    &columnar.payroll,
                    &[],
                    &PayRules::built_in(),
                    &opts,
                    columnar.assumptions,
                );
                let json_b = serde_json::to_string_pretty(&b).expect("a PayAnalysis serialises");
                assert!(
                    json == json_b,
                    "{what}: the columnar analysis differs from the per-worker one"
                );
            }
            let md = gender_impact::report::pay_markdown(&a);
            let user_text = String::from_utf8_lossy(data);
            assert_no_nan_inf_text(&format!("{what}: pay markdown"), &md, &user_text);
            for lang in [
                gender_impact::i18n::Lang::Fr,
                gender_impact::i18n::Lang::Es,
            ] {
                let md = gender_impact::report::pay_markdown_in(&a, lang, 1);
                assert_no_nan_inf_text(&format!("{what}: pay markdown ({lang})"), &md, &user_text);
            }
        }
        Err(e) => {
            if !enabled("echo") {
                return;
            }
            assert!(
                !e.problems.is_empty(),
                "{what}: Err(CsvErrors) with no problem listed"
            );
            let input_runs = digit_runs(data);
            let d = options.delimiter.unwrap_or(b',');
            let delimiters = data.iter().filter(|&&b| b == d).count() as u64;
            let allowed = |n: u64| {
                n == options.max_line_bytes as u64
                    || n == options.max_rows as u64
                    || n == MAX_PROBLEMS as u64
                    // "expected a text of at most 2000 characters" (a category or grade)
                    || n == Text::MAX_CHARS as u64
                    // "expected N fields (as many as the header has), found M"
                    || n <= delimiters + 1
            };
            for p in &e.problems {
                assert_said_in_every_language(what, p, p.text(), |lang| p.message_in(lang));
                for run in digit_runs(p.message.as_bytes()) {
                    let echoed = input_runs.contains(&run);
                    let ok = run.parse::<u64>().is_ok_and(allowed);
                    assert!(
                        !echoed || ok,
                        "{what}: a problem message repeats the input's number `{run}`: {p}"
                    );
                }
            }
        }
    }
}

/// Maximal runs of ASCII digits, 4 or more long.
fn digit_runs(bytes: &[u8]) -> HashSet<String> {
    bytes
        .split(|b| !b.is_ascii_digit())
        .filter(|r| r.len() >= 4)
        .map(|r| String::from_utf8_lossy(r).into_owned())
        .collect()
}

/// A mapping of every known column the header (the first line) names.
fn mapping_from_header(data: &[u8]) -> CsvOptions {
    let first = data.split(|&b| b == b'\n').next().unwrap_or_default();
    let first = first.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(first);
    let delimiter = if !first.contains(&b',') && first.contains(&b';') {
        b';'
    } else {
        b','
    };
    let names: Vec<String> = first
        .split(|&b| b == delimiter)
        .map(|c| {
            String::from_utf8_lossy(c)
                .trim()
                .trim_matches('"')
                .to_string()
        })
        .collect();
    let find = |candidates: &[&str]| -> Option<String> {
        candidates
            .iter()
            .find_map(|c| names.iter().find(|n| n.eq_ignore_ascii_case(c)).cloned())
    };
    let columns = Columns {
        gender: find(&["gender", "sex"]).unwrap_or_else(|| "gender".to_string()),
        annual_pay: find(&["annual_pay", "base_salary"]),
        variable_pay: ["variable_pay", "overtime_pay", "longevity_pay"]
            .iter()
            .filter_map(|c| find(&[c]))
            .collect(),
        hourly_pay: find(&["hourly_pay"]),
        weekly_hours: find(&["weekly_hours"]),
        bonus_pay: find(&["bonus_pay"]),
        category: find(&["category", "grade"]),
        grade: find(&["grade"]),
        fte: find(&["fte"]),
        full_pay: find(&["full_pay"]),
        // No controls, factors or Logib columns: the per-worker path has none to compare.
        ..Columns::default()
    };
    CsvOptions {
        columns,
        delimiter: Some(delimiter),
        max_line_bytes: 4096,
        max_rows: 5000,
        default_weekly_hours: Some(Hours::new(37.5).expect("37.5 hours")),
        missing_text: vec!["NULL".to_string(), "n/a".to_string()],
        empty_as_zero: first.len() % 2 == 1,
        ..CsvOptions::default()
    }
}
