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
