//! The jurisdiction profile of a pay analysis (`gia pay --profile`): which country's conventions
//! are added to the figures of Directive (EU) 2023/970, Article 9, which every profile keeps.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The profile of a pay analysis: the conventions it adds to the Article 9 figures.
///
/// ```
/// use gender_impact::pay::PayProfile;
/// assert_eq!(PayProfile::default(), PayProfile::Eu);
/// assert_eq!("fr".parse::<PayProfile>(), Ok(PayProfile::Fr));
/// assert_eq!(serde_json::to_string(&PayProfile::Uk).unwrap(), "\"uk\"");
/// assert!("de".parse::<PayProfile>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum PayProfile {
    /// Directive (EU) 2023/970: the Article 9 indicators and the Article 10 check (today's output).
    #[default]
    Eu,
    /// The UK Gender Pay Gap Information Regulations 2017 (the six figures, as today).
    Uk,
    /// France: égapro's conventions for indicators A–G (the `egapro` section).
    Fr,
    /// Spain: the *registro retributivo* (RD 902/2020, art. 5–6; Estatuto de los Trabajadores,
    /// art. 28), the `registro` section.
    Es,
}

impl PayProfile {
    /// Every profile, in the order of the command line's help.
    pub const ALL: [PayProfile; 4] = [
        PayProfile::Eu,
        PayProfile::Uk,
        PayProfile::Fr,
        PayProfile::Es,
    ];

    /// The profile's code: `eu`, `uk`, `fr` or `es`.
    pub fn code(self) -> &'static str {
        match self {
            PayProfile::Eu => "eu",
            PayProfile::Uk => "uk",
            PayProfile::Fr => "fr",
            PayProfile::Es => "es",
        }
    }
}

/// A profile code that is not one of `eu`, `uk`, `fr`, `es`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown pay profile {found:?}: expected one of eu, uk, fr, es")]
pub struct UnknownProfile {
    /// The code given.
    pub found: String,
}

impl std::str::FromStr for PayProfile {
    type Err = UnknownProfile;

    fn from_str(s: &str) -> Result<PayProfile, UnknownProfile> {
        PayProfile::ALL
            .into_iter()
            .find(|p| p.code().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| UnknownProfile {
                found: s.to_string(),
            })
    }
}
