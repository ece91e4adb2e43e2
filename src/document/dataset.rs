//! The embedded default dataset: Metropolis' 2023 annual report, encoded as an [`Input`].
//!
//! Source: Metropolis, *Rapport annuel 2023* (French edition): the board of directors and the
//! general secretariat as listed, genders from the report's own wording (feminine titles such
//! as `présidente`, `chargée`) and first names, each uncertain case flagged with a note, and the
//! report's own figure ("women are 63% of the secretariat") as a published figure to reconcile;
//! the initiatives of the year (the Metropolis Care campaign's three sessions, the trainings,
//! e-learning and workshops), with what the report does not say left out, never written as 0.
//! The provenance note is `data/metropolis-2023.md` in the repository.

use crate::model::Input;

/// The dataset as JSON text (the file `data/metropolis-2023.json`).
pub const METROPOLIS_2023_JSON: &str = include_str!("../../data/metropolis-2023.json");

/// The dataset, parsed and validated.
///
/// ```
/// let input = gender_impact::metropolis_2023();
/// let board = &input.bodies[0];
/// assert_eq!(board.seats, Some(35));
/// assert_eq!(board.filled_seats(), 31); // the report says 35 members but lists 31
/// ```
pub fn metropolis_2023() -> Input {
    crate::document::validate(METROPOLIS_2023_JSON)
        .expect("the embedded Metropolis 2023 dataset is valid (checked by the test suite)")
}
