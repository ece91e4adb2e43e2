//! The Logib data sheet's columns, taken from a payroll by name.

use crate::Gender;
use crate::pay::Payroll;

/// The numeric columns of the Logib data sheet (module 1), named as in the `logib` R package;
/// the sheet's `sex` column is the payroll's gender.
pub const LOGIB_COLUMNS: [&str; 13] = [
    "age",
    "years_of_service",
    "training",
    "level_of_requirements",
    "professional_position",
    "activity_rate",
    "paid_hours",
    "basic_wage",
    "allowances",
    "monthly_wage_13",
    "special_payments",
    "weekly_hours",
    "population",
];

/// One employee as the sheet records them (NaN: an empty cell).
#[derive(Debug, Clone, Copy)]
pub(super) struct Record {
    pub(super) sex: Gender,
    pub(super) age: f64,
    pub(super) years_of_service: f64,
    pub(super) training: f64,
    pub(super) level_of_requirements: f64,
    pub(super) professional_position: f64,
    pub(super) activity_rate: f64,
    pub(super) paid_hours: f64,
    pub(super) basic_wage: f64,
    pub(super) allowances: f64,
    pub(super) monthly_wage_13: f64,
    pub(super) special_payments: f64,
    pub(super) weekly_hours: f64,
    pub(super) population: f64,
}

/// Whether `payroll` holds every column of the sheet.
pub(super) fn is_sheet(payroll: &Payroll) -> bool {
    LOGIB_COLUMNS.iter().all(|c| payroll.number(c).is_some())
}

/// The names of the sheet's columns `payroll` lacks.
pub(super) fn missing(payroll: &Payroll) -> Vec<&'static str> {
    LOGIB_COLUMNS
        .iter()
        .copied()
        .filter(|c| payroll.number(c).is_none())
        .collect()
}

/// The records of `payroll`, in order; `None` when a column is missing.
pub(super) fn records(payroll: &Payroll) -> Option<Vec<Record>> {
    let cols: Vec<&[f64]> = LOGIB_COLUMNS
        .iter()
        .map(|c| payroll.number(c))
        .collect::<Option<_>>()?;
    let at = |k: usize, i: usize| cols[k].get(i).copied().unwrap_or(f64::NAN);
    Some(
        (0..payroll.len())
            .map(|i| Record {
                sex: payroll.gender[i],
                age: at(0, i),
                years_of_service: at(1, i),
                training: at(2, i),
                level_of_requirements: at(3, i),
                professional_position: at(4, i),
                activity_rate: at(5, i),
                paid_hours: at(6, i),
                basic_wage: at(7, i),
                allowances: at(8, i),
                monthly_wage_13: at(9, i),
                special_payments: at(10, i),
                weekly_hours: at(11, i),
                population: at(12, i),
            })
            .collect(),
    )
}
