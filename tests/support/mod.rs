//! Helpers shared by the test binaries (`mod support;` in each root: `tests/document.rs`,
//! `tests/indicators.rs`, `tests/pay.rs`, `tests/reports.rs`, `tests/cli.rs`; the modules use
//! `crate::support::…`). Not every binary uses every helper.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use gender_impact::{Assessment, IndicatorResult};

#[cfg(feature = "parquet")]
pub mod parquet;

/// `gia pay --no-inference` on a payroll read from CSV: every figure but the bootstrap and
/// permutation test, with the built-in rules and no justification.
pub fn analysed_without_inference(
    read: gender_impact::pay::PayrollCsv,
) -> gender_impact::pay::PayAnalysis {
    use gender_impact::pay::{AnalysisOptions, PayRules, analyse_payroll};
    let options = AnalysisOptions {
        inference: false,
        ..Default::default()
    };
    let rules = PayRules::built_in();
    analyse_payroll(&read.payroll, &[], &rules, &options, read.assumptions)
}

/// The crate's directory: the tests name their files from there (`tests/fixtures/…`).
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The files of `dir` (relative to [`root`]) whose extension is `ext`, sorted by path.
pub fn files(dir: &str, ext: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(root().join(dir))
        .unwrap_or_else(|e| panic!("cannot list {dir}: {e}"))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == ext))
        .collect();
    v.sort();
    v
}

/// The indicator `id` of the assessment; the test fails when it is missing.
pub fn ind<'a>(a: &'a Assessment, id: &str) -> &'a IndicatorResult {
    a.indicator(id)
        .unwrap_or_else(|| panic!("indicator `{id}` missing"))
}

/// Asserts that `got` equals the hand-computed `want` to within 1e-12 (absolute, strictly less).
pub fn close(got: f64, want: f64, what: &str) {
    close_within(got, want, 1e-12, what);
}

/// Asserts that `got` equals `want` to within `tol` (absolute, strictly less), for values
/// checked against an independent implementation to fewer digits.
pub fn close_within(got: f64, want: f64, tol: f64, what: &str) {
    let difference = (got - want).abs();
    assert!(
        difference < tol,
        "{what}: got {got}, want {want} (difference {difference}, tolerance {tol})"
    );
}

/// Whether `a` and `b` agree to `tol` relative to the larger magnitude, or absolutely below 1
/// (a bool for `assert!` and `prop_assert!`).
pub fn rel_close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol * a.abs().max(b.abs()).max(1.0)
}

/// The Fluent files of a language (`locales/<code>/*.ftl`, the files the crate embeds), sorted
/// by name, as (file name, text).
pub fn catalogue(lang: gender_impact::i18n::Lang) -> Vec<(String, String)> {
    files(&format!("locales/{}", lang.code()), "ftl")
        .into_iter()
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&p).unwrap())
        })
        .collect()
}

/// Runs the `gia` binary with `args`.
pub fn gia(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_gia"))
        .args(args)
        .output()
        .expect("gia runs")
}

/// Runs the `gia` binary with `args`, expects it to succeed (else fails with its standard
/// error) and gives its standard output.
pub fn gia_ok(args: &[&str]) -> String {
    let out = gia(args);
    assert!(
        out.status.success(),
        "gia {}: {}",
        args.join(" "),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("gia writes UTF-8")
}

/// A directory of its own under the target's temporary directory, for a test's files.
pub fn scratch_dir(name: &str) -> PathBuf {
    let d = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::create_dir_all(&d).unwrap();
    d
}
