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
//! let input = gender_impact::validate(gender_impact::dataset::METROPOLIS_2023_JSON).unwrap();
//! // ...assess it against the default framework (Metropolis)...
//! let assessment = gender_impact::assess(&input).unwrap();
//! let board = assessment.indicator("body.board.women_share").unwrap();
//! assert_eq!((board.numerator, board.denominator), (Some(5), Some(31)));
//! // ...and report it.
//! let markdown = gender_impact::report::markdown(&assessment);
//! assert!(markdown.contains("women hold 5 of 31 seats (16%)"));
//! ```
//!
//! Modules, one job each: [`input`] (the model), [`validate`](mod@validate) (schema and rules),
//! [`schema`], [`stats`] (intervals and tests), [`seats`] (the EU board directive's rounding),
//! [`bodies`], [`staff`], [`initiatives`], [`policies`], [`projects`] and [`resources`] (the
//! built-in indicators), [`indicator`] (the trait to add your own),
//! [`framework`] (targets and ratings), [`composite`] (contributions and the sensitivity check), [`progress`]
//! and [`change`] (series, changes, breaks, targets), [`assessment`], [`report`], [`dataset`].

pub mod assessment;
pub mod bodies;
pub mod change;
pub mod composite;
pub mod dataset;
pub mod disclosure;
pub mod format;
pub mod framework;
pub mod indicator;
pub mod initiatives;
pub mod input;
pub mod limits;
pub mod locale;
pub mod message;
pub mod network;
pub mod pay;
pub mod people;
pub mod policies;
pub mod progress;
pub mod projects;
pub mod report;
pub mod resources;
pub mod schema;
pub mod seats;
pub mod staff;
pub mod stats;
pub mod validate;

pub use assessment::{Assessment, Assessor, IndicatorResult};
pub use framework::{Framework, Rating};
pub use input::{
    Body, BodyKind, Composition, Counts, Date, Gender, Id, Input, Member, Organisation, Period,
    ReportedFigure, Role, Staff, Text,
};
pub use validate::{Invalid, Problem, validate};

/// Assesses `input` with the default [`Assessor`]: the Metropolis framework, Wilson intervals at
/// 95%, binomial tests against 0.5.
pub fn assess(input: &Input) -> Result<Assessment, Invalid> {
    Assessor::new().assess(input)
}

/// The README's Rust examples, compiled and run as doc tests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
