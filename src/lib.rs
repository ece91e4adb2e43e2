#![forbid(unsafe_code)]
#![warn(missing_docs)]
#![deny(rustdoc::broken_intra_doc_links, rustdoc::private_intra_doc_links)]
//! # gender-impact
//!
//! Turns an organisation's records into a **gender-impact assessment**: validated input,
//! indicators with their counts, intervals and exact tests, ratings against a framework's
//! targets, plain-language findings, data-quality warnings and reports in English, French and
//! Spanish; and, from per-worker pay records, the pay-transparency figures of Directive (EU)
//! 2023/970 and the UK gender pay gap regulations.
//!
//! ```
//! // Validate a document (every problem at once, each with its JSON Pointer)...
//! let input = gender_impact::validate(gender_impact::METROPOLIS_2023_JSON).unwrap();
//! // ...assess it against the framework it names (`metropolis`; `general` when none)...
//! let assessment = gender_impact::assess(&input).unwrap();
//! let board = assessment.indicator("body.board.women_share").unwrap();
//! assert_eq!((board.numerator, board.denominator), (Some(5), Some(31)));
//! // ...and report it.
//! let markdown = gender_impact::report::markdown(&assessment);
//! assert!(markdown.contains("women hold 5 of 31 seats (16%)"));
//! ```
//!
//! ## The map: layers, and how a document flows through them
//!
//! The crate is built in layers. Data flows upwards; no module names a module of its own layer
//! or of a higher one (`tests/layers.rs` fails when one does).
//!
//! | layer | modules | what lives there |
//! |---|---|---|
//! | 0 | `i18n`, `stats`, `limits` | languages and [typed messages](i18n::Message) (a Fluent id and its arguments; the catalogues are `locales/{en,fr,es}/*.ftl`); [proportions, intervals and exact tests](stats); the size limits of documents |
//! | 1 | `model` (private; its types are re-exported here) | every type of the documents the crate reads: the [`Input`] and its parts, [`Framework`], [`Network`], the [`PaySection`]; validated scalars ([`Id`], [`Text`], [`Date`], [`Money`]…) that carry their range in their type |
//! | 2 | `document` (private; re-exported here), [`law`] | parsing, the published JSON Schemas, validation: structure first, then the cross-field rules, every [`Problem`] at once; the [law where you stand](law): pay duties and board quotas by country and date, as data (`jurisdictions/*.json`) |
//! | 3 | [`indicators`], [`pay`] | plain functions over the model: the indicator families (bodies, staff, initiatives, policies, projects, resources) behind one [`Indicator`](indicators::Indicator) trait; the pay figures (EU Article 9 and 10, UK) |
//! | 4 | [`assessment`] | the [`Assessor`]: measures, rates against the framework, words findings, reconciles published figures, warns about data quality, summarises, applies disclosure control, follows progress |
//! | 5 | [`report`] | Markdown, HTML (with SVG charts) and JSON, in the reader's language |
//! | top | `src/bin/gia.rs` | the command line, on the public API only |
//!
//! A document's way through: text → [`validate`] (layer 2: serde into the model, and on failure
//! the JSON Schema for every structural problem; then the cross-field rules) → an [`Input`]
//! (layer 1) → [`Assessor::assess`] (layer 4: each indicator family of layer 3 measures, the assessment
//! adds intervals, tests, ratings and messages) → an [`Assessment`] → a renderer of [`report`]
//! (layer 5), which words every message in the chosen language. Texts are stored as messages
//! (an id and its arguments) and rendered at the edge; the JSON output keeps the English
//! rendering.
//!
//! ### Adding an indicator family
//!
//! 1. If the family reads records the documents do not have yet, add their types to `src/model/`
//!    (serde and schemars derives; every field documented: the doc comment is the field's
//!    description in the published schema) and a field to [`Input`]; regenerate
//!    `schema/input.schema.json` (`gia schema input`).
//! 2. Add the cross-field rules, if any, to `src/document/rules.rs`.
//! 3. Write the family in its own folder, `src/indicators/<family>/`: a type implementing
//!    [`Indicator`](indicators::Indicator) that turns the model into
//!    [`Measurement`](indicators::Measurement)s, with typed keys
//!    ([`BuiltinKey`](indicators::BuiltinKey)) and reasons as messages, and a `words.rs` that
//!    words its findings as messages; register it in [`Assessor::new`]. The resources family
//!    is laid out this way: `src/indicators/resources/{mod.rs, words.rs}`.
//! 4. Put its texts (titles, methods, reasons, findings) in a Fluent file of its own in every
//!    language, as `locales/{en,fr,es}/resources.ftl` does, and list the file in
//!    `src/i18n/locale.rs`; `tests/document/locale.rs` checks that every id exists in each
//!    language and in one file only.
//!
//! A user's own indicator needs none of this: implement [`Indicator`](indicators::Indicator) and
//! pass it to [`Assessor::with_indicator`] (see `examples/custom_indicator.rs`).
//!
//! ## The public API
//!
//! - **Documents** (at the root): [`Input`] and its parts ([`Organisation`], [`Period`],
//!   [`Body`], [`Member`], [`Counts`], [`Staff`], [`ReportedFigure`], [`Initiative`],
//!   [`Policy`], [`Project`], [`Resources`], [`PeriodRecords`], [`Target`], [`Definition`],
//!   [`PaySection`], [`Worker`]…), [`Framework`] with its [`Pillar`]s, [`Criterion`]s and
//!   [`Band`]s, [`Network`]; the scalars [`Id`], [`Text`], [`Date`], [`Year`], [`Fte`],
//!   [`Share`], [`Money`], [`Hours`].
//! - **Validation**: [`validate`], [`validate_value`], [`validate_network`],
//!   [`schema_problems`]; records kept in a workbook: [`validate_workbook`], and
//!   [`records_workbook`] and [`input_template_workbook`] to write one; the error [`Invalid`] lists every [`Problem`]. The schemas:
//!   [`input_schema_json`], [`framework_schema_json`], [`network_schema_json`] (and their
//!   `_value` forms).
//! - **Assessment**: [`assess`], [`Assessor`], [`Assessment`], [`IndicatorResult`],
//!   [`assess_network`]; the other result types in [`assessment`].
//! - **Indicators**: the [`Indicator`](indicators::Indicator) trait and its
//!   [`Context`](indicators::Context), [`Measurement`](indicators::Measurement),
//!   [`Quantity`](indicators::Quantity), [`Subject`](indicators::Subject),
//!   [`Unit`](indicators::Unit); the built-in families in [`indicators`].
//! - **Pay**: [`pay::read_payroll`] (CSV), [`pay::analyse`] and [`pay::analyse_payroll`], the
//!   Article 9 and UK figures, inference and the decomposition, in [`pay`].
//! - **Reports**: [`report::markdown`], [`report::markdown_in`], [`report::html`],
//!   [`report::comparison_html`], [`report::json`], [`report::pay_markdown_in`],
//!   [`report::pay_html`].
//! - **The law**: [`law::obligations`] (what an organisation owes in a year), [`law::quotas_at`]
//!   and [`law::seats_needed`] (board quotas at a date), the rules as data ([`law::Jurisdiction`]).
//! - **Statistics** and **languages**: [`stats`] ([`Proportion`](stats::Proportion),
//!   intervals, tests, [`share_change`](stats::share_change), the EU directive's seat
//!   rounding), [`i18n`] ([`Lang`](i18n::Lang), [`Message`](i18n::Message)).
//! - **The embedded dataset**: [`METROPOLIS_2023_JSON`], [`metropolis_2023`].
//!
//! ## Design choices and their trade-offs
//!
//! - **The model is the schema.** The JSON Schemas are generated from the model's types, so the
//!   two cannot drift; the price is that a field's doc comment is user-facing text.
//! - **Valid documents take the fast path**: serde straight into the model, then the rules. Only
//!   a document with problems is checked against the schema, to list every problem with its
//!   pointer: errors cost more than successes, which is the right way round for large networks.
//! - **Messages, not sentences.** Results keep a message id and its arguments; reports word them
//!   in the reader's language. The JSON output keeps the English text for machines and people
//!   who read it raw.
//! - **Exact statistics over approximations** where they are affordable (Clopper–Pearson,
//!   exact binomial tests, exact permutation tests for small groups), with the method stated.

