//! The package's `check_data`, the checks of importance 1: a row failing one is discarded.
//! (Checks of importance 2, "striking values", only warn there, and change nothing here.)

use super::prepare::Prepared;
use crate::Gender;

/// Whether a prepared row (of population 1) passes every importance-1 check.
pub(super) fn valid(p: &Prepared) -> bool {
    let r = &p.record;
    let obligatory = [
        r.age,
        r.years_of_service,
        r.training,
        r.level_of_requirements,
        r.professional_position,
        r.basic_wage,
        r.population,
    ];
    obligatory.iter().all(|v| !v.is_nan())
        && matches!(r.sex, Gender::Woman | Gender::Man)
        && r.age.fract() == 0.0
        && (13.0..=100.0).contains(&r.age)
        && (0.0..=85.0).contains(&r.years_of_service)
        && r.age - r.years_of_service >= 13.0
        && is_code(r.training, 8.0)
        && workload(p)
        && pay(p)
        && (1.0..=100.0).contains(&r.weekly_hours)
        && is_code(r.population, 5.0)
        && is_code(r.level_of_requirements, 8.0)
        && is_code(r.professional_position, 5.0)
}

/// An integer code from 1 to `max`.
fn is_code(v: f64, max: f64) -> bool {
    v.fract() == 0.0 && (1.0..=max).contains(&v)
}

/// Activity rate 0–150%, paid hours 0–300, not both non-zero.
fn workload(p: &Prepared) -> bool {
    let r = &p.record;
    (0.0..=150.0).contains(&r.activity_rate)
        && (0.0..=300.0).contains(&r.paid_hours)
        && !(r.activity_rate > 0.0 && r.paid_hours > 0.0)
}

/// No negative component; a basic wage of zero only without work.
fn pay(p: &Prepared) -> bool {
    let r = &p.record;
    let worked = r.activity_rate > 0.0 || r.paid_hours > 0.0;
    r.basic_wage >= 0.0
        && !(r.basic_wage == 0.0 && worked)
        && r.allowances >= 0.0
        && r.monthly_wage_13 >= 0.0
        && r.special_payments >= 0.0
}
