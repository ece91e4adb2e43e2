//! Logib's standard analysis model, as the Swiss Federal Office for Gender Equality's R package
//! `logib` (0.2.1) computes it: the data sheet's salary standardised to full time, the rows the
//! package keeps, the regression of its log on training, service, potential experience (and
//! its square), level of requirements and professional position, and the sex coefficient with
//! Kennedy's estimator and both decision rules (today's rating and the pre-2024 tolerance test).
//!
//! - `sheet.rs`: the sheet's columns, from a payroll read with [`CsvOptions::logib`](crate::pay::CsvOptions::logib);
//! - `years.rs`: ages and years of service given as years of birth and entry;
//! - `prepare.rs`: `transform_data` (standardised salary, years of training and experience);
//! - `check.rs`: `check_data`'s checks of importance 1 (a row failing one is discarded);
//! - `model.rs`: `run_standard_analysis_model`;
//! - `rules.rs`: Kennedy's estimator and the decision rules.

mod check;
mod model;
mod prepare;
mod rules;
mod sheet;
mod years;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use rules::{LIMIT_VALUE, SIGNIFICANCE, TARGET_VALUE, ToleranceTest, kennedy, logib_rating};
pub use sheet::LOGIB_COLUMNS;

use crate::Gender;
use crate::pay::{NotComputable, Payroll};
use prepare::Prepared;

/// The fewest valid employees the package analyses.
pub const LOGIB_MIN_EMPLOYEES: u64 = 50;

/// Rows of the sheet left out, by reason.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct LogibExcluded {
    /// Statistical population other than 1 (apprentices, trainees, expats…).
    pub population: u64,
    /// Failing a check of importance 1 of the package (a missing obligatory value, an age
    /// outside 13–100 or not whole, a code out of range, a sex other than F or M…).
    pub invalid: u64,
    /// No standardised salary (no activity rate, no paid hours and no basic wage: the FTE is 0).
    pub no_salary: u64,
}

/// The result of Logib's standard analysis model.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Logib {
    /// Employees analysed.
    pub employees: u64,
    /// Women analysed.
    pub n_women: u64,
    /// Men analysed.
    pub n_men: u64,
    /// Rows left out, by reason.
    pub excluded: LogibExcluded,
    /// The most frequent weekly hours (the highest among ties), the full time of the FTE.
    pub reference_weekly_hours: f64,
    /// The coefficient of sex (women: 1) on the log of the standardised salary.
    pub coefficient: f64,
    /// Its standard error.
    pub std_error: f64,
    /// `coefficient / std_error`.
    pub t: f64,
    /// Residual degrees of freedom.
    pub df: u64,
    /// R².
    pub r_squared: f64,
    /// Kennedy's estimator `exp(β) / exp(se² / 2) − 1`: women's pay relative to men's under
    /// otherwise equal circumstances.
    pub kennedy: f64,
    /// The two-sided p-value of `t` (H0: no difference).
    pub p_value: f64,
    /// Today's rating, 1–4 ([`logib_rating`]).
    pub rating: u8,
    /// The pre-2024 tolerance test.
    pub tolerance_test: ToleranceTest,
    /// Columns left out: a factor with one level among the employees (the package sets it to
    /// 0), and columns aliased with others (as R's `lm` reports NA).
    pub dropped: Vec<String>,
    /// The `age` column held years of birth (4 digits), counted back from the reference year.
    #[serde(default)]
    pub age_from_birth_years: bool,
    /// The `years_of_service` column held years of entry (4 digits), counted back from the
    /// reference year.
    #[serde(default)]
    pub service_from_entry_years: bool,
}

/// Whether `payroll` holds the Logib data sheet's columns ([`LOGIB_COLUMNS`]).
pub fn is_logib_sheet(payroll: &Payroll) -> bool {
    sheet::is_sheet(payroll)
}

/// Logib's standard analysis model of a payroll read with
/// [`CsvOptions::logib`](crate::pay::CsvOptions::logib). Empty weekly hours take
/// `usual_weekly_hours` (the package's parameter of that name). Ages given as years of birth
/// and years of service as years of entry (4-digit numbers) count back from `reference_year`
/// (the package's parameter of that name), and are a reason not to compute without it.
pub fn logib(
    payroll: &Payroll,
    usual_weekly_hours: Option<f64>,
    reference_year: Option<i32>,
) -> Result<Logib, NotComputable> {
    let mut records = sheet::records(payroll).ok_or_else(|| NotComputable::LogibColumns {
        missing: sheet::missing(payroll).join(", "),
    })?;
    let (age, service) = years::as_counts(&mut records, reference_year)?;
    let (prepared, mfww) = prepare::prepare(&records, usual_weekly_hours)
        .map_err(|()| NotComputable::LogibNoWeeklyHours)?;
    let (rows, excluded) = keep(prepared);
    let employees = rows.len() as u64;
    if employees < LOGIB_MIN_EMPLOYEES {
        return Err(NotComputable::LogibTooFew { employees });
    }
    let n_women = rows
        .iter()
        .filter(|p| p.record.sex == Gender::Woman)
        .count() as u64;
    match (n_women, employees - n_women) {
        (0, _) => return Err(NotComputable::NoWomen),
        (_, 0) => return Err(NotComputable::NoMen),
        _ => {}
    }
    let (fit, one_level) = model::fit(&rows)?;
    let b = fit
        .coefficient(model::SEX_F)
        .ok_or(NotComputable::WomanAliased)?;
    let (Some(t), Some(p_value), Some(r_squared)) = (b.t, b.p_value, fit.r_squared) else {
        return Err(NotComputable::PerfectFit);
    };
    let kennedy = kennedy(b.estimate, b.std_error * b.std_error);
    let tolerance_test = rules::tolerance_test(b.estimate, b.std_error, fit.df as f64)
        .ok_or(NotComputable::PerfectFit)?;
    let result = Logib {
        employees,
        n_women,
        n_men: employees - n_women,
        excluded,
        reference_weekly_hours: mfww,
        coefficient: b.estimate,
        std_error: b.std_error,
        t,
        df: fit.df as u64,
        r_squared,
        kennedy,
        p_value,
        rating: logib_rating(p_value, kennedy),
        tolerance_test,
        dropped: one_level.into_iter().chain(fit.dropped.clone()).collect(),
        age_from_birth_years: age == years::Spec::Years,
        service_from_entry_years: service == years::Spec::Years,
    };
    finite(result)
}

/// The rows the package analyses (population 1, valid, with a standardised salary).
fn keep(prepared: Vec<Prepared>) -> (Vec<Prepared>, LogibExcluded) {
    let mut excluded = LogibExcluded::default();
    let mut rows = Vec::with_capacity(prepared.len());
    for p in prepared {
        if p.record.population != 1.0 {
            excluded.population += 1;
        } else if !check::valid(&p) {
            excluded.invalid += 1;
        } else if !(p.standardized_salary.is_finite() && p.standardized_salary > 0.0) {
            excluded.no_salary += 1;
        } else {
            rows.push(p);
        }
    }
    (rows, excluded)
}

/// The result, when every figure is a finite number (never NaN or infinity in output).
fn finite(r: Logib) -> Result<Logib, NotComputable> {
    let t = &r.tolerance_test;
    let all = [
        r.reference_weekly_hours,
        r.coefficient,
        r.std_error,
        r.t,
        r.r_squared,
        r.kennedy,
        r.p_value,
        t.t,
        t.critical_t,
        t.p_value,
    ];
    if all.iter().all(|v| v.is_finite()) {
        Ok(r)
    } else {
        Err(NotComputable::PerfectFit)
    }
}
