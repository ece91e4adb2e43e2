//! Bad input stops the query with a message that names the function, the argument and what
//! was expected, and shows no value of the records.

use datafusion::error::DataFusionError;
use datafusion::prelude::SessionContext;
use gender_impact_datafusion::{ArgumentProblem, SqlError};

/// The error of running `sql`, a query over inline rows `t(pay, gender, name)`.
async fn error_of(sql: &str) -> DataFusionError {
    let ctx = SessionContext::new();
    gender_impact_datafusion::register(&ctx);
    let rows = "(VALUES (41234.5, 'woman', 'Ada'), (50000.25, 'man', 'Bob'), \
                (39999.75, 'F', 'Cy')) AS t(pay, gender, name)";
    let sql = sql.replace("ROWS", rows);
    match ctx.sql(&sql).await {
        Err(e) => e,
        Ok(df) => df.collect().await.unwrap_err(),
    }
}

/// The [`SqlError`] inside a DataFusion error.
fn sql_error(e: &DataFusionError) -> &SqlError {
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(s) = source {
        if let Some(found) = s.downcast_ref::<SqlError>() {
            return found;
        }
        source = s.source();
    }
    panic!("no SqlError in {e}");
}

#[tokio::test]
async fn an_unknown_gender_is_named_by_its_length_only() {
    let e = error_of("SELECT pay_gap_mean(pay, gender) FROM ROWS").await;
    let inner = sql_error(&e);
    let problem = ArgumentProblem::GenderUnknown { chars: 1 };
    assert_eq!(*inner, SqlError::argument("pay_gap_mean", 2, problem));
    let text = e.to_string();
    assert!(
        text.contains(
            "pay_gap_mean, argument 2 (gender): expected a gender written woman, man, \
             non_binary or undisclosed (lower case), found another text of 1 character (not shown)"
        ),
        "{text}"
    );
}

#[tokio::test]
async fn a_name_given_as_the_gender_is_not_shown() {
    let e = error_of("SELECT approx_pay_gap_median(pay, name) FROM ROWS").await;
    let text = e.to_string();
    assert!(
        text.contains("approx_pay_gap_median, argument 2 (gender)"),
        "{text}"
    );
    for name in ["Ada", "Bob", "Cy", "41234", "50000"] {
        assert!(!text.contains(name), "{text}");
    }
}

#[tokio::test]
async fn a_negative_pay_is_refused_without_its_value() {
    let e = error_of("SELECT pay_gap_median(-pay, gender) FROM ROWS").await;
    assert_eq!(
        *sql_error(&e),
        SqlError::argument("pay_gap_median", 1, ArgumentProblem::PayOutOfRange)
    );
    assert!(!e.to_string().contains("41234"), "{e}");
}

#[tokio::test]
async fn the_band_is_a_constant_from_1_to_4() {
    let e = error_of("SELECT quartile_women_share(pay, gender, 5) FROM ROWS").await;
    let problem = ArgumentProblem::Band("5".into());
    assert_eq!(
        *sql_error(&e),
        SqlError::argument("quartile_women_share", 3, problem)
    );
    let e =
        error_of("SELECT quartile_women_share(pay, gender, CAST(pay AS BIGINT)) FROM ROWS").await;
    let problem = ArgumentProblem::BandNotConstant;
    assert_eq!(
        *sql_error(&e),
        SqlError::argument("quartile_women_share", 3, problem)
    );
    // Type errors are found while planning: DataFusion keeps their text, not the error.
    let e = error_of("SELECT quartile_women_share(pay, gender, 2.5) FROM ROWS").await;
    let text = e.to_string();
    let expected = "quartile_women_share, argument 3 (band): expected a whole number, found the \
                    type Float64";
    assert!(text.contains(expected), "{text}");
}

#[tokio::test]
async fn arguments_of_the_wrong_type_or_number() {
    let e = error_of("SELECT pay_gap_mean(gender, gender) FROM ROWS").await;
    let text = e.to_string();
    let expected = "pay_gap_mean, argument 1 (pay): expected a number, found the type Utf8";
    assert!(text.contains(expected), "{text}");
    let e = error_of("SELECT pay_gap_mean(pay) FROM ROWS").await;
    let text = e.to_string();
    assert!(
        text.contains("pay_gap_mean: expected 2 arguments, found 1"),
        "{text}"
    );
}

#[tokio::test]
async fn distinct_is_refused() {
    let e = error_of("SELECT pay_gap_mean(DISTINCT pay, gender) FROM ROWS").await;
    let expected = SqlError::Distinct {
        function: "pay_gap_mean",
    };
    assert_eq!(*sql_error(&e), expected);
    let e = error_of("SELECT approx_pay_gap_median(DISTINCT pay, gender) FROM ROWS").await;
    assert!(
        e.to_string()
            .contains("approx_pay_gap_median: expected the pay of every worker, found DISTINCT")
    );
}
