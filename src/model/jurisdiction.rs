//! Where the organisation stands, for the law: its jurisdiction, and the kinds of body and of
//! seats a board quota counts (the rules themselves are in `crate::law`, which re-exports these).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A jurisdiction the crate holds rules for.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Country {
    /// The European Union's own directives (the floor every member state transposes).
    Eu,
    /// France.
    Fr,
    /// Spain.
    Es,
    /// The United Kingdom (Great Britain).
    Uk,
}

impl Country {
    /// Every country, in the order `eu`, `fr`, `es`, `uk`.
    pub const ALL: [Country; 4] = [Country::Eu, Country::Fr, Country::Es, Country::Uk];

    /// The lowercase code (`eu`, `fr`, `es`, `uk`).
    pub fn code(self) -> &'static str {
        match self {
            Country::Eu => "eu",
            Country::Fr => "fr",
            Country::Es => "es",
            Country::Uk => "uk",
        }
    }
}

/// The body a quota counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum QuotaBody {
    /// The board (of directors, or supervisory board).
    Board,
    /// Senior executives (France: cadres dirigeants).
    SeniorExecutives,
    /// The members of management bodies (France: instances dirigeantes).
    ManagementBodies,
}

/// Which seats a share is taken of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Seats {
    /// Every seat of the body.
    All,
    /// Non-executive director positions only.
    NonExecutive,
}
