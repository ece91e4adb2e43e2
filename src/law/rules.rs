//! The types of a jurisdiction document (`jurisdictions/*.json`): pay-reporting duties and board
//! quotas, each with its legal source, dates, thresholds, cadence and rounding. The schema
//! `schema/jurisdiction.schema.json` is generated from these types.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::model::Date;
pub use crate::model::{Country, QuotaBody, Seats};

/// The rules of one jurisdiction, as data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Jurisdiction {
    /// Optional reference to the JSON Schema this document follows.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// The jurisdiction: `eu`, `fr`, `es` or `uk`.
    pub country: Country,
    /// The date the rules were last compared with their sources (YYYY-MM-DD).
    pub checked: Date,
    /// Pay-reporting duties: reports, assessments, registers, audits.
    pub pay: Vec<PayRule>,
    /// Quotas for boards and management bodies.
    pub boards: Vec<QuotaRule>,
}

/// The legal source of a rule, and whether its text was read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The act (e.g. `Directive (EU) 2023/970`).
    pub act: String,
    /// The article, paragraph or annex (e.g. `Art. 9(1)-(4)`).
    pub article: String,
    /// Where the official text is published.
    pub url: String,
    /// True when the rule was checked against a text that was read (`read_in` says which);
    /// false when it was recalled or taken from secondary descriptions only (`note` says what is
    /// uncertain).
    pub verified: bool,
    /// Where the text or the implementation the rule follows was read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub read_in: Option<String>,
    /// What is uncertain, or how the rule was read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A headcount range, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Headcount {
    /// The smallest headcount the rule applies to.
    pub min: u32,
    /// The largest headcount the rule applies to; absent: no upper bound.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<u32>,
}

impl Headcount {
    /// Whether `n` lies in the range.
    pub fn contains(self, n: u32) -> bool {
        n >= self.min && self.max.is_none_or(|m| n <= m)
    }
}

/// What a pay rule requires.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Duty {
    /// Directive (EU) 2023/970 Art. 9: report the pay-gap indicators a–g.
    PayGapReport,
    /// Directive (EU) 2023/970 Art. 10: a joint pay assessment when a category gap is large,
    /// unjustified and not remedied.
    JointPayAssessment,
    /// France: the declaration on égapro (the index until 2026, indicators A–G from 2027).
    Egapro,
    /// Spain: the pay register (registro retributivo).
    PayRegister,
    /// Spain: the pay audit (auditoría retributiva), part of the equality plan.
    PayAudit,
    /// Spain: the justification of a gap of 25% or more in the register.
    GapJustification,
    /// United Kingdom: the six gender pay gap figures.
    UkGenderPayGap,
}

/// A letter of Directive (EU) 2023/970 Art. 9(1), `a` to `g`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
#[allow(missing_docs)]
pub enum Letter {
    A,
    B,
    C,
    D,
    E,
    F,
    G,
}

impl Letter {
    /// The lowercase letter.
    pub fn as_str(self) -> &'static str {
        ["a", "b", "c", "d", "e", "f", "g"][self as usize]
    }
}

/// A figure of the UK regulations (SI 2017/172 reg. 2(1)(a)–(f)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum UkFigure {
    MeanHourlyGap,
    MedianHourlyGap,
    MeanBonusGap,
    MedianBonusGap,
    BonusProportions,
    QuartileBands,
}

/// Which sector a rule is written for, where the law distinguishes them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Sector {
    /// Private and voluntary sector employers.
    Private,
    /// Public authorities.
    Public,
}

/// When a duty falls due: in `first_year`, then every `every_years` years.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Cadence {
    /// The first year in which the duty falls due.
    pub first_year: i16,
    /// 1: every year; 3: every three years. 0: kept at all times (no report falls due).
    pub every_years: u8,
}

impl Cadence {
    /// Whether a report falls due in `year` (a kept-at-all-times duty is due every year).
    pub fn due_in(self, year: i16) -> bool {
        year >= self.first_year
            && (self.every_years <= 1
                || (year - self.first_year) % i16::from(self.every_years) == 0)
    }

    /// The first year at or after `year` in which the duty falls due.
    pub fn next_from(self, year: i16) -> i16 {
        if year <= self.first_year || self.every_years <= 1 {
            return year.max(self.first_year);
        }
        let step = i16::from(self.every_years);
        let past = (year - self.first_year) % step;
        if past == 0 { year } else { year + step - past }
    }
}

