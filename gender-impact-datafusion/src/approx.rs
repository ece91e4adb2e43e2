//! The approximate function `approx_pay_gap_median(pay, gender)`: the median gap from
//! DataFusion's own t-digest (`datafusion_functions_aggregate_common::tdigest`, the sketch
//! `approx_percentile_cont` uses; Dunning and Ertl, "Computing extremely accurate quantiles
//! using t-digests", 2019, arXiv:1902.04023), one digest for women's pay and one for men's.
//!
//! The state is two digests of at most 100 centroids each (12 columns: each digest's size
//! limit, sum, count, maximum, minimum and centroids), so it is small whatever the group's size
//! and the final phase merges digests instead of values. The estimated medians are turned into
//! the gap by the library's [`gap_ratio`].

use std::sync::Arc;

use datafusion::arrow::array::{Array, ArrayRef, AsArray};
use datafusion::arrow::datatypes::{DataType, Field, FieldRef, Float64Type};
use datafusion::common::ScalarValue;
use datafusion::error::Result;
use datafusion::logical_expr::function::{AccumulatorArgs, StateFieldsArgs};
use datafusion::logical_expr::{
    Accumulator, AggregateUDF, AggregateUDFImpl, Signature, Volatility,
};
use datafusion_functions_aggregate_common::tdigest::{Centroid, DEFAULT_MAX_SIZE, TDigest};
use gender_impact::pay::gap_ratio;

use crate::error::{ArgumentProblem, SqlError};
use crate::rows::{Pays, read_rows};
use crate::signature::coerce;

const NAME: &str = "approx_pay_gap_median";

/// The columns of one digest's state, in [`TDigest::to_scalar_state`]'s order.
const PARTS: [&str; 6] = ["max_size", "sum", "count", "max", "min", "centroids"];

/// `approx_pay_gap_median(pay, gender)`: (men's median − women's median) / men's median, each
/// median estimated by a t-digest of 100 centroids. See the crate documentation for its error
/// bound.
pub fn approx_pay_gap_median() -> AggregateUDF {
    AggregateUDF::from(ApproxMedianGap {
        signature: Signature::user_defined(Volatility::Immutable),
    })
}

#[derive(Debug, PartialEq, Eq, Hash)]
struct ApproxMedianGap {
    signature: Signature,
}

impl AggregateUDFImpl for ApproxMedianGap {
    fn name(&self) -> &str {
        NAME
    }

    fn signature(&self) -> &Signature {
        &self.signature
    }

    fn coerce_types(&self, args: &[DataType]) -> Result<Vec<DataType>> {
        Ok(coerce(NAME, args, false)?)
    }

    fn return_type(&self, _args: &[DataType]) -> Result<DataType> {
        Ok(DataType::Float64)
    }

    fn state_fields(&self, args: StateFieldsArgs) -> Result<Vec<FieldRef>> {
        let mut fields = Vec::with_capacity(2 * PARTS.len());
        for who in ["women", "men"] {
            for part in PARTS {
                let name = format!("{}[{who}_{part}]", args.name);
                let field = match part {
                    "max_size" => Field::new(name, DataType::UInt64, false),
                    "centroids" => {
                        Field::new_list(name, Field::new_list_field(DataType::Float64, true), false)
                    }
                    _ => Field::new(name, DataType::Float64, false),
                };
                fields.push(Arc::new(field));
            }
        }
        Ok(fields)
    }

    fn accumulator(&self, args: AccumulatorArgs) -> Result<Box<dyn Accumulator>> {
        if args.is_distinct {
            return Err(SqlError::Distinct { function: NAME }.into());
        }
        Ok(Box::new(Digests::default()))
    }

    fn default_value(&self, _data_type: &DataType) -> Result<ScalarValue> {
        Ok(ScalarValue::Float64(None))
    }
}

/// Women's and men's digests of one group.
#[derive(Debug)]
pub(crate) struct Digests {
    women: TDigest,
    men: TDigest,
}

impl Default for Digests {
    fn default() -> Self {
        Digests {
            women: TDigest::new(DEFAULT_MAX_SIZE),
            men: TDigest::new(DEFAULT_MAX_SIZE),
        }
    }
}

impl Digests {
    /// The estimated median gap, or `None` without women or men, or when men's estimated
    /// median is 0.
    pub(crate) fn median_gap(&self) -> Option<f64> {
        if self.women.count() == 0.0 || self.men.count() == 0.0 {
            return None;
        }
        let women = self.women.estimate_quantile(0.5);
        let men = self.men.estimate_quantile(0.5);
        gap_ratio(women, men).ok()
    }
}

impl Accumulator for Digests {
    fn update_batch(&mut self, values: &[ArrayRef]) -> Result<()> {
        let mut pays = Pays::default();
        read_rows(NAME, values, |is_woman, pay| {
            if is_woman {
                pays.women.push(pay);
            } else {
                pays.men.push(pay);
            }
        })?;
        self.women = self.women.merge_unsorted_f64(pays.women);
        self.men = self.men.merge_unsorted_f64(pays.men);
        Ok(())
    }

    fn state(&mut self) -> Result<Vec<ScalarValue>> {
        let mut state = self.women.to_scalar_state();
        state.extend(self.men.to_scalar_state());
        Ok(state)
    }

