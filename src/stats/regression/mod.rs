//! Linear regression for the adjusted pay gap: a [`Design`] of named columns (numeric controls,
//! factors as dummy columns), least squares ([`ols`]) with classical and HC1 standard errors,
//! and the Blinder–Oaxaca decomposition of a gap between two groups ([`oaxaca`]).

mod delta;
mod design;
mod oaxaca;
mod ols;

pub(crate) use design::pick;
pub use design::{Design, FactorColumns};
pub use oaxaca::{Detail, Oaxaca, Reference, Threefold, Twofold, oaxaca};
pub use ols::{Coefficient, Ols, ols};

/// Why a regression could not be computed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RegressionError {
    /// A column's length is not the number of observations.
    #[error("expected {expected} values in column `{column}`, found {found}")]
    Length {
        /// The column.
        column: String,
        /// The number of observations.
        expected: usize,
        /// The column's length.
        found: usize,
    },
    /// A value is NaN or infinite.
    #[error("expected finite numbers in column `{column}`, found one that is not at row {row}")]
    NotFinite {
        /// The column.
        column: String,
        /// The row, from 0.
        row: usize,
    },
    /// As many parameters as observations (or none): no residual degree of freedom.
    #[error(
        "expected more observations than parameters, found {rows} observations for {parameters} parameters"
    )]
    NoResidualDf {
        /// Observations.
        rows: usize,
        /// Parameters kept (aliased columns left out).
        parameters: usize,
    },
    /// A factor with a single level.
    #[error("expected a factor with two levels or more, found `{factor}` with one")]
    OneLevel {
        /// The factor.
        factor: String,
    },
    /// The base level asked for is not a level of the factor.
    #[error("expected a level of `{factor}` as its base, found `{level}`")]
    NoSuchLevel {
        /// The factor.
        factor: String,
        /// The level asked for.
        level: String,
    },
    /// The two groups of a decomposition do not have the same columns.
    #[error("expected the two groups to have the same columns")]
    Columns,
    /// More rows than a design indexes (4 bytes a row).
    #[error("expected at most 4,294,967,296 rows, found a row {rows}")]
    TooManyRows {
        /// The first row beyond the limit, from 0.
        rows: usize,
    },
}

/// The mean of the values (0 for none).
pub(crate) fn mean(v: &[f64]) -> f64 {
    if v.is_empty() {
        return 0.0;
    }
    v.iter().sum::<f64>() / v.len() as f64
}
