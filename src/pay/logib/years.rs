//! The package's `compute_age` and `compute_years_of_service` for numbers: a column of 4-digit
//! numbers holds years (of birth, of entry), counted back from the reference year; a column of
//! numbers below 1,000 holds ages or years of service as they are.
//!
//! The package looks at every cell, so one empty cell among birth years stops it; here empty
//! cells are left out of the decision (the row then fails a check of importance 1 and is
//! discarded). Dates of birth or entry written as dates are not read (the payroll's columns are
//! numbers).

use super::sheet::Record;
use crate::pay::NotComputable;

/// How a column of the sheet was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Spec {
    /// As counted (ages, years of service).
    Counts,
    /// As years, subtracted from the reference year.
    Years,
}

/// Ages and years of service as counts; the specification each column was read with.
pub(super) fn as_counts(
    records: &mut [Record],
    reference_year: Option<i32>,
) -> Result<(Spec, Spec), NotComputable> {
    let age = spec("age", records.iter().map(|r| r.age))?;
    let service = spec(
        "years_of_service",
        records.iter().map(|r| r.years_of_service),
    )?;
    if age == Spec::Counts && service == Spec::Counts {
        return Ok((age, service));
    }
    let column = if age == Spec::Years {
        "age"
    } else {
        "years_of_service"
    };
    let reference =
        f64::from(
            reference_year.ok_or_else(|| NotComputable::LogibYearsWithoutReference {
                column: column.to_string(),
            })?,
        );
    for r in records {
        if age == Spec::Years {
            r.age = reference - r.age;
        }
        if service == Spec::Years {
            r.years_of_service = reference - r.years_of_service;
        }
    }
    Ok((age, service))
}

/// Years when every recorded value has 4 digits before the point, counts when every one has
/// fewer (as the package's `nchar(trunc(x))`, a minus sign counted as a digit); else an error.
fn spec(column: &str, values: impl Iterator<Item = f64>) -> Result<Spec, NotComputable> {
    let digits = |v: f64| {
        let t = v.trunc();
        format!("{t:.0}").len()
    };
    let (mut four, mut fewer) = (false, false);
    for v in values.filter(|v| v.is_finite()) {
        match digits(v) {
            4 => four = true,
            d if d < 4 => fewer = true,
            _ => {
                return Err(NotComputable::LogibYearFormat {
                    column: column.to_string(),
                });
            }
        }
    }
    match (four, fewer) {
        (true, true) => Err(NotComputable::LogibYearFormat {
            column: column.to_string(),
        }),
        (true, false) => Ok(Spec::Years),
        _ => Ok(Spec::Counts),
    }
}
