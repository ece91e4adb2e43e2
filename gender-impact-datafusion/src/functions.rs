//! The exact functions as DataFusion aggregate functions: `pay_gap_mean(pay, gender)`,
//! `pay_gap_median(pay, gender)` and `quartile_women_share(pay, gender, band)`.

use std::sync::Arc;

use datafusion::arrow::array::RecordBatch;
use datafusion::arrow::datatypes::{DataType, FieldRef, Schema};
use datafusion::common::ScalarValue;
use datafusion::error::Result;
use datafusion::logical_expr::function::{AccumulatorArgs, StateFieldsArgs};
use datafusion::logical_expr::{
    Accumulator, AggregateUDF, AggregateUDFImpl, ColumnarValue, Signature, Volatility,
};
use datafusion::physical_expr::PhysicalExpr;

use crate::error::{ArgumentProblem, SqlError};
use crate::exact::{Exact, state_fields};
use crate::figures::Figure;
use crate::signature::coerce;

/// One exact function.
#[derive(Debug, PartialEq, Eq, Hash)]
struct ExactFunction {
    figure: Figure,
    signature: Signature,
}

/// `pay_gap_mean(pay, gender)`: (men's mean − women's mean) / men's mean, as
/// [`ByGender::mean_gap`](gender_impact::pay::ByGender::mean_gap) computes it.
pub fn pay_gap_mean() -> AggregateUDF {
    exact(Figure::MeanGap)
}

/// `pay_gap_median(pay, gender)`: the same with medians
/// ([`ByGender::median_gap`](gender_impact::pay::ByGender::median_gap)).
pub fn pay_gap_median() -> AggregateUDF {
    exact(Figure::MedianGap)
}

/// `quartile_women_share(pay, gender, band)`: women's share of the women and men in quartile
/// pay band `band` (1: lowest paid … 4: highest paid), as
/// [`quartile_bands`](gender_impact::pay::quartile_bands) ranks and shares ties.
pub fn quartile_women_share() -> AggregateUDF {
    exact(Figure::QuartileWomenShare)
}

fn exact(figure: Figure) -> AggregateUDF {
    AggregateUDF::from(ExactFunction {
        figure,
        signature: Signature::user_defined(Volatility::Immutable),
    })
}

impl AggregateUDFImpl for ExactFunction {
    fn name(&self) -> &str {
        self.figure.name()
    }

    fn signature(&self) -> &Signature {
        &self.signature
    }

    fn coerce_types(&self, args: &[DataType]) -> Result<Vec<DataType>> {
        let with_band = self.figure == Figure::QuartileWomenShare;
        Ok(coerce(self.figure.name(), args, with_band)?)
    }

    fn return_type(&self, _args: &[DataType]) -> Result<DataType> {
        Ok(DataType::Float64)
    }

    fn state_fields(&self, args: StateFieldsArgs) -> Result<Vec<FieldRef>> {
        Ok(state_fields(args.name))
    }

    fn accumulator(&self, args: AccumulatorArgs) -> Result<Box<dyn Accumulator>> {
        if args.is_distinct {
            let function = self.figure.name();
            return Err(SqlError::Distinct { function }.into());
        }
        let band = match self.figure {
            Figure::QuartileWomenShare => band(self.figure.name(), args.exprs.get(2))?,
            _ => 0,
        };
        Ok(Box::new(Exact::new(self.figure, band)))
    }

    fn default_value(&self, _data_type: &DataType) -> Result<ScalarValue> {
        Ok(ScalarValue::Float64(None))
    }
}

/// The band written in the query: a constant whole number from 1 to 4.
fn band(function: &'static str, expr: Option<&Arc<dyn PhysicalExpr>>) -> Result<usize, SqlError> {
    let bad = |problem| SqlError::argument(function, 3, problem);
    let Some(expr) = expr else {
        return Err(SqlError::ArgumentCount {
            function,
            expected: 3,
            found: 2,
        });
    };
    let empty = RecordBatch::new_empty(Arc::new(Schema::empty()));
    let value = match expr.evaluate(&empty) {
        Ok(ColumnarValue::Scalar(v)) => v,
        _ => return Err(bad(ArgumentProblem::BandNotConstant)),
    };
    match value {
        ScalarValue::Int64(Some(b @ 1..=4)) => Ok(b as usize),
        other => Err(bad(ArgumentProblem::Band(other.to_string()))),
    }
}
