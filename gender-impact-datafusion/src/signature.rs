//! The arguments every function takes, and the types they are turned into before the rows are
//! read: a number for the pay (Float64), a text for the gender (Utf8View, what DataFusion reads
//! Parquet strings as), and for the quartile share a whole number (Int64) for the band.

use datafusion::arrow::datatypes::DataType;

use crate::error::{ArgumentProblem, SqlError};

/// The types of `args` once coerced, or which argument has a type that cannot be used.
/// `with_band`: the function takes a third argument, the band.
pub(crate) fn coerce(
    function: &'static str,
    args: &[DataType],
    with_band: bool,
) -> Result<Vec<DataType>, SqlError> {
    let expected = if with_band { 3 } else { 2 };
    if args.len() != expected {
        return Err(SqlError::ArgumentCount {
            function,
            expected,
            found: args.len(),
        });
    }
    let bad = |position, problem| SqlError::argument(function, position, problem);
    let mut out = Vec::with_capacity(expected);
    if !(args[0].is_numeric() || args[0].is_null()) {
        return Err(bad(1, ArgumentProblem::NotNumber(args[0].to_string())));
    }
    out.push(DataType::Float64);
    if !(is_text(&args[1]) || args[1].is_null()) {
        return Err(bad(2, ArgumentProblem::NotText(args[1].to_string())));
    }
    out.push(DataType::Utf8View);
    if with_band {
        if !args[2].is_integer() {
            return Err(bad(3, ArgumentProblem::NotInteger(args[2].to_string())));
        }
        out.push(DataType::Int64);
    }
    Ok(out)
}

/// A text type, plain or dictionary-encoded.
fn is_text(t: &DataType) -> bool {
    match t {
        DataType::Utf8 | DataType::LargeUtf8 | DataType::Utf8View => true,
        DataType::Dictionary(_, value) => is_text(value),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_texts_in_anything_else_refused_with_its_position() {
        let ok = coerce("f", &[DataType::Int32, DataType::Utf8], false).unwrap();
        assert_eq!(ok, [DataType::Float64, DataType::Utf8View]);
        let ok = coerce(
            "f",
            &[DataType::Float64, DataType::Utf8View, DataType::Int8],
            true,
        );
        assert_eq!(ok.unwrap()[2], DataType::Int64);
        let e = coerce("f", &[DataType::Utf8, DataType::Utf8], false).unwrap_err();
        assert!(matches!(e, SqlError::Argument { position: 1, .. }));
        let e = coerce("f", &[DataType::Float64, DataType::Int32], false).unwrap_err();
        assert!(matches!(e, SqlError::Argument { position: 2, .. }));
        let e = coerce(
            "f",
            &[DataType::Float64, DataType::Utf8, DataType::Float64],
            true,
        );
        assert!(matches!(
            e.unwrap_err(),
            SqlError::Argument { position: 3, .. }
        ));
        let e = coerce("f", &[DataType::Float64], false).unwrap_err();
        assert!(matches!(
            e,
            SqlError::ArgumentCount {
                expected: 2,
                found: 1,
                ..
            }
        ));
    }
}
