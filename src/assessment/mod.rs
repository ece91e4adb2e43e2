//! The assessment: every indicator with its counts, interval, test and rating; pillar and overall
//! summaries; findings in plain language; reconciliation of published figures; data-quality
//! warnings; method notes.

mod composite;
mod disclosure;
mod network;
mod progress;

pub use composite::{Sensitivity, SensitivityCase, WEIGHT_CHANGE};
pub use disclosure::{DisclosurePolicy, DisclosureSummary, Withheld};
pub use network::assess_network;
pub use progress::{
    Break, BreakCause, Point, Progress, SeatsNeeded, Series, TargetProgress, TargetStatus,
    definition_break,
};

mod assessor;
mod quality;
mod reconcile;
mod result;
mod scoring;

pub use assessor::Assessor;
use quality::data_quality;
use reconcile::reconcile;
pub use result::{
    Assessment, Beside, Component, Finding, FindingAbout, IndicatorResult, OverallSummary,
    PillarSummary, Reconciliation, ResultWording, Settings, Summary, UncertainGender, Warning,
    WarningCode,
};
use scoring::summarise;
