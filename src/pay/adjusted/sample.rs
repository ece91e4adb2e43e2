//! The sample of the adjusted gap: the rows of women and men with a positive pay and every
//! control recorded, the outcome (log pay), and the design (intercept, controls, factors).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::Gender;
use crate::pay::payroll::NO_TEXT;
use crate::pay::{PayRules, Payroll};
use crate::stats::{Design, RegressionError};

/// What the regressions explain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum PayOutcome {
    /// The log of gross hourly pay (every woman and man with pay has an hourly rate, given or
    /// from annual pay and weekly hours).
    LogHourlyPay,
    /// The log of gross annual pay (basic + variable) per full-time equivalent (FTE 1 where it
    /// is not recorded).
    LogAnnualPayPerFte,
}

/// Rows left out of the regressions, by reason.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Excluded {
    /// Neither woman nor man (non-binary or undisclosed): the gap compares women and men.
    pub other_gender: u64,
    /// No pay to explain.
    pub missing_pay: u64,
    /// Pay of zero (its log is not defined).
    pub non_positive_pay: u64,
    /// A control or factor not recorded.
    pub missing_control: u64,
}

/// The rows kept: their outcome, whether each is a woman, their category index, and the design
/// (without the woman indicator).
pub(super) struct Sample {
    pub(super) outcome: PayOutcome,
    pub(super) y: Vec<f64>,
    pub(super) woman: Vec<bool>,
    pub(super) category: Vec<u32>,
    pub(super) design: Design,
    pub(super) excluded: Excluded,
}

/// The sample of `payroll` with its controls and factors; an error for a factor with one level.
pub(super) fn sample(payroll: &Payroll, rules: &PayRules) -> Result<Sample, RegressionError> {
    let outcome = choose_outcome(payroll);
    let mut excluded = Excluded::default();
    let mut rows: Vec<u32> = Vec::new();
    let mut woman_of = Vec::new();
    let mut y = Vec::new();
    for i in 0..payroll.len() {
        let woman = match payroll.gender[i] {
            Gender::Woman => true,
            Gender::Man => false,
            _ => {
                excluded.other_gender += 1;
                continue;
            }
        };
        let pay = match outcome {
            PayOutcome::LogHourlyPay => payroll.hourly(i, rules),
            PayOutcome::LogAnnualPayPerFte => payroll
                .total_annual(i)
                .map(|a| a / payroll.fte.get(i).unwrap_or(1.0)),
        };
        match pay {
            None => excluded.missing_pay += 1,
            Some(p) if p <= 0.0 || !p.is_finite() => excluded.non_positive_pay += 1,
            Some(_) if !recorded(payroll, i) => excluded.missing_control += 1,
            Some(p) => {
                rows.push(row_index(i)?);
                woman_of.push(woman);
                y.push(p.ln());
            }
        }
    }
    let category = rows
        .iter()
        .map(|&i| payroll.category_index(i as usize))
        .collect();
    let design = design(payroll, rows)?;
    Ok(Sample {
        outcome,
        y,
        woman: woman_of,
        category,
        design,
        excluded,
    })
}

/// Hourly pay when every woman and man with an annual pay or an hourly rate has an hourly rate;
/// else annual pay per FTE.
fn choose_outcome(payroll: &Payroll) -> PayOutcome {
    let all_hourly = (0..payroll.len())
        .filter(|&i| matches!(payroll.gender[i], Gender::Woman | Gender::Man))
        .filter(|&i| payroll.total_annual(i).is_some() || payroll.hourly.get(i).is_some())
        .all(|i| payroll.has_hourly(i));
    let any = (0..payroll.len()).any(|i| payroll.has_hourly(i));
    if all_hourly && any {
        PayOutcome::LogHourlyPay
    } else {
        PayOutcome::LogAnnualPayPerFte
    }
}

/// Whether row `i` has every control and factor.
fn recorded(payroll: &Payroll, i: usize) -> bool {
    payroll.controls.iter().all(|(_, c)| c[i].is_finite())
        && payroll.factors.iter().all(|(_, f)| f[i] != NO_TEXT)
}

/// Row `i` as a 4-byte index; an error beyond `u32::MAX` rows.
fn row_index(i: usize) -> Result<u32, RegressionError> {
    u32::try_from(i).map_err(|_| RegressionError::TooManyRows { rows: i })
}

/// Intercept, the numeric controls (the payroll's own columns, read through the indices of
/// the rows kept), then each factor's dummies (base: its first level in sorted order).
fn design(payroll: &Payroll, rows: Vec<u32>) -> Result<Design, RegressionError> {
    let mut x = Design::new(rows.len());
    x.intercept();
    for (name, col) in &payroll.factors {
        // The payroll's codes seen in the sample, then their names in sorted order.
        let mut seen: Vec<u32> = rows.iter().map(|&i| col[i as usize]).collect();
        seen.sort_unstable();
        seen.dedup();
        let mut levels: Vec<(&str, u32)> = seen
            .iter()
            .map(|&c| (payroll.names[c as usize].as_str(), c))
            .collect();
        levels.sort_unstable();
        let mut code_of = vec![0u32; payroll.names.len()];
        for (k, (_, c)) in levels.iter().enumerate() {
            code_of[*c as usize] = k as u32;
        }
        let codes = rows.iter().map(|&i| code_of[col[i as usize] as usize]);
        let names: Vec<&str> = levels.iter().map(|l| l.0).collect();
        x.push_factor(name, &names, codes.collect(), None)?;
    }
    let rows = std::sync::Arc::new(rows);
    for (name, col) in &payroll.controls {
        x.push_rows(
            name,
            std::sync::Arc::clone(col),
            std::sync::Arc::clone(&rows),
        )?;
    }
    Ok(x)
}
