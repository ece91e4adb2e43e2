//! Logib's standard analysis model against the `logib` R package (0.2.1): its own test
//! figures (tests/testthat/test-analysis.R, on its example data sheet) and statsmodels on the
//! package's data preparation re-implemented in Python (`tests/reference/gen_logib_reference.py`
//! wrote `logib_reference.json` and `tests/fixtures/logib/synthetic.csv`).
//!
//! The package's example data sheet is GPL-3 (this crate is MIT OR Apache-2.0), so it is not
//! copied here: `logib_package_example` runs when `LOGIB_EXAMPLE_CSV` names the CSV the script
//! writes from it (`gen_logib_reference.py Example_data_sheet_M1.xlsx example.csv`).

use gender_impact::pay::{
    AnalysisOptions, CsvOptions, Logib, NotComputable, Outcome, PayRules, analyse_payroll, logib,
    read_payroll,
};
use serde_json::Value;

use crate::support;

fn reference(case: &str) -> Value {
    let path = support::root().join("tests/reference/logib_reference.json");
    let all: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    all[case].clone()
}

fn synthetic_text() -> String {
    std::fs::read_to_string(support::root().join("tests/fixtures/logib/synthetic.csv")).unwrap()
}

fn run(text: &str, usual: Option<f64>) -> Result<Logib, NotComputable> {
    run_in(text, usual, None)
}

fn run_in(text: &str, usual: Option<f64>, year: Option<i32>) -> Result<Logib, NotComputable> {
    let csv = read_payroll(text.as_bytes(), &CsvOptions::logib()).unwrap();
    logib(&csv.payroll, usual, year)
}

/// Every figure of `r` against the reference `want`, to 1e-9 (relative above 1).
fn agrees(r: &Logib, want: &Value) {
    let close = |name: &str, got: f64, want: f64| {
        let tol = 1e-9 * want.abs().max(1.0);
        assert!((got - want).abs() <= tol, "{name}: {got} vs {want}");
    };
    let f = |k: &str| want[k].as_f64().unwrap();
    assert_eq!(r.employees, want["n"].as_u64().unwrap());
    assert_eq!(r.n_women, want["n_women"].as_u64().unwrap());
    assert_eq!(r.n_men, want["n_men"].as_u64().unwrap());
    assert_eq!(r.df, want["df"].as_u64().unwrap());
    assert_eq!(u64::from(r.rating), want["rating"].as_u64().unwrap());
    close("mfww", r.reference_weekly_hours, f("mfww"));
    close("coefficient", r.coefficient, f("coefficient"));
    close("std_error", r.std_error, f("std_error"));
    close("t", r.t, f("t"));
    close("r_squared", r.r_squared, f("r_squared"));
    close("kennedy", r.kennedy, f("kennedy"));
    close("p_value", r.p_value, f("p_value"));
    close("tolerance t", r.tolerance_test.t, f("tolerance_t"));
    close(
        "tolerance p",
        r.tolerance_test.p_value,
        f("tolerance_p_value"),
    );
    assert_eq!(
        r.tolerance_test.exceeded,
        want["tolerance_exceeded"].as_bool().unwrap()
    );
}

#[test]
fn synthetic_agrees_with_statsmodels() {
    let r = run(&synthetic_text(), Some(40.0)).unwrap();
    agrees(&r, &reference("synthetic"));
    // Populations 2, 3 and 5 left out; training 9, age 12, activity rate with paid hours: invalid.
    assert_eq!((r.excluded.population, r.excluded.invalid), (3, 3));
}

/// The package's own test (test-analysis.R): `round(coef, 3) == -0.026`, `round(se, 3) ==
/// 0.003`, `df == 267`, `round(r.squared, 3) == 0.991`, `round(abs(t), 3) == 7.925`, Kennedy
/// printed with 3 decimals `-0.026`; and statsmodels' full figures on the same rows.
#[test]
#[ignore = "needs the package's example data sheet (GPL-3): set LOGIB_EXAMPLE_CSV"]
fn logib_package_example() {
    let path = std::env::var("LOGIB_EXAMPLE_CSV").expect("LOGIB_EXAMPLE_CSV");
    let r = run(&std::fs::read_to_string(path).unwrap(), Some(40.0)).unwrap();
    let round3 = |v: f64| (v * 1000.0).round() / 1000.0;
    assert_eq!(round3(r.coefficient), -0.026);
    assert_eq!(round3(r.std_error), 0.003);
    assert_eq!(r.df, 267);
    assert_eq!(round3(r.r_squared), 0.991);
    assert_eq!(round3(r.t.abs()), 7.925);
    assert_eq!(format!("{:.3}", r.kennedy), "-0.026");
    agrees(&r, &reference("example"));
    assert_eq!((r.employees, r.excluded.population), (280, 5));
}

