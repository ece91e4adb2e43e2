//! The units of indicator values and the keys of the built-in indicators that validation needs
//! to know (a published figure must name an indicator the records produce, in its unit).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// What an indicator's value is measured in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Unit {
    /// A share between 0 and 1 (shown as a percentage), with its numerator and denominator.
    Share,
    /// A number of people or seats.
    Count,
    /// A ratio of two shares (1 means equal).
    Ratio,
    /// Yes (1) or no (0).
    Flag,
}

/// The id suffixes of the body indicators (`body.<id>.<suffix>`) and their units.
pub(crate) const BODY_SUFFIXES: [(&str, Unit); 6] = [
    ("women_share", Unit::Share),
    ("leadership.women_share", Unit::Share),
    ("presidency_woman", Unit::Flag),
    ("unfilled_seats", Unit::Count),
    ("undisclosed", Unit::Count),
    ("seats_short", Unit::Count),
];

/// The ids of the staff indicators other than the per-grade ones (`staff.<suffix>`), and their units.
pub(crate) const STAFF_SUFFIXES: [(&str, Unit); 4] = [
    ("women_share", Unit::Share),
    ("management.women_share", Unit::Share),
    ("glass_ceiling_ratio", Unit::Ratio),
    ("undisclosed", Unit::Count),
];

/// The ids of the initiative indicators and their units (`initiatives.<suffix>`).
pub(crate) const INITIATIVE_SUFFIXES: [(&str, Unit); 9] = [
    ("count", Unit::Count),
    ("marker_principal.share", Unit::Share),
    ("marker_targeted.share", Unit::Share),
    ("marker_unscreened", Unit::Count),
    ("participants", Unit::Count),
    ("participants.women_share", Unit::Share),
    ("speakers.women_share", Unit::Share),
    ("all_male_panels", Unit::Count),
    ("audience_missing.share", Unit::Share),
];
