//! France: égapro's conventions for the indicators A–G of Directive (EU) 2023/970, Article 9,
//! as the administration's platform computes and classifies them (`gia pay --profile fr`).
//!
//! Read from égapro's public source, github.com/SocialGouv/egapro at commit
//! dd3040e0f2ad62d53e69075fd73d867de4b0d393 (23 July 2026); each file says which part it took
//! from where. The figures themselves are the crate's Article 9 figures (the same workers, the
//! same means and medians); this section adds what égapro does with them:
//!
//! - gaps are (men − women) / men, signed (`gap.ts`, `computeGap`): positive when men are paid more;
//! - two readings of the 5% threshold: *significant* in either direction (`isSignificantGap`)
//!   and the display level *high*, in favour of men only (`gapLevel`; égapro issue #3963 asks
//!   for both directions);
//! - indicator E is the share of **women among the recipients** of variable or complementary
//!   pay (`computeIndicatorPercentages.ts`), where the directive asks for the share of women
//!   who receive it and the share of men who do;
//! - the quartile shares (F) are rounded to 4 decimals, on the annual and on the hourly pay level;
//!   the top quartile is *balanced* from 45% to 55% women (`quartile.ts`), averaged over the
//!   two bases as égapro's step 4 does (`QuartileInterpretationCallout.tsx`);
//! - the category gaps (G) are confidential: égapro's public export has no column for them;
//! - the compliance path (`declarationFlags.ts`, `isComplianceProcessRequired`) opens for an
//!   employer of 100 or more that owes G and has a category whose gap in basic or variable pay
//!   is 5% or more in favour of men (`hasGapsAboveThreshold`);
//! - the calendar of the declaration and of G by headcount and year ([`EgaproCalendar`]).

mod calendar;
mod compute;
mod rules;

pub use calendar::{CalendarError, EGAPRO_FIRST_YEAR, EgaproCalendar, EgaproSize};
pub use compute::egapro;
pub use rules::{EGAPRO_THRESHOLD, GapLevel, QuartileBalance};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{CountShare, GenderCounts};

/// The commit of égapro's source this profile was read from.
pub const EGAPRO_COMMIT: &str = "dd3040e0f2ad62d53e69075fd73d867de4b0d393";

/// The égapro section of a pay analysis (`gia pay --profile fr`, JSON `egapro`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Egapro {
    /// The source read: `github.com/SocialGouv/egapro` at this commit.
    pub source_commit: String,
    /// The headcount and year, and what the calendar asks that year.
    pub calendar: EgaproCalendar,
    /// Where the headcount comes from.
    pub employees_from: EmployeesFrom,
    /// The alert threshold (5%, as a fraction).
    pub threshold: f64,
    /// A: the mean gap of the annual pay level.
    pub a_mean_gap_annual: EgaproGap,
    /// A: the same on the hourly pay level, when every woman and man has one.
    pub a_mean_gap_hourly: Option<EgaproGap>,
    /// B: the mean gap of variable or complementary pay (recipients).
    pub b_variable_mean_gap: EgaproGap,
    /// C: the median gap of the annual pay level.
    pub c_median_gap_annual: EgaproGap,
    /// C: the same on the hourly pay level, when available.
    pub c_median_gap_hourly: Option<EgaproGap>,
    /// D: the median gap of variable or complementary pay (recipients).
    pub d_variable_median_gap: EgaproGap,
    /// E (égapro): women among the recipients of variable or complementary pay (count: women
    /// recipients; of: women and men recipients).
    pub e_women_among_recipients: CountShare,
    /// F: women and men in each quartile of the annual pay level, lowest first, shares rounded
    /// to 4 decimals.
    pub f_quartiles_annual: [EgaproQuartile; 4],
    /// F: the same on the hourly pay level, when every woman and man has one.
    pub f_quartiles_hourly: Option<[EgaproQuartile; 4]>,
    /// The top quartile against parity.
    pub top_quartile: TopQuartile,
    /// G: the gaps by category of workers (confidential).
    pub g: IndicatorG,
    /// The compliance path (*parcours de mise en conformité*).
    pub compliance_path: CompliancePath,
    /// Where égapro departs from the directive, as the report words it.
    pub departures: Vec<Departure>,
}

/// Where the headcount of the calendar comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EmployeesFrom {
    /// Given (`gia pay --employees`).
    Given,
    /// The rows of the payroll (every worker, of any gender): égapro uses the annual average
    /// workforce, which the payroll may not be.
    Payroll,
}