/// A day of the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MonthDay {
    /// 1 to 12.
    pub month: u8,
    /// 1 to 31 (a day the month has).
    pub day: u8,
}

/// The period a report covers, relative to the year in which it falls due.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Covers {
    /// The calendar year before the year of the deadline.
    PreviousCalendarYear,
    /// A snapshot date in the year before the deadline (`snapshot`).
    PreviousYearSnapshot,
    /// Kept up to date at all times (no period).
    Ongoing,
}

/// A pay-reporting duty.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PayRule {
    /// A unique id (e.g. `eu.2023-970.art9.250`).
    pub id: String,
    /// What the rule requires.
    pub duty: Duty,
    /// The legal source.
    pub source: Source,
    /// The date from which the rule applies.
    pub applies_from: Date,
    /// The last day on which it applies; absent: still in force.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<Date>,
    /// The employers it applies to, by headcount.
    pub employees: Headcount,
    /// The sector, when the law distinguishes private and public employers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sector: Option<Sector>,
    /// True when the law leaves the duty to the member state or the employer (no obligation).
    #[serde(default)]
    pub optional: bool,
    /// When it falls due.
    pub cadence: Cadence,
    /// The deadline in the year it falls due; absent: none set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<MonthDay>,
    /// The period the report covers.
    pub covers: Covers,
    /// The snapshot day, for `previous_year_snapshot`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snapshot: Option<MonthDay>,
    /// The Article 9 letters the duty asks for.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub indicators: Vec<Letter>,
    /// The UK figures the duty asks for.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<UkFigure>,
    /// The letters (or figures) that are published; the others go to workers, their
    /// representatives or the authority only.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub published: Vec<String>,
    /// What stays confidential, in words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidential: Option<String>,
    /// A gap threshold the duty turns on (0.05: 5%; 0.25: 25%), between 0 and 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub threshold: Option<f64>,
    /// Months given to remedy an unjustified gap before the duty is triggered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remedy_months: Option<u8>,
    /// How published figures are rounded, in words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rounding: Option<String>,
}

/// Who a board quota applies to: an organisation meeting any one of the conditions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// Companies whose shares are admitted to trading on a regulated market.
    Listed,
    /// Public-interest entities (as the national law defines them).
    PublicInterest,
    /// Organisations with at least this many employees.
    EmployeesAtLeast(u32),
}

/// How a share of seats is turned into a number of seats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Rounding {
    /// Directive (EU) 2022/2381 Art. 5: the number closest to the share, not above 49% of the seats.
    NearestCapped49,
    /// The next whole number up.
    Up,
    /// France (Code de commerce L225-18-1): the next whole number up; on a board of up to 8
    /// members, the numbers of each sex may differ by at most 2.
    UpSmallBoardGap2,
}

/// One objective: a share of the seats for the under-represented sex.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Objective {
    /// The share, between 0 and 1 (0.4: 40%).
    pub share: f64,
    /// Which seats it is a share of.
    pub of: Seats,
}

/// A step of a quota: from a date, objectives of which meeting any one suffices.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct QuotaStep {
    /// The date from which the objectives apply.
    pub from: Date,
    /// The objectives; meeting any one of them complies.
    pub objectives: Vec<Objective>,
}

/// A quota for boards or management bodies.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct QuotaRule {
    /// A unique id (e.g. `eu.2022-2381.art5`).
    pub id: String,
    /// The legal source.
    pub source: Source,
    /// The organisations it applies to: any one of these conditions.
    pub scope: Vec<Scope>,
    /// Organisations with fewer employees than this are excluded (the directive's SMEs, which
    /// also depend on turnover: the exclusion is stated as a condition, not decided).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub excluded_below: Option<u32>,
    /// A condition of scope the arguments cannot decide, in words (e.g. the IBEX-35 only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<String>,
    /// The body counted.
    pub body: QuotaBody,
    /// How the share becomes a number of seats.
    pub rounding: Rounding,
    /// The steps, in date order.
    pub steps: Vec<QuotaStep>,
    /// The last day on which the rule applies; absent: no end set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<Date>,
}
