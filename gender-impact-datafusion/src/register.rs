//! Registering the functions: on a [`SessionContext`], or on any [`FunctionRegistry`] (a
//! [`SessionState`](datafusion::execution::SessionState), or the registry of a Ballista
//! executor).

use std::sync::Arc;

use datafusion::error::Result;
use datafusion::execution::FunctionRegistry;
use datafusion::logical_expr::AggregateUDF;
use datafusion::prelude::SessionContext;

use crate::approx::approx_pay_gap_median;
use crate::functions::{pay_gap_mean, pay_gap_median, quartile_women_share};

/// The four functions: `pay_gap_mean`, `pay_gap_median`, `quartile_women_share` and
/// `approx_pay_gap_median`.
///
/// ```
/// let names: Vec<String> = gender_impact_datafusion::functions()
///     .iter()
///     .map(|f| f.name().to_string())
///     .collect();
/// assert_eq!(
///     names,
///     ["pay_gap_mean", "pay_gap_median", "quartile_women_share", "approx_pay_gap_median"]
/// );
/// ```
pub fn functions() -> Vec<Arc<AggregateUDF>> {
    [
        pay_gap_mean(),
        pay_gap_median(),
        quartile_women_share(),
        approx_pay_gap_median(),
    ]
    .into_iter()
    .map(Arc::new)
    .collect()
}

/// Registers the four functions on `ctx`, for its SQL and its DataFrames.
pub fn register(ctx: &SessionContext) {
    for f in functions() {
        ctx.register_udaf(Arc::unwrap_or_clone(f));
    }
}

/// Registers the four functions on `registry`: a
/// [`SessionState`](datafusion::execution::SessionState) being built for a Ballista scheduler,
/// or the function registry of a Ballista executor (see the crate's README).
pub fn register_in(registry: &mut dyn FunctionRegistry) -> Result<()> {
    for f in functions() {
        registry.register_udaf(f)?;
    }
    Ok(())
}
