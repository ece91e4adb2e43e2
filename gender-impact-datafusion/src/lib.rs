#![forbid(unsafe_code)]
#![warn(missing_docs)]
#![deny(rustdoc::broken_intra_doc_links, rustdoc::private_intra_doc_links)]
//! # gender-impact-datafusion
//!
//! The pay figures of [`gender_impact`] as Apache DataFusion aggregate functions, so that SQL
//! computes them per group over data larger than one machine holds, in DataFusion or, through
//! the same two-phase (partial, then final) plan, in Ballista on a cluster:
//!
//! ```sql
//! SELECT employer,
//!        pay_gap_mean(pay, gender), pay_gap_median(pay, gender),
//!        quartile_women_share(pay, gender, 4)
//! FROM payroll GROUP BY employer
//! ```
//!
//! | function | gives | NULL when |
//! |---|---|---|
//! | `pay_gap_mean(pay, gender)` | (men's mean − women's mean) / men's mean | the group has no woman or no man with a pay, or men's mean is 0 |
//! | `pay_gap_median(pay, gender)` | the same with medians | the same, with medians |
//! | `quartile_women_share(pay, gender, band)` | women's share of the women and men in quartile pay band `band` (1 lowest paid … 4 highest), ties at the boundaries shared as UK reg. 13(2) | the band is empty (a group of fewer than four women and men has empty bands); a group without women gives 0, without men 1, as the library does |
//! | `approx_pay_gap_median(pay, gender)` | the median gap from two t-digests (an estimate) | as `pay_gap_median` |
//!
//! **Exact functions.** Each group's state is its women's and men's pay (two lists of
//! Float64); the final phase concatenates the lists and computes the figure with the
//! library's own code ([`ByGender::mean_gap`](gender_impact::pay::ByGender::mean_gap),
//! [`ByGender::median_gap`](gender_impact::pay::ByGender::median_gap),
//! [`quartile_bands`](gender_impact::pay::quartile_bands)): the figures are those `gia pay
//! --by` gives for each group (Article 9 (a), (c) and (f) on the annual pay level), not
//! estimates. The price: the final phase holds every value of a group (8 bytes a worker).
//!
//! **The approximate function** keeps two t-digests of at most 100 centroids a group
//! (DataFusion's own, as `approx_percentile_cont` uses), whatever the group's size. Its error
//! bound is stated, and tested, in the README: each estimated median lies between the true
//! 49th and 51st percentiles of its group's pay.
//!
//! **Arguments.** `pay`: any number (cast to Float64), from 0 to 10¹² as the library's
//! [`Money`](gender_impact::Money) requires; a NULL pay leaves the row out (the library leaves
//! out workers without a pay level). `gender`: a text, one of the codes of the JSON input,
//! `woman`, `man`, `non_binary`, `undisclosed` (lower case); non-binary and undisclosed rows
//! are left out of the figures, as the library does. A row with a pay and a NULL or other
//! gender stops the query with an [`SqlError`] that names the function, the argument and
//! what was expected, never the value. `band`: a whole number from 1 to 4 written in the
//! query.
//!
//! ```
//! # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
//! use datafusion::prelude::SessionContext;
//! let ctx = SessionContext::new();
//! gender_impact_datafusion::register(&ctx);
//! let df = ctx
//!     .sql("SELECT pay_gap_mean(pay, gender) AS gap FROM (VALUES \
//!           (40.0, 'woman'), (50.0, 'man'), (30.0, 'non_binary')) AS t(pay, gender)")
//!     .await
//!     .unwrap();
//! let batches = df.collect().await.unwrap();
//! let gap = batches[0].column(0).as_any()
//!     .downcast_ref::<datafusion::arrow::array::Float64Array>().unwrap().value(0);
//! assert!((gap - 0.2).abs() < 1e-15); // (50 − 40) / 50
//! # });
//! ```

mod approx;
mod error;
mod exact;
mod figures;
mod functions;
mod register;
mod rows;
mod signature;

pub use approx::approx_pay_gap_median;
pub use error::{ArgumentProblem, SqlError};
pub use functions::{pay_gap_mean, pay_gap_median, quartile_women_share};
pub use register::{functions, register, register_in};
