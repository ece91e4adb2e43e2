//! A payroll large enough for its kinds of value to be sorted on two threads (50,000 rows or
//! more) gives the figures of its rows taken once: Montgomery County's payroll (10,291 rows,
//! analysed on one thread, its figures checked against pandas elsewhere) and the same rows six
//! times over (61,746 rows). By hand: six copies of each value leave every mean and every
//! median as they were (the middle of the copies is the middle of the values), and multiply
//! every count by six.

use gender_impact::pay::{CsvOptions, read_payroll};
use serde_json::Value;

use crate::support;

fn analysed(text: &str) -> Value {
    let read = read_payroll(text.as_bytes(), &CsvOptions::montgomery()).unwrap();
    serde_json::to_value(support::analysed_without_inference(read)).unwrap()
}

fn close(once: &Value, six: &Value, what: &str) {
    let (a, b) = (once.as_f64().unwrap(), six.as_f64().unwrap());
    assert!(
        (a - b).abs() <= 1e-12 * a.abs().max(1.0),
        "{what}: {a} vs {b}"
    );
}

#[test]
fn six_copies_of_each_row_give_the_same_gaps_and_six_times_the_counts() {
    let path = support::root().join("data/montgomery-county-employee-salaries-2023.csv");
    let text = std::fs::read_to_string(path).unwrap();
    let (header, rows) = text.split_once('\n').unwrap();
    let rows = rows.trim_end_matches('\n');
    let six = format!("{header}\n{}\n", [rows; 6].join("\n"));
    let (once, six) = (analysed(&text), analysed(&six));
    let (eu1, eu6) = (&once["eu"], &six["eu"]);
    for gap in [
        "a_mean_gap_annual",
        "b_variable_mean_gap",
        "c_median_gap_annual",
        "d_variable_median_gap",
    ] {
        close(&eu1[gap]["value"], &eu6[gap]["value"], gap);
        let n = eu1[gap]["n_women"].as_u64().unwrap();
        assert_eq!(eu6[gap]["n_women"].as_u64(), Some(6 * n), "{gap}");
    }
    assert_eq!(
        eu6["workers"]["women"].as_u64(),
        eu1["workers"]["women"].as_u64().map(|w| 6 * w)
    );
    let (c1, c6) = (
        eu1["g_categories"].as_array().unwrap(),
        eu6["g_categories"].as_array().unwrap(),
    );
    assert_eq!(c1.len(), c6.len());
    assert!(c1.len() > 90, "Montgomery's grades: {}", c1.len());
    let mut compared = 0;
    for (a, b) in c1.iter().zip(c6) {
        assert_eq!(a["category"], b["category"]);
        for gap in ["basic_mean_gap", "variable_mean_gap", "pay_level_mean_gap"] {
            if a[gap]["value"].is_null() {
                assert!(b[gap]["value"].is_null());
                continue;
            }
            close(&a[gap]["value"], &b[gap]["value"], gap);
            compared += 1;
        }
    }
    assert!(compared > 90, "category gaps compared: {compared}");
}
