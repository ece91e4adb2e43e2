//! Reading a batch of rows: each row's pay and gender, checked as the library checks them,
//! women's and men's pay kept apart.
//!
//! - The gender is one of the codes of the JSON input (`woman`, `man`, `non_binary`,
//!   `undisclosed`: [`Gender`]'s own names), read by the library's own deserialiser. Letter
//!   codes (`F`, `M`, `H`…) are refused: the payroll reader decides what a letter means from
//!   all the letters of a column, which one row cannot do.
//! - The pay is a [`Money`]: from 0 to 10¹², finite (`-0` counts as `0`).
//! - A row whose pay is NULL is left out, as the library leaves out workers without a pay
//!   level; a row with a pay and a NULL gender is an error. Non-binary and undisclosed rows are
//!   left out of the figures, as the library does, once their pay is checked.

use datafusion::arrow::array::{Array, ArrayRef, AsArray};
use datafusion::arrow::datatypes::Float64Type;
use gender_impact::{Gender, Money};
use serde::Deserialize;
use serde::de::IntoDeserializer;
use serde::de::value::{Error as ValueError, StrDeserializer};

use crate::error::{ArgumentProblem, SqlError};

/// Women's and men's pay, in the order read.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Pays {
    pub(crate) women: Vec<f64>,
    pub(crate) men: Vec<f64>,
}

impl Pays {
    /// Adds the rows of `args` (pay as Float64, gender as Utf8View: the types
    /// [`crate::signature::coerce`] gives).
    pub(crate) fn read(
        &mut self,
        function: &'static str,
        args: &[ArrayRef],
    ) -> Result<(), SqlError> {
        read_rows(function, args, |is_woman, pay| {
            if is_woman {
                self.women.push(pay);
            } else {
                self.men.push(pay);
            }
        })
    }

    /// Bytes held.
    pub(crate) fn size(&self) -> usize {
        (self.women.capacity() + self.men.capacity()) * size_of::<f64>()
    }
}

/// Calls `keep(is_woman, pay)` for each row of a woman or a man with a pay.
pub(crate) fn read_rows(
    function: &'static str,
    args: &[ArrayRef],
    mut keep: impl FnMut(bool, f64),
) -> Result<(), SqlError> {
    let bad = |position, problem| SqlError::argument(function, position, problem);
    let (Some(pay), Some(gender)) = (args.first(), args.get(1)) else {
        return Err(SqlError::ArgumentCount {
            function,
            expected: 2,
            found: args.len(),
        });
    };
    let pay = pay
        .as_primitive_opt::<Float64Type>()
        .ok_or_else(|| bad(1, ArgumentProblem::NotNumber(pay.data_type().to_string())))?;
    let gender = gender
        .as_string_view_opt()
        .ok_or_else(|| bad(2, ArgumentProblem::NotText(gender.data_type().to_string())))?;
    for row in 0..pay.len() {
        if pay.is_null(row) {
            continue;
        }
        let amount = Money::new(pay.value(row))
            .map_err(|_| bad(1, ArgumentProblem::PayOutOfRange))?
            .get();
        if gender.is_null(row) {
            return Err(bad(2, ArgumentProblem::GenderNull));
        }
        match gender_of(gender.value(row)) {
            Some(Gender::Woman) => keep(true, amount),
            Some(Gender::Man) => keep(false, amount),
            Some(_) => {}
            None => {
                let chars = gender.value(row).chars().count();
                return Err(bad(2, ArgumentProblem::GenderUnknown { chars }));
            }
        }
    }
    Ok(())
}

/// The gender a code names, by the library's own names for them.
fn gender_of(code: &str) -> Option<Gender> {
    let d: StrDeserializer<'_, ValueError> = code.into_deserializer();
    Gender::deserialize(d).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_four_codes_of_the_json_input_and_no_other() {
        assert_eq!(gender_of("woman"), Some(Gender::Woman));
        assert_eq!(gender_of("man"), Some(Gender::Man));
        assert_eq!(gender_of("non_binary"), Some(Gender::NonBinary));
        assert_eq!(gender_of("undisclosed"), Some(Gender::Undisclosed));
        for other in ["F", "M", "Woman", "female", "", " man"] {
            assert_eq!(gender_of(other), None, "{other}");
        }
    }
}
