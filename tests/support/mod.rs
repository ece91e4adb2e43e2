//! Helpers shared by the test binaries (`mod support;` in each root: `tests/document.rs`,
//! `tests/indicators.rs`, `tests/pay.rs`, `tests/reports.rs`, `tests/cli.rs`; the modules use
//! `crate::support::…`). Not every binary uses every helper.
#![allow(dead_code)]

use gender_impact::{Assessment, IndicatorResult};

/// The indicator `id` of the assessment; the test fails when it is missing.
pub fn ind<'a>(a: &'a Assessment, id: &str) -> &'a IndicatorResult {
    a.indicator(id)
        .unwrap_or_else(|| panic!("indicator {id} missing"))
}

/// `x` equals the hand-computed `y` to 1e-12.
pub fn close(x: f64, y: f64, what: &str) {
    assert!((x - y).abs() < 1e-12, "{what}: {x} != {y}");
}