/// The first `n` data rows of the synthetic sheet, with `edit` applied to each row's fields.
fn rows(n: usize, edit: impl Fn(usize, &mut Vec<String>)) -> String {
    let text = synthetic_text();
    let mut lines = text.lines();
    let mut out = format!("{}\n", lines.next().unwrap());
    for (i, line) in lines.take(n).enumerate() {
        let mut fields: Vec<String> = line.split(',').map(str::to_string).collect();
        edit(i, &mut fields);
        out.push_str(&fields.join(","));
        out.push('\n');
    }
    out
}

/// A year minus a field's value (an age becomes a year of birth, years of service a year of
/// entry), when the field is not empty.
fn year_of(year: i32, field: &mut String) {
    if let Ok(v) = field.parse::<f64>() {
        *field = (f64::from(year) - v).to_string();
    }
}

#[test]
fn years_of_birth_and_entry_count_back_from_the_reference_year() {
    // As the package's compute_age(x, "birthyear", 2024) = 2024 - x: the same model as with
    // the ages and years of service themselves.
    let counts = run(&rows(160, |_, _| {}), Some(40.0)).unwrap();
    let years = |i: usize, f: &mut Vec<String>| {
        let _ = i;
        year_of(2024, &mut f[0]);
        year_of(2024, &mut f[2]);
    };
    let text = rows(160, years);
    let r = run_in(&text, Some(40.0), Some(2024)).unwrap();
    assert!(r.age_from_birth_years && r.service_from_entry_years);
    assert!(!counts.age_from_birth_years && !counts.service_from_entry_years);
    assert_eq!(
        (r.employees, r.excluded),
        (counts.employees, counts.excluded)
    );
    assert!((r.coefficient - counts.coefficient).abs() < 1e-12);
    assert!((r.std_error - counts.std_error).abs() < 1e-12);
    // Without the reference year: a reason, naming the first column of years.
    let e = run_in(&text, Some(40.0), None).unwrap_err();
    let want = NotComputable::LogibYearsWithoutReference {
        column: "age".into(),
    };
    assert_eq!(e, want);
    assert!(e.english().contains("--reference-year"));
}

#[test]
fn a_column_mixing_years_and_counts_is_a_reason_not_a_guess() {
    // Row 3's age as a year of birth among ages (the package stops: "could not be identified").
    let text = rows(160, |i, f| {
        if i == 3 {
            year_of(2024, &mut f[0]);
        }
    });
    let e = run_in(&text, Some(40.0), Some(2024)).unwrap_err();
    let want = NotComputable::LogibYearFormat {
        column: "age".into(),
    };
    assert_eq!(e, want);
    // Only entry years in years_of_service: ages stay ages.
    let text = rows(160, |_, f| year_of(2020, &mut f[2]));
    let r = run_in(&text, Some(40.0), Some(2020)).unwrap();
    assert!(!r.age_from_birth_years && r.service_from_entry_years);
}

#[test]
fn fewer_than_fifty_valid_employees() {
    // 52 rows, of which 2 of another population and 3 invalid (rows 5, 6, 11, 12, 13).
    let e = run(&rows(52, |_, _| {}), Some(40.0)).unwrap_err();
    assert_eq!(e, NotComputable::LogibTooFew { employees: 47 });
    assert_eq!(
        e.english(),
        "47 valid employees: Logib's standard analysis model needs at least 50"
    );
    assert!(
        e.in_lang(gender_impact::i18n::Lang::Fr)
            .starts_with("47 salariés valides")
    );
}

#[test]
fn one_sex_only() {
    let e = run(&rows(160, |_, f| f[1] = "F".into()), Some(40.0)).unwrap_err();
    assert_eq!(e, NotComputable::NoMen);
}

#[test]
fn missing_weekly_hours_need_usual_hours() {
    let e = run(&synthetic_text(), None).unwrap_err();
    assert_eq!(e, NotComputable::LogibNoWeeklyHours);
}

