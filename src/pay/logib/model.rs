//! The package's `run_standard_analysis_model`: the regression of the log of the standardised
//! salary.

use super::prepare::Prepared;
use crate::Gender;
use crate::pay::NotComputable;
use crate::stats::{Design, Ols, ols};

/// The name of the sex indicator (women: 1), as R names it.
pub(super) const SEX_F: &str = "sexF";
/// The factors, as the package names them.
const FACTORS: [&str; 2] = ["level_of_requirements", "professional_position"];

/// The fit of `log(standardized_salary) ~ years_of_training + years_of_service +
/// years_of_earning + years_of_earning2 + level_of_requirements + professional_position + sex`,
/// the factors' base their highest level, a factor of one level left out (as the package sets
/// it to 0); and the factors left out.
pub(super) fn fit(rows: &[Prepared]) -> Result<(Ols, Vec<String>), NotComputable> {
    let mut x = Design::new(rows.len());
    x.intercept();
    let col = |f: fn(&Prepared) -> f64| rows.iter().map(f).collect::<Vec<f64>>();
    x.push("years_of_training", col(|p| p.years_of_training))?;
    x.push("years_of_service", col(|p| p.record.years_of_service))?;
    x.push("years_of_earning", col(|p| p.years_of_earning))?;
    x.push("years_of_earning2", col(|p| p.years_of_earning.powi(2)))?;
    let mut one_level = Vec::new();
    for (name, codes) in FACTORS.iter().zip([
        col(|p| p.record.level_of_requirements),
        col(|p| p.record.professional_position),
    ]) {
        // Codes are whole numbers 1–8 (checked): their text sorts as R's factor levels do.
        let levels: Vec<String> = codes.iter().map(|c| format!("{c:.0}")).collect();
        let base = levels.iter().max().cloned().unwrap_or_default();
        if levels.iter().all(|l| *l == base) {
            one_level.push(name.to_string());
            continue;
        }
        x.factor(name, &levels, Some(&base))?;
    }
    x.push(
        SEX_F,
        col(|p| f64::from(u8::from(p.record.sex == Gender::Woman))),
    )?;
    let y = col(|p| p.standardized_salary.ln());
    Ok((ols(&x, &y)?, one_level))
}
