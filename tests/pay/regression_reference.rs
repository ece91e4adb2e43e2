//! Least squares and the Blinder–Oaxaca decomposition against statsmodels
//! (`tests/reference/gen_regression_reference.py` wrote `regression_reference.json`): a
//! synthetic payroll with two numeric controls and a four-level factor, and Montgomery
//! County's 2023 payroll with the grade as a factor. Every figure agrees to 1e-9 (relative to
//! its size when above 1).
//!
//! Which of statsmodels' references is which of the crate's (men are group A, statsmodels'
//! first group with `swap=False`): `self_submitted` with weight 1 = [`Reference::A`], weight 0 =
//! [`Reference::B`], `reimers` = Reimers, `cotton` = Cotton, `nuemark` = Neumark, `pooled` =
//! Pooled.

use gender_impact::stats::{Design, Reference, oaxaca, ols};
use serde_json::Value;

use crate::support;

/// One case: the payroll's rows as (gender, pay, numeric controls, factor levels).
struct Rows {
    gender: Vec<String>,
    pay: Vec<f64>,
    numeric: Vec<(String, Vec<f64>)>,
    factors: Vec<(String, Vec<String>)>,
}

fn reference() -> Value {
    let path = support::root().join("tests/reference/regression_reference.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn names(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap().to_string())
        .collect()
}

fn from_json(case: &Value) -> Rows {
    let rows = case["rows"].as_array().unwrap();
    let col = |name: &str| rows.iter().map(|r| r[name].as_f64().unwrap()).collect();
    let text = |name: &str| {
        rows.iter()
            .map(|r| r[name].as_str().unwrap().to_string())
            .collect()
    };
    Rows {
        gender: text("gender"),
        pay: col("pay"),
        numeric: names(&case["numeric"])
            .iter()
            .map(|n| (n.clone(), col(n)))
            .collect(),
        factors: names(&case["factors"])
            .iter()
            .map(|n| (n.clone(), text(n)))
            .collect(),
    }
}

/// Montgomery's payroll as the script filters it: positive base salary, F or M, a grade, grades
/// with at least 5 women and 5 men.
fn montgomery() -> Rows {
    let path = support::root().join("data/montgomery-county-employee-salaries-2023.csv");
    let mut reader = csv::Reader::from_path(path).unwrap();
    let head = reader.headers().unwrap().clone();
    let at = |n: &str| head.iter().position(|h| h == n).unwrap();
    let (g, s, gr) = (at("Gender"), at("Base_Salary"), at("Grade"));
    let mut all = Vec::new();
    for rec in reader.records() {
        let rec = rec.unwrap();
        let salary: f64 = rec[s].parse().unwrap_or(0.0);
        let graded = !rec[gr].is_empty() && &rec[gr] != "NULL"; // 33 rows: not recorded
        if salary > 0.0 && (&rec[g] == "F" || &rec[g] == "M") && graded {
            all.push((rec[g].to_string(), salary, rec[gr].to_string()));
        }
    }
    let count = |grade: &str, sex: &str| all.iter().filter(|r| r.2 == grade && r.0 == sex).count();
    let keep: std::collections::HashSet<String> = all
        .iter()
        .map(|r| r.2.clone())
        .filter(|grade| count(grade, "F") >= 5 && count(grade, "M") >= 5)
        .collect();
    all.retain(|r| keep.contains(&r.2));
    Rows {
        gender: all.iter().map(|r| r.0.clone()).collect(),
        pay: all.iter().map(|r| r.1).collect(),
        numeric: Vec::new(),
        factors: vec![(
            "grade".to_string(),
            all.iter().map(|r| r.2.clone()).collect(),
        )],
    }
}

/// The design of the script: intercept, numeric controls, factors (base: first level).
fn design(rows: &Rows) -> Design {
    let mut x = Design::new(rows.pay.len());
    x.intercept();
    for (name, col) in &rows.numeric {
        x.push(name, col.clone()).unwrap();
    }
    for (name, levels) in &rows.factors {
        x.factor(name, levels, None).unwrap();
    }
    x
}

fn close(got: f64, want: f64, what: &str) {
    let tol = 1e-9 * want.abs().max(1.0);
    assert!(
        (got - want).abs() <= tol,
        "{what}: got {got:e}, statsmodels {want:e}"
    );
}

fn check_case(case: &Value, rows: &Rows) {
    let name = case["name"].as_str().unwrap();
    assert_eq!(
        rows.pay.len() as u64,
        case["n"].as_u64().unwrap(),
        "{name}: rows"
    );
    let y: Vec<f64> = rows.pay.iter().map(|p| p.ln()).collect();
    let mut x = design(rows);
    let woman: Vec<f64> = rows
        .gender
        .iter()
        .map(|g| f64::from(u8::from(g == "F")))
        .collect();
    let plain = x.clone();
    x.push("woman", woman).unwrap();
    check_ols(name, &case["ols"], &x, &y);
    let men: Vec<bool> = rows.gender.iter().map(|g| g == "M").collect();
    let women: Vec<bool> = men.iter().map(|m| !m).collect();
    let pick = |keep: &[bool]| -> Vec<f64> {
        y.iter()
            .zip(keep)
            .filter(|(_, k)| **k)
            .map(|(v, _)| *v)
            .collect()
    };
    let o = oaxaca(
        &plain.select(&men),
        &pick(&men),
        &plain.select(&women),
        &pick(&women),
    )
    .unwrap();
    let want = &case["oaxaca"];
    assert_eq!(o.n_a as u64, want["n_men"].as_u64().unwrap());
    assert_eq!(o.n_b as u64, want["n_women"].as_u64().unwrap());
    assert!(o.dropped.is_empty(), "{name}: {:?}", o.dropped);
    close(o.gap, want["gap"].as_f64().unwrap(), &format!("{name} gap"));
    for part in ["endowments", "coefficients", "interaction"] {
        let got = match part {
            "endowments" => o.threefold.endowments,
            "coefficients" => o.threefold.coefficients,
            _ => o.threefold.interaction,
        };
        close(
            got,
            want["threefold"][part].as_f64().unwrap(),
            &format!("{name} {part}"),
        );
    }
    for (label, reference) in [
        ("men", Reference::A),
        ("women", Reference::B),
        ("reimers", Reference::Reimers),
        ("cotton", Reference::Cotton),
        ("nuemark", Reference::Neumark),
        ("pooled", Reference::Pooled),
    ] {
        let t = o.twofold.iter().find(|t| t.reference == reference).unwrap();
        let w = &want["twofold"][label];
        close(
            t.explained,
            w["explained"].as_f64().unwrap(),
            &format!("{name} {label} explained"),
        );
        close(
            t.unexplained,
            w["unexplained"].as_f64().unwrap(),
            &format!("{name} {label} unexplained"),
        );
        let (e, u): (f64, f64) = t
            .detailed
            .iter()
            .fold((0.0, 0.0), |(e, u), d| (e + d.explained, u + d.unexplained));
        close(
            e,
            t.explained,
            &format!("{name} {label}: the detail sums to the explained part"),
        );
        close(
            u,
            t.unexplained,
            &format!("{name} {label}: the detail sums to the unexplained part"),
        );
    }
}

fn check_ols(name: &str, want: &Value, x: &Design, y: &[f64]) {
    let fit = ols(x, y).unwrap();
    assert!(fit.dropped.is_empty());
    assert_eq!(x.names(), names(&want["names"]));
    assert_eq!(fit.df as f64, want["df_resid"].as_f64().unwrap());
    close(
        fit.r_squared.unwrap(),
        want["rsquared"].as_f64().unwrap(),
        &format!("{name} R²"),
    );
    for (i, c) in fit.coefficients.iter().enumerate() {
        let w = |k: &str| want[k][i].as_f64().unwrap();
        let what = format!("{name} {}", c.name);
        close(c.estimate, w("params"), &format!("{what} estimate"));
        close(c.std_error, w("bse"), &format!("{what} se"));
        close(c.robust_std_error, w("bse_hc1"), &format!("{what} HC1 se"));
        close(c.t.unwrap(), w("tvalues"), &format!("{what} t"));
        close(c.p_value.unwrap(), w("pvalues"), &format!("{what} p"));
    }
}

#[test]
fn synthetic_payroll_agrees_with_statsmodels() {
    let r = reference();
    let case = &r["cases"][0];
    check_case(case, &from_json(case));
}

#[test]
fn montgomery_with_grades_agrees_with_statsmodels() {
    let r = reference();
    let case = &r["cases"][1];
    check_case(case, &montgomery());
}