/// A gap with égapro's two readings of the 5% threshold.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct EgaproGap {
    /// (men − women) / men, signed; absent when not computable (the Article 9 figure says why).
    pub value: Option<f64>,
    /// Women the figure rests on.
    pub n_women: u64,
    /// Men the figure rests on.
    pub n_men: u64,
    /// |gap| ≥ 5% (either direction: `isSignificantGap`); false when not computable.
    pub significant: bool,
    /// `high` from 5% in favour of men, else `low` (`gapLevel`); absent when not computable.
    pub level: Option<GapLevel>,
}

/// One quartile of indicator F.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct EgaproQuartile {
    /// Women in the quartile.
    pub women: u64,
    /// Men in the quartile.
    pub men: u64,
    /// women / (women + men), rounded to 4 decimals; absent for an empty quartile.
    pub women_share: Option<f64>,
    /// men / (women + men), rounded to 4 decimals; absent for an empty quartile.
    pub men_share: Option<f64>,
}

/// The top quartile against parity.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct TopQuartile {
    /// Women's share of the top quartile (unrounded), the mean of the annual and hourly
    /// quartiles when both exist (an empty one counts as 0.5, as égapro does); absent when the
    /// top quartile is empty.
    pub women_share: Option<f64>,
    /// Whether the hourly quartile was averaged in.
    pub with_hourly: bool,
    /// Against the band 45%–55%; absent when the share is.
    pub balance: Option<QuartileBalance>,
}

/// Indicator G: the gaps by category of workers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct IndicatorG {
    /// Confidential: sent to the administration, not published (égapro's public export has no
    /// column for G). The Markdown and HTML reports show counts only.
    pub confidential: bool,
    /// The categories, in name order.
    pub categories: Vec<CategoryG>,
    /// Categories with a gap of 5% or more in favour of men (`hasGapsAboveThreshold`).
    pub at_or_above_threshold: u64,
}

/// One category of indicator G.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CategoryG {
    /// The category.
    pub category: String,
    /// Its workers.
    pub workers: GenderCounts,
    /// Mean gap in basic pay (annual).
    pub basic: EgaproGap,
    /// Mean gap in variable or complementary pay (annual, over every worker of the category).
    pub variable: EgaproGap,
    /// The basic or the variable gap is 5% or more in favour of men.
    pub at_or_above_threshold: bool,
}

/// The compliance path: each condition, and the answer.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CompliancePath {
    /// 100 employees or more.
    pub employees_100_or_more: bool,
    /// Indicator G is due that year; absent without a year.
    pub g_due: Option<bool>,
    /// A category's gap is 5% or more in favour of men.
    pub category_gap_at_or_above_threshold: bool,
    /// The path is required; absent when it turns on the year and no year was given.
    pub required: Option<bool>,
}

/// A point where égapro departs from the directive (worded in the report, in every language).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Departure {
    /// E is the share of women among recipients, not the share of each sex who receive.
    EWomenAmongRecipients,
    /// The display level is high for gaps in favour of men only.
    LevelOneDirection,
    /// The compliance path opens on gaps in favour of men only.
    ComplianceOneDirection,
    /// Quartiles on the annual and the hourly pay level, shares to 4 decimals.
    QuartilesTwoBases,
    /// The top quartile's 45%–55% band, which the directive does not have.
    TopQuartileBand,
    /// The calendar: A–F every year from 100 and every third year from 50; G on its own calendar.
    Calendar,
}

impl Departure {
    /// Every departure, in the report's order.
    pub const ALL: [Departure; 6] = [
        Departure::EWomenAmongRecipients,
        Departure::LevelOneDirection,
        Departure::ComplianceOneDirection,
        Departure::QuartilesTwoBases,
        Departure::TopQuartileBand,
        Departure::Calendar,
    ];

    /// The catalogue id of its text.
    pub fn message_id(self) -> &'static str {
        match self {
            Departure::EWomenAmongRecipients => "egapro-departure-e",
            Departure::LevelOneDirection => "egapro-departure-level",
            Departure::ComplianceOneDirection => "egapro-departure-compliance",
            Departure::QuartilesTwoBases => "egapro-departure-quartiles",
            Departure::TopQuartileBand => "egapro-departure-top-quartile",
            Departure::Calendar => "egapro-departure-calendar",
        }
    }
}