pub mod assessment;
mod document;
pub mod i18n;
pub mod indicators;
pub mod law;
mod limits;
mod model;
pub mod pay;
pub mod report;
pub mod stats;

pub use assessment::{Assessment, Assessor, IndicatorResult, assess_network};
pub use document::{
    Invalid, Location, MAX_WEIGHT, METROPOLIS_2023_JSON, NetworkParts, Problem,
    framework_schema_json, framework_schema_value, input_schema_json, input_schema_value,
    input_template, input_template_workbook, metropolis_2023, network_schema_json,
    network_schema_value, records_workbook, schema_problems, split_network, validate,
    validate_network, validate_organisation, validate_value, validate_workbook,
};
pub use model::{
    Band, Body, BodyKind, Composition, Counts, Criterion, Date, DateRange, Definition, FigureUnit,
    Framework, Fte, Fund, Gender, GenderMarker, Grade, GradeCounts, Headcount, Hours, Id,
    Initiative, InitiativeKind, Input, Justification, Member, Money, Network, Organisation,
    Outcome, OutcomeStatus, OutcomeValue, PaySection, Period, PeriodRecords, Pillar, Policy,
    PolicyCategory, PolicyStage, Project, Rating, Reach, Relation, ReportedFigure, Resources, Role,
    Share, Staff, StaffComposition, StaffMember, StageRecord, Stamp, Target, Text, ValueError,
    Worker, Year, YearPeriod,
};

/// Assesses `input` with the default [`Assessor`]: the framework the input names (`general`
/// when it names none), Wilson intervals at 95%, binomial tests against 0.5.
pub fn assess(input: &Input) -> Result<Assessment, Invalid> {
    Assessor::new().assess(input)
}

/// The README's Rust examples, compiled and run as doc tests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