#[test]
fn a_factor_of_one_level_is_left_out_as_the_package_does() {
    let r = run(&rows(160, |_, f| f[4] = "8".into()), Some(40.0)).unwrap();
    assert_eq!(r.dropped, vec!["level_of_requirements".to_string()]);
}

#[test]
fn no_salary_rows_are_counted_never_nan() {
    // Row 0: no activity rate, no paid hours, no pay: an FTE of 0.
    let text = rows(160, |i, f| {
        if i == 0 {
            for v in &mut f[6..=11] {
                *v = "0".into();
            }
        }
    });
    let r = run(&text, Some(40.0)).unwrap();
    assert_eq!(r.excluded.no_salary, 1);
}

#[test]
fn row_order_does_not_matter() {
    let text = synthetic_text();
    let mut lines: Vec<&str> = text.lines().collect();
    let a = run(&text, Some(40.0)).unwrap();
    lines[1..].reverse();
    let b = run(&(lines.join("\n") + "\n"), Some(40.0)).unwrap();
    assert!((a.coefficient - b.coefficient).abs() < 1e-12);
    assert!((a.std_error - b.std_error).abs() < 1e-12);
    assert_eq!(a.rating, b.rating);
}

#[test]
fn the_analysis_json_has_a_logib_section() {
    let mut o = CsvOptions::logib();
    o.default_weekly_hours = Some(gender_impact::Hours::new(40.0).unwrap());
    let csv = read_payroll(synthetic_text().as_bytes(), &o).unwrap();
    let options = AnalysisOptions {
        inference: false,
        ..AnalysisOptions::default()
    };
    let a = analyse_payroll(
        &csv.payroll,
        &[],
        &PayRules::built_in(),
        &options,
        Vec::new(),
    );
    let Some(Outcome::Computed { result }) = &a.logib else {
        panic!("{:?}", a.logib)
    };
    agrees(result, &reference("synthetic"));
    let json = serde_json::to_value(&a).unwrap();
    let l = &json["logib"]["result"];
    for k in [
        "coefficient",
        "std_error",
        "t",
        "df",
        "r_squared",
        "kennedy",
        "p_value",
        "rating",
        "tolerance_test",
    ] {
        assert!(!l[k].is_null(), "{k}");
    }
    assert!(
        !serde_json::to_string(&a).unwrap().contains("NaN"),
        "no NaN in output"
    );
}

#[test]
fn gia_pay_preset_logib() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_gia"))
        .args(["pay", "--preset", "logib", "--default-weekly-hours", "40"])
        .args(["--format", "json", "--no-inference"])
        .arg(support::root().join("tests/fixtures/logib/synthetic.csv"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["logib"]["status"], "computed");
    assert_eq!(v["logib"]["result"]["rating"], 3);
}

/// The Markdown and HTML reports word the model's result in each language, with the figures
/// of the JSON (the synthetic sheet: rating 3, Kennedy's estimate −3.4%).
#[test]
fn the_reports_word_the_logib_result() {
    let run = |lang: &str, format: &str| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_gia"))
            .args([
                "--lang",
                lang,
                "pay",
                "--preset",
                "logib",
                "--default-weekly-hours",
                "40",
            ])
            .args(["--format", format, "--no-inference"])
            .arg(support::root().join("tests/fixtures/logib/synthetic.csv"))
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    for (lang, heading, rating, kennedy) in [
        (
            "en",
            "Logib's standard analysis model (Switzerland)",
            "Rating 3: significant",
            "-3.4%",
        ),
        (
            "fr",
            "Modèle d’analyse standard de Logib (Suisse)",
            "Évaluation 3 : significative",
            "-3,4\u{202f}%",
        ),
        (
            "es",
            "Modelo de análisis estándar de Logib (Suiza)",
            "Valoración 3: significativa",
            "-3,4\u{a0}%",
        ),
    ] {
        for format in ["markdown", "html"] {
            let text = run(lang, format);
            let heading = if format == "html" {
                heading.replace('\'', "&#39;")
            } else {
                heading.to_string()
            };
            assert!(text.contains(&heading), "{lang} {format}");
            assert!(text.contains(rating), "{lang} {format}");
            assert!(text.contains(kennedy), "{lang} {format}: {kennedy}");
        }
    }
}
