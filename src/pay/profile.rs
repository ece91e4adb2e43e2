//! The jurisdiction profile of a pay analysis (`gia pay --profile`): which country's rules add
//! their figures to the EU and UK ones.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The jurisdiction whose rules the pay analysis follows. Serialised in `snake_case` (`"es"`).
///
/// ```
/// use gender_impact::pay::PayProfile;
/// assert_eq!(PayProfile::default(), PayProfile::Eu);
/// assert_eq!("ES".parse::<PayProfile>(), Ok(PayProfile::Es));
/// assert_eq!(serde_json::to_value(PayProfile::Es).unwrap(), "es");
/// assert!("de".parse::<PayProfile>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum PayProfile {
    /// Directive (EU) 2023/970, Articles 9 and 10 (today's figures; the default).
    #[default]
    Eu,
    /// The UK Gender Pay Gap Information Regulations 2017 (today's six figures).
    Uk,
    /// France: égapro's conventions for indicators A–G.
    Fr,
    /// Spain: the registro retributivo (RD 902/2020, art. 5–6; Estatuto de los Trabajadores,
    /// art. 28) beside the EU figures.
    Es,
}

impl PayProfile {
    /// The profile's code, as written on the command line and in JSON.
    pub fn code(self) -> &'static str {
        match self {
            PayProfile::Eu => "eu",
            PayProfile::Uk => "uk",
            PayProfile::Fr => "fr",
            PayProfile::Es => "es",
        }
    }
}

/// A profile code that is none of `eu`, `uk`, `fr`, `es`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("expected a pay profile among eu, uk, fr, es, found `{0}`")]
pub struct UnknownProfile(pub String);

impl std::str::FromStr for PayProfile {
    type Err = UnknownProfile;
    /// `eu`, `uk`, `fr` or `es`, any case.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "eu" => Ok(PayProfile::Eu),
            "uk" => Ok(PayProfile::Uk),
            "fr" => Ok(PayProfile::Fr),
            "es" => Ok(PayProfile::Es),
            _ => Err(UnknownProfile(s.to_string())),
        }
    }
}
