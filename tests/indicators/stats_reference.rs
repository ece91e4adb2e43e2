//! `gender_impact::stats` against reference values computed by SciPy.
//!
//! The reference files are written by `tests/reference/gen_stats_reference.py` (its header names
//! the SciPy version used); see that script for the exact definitions. Every interval end and every
//! p-value must agree to 1e-9 absolute. Run with `--nocapture` to see the largest deviations.

use std::collections::HashMap;

use gender_impact::stats::{ConfidenceLevel, IntervalMethod, Proportion, Share};

const REFERENCE: &str = include_str!("../reference/stats_reference.csv");
const LARGE_BINOMIAL: &str = include_str!("../reference/binomial_large_reference.csv");

const TOLERANCE: f64 = 1e-9;
const LEVELS: [(&str, f64); 3] = [("0.90", 0.90), ("0.95", 0.95), ("0.99", 0.99)];
const REFERENCES: [f64; 4] = [0.5, 0.3, 0.0375, 0.62];

/// The data lines of a reference file, without the `#` comments: (header, rows).
fn table(text: &str) -> (Vec<&str>, Vec<Vec<&str>>) {
    let mut lines = text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty());
    let header: Vec<&str> = lines.next().expect("a header line").split(',').collect();
    let rows: Vec<Vec<&str>> = lines.map(|l| l.split(',').collect()).collect();
    for row in &rows {
        assert_eq!(row.len(), header.len(), "ragged row {row:?}");
    }
    (header, rows)
}

fn number(field: &str) -> f64 {
    field
        .parse()
        .unwrap_or_else(|e| panic!("{field:?} is not a number: {e}"))
}

/// The largest deviation seen per quantity, and every row that breaks the tolerance.
#[derive(Default)]
struct Deviations {
    worst: HashMap<String, (f64, String)>,
    failures: Vec<String>,
}

impl Deviations {
    fn check(&mut self, quantity: &str, case: String, got: f64, want: f64) {
        let dev = (got - want).abs();
        if !got.is_finite() || dev.is_nan() || dev > TOLERANCE {
            self.failures.push(format!(
                "{quantity} {case}: got {got:e}, SciPy {want:e}, |Δ| = {dev:e}"
            ));
        }
        let entry = self
            .worst
            .entry(quantity.to_string())
            .or_insert((0.0, String::new()));
        if dev > entry.0 {
            *entry = (dev, case);
        }
    }

    fn finish(self, checked: usize) {
        let mut worst: Vec<_> = self.worst.into_iter().collect();
        worst.sort_by(|a, b| a.0.cmp(&b.0));
        println!("{checked} values checked; largest |deviation| from SciPy:");
        for (quantity, (dev, case)) in &worst {
            println!("  {quantity:<16} {dev:.2e}  ({case})");
        }
        assert!(
            self.failures.is_empty(),
            "{} values differ from SciPy by more than {TOLERANCE:e}:\n{}",
            self.failures.len(),
            self.failures.join("\n")
        );
    }
}

#[test]
fn intervals_and_tests_match_scipy() {
    let (header, rows) = table(REFERENCE);
    let column: HashMap<&str, usize> = header.iter().enumerate().map(|(i, h)| (*h, i)).collect();
    let col = |name: &str| -> usize {
        *column
            .get(name)
            .unwrap_or_else(|| panic!("no column {name}"))
    };
    assert!(rows.len() > 1000, "only {} rows", rows.len());

    let mut devs = Deviations::default();
    let mut checked = 0;
    for row in &rows {
        let n: u64 = row[col("n")].parse().unwrap();
        let k: u64 = row[col("k")].parse().unwrap();
        let p = Proportion::new(k, n).unwrap();
        for (name, value) in LEVELS {
            let level = ConfidenceLevel::new(value).unwrap();
            for method in IntervalMethod::ALL {
                let ci = p.interval(method, level).unwrap();
                let case = format!("{k}/{n} at {name}");
                let low = number(row[col(&format!("{method}_{name}_low"))]);
                let high = number(row[col(&format!("{method}_{name}_high"))]);
                devs.check(method.name(), format!("{case} low"), ci.low, low);
                devs.check(method.name(), format!("{case} high"), ci.high, high);
                checked += 2;
            }
        }
        for reference in REFERENCES {
            let test = p.binomial_test(Share::new(reference).unwrap()).unwrap();
            let want = number(row[col(&format!("binom_p_{reference}"))]);
            devs.check(
                "binomial_test",
                format!("{k}/{n} against {reference}"),
                test.p_value,
                want,
            );
            checked += 1;
        }
    }
    devs.finish(checked);
}

#[test]
fn binomial_test_matches_scipy_at_large_n() {
    let (header, rows) = table(LARGE_BINOMIAL);
    assert_eq!(header, ["n", "k", "p", "p_value"]);
    assert!(rows.len() > 400, "only {} rows", rows.len());
    let mut devs = Deviations::default();
    for row in &rows {
        let (n, k): (u64, u64) = (row[0].parse().unwrap(), row[1].parse().unwrap());
        let reference = Share::new(number(row[2])).unwrap();
        let test = Proportion::new(k, n)
            .unwrap()
            .binomial_test(reference)
            .unwrap();
        let case = format!("{k}/{n} against {}", reference.get());
        devs.check("binomial_test", case, test.p_value, number(row[3]));
    }
    devs.finish(rows.len());
}

/// The table published with statsmodels 0.15's `proportion_confint` (95%, 4 decimals).
#[test]
fn published_table() {
    use IntervalMethod::*;
    let table: [(IntervalMethod, u64, u64, f64, f64); 9] = [
        (Wilson, 3, 10, 0.1078, 0.6032),
        (ClopperPearson, 3, 10, 0.0667, 0.6525),
        (Jeffreys, 3, 10, 0.0927, 0.6058),
        (Wilson, 0, 7, 0.0, 0.3543),
        (ClopperPearson, 0, 7, 0.0, 0.4096),
        (Wilson, 4, 9, 0.1888, 0.7333),
        (ClopperPearson, 1, 5, 0.0051, 0.7164),
        (Jeffreys, 12, 30, 0.2405, 0.5778),
        (Wilson, 45, 100, 0.3561, 0.5476),
    ];
    for (method, k, n, low, high) in table {
        let ci = Proportion::new(k, n)
            .unwrap()
            .interval(method, ConfidenceLevel::default())
            .unwrap();
        let round4 = |v: f64| (v * 1e4).round() / 1e4;
        assert_eq!(
            (round4(ci.low), round4(ci.high)),
            (low, high),
            "{method} {k}/{n}: {ci:?}"
        );
    }
}
