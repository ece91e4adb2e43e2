#![forbid(unsafe_code)]
#![warn(missing_docs)]
//! # gender-impact
//!
//! Turns an organisation's records into a **gender-impact assessment**: validated input,
//! indicators with their counts, intervals and exact tests, ratings against a framework's
//! targets, plain-language findings, data-quality warnings and reports.
//!
//! ```
//! // Validate a document (every problem at once, each with its JSON Pointer)...
//! let input = gender_impact::validate(gender_impact::METROPOLIS_2023_JSON).unwrap();
//! // ...assess it against the default framework (Metropolis)...
//! let assessment = gender_impact::assess(&input).unwrap();
//! let board = assessment.indicator("body.board.women_share").unwrap();
//! assert_eq!((board.numerator, board.denominator), (Some(5), Some(31)));
//! // ...and report it.
//! let markdown = gender_impact::report::markdown(&assessment);
//! assert!(markdown.contains("women hold 5 of 31 seats (16%)"));
//! ```

pub mod assessment;
mod document;
pub mod i18n;
pub mod indicators;
mod limits;
mod model;
pub mod pay;
pub mod report;
pub mod stats;

pub use assessment::{Assessment, Assessor, IndicatorResult, assess_network};
pub use document::*;
pub use model::*;

/// Assesses `input` with the default [`Assessor`]: the Metropolis framework, Wilson intervals at
/// 95%, binomial tests against 0.5.
pub fn assess(input: &Input) -> Result<Assessment, Invalid> {
    Assessor::new().assess(input)
}

/// The README's Rust examples, compiled and run as doc tests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
