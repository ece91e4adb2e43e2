//! The package's `transform_data`: empty amounts read as 0, years of training and of potential
//! experience, the full-time equivalent and the standardised salary.

use super::sheet::Record;

/// Years of training of each training code 1–8 (`logib`'s `training_years`).
pub(super) const TRAINING_YEARS: [f64; 8] = [17.0, 15.0, 14.0, 15.0, 13.0, 12.0, 11.0, 7.0];

/// A record after `transform_data`.
#[derive(Debug, Clone, Copy)]
pub(super) struct Prepared {
    pub(super) record: Record,
    /// From the training code; NaN for a code outside 1–8 (an invalid row).
    pub(super) years_of_training: f64,
    /// max(age − years of training − 6, 0).
    pub(super) years_of_earning: f64,
    /// Salary components summed, divided by the FTE.
    pub(super) standardized_salary: f64,
}

/// The records transformed, and the most frequent weekly hours (the highest among ties) the
/// FTE is measured against. Empty weekly hours take `usual`; `Err(())` when some are empty and
/// no usual hours are given (the package stops there).
pub(super) fn prepare(records: &[Record], usual: Option<f64>) -> Result<(Vec<Prepared>, f64), ()> {
    let mut records = records.to_vec();
    for r in &mut records {
        zero_if_empty(r);
        if r.weekly_hours.is_nan() {
            r.weekly_hours = usual.ok_or(())?;
        }
        if r.population.is_nan() {
            r.population = 1.0;
        }
    }
    let mfww = most_frequent(records.iter().map(|r| r.weekly_hours));
    let prepared = records.iter().map(|r| transform(*r, mfww)).collect();
    Ok((prepared, mfww))
}

/// Salary components, activity rate and paid hours: empty read as 0.
fn zero_if_empty(r: &mut Record) {
    for v in [
        &mut r.basic_wage,
        &mut r.allowances,
        &mut r.monthly_wage_13,
        &mut r.special_payments,
        &mut r.activity_rate,
        &mut r.paid_hours,
    ] {
        if v.is_nan() {
            *v = 0.0;
        }
    }
}

/// One record transformed against the most frequent weekly hours `mfww`.
fn transform(r: Record, mfww: f64) -> Prepared {
    let years_of_training = training_years(r.training);
    let years_of_earning = (r.age - years_of_training - 6.0).max(0.0);
    let mut fte = r.weekly_hours * r.activity_rate / (100.0 * mfww);
    if fte == 0.0 {
        fte = 12.0 * r.paid_hours / (52.0 * mfww);
    }
    let standardized_salary = r.basic_wage / fte
        + r.allowances / fte
        + r.monthly_wage_13 / fte
        + r.special_payments / fte;
    Prepared {
        record: r,
        years_of_training,
        // NaN stays NaN (R's `max` of NA), for a row the checks discard.
        years_of_earning: if years_of_training.is_nan() || r.age.is_nan() {
            f64::NAN
        } else {
            years_of_earning
        },
        standardized_salary,
    }
}

/// Years of training of a training code; NaN outside 1–8.
pub(super) fn training_years(code: f64) -> f64 {
    if code.fract() == 0.0 && (1.0..=8.0).contains(&code) {
        TRAINING_YEARS[code as usize - 1]
    } else {
        f64::NAN
    }
}

/// The most frequent value (the highest among ties); NaN for none.
pub(super) fn most_frequent(values: impl Iterator<Item = f64>) -> f64 {
    let mut v: Vec<f64> = values.filter(|x| !x.is_nan()).collect();
    v.sort_by(f64::total_cmp);
    let (mut best, mut best_count) = (f64::NAN, 0usize);
    let mut i = 0;
    while i < v.len() {
        let j = i + v[i..].iter().take_while(|x| **x == v[i]).count();
        // `>=`: later runs are higher values, so ties go to the highest.
        if j - i >= best_count {
            (best, best_count) = (v[i], j - i);
        }
        i = j;
    }
    best
}
