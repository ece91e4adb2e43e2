//! égapro's classifications, read from its source (github.com/SocialGouv/egapro, commit
//! dd3040e0f2ad62d53e69075fd73d867de4b0d393, `packages/app/src/modules/domain/shared/`):
//! `gap.ts` (`gapLevel`, positive-only; `isSignificantGap`, either direction; both at 5%
//! inclusive), `quartile.ts` (`quartileImbalanceDirection`: the top quartile balanced from 45%
//! to 55% women, both bounds included) and
//! `declaration-remuneration/shared/computeIndicatorPercentages.ts` (quartile shares rounded
//! to 4 decimals, `Math.round(x * 10_000) / 10_000`).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// `GAP_ALERT_THRESHOLD`: 5%, as a fraction.
pub const EGAPRO_THRESHOLD: f64 = 0.05;
/// Tolerance of the inclusive comparisons with binary floating point (as Article 10's check):
/// (100 − 95) / 100 is 0.05 within it.
const TOLERANCE: f64 = 1e-12;

/// égapro's display level of a gap (`gapLevel`): `high` from 5% in favour of men, `low`
/// otherwise (a gap in favour of women is `low`, whatever its size: égapro issue #3963 contests it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum GapLevel {
    /// Below 5%, or in favour of women.
    Low,
    /// 5% or more in favour of men.
    High,
}

/// The top quartile against parity (`quartileImbalanceDirection`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum QuartileBalance {
    /// Women below 45%.
    WomenUnderRepresented,
    /// From 45% to 55% women, bounds included.
    Balanced,
    /// Women above 55%: men under-represented.
    MenUnderRepresented,
}

/// `gapLevel` on a gap given as a fraction.
pub(crate) fn level(gap: f64) -> GapLevel {
    if gap >= EGAPRO_THRESHOLD - TOLERANCE {
        GapLevel::High
    } else {
        GapLevel::Low
    }
}

/// `isSignificantGap`: |gap| ≥ 5%.
pub(crate) fn significant(gap: f64) -> bool {
    gap.abs() >= EGAPRO_THRESHOLD - TOLERANCE
}

/// `quartileImbalanceDirection` on a share of women.
pub(crate) fn balance(women_share: f64) -> QuartileBalance {
    if women_share < 0.5 - EGAPRO_THRESHOLD - TOLERANCE {
        QuartileBalance::WomenUnderRepresented
    } else if women_share > 0.5 + EGAPRO_THRESHOLD + TOLERANCE {
        QuartileBalance::MenUnderRepresented
    } else {
        QuartileBalance::Balanced
    }
}

/// Rounded to 4 decimals as égapro rounds (`Math.round(x * 10_000) / 10_000`: halves up).
pub(crate) fn round4(x: f64) -> f64 {
    (x * 10_000.0 + 0.5).floor() / 10_000.0
}
