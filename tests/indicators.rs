//! Indicators and what is built on them: the indicator values by hand, initiatives, policies,
//! projects, the composite score, disclosure control, progress over periods, the seats annex, the
//! statistics reference values and the property tests.
//!
//! One test binary for this concern (each file of `tests/indicators/` is a module of it), sharing
//! the helpers of `tests/support/mod.rs`.

mod support;

#[path = "indicators/composite.rs"]
mod composite;

#[path = "indicators/disclosure.rs"]
mod disclosure;

#[path = "indicators/frameworks.rs"]
mod frameworks;

#[path = "indicators/indicators.rs"]
mod indicators;

#[path = "indicators/initiatives.rs"]
mod initiatives;

#[path = "indicators/policies.rs"]
mod policies;

#[path = "indicators/progress.rs"]
mod progress;

#[path = "indicators/projects.rs"]
mod projects;

#[path = "indicators/properties.rs"]
mod properties;

#[path = "indicators/seats_annex.rs"]
mod seats_annex;

#[path = "indicators/stats_reference.rs"]
mod stats_reference;