    fn merge_batch(&mut self, states: &[ArrayRef]) -> Result<()> {
        if states.len() != 2 * PARTS.len() {
            let found = format!("{} columns", states.len());
            return Err(SqlError::argument(NAME, 1, ArgumentProblem::State(found)).into());
        }
        let (women, men) = states.split_at(PARTS.len());
        let rows = states[0].len();
        let mut digests = (Vec::with_capacity(rows + 1), Vec::with_capacity(rows + 1));
        for row in 0..rows {
            digests.0.push(digest(women, row)?);
            digests.1.push(digest(men, row)?);
        }
        digests.0.push(self.women.clone());
        digests.1.push(self.men.clone());
        self.women = TDigest::merge_digests(&digests.0);
        self.men = TDigest::merge_digests(&digests.1);
        Ok(())
    }

    fn evaluate(&mut self) -> Result<ScalarValue> {
        Ok(ScalarValue::Float64(self.median_gap()))
    }

    fn size(&self) -> usize {
        size_of_val(self) + (self.women.size() + self.men.size())
            - size_of_val(&self.women)
            - size_of_val(&self.men)
    }
}

/// The digest in row `row` of one digest's six state columns, checked by
/// [`TDigest::try_from_parts`] (a state that this function did not write is an error, not a
/// panic).
fn digest(columns: &[ArrayRef], row: usize) -> Result<TDigest> {
    let bad = |what: &ArrayRef| {
        let problem = ArgumentProblem::State(what.data_type().to_string());
        SqlError::argument(NAME, 1, problem)
    };
    let number = |c: &ArrayRef| -> Result<f64, SqlError> {
        let a = c.as_primitive_opt::<Float64Type>().ok_or_else(|| bad(c))?;
        Ok(a.value(row))
    };
    let max_size = match ScalarValue::try_from_array(&columns[0], row)? {
        ScalarValue::UInt64(Some(n)) => n as usize,
        _ => return Err(bad(&columns[0]).into()),
    };
    let lists = columns[5]
        .as_list_opt::<i32>()
        .ok_or_else(|| bad(&columns[5]))?;
    let list = lists.value(row);
    let flat = list
        .as_primitive_opt::<Float64Type>()
        .ok_or_else(|| bad(&columns[5]))?;
    let centroids = flat
        .values()
        .chunks_exact(2)
        .map(|mean_weight| Centroid::new(mean_weight[0], mean_weight[1]))
        .collect();
    TDigest::try_from_parts(
        max_size,
        number(&columns[1])?,
        number(&columns[2])?,
        number(&columns[3])?,
        number(&columns[4])?,
        centroids,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use datafusion::arrow::array::{Float64Array, StringViewArray};

    /// Women's pay `values` fed to `parts` accumulators in batches of 8,192 rows (as DataFusion
    /// reads them), their states merged by a final accumulator: its digest of women's pay.
    fn merged(values: &[f64], parts: usize) -> TDigest {
        let mut partials: Vec<Digests> = (0..parts).map(|_| Digests::default()).collect();
        for (i, chunk) in values.chunks(8_192).enumerate() {
            let pay: ArrayRef = Arc::new(Float64Array::from(chunk.to_vec()));
            let gender: ArrayRef = Arc::new(StringViewArray::from(vec!["woman"; chunk.len()]));
            partials[i % parts].update_batch(&[pay, gender]).unwrap();
        }
        let mut last = Digests::default();
        for mut p in partials {
            let state: Vec<ArrayRef> = p
                .state()
                .unwrap()
                .iter()
                .map(|s| s.to_array().unwrap())
                .collect();
            last.merge_batch(&state).unwrap();
        }
        last.women
    }

    /// How far the estimated median's rank is from 1/2: 0 when the estimate lies between the
    /// values of ranks just below and just above the middle.
    fn rank_error(sorted: &[f64], estimate: f64) -> f64 {
        let n = sorted.len() as f64;
        let below = sorted.partition_point(|&v| v < estimate) as f64 / n;
        let at_most = sorted.partition_point(|&v| v <= estimate) as f64 / n;
        (below - 0.5).max(0.5 - at_most).max(0.0)
    }

    #[test]
    fn merged_digests_put_the_median_within_the_documented_ranks() {
        let mut x = 88_172_645_463_325_252u64;
        let mut unit = move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 11) as f64 / (1u64 << 53) as f64
        };
        let mut worst: f64 = 0.0;
        for n in [1_000, 30_000, 200_000] {
            let shapes: [Vec<f64>; 4] = [
                (0..n).map(|_| 30_000.0 * (2.0 * unit()).exp()).collect(),
                (0..n).map(|_| 20_000.0 + 60_000.0 * unit()).collect(),
                (0..n).map(|_| (10.0 * unit()).floor() * 1_000.0).collect(),
                (0..n)
                    .map(|i| if i % 3 == 0 { 90_000.0 } else { 25_000.0 } + 5_000.0 * unit())
                    .collect(),
            ];
            for values in shapes {
                let mut sorted = values.clone();
                sorted.sort_by(f64::total_cmp);
                for parts in [1, 4, 16] {
                    let estimate = merged(&values, parts).estimate_quantile(0.5);
                    let e = rank_error(&sorted, estimate);
                    worst = worst.max(e);
                    assert!(e <= 0.01, "n {n}, {parts} parts: rank error {e}");
                }
            }
        }
        // The worst rank error seen, for the README's bound.
        eprintln!("worst rank error of the estimated median: {worst}");
        // Control: a wrong estimate (the 45th percentile's value) fails the check.
        let sorted: Vec<f64> = (0..1_000).map(f64::from).collect();
        assert!(rank_error(&sorted, 450.0) > 0.01);
    }
}
