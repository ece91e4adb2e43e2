//! The exact accumulator: it keeps every woman's and man's pay of its group. Its state is two
//! lists of Float64 (women's, men's) that the final phase concatenates, so the final phase
//! sees all of each group's values and the figure is the library's, not an estimate.

use std::sync::Arc;

use datafusion::arrow::array::{Array, ArrayRef, AsArray, Float64Array, ListArray};
use datafusion::arrow::buffer::OffsetBuffer;
use datafusion::arrow::datatypes::{DataType, Field, FieldRef, Float64Type};
use datafusion::common::ScalarValue;
use datafusion::error::Result;
use datafusion::logical_expr::Accumulator;

use crate::error::{ArgumentProblem, SqlError};
use crate::figures::Figure;
use crate::rows::Pays;

/// The two fields of the state: women's and men's pay, as lists of Float64.
pub(crate) fn state_fields(name: &str) -> Vec<FieldRef> {
    ["women", "men"]
        .iter()
        .map(|who| Arc::new(Field::new(format!("{name}[{who}]"), list_type(), true)))
        .collect()
}

fn list_type() -> DataType {
    DataType::List(Arc::new(Field::new_list_field(DataType::Float64, true)))
}

/// One list holding `values`.
fn one_list(values: &[f64]) -> ScalarValue {
    let array = ListArray::new(
        Arc::new(Field::new_list_field(DataType::Float64, true)),
        OffsetBuffer::from_lengths([values.len()]),
        Arc::new(Float64Array::from(values.to_vec())),
        None,
    );
    ScalarValue::List(Arc::new(array))
}

/// The accumulator of one group.
#[derive(Debug)]
pub(crate) struct Exact {
    figure: Figure,
    /// The quartile band (1..=4) of the quartile share; 0 for the gaps.
    band: usize,
    pays: Pays,
}

impl Exact {
    pub(crate) fn new(figure: Figure, band: usize) -> Exact {
        Exact {
            figure,
            band,
            pays: Pays::default(),
        }
    }

    /// Appends every value of the lists in `state` to `into`.
    fn append(&self, state: &ArrayRef, into: &mut Vec<f64>) -> Result<(), SqlError> {
        let bad = || {
            let problem = ArgumentProblem::State(state.data_type().to_string());
            SqlError::argument(self.figure.name(), 1, problem)
        };
        let lists = state.as_list_opt::<i32>().ok_or_else(bad)?;
        for list in lists.iter().flatten() {
            let values = list.as_primitive_opt::<Float64Type>().ok_or_else(bad)?;
            into.extend(values.iter().flatten());
        }
        Ok(())
    }
}

impl Accumulator for Exact {
    fn update_batch(&mut self, values: &[ArrayRef]) -> Result<()> {
        Ok(self.pays.read(self.figure.name(), values)?)
    }

    fn state(&mut self) -> Result<Vec<ScalarValue>> {
        Ok(vec![one_list(&self.pays.women), one_list(&self.pays.men)])
    }

    fn merge_batch(&mut self, states: &[ArrayRef]) -> Result<()> {
        let (Some(women), Some(men)) = (states.first(), states.get(1)) else {
            let problem = ArgumentProblem::State(format!("{} columns", states.len()));
            return Err(SqlError::argument(self.figure.name(), 1, problem).into());
        };
        let mut pays = std::mem::take(&mut self.pays);
        let merged = self
            .append(women, &mut pays.women)
            .and_then(|()| self.append(men, &mut pays.men));
        self.pays = pays;
        Ok(merged?)
    }

    fn evaluate(&mut self) -> Result<ScalarValue> {
        Ok(ScalarValue::Float64(
            self.figure.of(&mut self.pays, self.band),
        ))
    }

    fn size(&self) -> usize {
        size_of_val(self) + self.pays.size()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use datafusion::arrow::array::StringViewArray;
    use proptest::prelude::*;

    const CODES: [&str; 4] = ["woman", "man", "non_binary", "undisclosed"];

    fn batch(rows: &[(f64, usize)]) -> Vec<ArrayRef> {
        let pay = Float64Array::from_iter_values(rows.iter().map(|r| r.0));
        let gender = StringViewArray::from_iter_values(rows.iter().map(|r| CODES[r.1]));
        vec![Arc::new(pay), Arc::new(gender)]
    }

    /// The figure of `rows` read by one accumulator.
    fn whole(figure: Figure, band: usize, rows: &[(f64, usize)]) -> ScalarValue {
        let mut a = Exact::new(figure, band);
        a.update_batch(&batch(rows)).unwrap();
        a.evaluate().unwrap()
    }

    /// The figure of `rows` split at `cuts` among partial accumulators whose states a final
    /// one merges (the two phases of a plan).
    fn split(figure: Figure, band: usize, rows: &[(f64, usize)], cuts: &[usize]) -> ScalarValue {
        let mut bounds: Vec<usize> = cuts.iter().map(|c| c % (rows.len() + 1)).collect();
        bounds.extend([0, rows.len()]);
        bounds.sort_unstable();
        let mut last = Exact::new(figure, band);
        for w in bounds.windows(2) {
            let mut partial = Exact::new(figure, band);
            partial.update_batch(&batch(&rows[w[0]..w[1]])).unwrap();
            let state: Vec<ArrayRef> = (partial.state().unwrap().iter())
                .map(|s| s.to_array().unwrap())
                .collect();
            last.merge_batch(&state).unwrap();
        }
        last.evaluate().unwrap()
    }

    proptest! {
        /// However the rows are split between partitions, the figure is the same, to the bit.
        #[test]
        fn the_figure_does_not_depend_on_how_rows_are_split(
            rows in prop::collection::vec((0u32..100_000, 0usize..4), 0..200),
            cuts in prop::collection::vec(0usize..1_000, 0..6),
        ) {
            let rows: Vec<(f64, usize)> =
                rows.into_iter().map(|(cents, g)| (f64::from(cents) / 100.0, g)).collect();
            for (figure, band) in [
                (Figure::MeanGap, 0),
                (Figure::MedianGap, 0),
                (Figure::QuartileWomenShare, 1),
                (Figure::QuartileWomenShare, 4),
            ] {
                prop_assert_eq!(whole(figure, band, &rows), split(figure, band, &rows, &cuts));
            }
        }
    }

    #[test]
    fn control_a_merge_that_loses_a_partition_is_caught() {
        // Women 10 and 30, men 40: mean gap (40 − 20) / 40 = 0.5. Losing the second part
        // (woman 30) gives (40 − 10) / 40 = 0.75, which the comparison above would catch.
        let rows = [(10.0, 0), (40.0, 1), (30.0, 0)];
        assert_eq!(
            whole(Figure::MeanGap, 0, &rows),
            ScalarValue::Float64(Some(0.5))
        );
        assert_eq!(
            whole(Figure::MeanGap, 0, &rows[..2]),
            ScalarValue::Float64(Some(0.75))
        );
        assert_eq!(
            split(Figure::MeanGap, 0, &rows, &[2]),
            ScalarValue::Float64(Some(0.5))
        );
    }
}
